"""What a journalist meets first (issue 13): terminal tables, one-line errors, identifiers, help,
search features, corrections and saved searches; the library, CLI and HTTP mirror each other."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import SEED
from onrecord.corpus import ingest
from onrecord.interfaces.cli import main
from ux_corpus import ARTICLES, write_jsonl

NARROW = {"COLUMNS": "80"}


def cli(*args, env=None, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env or NARROW, input=input)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "ux.db")
    ingest([str(write_jsonl(tmp_path / "in.jsonl"))], path, workers=1, progress=False)
    return path


def _lines_fit(output, width=80):
    return all(len(line.rstrip()) <= width for line in output.splitlines())


def test_extract_table_at_80_columns_shows_full_speaker_names():
    r = cli("extract", SEED)
    assert r.exit_code == 0 and _lines_fit(r.output)
    rows = [line for line in r.output.splitlines() if line.strip()[:2].strip().isdigit()]
    assert sum("Chrissy Teigen" in line for line in rows) == 8 and sum("John Legend" in line for line in rows) == 1


def test_search_table_at_80_columns_shows_text_speaker_date_outlet_title(db):
    r = cli("search", "bridge", "--db", db)
    assert r.exit_code == 0 and _lines_fit(r.output)
    assert "We will build the bridge" in r.output and "Anna Berg" in r.output and "2021-01-05" in r.output
    assert "The Guardian" in r.output and "theguardian.com/city" in r.output
    assert (
        "Bridge plan approved after long" in r.output and "Jane Smith" not in r.output
    )  # byline kept out of the title


def test_search_rows_carry_context_title_link_and_outlet_name(db):
    rows = json.loads(cli("search", "bridge", "--db", db, "--format", "json").output)
    first = next(r for r in rows if r["date"] == "2021-01-05")
    assert first["context"].startswith('"We will build') and first["context"].endswith("mayor.")
    assert first["url"].startswith("https://www.theguardian.com/") and first["outlet_name"] == "The Guardian"
    assert first["title"] == "Bridge plan approved after long debate"
    bbc = next(r for r in rows if r["date"] == "2021-03-09")
    assert bbc["outlet_name"] == "BBC" and bbc["title"] == "Work starts on the new bridge"


def test_no_match_and_bad_filters_are_one_line_errors(db):
    r = cli("search", "zebra", "--db", db)
    assert r.exit_code == 0 and "no quotes match 'zebra'" in r.stderr
    for args, words in [
        (["--since", "2025-13-45"], "--since"),
        (["--until", "yesterday"], "--until"),
        (["--medium", "foo"], "--medium"),
        (["--kind", "foo"], "--kind"),
        (["--min-confidence", "3"], "--min-confidence"),
    ]:
        r = cli("search", "--db", db, *args)
        assert r.exit_code == 2, args
        assert len(r.stderr.strip().splitlines()) == 1 and words in r.stderr and "Traceback" not in r.output


def test_empty_results_say_so(db, tmp_path):
    r = cli("person", "Lee Parata", "--db", db, "--min-confidence", "1")
    assert r.exit_code == 0 and "no quotes by Lee Parata with confidence 1.0 or more" in r.stderr
    empty = str(tmp_path / "empty.db")
    ingest(
        [str(write_jsonl(tmp_path / "none.jsonl", [{"id": "x", "text": "Nobody spoke today at all."}]))],
        empty,
        workers=1,
        progress=False,
    )
    assert "nobody named in the store yet" in cli("people", "--db", empty).stderr
    cli("watch", "add", "zebra", "--db", db)
    assert "nothing matches watch 1 yet" in cli("watch", "show", 1, "--db", db).stderr


def test_phrase_and_boolean_search_never_leak_fts_syntax_errors(db):
    def ids(q):
        r = cli("search", q, "--db", db, "--format", "json")
        return r, (json.loads(r.stdout) if r.stdout.strip() else [])

    _, both = ids("bridge")
    _, phrase = ids('"build the bridge"')
    _, either = ids("tunnel OR river")
    _, minus = ids("bridge -spring")
    assert len(both) == 2 and len(phrase) == 1 and len(either) == 2 and len(minus) == 1
    for bad in ['bridge") OR ("1', "NOT", "AND OR", "(((", '"', "-bridge"]:
        r, _ = ids(bad)
        assert r.exit_code in (0, 2) and "Traceback" not in r.output and "fts5" not in r.output.lower()


def test_quote_and_cluster_ids_are_consistent_and_explained(db):
    rows = json.loads(cli("search", "tunnel", "--db", db, "--format", "json").stdout)
    qid, cid = rows[0]["quote_id"], rows[0]["cluster_id"]
    r = cli("quote", qid, "--db", db)
    assert f"quote {qid}" in r.output and f"cluster {cid}" in r.output and f"onrecord cluster {cid}" in r.output
    by_cluster = json.loads(cli("cluster", cid, "--db", db, "--format", "json").stdout)
    assert [v["quote_id"] for v in by_cluster["variants"]] == [
        v["quote_id"] for v in json.loads(cli("quote", qid, "--db", db, "--format", "json").stdout)["variants"]
    ]
    table = list(csv.DictReader(io.StringIO(cli("quote", qid, "--db", db, "--format", "csv").stdout)))
    assert table[0]["quote_id"] == str(qid) and table[0]["text"]
    assert cli("quote", 9999, "--db", db).exit_code == 1


def test_person_with_several_matches_lists_them(db):
    r = cli("person", "parata", "--db", db)
    assert r.exit_code == 2
    assert (
        all(n in r.stderr for n in ("Tom Parata", "Lee Parata", "Mere Parata"))
        and len(r.stderr.strip().splitlines()) == 1
    )
    r = cli("person", "Lee Parata", "--db", db)
    assert r.exit_code == 0 and "river is rising" in r.output and "example.org/p2" in r.output


def test_help_documents_every_option():
    def commands(group, prefix=()):
        for name, command in group.commands.items():
            yield (*prefix, name), command
            if hasattr(command, "commands"):
                yield from commands(command, (*prefix, name))

    for path, command in commands(main):
        assert command.help, f"{' '.join(path)} has no help"
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert param.help, f"{' '.join(path)} {param.opts} has no help"
    text = cli("extract", "--help", env={"COLUMNS": "200"}).output
    for word in (".txt", ".jsonl", ".html", ".warc", ".gz", "directory", "-"):
        assert word in text


def test_export_has_speaker_role_context_and_confidence_filter(db):
    rows = [json.loads(line) for line in cli("export", "--db", db).stdout.splitlines()]
    assert {"speaker_role", "context", "outlet_name", "user_edit"} <= set(rows[0])
    scientists = next(r for r in rows if "ice is melting" in r["text"])
    assert scientists["speaker_role"] and "scientists" in scientists["speaker_role"]
    floor = sorted(r["confidence"] for r in rows)[len(rows) // 2]
    kept = [json.loads(line) for line in cli("export", "--db", db, "--min-confidence", floor).stdout.splitlines()]
    assert (
        kept
        and all(r["confidence"] >= floor for r in kept)
        and len(kept) < len(rows)
        or all(r["confidence"] == floor for r in rows)
    )


def test_corrections_merge_split_speaker_shown_and_reapplied_after_ingest(db, tmp_path):
    assert cli("correct", "merge", "Tom Parata", "Lee Parata", "--db", db, "--note", "same man").exit_code == 0
    lee = json.loads(cli("person", "Lee Parata", "--db", db, "--format", "json").stdout)
    assert len(lee["timeline"]) == 2 and all(q["user_edit"] for q in lee["timeline"] if "tunnel" in q["text"])
    assert lee["corrections"][0]["note"] == "same man"
    table = cli("person", "Lee Parata", "--db", db)
    assert table.exit_code == 0 and "user correction 1: merged Tom Parata into Lee Parata (same man)" in table.output
    assert "\u270e" in cli("search", "tunnel", "--db", db).output  # the table marks the edit
    # Someone else said the tunnel quote after all: split it off.
    tunnel = next(q["quote_id"] for q in lee["timeline"] if "tunnel" in q["text"])
    assert cli("correct", "split", "Lee Parata", "--quotes", tunnel, "--name", "Tama Parata", "--db", db).exit_code == 0
    assert json.loads(cli("search", "tunnel", "--db", db, "--format", "json").stdout)[0]["speaker"] == "Tama Parata"
    # Fix one speaker by hand.
    ice = json.loads(cli("search", "ice", "--db", db, "--format", "json").stdout)[0]["quote_id"]
    assert cli("correct", "speaker", ice, "Dr Ana Lopez", "--db", db).exit_code == 0
    assert cli("correct", "list", "--db", db, "--format", "json").exit_code == 0
    # A new article quoting the merged-away name: the merge holds for it after ingest.
    new = write_jsonl(
        tmp_path / "new.jsonl",
        [
            {
                "id": "n1",
                "date": "2021-06-01",
                "url": "https://example.org/n1",
                "text": 'The road reopened.\n\n"We are glad the road is open again," Tom Parata said.',
            }
        ],
    )
    report = ingest([str(new)], db, workers=1, progress=False)
    assert report.corrected == 1
    road = json.loads(cli("search", "road", "--db", db, "--format", "json").stdout)[0]
    assert road["speaker"] == "Lee Parata" and road["user_edit"]
    assert json.loads(cli("search", "ice", "--db", db, "--format", "json").stdout)[0]["speaker"] == "Dr Ana Lopez"
    # Unknown people and quotes are one-line errors.
    assert cli("correct", "merge", "Nobody Here", "Lee Parata", "--db", db).exit_code == 1
    assert cli("correct", "speaker", 9999, "X", "--db", db).exit_code == 1


def test_saved_searches_report_new_matches_at_ingest(db, tmp_path):
    r = cli("watch", "add", "bridge", "--speaker", "Anna Berg", "--db", db)
    assert r.exit_code == 0 and "watch 1" in r.output
    assert cli("watch", "add", "--db", db).exit_code == 2
    new = write_jsonl(
        tmp_path / "new.jsonl",
        [
            {
                "id": "n2",
                "date": "2021-07-01",
                "url": "https://example.org/n2",
                "text": 'Crowds came.\n\n"The bridge is finally open," Anna Berg said.',
            },
            {
                "id": "n3",
                "date": "2021-07-02",
                "url": "https://example.org/n3",
                "text": 'Traffic grew.\n\n"The bridge is too busy," Tom Parata said.',
            },
        ],
    )
    r = cli("ingest", new, "--db", db, "--workers", 1, "--no-progress")
    assert (
        r.exit_code == 0
        and "watch 1 'bridge' --speaker 'Anna Berg': 1 new match(es)" in r.output
        and "finally open" in r.output
    )
    again = cli("ingest", new, "--db", db, "--workers", 1, "--no-progress")
    assert "watch 1 'bridge' --speaker 'Anna Berg': 0 new match(es)" in again.output
    listed = json.loads(cli("watch", "list", "--db", db, "--format", "json").stdout)
    assert listed[0]["matches"] == 3
    shown = " ".join(cli("watch", "show", 1, "--db", db, env={"COLUMNS": "200"}).output.split())
    assert "finally open" in shown and "We will build" in shown
    assert cli("watch", "show", 7, "--db", db).exit_code == 1


def test_library_validates_its_inputs_and_reads_html_as_a_page():
    from onrecord import OnrecordError, extract

    with pytest.raises(OnrecordError) as exc:
        extract('"Hi," Ann said.', kinds=["bogus"])
    assert exc.value.code == "E030" and exc.value.category == "bad_input"
    body = "".join(f"<p>{p}</p>" for p in ARTICLES[1]["text"].split("\n\n"))
    more = "<p>The council said the work would take two years and cost more than planned, according to documents.</p>"
    page = (
        "<!doctype html><html><head><title>Bridge work</title></head><body><nav><a href='/x'>Home</a></nav>"
        f"<article>{body}{more}</article></body></html>"
    )
    ex = extract(page)
    data = ex.to_dict()
    assert data["format"] == "html" and "<p>" not in data["text"]
    assert {q["speaker"]["name"] for q in data["quotes"]} >= {"Anna Berg", "Tom Parata"}
    assert all(data["text"][q["start"] : q["end"]] == q["text"] for q in data["quotes"])
    with pytest.raises(OnrecordError) as exc:
        extract("<html><body><p>Menu</p><p>Login</p></body></html>")
    assert exc.value.code == "E033"


def test_cli_extract_of_an_html_page_includes_the_text_its_offsets_index(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in ARTICLES[1]["text"].split("\n\n"))
    page = tmp_path / "page.html"
    more = "More words about the works. " * 8
    page.write_text(
        f"<html><head><title>Bridge</title></head><body><article>{body}<p>{more}</p></article></body></html>"
    )
    data = json.loads(cli("extract", page, "--format", "json").stdout)
    assert data["quotes"] and all(data["text"][q["start"] : q["end"]] == q["text"] for q in data["quotes"])
    piped = json.loads(cli("extract", "-", "--format", "json", input=page.read_text()).stdout)
    assert piped["format"] == "html" and piped["text"] == data["text"]
    assert [(q["start"], q["text"]) for q in piped["quotes"]] == [(q["start"], q["text"]) for q in data["quotes"]]


def test_json_for_warc_input_includes_the_text_its_offsets_index(tmp_path):
    from test_readers import ARTICLE_HTML, _warc

    path = tmp_path / "c.warc.gz"
    path.write_bytes(_warc([("https://news.example/bridge", "200 OK", "text/html", ARTICLE_HTML.encode())]))
    data = json.loads(cli("extract", path, "--format", "jsonl").stdout)
    assert data["format"] == "warc" and "<p>" not in data["text"] and data["quotes"]
    assert all(data["text"][q["start"] : q["end"]] == q["text"] for q in data["quotes"])


def test_confidence_filter_in_the_library_and_the_cli():
    from onrecord import OnrecordError, extract

    text = SEED.read_text(encoding="utf-8")
    every = extract(text)
    floor = max(q.confidence for q in every.quotes)
    kept = extract(text, min_confidence=floor)
    assert kept.quotes and len(kept.quotes) < len(every.quotes) and all(q.confidence >= floor for q in kept.quotes)
    data = json.loads(cli("extract", SEED, "--format", "json", "--min-confidence", floor).stdout)
    assert [q["text"] for q in data["quotes"]] == [q.text for q in kept.quotes]
    with pytest.raises(OnrecordError):
        extract(text, min_confidence=2)
    r = cli("extract", SEED, "--min-confidence", "-1")
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1


def test_corrections_carry_over_to_a_store_rebuilt_from_the_same_inputs(db, tmp_path):
    ice = json.loads(cli("search", "ice", "--db", db, "--format", "json").stdout)[0]["quote_id"]
    cli("correct", "speaker", ice, "Dr Ana Lopez", "--db", db)
    cli("correct", "merge", "Tom Parata", "Lee Parata", "--db", db)
    edits = tmp_path / "edits.jsonl"
    assert cli("correct", "export", "--db", db, "-o", edits).exit_code == 0
    fresh = str(tmp_path / "fresh.db")
    ingest([str(write_jsonl(tmp_path / "again.jsonl"))], fresh, workers=1, progress=False)
    r = cli("correct", "import", edits, "--db", fresh)
    assert r.exit_code == 0 and "2 correction(s) added" in r.output
    assert "0 correction(s) added" in cli("correct", "import", edits, "--db", fresh).output
    assert json.loads(cli("search", "ice", "--db", fresh, "--format", "json").stdout)[0]["speaker"] == "Dr Ana Lopez"
    tunnel = json.loads(cli("search", "tunnel", "--db", fresh, "--format", "json").stdout)[0]
    assert tunnel["speaker"] == "Lee Parata" and tunnel["user_edit"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"action": "explode"}\n')
    r = cli("correct", "import", bad, "--db", fresh)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1


def test_api_correction_with_a_missing_field_is_refused_naming_it(db):
    # Trial 11 L3: {"action": "speaker", "quote": 1} was answered "'' matches 10+ people".
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    client = TestClient(create_app(db))
    for body, missing in (
        ({"action": "speaker", "quote": 1}, "name"),
        ({"action": "merge", "person": "1"}, "into"),
        ({"action": "split", "person": "1", "name": "Someone Else"}, "quotes"),
    ):
        r = client.post("/api/corrections", json=body)
        assert r.status_code == 422 and f"missing: {missing}" in r.json()["detail"], (body, r.text)
    assert client.get("/api/corrections").json() == []  # nothing was written
