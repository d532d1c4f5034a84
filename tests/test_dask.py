"""The Dask engine (issue 12): same content as the local engine, faults, idempotent load, reruns, CLI.

One LocalCluster of 2 worker processes with one thread each serves the module; the inputs are short
articles written here (plus a few real ones from ../shared when it is there).
"""

from __future__ import annotations

import itertools
import json
import logging
import multiprocessing
import os
import re
import shutil
import signal
import sqlite3
import threading
import time
from operator import itemgetter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SHARED
from onrecord.corpus import ingest, load
from onrecord.corpus.clusters import band_keys, join_in_order, same_quote
from onrecord.corpus.dask_engine import ingest_dask, plan_shards
from onrecord.corpus.parquet import read_manifest, read_table
from onrecord.corpus.steps import read_records
from onrecord.corpus.store import Store, connect
from onrecord.errors import OnrecordError
from onrecord.interfaces.cli import main

distributed = pytest.importorskip("distributed")

FULL = "We will build the new bridge over the river and we will finish it before the winter comes,"
VARIANTS = [
    (FULL, "Anna Berg", "2020-01-02"),
    ("We will build the new bridge over the river", "Anna Berg", "2020-01-03"),  # truncated
    ("We will build the new bridge \u2026 before the winter comes.", "Anna Berg", "2020-01-04"),  # ellipsised
    (FULL.replace("bridge", "tunnel"), "Anna Berg", "2020-01-06"),  # altered
    (FULL, "Tom Baker", "2020-01-08"),  # same words, another speaker
]
TOPICS = ["the harbour", "the school", "the budget", "the hospital", "the tram line", "the park", "the museum"]


def _article(i: int, quote: str, speaker: str, date: str) -> dict:
    return {
        "id": f"a{i}",
        "url": f"https://site{i % 3}.example/{i}",
        "date": date,
        "text": f'The council met on day {i}.\n\n"{quote}" {speaker} said on day {i}.\n\n'
        f'Later, the mayor, Lea Stone, told reporters: "We have heard every voice on {TOPICS[i % 7]} today."',
    }


def _write_inputs(root: Path) -> list[str]:
    """A JSON Lines file (sharded in chunks), a directory of text files and, when present, real articles."""
    records = [_article(i, *v) for i, v in enumerate(VARIANTS)]
    records += [
        _article(i, f"Quote {i} says that {TOPICS[i % 7]} will open again in spring", f"Speaker {i % 4} Jones", None)
        for i in range(10, 26)
    ]
    records.append(records[3])  # a repeat: skipped by both engines
    jsonl = root / "news.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    texts = root / "texts"
    texts.mkdir()
    for i in range(4):
        (texts / f"{i}.txt").write_text(
            f'Report {i}\n\n"{TOPICS[i]} must be rebuilt before the next election," said Ruth Vale.', encoding="utf-8"
        )
    paths = [str(jsonl), str(texts)]
    real = SHARED / "corpora" / "jsonl" / "reuters21578.jsonl"
    if real.exists():  # a few real newswire articles (copied into the test's temporary directory only)
        with real.open(encoding="utf-8") as fh:
            lines = [line for line in itertools.islice(fh, 400) if '"' in line and "said" in line][:6]
        (root / "real.jsonl").write_text("".join(lines), encoding="utf-8")
        paths.append(str(root / "real.jsonl"))
    return paths


def _content(db: str) -> dict[str, list]:
    """Everything a reader sees, by natural keys (ids aside): articles, quotes with speaker and
    cluster flags, people, mentions, social posts, clusters as sets of quotes, bad inputs."""
    c = connect(db, readonly=True)
    quote = "(SELECT a.text_hash FROM articles a WHERE a.id = q.article_id)"
    out = {
        "articles": "SELECT ext_id, url, text_hash, title, date, outlet, source, input, input_format, text "
        "FROM articles",
        "quotes": f'SELECT {quote}, q.start, q."end", q.text, q.kind, p.key, q.speaker_name, q.mention_start, '
        "q.mention_end, q.cue_start, q.cue_text, q.medium, q.outlet, q.confidence, q.evidence, q.grp, q.altered, "
        "q.altered_words FROM quotes q LEFT JOIN people p ON p.id = q.person_id",
        "people": "SELECT key, name, kind, gender, descriptors, quote_count FROM people WHERE key NOT LIKE 'unnamed:%'",
        "mentions": 'SELECT a.text_hash, m.start, m."end", m.text, m.kind, p.key FROM mentions m '
        "JOIN articles a ON a.id = m.article_id JOIN people p ON p.id = m.person_id WHERE p.key NOT LIKE 'unnamed:%'",
        "article_people": "SELECT a.text_hash, ap.local_id, ap.descriptors, ap.age, ap.gender, ap.relations "
        "FROM article_people ap JOIN articles a ON a.id = ap.article_id",
        "social": "SELECT a.text_hash, s.platform, s.text, s.start, s.end FROM social_posts s JOIN articles a ON "
        "a.id = s.article_id",
        "errors": "SELECT input, record, message FROM errors",
        "clusters_meta": "SELECT c.count, c.altered_count, c.first_seen, c.first_outlet, q.text FROM clusters c "
        "JOIN quotes q ON q.id = c.first_quote_id",
    }
    content = {name: sorted((tuple(r) for r in c.execute(sql)), key=repr) for name, sql in out.items()}
    members = c.execute(f"SELECT q.cluster_id, {quote}, q.start FROM quotes q").fetchall()
    groups: dict[int, list] = {}
    for cid, digest, start in members:
        groups.setdefault(cid, []).append((digest, start))
    content["clusters"] = sorted(sorted(g) for g in groups.values())
    c.close()
    return content


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as local:
        yield local


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return _write_inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def local_content(inputs, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("local") / "local.db")
    report = ingest(inputs, db, workers=1, progress=False)
    assert report.total_stored >= 25
    return _content(db)


@pytest.fixture(scope="module")
def dask_run(inputs, cluster, tmp_path_factory):
    root = tmp_path_factory.mktemp("dask")
    db, out = str(root / "dask.db"), str(root / "out")
    report = ingest(
        inputs, db, engine="dask", scheduler=cluster.scheduler_address, out=out, shard_records=4, progress=False
    )
    return report, db, out


def test_real_articles_went_through_the_dask_run(dask_run):
    real = SHARED / "corpora" / "jsonl" / "reuters21578.jsonl"
    if not real.exists():
        pytest.skip(f"the real-article part of the comparison needs {real}")
    _report, db, _out = dask_run
    conn = connect(db, readonly=True)
    rows = conn.execute(
        "SELECT count(DISTINCT a.id), count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id "
        "WHERE a.input LIKE '%real.jsonl'"
    ).fetchone()
    assert rows[0] >= 3 and rows[1] >= 1  # and test_dask_run_has_the_local_runs_content compares them


def test_dask_run_has_the_local_runs_content(dask_run, local_content):
    report, db, out = dask_run
    assert report.done >= 7 and not report.failed  # the JSON Lines file in chunks of 4, the text files, real ones
    content = _content(db)
    for table, rows in local_content.items():
        assert content[table] == rows, table
    sizes = sorted(len(c) for c in content["clusters"] if len(c) > 1)
    assert 4 in sizes and len(sizes) >= 3  # the bridge: full, truncated, ellipsised, altered; and others
    manifest = read_manifest(Path(out))
    assert manifest["clusters"]["method"] == "minhash-lsh" and manifest["clusters"]["clusters"] >= 1
    assert {s["status"] for s in manifest["shards"]} == {"done"}
    # The repeated article sits in another shard than its first copy: written there, skipped by the load.
    assert sum(s["rows"]["articles"] for s in manifest["shards"]) == len(content["articles"]) + 1
    assert report.load.skipped == 1
    for table in ("articles", "quotes", "people", "mentions", "social_posts"):
        assert len(list((Path(out) / table).glob("part-*.parquet"))) == len(manifest["shards"])


def test_load_twice_equals_load_once(dask_run):
    _report, db, out = dask_run
    before = _content(db)
    again = load(out, db, progress=False)
    assert again.stored == 0 and again.skipped == len(before["articles"]) + 1  # the repeat, as before
    assert _content(db) == before
    cli = CliRunner().invoke(main, ["load", out, "--db", db, "--format", "json", "--no-progress"])
    assert cli.exit_code == 0 and json.loads(cli.stdout)["stored"] == 0
    assert _content(db) == before


def test_load_remembers_the_files_read_whole_as_a_local_run_does(dask_run, inputs, tmp_path):
    _report, db, _out = dask_run
    local_db = str(tmp_path / "local.db")
    ingest(inputs, local_db, workers=1, progress=False)
    rows = "SELECT path, size, mtime_ns, records FROM inputs ORDER BY path"
    local_inputs = [tuple(r) for r in connect(local_db, readonly=True).execute(rows)]
    real = (SHARED / "corpora" / "jsonl" / "reuters21578.jsonl").exists()
    assert len(local_inputs) == 5 + real  # the JSON Lines file, four text files, the real articles when there
    assert [tuple(r) for r in connect(db, readonly=True).execute(rows)] == local_inputs
    again = ingest(inputs, db, workers=1, progress=False)  # a local run after the Dask one: every file skipped whole
    assert again.total_stored == 0 and sum(again.skipped.values()) == sum(r[3] for r in local_inputs)


def _damaged_copy(out: str, tmp_path: Path) -> tuple[Path, dict]:
    """A copy of the output ``out`` whose shard with the most quotes has its quotes file cut short."""
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    shard = max(read_manifest(copy)["shards"], key=lambda s: s["rows"]["quotes"])
    quotes = copy / "quotes" / f"part-{shard['key']}.parquet"
    quotes.write_bytes(quotes.read_bytes()[:300])  # as a full disk or a copy killed midway leaves it
    return copy, shard


def test_load_leaves_a_shard_with_a_damaged_file_out_whole_and_says_so(dask_run, tmp_path):
    _report, _db, out = dask_run
    copy, shard = _damaged_copy(out, tmp_path)
    others = [s for s in read_manifest(copy)["shards"] if s["key"] != shard["key"]]
    expected = {r["text_hash"] for s in others for r in read_table(copy, "articles", s["key"])}
    db = str(tmp_path / "d.db")
    result = CliRunner().invoke(main, ["load", str(copy), "--db", db, "--no-progress"])
    assert result.exit_code == 1 and "Traceback" not in result.output  # loaded, but not everything
    [line] = result.stderr.splitlines()
    path = copy / "quotes" / f"part-{shard['key']}.parquet"
    assert line.startswith(f"onrecord: [E043] {path}: a damaged Parquet file (") and "was not loaded" in line
    assert line.count(str(path)) == 1 and ", ".join(shard["inputs"]) in line
    conn = connect(db, readonly=True)
    stored = {r[0] for r in conn.execute("SELECT text_hash FROM articles")}
    assert stored == expected  # the other shards whole, nothing of the damaged one (unless another shard has it)
    assert not {r[0] for r in conn.execute("SELECT path FROM inputs")} & set(shard["paths"])
    status = {s["key"]: s["status"] for s in read_manifest(copy)["shards"]}
    assert status[shard["key"]] == "failed" and {status[s["key"]] for s in others} == {"done"}


def test_a_dask_rerun_makes_a_shard_with_a_damaged_file_again(dask_run, cluster, inputs, tmp_path):
    _report, db, out = dask_run
    copy, _shard = _damaged_copy(out, tmp_path)  # the manifest still says done: the file's footer says otherwise
    new_db = str(tmp_path / "r.db")
    rerun = ingest(inputs, new_db, engine="dask", scheduler=cluster.scheduler_address, out=str(copy), shard_records=4)
    assert rerun.done == 1 and not rerun.failed and not rerun.load.damaged
    assert _content(new_db) == _content(db)


def _edit_lines(stdout: str) -> list[str]:
    """The lines that end an ingest: corrections re-applied, watch matches (quote ids aside: the engines
    number quotes in their own order)."""
    keep = ("user corrections", "watch ", "  [", "  ... and")
    return sorted(re.sub(r"\[\d+\]", "[id]", line) for line in stdout.splitlines() if line.startswith(keep))


def test_dask_ingest_reports_corrections_and_watch_matches_as_the_local_engine(inputs, cluster, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(
        'Harbour news.\n\n"The harbour stays open all winter," Tom Baker said.\n\n'
        '"The ferry runs twice a day," Anna Berg said.',
        encoding="utf-8",
    )
    base = str(tmp_path / "base.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(seed), "--db", base, "--workers", "1"]).exit_code == 0
    assert runner.invoke(main, ["correct", "merge", "Tom Baker", "Anna Berg", "--db", base]).exit_code == 0
    assert runner.invoke(main, ["watch", "add", "bridge", "--db", base]).exit_code == 0
    told = {}
    for engine in ("local", "dask"):
        db = str(tmp_path / f"{engine}.db")
        with sqlite3.connect(base) as src, sqlite3.connect(db) as dst:
            src.backup(dst)
        args = ["ingest", *inputs, "--db", db, "--no-progress"]
        if engine == "dask":
            args += ["--engine", "dask", "--scheduler", cluster.scheduler_address, "--out", str(tmp_path / "out")]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        told[engine] = _edit_lines(result.stdout)
        # What was reported is not reported again; nothing new is 0 new matches.
        again = runner.invoke(main, ["ingest", str(seed), "--db", db, "--workers", "1"])
        assert "watch 1 'bridge': 0 new match(es)" in again.stdout
    assert told["dask"] == told["local"]
    assert any(line.startswith("user corrections re-applied to ") for line in told["local"])
    [watch] = [line for line in told["local"] if line.startswith("watch 1 'bridge': ")]
    assert not watch.endswith(": 0 new match(es)") and any("bridge" in line for line in told["local"][1:])


def test_load_alone_reports_watch_matches(dask_run, tmp_path):
    _report, _db, out = dask_run
    db = str(tmp_path / "w.db")
    Store(db).close()  # an empty store with a saved search, then the load
    runner = CliRunner()
    assert runner.invoke(main, ["watch", "add", "bridge", "--db", db]).exit_code == 0
    result = runner.invoke(main, ["load", out, "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    [watch] = [line for line in result.stdout.splitlines() if line.startswith("watch 1 'bridge': ")]
    matches = [line for line in result.stdout.splitlines() if line.startswith("  [") and "bridge" in line]
    assert watch == f"watch 1 'bridge': {len(matches)} new match(es)" and matches
    again = runner.invoke(main, ["load", out, "--db", db, "--format", "json", "--no-progress"])
    assert again.exit_code == 0 and json.loads(again.stdout)["watches"][0]["new"] == []  # said once


def test_a_file_named_twice_is_planned_once(inputs, tmp_path):
    texts = Path(inputs[1])
    shards, problems, _ = plan_shards([str(texts), str(texts / "0.txt"), inputs[0], inputs[0]], max_chars=1000)
    planned = [p for s in shards for p in s["paths"]]
    assert not problems and len(planned) == len(set(planned)) == 5  # four text files and the JSON Lines file


def test_rerun_skips_finished_shards_and_redoes_a_changed_input(dask_run, cluster, inputs):
    _report, _db, out = dask_run
    first = read_manifest(Path(out))
    rerun = ingest_dask(inputs, out, scheduler=cluster.scheduler_address, shard_records=4, progress=False)
    assert rerun.done == 0 and rerun.skipped == len(first["shards"]) and not rerun.failed
    text = Path(inputs[1]) / "0.txt"
    original = text.read_text(encoding="utf-8")
    text.write_text(original + "\n", encoding="utf-8")  # one input changes
    try:
        changed = ingest_dask(inputs, out, scheduler=cluster.scheduler_address, shard_records=4, progress=False)
    finally:
        text.write_text(original, encoding="utf-8")  # the other tests compare with the local run
    assert changed.done == 1 and changed.skipped == len(first["shards"]) - 1


def test_a_worker_killed_mid_run_changes_nothing(inputs, cluster, local_content, tmp_path):
    killed: list[int] = []
    done = threading.Event()
    with distributed.Client(cluster.scheduler_address) as watcher:
        pids_before = set(watcher.run(os.getpid).values())

        def kill_a_busy_worker() -> None:  # as soon as a worker holds shard tasks, SIGKILL it
            while not done.is_set() and not killed:
                busy = [addr for addr, keys in watcher.processing().items() if keys]
                if busy:
                    pid = watcher.run(os.getpid, workers=[busy[0]])[busy[0]]
                    os.kill(pid, signal.SIGKILL)  # its nanny starts a new worker; the scheduler reruns its tasks
                    killed.append(pid)
                time.sleep(0.01)

        killer = threading.Thread(target=kill_a_busy_worker)
        killer.start()
        db, out = str(tmp_path / "k.db"), str(tmp_path / "out")
        try:
            report = ingest_dask(inputs, out, scheduler=cluster.scheduler_address, shard_records=2, progress=False)
        finally:
            done.set()
            killer.join()
        watcher.wait_for_workers(2, timeout=60)
        pids_after = set(watcher.run(os.getpid).values())
    assert killed and killed[0] in pids_before and killed[0] not in pids_after
    assert not report.failed and report.done == len(read_manifest(Path(out))["shards"])
    load(out, db, progress=False)
    content = _content(db)
    for table, rows in local_content.items():
        assert content[table] == rows, table


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])  # SIGINT is what Ctrl-C sends
def test_a_signal_stops_the_run_between_shards_and_the_same_command_continues(
    inputs, cluster, local_content, tmp_path, signum
):
    db, out = str(tmp_path / "t.db"), str(tmp_path / "out")
    handler_before = signal.getsignal(signum)
    # The signal reaches this process (the run's) once the first shard is done.
    first = ingest_dask(
        inputs,
        out,
        scheduler=cluster.scheduler_address,
        shard_records=2,
        progress=False,
        on_shard=lambda _summary: os.kill(os.getpid(), signum),
    )
    shards = read_manifest(Path(out))["shards"]
    # On a warm cluster the other shards may all finish while the first one's signal is being handled: each
    # shard finished by then is recorded as done (none is lost), so "pending" may be empty (a timing race).
    assert first.stopped_by == signal.Signals(signum).name and 1 <= first.done <= len(shards)
    assert "done" in {s["status"] for s in shards} and {s["status"] for s in shards} <= {"done", "pending"}
    assert sum(s["status"] == "done" for s in shards) == first.done  # every shard seen finished is recorded
    assert signal.getsignal(signum) == handler_before  # the handler is put back
    rest = ingest(inputs, db, engine="dask", scheduler=cluster.scheduler_address, out=out, shard_records=2)
    assert rest.stopped_by is None and rest.skipped == first.done and rest.done == len(shards) - first.done
    assert _content(db) == local_content
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back


class _Finished:
    """A shard task that finished (its files written) before the run looked at it."""

    def __init__(self, n: int, status: str = "finished") -> None:
        self.key, self.status = f"t{n}", status
        self.summary = {"status": "done", "rows": {"articles": 1, "quotes": 2}, "records": [1], "seconds": 0.1}

    def result(self, timeout: float | None = None) -> dict:
        return self.summary

    def done(self) -> bool:
        return self.status == "finished"


class _StopAfter:
    """A stop flag that is set after ``checks`` checks (the load checks it once before each shard)."""

    def __init__(self, checks: int) -> None:
        self.left, self.signal = checks, None

    def __bool__(self) -> bool:
        self.left -= 1
        if self.left < 0:
            self.signal = signal.SIGTERM
        return self.signal is not None


def test_a_stop_during_the_load_keeps_whole_shards_and_the_rerun_loads_the_rest(dask_run, tmp_path):
    """trial3 F19: the load stops between shards, remembers only files whose every shard it took in."""
    _report, _db, out = dask_run
    shards = read_manifest(Path(out))["shards"]
    new = str(tmp_path / "s.db")
    first = load(out, new, progress=False, stop=_StopAfter(1))
    assert first.stopped_by == "SIGTERM" and first.shards == 1 and first.to_dict()["stopped_by"] == "SIGTERM"
    remembered = {r[0] for r in connect(new, readonly=True).execute("SELECT path FROM inputs")}
    elsewhere = {p for s in shards[1:] for p in s["paths"]}
    assert remembered <= set(shards[0]["paths"]) - elsewhere
    rest = load(out, new, progress=False)
    once = str(tmp_path / "once.db")  # not ``db``: another test reruns into ``out`` with an input changed
    load(out, once, progress=False)
    assert not rest.stopped_by and _content(new) == _content(once)


def test_a_stop_before_the_load_makes_no_store_file(inputs, cluster, tmp_path):
    """trial3 F19: a store is made only by the load, which a stopped run never reaches."""
    from onrecord.corpus.lifecycle import StopFlag

    db = tmp_path / "never.db"
    stop = StopFlag()
    stop.set(signal.SIGTERM)
    out = str(tmp_path / "o")
    report = ingest_dask(inputs, out, scheduler=cluster.scheduler_address, db=str(db), stop=stop, progress=False)
    assert report.stopped_by == "SIGTERM" and report.done == 0 and not db.exists()


def test_a_stop_records_the_shards_that_finished_before_it(tmp_path, monkeypatch):
    from onrecord.corpus import dask_engine
    from onrecord.corpus.dask_engine import DaskReport, _map_shards
    from onrecord.corpus.lifecycle import StopFlag

    # The stop came before the loop over finished tasks saw any: it yields none.
    monkeypatch.setattr(dask_engine, "_as_completed", lambda futures, stop: iter(()))

    futures = [_Finished(0), _Finished(1), _Finished(2, status="pending")]
    cancelled: list = []

    class Client:
        def map(self, *args, **kwargs):
            return futures

        def cancel(self, futs):
            cancelled.extend(futs)

    todo = [{"key": f"s{n}", "status": "pending", "inputs": [f"f{n}"]} for n in range(3)]
    manifest = {"shards": todo}
    stop = StopFlag()
    stop.set(signal.SIGINT)
    report = DaskReport(out=str(tmp_path))
    _map_shards(Client(), todo, manifest, tmp_path, 1000, report, False, None, stop)
    assert [s["status"] for s in todo] == ["done", "done", "pending"] and report.done == 2
    assert cancelled == [futures[2]]


def test_a_bad_input_is_one_line_rejected_once_and_remembered(cluster, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(_article(i, *v)) + "\n" for i, v in enumerate(VARIANTS)), encoding="utf-8")
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    db, out = str(tmp_path / "b.db"), str(tmp_path / "out")
    args = ["ingest", str(good), str(bad), str(empty), "--db", db, "--engine", "dask", "--out", out]
    args += ["--scheduler", cluster.scheduler_address, "--no-progress"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    for path, code, words in ((bad, "[E017]", "damaged"), (empty, "[E002]", "empty")):
        [line] = [line for line in result.stderr.splitlines() if path.name in line]
        assert line.startswith(f"onrecord: {code} {path}: ") and words in line and "rejected" in line
    assert "Traceback" not in result.stderr and "[E040]" not in result.stderr  # no shard failed
    manifest = read_manifest(Path(out))
    status = {tuple(s["inputs"]): s["status"] for s in manifest["shards"]}
    assert status == {(str(good),): "done", (str(bad),): "rejected", (str(empty),): "rejected"}
    assert "5 articles stored" in result.stdout and "2 rejected, 0 failed" in result.stdout
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*) FROM errors WHERE input = ?", (str(bad),)).fetchone()[0] == 1
    # The summary says where the bad inputs are, with a query that reads them.
    [told] = [line for line in result.stdout.splitlines() if "errors table" in line]
    assert told.startswith("2 bad inputs") and db in told
    rows = conn.execute(told.split("'")[1]).fetchall()
    assert sorted(row[0] for row in rows) == sorted([str(bad), str(empty)])
    # Remembered as the local engine remembers such a file: the rerun reads nothing and says nothing again.
    remembered = {r[0] for r in conn.execute("SELECT path FROM inputs")}
    assert {str(p.resolve()) for p in (good, bad, empty)} <= remembered
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and again.stderr == "", again.output
    assert "not extracted again: 3 file(s)" in again.stdout


def test_each_bad_record_is_listed_on_stderr_as_the_local_engine_lists_it(cluster, tmp_path):
    """Trial 8, L4: the summary counted the bad records of a file, but only a bad file was listed."""
    mixed = tmp_path / "mixed.jsonl"
    lines = [json.dumps(_article(0, *VARIANTS[0])), "not json", "[1, 2]", json.dumps({"id": "x"})]
    mixed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    listed = {}
    for engine in ("local", "dask"):
        args = ["ingest", str(mixed), str(empty), "--db", str(tmp_path / f"{engine}.db"), "--no-progress"]
        if engine == "dask":
            args += ["--engine", "dask", "--out", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        listed[engine] = [line for line in result.stderr.splitlines() if line.startswith("onrecord: [E")]
    for code in ("[E005]", "[E007]", "[E006]", "[E002]"):  # each once, in either engine
        assert [code in line for line in listed["dask"]].count(True) == 1, listed["dask"]
        assert [code in line for line in listed["local"]].count(True) == 1, listed["local"]


def test_a_rerun_on_files_the_store_has_read_keeps_their_parquet_output(cluster, tmp_path):
    """Trial 10, H2: the rerun planned no shard for the files the load had marked read, and deleted their
    finished output; a load of it into another store then loaded nothing, and the E046 guard was gone."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(_article(i, *v)) + "\n" for i, v in enumerate(VARIANTS)), encoding="utf-8")
    db, out = str(tmp_path / "d.db"), str(tmp_path / "out")
    args = ["ingest", str(feed), "--db", db, "--engine", "dask", "--out", out]
    args += ["--scheduler", cluster.scheduler_address, "--no-progress"]
    assert CliRunner().invoke(main, args).exit_code == 0
    parts = sorted(p.name for p in (Path(out) / "quotes").glob("part-*.parquet"))
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "not extracted again: 1 file(s)" in again.stdout, again.output
    assert sorted(p.name for p in (Path(out) / "quotes").glob("part-*.parquet")) == parts and parts
    fresh = str(tmp_path / "fresh.db")
    loaded = CliRunner().invoke(main, ["load", out, "--db", fresh, "--format", "json", "--no-progress"])
    assert json.loads(loaded.stdout)["stored"] == len(VARIANTS)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(_article(9, *VARIANTS[0])) + "\n", encoding="utf-8")
    refused = CliRunner().invoke(
        main,
        [
            "ingest",
            str(other),
            "--db",
            db,
            "--engine",
            "dask",
            "--out",
            out,
            "--scheduler",
            cluster.scheduler_address,
            "--no-progress",
        ],
    )
    assert refused.exit_code != 0 and "[E046]" in refused.stderr


def test_a_shard_that_breaks_fails_and_is_retried_but_bad_input_is_rejected(tmp_path, monkeypatch):
    from onrecord.corpus import dask_engine

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    [shard] = plan_shards([str(empty)], max_chars=1000)[0]
    summary = dask_engine.run_shard(shard, str(tmp_path / "out"), 1000)
    assert summary["status"] == "rejected" and "[E002]" in summary["error"]

    def broken(*_args, **_kwargs):
        raise MemoryError("worker out of memory")

    monkeypatch.setattr(dask_engine, "read_records", broken)
    summary = dask_engine.run_shard(shard, str(tmp_path / "out2"), 1000)
    assert summary["status"] == "failed" and "MemoryError" in summary["error"]
    gone = tmp_path / "gone.txt"
    gone.write_text("Report.\n\nShort.", encoding="utf-8")
    [shard] = plan_shards([str(gone)], max_chars=1000)[0]
    gone.unlink()  # removed between planning and reading: it may be back for the rerun
    monkeypatch.undo()
    assert dask_engine.run_shard(shard, str(tmp_path / "out3"), 1000)["status"] == "failed"


def test_dask_does_not_extract_what_the_store_holds(cluster, tmp_path):
    news, texts = tmp_path / "news.jsonl", tmp_path / "texts"
    records = [_article(i, *v) for i, v in enumerate(VARIANTS)]
    news.write_text("".join(json.dumps(r) + "\n" for r in records[:3]), encoding="utf-8")
    texts.mkdir()
    for i in range(3):
        (texts / f"{i}.txt").write_text(f'Report {i}\n\n"{TOPICS[i]} must be rebuilt soon," said Ruth Vale.')
    paths = [str(news), str(texts)]
    local_db, dask_db = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    ingest(paths, local_db, workers=1, progress=False)
    shutil.copy(local_db, dask_db)
    with news.open("a", encoding="utf-8") as fh:  # two records appended to a file the store read whole
        fh.write("".join(json.dumps(r) + "\n" for r in records[3:5]))
    local = ingest(paths, local_db, workers=1, progress=False)
    assert local.total_stored == 2
    out = str(tmp_path / "out")
    run = ingest(paths, dask_db, engine="dask", scheduler=cluster.scheduler_address, out=out, progress=False)
    assert (run.inputs_done, run.records_done) == (3, 3)  # the text files: planned into no shard
    assert run.stored_before == 3 and run.articles == 2  # only the two new records were extracted
    assert run.load.stored == 2 and run.load.skipped == 0
    assert _content(dask_db) == _content(local_db)
    records_of = "SELECT records FROM inputs WHERE path = ?"
    assert connect(dask_db, readonly=True).execute(records_of, (str(news.resolve()),)).fetchone()[0] == 5
    # Loaded into another store, the output says what it lacks (the three articles the first store held).
    other = load(out, str(tmp_path / "other.db"), progress=False)
    [line] = other.incomplete
    assert (
        line.startswith(f"[E045] {out}: 3 article(s) of this shard ({news}) were not extracted") and other.stored == 2
    )
    again = ingest(paths, dask_db, engine="dask", scheduler=cluster.scheduler_address, out=out, progress=False)
    assert again.inputs_done == 4 and again.done == 0 and again.dashboard is None  # no cluster started
    # A new store at the same path: the shard that left articles out as stored is made again, whole (and
    # the text files, which no shard held, get one).
    Path(dask_db).unlink()
    fresh = ingest(paths, dask_db, engine="dask", scheduler=cluster.scheduler_address, out=out, progress=False)
    assert fresh.done == 2 and fresh.skipped == 0 and fresh.stored_before == 0 and fresh.load.stored == 8
    fresh_local = str(tmp_path / "fresh.db")
    ingest(paths, fresh_local, workers=1, progress=False)
    assert _content(dask_db)["articles"] == _content(fresh_local)["articles"]


def test_cli_options_are_checked_and_documented(tmp_path):
    runner = CliRunner()
    help_text = runner.invoke(main, ["ingest", "--help"]).output
    for option in ("--engine", "--scheduler", "--out", "--load / --no-load", "--shard-records", "--shard-mb"):
        assert option in help_text
    wrong = runner.invoke(main, ["ingest", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert wrong.exit_code != 0 and "[E030]" in wrong.stderr and "--engine dask" in wrong.stderr
    log = runner.invoke(main, ["ingest", str(tmp_path), "--engine", "dask", "--errors-log", str(tmp_path / "e")])
    assert log.exit_code != 0 and "[E030]" in log.stderr and "--errors-log" in log.stderr
    not_output = runner.invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert not_output.exit_code != 0 and "[E041]" in not_output.stderr and len(not_output.stderr.splitlines()) == 1
    assert "load" in runner.invoke(main, ["--help"]).output


def test_shards_cover_every_record_once(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": f"Text {i}."}) + "\n" for i in range(11)))
    shards, problems, _ = plan_shards([str(path)], max_chars=1000, shard_records=4)
    assert not problems and [(s["start"], s["stop"]) for s in shards] == [(0, 4), (4, 8), (8, None)]
    ids = [a.id for s in shards for a in read_records(path, 1000, s["start"], s["stop"])]
    assert ids == [str(i) for i in range(11)]


def test_a_large_warc_file_is_split_at_record_boundaries_with_the_local_runs_content(cluster, tmp_path):
    from test_readers import _numbered_warc

    warc = tmp_path / "big.warc.gz"
    urls = _numbered_warc(warc, gzipped=True, n=16)
    size = warc.stat().st_size
    shards, _problems, _ = plan_shards([str(warc)], max_chars=100_000, shard_bytes=size // 4 + 1)
    assert [s["bytes"] for s in shards] == [[lo, min(size, lo + size // 4 + 1)] for lo in range(0, size, size // 4 + 1)]
    assert len({s["key"] for s in shards}) == len(shards) == 4
    local_db, dask_db = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    ingest([str(warc)], local_db, workers=1, progress=False)
    report = ingest_dask(
        [str(warc)], str(tmp_path / "out"), scheduler=cluster.scheduler_address, shard_bytes=size // 4 + 1
    )
    assert report.done == 4 and not report.failed and report.articles == len(urls)
    load(str(tmp_path / "out"), dask_db, progress=False)
    assert _content(dask_db) == _content(local_db)
    rows = "SELECT path, size, mtime_ns, records FROM inputs"
    assert [tuple(r) for r in connect(dask_db, readonly=True).execute(rows)] == [
        tuple(r) for r in connect(local_db, readonly=True).execute(rows)
    ]


def _one_article_per_cluster(db: str) -> bool:
    conn = connect(db, readonly=True)
    sql = "SELECT cluster_id, count(*), count(DISTINCT article_id) FROM quotes GROUP BY cluster_id"
    return all(n == articles for _cid, n, articles in conn.execute(sql))


def test_both_engines_cluster_one_quote_an_article_with_equal_clusters(cluster, tmp_path):
    """trial3 F11: a quote repeated (or cut) within its own article is no second version of it."""
    repeat = (
        'The council met on day {i}.\n\n"{full}" Anna Berg said on day {i}.\n\n'
        'Later, Berg told reporters: "We will build the new bridge over the river."'
    )
    records = [{"id": f"r{i}", "url": f"https://r.example/{i}", "date": f"2021-0{i}-01"} for i in (1, 2)]
    for record in records:
        record["text"] = repeat.format(i=record["id"], full=FULL)
    path = tmp_path / "repeats.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    local_db, dask_db = str(tmp_path / "l.db"), str(tmp_path / "d.db")
    ingest([str(path)], local_db, workers=1, progress=False)
    ingest([str(path)], dask_db, engine="dask", scheduler=cluster.scheduler_address, out=str(tmp_path / "o"))
    local = _content(local_db)
    assert local["clusters"] == _content(dask_db)["clusters"]
    assert _one_article_per_cluster(local_db) and _one_article_per_cluster(dask_db)
    # Two articles, two quotes each: the full quotes form one cluster, the excerpts the other (each
    # excerpt matches its own article's full quote too, which is passed over).
    assert sorted(len(c) for c in local["clusters"]) == [2, 2]


def test_minhash_bands_find_variants_and_pairs_join_in_reading_order():
    assert band_keys(FULL) == band_keys(FULL)  # deterministic: every worker draws the same permutations
    assert set(band_keys(FULL)) & set(band_keys(FULL.upper().replace(",", "!")))
    assert not set(band_keys(FULL)) & set(band_keys("Taxes are going up next year for every family in the city"))
    assert band_keys("Thank you") == []  # too short to cluster
    # 3 matches 1 and 2 (best: 2, more shared); 2 matched 1 first, so all join 1; 5 matches 4 only.
    assert join_in_order([(1, 2, 5), (1, 3, 2), (2, 3, 4), (4, 5, 3)]) == {1: 1, 2: 1, 3: 1, 4: 4, 5: 4}
    # Clusters never merge: 3 is like 1 and like 2, but 1 and 2 are not alike.
    assert join_in_order([(1, 3, 4), (2, 3, 3)]) == {1: 1, 3: 1}
    # One quote an article: b (an excerpt in a's article) stays alone; c (another article) joins a; d, in c's
    # article, passes over a's cluster (it holds c) and joins b's.
    a_, b_, c_, d_ = (1, "A"), (2, "A"), (3, "B"), (4, "B")
    edges = [(a_, b_, 5), (a_, c_, 6), (b_, c_, 4), (a_, d_, 5), (b_, d_, 4), (c_, d_, 5)]
    assert join_in_order(edges) == {a_: a_, b_: a_, c_: a_, d_: a_}
    assert join_in_order(edges, article_of=itemgetter(1)) == {a_: a_, c_: a_, b_: b_, d_: b_}
    assert same_quote(FULL, VARIANTS[2][0])


def test_without_a_scheduler_a_local_cluster_runs_and_is_closed(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(_article(1, *VARIANTS[0])) + "\n", encoding="utf-8")
    before = {p.pid for p in multiprocessing.active_children()}
    report = ingest([str(path)], str(tmp_path / "one.db"), engine="dask", workers=1, progress=False)
    assert report.done == 1 and report.load.stored == 1 and report.dashboard.startswith("Dask dashboard")
    leftover = {p.pid for p in multiprocessing.active_children()} - before
    assert not leftover  # the LocalCluster's worker processes are gone with it


def test_an_out_made_for_other_inputs_is_refused_whole_not_emptied(cluster, tmp_path):
    """Trial 4 F25: a second run with --out of a first run on other inputs deleted its Parquet shards."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    for n, path in enumerate((first, second)):
        path.write_text(
            json.dumps({"id": f"r{n}", "text": f'"We will open the new library {n} in May," Anna Berg said.'}) + "\n",
            encoding="utf-8",
        )
    out = tmp_path / "out"
    ingest_dask([str(first)], str(out), scheduler=cluster.scheduler_address, progress=False)
    parts = sorted((out / "articles").glob("part-*.parquet"))
    assert parts
    with pytest.raises(OnrecordError) as refused:
        ingest_dask([str(second)], str(out), scheduler=cluster.scheduler_address, progress=False)
    assert refused.value.code == "E046" and str(first.resolve()) in str(refused.value)
    assert sorted((out / "articles").glob("part-*.parquet")) == parts  # nothing deleted
    result = CliRunner().invoke(
        main, ["ingest", str(second), "--engine", "dask", "--out", str(out), "--db", str(tmp_path / "s.db")]
    )
    assert result.exit_code == 2 and "[E046]" in result.output and "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1
    both = ingest_dask([str(first), str(second)], str(out), scheduler=cluster.scheduler_address, progress=False)
    assert both.skipped == 1 and both.done == 1  # naming both inputs keeps the first's shard
    first.unlink()  # a deleted input's shard is stale, no loss: the run goes on
    assert ingest_dask([str(second)], str(out), scheduler=cluster.scheduler_address, progress=False).done == 0


def test_the_band_shuffle_pairs_quotes_sharing_a_band_in_any_bucket_and_never_a_quote_with_itself():
    import numpy as np

    from onrecord.corpus.dask_engine import _bucket_pairs

    # Rows (band id, order, article seq, quote number); one bucket holds them from two shard files.
    first = np.array([[7, 0, 1, 1], [7, 0, 1, 1], [9, 0, 1, 1], [5, 0, 2, 1]], dtype=np.int64)
    second = np.array([[7, 1, 4, 2], [9, 1, 4, 2], [11, 1, 5, 1], [5, 1, 6, 3], [5, 0, 2, 1]], dtype=np.int64)
    pairs = _bucket_pairs(first, second)
    # Band 7 and 9 both pair (0,1,1) with (1,4,2): the caller keeps distinct pairs; band 5 pairs three ways
    # less the repeated (0,2,1); band 11 has one quote and (0,1,1)'s repeated band 7 row is no pair.
    assert sorted(set(pairs)) == [((0, 1, 1), (1, 4, 2)), ((0, 2, 1), (1, 6, 3))]
    assert _bucket_pairs(np.empty((0, 4), dtype=np.int64)) == []
