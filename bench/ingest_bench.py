"""Corpus benchmarks: ingest speed, peak memory, store size, re-ingest and search latency.

    python bench/ingest_bench.py [--sets reuters,bbc,html,warc] [--workers N] [--queries 200]

Each set is ingested by `onrecord ingest` in a child process into a fresh
SQLite file (so peak memory is the ingest's own: the largest of its
processes), then ingested again (everything skipped), then searched with
words drawn from the stored quotes. Needs ../shared/data/corpora.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
SETS = {
    "reuters": ["jsonl/reuters21578.jsonl"],
    "bbc": ["jsonl/bbc-fulltext.jsonl"],
    "html": ["html"],
    "warc": ["warc/constructed/CC-NEWS-style-constructed-00000.warc.gz"],
}


def ingest(paths: list[str], db: str, workers: int) -> tuple[dict, float, float]:
    cmd = [
        sys.executable,
        "-m",
        "onrecord.interfaces.cli",
        "ingest",
        *paths,
        "--db",
        db,
        "--workers",
        str(workers),
        "--format",
        "json",
        "--no-progress",
    ]
    # A wrapper process reports the largest RSS among the ingest and its workers, for this run alone.
    wrapper = (
        "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
        "print('PEAK', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)"
    )
    start = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if res.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {res.stderr[-2000:]}")
    peak_kb = int(next(line.split()[1] for line in reversed(res.stderr.splitlines()) if line.startswith("PEAK")))
    return json.loads(res.stdout), seconds, peak_kb / 1024


def search_latency(db: str, n: int) -> tuple[float, float]:
    from onrecord.corpus import query
    from onrecord.corpus.store import connect

    conn = connect(db, readonly=True)
    words = [
        w
        for (t,) in conn.execute("SELECT text FROM quotes ORDER BY random() LIMIT 2000")
        for w in t.split()
        if len(w) > 4 and w.isalpha()
    ]
    if not words:
        return 0.0, 0.0
    rng = random.Random(7)
    times = []
    for _ in range(n):
        q = " ".join(rng.sample(words, k=min(2, len(words))))
        t = time.perf_counter()
        query.search(conn, q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    if not CORPORA.exists():
        raise SystemExit(f"the benchmark needs {CORPORA}")
    head = (
        f"{'set':8} {'stored':>7} {'rejected':>8} {'quotes':>7} {'s':>7} {'art/s':>7} {'peak MB':>8} "
        f"{'MB/1k art':>9} {'re-ingest s':>11} {'search p50 ms':>13} {'p99 ms':>7}"
    )
    print(head)
    print("-" * len(head))
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            db = str(Path(tmp) / f"{name}.db")
            paths = [str(CORPORA / p) for p in SETS[name]]
            summary, seconds, peak = ingest(paths, db, args.workers)
            stored = sum(f["stored"] for f in summary["formats"].values())
            rejected = sum(f["rejected"] for f in summary["formats"].values())
            sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
            size_mb = (
                sum(os.path.getsize(p) for p in Path(tmp).glob(f"{name}.db*") if not p.name.endswith(".jsonl")) / 1e6
            )
            _, reseconds, _ = ingest(paths, db, args.workers)
            p50, p99 = search_latency(db, args.queries)
            print(
                f"{name:8} {stored:>7} {rejected:>8} {summary['quotes']:>7} {seconds:>7.1f} "
                f"{stored / seconds:>7.1f} {peak:>8.0f} "
                f"{size_mb / max(stored, 1) * 1000:>9.1f} {reseconds:>11.1f} {p50:>13.2f} {p99:>7.2f}",
                flush=True,
            )
    print(f"({args.workers} extraction processes; times include process start and model loading)")


if __name__ == "__main__":
    main()
