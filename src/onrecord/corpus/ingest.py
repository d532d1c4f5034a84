"""ingest: read many inputs, extract in parallel, store, one transaction per batch.

Idempotent (an article whose URL or text hash is stored is skipped) and
resumable (a killed run leaves whole batches; the rerun skips them). Every bad
input is counted by format and reason, logged in the store's ``errors`` table
and in a JSON Lines log, and never stops the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..checks import check_count, check_optional_count
from ..errors import Err, OnrecordError
from ..io.readers import DEFAULT_MAX_CHARS, Problem, check_encoding
from ..model import Article
from .lifecycle import stop_on_signals
from .steps import (
    Batch,
    SkipStored,
    count_records,
    discover_inputs,
    extract,
    init_worker,
    read_records,
    run_files,
    start_pool_worker,
    write_results,
)
from .store import Store

REASONS = {
    "E002": "empty",
    "E003": "not in the encoding",
    "E004": "binary data",
    "E005": "bad JSON",
    "E006": "no text field",
    "E007": "not a JSON object",
    "E008": "no such path",
    "E009": "unreadable",
    "E010": "cut to the length limit",
    "E012": "unknown format",
    "E013": "record not in the encoding",
    "E049": "read as Windows-1252",
    "E048": "dates disagree",
    "E051": "no readable record",
    "E030": "bad option",
    "E047": "not an input format",
    "E035": "empty text field",
    "E037": "date not ISO 8601",
    "E017": "damaged file",
    "E018": "not an article",
    "E033": "not an article",
    "E029": "not news text",
    "E019": "empty directory",
    "E020": "extraction failed",
    "E021": "too large",
    "E022": "not a regular file",
    "E023": "link loop",
    "E024": "store not writable",
    "E052": "the run's own file",
    "E053": "lone surrogate replaced",
    "E054": "page cut off",
}
# E027 is every warning an extraction gives (pipeline/__init__.py, pipeline/stages/parse.py): its reason
# is read from the warning's words (patterns specific enough that a file name cannot hold them).
WARNING_REASONS = (
    (re.compile(r": the text reads as [\w ]+, not English"), "not English"),  # text/language.py
    (re.compile(r"budget of [\d,.]+ ?(s|tokens|;)"), "budget hit"),  # characters, tokens, seconds (budget.py)
    (re.compile(r"already stored from a reading with other options"), "stored with other options"),  # read_file
)


# Warnings about what one article says (its dates disagree, E048; it was cut to the length limit, E010; its page
# was cut off before its end, E054): the reader gives them just before the article, and ingest says them only
# when the article is stored, never for a copy skipped as stored (trial 8, L7: a page's E048 said, then the page
# skipped as a duplicate).
ARTICLE_WARNINGS = frozenset({"E048", "E010", "E054"})


def reason(problem: Problem) -> str:
    """The short reason an ingest summary counts ``problem`` under ("bad JSON", "not English", ...)."""
    code = _code(problem)
    if code != "E027":
        return REASONS.get(code, code)
    return next((why for words, why in WARNING_REASONS if words.search(problem.message)), "warning")


@dataclass
class IngestReport:
    """What an ingest did, per input format: stored, skipped, rejected, warnings and why; the problems; timing."""

    stored: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    replaced: Counter[str] = field(default_factory=Counter)  # of the stored, those that replaced an earlier copy
    rejected: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)
    warning_reasons: set[tuple[str, str]] = field(default_factory=set)  # reasons counted as warnings, not rejections
    problems: list[Problem] = field(default_factory=list)
    not_inputs: int = 0
    not_input_paths: list[str] = field(default_factory=list)  # the files of no input format, skipped
    quotes: int = 0
    seconds: float = 0.0
    corrected: int = 0  # quotes whose speaker a user correction changed again after this run
    watches: list[dict[str, Any]] = field(default_factory=list)  # saved searches with their new matches
    stopped_by: str | None = None  # the signal that stopped the run early (SIGTERM, SIGINT), if one did

    def count_other_file(self, path: Path | None = None) -> None:
        """One more file of no input format found in a directory (skipped; named in ``not_input_paths``)."""
        self.not_inputs += 1
        if path is not None:
            self.not_input_paths.append(str(path))

    @property
    def total_stored(self) -> int:
        """Articles stored in this run, all formats."""
        return sum(self.stored.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of the report (``onrecord ingest --format json``)."""
        formats = sorted(set(self.stored) | set(self.skipped) | set(self.rejected))
        return {
            "formats": {
                f: {
                    "stored": self.stored[f],
                    "skipped": self.skipped[f],
                    "replaced": self.replaced[f],
                    "rejected": self.rejected[f],
                    "warnings": self.warnings[f],
                }
                for f in formats
            },
            "reasons": [
                {"format": f, "reason": r, "count": n, "outcome": self._outcome(f, r)}
                for (f, r), n in self.reasons.most_common()
            ],
            "not_input_files": self.not_inputs,
            "not_input_paths": self.not_input_paths,
            "quotes": self.quotes,
            "seconds": round(self.seconds, 2),
            "articles_per_second": round(self.total_stored / self.seconds, 2) if self.seconds else None,
            "corrected": self.corrected,
            "watches": [
                {"id": w["id"], "text": w["text"], "speaker": w["speaker"], "new": [r["quote_id"] for r in w["new"]]}
                for w in self.watches
            ],
        } | ({"stopped_by": self.stopped_by} if self.stopped_by else {})

    def _outcome(self, fmt: str, why: str) -> str:
        """ "warning" for a reason counted under warnings (the input was stored), else "rejected"."""
        return "warning" if (fmt, why) in self.warning_reasons else "rejected"


def _code(problem: Problem) -> str:
    return problem.code or "E020"  # a problem without a code is an extraction that failed


def estimate_total(paths: list[str]) -> int | None:
    """A quick count of records for the progress bar (lines of JSON Lines, one per page or text)."""
    total = 0
    for found in discover_inputs(paths):
        if found.path is None:
            continue
        if found.fmt == "warc":
            return None
        total += count_records(found.path) or 0 if found.fmt == "jsonl" else 1
    return total


@contextmanager
def store_errors(db: str, log_fh: IO[str]) -> Iterator[None]:
    """Turn an SQLite failure while writing (a full disk, an I/O error) into one OnrecordError (E024);
    the failure is also the last line of the errors log, when the log can still be written."""
    try:
        yield
    except sqlite3.Error as exc:
        error = OnrecordError(Err.E024, source=db, detail=str(exc))
        try:
            log_fh.write(
                json.dumps({"input": db, "record": None, "format": "store", "fatal": True, "message": str(error)})
                + "\n"
            )
            log_fh.flush()
        except OSError:
            pass  # the log is on the full disk too; the message still reaches the terminal
        raise error from exc


def close_quietly(fh: IO[str]) -> None:
    """Close a log file; a full disk at this point must not hide the error being reported."""
    with contextlib.suppress(OSError):
        fh.close()


extract_batch = extract  # the name bench/ and earlier callers use
_init_worker = init_worker


class _IngestRun:
    """One run of ``ingest``: the store, the report, the error log and the steps that fill them.

    The steps: ``read_file`` reads one input and queues its new articles; ``submit`` hands a batch
    to the extraction (in this process or a worker's); ``write`` stores a batch's results in one
    transaction; ``finish`` remembers the files read to the end and applies corrections.
    """

    def __init__(
        self,
        db: str,
        report: IngestReport,
        *,
        workers: int,
        batch_size: int,
        max_chars: int,
        errors_log: str | None,
        progress: bool | None,
        on_batch: Callable[[int], None] | None,
        encoding: str | None = None,
        replace: bool = False,
    ) -> None:
        from tqdm import tqdm

        self.replace = replace  # ``ingest --replace``: a changed article replaces its stored copy
        self.encoding = encoding  # the text and JSON Lines files' codec (io.records.check_encoding)
        self.db, self.report, self.workers = db, report, workers
        self.batch_size, self.max_chars, self.on_batch = batch_size, max_chars, on_batch
        self.store = Store(db)
        self.conn = self.store.conn
        log_path = Path(errors_log) if errors_log else Path(str(db) + ".errors.jsonl")
        self.log_fh = open(log_path, "a", encoding="utf-8")  # noqa: SIM115  (closed by close_quietly in close)
        show = sys.stderr.isatty() if progress is None else progress
        self.bar = tqdm(total=None, unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
        self.show = show
        self.skip = SkipStored(self.store, replace=replace)
        self.pending: Batch = []
        self.problems_buffer: list[tuple[Problem, str]] = []
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=start_pool_worker) if workers > 1 else None
        self.in_flight: deque[tuple[Batch, Future[Any] | list[Any]]] = deque()
        self.finished: list[tuple[str, int, int, int]] = []  # files read to the end: path, size, mtime, records
        self.finished_options: dict[str, dict[str, Any]] = {}  # their reading options (``reading_options``)
        self.stop: Any = None  # the stop_on_signals flag: true once SIGTERM or SIGINT arrived

    def record_problem(self, problem: Problem, fmt: str) -> None:
        """Count ``problem`` in the report, keep it for the store's error table and log it (JSON lines)."""
        if problem.fatal:
            self.report.rejected[fmt] += 1
        else:
            self.report.warnings[fmt] += 1
            self.report.warning_reasons.add((fmt, reason(problem)))
        self.report.reasons[(fmt, reason(problem))] += 1
        self.report.problems.append(problem)
        self.problems_buffer.append((problem, fmt))
        entry = {
            "input": problem.source,
            "record": problem.record,
            "format": fmt,
            "fatal": problem.fatal,
            "message": problem.message,
        }
        self.log_fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def write(self, batch: Batch, results: list[dict[str, Any] | str]) -> None:
        """Store one batch's results (an extraction's dict, or the message of one that failed)."""
        with store_errors(self.db, self.log_fh):
            self._write_batch(batch, results)
        self.log_fh.flush()  # the log keeps up with the store
        self.bar.update(len(batch))
        if self.on_batch:
            self.on_batch(self.report.total_stored)

    def _write_batch(self, batch: Batch, results: list[dict[str, Any] | str]) -> None:
        with self.store.transaction():
            done = write_results(self.store, batch, results, self.record_problem, replace=self.replace)
            self.report.stored.update(done.stored)
            self.report.replaced.update(done.replaced)
            self.report.skipped.update(done.skipped)
            self.report.quotes += done.quotes
            self._log_problems()

    def _log_problems(self) -> None:
        for problem, _fmt in self.problems_buffer:
            self.store.log_error(problem.source, problem.record, problem.message)
        self.problems_buffer.clear()

    def submit(self, batch: Batch) -> None:
        """Extract ``batch``: here and now with one worker, else in the pool, at most 2 x workers in flight."""
        articles = [a for a, _, _ in batch]
        if self.executor is None:
            self.write(batch, extract(articles))
            return
        self.in_flight.append((batch, self.executor.submit(extract, articles)))
        self.drain(self.workers * 2 - 1)  # bounded: memory does not grow with the corpus

    def drain(self, keep: int) -> None:
        """Write finished batches, oldest first, until at most ``keep`` are in flight."""
        while len(self.in_flight) > keep:
            done_batch, fut = self.in_flight.popleft()
            try:
                results = fut.result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                if not self.stop:
                    raise
                continue  # the signal reached the workers too: that batch is read again on the rerun
            self.write(done_batch, results)

    def read_file(self, path: Path, fmt: str) -> None:
        """Queue the new articles of one input file; a file unchanged since it was read to the end is skipped
        (unless this run replaces changed articles)."""
        stat = path.stat()
        key = str(path.resolve())
        done = self.store.input_done(key)
        options, before = self.reading_options(), self.store.input_options(key)
        same_reading = before is None or before == options  # None: read by a version that kept no options
        unchanged = done is not None and done[0] == stat.st_size and done[1] == stat.st_mtime_ns and same_reading
        # With --replace each file is read again: a run without it may have skipped its changed articles
        # (their URL stored) and marked the file read; an article whose text is stored is still not extracted.
        if unchanged and not self.replace:
            self.report.skipped[fmt] += done[2]  # unchanged since a run that read it to the end, as now
            self.bar.update(done[2])
            return
        records, rejected, kept = 0, False, 0
        # Read to the end before with other options: its articles stored then are kept (and said so below),
        # unless this run replaces them.
        other_reading = done is not None and not same_reading and not self.replace
        stored_ids = self.store.ids_stored_from(str(path)) if other_reading else set()
        held: list[Problem] = []  # the next article's own warnings, said only if it is stored (``ARTICLE_WARNINGS``)
        for item in read_records(path, self.max_chars, encoding=self.encoding):
            if self.stop:
                break
            if isinstance(item, Problem):
                if not item.fatal and _code(item) in ARTICLE_WARNINGS:
                    held.append(item)
                    continue
                self.record_problem(item, fmt)
                if item.fatal:
                    rejected = True
                    held.clear()  # the record they were about gave no article
                    self.bar.update(1)
                continue
            records += 1
            if stored_ids and item.id in stored_ids:
                kept += 1  # the copy read with the earlier options stays: said once below, never silently
                self.report.skipped[fmt] += 1
                self.bar.update(1)
            elif self._queue(item, str(path), fmt):
                for problem in held:
                    self.record_problem(problem, fmt)
            held.clear()
        if kept:
            self._note_other_reading(path, fmt, kept, before)
        # A file rejected whole (E003: another encoding) is read again on the next run, with its fixed options.
        if not self.stop and not (rejected and records == 0):
            self.finished.append((key, stat.st_size, stat.st_mtime_ns, records))
            # Articles kept from another reading keep that reading's options: each rerun says so again.
            self.finished_options[key] = before if kept and before is not None else options

    def reading_options(self) -> dict[str, Any]:
        """The options that decide how an input is read (its text, so its articles): encoding, max_chars."""
        return {"encoding": self.encoding, "max_chars": self.max_chars}

    def _note_other_reading(self, path: Path, fmt: str, count: int, before: dict[str, Any] | None) -> None:
        """One warning: articles of ``path`` were stored before from a reading with other options, and kept."""
        was = ", ".join(f"--{k.replace('_', '-')} {v or 'default'}" for k, v in (before or {}).items()) or "unknown"
        detail = (
            f"{count} article(s) already stored from a reading with other options ({was}) were kept as stored, "
            "not read again; to store them as read now, ingest again with --replace"
        )
        self.record_problem(
            Problem.of(str(path), None, OnrecordError(Err.E027, source=str(path), detail=detail), False), fmt
        )

    def _queue(self, article: Article, input_name: str, fmt: str) -> bool:
        """Queue ``article`` for extraction; False when it is skipped as stored (or seen in this run)."""
        if not self.skip.is_new(article):
            self.report.skipped[fmt] += 1
            self.bar.update(1)
            return False
        self.pending.append((article, input_name, fmt))
        if len(self.pending) >= self.batch_size:
            self.submit(self.pending)
            self.pending = []
        return True

    def finish(self) -> None:
        """Write what is left, remember the files read to the end, apply corrections, check saved searches."""
        if self.pending and not self.stop:
            self.submit(self.pending)
        self.drain(0)
        if self.stop:
            self.finished.clear()  # a stopped run proves no file read to the end: the rerun checks each article
            self.finished_options.clear()
        # Every article is written by now: remember the files read to the end, with what is logged.
        conn = self.conn
        with store_errors(self.db, self.log_fh), self.store.transaction():
            self._log_problems()
            self.store.mark_inputs(self.finished)
            for key, options in self.finished_options.items():
                self.store.set_input_options(key, options)
        self.report.stopped_by = signal.Signals(self.stop.signal).name if self.stop else None
        # User corrections hold for what was just stored; saved searches report what is new.
        from .edits import apply_corrections, check_watches

        self.report.corrected = apply_corrections(conn)
        self.report.watches = check_watches(conn)

    def close(self) -> None:
        """Stop the workers, close the progress bar, the log and the store (rolling back a half transaction)."""
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)
        self.bar.close()
        close_quietly(self.log_fh)
        self.store.close()


ENGINES = ("local", "dask")


def ingest(
    paths: list[str],
    db: str,
    *,
    engine: str = "local",
    workers: int | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors_log: str | None = None,
    progress: bool | None = None,
    on_batch: Callable[[int], None] | None = None,
    scheduler: str | None = None,
    out: str | None = None,
    load_into_db: bool = True,
    shard_records: int | None = None,
    shard_mb: int | None = None,
    encoding: str | None = None,
    replace: bool = False,
) -> Any:
    """Ingest files and directories into the SQLite store at ``db`` with the ``engine`` named:
    "local" (processes on this machine; returns ``IngestReport``) or "dask" (returns
    ``dask_engine.DaskReport`` with ``.load``, the ``parquet.LoadReport`` or None).

    With "dask": the shards are extracted on the cluster at ``scheduler`` (tcp://HOST:PORT) or on a
    LocalCluster of ``workers`` processes, into Parquet under ``out`` (default ``DB.parquet``), then
    merged into ``db`` unless ``load_into_db`` is false (when it is merged, what ``db`` holds already is not
    extracted again: files it read to the end, articles by URL or text); ``shard_records``: JSON Lines records per
    shard; ``shard_mb``: MiB of a WARC file per shard (a larger one is split at record boundaries).
    The other options are the local engine's (see ``ingest_local``). Raises OnrecordError E030 for an
    unknown engine, a count under 1, an unknown ``encoding``, ``workers`` with ``scheduler`` or ``replace``
    with "dask" (before anything is read or written), and the engines' errors.
    """
    check_optional_count(workers, "workers")
    check_count(max_chars, "max_chars")
    encoding = check_encoding(encoding)
    check_optional_count(shard_records, "shard_records")
    check_optional_count(shard_mb, "shard_mb")
    if engine == "local":
        return ingest_local(
            paths,
            db,
            workers=workers,
            batch_size=batch_size,
            max_chars=max_chars,
            errors_log=errors_log,
            progress=progress,
            on_batch=on_batch,
            encoding=encoding,
            replace=replace,
        )
    if engine != "dask":
        raise OnrecordError(Err.E030, option="engine", detail=f"'{engine}' is not one of {', '.join(ENGINES)}")
    if scheduler and workers is not None:  # said, not silently ignored: the scheduler's workers are its own
        detail = "not with a scheduler: it sizes a LocalCluster, and a running scheduler has the workers started "
        raise OnrecordError(Err.E030, option="workers", detail=detail + "for it (`dask worker --nworkers N`)")
    if replace:  # the Parquet load skips what the store holds; replacing is the local engine's
        raise OnrecordError(Err.E030, option="replace", detail="needs the local engine (--engine local)")
    from .dask_engine import SHARD_BYTES, SHARD_RECORDS

    out = out or str(db) + ".parquet"
    options = {"scheduler": scheduler, "workers": workers, "max_chars": max_chars, "progress": progress}
    options |= {"encoding": encoding}
    options |= {"shard_records": shard_records or SHARD_RECORDS}
    options |= {"shard_bytes": shard_mb * 2**20 if shard_mb else SHARD_BYTES}
    with stop_on_signals() as stop:  # one flag from the start to the end of the load: a stop is never a kill
        return _dask_then_load(paths, db, out, stop, load_into_db, options)


def _dask_then_load(paths: list[str], db: str, out: str, stop: Any, load_into_db: bool, options: dict[str, Any]) -> Any:
    """``ingest_dask`` then, unless it was stopped or ``load_into_db`` is false, ``load`` into ``db``."""
    from .dask_engine import ingest_dask
    from .parquet import load

    # With the load to come, what the store holds is not extracted again; an output kept apart
    # (--no-load) holds every article.
    report = ingest_dask(paths, out, db=db if load_into_db else None, stop=stop, **options)
    # A stopped run is not loaded: the user asked it to end now, and the rerun loads everything. The
    # store is made only here, by the load, once the signals are caught (no half-made file).
    loading = load_into_db and not report.stopped_by
    report.load = load(out, db, progress=options["progress"], stop=stop) if loading else None
    return report


def ingest_local(
    paths: list[str],
    db: str,
    *,
    workers: int | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors_log: str | None = None,
    progress: bool | None = None,
    on_batch: Callable[[int], None] | None = None,
    encoding: str | None = None,
    replace: bool = False,
) -> IngestReport:
    """Ingest files and directories into the SQLite store at ``db`` in this machine's processes.

    ``workers``: extraction processes (default one per core); ``batch_size``: articles per
    transaction; ``max_chars``: longest article read (characters; longer ones are cut, E010);
    ``errors_log``: the JSON-lines log of bad records (default ``DB.errors.jsonl``); ``progress``:
    a progress bar on stderr (default when stderr is a terminal); ``on_batch(stored)`` after each
    batch is written; ``encoding``: the codec of text and JSON Lines inputs (a Python codec name; None:
    UTF-8, with a Windows-1252 fallback and its E049 warning); ``replace``: an article stored before (same
    URL, or same record of the same input file) whose text has changed since (an edited page, another
    ``encoding`` or ``max_chars``) replaces the stored copy, quotations and all, in one transaction (as
    sqlite-utils' ``insert(..., replace=True)``; ``IngestReport.replaced`` counts them), where by default
    it is skipped as stored; an unchanged article is skipped either way. SIGTERM/SIGINT stop the run cleanly
    (``IngestReport.stopped_by``). Raises OnrecordError (E015/E016/E024) when the store cannot be opened
    or written, and E030, before the store is touched, when ``workers``, ``batch_size`` or ``max_chars``
    is not a whole number of at least 1 or ``encoding`` is unknown.
    """
    check_optional_count(workers, "workers")
    check_count(batch_size, "batch_size")
    check_count(max_chars, "max_chars")
    encoding = check_encoding(encoding)
    report = IngestReport()
    started = time.perf_counter()
    run = _IngestRun(
        db,
        report,
        workers=workers or os.cpu_count() or 1,
        batch_size=batch_size,
        max_chars=max_chars,
        errors_log=errors_log,
        progress=progress,
        on_batch=on_batch,
        encoding=encoding,
        replace=replace,
    )
    stopping = stop_on_signals()
    run.stop = stopping.__enter__()
    try:
        if run.show:
            run.bar.total = estimate_total(paths)
            run.bar.refresh()
        own = run_files(db, errors_log)
        for found in discover_inputs(paths, on_other_file=report.count_other_file, own=own):
            if run.stop:
                break
            if found.problem is not None:
                run.record_problem(found.problem, found.fmt)
                continue
            assert found.path is not None
            run.read_file(found.path, found.fmt)
        run.finish()
    finally:
        stopping.__exit__(None, None, None)
        run.close()
    report.seconds = time.perf_counter() - started
    return report
