"""Trial 12's store findings: a version of a quotation cut at its start or end is said to be shortened."""

from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.clusters import dropped_ends
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main

FULL = "We will reopen the library in May, and we will double its hours,"


def test_dropped_ends_names_what_a_cut_leaves_out():
    d = "direct"
    assert dropped_ends((FULL, d), ("We will reopen the library in May,", d)) == (
        "at the end: and we will double its hours"
    )
    assert (
        dropped_ends((FULL, d), ("we will double its hours", d))
        == "at the start: we will reopen the library in may and"
    )
    assert dropped_ends((FULL, d), ("We will reopen the library \u2026 double its hours", d)) is None  # marked cut
    assert dropped_ends((FULL, d), ("We will reopen the library, and we will double its hours", d)) is None  # middle
    assert dropped_ends((FULL, d), (FULL, d)) is None
    assert dropped_ends((FULL, d), ("the mayor said the library would reopen", "indirect")) is None


def test_quote_shows_a_shortened_version_with_what_it_leaves_out(tmp_path):
    versions = [FULL, "We will reopen the library in May,", "We will reopen the library, and we will double its hours,"]
    records = [
        {
            "id": f"o{n}",
            "date": f"2025-01-0{n + 1}",
            "url": f"https://outlet{n}.example.com/a",
            "text": f'"{t}" said Mayor Ana Ruiz.',
        }
        for n, t in enumerate(versions)
    ]
    path = tmp_path / "v.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "v.db")
    ingest([str(path)], db, workers=1, progress=False)
    conn = connect(db, readonly=True)
    first_id = conn.execute("SELECT min(id) FROM quotes").fetchone()[0]
    variants = query.quote(conn, first_id)["variants"]
    [short] = [v for v in variants if "May" in v["text"] and "double" not in v["text"]]
    assert short["shortened_words"] == "at the end: and we will double its hours"
    assert [v["shortened_words"] for v in variants if v is not short] == [None, None]  # the first, the altered
    out = CliRunner().invoke(main, ["quote", str(first_id), "--db", db], env={"COLUMNS": "140"}).stdout
    assert "SHORTENED" in out and "leaves out, at the end: and we will double its hours" in out
    assert "ALTERED" in out  # the middle cut stays an alteration


def test_an_empty_name_is_refused_not_matched_against_everyone(tmp_path):
    """Trial 12 F17: `correct speaker ID ""` said "'' matches 10+ people"."""
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "a", "text": f'"{FULL}" said Mayor Ana Ruiz.'}) + "\n", encoding="utf-8")
    db = str(tmp_path / "one.db")
    ingest([str(path)], db, workers=1, progress=False)
    for args in (["correct", "speaker", "1", ""], ["person", " "], ["correct", "merge", "", "1"]):
        result = CliRunner().invoke(main, [*args, "--db", db])
        assert result.exit_code != 0 and "[E030] person: the name is empty" in result.stderr, args
        assert "matches" not in result.stderr
