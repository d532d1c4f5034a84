"""Issue 9, the corpus side: signals, a full disk, read-only and busy stores, ids, bounded searches."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from onrecord.corpus import ingest, query
from onrecord.corpus.guard import MAX_QUERY_TERMS, time_limit
from onrecord.corpus.store import connect
from onrecord.errors import OnrecordError

CLI = [sys.executable, "-m", "onrecord.interfaces.cli"]


def write_jsonl(path: Path, n: int) -> Path:
    lines = (
        json.dumps(
            {
                "id": f"a{i}",
                "url": f"https://news.example/{i}",
                "text": f'The council met on day {i}.\n\n"Bridge {i} is ready," Anna Berg said.',
            }
        )
        for i in range(n)
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(db: str) -> int:
    try:
        return sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the worker processes")
def test_workers_die_with_a_killed_ingest(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 400)
    db = str(tmp_path / "k.db")
    proc = subprocess.Popen(
        [*CLI, "ingest", str(path), "--db", db, "--workers", "2", "--batch-size", "2", "--no-progress"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: count(db) >= 2, 120), "the ingest never stored a batch"
        workers = children(proc.pid)
        assert workers, "no worker processes"
        proc.kill()
        proc.wait()
        assert wait_for(lambda: not any(alive(w) for w in workers), 10), "workers outlived the ingest"
    finally:
        proc.kill()


def test_sigterm_finishes_the_batch_and_says_so(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 400)
    db = str(tmp_path / "t.db")
    proc = subprocess.Popen(
        [*CLI, "ingest", str(path), "--db", db, "--workers", "1", "--batch-size", "4", "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert wait_for(lambda: count(db) >= 4, 120), "the ingest never stored a batch"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert "stopped by SIGTERM" in err and "Traceback" not in err
    stored = count(db)
    assert 0 < stored < 400 and stored % 4 == 0  # whole batches only
    subprocess.run(
        [*CLI, "ingest", str(path), "--db", db, "--workers", "1", "--no-progress"],
        check=True,
        capture_output=True,
        timeout=600,
    )
    assert count(db) == 400


def test_full_disk_is_one_line_nothing_half_written_and_logged(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from onrecord.interfaces.cli import main

    store_module = importlib.import_module("onrecord.corpus.store")

    path = write_jsonl(tmp_path / "in.jsonl", 6)
    db = str(tmp_path / "full.db")
    real = store_module.Store.write_article
    calls = []

    def write_article(store, *args, **kwargs):
        calls.append(1)
        if len(calls) == 4:  # the second batch of 3
            raise sqlite3.OperationalError("database or disk is full")
        return real(store, *args, **kwargs)

    monkeypatch.setattr(store_module.Store, "write_article", write_article)
    result = CliRunner().invoke(
        main, ["ingest", str(path), "--db", db, "--workers", "1", "--batch-size", "3", "--no-progress"]
    )
    assert result.exit_code == 2 and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "[E024]" in lines[0] and "disk is full" in lines[0]
    assert count(db) == 3  # the first batch, whole; nothing of the second
    log = [json.loads(line) for line in Path(db + ".errors.jsonl").read_text().splitlines()]
    assert log and "disk is full" in log[-1]["message"]


def _store(tmp_path: Path) -> str:
    db = str(tmp_path / "s.db")
    ingest([str(write_jsonl(tmp_path / "in.jsonl", 3))], db, workers=1, progress=False)
    return db


READ_ONLY_QUERY = """
import sys
sys.path.insert(0, sys.argv[1])
from onrecord.corpus.store import connect
print(connect(sys.argv[2], readonly=True).execute("SELECT count(*) FROM articles").fetchone()[0])
"""


def test_read_only_store_can_be_queried(tmp_path):
    # A WAL store in a directory the reader cannot write (read-only media, another user's store):
    # SQLite cannot create the -shm file, and mode=ro alone failed ("attempt to write a readonly database").
    if os.geteuid() == 0:  # pytest's own temporary directories are private to root
        tmp_path = Path(tempfile.mkdtemp(prefix="onrecord-ro-"))
        os.chmod(tmp_path, 0o755)
    db = _store(tmp_path)
    for extra in ("-wal", "-shm"):
        Path(db + extra).unlink(missing_ok=True)
    src = str(Path(__file__).resolve().parents[1] / "src")
    if os.geteuid() == 0:  # root ignores permissions: read as another user, with a Python that user may run
        python = "/usr/bin/python3"
        if not os.access(python, os.X_OK):
            pytest.skip("running as root without /usr/bin/python3 to run as another user")

        def as_nobody():
            os.setgid(65534)
            os.setuid(65534)

        preexec, env = as_nobody, {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    else:
        python, preexec, env = sys.executable, None, None
        os.chmod(tmp_path, 0o555)
    try:
        out = subprocess.run(
            [python, "-c", READ_ONLY_QUERY, src, db],
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=preexec,
            env=env,
        )
    finally:
        os.chmod(tmp_path, 0o755)
        if os.geteuid() == 0:
            shutil.rmtree(tmp_path, ignore_errors=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "3"


def test_second_writer_on_a_fresh_store_waits(tmp_path):
    db = str(tmp_path / "fresh.db")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    released.start()
    started = time.monotonic()
    conn = connect(db)  # failed at once with "database is locked"
    assert time.monotonic() - started >= 0.4
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    released.join()


def test_huge_ids_are_not_found_not_an_overflow(tmp_path):
    conn = connect(_store(tmp_path), readonly=True)
    for fn in (query.article, query.quote, query.cluster):
        with pytest.raises(OnrecordError, match="not found|nobody"):
            fn(conn, 10**30)
    with pytest.raises(OnrecordError, match="not found|nobody"):
        query.person(conn, "9" * 40)


def test_long_queries_are_refused(tmp_path):
    conn = connect(_store(tmp_path), readonly=True)
    with pytest.raises(OnrecordError, match="E025"):
        query.search(conn, " ".join(f"word{i}" for i in range(MAX_QUERY_TERMS + 1)))
    with pytest.raises(OnrecordError, match="E025"):
        query.search(conn, "x" * 5000)
    assert query.search(conn, "bridge")


SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_a_statement_over_its_time_is_interrupted(tmp_path):
    conn = connect(_store(tmp_path), readonly=True)
    started = time.monotonic()
    with pytest.raises(OnrecordError, match="E026"), time_limit(conn, 0.2):
        conn.execute(SLOW).fetchone()
    assert time.monotonic() - started < 2
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3  # the handler is gone


def test_a_search_stops_when_the_client_leaves(tmp_path):
    from onrecord.interfaces.web.workers import cancellable

    conn = connect(_store(tmp_path), readonly=True)
    left_at = time.monotonic() + 0.3

    async def is_disconnected() -> bool:
        return time.monotonic() > left_at

    def search(cancel: threading.Event) -> None:
        with time_limit(conn, None, cancel):
            conn.execute(SLOW).fetchone()

    started = time.monotonic()
    with pytest.raises(OnrecordError, match="client left"):
        asyncio.run(cancellable(is_disconnected, search))
    assert time.monotonic() - started < 2
