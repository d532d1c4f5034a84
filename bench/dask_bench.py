"""The Dask engine on 1 worker and on 2: wall time, speedup, per-article cost, peak memory per worker.

    python bench/dask_bench.py [--reuters 3000] [--bbc 600] [--warc 200] [--warc-files 8]
                               [--workers 1 2] [--repeat 2] [--shard-records 100] [--shard-files 50] [--json OUT]

Inputs (from ../shared/data/corpora, copied into a temporary directory, never into the repository):
the first N Reuters-21578 records (JSON Lines), the first N BBC articles (text files) and the first
N response records of the constructed CC-NEWS-style WARC, split into ``--warc-files`` WARC files
(a crawl comes as many WARC files; one file is one shard).

For each worker count a LocalCluster of that many processes (one thread each) is started and its
workers load the pipeline first (timed apart: a fixed cost per worker, paid once per cluster);
then ``ingest_dask`` runs the whole job, shards to Parquet and the MinHash-LSH cluster shuffle,
into a fresh output directory, ``--repeat`` times; the best wall time counts (the machine is
shared). Peak memory is each worker's maximum RSS after the runs. The load average before each
run is printed so that a reader can tell a quiet machine from a busy one.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = next(
    (p / "shared" / "data" / "corpora" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").exists()),
    ROOT.parent / "shared" / "data" / "corpora",
)
REUTERS = CORPORA / "jsonl" / "reuters21578.jsonl"
BBC = CORPORA / "text" / "bbc-fulltext"
WARC = CORPORA / "warc" / "constructed" / "CC-NEWS-style-constructed-00000.warc.gz"


def build_inputs(root: Path, reuters: int, bbc: int, warc: int, warc_files: int) -> list[str]:
    """Write the subset under ``root``; the input paths."""
    for path in (REUTERS, BBC, WARC):
        if not path.exists():
            sys.exit(f"dask_bench: needs {path} (the shared corpora)")
    with REUTERS.open(encoding="utf-8") as fh:
        (root / "reuters.jsonl").write_text("".join(itertools.islice(fh, reuters)), encoding="utf-8")
    texts = root / "bbc"
    texts.mkdir()
    files = sorted(p for p in BBC.rglob("*.txt"))[:bbc]
    for f in files:
        shutil.copy(f, texts / f"{f.parent.name}-{f.name}")
    return [str(root / "reuters.jsonl"), str(texts), *split_warc(root, warc, warc_files)]


def split_warc(root: Path, responses: int, parts: int) -> list[str]:
    """The first ``responses`` response records (with their requests) of the WARC, in ``parts`` files,
    copied byte for byte (the file is gzipped per record, so members can be cut apart)."""
    from warcio.archiveiterator import ArchiveIterator

    spans: list[tuple[int, int]] = []  # (offset, length) of each request/response record
    with WARC.open("rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            record.content_stream().read()
            if record.rec_type in ("request", "response"):
                spans.append((it.get_record_offset(), it.get_record_length()))
            if len(spans) >= 2 * responses:
                break
    per_file = -(-len(spans) // parts)
    out = []
    with WARC.open("rb") as src:
        for n in range(parts):
            chunk = spans[n * per_file : (n + 1) * per_file]
            if not chunk:
                break
            path = root / f"news-{n:05d}.warc.gz"
            with path.open("wb") as dst:
                for offset, length in chunk:
                    src.seek(offset)
                    dst.write(src.read(length))
            out.append(str(path))
    return out


def warm(client) -> float:
    """Load the pipeline on every worker; the seconds it took."""
    from onrecord.corpus.steps import init_worker

    started = time.perf_counter()
    client.run(init_worker)
    return time.perf_counter() - started


def cpu_seconds() -> float:
    """CPU time this process has used (user + system, seconds)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident memory (MB; Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(paths: list[str], workers: int, repeat: int, shards: tuple[int, int], scratch: Path) -> dict:
    """Best-of-``repeat`` wall time of ``ingest_dask`` on a LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    from onrecord.corpus.dask_engine import ingest_dask

    runs = []
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.ERROR) as cluster,
        Client(cluster) as client,
    ):
        warm_s = warm(client)
        for n in range(repeat):
            out = scratch / f"out-{workers}-{n}"
            load = os.getloadavg()[0]
            cpu_before = sum(client.run(cpu_seconds).values())
            started = time.perf_counter()
            report = ingest_dask(
                paths,
                str(out),
                scheduler=cluster.scheduler_address,
                shard_records=shards[0],
                shard_files=shards[1],
                progress=False,
            )
            wall = time.perf_counter() - started
            cpu = sum(client.run(cpu_seconds).values()) - cpu_before  # the workers' own CPU time: load-proof
            runs.append(
                {"wall_s": round(wall, 2), "worker_cpu_s": round(cpu, 1), "load_before": round(load, 2)}
                | {"articles": report.articles}
            )
            print(
                f"  workers={workers} run {n + 1}: {wall:.1f} s ({cpu:.0f} s worker CPU), {report.articles} articles, "
                f"{report.quotes} quotes, load average before {load:.2f}",
                flush=True,
            )
            assert not report.failed, report.failed
            shutil.rmtree(out)
        rss = list(client.run(peak_rss_mb).values())
    best = min(runs, key=lambda r: r["wall_s"])
    return {
        "workers": workers,
        "warm_s": round(warm_s, 2),
        "runs": runs,
        "best_s": best["wall_s"],
        "articles": best["articles"],
        "peak_rss_mb_per_worker": round(max(rss)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reuters", type=int, default=3000)
    ap.add_argument("--bbc", type=int, default=600)
    ap.add_argument("--warc", type=int, default=200, help="response records of the constructed WARC")
    ap.add_argument("--warc-files", type=int, default=8)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--shard-records", type=int, default=100)
    ap.add_argument("--shard-files", type=int, default=50)
    ap.add_argument("--json", default=None, help="write the results here as JSON")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="onrecord-dask-bench-") as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        paths = build_inputs(root / "in", args.reuters, args.bbc, args.warc, args.warc_files)
        print(
            f"cores: {os.cpu_count()}; inputs: {args.reuters} Reuters records, {args.bbc} BBC texts, "
            f"{args.warc} WARC responses in {args.warc_files} files",
            flush=True,
        )
        shards = (args.shard_records, args.shard_files)
        results = [measure(paths, w, args.repeat, shards, root) for w in args.workers]
    base = results[0]
    for r in results:
        r["speedup"] = round(base["best_s"] / r["best_s"], 2)
        r["core_s_per_article"] = round(r["best_s"] * r["workers"] / r["articles"], 4)
        r["cpu_s_per_article"] = round(min(run["worker_cpu_s"] for run in r["runs"]) / r["articles"], 4)
        print(
            f"workers={r['workers']}: best {r['best_s']} s for {r['articles']} articles "
            f"({r['articles'] / r['best_s']:.1f} articles/s), speedup {r['speedup']}x, "
            f"{r['core_s_per_article']} core-s/article (wall x workers), "
            f"{r['cpu_s_per_article']} worker CPU s/article, "
            f"pipeline load {r['warm_s']} s, "
            f"peak RSS per worker {r['peak_rss_mb_per_worker']} MB"
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"args": vars(args), "results": results}, indent=1))


if __name__ == "__main__":
    main()
