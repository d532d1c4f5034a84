"""Hostile bodies against a running server: each 250 KB /api/extract body of a different shape must
be answered within 10 s while /api/quotes keeps answering in under 100 ms (issue 9).

    python bench/hardening_bench.py [--db STORE] [--shapes a,b,...]

Starts `onrecord serve` on a free loopback port (building a small store when --db is not given),
sends the bodies one after another, polls /api/quotes every 50 ms meanwhile, prints one line per
shape and the latency of the polls, then stops the server with SIGTERM and times its exit.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SIZE = 250_000


def shapes(size: int = SIZE) -> dict[str, str]:
    """Bodies of ``size`` characters, each a shape that was slow or crashing before issue 9."""
    rnd = random.Random(1)

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "quotation marks": '"' * size,
        "according to": fill("according to "),
        "one line of words": fill("word "),
        "markup attributes": fill('<a b="x" ' * 3)[:size],
        "handle line": "(@" + "a" * (size - 2),
        "quotes and cues": fill('"We will build it," Anna Berg said. '),
        "paragraphs": fill('Mayor Anna Berg spoke on Friday.\n\n"We will build the bridge," she said.\n\n'),
        "random printable": "".join(rnd.choice("abc \"'\n.,:;-()@<>") for _ in range(size)),
        "lone surrogates": fill('\ud800 said "x" '),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(
    port: int, method: str, path: str, body: bytes | None = None, timeout: float = 60
) -> tuple[int, bytes, float]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    conn.request(method, path, body=body, headers={"content-type": "application/json"} if body else {})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data, time.perf_counter() - started


def small_store(folder: Path) -> str:
    from onrecord.corpus import ingest

    records = [
        {
            "id": f"a{i}",
            "url": f"https://news.example/{i}",
            "text": f'The council met.\n\n"The bridge {i} opens soon," Mayor Anna Berg said.',
        }
        for i in range(20)
    ]
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(folder / "bench.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


class Server:
    """`onrecord serve` in a subprocess on a free port."""

    def __init__(self, db: str) -> None:
        self.port = free_port()
        cmd = [
            sys.executable,
            "-m",
            "onrecord.interfaces.cli",
            "serve",
            "--db",
            db,
            "--port",
            str(self.port),
            "--max-body",
            str(4 * SIZE),
        ]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if (
                    request(self.port, "POST", "/api/extract", json.dumps({"text": '"Hi," Anna Berg said.'}).encode())[
                        0
                    ]
                    == 200
                ):
                    return  # the extraction processes have loaded the model
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def stop(self) -> float:
        """SIGTERM, and the seconds until the process (and its extraction processes) exited."""
        started = time.perf_counter()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
        return time.perf_counter() - started


def run(db: str, names: list[str] | None = None) -> dict[str, object]:
    """Send the bodies; returns {"extract": {shape: (status, seconds)}, "quotes_ms": [...], "sigterm_s": s}."""
    bodies = shapes()
    server = Server(db)
    results: dict[str, tuple[int, float]] = {}
    latencies: list[float] = []
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            status, _, seconds = request(server.port, "GET", "/api/quotes?q=bridge", timeout=10)
            assert status == 200
            latencies.append(seconds * 1000)
            time.sleep(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        for name in names or list(bodies):
            status, _, seconds = request(
                server.port, "POST", "/api/extract", json.dumps({"text": bodies[name]}).encode()
            )
            results[name] = (status, seconds)
    finally:
        done.set()
        poller.join(15)
        sigterm = server.stop()
    return {"extract": results, "quotes_ms": latencies, "sigterm_s": sigterm}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=None)
    parser.add_argument("--shapes", default=None, help="comma-separated shape names (default: all)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or small_store(Path(tmp))
        out = run(db, args.shapes.split(",") if args.shapes else None)
    print(f"{'shape (250 KB)':22} {'status':>6} {'seconds':>8}")
    for name, (status, seconds) in out["extract"].items():  # type: ignore[union-attr]
        print(f"{name:22} {status:>6} {seconds:>8.2f}")
    ms = sorted(out["quotes_ms"])  # type: ignore[arg-type]
    p95 = ms[int(len(ms) * 0.95) - 1] if len(ms) >= 20 else max(ms)
    print(
        f"/api/quotes meanwhile: {len(ms)} requests, median {statistics.median(ms):.1f} ms, "
        f"p95 {p95:.1f} ms, max {max(ms):.1f} ms"
    )
    print(f"SIGTERM to exit: {out['sigterm_s']:.2f} s")


if __name__ == "__main__":
    main()
