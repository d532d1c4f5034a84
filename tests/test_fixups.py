"""Faults a first user reported: damaged WARC files, unchecked dates, the cut-length warning, small
API and library faults, and a README query that began with a dash. Inputs are written here."""

import json
import re

import pytest
from click.testing import CliRunner

from onrecord.corpus import ingest
from onrecord.errors import OnrecordError
from onrecord.interfaces.cli import main
from onrecord.io.readers import Problem, read_path

STORY = 'The council met on Monday.\n\n"We will open the new library next spring," said Mara Quell, the mayor.\n'


def cli(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def problems(path, **kw):
    return [p for p in read_path(str(path), **kw) if isinstance(p, Problem)]


# -- 1. a damaged WARC is one line, and the other inputs are still read --------------------------------

NO_URI = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc"
CUT_BODY = (
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example/a\r\nContent-Length: 99999\r\n\r\nabc"
)


@pytest.mark.parametrize("data", [NO_URI, CUT_BODY], ids=["no target URI", "truncated body"])
def test_damaged_warc_is_one_line_naming_the_file(tmp_path, data):
    path = tmp_path / "broken.warc"
    path.write_bytes(data)
    found = problems(path)
    assert len(found) == 1 and found[0].fatal
    assert "[E017]" in found[0].message and str(path) in found[0].message
    result = cli("extract", path)
    assert result.exit_code != 0 and not isinstance(result.exception, AttributeError)
    assert "Traceback" not in result.output and "[E017]" in result.output and "broken.warc" in result.output


def test_ingest_reads_the_other_inputs_when_a_warc_is_damaged(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.warc").write_bytes(NO_URI)
    (folder / "cut.warc").write_bytes(CUT_BODY)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "s.db"
    result = cli("ingest", folder, "--db", db, "--workers", "1", "--no-progress")
    assert result.exit_code == 0, result.output
    assert "quotes stored: 1" in result.output
    logged = [json.loads(line) for line in (tmp_path / "s.db.errors.jsonl").read_text().splitlines()]
    assert sorted(e["input"].rsplit("/", 1)[-1] for e in logged) == ["broken.warc", "cut.warc"]
    assert all("[E017]" in e["message"] for e in logged)


# -- 2. dates are checked ------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["garbage", "2020-13-45", "not-a-date"])
def test_library_refuses_a_date_that_is_not_iso_8601(bad):
    import onrecord

    with pytest.raises(OnrecordError) as err:
        onrecord.extract(STORY, date=bad)
    assert err.value.code == "E037" and err.value.category == "bad_input" and bad in str(err.value)


@pytest.mark.parametrize("good", ["2020-02-29", "2020-02-29T10:30:00Z", "2020-02", "2020"])
def test_library_takes_iso_8601_dates(good):
    import onrecord

    assert onrecord.extract(STORY, date=good).to_dict()["date"] == good


def test_jsonl_record_with_a_bad_date_is_kept_without_it_and_reported(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "date": "not-a-date", "text": STORY}) + "\n", encoding="utf-8")
    items = list(read_path(str(path)))
    warnings = [p for p in items if isinstance(p, Problem)]
    articles = [a for a in items if not isinstance(a, Problem)]
    assert len(articles) == 1 and articles[0].date is None
    assert len(warnings) == 1 and not warnings[0].fatal and warnings[0].record == "line 1"
    assert "[E037]" in warnings[0].message and "line 1" in warnings[0].message
    db = tmp_path / "s.db"
    ingest([str(path)], str(db), workers=1, progress=False)
    assert "Mara Quell" not in cli("search", "library", "--db", db, "--since", "2000").output


# -- 3. the cut warning tells the true length, or that it is a lower bound -----------------------------


def test_max_chars_warning_tells_the_real_length_when_the_reader_stopped_early(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 100_000, encoding="utf-8")  # 500,000 characters; 4*1,000+4 bytes are read
    [warning] = problems(path, max_chars=1_000)  # the rest is counted, not kept (trial 4, F20)
    assert "the article is 500000 characters long" in warning.message and "at least" not in warning.message
    small = tmp_path / "small.txt"
    small.write_text("word " * 300, encoding="utf-8")
    [warning] = problems(small, max_chars=1_000)
    assert "the article is 1500 characters long" in warning.message


# -- 4. small library and API faults -------------------------------------------------------------------


def test_kinds_as_one_string_is_one_kind():
    import onrecord

    quotes = onrecord.extract(STORY, kinds="direct").quotes
    assert quotes and {q.kind for q in quotes} == {"direct"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    tmp = tmp_path_factory.mktemp("web")
    path = tmp / "in.jsonl"
    towns = ["Arden", "Belmont", "Corran", "Dunmore"]
    texts = [STORY.replace("the new library", f"the new library in {town}") for town in towns]
    lines = [json.dumps({"id": f"a{i}", "date": f"2021-01-{i + 1:02d}", "text": t}) for i, t in enumerate(texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp / "web.db")
    ingest([str(path)], db, workers=1, progress=False)
    with TestClient(create_app(db, max_body=64 * 1024)) as client:
        yield client


def test_api_quotes_limit_is_obeyed(client):
    data = client.get("/api/quotes", params={"q": "library", "limit": 2}).json()
    assert len(data["results"]) == 2 and data["page_size"] == 2
    assert len(client.get("/api/quotes", params={"q": "library"}).json()["results"]) == 4
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422


def test_api_extract_errors_carry_a_code(client):
    empty = client.post("/api/extract", json={"text": "   "})
    assert empty.status_code == 422 and re.search(r"\[E0\d\d\]", empty.json()["detail"])
    dated = client.post("/api/extract", json={"text": STORY, "date": "garbage"})
    assert dated.status_code == 422 and "[E037]" in dated.json()["detail"]


def test_api_correction_with_an_unknown_field_names_it(client):
    r = client.post("/api/corrections", json={"action": "speaker", "quote_id": 1, "name": "Mara Quell"})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail.startswith("[E030]") and "unknown field(s) quote_id" in detail and "quote" in detail


def test_watch_add_says_when_no_stored_person_matches(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": STORY}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([str(path)], str(db), workers=1, progress=False)
    nobody = cli("watch", "add", "--speaker", "Nobody Atall", "--db", db)
    assert nobody.exit_code == 0 and "saved" in nobody.output and "no stored person matches" in nobody.output
    known = cli("watch", "add", "--speaker", "Quell", "--db", db)
    assert known.exit_code == 0 and "no stored person" not in known.output
    saved = json.loads(cli("watch", "list", "--db", db, "--format", "json").output)
    assert [w["speaker"] for w in saved] == ["Nobody Atall", "Quell"]


# -- 5. the README's query that begins with a dash -----------------------------------------------------


def test_readme_query_beginning_with_a_dash_runs(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "onrecord search --db news.db -- '-oil energy'" in readme  # options before the --, as click needs
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": STORY}) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([str(path)], str(db), workers=1, progress=False)
    result = cli("search", "--db", db, "--", "-oil library")
    assert result.exit_code == 0 and "No such option" not in result.output and "Quell" in result.output
