"""``ingest --replace`` (trial 8, H5): an article changed since it was stored (an edited page, another
--encoding or --max-chars) replaces its stored copy and quotations in one transaction; without the
option it is skipped as stored. Short articles written for these tests, never news text."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.store import Store, connect
from onrecord.errors import OnrecordError
from onrecord.interfaces.cli import main

URL = "https://example.org/harbour-vote"
FIRST = (
    "Harbour vote delayed\n\n"
    'The council put off its vote on the harbour wall. "We need another month to read the survey," '
    "said Mara Voss, the council leader.\n"
)
EDITED = (
    "Harbour vote delayed\n\n"
    'The council put off its vote on the harbour wall. "The survey came in late and we will vote in June," '
    "said Tomas Brenner, the harbour master.\n"
)
OTHER = 'Ferry fares rise\n\n"Fares go up by a tenth from May," said Mara Voss, the council leader, on Friday.\n'


def _jsonl(path, text, url=URL, rid="harbour-1"):
    path.write_text(json.dumps({"id": rid, "url": url, "text": text}) + "\n", encoding="utf-8")
    return str(path)


def _rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _quote_texts(db):
    return sorted(r[0] for r in _rows(db, "SELECT text FROM quotes"))


def _run(paths, db, **options):
    return ingest(paths, db, workers=1, progress=False, **options)


def _consistent(db):
    """The store's derived rows agree with its quotes after a replacement."""
    counts = dict(_rows(db, "SELECT person_id, count(*) FROM quotes WHERE person_id IS NOT NULL GROUP BY 1"))
    for pid, stored in _rows(db, "SELECT id, quote_count FROM people"):
        assert stored == counts.get(pid, 0)
    for cid, count in _rows(db, "SELECT id, count FROM clusters"):
        assert count == _rows(db, f"SELECT count(*) FROM quotes WHERE cluster_id = {cid}")[0][0] >= 1
    assert not _rows(db, "SELECT 1 FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)")
    assert not _rows(db, "SELECT 1 FROM shingles WHERE quote_id NOT IN (SELECT id FROM quotes)")
    assert not _rows(
        db, "SELECT 1 FROM people p WHERE NOT EXISTS (SELECT 1 FROM article_people a WHERE a.person_id = p.id)"
    )


def test_a_changed_page_is_skipped_by_default_and_replaced_with_replace(tmp_path):
    db = str(tmp_path / "r.db")
    src = tmp_path / "feed.jsonl"
    _run([_jsonl(src, FIRST), _jsonl(tmp_path / "other.jsonl", OTHER, "https://example.org/fares", "f")], db)
    before = _quote_texts(db)
    assert any("another month" in q for q in before)
    _jsonl(src, EDITED)
    plain = _run([str(src)], db)
    assert plain.total_stored == 0 and sum(plain.skipped.values()) == 1 and _quote_texts(db) == before
    again = _run([str(src)], db, replace=True)
    assert again.total_stored == 1 and sum(again.replaced.values()) == 1
    quotes = _quote_texts(db)
    assert not any("another month" in q for q in quotes) and any("vote in June" in q for q in quotes)
    assert any("Fares go up" in q for q in quotes)  # the other article is untouched
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 2
    with connect(db, readonly=True) as conn:  # the search index forgot the old words, knows the new
        assert not query.search(conn, "survey month")
        assert query.search(conn, "June")
    people = {r[0]: r[1] for r in _rows(db, "SELECT name, quote_count FROM people WHERE name IS NOT NULL")}
    assert people.get("Tomas Brenner") == 1 and people.get("Mara Voss") == 1  # her other quotation is kept
    _consistent(db)
    unchanged = _run([str(src)], db, replace=True)  # the same text again: skipped, nothing replaced
    assert unchanged.total_stored == 0 and not sum(unchanged.replaced.values())


def test_replace_stores_a_file_read_again_with_other_options_instead_of_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(FIRST + "The wall was built in 1890 and has been mended twice since then. " * 6, encoding="utf-8")
    db = str(tmp_path / "cut.db")
    assert _run([str(path)], db, max_chars=120).total_stored == 1
    r = _run([str(path)], db, replace=True)
    assert r.total_stored == 1 and sum(r.replaced.values()) == 1
    assert not [p for p in r.problems if "other options" in p.message]
    ((length,),) = _rows(db, "SELECT length(text) FROM articles")
    assert length == len(path.read_text(encoding="utf-8"))
    assert _run([str(path)], db).total_stored == 0  # read with today's options now: quiet and skipped
    _consistent(db)


def test_a_failed_replacement_leaves_the_old_copy_whole(tmp_path, monkeypatch):
    db = str(tmp_path / "atomic.db")
    src = tmp_path / "feed.jsonl"
    _run([_jsonl(src, FIRST)], db)
    before = (_quote_texts(db), _rows(db, "SELECT id, text_hash FROM articles"))

    def broken(self, *args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "write_article", broken)  # fails after the old copy was deleted
    _jsonl(src, EDITED)
    with pytest.raises(OnrecordError, match="E024"):
        _run([str(src)], db, replace=True)
    assert (_quote_texts(db), _rows(db, "SELECT id, text_hash FROM articles")) == before


def test_the_cli_documents_replace_and_refuses_it_with_dask(tmp_path):
    db = str(tmp_path / "c.db")
    src = tmp_path / "feed.jsonl"
    runner = CliRunner()
    assert "--replace" in runner.invoke(main, ["ingest", "--help"]).output
    assert runner.invoke(main, ["ingest", _jsonl(src, FIRST), "--db", db, "--no-progress"]).exit_code == 0
    _jsonl(src, EDITED)
    r = runner.invoke(main, ["ingest", str(src), "--db", db, "--no-progress", "--replace"])
    assert r.exit_code == 0 and "replaced: 1 article(s)" in r.output
    r = runner.invoke(main, ["ingest", str(src), "--db", db, "--engine", "dask", "--replace"])
    assert r.exit_code == 2 and "[E030]" in r.output and "--replace" in r.output
    assert "Traceback" not in r.output
    with pytest.raises(OnrecordError, match="E030"):
        ingest([str(src)], db, engine="dask", replace=True)


def test_a_replaced_version_of_a_quotation_leaves_its_cluster_to_the_other_versions(tmp_path):
    said = '"The harbour wall will be rebuilt before the winter storms arrive," said Mara Voss, the council leader.'
    first = tmp_path / "first.jsonl"
    _jsonl(first, "Harbour wall to be rebuilt\n\n" + said + "\n", "https://example.org/a", "a")
    second = _jsonl(tmp_path / "second.jsonl", "Wall plan agreed\n\n" + said + "\n", "https://example.net/b", "b")
    db = str(tmp_path / "clusters.db")
    _run([str(first), second], db)
    assert _rows(db, "SELECT max(count) FROM clusters")[0][0] == 2  # one quotation, two versions
    _jsonl(first, FIRST, "https://example.org/a", "a")  # the first page now quotes something else
    assert sum(_run([str(first)], db, replace=True).replaced.values()) == 1
    ((kept,),) = _rows(db, "SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.ext_id = 'b'")
    assert _rows(
        db, f"SELECT count, first_quote_id FROM clusters WHERE id = (SELECT cluster_id FROM quotes WHERE id = {kept})"
    ) == [(1, kept)]
    _consistent(db)


def test_an_article_the_time_budget_cut_is_extracted_again_with_replace(tmp_path, monkeypatch):
    """Trial 13 F3: articles cut by the time budget on a busy machine were stored without speakers, and
    `--replace` skipped them as unchanged. The first run's clock here reads past every deadline."""
    import itertools

    import onrecord.pipeline.state as state

    db = str(tmp_path / "t.db")
    src = _jsonl(tmp_path / "feed.jsonl", FIRST)
    with monkeypatch.context() as m:
        ticks = itertools.count(step=1000.0)
        m.setattr(state, "now", lambda: next(ticks))  # each look at the clock is 1,000 s later: past any deadline
        first = _run([src], db)
    assert first.total_stored == 1 and any("time budget" in p.message for p in first.problems)
    assert _rows(db, "SELECT speaker_name FROM quotes") == [(None,)]
    assert _run([src], db).total_stored == 0  # without --replace a stored article stays as it is
    again = _run([src], db, replace=True)
    assert again.total_stored == 1 and not [p for p in again.problems if "time budget" in p.message]
    assert _rows(db, "SELECT speaker_name FROM quotes") == [("Mara Voss",)]
    assert _rows(db, "SELECT count(*) FROM articles") == [(1,)] and not _rows(db, "SELECT * FROM cut_articles")
    _consistent(db)
    assert _run([src], db, replace=True).total_stored == 0  # whole now: skipped like any stored article
