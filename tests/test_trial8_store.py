"""Trial 8's store and interface findings: corrections imported from a file are checked record by
record (H3), a name shared by a person and an organisation means the person (H2). Articles are the
interface tests' own short ones (ux_corpus), never news text."""

import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from onrecord.corpus import edits, ingest
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main
from ux_corpus import write_jsonl


def cli(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env or {"COLUMNS": "80"})


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "t8.db")
    ingest([str(write_jsonl(tmp_path / "in.jsonl"))], path, workers=1, progress=False)
    return path


def _people(db):
    with sqlite3.connect(db) as conn:
        return {k: n for k, n in conn.execute("SELECT key, name FROM people")}


def test_h3_import_refuses_unknown_people_and_bad_shapes_line_by_line_and_keeps_the_rest(db, tmp_path):
    good = {"action": "merge", "target": "person:tom parata", "value": "person:lee parata"}
    lines = [
        json.dumps({"action": "merge", "target": "person:zz top", "value": "person:nobody"}),
        "",
        json.dumps(good),
        json.dumps({"action": "kind", "target": "person:anna berg", "value": "organisation:anna berg"}),
        json.dumps(["not", "a", "record"]),
    ]
    path = tmp_path / "corr.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("correct", "import", path, "--db", db)
    errors = r.stderr.strip().splitlines()
    assert r.exit_code == 2 and len(errors) == 3, r.output
    assert all(e.startswith("onrecord: [E030] ") and "corr.jsonl, line " in e for e in errors)
    assert [e.split("line ")[1].split(":")[0] for e in errors] == ["1", "4", "5"]
    assert "person:zz top" in errors[0] and "1 correction(s) added" in r.stdout
    assert "person:tom parata" not in _people(db)  # the good record was applied
    listed = cli("correct", "list", "--db", db)
    assert listed.exit_code == 0 and "merged Tom Parata into Lee Parata" in listed.output
    again = cli("correct", "import", path, "--db", db)
    assert "0 correction(s) added, 1 already here, 3 refused" in again.stdout


def test_h3_correct_list_never_raises_on_a_stored_record_without_its_details(db):
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO corrections(action, target, value, detail) VALUES ('merge', 'a:x', 'b:y', '{}')")
        conn.execute("INSERT INTO corrections(action, target, value, detail) VALUES ('kind', 'a:x', 'b:y', '[]')")
    r = cli("correct", "list", "--db", db)
    assert r.exit_code == 0 and "Traceback" not in r.output and "merged a:x into b:y" in r.output


def test_h3_library_import_reports_what_it_refused(db):
    conn = connect(db, create=False)
    report = edits.import_corrections(
        conn, [{"action": "name", "target": "person:nobody", "value": "person:x", "detail": {}}], source="f.jsonl"
    )
    assert report.added == 0 and [e.code for e in report.refused] == ["E030"]
    assert "f.jsonl, line 1" in str(report.refused[0]) and edits.corrections(conn) == []


def _organisation_namesake(db, name):
    """Give the store an organisation with a person's name and one quote, as extraction sometimes does."""
    with sqlite3.connect(db) as conn:
        qid = conn.execute("SELECT id FROM quotes WHERE speaker_name = 'Lee Parata'").fetchone()[0]
        oid = conn.execute(
            "INSERT INTO people(key, name, kind, quote_count) VALUES (?, ?, 'organisation', 1)",
            (f"organisation:{name.lower()}", name),
        ).lastrowid
        conn.execute("UPDATE quotes SET person_id = ? WHERE id = ?", (oid, qid))
        conn.execute("UPDATE people SET quote_count = quote_count - 1 WHERE key = 'person:anna berg'")
    return oid


def test_h2_a_name_shared_with_an_organisation_means_the_person(db):
    oid = _organisation_namesake(db, "Anna Berg")
    shown = json.loads(cli("person", "Anna Berg", "--db", db, "--format", "json").stdout)
    assert shown["kind"] == "person" and shown["id"] != oid
    assert any(r["id"] == oid and r["kind"] == "organisation" for r in shown["fuller_names"])
    r = cli("correct", "merge", "Tom Parata", "Anna Berg", "--db", db)
    assert r.exit_code == 0 and "(person " in r.stdout and f"{oid} Anna Berg (organisation" in r.stderr
    (c,) = json.loads(cli("correct", "list", "--db", db, "--format", "json").stdout)
    assert c["value"] == "person:anna berg"  # replayed on ingest and carried by export as the person
    assert "organisation:anna berg" in _people(db)  # the organisation is untouched, reachable by id
    assert json.loads(cli("person", oid, "--db", db, "--format", "json").stdout)["kind"] == "organisation"


def test_h2_a_part_of_a_name_lists_each_candidate_with_its_kind(db):
    _organisation_namesake(db, "Parata Holdings")
    r = cli("person", "Parata", "--db", db)
    assert r.exit_code == 2 and "[E032]" in r.stderr and "(organisation, quotes: 1)" in r.stderr
    assert "(person, quotes: " in r.stderr


LONG = (
    "Harbour plan approved\n\n"
    + "The council met on Monday to vote on the harbour. " * 8
    + '"We will rebuild the harbour wall this year," said Mara Voss, the council leader.\n'
)


def test_h5_a_file_rejected_for_its_encoding_is_read_again_with_the_fixed_one(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes('Caf\u00e9 closes\n\n"We are closing the caf\u00e9," said Ana Ruiz.\n'.encode("cp1252"))
    db = str(tmp_path / "enc.db")
    first = ingest([str(path)], db, workers=1, progress=False, encoding="utf-8")
    assert first.total_stored == 0 and sum(first.rejected.values()) == 1
    again = ingest([str(path)], db, workers=1, progress=False, encoding="cp1252")
    assert again.total_stored == 1


def test_h5_a_file_stored_with_other_reading_options_is_reported_each_time_never_silently(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")
    db = str(tmp_path / "cut.db")
    assert ingest([str(path)], db, workers=1, progress=False, max_chars=300).total_stored == 1
    for _ in range(2):
        r = ingest([str(path)], db, workers=1, progress=False)
        notes = [p for p in r.problems if "other options" in p.message]
        assert r.total_stored == 0 and sum(r.skipped.values()) == 1 and len(notes) == 1
        assert "--max-chars 300" in notes[0].message and not notes[0].fatal
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # no second copy
    same = ingest([str(path)], db, workers=1, progress=False, max_chars=300)
    assert sum(same.skipped.values()) == 1 and not same.problems  # the reading it was stored with: quiet


def test_h1_tables_show_dates_as_dates_and_never_cut_ids_or_drop_names(tmp_path):
    records = [
        {
            "id": f"t{i}",
            "date": f"2026-06-{10 + i}T16:34:54.488000+00:00",
            "url": f"https://example.org/harbour-{i}",
            "text": f'The harbour vote was close.\n\n"We will rebuild the wall number {i}," said Mara Voss-Lindqvist.',
        }
        for i in range(3)
    ]
    db = str(tmp_path / "dated.db")
    ingest([str(write_jsonl(tmp_path / "dated.jsonl", records))], db, workers=1, progress=False)
    rows = json.loads(cli("people", "--db", db, "--format", "json").stdout)
    for width in ("80", "100"):
        r = cli("people", "--db", db, env={"COLUMNS": width})
        assert r.exit_code == 0 and all(len(line.rstrip()) <= int(width) for line in r.output.splitlines())
        assert "name" in r.output and "16:34" not in r.output and "2026-06-10" in r.output
        for row in rows:
            assert any(line.split()[:1] == [str(row["id"])] for line in r.output.splitlines())
            assert "Voss-Lindqvist" in r.output
    found = cli("search", "wall", "--db", db, env={"COLUMNS": "80"})
    assert "2026-06-12 " in found.output and "16:34" not in found.output
    assert "16:34:54" in json.loads(cli("search", "wall", "--db", db, "--format", "json").stdout)[0]["date"]


def test_m4_csv_cells_that_start_as_a_formula_are_neutralised_only_in_csv(tmp_path):
    import csv

    text = 'The board met on Friday.\n\nMary Jones said: "=SUM(A1:A9) is what we want from the budget."\n'
    db = str(tmp_path / "inj.db")
    ingest([str(write_jsonl(tmp_path / "inj.jsonl", [{"id": "i1", "text": text}]))], db, workers=1, progress=False)
    out = tmp_path / "out.csv"
    assert cli("export", "--format", "csv", "--db", db, "-o", out).exit_code == 0
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["text"].startswith("'=SUM(A1:A9)")
    (found,) = list(csv.DictReader(io.StringIO(cli("search", "budget", "--db", db, "--format", "csv").stdout)))
    assert found["text"].startswith("'=SUM(")
    (as_json,) = json.loads(cli("search", "budget", "--db", db, "--format", "json").stdout)
    assert as_json["text"].startswith("=SUM(")  # only CSV is changed


def test_m1_a_headline_ending_in_a_scare_quote_is_a_headline_and_copies_dedupe(tmp_path):
    from onrecord.io.records import headline_of

    body = (
        "The firm is to replace two million chargers after reports of small fires.\n\n"
        'The company said the move was a "precaution" and that nobody was hurt, Lena Moss said.\n'
    )
    assert headline_of("Charger recall 'fire fear'\n\n" + body) == "Charger recall 'fire fear'"
    assert headline_of("Charger recall \u2018fire fear\u2019\n\n" + body) == "Charger recall \u2018fire fear\u2019"
    assert headline_of("He said it was 'done.'\n\n" + body) is None  # a sentence, whatever mark closes it
    assert headline_of("\u201cWe will win the league\u201d\n\n" + body) is None  # one quotation: a paragraph
    (tmp_path / "recall.txt").write_text("Charger recall 'fire fear'\n\n" + body, encoding="utf-8")
    write_jsonl(tmp_path / "recall.jsonl", [{"id": "r1", "title": "Charger recall 'fire fear'", "text": body}])
    db = str(tmp_path / "recall.db")
    r = ingest([str(tmp_path / "recall.jsonl"), str(tmp_path / "recall.txt")], db, workers=1, progress=False)
    assert r.total_stored == 1 and sum(r.skipped.values()) == 1


def test_l1_the_library_answers_bad_values_with_its_coded_error():
    import onrecord
    from onrecord import OnrecordError

    text = '"We will open the school in May," said Rita Holm.'
    for kwargs, code in (
        ({"min_confidence": "0.5"}, "E030"),
        ({"min_confidence": True}, "E030"),
        ({"title": 123}, "E030"),
        ({"id": ["x"]}, "E030"),
    ):
        with pytest.raises(OnrecordError) as err:
            onrecord.extract(text, **kwargs)
        assert err.value.code == code, kwargs
    with pytest.raises(OnrecordError) as err:
        onrecord.extract("  \n")
    assert err.value.code == "E002"  # as `onrecord extract` and POST /api/extract answer an empty text
    assert onrecord.extract(text, min_confidence=0.5).quotes  # numbers still work


def _client(db):
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    return TestClient(create_app(db, extract_processes=1))


def test_l9_the_search_page_refuses_a_parameter_it_does_not_take(db):
    client = _client(db)
    r = client.get("/search", params={"q": "bridge", "limit": "abc"})
    assert r.status_code == 422 and "[E030]" in r.text and "limit" in r.text
    assert client.get("/search", params={"q": "bridge", "page": "1"}).status_code == 200


def test_m6_the_analyse_page_reads_windows_1252_and_gzip_uploads_as_the_cli_does(db):
    import gzip

    client = _client(db)
    article = 'Caf\u00e9 owners protest\n\n"We will not close the caf\u00e9," said Rosa Lind.\n'
    r = client.post("/analyse", files={"upload": ("cafe.txt", article.encode("cp1252"), "text/plain")})
    assert r.status_code == 200 and "Rosa Lind" in r.text and "E049" in r.text and "caf\u00e9" in r.text
    packed = gzip.compress(article.encode("utf-8"))
    r = client.post("/analyse", files={"upload": ("cafe.txt.gz", packed, "application/gzip")})
    assert r.status_code == 200 and "Rosa Lind" in r.text and "E049" not in r.text
    r = client.post("/analyse", files={"upload": ("bad.txt.gz", packed[:20], "application/gzip")})
    assert r.status_code == 400 and "[E017]" in r.text


def test_m7_a_person_page_shows_one_page_of_quotes_with_links_to_the_others(tmp_path):
    from onrecord.interfaces.web.pages import PAGE_SIZE

    records = [
        {"id": f"n{i}", "date": f"2021-{1 + i % 12:02d}-01", "url": f"https://example.org/n{i}",
         "text": f'The depot reopened.\n\n"Route {i} runs again from Monday," said Ivo Brandt.'}
        for i in range(PAGE_SIZE + 5)
    ]  # fmt: skip
    db = str(tmp_path / "many.db")
    ingest([str(write_jsonl(tmp_path / "many.jsonl", records))], db, workers=1, progress=False)
    pid = json.loads(cli("person", "Ivo Brandt", "--db", db, "--format", "json").stdout)["id"]
    client = _client(db)
    first, second = client.get(f"/people/{pid}"), client.get(f"/people/{pid}?page=2")
    assert first.status_code == second.status_code == 200
    assert first.text.count("/quotes/") == PAGE_SIZE and second.text.count("/quotes/") == 5
    assert "next page" in first.text and "previous page" in second.text and f"of {PAGE_SIZE + 5}" in first.text


def test_l10_a_title_that_is_not_text_is_dropped_with_a_coded_warning(tmp_path):
    from onrecord.io.readers import Problem, read_path

    path = write_jsonl(
        tmp_path / "types.jsonl",
        [{"id": "a", "title": ["Budget day"], "text": '"We will cut taxes," said Omar Sahin.'}],
    )
    items = list(read_path(path))
    (article,) = [i for i in items if not isinstance(i, Problem)]
    (warning,) = [i for i in items if isinstance(i, Problem)]
    assert article.title is None and warning.code == "E030" and not warning.fatal
    assert "'title' is a JSON array" in warning.message and "types.jsonl, line 1" in warning.message


def test_l6_serve_on_a_busy_port_says_so_in_one_line():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = cli("serve", "--port", port)
    assert r.exit_code == 2 and "Traceback" not in r.output
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("onrecord: [E030] --port:") and f"127.0.0.1:{port}" in line
