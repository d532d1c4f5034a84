"""The corpus: ingest, idempotence, crash safety, clusters, queries, bad stores."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from onrecord.corpus import ingest, query
from onrecord.corpus.clusters import differing_words, same_quote, segments
from onrecord.corpus.store import connect
from onrecord.errors import OnrecordError

FULL = "We will build the new bridge over the river and we will finish it before the winter comes,"


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _article(i, quote, speaker="Anna Berg", date="2020-01-01", url=None):
    return {
        "id": f"a{i}",
        "url": url or f"https://site{i % 3}.example/{i}",
        "date": date,
        "text": f'The council met on day {i}.\n\n"{quote}" {speaker} said on day {i}.',
    }


def test_clusters_join_truncated_ellipsised_repunctuated_variants_and_flag_altered(tmp_path):
    records = [
        _article(1, FULL, date="2020-01-02"),
        _article(2, "We will build the new bridge over the river", date="2020-01-03"),  # truncated
        _article(3, "We will build the new bridge \u2026 before the winter comes.", date="2020-01-04"),  # ellipsised
        _article(
            4,
            "WE WILL BUILD THE NEW BRIDGE OVER THE RIVER; AND WE WILL FINISH IT BEFORE THE WINTER COMES!",
            date="2020-01-05",
        ),
        _article(
            5,
            "We will build the new tunnel over the river and we will finish it before the winter comes,",
            date="2020-01-06",
        ),  # altered
        _article(
            6, "Taxes are going up next year for every family in the city,", date="2020-01-07"
        ),  # a different quote
        _article(7, FULL, speaker="Tom Baker", date="2020-01-08"),  # same words, another speaker
    ]
    db = str(tmp_path / "c.db")
    report = ingest([str(_jsonl(tmp_path / "in.jsonl", records))], db, workers=1, progress=False)
    assert report.total_stored == 7
    conn = connect(db, readonly=True)
    first = conn.execute(
        "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.ext_id = 'a1'"
    ).fetchone()[0]
    c = query.quote(conn, first)
    texts = [v["text"] for v in c["variants"]]
    assert len(texts) == 5 and c["first_seen"] == "2020-01-02" and c["first_outlet"] == "site1.example"
    altered = {v["text"]: v["altered_words"] for v in c["variants"] if v["altered"]}
    assert list(altered.values()) == ["bridge -> tunnel"]
    other = conn.execute("SELECT count(DISTINCT cluster_id) FROM quotes").fetchone()[0]
    assert other == 3  # the bridge cluster, the taxes quote, Tom Baker's quote


def test_cluster_helpers():
    assert segments("A b \u2026 c d...e") == [["a", "b"], ["c", "d"], ["e"]]
    assert same_quote("We will win this election in November,", "we will win this election")
    assert not same_quote("We will win this election in November,", "They lost the vote in the city council")
    assert differing_words(FULL, "We will build the new bridge over the river") == []
    assert differing_words("We will build the new bridge over the river", FULL) == []
    assert differing_words(FULL, FULL.replace("river", "lake")) == ["river -> lake"]


def test_ingest_is_idempotent_and_queries_work(tmp_path):
    records = [
        _article(i, f"Quote number {i} is about the budget for the year,", date=f"2020-02-{i + 1:02d}")
        for i in range(6)
    ]
    path = _jsonl(tmp_path / "in.jsonl", records)
    db = str(tmp_path / "i.db")
    first = ingest([str(path)], db, workers=1, progress=False)
    again = ingest([str(path)], db, workers=1, progress=False)
    assert first.total_stored == 6 and again.total_stored == 0 and sum(again.skipped.values()) == 6
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 6
    hits = query.search(conn, "budget number 3")
    assert [h["text"] for h in hits] == ["Quote number 3 is about the budget for the year,"]
    assert len(query.search(conn, "budget", since="2020-02-03", until="2020-02-04")) == 2
    assert len(query.search(conn, "budget", outlet="site0")) == 2
    assert query.search(conn, 'budget" OR 1=1 --') == []
    p = query.person(conn, "anna berg")
    assert p["name"] == "Anna Berg" and [t["date"] for t in p["timeline"]] == sorted(t["date"] for t in p["timeline"])
    assert query.people(conn, 5)[0]["quotes"] == 6


def test_search_by_outlet_finds_the_name_it_shows_for_a_host(tmp_path):
    records = [_article(1, "The budget for the harbour is far too small this year,", url="https://www.nytimes.com/a")]
    records.append(_article(2, "The budget for the school is far too small this year,", url="https://site2.example/b"))
    db = str(tmp_path / "o.db")
    ingest([str(_jsonl(tmp_path / "o.jsonl", records))], db, workers=1, progress=False)
    conn = connect(db, readonly=True)
    (hit,) = query.search(conn, "budget", outlet="New York Times")
    assert hit["outlet_name"] == "The New York Times" and "harbour" in hit["text"]
    assert len(query.search(conn, "budget", outlet="nytimes")) == 1


def test_export_formats(tmp_path):
    db = str(tmp_path / "e.db")
    ingest([str(_jsonl(tmp_path / "in.jsonl", [_article(1, FULL)]))], db, workers=1, progress=False)
    conn = connect(db, readonly=True)
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"out.{fmt}"
        assert query.export(conn, fmt, str(out)) == 1
        assert out.stat().st_size > 0
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "out.parquet").column("speaker").to_pylist() == ["Anna Berg"]


def test_bad_store_files(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(OnrecordError, match="not an SQLite database"):
        connect(str(junk))
    with pytest.raises(OnrecordError, match="no such file"):
        connect(str(tmp_path / "missing.db"), readonly=True)
    ro_dir = tmp_path / "ro"
    ro_dir.mkdir()
    db = ro_dir / "s.db"
    connect(str(db)).close()
    os.chmod(db, 0o444)
    os.chmod(ro_dir, 0o555)
    try:
        if os.geteuid() == 0:
            pytest.skip("root ignores file permissions")
        with pytest.raises(OnrecordError):
            ingest([str(_jsonl(tmp_path / "in.jsonl", [_article(1, FULL)]))], str(db), workers=1, progress=False)
    finally:
        os.chmod(ro_dir, 0o755)


def _content(db):
    conn = sqlite3.connect(db)
    arts = sorted(conn.execute("SELECT ext_id, url, text_hash, date FROM articles").fetchall())
    quotes = sorted(
        conn.execute(
            'SELECT a.ext_id, q.start, q."end", q.text, q.speaker_name, q.altered FROM quotes q JOIN articles a ON '
            "a.id = q.article_id"
        ).fetchall()
    )
    clusters = sorted(
        tuple(
            sorted(
                a
                for (a,) in conn.execute(
                    "SELECT a.ext_id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.cluster_id = ?",
                    (cid,),
                )
            )
        )
        for (cid,) in conn.execute("SELECT id FROM clusters")
    )
    fts = conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'bridge'").fetchone()[0]
    return arts, quotes, clusters, fts


def test_sigkill_mid_run_then_rerun_equals_uninterrupted_run(tmp_path):
    records = [
        _article(
            i, FULL if i % 2 else f"Plan {i} for the river bridge is ready to go,", date=f"2020-03-{i % 28 + 1:02d}"
        )
        for i in range(40)
    ]
    path = _jsonl(tmp_path / "in.jsonl", records)
    ref = str(tmp_path / "ref.db")
    ingest([str(path)], ref, workers=1, batch_size=2, progress=False)
    db = str(tmp_path / "killed.db")
    cmd = [
        sys.executable,
        "-m",
        "onrecord.interfaces.cli",
        "ingest",
        str(path),
        "--db",
        db,
        "--workers",
        "1",
        "--batch-size",
        "2",
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            stored = sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 6:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial < 40
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    assert _content(db) == _content(ref)


def test_unchanged_files_are_skipped_whole_and_changed_ones_reread(tmp_path):
    path = _jsonl(
        tmp_path / "in.jsonl", [_article(i, f"Statement {i} about the harbour and its future,") for i in range(4)]
    )
    db = str(tmp_path / "u.db")
    assert ingest([str(path)], db, workers=1, progress=False).total_stored == 4
    again = ingest([str(path)], db, workers=1, progress=False)
    assert again.total_stored == 0 and again.skipped["jsonl"] == 4
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(_article(9, "A new statement about the harbour and its future,")) + "\n")
    changed = ingest([str(path)], db, workers=1, progress=False)
    assert changed.total_stored == 1 and changed.skipped["jsonl"] == 4
