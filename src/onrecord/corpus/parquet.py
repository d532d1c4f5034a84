"""parquet: the Dask engine's output, partitioned Parquet plus a manifest, and its load into the store.

Layout of an output directory (issue 12)::

    DIR/manifest.json                  shards (inputs, status, row counts), clusters, version
    DIR/articles/part-KEY.parquet      one file per shard and table (KEY: the shard's key)
    DIR/quotes/... people/... mentions/... social_posts/... errors/...
    DIR/clusters/part-0.parquet        quote -> cluster, from the MinHash-LSH shuffle

Rows of one article share its ``text_hash``; offsets index the article text exactly as read. A
table file is written whole (to a temporary name, then renamed), so a worker killed mid-write
leaves none. ``load`` merges an output into the SQLite store through ``store.Store``: an article
whose URL or text hash is stored is skipped, so loading twice equals loading once.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Err, OnrecordError
from .store import Store, speaker_key, text_hash

FORMAT = "onrecord-parquet"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TABLES = ("articles", "people", "mentions", "quotes", "social_posts", "errors")
# Statuses of a shard whose files are whole: "rejected" holds no article (every record of it was a bad input
# that stays bad: empty, binary, damaged), and its inputs are remembered as read, as the local engine does.
FINISHED = ("done", "rejected")


def _schemas() -> dict[str, Any]:
    """Explicit column types, so a shard whose values are all null has the same schema as the others."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    cols = {
        "articles": [("text_hash", s), ("seq", i), ("ext_id", s), ("url", s), ("title", s), ("date", s)]
        + [("source", s), ("input", s), ("input_format", s), ("text", s), ("warnings", s), ("quotes", i)]
        + [("outlet", s)],
        "people": [("text_hash", s), ("local_id", s), ("key", s), ("name", s), ("kind", s), ("gender", s)]
        + [("descriptors", s), ("age", i), ("gender_evidence", s), ("handle", s), ("relations", s)],
        "mentions": [("text_hash", s), ("person", s), ("start", i), ("end", i), ("text", s), ("kind", s)],
        "quotes": [("text_hash", s), ("seq", i), ("qseq", i), ("start", i), ("end", i), ("text", s), ("kind", s)]
        + [("speaker_id", s), ("speaker_name", s), ("speaker_key", s), ("mention_start", i), ("mention_end", i)]
        + [("mention_text", s), ("cue_start", i), ("cue_end", i), ("cue_text", s), ("medium", s), ("outlet", s)]
        + [("confidence", f), ("evidence", s), ("grp", i), ("date", s)],
        "social_posts": [("text_hash", s), ("platform", s), ("author", s), ("handle", s), ("date", s), ("url", s)]
        + [("text", s), ("start", i), ("end", i)],
        "errors": [("input", s), ("record", s), ("format", s), ("fatal", b), ("code", s), ("message", s)],
        "clusters": [("text_hash", s), ("qseq", i), ("cluster", s)],
    }
    return {name: pa.schema(c) for name, c in cols.items()}


def rows_of(article_text: str, input_name: str, fmt: str, seq: int, result: dict[str, Any]) -> dict[str, list[dict]]:
    """The rows of one extraction (a ``Result.to_dict()``), per table (errors aside)."""
    digest = text_hash(article_text)
    people = [p for p in result.get("people", []) if p.get("mentions") or p.get("name")]  # as the store keeps them
    keys = {p["id"]: speaker_key(p, digest) for p in people}
    article = {k: result.get(k) for k in ("url", "title", "date", "source", "outlet")}
    article |= {"text_hash": digest, "seq": seq, "ext_id": result.get("id"), "input": input_name}
    article |= {"input_format": fmt, "text": article_text, "warnings": json.dumps(result.get("warnings") or [])}
    article["quotes"] = len(result.get("quotes", []))
    out: dict[str, list[dict]] = {"articles": [article], "people": [], "mentions": [], "quotes": []}
    for p in people:
        row = {k: p.get(k) for k in ("name", "gender", "age", "gender_evidence", "handle")}
        row |= {"text_hash": digest, "local_id": p["id"], "key": keys[p["id"]], "kind": p.get("kind", "person")}
        for k in ("descriptors", "relations"):  # JSON text, as the store keeps them
            row[k] = json.dumps(p.get(k) or [])
        out["people"].append(row)
        out["mentions"] += [{"text_hash": digest, "person": p["id"], **m} for m in p.get("mentions", [])]
    for n, q in enumerate(result.get("quotes", [])):
        out["quotes"].append(_quote_row(q, digest, seq, n, keys, result.get("date")))
    out["social_posts"] = [{"text_hash": digest, **s} for s in result.get("social_posts", [])]
    return out


def _quote_row(q: dict[str, Any], digest: str, seq: int, n: int, keys: dict[str, str], date: str | None) -> dict:
    sp, mention, cue = q.get("speaker") or {}, q.get("speaker_mention") or {}, q.get("cue") or {}
    row = {k: q.get(k) for k in ("start", "end", "text", "kind", "medium", "outlet", "confidence", "evidence")}
    row |= {"text_hash": digest, "seq": seq, "qseq": n, "grp": q.get("group"), "date": date}
    row |= {"speaker_id": sp.get("id"), "speaker_name": sp.get("name"), "speaker_key": keys.get(sp.get("id"))}
    for k in ("start", "end", "text"):
        row[f"mention_{k}"], row[f"cue_{k}"] = mention.get(k), cue.get(k)
    return row


def write_table(out_dir: Path, table: str, part: str, rows: list[dict[str, Any]]) -> int:
    """Write one table file whole (temporary name, then rename); the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schemas()[table]
    folder = out_dir / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"part-{part}.parquet"
    tmp = folder / f".part-{part}.{os.getpid()}.tmp"
    data = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
    pq.write_table(data, tmp)
    os.replace(tmp, final)
    return len(rows)


class ShardWriter:
    """Writes one shard's tables as extraction goes (a row group every ``ROW_GROUP`` rows), each under a
    temporary name until ``commit`` renames them all: memory stays at a row group whatever the shard's
    size, and a worker killed before ``commit`` leaves no table file."""

    ROW_GROUP = 2_000

    def __init__(self, out_dir: Path, part: str) -> None:
        self.out_dir, self.part = out_dir, part
        self.rows: dict[str, int] = {}
        self._buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._writers: dict[str, tuple[Any, Path]] = {}

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Queue rows of ``table``; written when a row group is full."""
        self._buffers[table] += rows
        self.rows[table] = self.rows.get(table, 0) + len(rows)
        if len(self._buffers[table]) >= self.ROW_GROUP:
            self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schemas()[table]
        if table not in self._writers:
            folder = self.out_dir / table
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".part-{self.part}.{os.getpid()}.tmp"
            self._writers[table] = (pq.ParquetWriter(tmp, schema), tmp)
        rows = self._buffers.pop(table, [])
        data = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
        self._writers[table][0].write_table(data)

    def commit(self, tables: tuple[str, ...]) -> dict[str, int]:
        """Finish every table of ``tables`` (an empty file for one without rows); rows written per table."""
        for table in tables:
            self._flush(table)
            writer, tmp = self._writers.pop(table)
            writer.close()
            os.replace(tmp, self.out_dir / table / f"part-{self.part}.parquet")
        return {t: self.rows.get(t, 0) for t in tables}

    def abort(self) -> None:
        """Drop what was written (a failed shard)."""
        for writer, tmp in self._writers.values():
            writer.close()
            tmp.unlink(missing_ok=True)
        self._writers.clear()
        self._buffers.clear()


def read_table(out_dir: Path, table: str, part: str) -> list[dict[str, Any]]:
    """The rows of one table file ([] when the shard has none). Raises OnrecordError E017 naming the
    file when it is there but cannot be read as Parquet (cut short, overwritten, unreadable)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = out_dir / table / f"part-{part}.parquet"
    if not path.exists():
        return []
    try:
        return pq.read_table(path).to_pylist()
    except (pa.ArrowException, OSError) as exc:  # ArrowInvalid "magic bytes not found", an I/O error...
        detail = _one_line(exc).replace(f" '{path}'", "")  # the path is said once, as the source
        raise OnrecordError(Err.E017, source=str(path), detail=detail) from exc


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def shard_intact(out_dir: Path, part: str) -> bool:
    """Whether every table file of shard ``part`` is there and ends in a whole Parquet footer: what
    a rerun of the Dask engine asks before it skips a shard as done (a file cut short is made again)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        for table in TABLES:
            pq.read_metadata(out_dir / table / f"part-{part}.parquet")
    except (pa.ArrowException, OSError):
        return False
    return True


def read_shard(out_dir: Path, part: str) -> dict[str, list[dict[str, Any]]]:
    """Every table of shard ``part`` (``TABLES``), read whole before anything of it is stored, so a
    damaged file leaves the shard out entirely. Raises OnrecordError E017 (see ``read_table``)."""
    return {table: read_table(out_dir, table, part) for table in TABLES}


# -- the manifest --------------------------------------------------------------------
def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest of an output directory; None when there is none yet. Raises OnrecordError E041
    when the file is there but is not an onrecord manifest."""
    path = out_dir / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OnrecordError(Err.E041, source=str(out_dir), detail=f"{MANIFEST}: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise OnrecordError(Err.E041, source=str(out_dir), detail=f"{MANIFEST} is not an onrecord manifest")
    if manifest.get("version") != FORMAT_VERSION:
        detail = f"version {manifest.get('version')}, this onrecord reads version {FORMAT_VERSION}"
        raise OnrecordError(Err.E041, source=str(out_dir), detail=detail)
    return manifest


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest whole (temporary name, then rename)."""
    manifest["updated"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    tmp = out_dir / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)


# -- load into the store ------------------------------------------------------------
MESSAGES_KEPT = 100  # error messages a load keeps for its caller to list (the terminal shows 20); the store has all


@dataclass
class LoadReport:
    """What ``load`` did: articles stored and skipped (already in the store), quotes, errors newly logged (a
    shard loaded again logs nothing twice), shards loaded, shards left out because they failed, files found
    damaged (one E043/E017 line each: their shards were left out), shards that lack articles another store held
    (one E045 line each), clusters refreshed, quotes user corrections changed, saved searches with their new
    matches (``edits.check_watches``), seconds."""

    stored: int = 0
    skipped: int = 0
    quotes: int = 0
    errors: int = 0
    messages: list[str] = field(default_factory=list)  # the first ``MESSAGES_KEPT`` errors' messages, in order
    shards: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)  # E045: shards made for another store's load
    clusters: int = 0
    corrected: int = 0
    watches: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    stopped_by: str | None = None  # the signal that stopped the load between two shards (SIGTERM, SIGINT)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape (``onrecord load --format json``)."""
        return ({"stopped_by": self.stopped_by} if self.stopped_by else {}) | {
            "stored": self.stored,
            "skipped": self.skipped,
            "quotes": self.quotes,
            "errors": self.errors,
            "shards": self.shards,
            "failed_shards": [{"inputs": s["inputs"], "error": s.get("error")} for s in self.failed],
            "damaged": self.damaged,
            "incomplete": self.incomplete,
            "clusters_refreshed": self.clusters,
            "corrected": self.corrected,
            "watches": [
                {"id": w["id"], "text": w["text"], "speaker": w["speaker"], "new": [r["quote_id"] for r in w["new"]]}
                for w in self.watches
            ],
            "seconds": round(self.seconds, 2),
        }


def articles_of(
    out_dir: Path, part: str, tables: dict[str, list[dict[str, Any]]] | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]:
    """(article row, extraction as ``Result.to_dict()`` gives it, quote rows) for each article of a
    shard, in reading order: the inverse of ``rows_of``. ``tables``: the shard as ``read_shard`` gave
    it (else its files are read here)."""
    tables = tables if tables is not None else read_shard(out_dir, part)
    by_hash: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in ("people", "mentions", "quotes", "social_posts"):
        for row in tables[table]:
            by_hash[row["text_hash"]][table].append(row)
    for a in sorted(tables["articles"], key=lambda r: r["seq"]):
        rows = by_hash[a["text_hash"]]
        mentions: dict[str, list[dict]] = defaultdict(list)
        for m in rows["mentions"]:
            mentions[m["person"]].append({k: m[k] for k in ("start", "end", "text", "kind")})
        people = [_person(p, mentions[p["local_id"]]) for p in rows["people"]]
        quotes = sorted(rows["quotes"], key=lambda q: q["qseq"])
        result = {"id": a["ext_id"], **{k: a[k] for k in ("url", "title", "date", "source")}}
        if "outlet" in a:  # a shard written before articles had an outlet has none: the store takes the URL's
            result["outlet"] = a["outlet"]
        result |= {"people": people, "quotes": [_quote(q) for q in quotes], "warnings": json.loads(a["warnings"])}
        keys = ("platform", "author", "handle", "date", "url", "text", "start", "end")
        result["social_posts"] = [{k: s[k] for k in keys} for s in rows["social_posts"]]
        yield a, result, quotes


def _person(p: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    person = {k: p[k] for k in ("name", "kind", "gender", "age", "gender_evidence", "handle")}
    person |= {"id": p["local_id"], "mentions": mentions, "descriptors": json.loads(p["descriptors"])}
    return person | {"relations": json.loads(p["relations"])}


def _quote(q: dict[str, Any]) -> dict[str, Any]:
    out = {k: q[k] for k in ("start", "end", "text", "kind", "medium", "outlet", "confidence", "evidence")}
    out["group"] = q["grp"]
    out["speaker"] = {"id": q["speaker_id"], "name": q["speaker_name"]} if q["speaker_id"] is not None else None
    span = ("start", "end", "text")
    out["speaker_mention"] = {k: q[f"mention_{k}"] for k in span} if q["mention_start"] is not None else None
    out["cue"] = {k: q[f"cue_{k}"] for k in span} if q["cue_start"] is not None else None
    return out


def cluster_keys(out_dir: Path) -> dict[tuple[str, int], str] | None:
    """(text_hash, quote number) -> cluster key, from the shuffle; None when the output has no clusters.
    Raises OnrecordError E017 when the clusters file is damaged."""
    if not (out_dir / "clusters" / "part-0.parquet").exists():
        return None
    return {(r["text_hash"], r["qseq"]): r["cluster"] for r in read_table(out_dir, "clusters", "0")}


def load(parquet_dir: str, db: str, *, progress: bool | None = None, stop: Any = None) -> LoadReport:
    """Merge an output of ``ingest(..., engine="dask")`` into the SQLite store at ``db``.

    Shards load in the manifest's order, one transaction each, each read whole first: a shard with a
    damaged file is left out entirely (one E043 line in ``report.damaged``; the manifest marks it
    failed, when it can be written, so the next ``ingest --engine dask`` makes it again) and the others
    load. An article already stored (URL or text hash) is skipped, and an error already logged is not
    logged again, so loading twice equals loading once. Quotes join the clusters the shuffle found (and,
    through the store's shingle index, clusters of quotes stored before; a damaged clusters file is one
    E017 line and leaves that to the index). SIGTERM or SIGINT (or ``stop``, a ``lifecycle.StopFlag``
    the caller holds) stops the load between two shards: the shards loaded are committed and remembered,
    ``stopped_by`` says which signal, and the same call again loads the rest. The store is opened (made)
    only once the signals are caught, so a stop never leaves a half-made file. Raises OnrecordError E041
    for a directory that is not an output, E015/E016/E024 for a store that cannot be opened or written.
    """
    started = time.perf_counter()
    out_dir = Path(parquet_dir)
    manifest = read_manifest(out_dir) if out_dir.is_dir() else None
    if manifest is None:
        detail = "no such directory" if not out_dir.is_dir() else f"no {MANIFEST}; run `onrecord ingest --engine dask`"
        raise OnrecordError(Err.E041, source=parquet_dir, detail=detail)
    report = LoadReport()
    with contextlib.ExitStack() as signals:
        if stop is None:
            from .lifecycle import stop_on_signals

            stop = signals.enter_context(stop_on_signals())
        _load_into(db, out_dir, manifest, report, progress, stop)
    report.seconds = time.perf_counter() - started
    return report


def _load_into(db: str, out_dir: Path, manifest: dict[str, Any], report: LoadReport, progress: Any, stop: Any) -> None:
    store = Store(db)
    try:
        _load_shards(store, out_dir, manifest, report, progress, stop)
        from .edits import apply_corrections, check_watches

        report.corrected = apply_corrections(store.conn)
        report.watches = check_watches(store.conn)
    except Exception as exc:
        import sqlite3

        if isinstance(exc, sqlite3.Error):
            raise OnrecordError(Err.E024, source=db, detail=str(exc)) from exc
        raise
    finally:
        store.close()


def _load_shards(
    store: Store, out_dir: Path, manifest: dict[str, Any], report: LoadReport, progress: bool | None, stop: Any
) -> None:
    import sys

    from tqdm import tqdm

    keys = _cluster_keys_or_none(out_dir, manifest, report)
    if keys is not None:
        store.start_load()
    shards = manifest.get("shards", [])
    show = sys.stderr.isatty() if progress is None else progress
    loaded: list[dict[str, Any]] = []  # the shards taken in (their files are remembered as read)
    for shard in tqdm(shards, unit="shard", desc="load", disable=not show, file=sys.stderr):
        if stop:
            import signal

            report.stopped_by = signal.Signals(stop.signal).name
            break
        loaded.append(shard)
        _made_for_another_store(store, out_dir, shard, report)
        try:  # read whole before anything of it is stored: a damaged file leaves the shard out
            tables = read_shard(out_dir, shard["key"]) if shard.get("status") in FINISHED else None
            errors = tables["errors"] if tables is not None else read_table(out_dir, "errors", shard["key"])
        except OnrecordError as exc:
            _left_out(shard, exc, report)
            continue
        with store.transaction():
            _load_shard(store, shard, tables, errors, keys, report)
    with store.transaction():
        report.clusters = store.finish_load()
        taken = {id(s) for s in loaded}  # a file with a shard not taken in (a stop) is not read whole
        store.mark_inputs(files_read_whole([s if id(s) in taken else {**s, "status": "pending"} for s in shards]))
    if report.damaged:  # the next `ingest --engine dask` makes the shards left out again
        with contextlib.suppress(OSError):  # a read-only output: the lines said what is damaged
            write_manifest(out_dir, manifest)


def _made_for_another_store(store: Store, out_dir: Path, shard: dict[str, Any], report: LoadReport) -> None:
    """A shard that skipped articles as held by another store than this one (its output made for that
    store's load): one E045 line, as those articles are not in it."""
    if shard.get("stored_before") and shard.get("store_id") != store.store_id():
        error = OnrecordError(
            Err.E045,
            source=str(out_dir),
            count=shard["stored_before"],
            inputs=", ".join(shard["inputs"]),
            db=store.path,
        )
        report.incomplete.append(str(error))


def _cluster_keys_or_none(
    out_dir: Path, manifest: dict[str, Any], report: LoadReport
) -> dict[tuple[str, int], str] | None:
    try:
        return cluster_keys(out_dir)
    except OnrecordError as exc:  # load without the shuffle's clusters: the store's index clusters instead
        report.damaged.append(str(exc))
        manifest["clusters"] = None  # so the next Dask run computes them again
        return None


def _left_out(shard: dict[str, Any], exc: OnrecordError, report: LoadReport) -> None:
    """A shard with a damaged file: one E043 line, and failed in the manifest (its files are made again)."""
    fields = exc.fields
    error = OnrecordError(Err.E043, source=fields["source"], detail=fields["detail"], inputs=", ".join(shard["inputs"]))
    report.damaged.append(str(error))
    shard |= {"status": "failed", "error": str(exc)}


def _load_shard(
    store: Store,
    shard: dict[str, Any],
    tables: dict[str, list[dict[str, Any]]] | None,
    errors: list[dict[str, Any]],
    keys: dict[tuple[str, int], str] | None,
    report: LoadReport,
) -> None:
    """Store one shard read whole (``tables``; None for a shard that failed: only its errors are logged)."""
    for e in errors:
        if not store.log_error(e["input"], e["record"], e["message"], once=True):
            continue  # logged by an earlier load of the same shard: not a bad input of this run
        report.errors += 1
        if len(report.messages) < MESSAGES_KEPT:  # for the terminal, as the local engine lists its bad inputs
            report.messages.append(e["message"])
    if tables is None:
        report.failed.append(shard)
        return
    report.shards += 1
    for a, result, quotes in articles_of(Path(), shard["key"], tables):
        qkeys = [keys.get((a["text_hash"], q["qseq"])) for q in quotes] if keys is not None else None
        if store.write_article(result, a["text"], a["input"], a["input_format"], qkeys) is None:
            report.skipped += 1
        else:
            report.stored += 1
            report.quotes += len(quotes)


def files_read_whole(shards: list[dict[str, Any]]) -> list[tuple[str, int, int, int]]:
    """(path, size, mtime_ns, records) of each input file every shard of which is done: what the store's
    ``inputs`` table remembers, so a later local ingest skips an unchanged file whole, as after its own run.

    A file with a failed or pending shard, or from a manifest older than per-file counts, is left out; a
    rejected shard's files are in (the local engine remembers a file of bad records too).
    """
    whole: dict[str, list[int]] = {}
    broken: set[str] = set()
    for shard in shards:
        stats, records = shard.get("stats"), shard.get("records")
        done = shard.get("status") in FINISHED and stats is not None and records is not None
        done = done and len(stats) == len(records) == len(shard["paths"])  # an older output's shards may differ
        for n, path in enumerate(shard["paths"]):
            if not done:
                broken.add(path)
                continue
            size, mtime_ns = stats[n]
            seen = whole.setdefault(path, [size, mtime_ns, 0])
            seen[2] += records[n]
    return [(path, *whole[path]) for path in whole if path not in broken]  # type: ignore[misc]
