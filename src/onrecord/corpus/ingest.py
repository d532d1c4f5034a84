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
import signal
import sqlite3
import sys
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import Err, OnrecordError
from ..io.bounded import DRAIN_PIECE, capped_lines, walk
from ..io.ingest_readers import format_of, open_maybe_gzip, read_any
from ..io.readers import DEFAULT_MAX_CHARS, Problem
from ..model import Article
from .lifecycle import die_with_parent, stop_on_sigterm
from .store import already_stored, connect, log_error, text_hash, write_article

REASONS = {
    "E002": "empty",
    "E003": "not UTF-8",
    "E004": "binary data",
    "E005": "bad JSON",
    "E006": "no text field",
    "E007": "not a JSON object",
    "E008": "no such path",
    "E009": "unreadable",
    "E010": "cut to the length limit",
    "E012": "unknown format",
    "E013": "bad record",
    "E035": "empty record",
    "E017": "damaged file",
    "E018": "not an article",
    "E019": "empty directory",
    "E020": "extraction failed",
    "E021": "too large",
    "E022": "not a regular file",
    "E023": "link loop",
    "E024": "store not writable",
    "E027": "budget hit",
}


@dataclass
class IngestReport:
    stored: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    not_inputs: int = 0
    quotes: int = 0
    seconds: float = 0.0
    corrected: int = 0  # quotes whose speaker a user correction changed again after this run
    watches: list[dict[str, Any]] = field(default_factory=list)  # saved searches with their new matches
    stopped_by: str | None = None  # the signal that stopped the run early (SIGTERM), if one did

    @property
    def total_stored(self) -> int:
        return sum(self.stored.values())

    def to_dict(self) -> dict[str, Any]:
        formats = sorted(set(self.stored) | set(self.skipped) | set(self.rejected))
        return {
            "formats": {
                f: {
                    "stored": self.stored[f],
                    "skipped": self.skipped[f],
                    "rejected": self.rejected[f],
                    "warnings": self.warnings[f],
                }
                for f in formats
            },
            "reasons": [{"format": f, "reason": r, "count": n} for (f, r), n in self.reasons.most_common()],
            "not_input_files": self.not_inputs,
            "quotes": self.quotes,
            "seconds": round(self.seconds, 2),
            "articles_per_second": round(self.total_stored / self.seconds, 2) if self.seconds else None,
            "corrected": self.corrected,
            "watches": [
                {"id": w["id"], "text": w["text"], "speaker": w["speaker"], "new": [r["quote_id"] for r in w["new"]]}
                for w in self.watches
            ],
        } | ({"stopped_by": self.stopped_by} if self.stopped_by else {})


def _code(problem: Problem) -> str:
    return problem.code or "E020"  # a problem without a code is an extraction that failed


def iter_files(paths: list[str], report: IngestReport) -> Iterator[tuple[Path | None, str, Problem | None]]:
    """(file, format, problem) for every input file under the given paths.

    Unreadable sub-directories and links that loop are yielded as problems (counted), not skipped.
    """
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            yield None, "missing", Problem.of(raw, None, OnrecordError(Err.E008, source=raw))
            continue
        if not p.is_dir():
            yield p, format_of(p) or "text", None
            continue
        readable = 0
        for item in walk(p):
            if isinstance(item, OnrecordError):
                yield None, "directory", Problem.of(raw, None, item)
            elif format_of(item) is None:
                report.not_inputs += 1
            else:
                readable += 1
                yield item, format_of(item) or "text", None
        if not readable:
            yield None, "directory", Problem.of(raw, None, OnrecordError(Err.E019, source=raw))


def estimate_total(paths: list[str]) -> int | None:
    """A quick count of records for the progress bar (lines of JSON Lines, one per page or text)."""
    total = 0
    for raw in paths:
        p = Path(raw)
        files = [f for f in walk(p) if isinstance(f, Path)] if p.is_dir() else [p] if p.exists() else []
        for f in files:
            fmt = format_of(f)
            if fmt == "jsonl":
                try:
                    with open_maybe_gzip(f) as fh:
                        total += sum(
                            1 for line in capped_lines(fh, DRAIN_PIECE) if not isinstance(line, bytes) or line.strip()
                        )
                except Exception:  # noqa: BLE001 - an estimate only; the reader reports the damage
                    pass
            elif fmt in ("html", "text"):
                total += 1
            elif fmt == "warc":
                return None
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


# -- workers ---------------------------------------------------------------
_PIPELINE = None


def _start_worker() -> None:
    """Initializer of an extraction process: it dies with the ingest, then loads the pipeline."""
    die_with_parent()
    _init_worker()


def _init_worker() -> None:
    global _PIPELINE
    from .. import get_pipeline

    _PIPELINE = get_pipeline()


def extract_batch(articles: list[Article], kinds: frozenset[str] | None = None) -> list[dict[str, Any] | str]:
    """Extract a batch; an article that fails becomes an error string, never an exception."""
    global _PIPELINE
    if _PIPELINE is None:
        _init_worker()
    out: list[dict[str, Any] | str] = []
    try:
        results = list(_PIPELINE.pipe(articles, kinds=kinds))  # type: ignore[union-attr]
        return [r.to_dict() for r in results]
    except Exception:  # noqa: BLE001 - retry one by one to isolate the bad article
        pass
    for a in articles:
        try:
            out.append(next(iter(_PIPELINE.pipe([a], kinds=kinds))).to_dict())  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def ingest(
    paths: list[str],
    db: str,
    *,
    workers: int | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors_log: str | None = None,
    progress: bool | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and directories into the SQLite store at ``db``."""
    conn = connect(db)
    report = IngestReport()
    started = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    log_path = Path(errors_log) if errors_log else Path(str(db) + ".errors.jsonl")
    log_fh = open(log_path, "a", encoding="utf-8")  # noqa: SIM115  (closed by close_quietly at the end)
    show = sys.stderr.isatty() if progress is None else progress
    from tqdm import tqdm

    bar = tqdm(
        total=estimate_total(paths) if show else None,
        unit="article",
        disable=not show,
        file=sys.stderr,
        dynamic_ncols=True,
    )
    seen: OrderedDict[str, None] = OrderedDict()  # recent keys only: memory stays flat; the store has the rest
    pending: list[tuple[Article, str, str]] = []
    problems_buffer: list[tuple[Problem, str]] = []

    def record_problem(problem: Problem, fmt: str) -> None:
        code = _code(problem)
        if problem.fatal:
            report.rejected[fmt] += 1
        else:
            report.warnings[fmt] += 1
        report.reasons[(fmt, REASONS.get(code, code))] += 1
        report.problems.append(problem)
        problems_buffer.append((problem, fmt))
        log_fh.write(
            json.dumps(
                {
                    "input": problem.source,
                    "record": problem.record,
                    "format": fmt,
                    "fatal": problem.fatal,
                    "message": problem.message,
                },
                ensure_ascii=False,
            )
            + "\n"
        )

    def write(batch: list[tuple[Article, str, str]], results: list[dict[str, Any] | str]) -> None:
        with store_errors(db, log_fh):
            write_batch(batch, results)
        log_fh.flush()  # the log keeps up with the store
        bar.update(len(batch))
        if on_batch:
            on_batch(report.total_stored)

    def write_batch(batch: list[tuple[Article, str, str]], results: list[dict[str, Any] | str]) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (article, input_name, fmt), result in zip(batch, results, strict=False):
                if isinstance(result, str):
                    record_problem(
                        Problem.of(
                            input_name,
                            article.id,
                            OnrecordError(Err.E020, source=f"{input_name}, {article.id}", detail=str(result)),
                        ),
                        fmt,
                    )
                    continue
                for warning in result.get("warnings", []):  # a budget limit was hit: kept, and said
                    where = f"{input_name}, {article.id}"
                    record_problem(
                        Problem.of(
                            input_name, article.id, OnrecordError(Err.E027, source=where, detail=warning), fatal=False
                        ),
                        fmt,
                    )
                if write_article(conn, result, article.text, input_name, fmt) is None:
                    report.skipped[fmt] += 1
                else:
                    report.stored[fmt] += 1
                    report.quotes += len(result.get("quotes", []))
            for problem, _fmt in problems_buffer:
                log_error(conn, problem.source, problem.record, problem.message)
            problems_buffer.clear()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite rolls back by itself on some errors (a full disk)
                conn.execute("ROLLBACK")
            raise

    executor = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) if workers > 1 else None
    in_flight: deque[tuple[list[tuple[Article, str, str]], Future[Any] | list[Any]]] = deque()

    def submit(batch: list[tuple[Article, str, str]]) -> None:
        articles = [a for a, _, _ in batch]
        if executor is None:
            write(batch, extract_batch(articles))
            return
        in_flight.append((batch, executor.submit(extract_batch, articles)))
        drain(workers * 2 - 1)  # bounded: memory does not grow with the corpus

    def drain(keep: int) -> None:
        while len(in_flight) > keep:
            done_batch, fut = in_flight.popleft()
            try:
                results = fut.result()  # type: ignore[union-attr]
            except BrokenProcessPool:
                if not stop:
                    raise
                continue  # the signal reached the workers too: that batch is read again on the rerun
            write(done_batch, results)

    finished: list[tuple[str, int, int, int]] = []  # files read to the end: path, size, mtime, records
    stopping = stop_on_sigterm()
    stop = stopping.__enter__()
    try:
        for path, fmt, problem in iter_files(paths, report):
            if stop:
                break
            if problem is not None:
                record_problem(problem, fmt)
                continue
            assert path is not None
            stat = path.stat()
            key = str(path.resolve())
            done = conn.execute("SELECT size, mtime_ns, records FROM inputs WHERE path = ?", (key,)).fetchone()
            if done is not None and done[0] == stat.st_size and done[1] == stat.st_mtime_ns:
                report.skipped[fmt] += done[2]  # unchanged since a run that read it to the end
                bar.update(done[2])
                continue
            records = 0
            for item in read_any(path, max_chars):
                if stop:
                    break
                if isinstance(item, Problem):
                    record_problem(item, fmt)
                    if item.fatal:
                        bar.update(1)
                    continue
                assert isinstance(item, Article)
                records += 1
                digest = text_hash(item.text)
                if digest in seen or (item.url and item.url in seen) or already_stored(conn, item.url, digest):
                    report.skipped[fmt] += 1
                    bar.update(1)
                    continue
                seen[digest] = None
                if item.url:
                    seen[item.url] = None
                while len(seen) > 20_000:
                    seen.popitem(last=False)
                pending.append((item, str(path), fmt))
                if len(pending) >= batch_size:
                    submit(pending)
                    pending = []
            if not stop:
                finished.append((key, stat.st_size, stat.st_mtime_ns, records))
        if pending and not stop:
            submit(pending)
        drain(0)
        if stop:
            finished.clear()  # a stopped run proves no file read to the end: the rerun checks each article
        # Every article is written by now: remember the files read to the end, with what is logged.
        with store_errors(db, log_fh):
            conn.execute("BEGIN IMMEDIATE")
            for problem, _fmt in problems_buffer:
                log_error(conn, problem.source, problem.record, problem.message)
            conn.executemany(
                "INSERT OR REPLACE INTO inputs(path, size, mtime_ns, records) VALUES (?, ?, ?, ?)", finished
            )
            conn.execute("COMMIT")
        problems_buffer.clear()
        report.stopped_by = signal.Signals(stop.signal).name if stop else None
        # User corrections hold for what was just stored; saved searches report what is new.
        from .edits import apply_corrections, check_watches

        report.corrected = apply_corrections(conn)
        report.watches = check_watches(conn)
    finally:
        stopping.__exit__(None, None, None)
        if executor is not None:
            executor.shutdown(cancel_futures=True)
        bar.close()
        close_quietly(log_fh)
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
    report.seconds = time.perf_counter() - started
    return report
