"""Reported speech and mixed quotes are never shown as verbatim, and never flagged altered for a paraphrase
(trial 4, F9)."""

import json

from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.clusters import altered_words
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main
from onrecord.text.verbatim import REPORTED_LABEL, quoted_fragments, shown_quote, verbatim_text

MIXED = 'there {} a real risk that people on the "margins of society" would be driven into the hands of extremists'
REPORTED = "the council {} raise taxes for every family in the city next year"


def test_verbatim_words_and_display():
    assert quoted_fragments(MIXED.format("is")) == ["margins of society"]
    assert quoted_fragments("Britain\u2019s \u2018big society\u2019 plan") == ["big society"]
    assert verbatim_text(MIXED.format("is"), "partial") == "margins of society"
    assert verbatim_text("margins of society", "partial") == "margins of society"
    assert verbatim_text(REPORTED.format("will"), "indirect") is None
    assert shown_quote("We will win.", "direct") == "\u201cWe will win.\u201d"
    assert shown_quote(REPORTED.format("will"), "indirect") == REPORTED_LABEL + REPORTED.format("will")
    mixed = shown_quote(MIXED.format("is"), "partial")
    assert mixed.startswith(REPORTED_LABEL) and "\u201c" not in mixed and '"margins of society"' in mixed
    assert shown_quote("x" * 50, "direct", width=10) == "\u201c" + "x" * 9 + "\u2026\u201d"


def test_altered_only_on_words_in_marks():
    assert altered_words((MIXED.format("is"), "partial"), (MIXED.format("was"), "partial")) == []
    assert altered_words((REPORTED.format("will"), "indirect"), (REPORTED.format("would"), "indirect")) == []
    changed = MIXED.format("is").replace("margins", "edges")
    assert altered_words((MIXED.format("is"), "partial"), (changed, "partial")) == ["margins -> edges"]
    full = "We will build the new bridge over the river before winter"
    assert altered_words((full, "direct"), (full.replace("bridge", "tunnel"), "direct")) == ["bridge -> tunnel"]


def _store(tmp_path):
    records = [
        {
            "id": f"a{i}",
            "url": f"https://site{i}.example/{i}",
            "date": f"2020-01-0{i}",
            "text": f"The council met on day {i}.\n\nMinister Anna Berg said {MIXED.format(verb)}.\n\n"
            f"Minister Anna Berg said that {REPORTED.format(modal)}.",
        }
        for i, (verb, modal) in enumerate([("is", "will"), ("was", "would")], start=1)
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "v.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


def test_paraphrase_clusters_are_not_altered_and_every_interface_labels_reported_speech(tmp_path):
    db = _store(tmp_path)
    conn = connect(db, readonly=True)
    rows = query.search(conn, "risk OR taxes", limit=10)
    kinds = {r["kind"] for r in rows}
    assert kinds == {"partial", "indirect"}, rows
    assert conn.execute("SELECT count(*) FROM quotes WHERE altered = 1").fetchone()[0] == 0
    assert all(r["shown"].startswith(REPORTED_LABEL) for r in rows)  # the field the API and web pages show
    runner = CliRunner()
    out = runner.invoke(main, ["search", "risk OR taxes", "--db", db]).output
    assert REPORTED_LABEL.strip() in out and "\u201cthe council" not in out and "\u201cthere" not in out
    cluster_id = rows[0]["cluster_id"]
    out = runner.invoke(main, ["cluster", str(cluster_id), "--db", db]).output
    assert "ALTERED" not in out and "\u201cthe council" not in out and "\u201cthere" not in out
