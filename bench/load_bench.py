"""HTTP load on loopback: concurrent clients against /api/quotes and /api/extract.

    python bench/load_bench.py --db STORE.db [--clients 50] [--seconds 30]

Starts `onrecord serve` on a free 127.0.0.1 port, then runs the clients (one
asyncio task each, httpx) for the given time per endpoint, and prints
requests/s, p50/p99 latency and errors. Bounded in count and time; touches
nothing but the loopback address.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed-article.txt"
WORDS = [
    "said",
    "people",
    "government",
    "president",
    "think",
    "market",
    "year",
    "police",
    "minister",
    "company",
    "game",
    "music",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def run(base: str, endpoint: str, clients: int, seconds: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    kinds: dict[str, int] = {}
    deadline = time.perf_counter() + seconds
    seed = SEED.read_text(encoding="utf-8")
    rng = random.Random(1)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    if endpoint == "quotes":
                        r = await client.get("/api/quotes", params={"q": rng.choice(WORDS)})
                    else:
                        r = await client.post("/api/extract", json={"text": seed, "kinds": ["direct", "partial"]})
                    if r.status_code != 200:
                        errors += 1
                        kinds[str(r.status_code)] = kinds.get(str(r.status_code), 0) + 1
                        continue
                except httpx.HTTPError as exc:
                    errors += 1
                    kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                    continue
                latencies.append((time.perf_counter() - start) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) if latencies else 0.0,
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else 0.0,
        "errors": errors,
        "error_kinds": kinds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    args = ap.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "onrecord.interfaces.cli", "serve", "--db", args.db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/people?top=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        httpx.post(
            base + "/api/extract", json={"text": SEED.read_text(encoding="utf-8")}, timeout=120
        )  # load the model
        print(
            f"{'endpoint':14} {'clients':>7} {'seconds':>7} {'requests':>8} {'req/s':>8} "
            f"{'p50 ms':>8} {'p99 ms':>8} {'errors':>6}"
        )
        for endpoint in ("quotes", "extract"):
            r = asyncio.run(run(base, endpoint, args.clients, args.seconds))
            print(
                f"{'/api/' + endpoint:14} {args.clients:>7} {args.seconds:>7.0f} {r['requests']:>8} {r['rps']:>8.1f} "
                f"{r['p50']:>8.1f} {r['p99']:>8.1f} {r['errors']:>6}"
                + (f"  {r['error_kinds']}" if r["errors"] else ""),
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
