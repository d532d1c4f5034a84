"""steps: ingest as small steps that any runner composes (issue 12).

discover inputs -> read records -> skip what is stored -> extract -> write.

``discover_inputs`` walks the paths given; ``read_records`` reads one file (all of it, or the records
``start`` to ``stop`` of it, for a shard); ``SkipStored`` drops articles whose URL or text hash is in
the store or was seen in this run; ``extract`` runs the pipeline over a batch; ``write_results``
stores a batch's results through ``store.Store``. The local runner (``ingest.py``) chains them in
one process pool; the Dask runner (``distributed.py``) maps read + extract over shards and writes Parquet.
"""

from __future__ import annotations

import hashlib
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import Err, OnrecordError
from ..io.bounded import DRAIN_PIECE, capped_lines, walk
from ..io.ingest_readers import format_of, open_maybe_gzip, read_any
from ..io.readers import Problem
from ..model import Article
from .lifecycle import die_with_parent
from .store import Store, body_text, text_hash

Batch = list[tuple[Article, str, str]]  # (article, input name, format) per article
SEEN_KEPT = 20_000  # recent URLs and hashes kept in memory: memory stays flat, the store has the rest


@dataclass(frozen=True)
class InputFile:
    """One input file found by ``discover_inputs``, or a problem with a path (``path`` None)."""

    path: Path | None
    fmt: str
    problem: Problem | None = None


def run_files(db: str, errors_log: str | None = None) -> dict[Path, str]:
    """The files an ingest into ``db`` writes while it runs, resolved, each with what it is: the store, its
    SQLite companions (-wal, -shm, -journal) and the errors log. None of them is ever an input (trial 10,
    H1: ``ingest . --db ./news.db`` read its own errors log while appending to it, without end)."""
    store = Path(db).resolve()
    files = {store: "the store", store.with_name(store.name + ".errors.jsonl"): "the errors log"}
    files |= {store.with_name(store.name + end): "a file of the store" for end in ("-wal", "-shm", "-journal")}
    if errors_log:
        files[Path(errors_log).resolve()] = "the errors log"
    return files


def discover_inputs(
    paths: list[str], on_other_file: Callable[[Path], None] | None = None, own: dict[Path, str] | None = None
) -> Iterator[InputFile]:
    """Every input file under the given paths (files or directories, in a stable order).

    A missing path (E008), an unreadable sub-directory or a looping link, and a directory with no
    input file (E019) come as an ``InputFile`` with its ``problem``; files of no input format are
    passed to ``on_other_file``. ``own``: the run's own files (``run_files``): skipped in a directory
    without a word, and named with E052 when given by name.
    """
    own = own or {}
    names = {path.name for path in own}
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield InputFile(None, "missing", Problem.of(raw, None, OnrecordError(Err.E008, source=raw)))
            continue
        if not p.is_dir():
            what = own.get(p.resolve()) if p.name in names else None
            if what is not None:
                yield InputFile(None, "store", Problem.of(raw, None, OnrecordError(Err.E052, source=raw, detail=what)))
                continue
            yield InputFile(p, format_of(p) or "text")
            continue
        readable = 0
        for item in walk(p):
            if isinstance(item, OnrecordError):
                yield InputFile(None, "directory", Problem.of(raw, None, item))
            elif item.name in names and item.resolve() in own:
                continue  # the store or its errors log, in the folder read: this run's own files
            elif format_of(item) is None:
                if on_other_file:
                    on_other_file(item)
            else:
                readable += 1
                yield InputFile(item, format_of(item) or "text")
        if not readable:
            yield InputFile(None, "directory", Problem.of(raw, None, OnrecordError(Err.E019, source=raw)))


def read_records(
    path: Path,
    max_chars: int,
    start: int = 0,
    stop: int | None = None,
    byte_range: tuple[int, int] | None = None,
    encoding: str | None = None,
) -> Iterator[Article | Problem]:
    """Articles and problems of one file, in file order; ``start``/``stop``: only those items of the
    stream (a shard of a large JSON Lines file); ``byte_range``: only the records of a WARC file that
    start in it (a shard of a large WARC file); ``encoding``: a text or JSON Lines file's codec
    (``io.records.check_encoding``). Never raises for bad input: problems are yielded."""
    items = read_any(path, max_chars, byte_range, encoding)
    yield from islice(items, start, stop) if start or stop is not None else items  # type: ignore[misc]


def count_records(path: Path) -> int | None:
    """The number of items ``read_records`` yields for a JSON Lines file (its non-blank lines), for
    sharding and progress; None for another format or a file that cannot be read."""
    if format_of(path) != "jsonl":
        return None
    try:
        with open_maybe_gzip(path) as fh:
            return sum(1 for line in capped_lines(fh, DRAIN_PIECE) if not isinstance(line, bytes) or line.strip())
    except Exception:  # noqa: BLE001 - a count only; the reader reports the damage
        return None


def body_of(article: Article) -> str:
    """The article's body (``store.body_text``): its text without a first line that is its title."""
    return body_text(article.text, article.title)


class StoredKeys:
    """What a store holds, for workers away from it (the Dask engine): a sorted array of 64-bit keys
    (blake2b) of every stored article's text hash, body hash and URL. It answers ``already_stored`` as
    ``Store.already_stored`` does, at 8 bytes a key (a store of a million articles: 24 MB, shipped once to
    each worker). Two keys agree by chance with probability about n * m / 2**64 (n stored keys, m asked:
    under 1e-7 for a million of each); such an article would be skipped as stored."""

    def __init__(self, keys: Iterable[str]) -> None:
        import numpy as np

        self.keys = np.unique(np.fromiter((_key64(k) for k in keys), dtype=np.uint64))

    @classmethod
    def of(cls, store: Store) -> StoredKeys:
        """The keys of everything ``store`` holds now."""
        return cls(store.stored_keys())

    def __len__(self) -> int:
        return len(self.keys)

    def already_stored(self, url: str | None, digest: str) -> bool:
        """Whether an article with this URL or text hash is among the keys."""
        import numpy as np

        for key in (digest, url) if url else (digest,):
            wanted = np.uint64(_key64(key))
            at = int(np.searchsorted(self.keys, wanted))
            if at < len(self.keys) and self.keys[at] == wanted:
                return True
        return False


def _key64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class SkipStored:
    """The skip step: an article is new unless its text hash or URL is stored or was seen in this run.

    ``replace`` (``ingest --replace``): a stored URL does not make an article old, only its text does (an
    article changed since it was stored is extracted again, to replace the stored copy)."""

    def __init__(self, store: Store | StoredKeys | None, *, replace: bool = False) -> None:
        self.store = store
        self.replace = replace
        self.seen: OrderedDict[str, None] = OrderedDict()
        self.stored = 0  # articles skipped because the store holds them (not repeats within the run)

    def is_new(self, article: Article) -> bool:
        """Whether ``article`` must be extracted (and remember it, so a second copy is skipped).

        Its text is known by two hashes: of the text as read, and of its body (``body_of``), so a
        plain-text copy that opens with its headline matches the JSON Lines copy of the same article.
        """
        digests = dict.fromkeys([text_hash(article.text), text_hash(body_of(article))])
        seen = self.seen
        if any(d in seen for d in digests) or (article.url and article.url in seen):
            return False
        url = None if self.replace else article.url
        if self.store is not None and any(self._stored(url, d) for d in digests):
            self.stored += 1
            return False
        for digest in digests:
            seen[digest] = None
        if article.url:
            seen[article.url] = None
        while len(seen) > SEEN_KEPT:
            seen.popitem(last=False)
        return True

    def _stored(self, url: str | None, digest: str) -> bool:
        if isinstance(self.store, Store):  # with --replace, an article the time budget cut is extracted again
            return self.store.already_stored(url, digest, redo_cut=self.replace)
        return self.store is not None and self.store.already_stored(url, digest)


# -- extraction (in this process, a pool's worker or a Dask worker) --------------
_PIPELINE = None


def start_pool_worker() -> None:
    """Initializer of a local extraction process: it dies with the ingest, then loads the pipeline."""
    die_with_parent()
    init_worker()


def init_worker() -> None:
    """Load the pipeline in this process (once; ``extract`` calls it when needed)."""
    global _PIPELINE
    from .. import get_pipeline

    _PIPELINE = get_pipeline()


def extract(articles: list[Article], kinds: frozenset[str] | None = None) -> list[dict[str, Any] | str]:
    """Extract a batch: one ``Result.to_dict()`` per article, or for one that fails the error's
    message (a string), never an exception."""
    if _PIPELINE is None:
        init_worker()
    pipeline: Any = _PIPELINE
    try:
        return [r.to_dict() for r in pipeline.pipe(articles, kinds=kinds)]
    except Exception:  # noqa: BLE001 - retry one by one to isolate the bad article
        pass
    out: list[dict[str, Any] | str] = []
    for a in articles:
        try:
            out.append(next(iter(pipeline.pipe([a], kinds=kinds))).to_dict())
        except Exception as exc:  # noqa: BLE001
            out.append(f"{type(exc).__name__}: {exc}")
    return out


@dataclass
class Written:
    """What ``write_results`` did with one batch."""

    stored: Counter[str] = field(default_factory=Counter)  # articles stored, per input format
    skipped: Counter[str] = field(default_factory=Counter)  # already stored, per input format
    replaced: Counter[str] = field(default_factory=Counter)  # stored over an earlier copy (``replace``)
    quotes: int = 0


def write_results(
    store: Store,
    batch: Batch,
    results: list[dict[str, Any] | str],
    on_problem: Callable[[Problem, str], None],
    *,
    replace: bool = False,
) -> Written:
    """Store one batch's results inside the caller's transaction; a failed extraction (E020) and a
    budget warning (E027) go to ``on_problem(problem, format)``. Per-format counts are the caller's.
    ``replace``: an article stored before (same URL, or same record of the same file) with another text
    is replaced (``Store.replace_article``), in the same transaction."""
    done = Written()
    for (article, input_name, fmt), result in zip(batch, results, strict=False):
        where = f"{input_name}, {article.id}"
        if isinstance(result, str):
            on_problem(Problem.of(input_name, article.id, OnrecordError(Err.E020, source=where, detail=result)), fmt)
            continue
        for warning in result.get("warnings", []):  # a budget limit was hit: kept, and said
            error = OnrecordError(Err.E027, source=where, detail=warning)
            on_problem(Problem.of(input_name, article.id, error, fatal=False), fmt)
        if replace:
            article_id, replaced = store.replace_article(result, article.text, input_name, fmt)
            done.replaced[fmt] += bool(article_id and replaced)
        else:
            article_id = store.write_article(result, article.text, input_name, fmt)
        if article_id is None:
            done.skipped[fmt] += 1
        else:
            done.stored[fmt] += 1
            done.quotes += len(result.get("quotes", []))
    return done
