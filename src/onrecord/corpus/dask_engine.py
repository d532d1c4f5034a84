"""dask_engine: ingest on a Dask cluster (issue 12): a map over input shards, Parquet out.

``plan_shards`` cuts the inputs into shards (a WARC file; a JSON Lines file, or a chunk of
``shard_records`` records of it; a run of ``shard_files`` text or HTML files). ``run_shard``, on a
worker, reads, skips repeats, extracts and writes the shard's tables (``parquet.py``); it never raises
for bad input: a shard that cannot be read comes back ``failed`` with one line. ``ingest_dask`` maps
``run_shard`` over the shards not done yet (the manifest says which), records each as it finishes,
then clusters the quotes by a shuffle (``cluster_quotes``) and writes the manifest.

A worker killed mid-run: its nanny restarts it and the scheduler runs its tasks again elsewhere;
a task's files are written whole and are the same whoever writes them, so the output is the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import Err, OnrecordError
from ..io.readers import DEFAULT_MAX_CHARS, Problem, check_encoding
from ..model import Article
from .clusters import BANDS, ROWS, band_keys, join_in_order, same_quote, segments, shingle_hashes
from .lifecycle import StopFlag, stop_on_sigterm
from .parquet import (
    FINISHED,
    FORMAT,
    FORMAT_VERSION,
    TABLES,
    ShardWriter,
    read_manifest,
    read_table,
    rows_of,
    shard_intact,
    write_manifest,
    write_table,
)
from .steps import SkipStored, StoredKeys, count_records, discover_inputs, extract, read_records, run_files

SHARD_RECORDS = 1000  # JSON Lines records per shard: 10-60 s of one core (Reuters 50, BBC 15 articles/s a core)
SHARD_FILES = 200  # text or HTML files per shard
# WARC bytes per shard: a larger WARC file is split at record boundaries. A CC-NEWS WARC file (about
# 1 GB, 25-40k responses) becomes 8 shards of 3-5k pages, 8-13 min of one core each at the measured
# 0.158 s per page (docs/scaling.md), so a retried shard costs minutes, not an hour.
SHARD_BYTES = 128 * 2**20
BATCH = 16  # articles per call of the pipeline inside a shard
RETRIES = 2  # a task that raised is tried again this many times (a killed worker is rescheduled anyway)


def _stat(path: Path) -> list[Any]:
    st = path.stat()
    return [str(path), st.st_size, st.st_mtime_ns]


def _shard(
    kind: str,
    files: list[Path],
    fmt: str,
    start: int = 0,
    stop: int | None = None,
    byte_range: list[int] | None = None,
    **extra: Any,
) -> dict:
    inputs = [_stat(f) for f in files]
    ranged = [byte_range] if byte_range else []  # a whole file's key is what it was before ranges existed
    ident = json.dumps([FORMAT_VERSION, kind, inputs, start, stop, extra, *ranged], sort_keys=True)
    key = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:20]
    names = [i[0] for i in inputs]  # as given: the store names each article's input so, as the local engine does
    absolute = [str(f.resolve()) for f in files]  # what a worker opens, whatever its working directory
    stats = [i[1:] for i in inputs]  # (size, mtime_ns) when planned: ``load`` marks the files read to the end
    shard = {"key": key, "kind": kind, "format": fmt, "inputs": names, "paths": absolute, "stats": stats}
    shard |= {"encoding": extra["encoding"]} if extra.get("encoding") else {}  # read by the worker
    return shard | {"start": start, "stop": stop} | ({"bytes": byte_range} if byte_range else {})


def plan_shards(
    paths: list[str],
    *,
    max_chars: int,
    shard_records: int = SHARD_RECORDS,
    shard_files: int = SHARD_FILES,
    shard_bytes: int = SHARD_BYTES,
    done_inputs: dict[str, tuple[int, int, int]] | None = None,
    on_done: Callable[[Path, int], None] | None = None,
    encoding: str | None = None,
    own: dict[Path, str] | None = None,
) -> tuple[list[dict[str, Any]], list[Problem], list[str]]:
    """(shards, problems with the paths, the files of no input format) for the inputs, in reading order.

    A shard's ``key`` names its files and changes when an input file changes (size, mtime), or
    ``max_chars`` does: a rerun redoes exactly the shards whose inputs changed. A WARC file over
    ``shard_bytes`` is cut into byte ranges; each shard reads the records that start in its range
    (``read_warc``), so planning reads nothing of the file but its size. ``done_inputs``: the store's
    files read to the end (``Store.inputs_done``); one unchanged since (size, mtime) is planned into no
    shard and passed to ``on_done(path, records)``, as the local engine skips it. ``encoding``: the
    text and JSON Lines files' codec (``io.records.check_encoding``), part of their shards' keys. ``own``:
    the store's own files (``steps.run_files``), never inputs.
    """
    opts: dict[str, Any] = {"max_chars": max_chars} | ({"encoding": encoding} if encoding else {})
    shards: list[dict[str, Any]] = []
    problems: list[Problem] = []
    others: list[str] = []
    run: list[Path] = []  # consecutive text and HTML files, shipped together

    def flush() -> None:
        if run:
            shards.append(_shard("files", list(run), "files", **opts))
            run.clear()

    planned: set[Path] = set()  # a file named twice ("dir dir/a.txt") is read once, as its copies would be skipped
    for found in discover_inputs(paths, on_other_file=lambda p: others.append(str(p)), own=own):
        if found.path is None:
            problems.append(found.problem)  # type: ignore[arg-type]
            continue
        if found.path.resolve() in planned:
            continue
        planned.add(found.path.resolve())
        records_before = _read_before(found.path, done_inputs)
        if records_before is not None:
            if on_done is not None:
                on_done(found.path, records_before)
            continue
        if found.fmt in ("text", "html"):
            run.append(found.path)
            if len(run) >= shard_files:
                flush()
            continue
        flush()
        if found.fmt == "warc":
            shards += _warc_shards(found.path, shard_bytes, max_chars)
            continue
        records = count_records(found.path) if found.fmt == "jsonl" else None
        if records is None or records <= shard_records:
            shards.append(_shard(found.fmt, [found.path], found.fmt, **opts))
            continue
        for start in range(0, records, shard_records):
            stop = start + shard_records if start + shard_records < records else None  # the last takes the rest
            shards.append(_shard("chunk", [found.path], found.fmt, start, stop, **opts))
    flush()
    return shards, problems, others


def _read_before(path: Path, done_inputs: dict[str, tuple[int, int, int]] | None) -> int | None:
    """The records of ``path`` when the store read it to the end and it has not changed since, else None."""
    done = (done_inputs or {}).get(str(path.resolve()))
    if done is None:
        return None
    st = path.stat()
    return done[2] if (done[0], done[1]) == (st.st_size, st.st_mtime_ns) else None


def _warc_shards(path: Path, shard_bytes: int, max_chars: int) -> list[dict[str, Any]]:
    """One shard for a WARC file, or one per ``shard_bytes`` of a larger one. ARC files stay whole (their
    records carry no "WARC/" header to find a boundary by), and so does a WARC gzipped as one stream
    (``gzip file.warc``: it can only be read from its start)."""
    from ..io.ingest_readers import is_single_stream_gzip

    size = path.stat().st_size
    if size <= shard_bytes or path.name.lower().endswith((".arc", ".arc.gz")) or is_single_stream_gzip(path):
        return [_shard("warc", [path], "warc", max_chars=max_chars)]
    ranges = [[lo, min(size, lo + shard_bytes)] for lo in range(0, size, shard_bytes)]
    return [_shard("warc-range", [path], "warc", byte_range=r, max_chars=max_chars) for r in ranges]


def _shard_items(shard: dict[str, Any], max_chars: int) -> Iterator[tuple[int, Article | Problem, str, str]]:
    """(index of the input file in the shard, article or problem, input name, format), in reading order."""
    from ..io.ingest_readers import format_of

    for n, (name, absolute) in enumerate(zip(shard["inputs"], shard["paths"], strict=True)):
        path = Path(absolute)
        fmt = format_of(path) or "text"
        byte_range = tuple(shard["bytes"]) if shard.get("bytes") else None
        where = (shard["start"], shard["stop"], byte_range)
        for item in read_records(path, max_chars, *where, encoding=shard.get("encoding")):  # type: ignore[arg-type]
            yield n, item, name, fmt  # type: ignore[misc]


# Codes of a problem that may pass without the input changing (a file not there yet, a permission): a
# shard whose only problems are these failed, and a rerun retries it; any other problem is the input's own.
PASSING = frozenset({"E008", "E009"})


def run_shard(
    shard: dict[str, Any],
    out_dir: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    known: StoredKeys | None = None,
    store_id: str | None = None,
) -> dict[str, Any]:
    """Read, extract and write one shard (on a worker); its summary: key, status, rows per table, error
    (one line), seconds, worker pid, ``stored_before`` (articles skipped because ``known``, the keys of the
    store the run loads into, holds them; with ``store_id``, that store's id, when any was). Never raises
    for bad input.

    Status: "done"; "rejected" when every record of it is a bad input of a kind that stays (empty,
    binary, damaged, not an article: ``rejected`` lists the messages; the shard is finished, as the local
    engine remembers such a file); "failed" when it broke (an exception, a file it could not open):
    a rerun retries it."""
    started = time.perf_counter()
    out = Path(out_dir)
    errors: list[dict[str, Any]] = []
    summary: dict[str, Any] = {"key": shard["key"], "status": "done", "error": None, "pid": os.getpid()}
    writer = ShardWriter(out, shard["key"])
    try:
        articles, summary["records"], stored = _extract_shard(shard, max_chars, writer, errors, known)
        summary["stored_before"], summary["store_id"] = stored, store_id if stored else None
        fatal = [e for e in errors if e["fatal"]]
        if not articles and not stored and fatal and any(e["code"] in PASSING for e in fatal):
            summary |= {"status": "failed", "error": fatal[0]["message"]}  # may read well later: retried
        else:
            if not articles and not stored and fatal:  # the input's own problem: said once, remembered
                summary |= {"status": "rejected", "error": fatal[0]["message"]}
                summary["rejected"] = [e["message"] for e in fatal]
            summary["rows"] = writer.commit(TABLES[:-1])
    except Exception as exc:  # noqa: BLE001 - a shard that breaks must not stop the others
        summary |= {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}
    if summary["status"] == "failed":
        writer.abort()
        for name in TABLES[:-1]:  # a failed shard keeps no rows from an earlier try
            (out / name / f"part-{shard['key']}.parquet").unlink(missing_ok=True)
    write_table(out, "errors", shard["key"], errors)
    summary["seconds"] = round(time.perf_counter() - started, 3)
    return summary


def _extract_shard(
    shard: dict[str, Any],
    max_chars: int,
    writer: ShardWriter,
    errors: list[dict[str, Any]],
    known: StoredKeys | None = None,
) -> tuple[int, list[int], int]:
    """Extract a shard into ``writer`` (its bad records into ``errors``); (articles written, records read
    per input file of the shard, in its order, articles skipped as held by the store ``known`` lists)."""
    skip = SkipStored(known)  # repeats inside the shard and what the store held; the load checks again
    batch: list[tuple[Article, str, str]] = []
    seq = 0

    def flush() -> None:
        nonlocal seq
        for (article, name, fmt), result in zip(batch, extract([a for a, _, _ in batch]), strict=True):
            if isinstance(result, str):
                err = OnrecordError(Err.E020, source=f"{name}, {article.id}", detail=result)
                errors.append(_error_row(Problem.of(name, article.id, err), fmt))
                continue
            for warning in result.get("warnings", []):
                err = OnrecordError(Err.E027, source=f"{name}, {article.id}", detail=warning)
                errors.append(_error_row(Problem.of(name, article.id, err, fatal=False), fmt))
            for table, rows in rows_of(article.text, name, fmt, seq, result).items():
                writer.add(table, rows)
            seq += 1
        batch.clear()

    records = [0] * len(shard["inputs"])
    for n, item, name, fmt in _shard_items(shard, max_chars):
        if not isinstance(item, Problem):
            records[n] += 1
        if isinstance(item, Problem):
            errors.append(_error_row(item, fmt))
        elif skip.is_new(item):
            batch.append((item, name, fmt))
            if len(batch) >= BATCH:
                flush()
    flush()
    return seq, records, skip.stored


def _error_row(problem: Problem, fmt: str) -> dict[str, Any]:
    return {"input": problem.source, "record": problem.record, "format": fmt, "fatal": problem.fatal} | {
        "code": problem.code,
        "message": problem.message,
    }


# -- clusters by a shuffle ------------------------------------------------------------
def _band_id(speaker_key: str, band: str) -> int:
    """A speaker's band key as a signed 64-bit number: what the shuffle moves and groups by (a number
    hashes the same in every worker process). Two keys sharing a number only add a candidate pair, which
    ``same_quote`` then rejects: at 10^8 quotes of 32 bands about one such pair is expected in all."""
    return int.from_bytes(hashlib.blake2b(f"{speaker_key}|{band}".encode(), digest_size=8).digest(), "big", signed=True)


def _band_buckets(item: tuple[int, str, str], buckets: int) -> list[Any]:
    """The band records of one shard file ``item`` (order, output dir, part), cut into ``buckets`` arrays
    by band number: row (band id, order, article seq, quote number) for each band of each quote with a
    speaker. No text is moved: the texts are read again only for the candidate pairs. numpy arrays,
    because the shuffle pickles them whole (a list of 250,000 tuples cost more than the grouping)."""
    import numpy as np

    order, out_dir, part = item
    rows = [
        (_band_id(q["speaker_key"], band), order, q["seq"], q["qseq"])
        for q in read_table(Path(out_dir), "quotes", part)
        if q["speaker_key"] is not None
        for band in band_keys(q["text"])
    ]
    table = np.array(rows, dtype=np.int64).reshape(-1, 4)
    target = table[:, 0] % buckets
    return [table[target == k] for k in range(buckets)]


def _bucket(arrays: list[Any], k: int) -> Any:
    """Bucket ``k`` of one shard file's ``_band_buckets``: a task of its own, so only that array moves."""
    return arrays[k]


def _bucket_pairs(*parts: Any) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """(earlier ref, later ref) for every pair of distinct quotes sharing a band id in one bucket (the same
    bucket of every shard file); a ref is (order, article seq, quote number). Most band ids belong to one
    quote (7,865 quotes made 246,071 band ids, 5,096 shared): only runs of two or more rows are paired."""
    import numpy as np

    table = np.concatenate(parts) if parts else np.empty((0, 4), dtype=np.int64)
    if len(table) < 2:
        return []
    table = table[np.lexsort(table.T[::-1])]  # by band id, then ref
    starts = np.flatnonzero(np.r_[True, table[1:, 0] != table[:-1, 0]])
    sizes = np.diff(np.r_[starts, len(table)])
    pairs = []
    for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
        refs = sorted({tuple(row) for row in table[start : start + size, 1:].tolist()})
        pairs += combinations(refs, 2)
    return pairs


def _verified_pairs(item: tuple[str, list[str], list[tuple[Any, Any]]]) -> list[tuple[tuple, tuple, int]]:
    """(earlier, later, shared shingles) for the candidate pairs ``item[2]`` that ``same_quote(later,
    earlier)`` holds for, the store's test for a new quote against a stored one; each quote as (order, seq,
    quote number, text hash). The texts are read from the shard files ``item[1]`` (by order) under ``item[0]``."""
    out_dir, parts, pairs = item
    quotes: dict[tuple[int, int, int], tuple[str, str]] = {}
    for order in sorted({ref[0] for pair in pairs for ref in pair}):
        for q in read_table(Path(out_dir), "quotes", parts[order]):
            quotes[(order, q["seq"], q["qseq"])] = (q["text_hash"], q["text"])
    found = [(a, b) for a, b in pairs if same_quote(quotes[b][1], quotes[a][1])]
    shingles = {ref: shingle_hashes(segments(quotes[ref][1])) for ref in {r for pair in found for r in pair}}
    return [((*a, quotes[a][0]), (*b, quotes[b][0]), len(shingles[a] & shingles[b])) for a, b in found]


def cluster_quotes(client: Any, out_dir: Path, parts: list[str]) -> dict[str, int]:
    """Cluster the quotes of the shard files ``parts`` (in load order) by MinHash-LSH banding: a
    hash-partition shuffle by band id (``_band_buckets``, then ``_bucket_pairs`` per bucket) groups quotes by
    speaker and band, the distinct pairs of each group are verified on the workers (``_verified_pairs``, one
    task a worker) and the verified pairs are joined in reading order (``join_in_order``). Writes
    ``clusters/part-0.parquet``; returns counts."""
    if not parts:
        write_table(out_dir, "clusters", "0", [])
        return {"pairs": 0, "quotes": 0, "clusters": 0}
    where = str(out_dir.resolve())
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    # A hash-partition shuffle: each shard file's records are cut into buckets by band id on the worker
    # that reads them, and bucket k of every file meets on one worker, so no one process holds every band.
    buckets = 2 * workers
    mapped = client.map(_band_buckets, [(n, where, part) for n, part in enumerate(parts)], buckets=buckets)
    grouped = [
        client.submit(_bucket_pairs, *[client.submit(_bucket, m, k, pure=False) for m in mapped], pure=False)
        for k in range(buckets)
    ]
    candidates = sorted({pair for found in client.gather(grouped) for pair in found})
    size = -(-len(candidates) // workers) or 1
    tasks = [(where, parts, candidates[i : i + size]) for i in range(0, len(candidates), size)]
    pairs = [pair for found in client.gather(client.map(_verified_pairs, tasks, pure=False)) for pair in found]
    roots = join_in_order(pairs, article_of=itemgetter(3))  # a ref's text hash names its article
    rows = [
        {"text_hash": ref[3], "qseq": ref[2], "cluster": f"{root[3]}:{root[2]}"}
        for ref, root in sorted(roots.items())  # type: ignore[type-var]
    ]
    write_table(out_dir, "clusters", "0", rows)
    return {"pairs": len(pairs), "quotes": len(rows), "clusters": len(set(roots.values()))}


# -- the run ---------------------------------------------------------------------------------
@dataclass
class DaskReport:
    """What a Dask run did: shards done now, skipped (done before), rejected (every record a bad input;
    finished, and said only in the run that found it), failed (with their one line), input files read
    to the end before (the store's ``inputs``: planned into no shard) and their records, articles skipped
    as already stored, articles and quotes written, cluster counts, the output directory, the dashboard
    link, seconds."""

    out: str
    done: int = 0
    skipped: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    inputs_done: int = 0
    records_done: int = 0
    stored_before: int = 0
    articles: int = 0
    quotes: int = 0
    clusters: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    not_inputs: int = 0
    not_input_paths: list[str] = field(default_factory=list)  # the files of no input format, skipped
    dashboard: str | None = None
    seconds: float = 0.0
    load: Any = None  # the parquet.LoadReport when ``ingest`` merged the output into a store
    stopped_by: str | None = None  # the signal that stopped the run before every shard was done (SIGTERM)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape (``onrecord ingest --engine dask --format json``)."""
        return (
            {
                "out": self.out,
                "shards": {"done": self.done, "skipped": self.skipped, "rejected": len(self.rejected)}
                | {"failed": len(self.failed)},
                "failed": [{"inputs": s["inputs"], "error": s["error"]} for s in self.failed],
                "rejected": [{"inputs": s["inputs"], "problems": s.get("rejected") or []} for s in self.rejected],
                "read_before": {"files": self.inputs_done, "records": self.records_done},
                "already_stored": self.stored_before,
                "articles": self.articles,
                "quotes": self.quotes,
                "clusters": self.clusters,
                "problems": [p.message for p in self.problems],
                "not_input_files": self.not_inputs,
                "not_input_paths": self.not_input_paths,
                "dashboard": self.dashboard,
                "seconds": round(self.seconds, 2),
            }
            | ({"load": self.load.to_dict()} if self.load is not None else {})
            | ({"stopped_by": self.stopped_by} if self.stopped_by else {})
        )


def connect_client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    """(client, cluster): a client of the scheduler at ``scheduler`` (tcp://HOST:PORT), or of a new
    ``LocalCluster`` of ``workers`` processes with one thread each (default one per core; the cluster
    is returned so that the caller closes it). Raises OnrecordError E042 when no scheduler answers or
    ``scheduler`` is not an address."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except ValueError as exc:  # not an address at all ("missing port number in address")
            detail = f"not a scheduler address: {exc}; give tcp://HOST:PORT"
            raise OnrecordError(Err.E042, source=scheduler, detail=detail) from exc
        except (OSError, TimeoutError) as exc:
            raise OnrecordError(Err.E042, source=scheduler, detail=str(exc) or type(exc).__name__) from exc
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    )
    client = Client(cluster)
    client.register_plugin(ignore_ctrl_c(), name="onrecord-ignore-ctrl-c")
    return client, cluster


def ignore_ctrl_c() -> Any:
    """A Dask worker plugin for the LocalCluster's workers (every worker, restarted ones too): they ignore
    SIGINT. Ctrl-C reaches the terminal's whole process group; the run (in the parent) then records the
    shards finished and stops cleanly, while a worker killed by it would lose the summaries it holds."""
    from distributed import WorkerPlugin

    class IgnoreCtrlC(WorkerPlugin):
        def setup(self, worker: Any) -> None:  # on each worker as it starts, in its event loop (main thread)
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    return IgnoreCtrlC()


def dashboard_line(client: Any) -> str:
    """Where to watch the run: the dashboard's link, or how to get one (it needs bokeh)."""
    import importlib.util

    if importlib.util.find_spec("bokeh") is None:
        return "Dask dashboard: not served here (it needs bokeh: pip install 'onrecord[dashboard]')"
    return f"Dask dashboard: {client.dashboard_link}"


SUMMARY_KEYS = ("status", "rows", "error", "seconds", "records", "stored_before", "store_id", "rejected")


def _resume(
    out_dir: Path, shards: list[dict[str, Any]], previous: dict[str, Any], report: DaskReport, store_id: str | None
) -> None:
    """Mark the shards a run before finished (same key, every file there and whole) as done; remove stale
    files. A shard that left out articles as held by another store (one deleted since, or another path)
    is made again: its output would miss them."""
    before = {s["key"]: s for s in previous.get("shards", [])}
    for shard in shards:
        old = before.get(shard["key"])
        same_store = not (old or {}).get("stored_before") or old.get("store_id") == store_id  # type: ignore[union-attr]
        if old and old.get("status") in FINISHED and same_store and shard_intact(out_dir, shard["key"]):
            shard |= {k: old.get(k) for k in SUMMARY_KEYS}
            report.skipped += 1
        else:
            shard["status"] = "pending"
    keep = {s["key"] for s in shards}
    for table in TABLES:  # files of shards no longer in the plan (their inputs changed) go
        for path in (out_dir / table).glob("part-*.parquet") if (out_dir / table).is_dir() else []:
            if path.stem.removeprefix("part-") not in keep:
                path.unlink(missing_ok=True)


def _kept_for_files_read_before(out_dir: Path, previous: dict[str, Any], read_whole: set[str]) -> list[dict[str, Any]]:
    """The finished shards of the run before whose files the store has read to the end since (its load) and
    that are unchanged (size, mtime as planned) and whole on disk: planned into no shard now, they stay in the
    output, where ``_resume`` would have deleted them (trial 10, H2: a rerun emptied the Parquet output)."""
    kept = []
    for shard in previous.get("shards", []):
        paths, stats = shard.get("paths") or [], shard.get("stats") or []
        if shard.get("status") not in FINISHED or not paths or len(stats) != len(paths):
            continue
        unchanged = all(p in read_whole and _same_stat(Path(p), st) for p, st in zip(paths, stats, strict=True))
        if unchanged and shard_intact(out_dir, shard["key"]):
            kept.append(dict(shard))
    return kept


def _same_stat(path: Path, stat: list[int]) -> bool:
    """Whether ``path`` has the (size, mtime_ns) recorded when its shard was planned."""
    try:
        now = path.stat()
    except OSError:
        return False
    return [now.st_size, now.st_mtime_ns] == list(stat)


def _refuse_other_inputs(
    out_dir: Path, previous: dict[str, Any], shards: list[dict[str, Any]], read_whole: set[str]
) -> None:
    """E046 when ``out_dir`` holds finished shards of input files that still exist but are not among this
    run's inputs: ``_resume`` would delete them, and the Parquet output is the product at scale (trial 4,
    F25). A file deleted since is no loss: its shard is stale and goes."""
    given = read_whole | {p for s in shards for p in s["paths"]}
    others = sorted(
        {
            p
            for s in previous.get("shards", [])
            if s.get("status") in FINISHED
            for p in s.get("paths", [])
            if p not in given and Path(p).exists()
        }
    )
    if others:
        detail = others[0] + (f" and {len(others) - 1} more file(s)" if len(others) > 1 else "")
        raise OnrecordError(Err.E046, source=str(out_dir), detail=detail)


def _map_shards(
    client: Any,
    todo: list[dict[str, Any]],
    manifest: dict[str, Any],
    out_dir: Path,
    max_chars: int,
    report: DaskReport,
    show: bool,
    on_shard: Callable[[dict[str, Any]], None] | None,
    stop: StopFlag,
    store: tuple[Any, str | None] = (None, None),
) -> None:
    """Run the shards ``todo`` on the cluster; record each in the manifest as it finishes. Once ``stop``
    is set (SIGTERM, SIGINT), the shards finished by then are recorded and the others cancelled: they stay
    pending for the rerun. ``store``: (the store's keys, as ``StoredKeys`` or a future of them on the
    cluster, its id), so that the workers skip what it holds."""
    from tqdm import tqdm

    out = str(out_dir.resolve())  # the workers' working directory may not be ours
    known, store_id = store
    kwargs = {"out_dir": out, "max_chars": max_chars, "known": known, "store_id": store_id}
    futures = client.map(run_shard, todo, **kwargs, retries=RETRIES, pure=False)
    shard_of = {fut.key: shard for fut, shard in zip(futures, todo, strict=True)}
    total = len(manifest["shards"])
    bar = tqdm(total=total, initial=total - len(todo), unit="shard", disable=not show, file=sys.stderr)
    written = time.monotonic()
    recorded: set[str] = set()
    for fut in _as_completed(futures, stop):
        _record_shard(_summary(fut), shard_of[fut.key], report, bar, show, on_shard)
        recorded.add(fut.key)
        if time.monotonic() - written > 2.0:  # the manifest keeps up, without rewriting it for every shard
            write_manifest(out_dir, manifest)
            written = time.monotonic()
    if stop:  # shards that finished while the stop came are done (their files written): record them
        for fut in futures:
            if fut.key not in recorded and fut.status == "finished":
                summary = _summary(fut, timeout=2)  # its worker may be going down with the same Ctrl-C
                if summary.get("status") == "done":
                    _record_shard(summary, shard_of[fut.key], report, bar, show, on_shard)
        client.cancel([f for f in futures if not f.done()])
    bar.close()


def _summary(fut: Any, timeout: float | None = None) -> dict[str, Any]:
    """A shard task's summary, or a failed one saying why the task did not give one."""
    try:
        return fut.result(timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: the task killed its worker again and again
        return {"status": "failed", "error": f"{type(exc).__name__}: {exc}"}


def _record_shard(
    summary: dict[str, Any],
    shard: dict[str, Any],
    report: DaskReport,
    bar: Any,
    show: bool,
    on_shard: Callable[[dict[str, Any]], None] | None,
) -> None:
    """Put one finished shard's ``summary`` in its manifest entry and the report."""
    shard |= {k: summary.get(k) for k in SUMMARY_KEYS}
    if shard["status"] == "failed":
        report.failed.append(shard)
        if show:
            bar.write(failed_line(shard), file=sys.stderr)
    elif shard["status"] == "rejected":
        report.rejected.append(shard)
        for line in rejected_lines(shard) if show else []:
            bar.write(line, file=sys.stderr)
    else:
        report.done += 1
        report.articles += shard["rows"]["articles"]
        report.quotes += shard["rows"]["quotes"]
        report.stored_before += shard.get("stored_before") or 0
    bar.update(1)
    bar.set_postfix(articles=report.articles, failed=len(report.failed))
    if on_shard is not None:
        on_shard(summary)


def _as_completed(futures: list[Any], stop: StopFlag, poll: float = 0.2) -> Iterator[Any]:
    """The futures as they finish, until all have or ``stop`` is set (checked every ``poll`` seconds:
    a blocking wait would hold a SIGTERM until the next shard finished, tens of seconds)."""
    from distributed import as_completed

    pending = as_completed(futures)
    while not pending.is_empty() and not stop:
        if pending.has_ready():
            yield from pending.next_batch(block=False)
        else:
            time.sleep(poll)


def failed_line(shard: dict[str, Any]) -> str:
    """The one line that reports a failed shard (E040)."""
    where = ", ".join(shard["inputs"])
    if shard.get("kind") == "chunk":
        where += f" (records {shard['start']} to {shard['stop'] if shard['stop'] is not None else 'the end'})"
    detail = re.sub(r"^\[E\d{3}\] ", "", str(shard.get("error")))  # the reader's message, its code and
    if len(shard["inputs"]) == 1:  # path said once
        detail = detail.removeprefix(shard["inputs"][0] + ": ")
    return "onrecord: " + str(OnrecordError(Err.E040, source=where, detail=detail))


REJECTED_SHOWN = 10  # lines per rejected shard (a run of 200 empty text files); the rest are in the errors table


def rejected_lines(shard: dict[str, Any]) -> list[str]:
    """The lines that report a rejected shard: each bad input's own message (up to ``REJECTED_SHOWN``),
    said once: the shard is finished, and a rerun skips it until its files change."""
    problems = shard.get("rejected") or [str(shard.get("error"))]
    lines = [f"onrecord: {m.rstrip('.')}; rejected: a rerun skips it until the file changes." for m in problems]
    if len(lines) > REJECTED_SHOWN:
        more = len(lines) - REJECTED_SHOWN
        lines = [*lines[:REJECTED_SHOWN], f"onrecord: ... and {more} more rejected input(s) of the same shard"]
    return lines


def store_state(db: str | None) -> tuple[StoredKeys | None, dict[str, tuple[int, int, int]], str | None]:
    """(the keys of every article stored, the input files read to the end, the store's id) of the store
    at ``db``; (None, {}, None) when there is none yet (nothing is created: the load makes it). Raises
    OnrecordError E015/E016 for a file that is not a store."""
    from .store import Store

    if db is None or not Path(db).is_file():
        return None, {}, None
    store = Store(db, create=False)
    try:
        return StoredKeys.of(store), store.inputs_done(), store.store_id()
    finally:
        store.close()


def ingest_dask(
    paths: list[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    shard_records: int = SHARD_RECORDS,
    shard_files: int = SHARD_FILES,
    shard_bytes: int = SHARD_BYTES,
    progress: bool | None = None,
    on_shard: Callable[[dict[str, Any]], None] | None = None,
    db: str | None = None,
    stop: StopFlag | None = None,
    encoding: str | None = None,
) -> DaskReport:
    """Extract ``paths`` on a Dask cluster into partitioned Parquet under ``out`` (see ``parquet.py``).

    ``scheduler``: a running scheduler's address (tcp://HOST:PORT); else a LocalCluster of
    ``workers`` processes (one thread each). ``shard_records``/``shard_files``/``shard_bytes``: shard sizes
    (JSON Lines records, text or HTML files, WARC bytes). ``db``: the store the output is for, when it
    exists: input files it read to the end (unchanged) are planned into no shard, and the workers skip
    articles it holds (URL, text or body hash), as the local engine does; the output then lacks them.
    Shards the manifest in ``out`` lists as done or rejected (inputs unchanged) are skipped; failed ones
    are retried. ``on_shard(summary)`` after each shard. SIGTERM (in the main thread) stops the run
    between shards: the shards in flight are cancelled, no clusters are computed, the manifest says
    what is done and ``stopped_by`` is set; the same call again continues (``stop``: a flag the caller
    holds and its signal handlers set, instead of this call's own). No cluster is started when
    every shard is done already. Raises OnrecordError E041 (``out`` holds something else), E046 (``out``
    holds the output of other inputs, which this run would delete), E030 (``encoding`` unknown), E042 (no
    scheduler), E009 (``out`` cannot be written), E015/E016 (``db`` is not a store).
    """
    started = time.perf_counter()
    encoding = check_encoding(encoding)
    out_dir = Path(out)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OnrecordError(Err.E009, source=out, detail=exc.strerror or str(exc)) from exc
    previous = read_manifest(out_dir) or {}
    known, done_inputs, store_id = store_state(db)
    report = DaskReport(out=str(out_dir))

    read_whole: set[str] = set()

    def read_before(path: Path, records: int) -> None:
        read_whole.add(str(path.resolve()))
        report.inputs_done += 1
        report.records_done += records

    shards, report.problems, report.not_input_paths = plan_shards(
        paths,
        max_chars=max_chars,
        shard_records=shard_records,
        shard_files=shard_files,
        shard_bytes=shard_bytes,
        done_inputs=done_inputs,
        on_done=read_before,
        encoding=encoding,
        own=run_files(db) if db else None,
    )
    report.not_inputs = len(report.not_input_paths)
    shards += _kept_for_files_read_before(out_dir, previous, read_whole)
    _refuse_other_inputs(out_dir, previous, shards, read_whole)
    _resume(out_dir, shards, previous, report, store_id)
    manifest = _manifest(previous, paths, shards, report.problems, max_chars, shard_records, shard_bytes)
    manifest["store"] = {"path": db, "id": store_id} if db else None
    write_manifest(out_dir, manifest)
    try:
        where = (scheduler, workers)
        with contextlib.nullcontext(stop) if stop is not None else stop_on_sigterm() as flag:
            run = (max_chars, report, progress, on_shard, flag)
            _run_on_cluster(out_dir, manifest, (known, store_id), where, *run)
    finally:
        report.seconds = time.perf_counter() - started
    return report


def _manifest(
    previous: dict[str, Any],
    paths: list[str],
    shards: list[dict[str, Any]],
    problems: list[Problem],
    max_chars: int,
    shard_records: int,
    shard_bytes: int,
) -> dict[str, Any]:
    import importlib.metadata

    manifest = {"format": FORMAT, "version": FORMAT_VERSION, "onrecord": importlib.metadata.version("onrecord")}
    manifest |= {"created": previous.get("created") or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    manifest |= {"inputs": list(paths), "options": {"max_chars": max_chars, "shard_records": shard_records}}
    manifest["options"]["shard_bytes"] = shard_bytes
    manifest |= {"shards": shards, "problems": [p.message for p in problems]}
    return manifest | {"clusters": previous.get("clusters")}


def _clusters_current(manifest: dict[str, Any]) -> bool:
    """Whether the clusters file holds the quotes of every shard done (none to cluster counts as current)."""
    parts = [s for s in manifest["shards"] if s["status"] == "done"]
    return not parts or (manifest["clusters"] or {}).get("parts") == len(parts)


def _run_on_cluster(
    out_dir: Path,
    manifest: dict[str, Any],
    store: tuple[StoredKeys | None, str | None],
    where: tuple[str | None, int | None],
    max_chars: int,
    report: DaskReport,
    progress: bool | None,
    on_shard: Callable[[dict[str, Any]], None] | None,
    stop: StopFlag,
) -> None:
    """Map the shards not done on the cluster at ``where`` (scheduler, workers), then cluster the quotes;
    nothing is started when every shard is done and the clusters are current. ``stop`` set (by a signal)
    before or during the map: the shards finished are recorded, the others cancelled, nothing clustered.
    Set during the clustering: the clustering ends first (it is one computation), then the run stops."""
    todo = [s for s in manifest["shards"] if s["status"] not in FINISHED]
    if not todo and _clusters_current(manifest):
        report.clusters = manifest["clusters"] or {}
        return
    show = sys.stderr.isatty() if progress is None else progress
    client, cluster = connect_client(*where)
    try:
        report.dashboard = dashboard_line(client)
        if show:
            print(report.dashboard, file=sys.stderr)
        known, store_id = store
        shipped = client.scatter(known, broadcast=True) if known is not None and len(known) and todo else None
        _map_shards(client, todo, manifest, out_dir, max_chars, report, show, on_shard, stop, (shipped, store_id))
        if stop:  # the manifest says which shards are done: the same command continues from there
            report.stopped_by = signal.Signals(stop.signal).name
            write_manifest(out_dir, manifest)
            return
        parts = [s["key"] for s in manifest["shards"] if s["status"] == "done"]
        if todo or not _clusters_current(manifest):
            if show:
                print(f"clustering the quotes of {len(parts)} shards (MinHash-LSH shuffle)", file=sys.stderr)
            manifest["clusters"] = {"status": "done", "parts": len(parts), "method": "minhash-lsh"}
            manifest["clusters"] |= {"bands": BANDS, "rows": ROWS} | cluster_quotes(client, out_dir, parts)
        report.clusters = manifest["clusters"]
        write_manifest(out_dir, manifest)
        if stop:  # it came during the clustering, which is done and kept: stop before the load
            report.stopped_by = signal.Signals(stop.signal).name  # type: ignore[arg-type]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
