"""Robustness of inputs, options and messages (the new-user trial's findings F1-F12).

Each test states one behaviour a user relies on: bad input gets one clear line naming the input and
the problem, never a traceback, never a silent drop; every option is checked.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import onrecord
from conftest import shared_path
from onrecord.corpus import ingest, query
from onrecord.errors import NotFound, OnrecordError
from onrecord.interfaces.cli import main
from onrecord.io.readers import Problem

ROOT = Path(__file__).resolve().parents[1]


def _fake_checkout(tmp_path: Path) -> Path:
    """A copy of scripts/setup.sh beside a fake .venv whose python only logs its arguments."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    fake = bin_dir / "python"
    fake.write_text('#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls.log"\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def test_f12_setup_without_an_argument_installs_the_package(tmp_path: Path) -> None:
    checkout = _fake_checkout(tmp_path)
    run = subprocess.run(["bash", str(checkout / "scripts" / "setup.sh")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    calls = (checkout / ".venv" / "bin" / "calls.log").read_text().splitlines()
    assert calls[-1] == "-m pip install -q -e ."


def test_f12_setup_with_an_extra_installs_it(tmp_path: Path) -> None:
    checkout = _fake_checkout(tmp_path)
    run = subprocess.run(["bash", str(checkout / "scripts" / "setup.sh"), "test"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    calls = (checkout / ".venv" / "bin" / "calls.log").read_text().splitlines()
    assert calls[-1] == "-m pip install -q -e .[test]"


# -- a small store shared by the option tests ----------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("robust")
    records = [
        {
            "id": f"r{i}",
            "url": f"https://news.example/r{i}",
            "date": "2021-03-0" + str(i + 1),
            "text": f'The council met on Monday.\n\n"The bridge {i} opens soon," Mayor Anna Berg said.',
        }
        for i in range(3)
    ]
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(folder / "s.db")
    report = ingest([str(path)], db, workers=1, progress=False)
    assert report.total_stored == 3
    return db


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _one_line_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# -- F2: --max-chars below 1 ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-5, -1, 0])
def test_f2_extract_refuses_a_max_chars_below_one(tmp_path: Path, value: int) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    result = _cli("extract", str(article), "--max-chars", str(value))
    assert result.exit_code == 2
    assert "--max-chars" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("value", [-5, 0])
def test_f2_ingest_refuses_a_max_chars_below_one_and_makes_no_store(tmp_path: Path, value: int) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    db = tmp_path / "t.db"
    result = _cli("ingest", str(article), "--db", str(db), "--max-chars", str(value))
    assert result.exit_code == 2 and "--max-chars" in result.output
    assert not db.exists()


@pytest.mark.parametrize("value", [-5, 0, 2.5, True])
def test_f2_the_library_refuses_a_bad_max_chars_naming_the_parameter(tmp_path: Path, value: object) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    with pytest.raises(OnrecordError) as err:
        onrecord.read(str(article), max_chars=value)  # type: ignore[arg-type]
    assert err.value.code == "E030" and str(err.value).startswith("[E030] max_chars:")
    db = tmp_path / "t.db"
    with pytest.raises(OnrecordError, match=r"\[E030\] max_chars:"):
        ingest([str(article)], str(db), max_chars=value, progress=False)  # type: ignore[arg-type]
    assert not db.exists()


def test_f2_a_max_chars_of_one_or_more_still_cuts(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe. ' * 10, encoding="utf-8")
    items = list(onrecord.read(str(article), max_chars=20))
    assert [len(a.text) for a in items if not isinstance(a, Problem)] == [20]
    assert any(isinstance(p, Problem) and p.code == "E010" for p in items)


# -- F3: serve ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("port", ["99999", "-1", "0", "http"])
def test_f3_serve_refuses_a_port_out_of_range(port: str) -> None:
    result = _cli("serve", "--port", port)
    assert result.exit_code == 2
    assert "--port" in result.output and "Traceback" not in result.output


def test_f3_serve_on_a_missing_store_says_so_and_does_not_start(tmp_path: Path) -> None:
    db = tmp_path / "nosuch.db"
    result = _cli("serve", "--db", str(db))
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and "[E038]" in line and str(db) in line and "onrecord ingest" in line
    assert not db.exists()


def test_f3_the_library_refuses_to_serve_a_missing_store(tmp_path: Path) -> None:
    from onrecord.interfaces.web.app import create_app

    with pytest.raises(NotFound, match=r"\[E038\]"):
        create_app(str(tmp_path / "nosuch.db"), extract_processes=1)


# -- F9: odd options -----------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--workers", "0"], ["--workers", "-3"], ["--batch-size", "0"]])
def test_f9_ingest_refuses_workers_or_batch_size_below_one(tmp_path: Path, args: list[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    db = tmp_path / "t.db"
    result = _cli("ingest", str(article), "--db", str(db), *args)
    assert result.exit_code == 2 and args[0] in result.output
    assert not db.exists()


@pytest.mark.parametrize("kw", [{"workers": 0}, {"workers": -3}, {"batch_size": 0}])
def test_f9_the_library_ingest_refuses_them_too(tmp_path: Path, kw: dict[str, int]) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    with pytest.raises(OnrecordError, match=rf"\[E030\] {next(iter(kw))}:"):
        ingest([str(article)], str(tmp_path / "t.db"), progress=False, **kw)


@pytest.mark.parametrize(
    "args",
    [
        ["search", "bridge", "--limit", "-1"],
        ["search", "bridge", "--limit", "0"],
        ["person", "Anna Berg", "--limit", "0"],
        ["people", "--top", "0"],
        ["watch", "show", "1", "--limit", "-1"],
        ["search", "bridge", "--min-confidence", "2"],
    ],
)
def test_f9_limits_below_one_are_refused(store: str, args: list[str]) -> None:
    result = _cli(*args, "--db", store)
    assert result.exit_code == 2
    assert args[-2] in result.output and "Traceback" not in result.output


def test_f9_the_library_search_refuses_a_limit_below_one(store: str) -> None:
    from onrecord.corpus.store import connect

    conn = connect(store, readonly=True)
    with pytest.raises(OnrecordError, match=r"\[E030\] limit:"):
        query.search(conn, "bridge", limit=-1)
    with pytest.raises(OnrecordError, match=r"\[E030\] offset:"):
        query.search(conn, "bridge", offset=-1)
    assert len(query.search(conn, "bridge", limit=2)) == 2


@pytest.mark.parametrize("text", ["", "   "])
def test_f9_an_empty_search_query_is_refused(store: str, text: str) -> None:
    result = _cli("search", text, "--db", store)
    assert result.exit_code == 2
    assert "[E034]" in result.output and "empty" in result.output
    assert "bridge" not in result.output  # nothing listed


def test_f9_no_query_at_all_still_lists_the_newest_quotes(store: str) -> None:
    result = _cli("search", "--db", store, "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True) and len(rows) == 3


def test_f9_the_library_and_the_api_refuse_an_empty_query_and_list_without_one(store: str) -> None:
    from fastapi.testclient import TestClient

    from onrecord.corpus.store import connect
    from onrecord.interfaces.web.app import create_app

    conn = connect(store, readonly=True)
    with pytest.raises(OnrecordError, match=r"\[E034\]"):
        query.search(conn, " ")
    assert len(query.search(conn)) == 3
    with TestClient(create_app(store, extract_processes=1)) as client:
        assert client.get("/api/quotes", params={"q": ""}).status_code == 422
        assert len(client.get("/api/quotes").json()["results"]) == 3


# -- F10: messages that name the right thing ------------------------------------------------------------


def test_f10_a_store_in_a_missing_folder_is_not_called_read_only(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"Hi," said Al Roe.\n', encoding="utf-8")
    db = tmp_path / "no" / "such" / "x.db"
    result = _cli("ingest", str(article), "--db", str(db))
    assert result.exit_code == 3
    assert "[E028]" in result.output and str(db.parent) in result.output and "read-only" not in result.output
    with pytest.raises(OnrecordError, match=r"\[E028\].*does not exist"):
        ingest([str(article)], str(db), progress=False)


@pytest.mark.parametrize(
    ("params", "name"),
    [({"min_confidence": "2"}, "min_confidence"), ({"since": "yesterday"}, "since"), ({"kind": "odd"}, "kind")],
)
def test_f10_api_errors_name_the_api_parameter_not_a_cli_flag(store: str, params: dict[str, str], name: str) -> None:
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    with TestClient(create_app(store, extract_processes=1)) as client:
        response = client.get("/api/quotes", params={"q": "bridge", **params})
    assert response.status_code == 422
    assert f"[E030] {name}:" in response.text and "--" not in response.text


@pytest.mark.parametrize(("args", "flag"), [(["--since", "yesterday"], "--since"), (["--kind", "odd"], "--kind")])
def test_f10_the_cli_names_its_own_flag_for_the_same_error(store: str, args: list[str], flag: str) -> None:
    result = _cli("search", "bridge", "--db", store, *args)
    assert result.exit_code == 2
    assert f"[E030] {flag}:" in result.output


def test_f10_the_library_names_its_parameter(store: str) -> None:
    with pytest.raises(OnrecordError, match=r"\[E030\] min_confidence:"):
        onrecord.extract('"Hi," said Al Roe.', min_confidence=2)


def test_f10_imported_corrections_keep_the_time_they_were_made(store: str, tmp_path: Path) -> None:
    from onrecord.corpus import edits
    from onrecord.corpus.store import connect

    first, second = tmp_path / "first.db", tmp_path / "second.db"
    shutil.copy(store, first)
    shutil.copy(store, second)
    conn = connect(str(first), create=False)
    edits.fix_speaker(conn, 1, "Bo Lind")
    (exported,) = edits.export_corrections(conn)
    exported["at"] = "2020-01-02 03:04:05"  # made long before this import
    other = connect(str(second), create=False)
    assert edits.import_corrections(other, [exported]).added == 1
    assert edits.corrections(other)[-1]["at"] == "2020-01-02 03:04:05"


def test_usage_errors_are_one_line() -> None:
    for args in (["search", "--limit", "x"], ["nosuchcommand"], ["extract"], ["watch", "show", "1", "--limit", "0"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, args
        assert len(result.output.strip().splitlines()) == 1 and "--help" in result.output, args


# -- F5: a date header that is not a date --------------------------------------------------------------


def test_f5_a_bad_date_header_is_dropped_with_one_line_and_the_article_kept(tmp_path: Path) -> None:
    article = tmp_path / "baddate.txt"
    article.write_text('date 2020-99-99\n"Hi," said Al Roe.\n', encoding="utf-8")
    items = list(onrecord.read(str(article)))
    problems = [p for p in items if isinstance(p, Problem)]
    (kept,) = [a for a in items if not isinstance(a, Problem)]
    assert kept.date is None and kept.text.startswith("date 2020-99-99")  # the text is untouched
    (problem,) = problems
    assert problem.code == "E037" and not problem.fatal and "baddate.txt" in problem.message
    assert "2020-99-99" in problem.message and "kept without its date" in problem.message


def test_f5_extract_prints_the_line_and_no_date(tmp_path: Path) -> None:
    article = tmp_path / "baddate.txt"
    article.write_text('date 2020-99-99\n"Hi," said Al Roe.\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--format", "jsonl"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["date"] is None
    assert result.stderr.count("[E037]") == 1


def test_f5_a_good_date_header_is_still_read(tmp_path: Path) -> None:
    article = tmp_path / "gooddate.txt"
    article.write_text('date 2020-02-29\n"Hi," said Al Roe.\n', encoding="utf-8")
    (kept,) = list(onrecord.read(str(article)))
    assert kept.date == "2020-02-29"
    assert onrecord.extract(article.read_text()).article.date == "2020-02-29"


def test_f5_the_library_never_takes_a_bad_date_header() -> None:
    assert onrecord.extract('date 2020-13-01\n"Hi," said Al Roe.\n').article.date is None


def test_f5_ingest_counts_the_warning_and_stores_no_date(tmp_path: Path) -> None:
    article = tmp_path / "baddate.txt"
    article.write_text('date 2020-99-99\n"We will build the bridge," said Mayor Al Roe.\n', encoding="utf-8")
    db = tmp_path / "t.db"
    report = ingest([str(article)], str(db), workers=1, progress=False)
    assert report.total_stored == 1 and report.warnings["text"] == 1
    from onrecord.corpus.store import connect

    assert connect(str(db), readonly=True).execute("SELECT date FROM articles").fetchone()[0] is None


# -- F7: an HTML page saved as .txt --------------------------------------------------------------------

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">
<html><head><title>Council backs the bridge</title>
<style>body { font-family: "Helvetica Neue", "Arial"; }</style>
<script src="https://cdn.example/app.js"></script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council backs the bridge</h1>
<p>The town council voted on Monday to build a new bridge over the river, ending a debate of ten years.</p>
<p>"This bridge will join the two halves of our town at last," Mayor Anna Berg said after the vote.</p>
<p>Opponents said the cost was too high and asked for a public inquiry into the plans before work starts.</p>
</article><footer>Copyright the Example Times</footer></body></html>
"""


def test_f7_an_html_page_saved_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "page-as.txt"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = [a for a in onrecord.read(str(page)) if not isinstance(a, Problem)]
    assert article.format == "html" and "<" not in article.text and "DOCTYPE" not in article.text
    ex = onrecord.extract_many([article])
    quotes = next(ex).quotes
    assert [q.text for q in quotes if q.kind == "direct"] == [
        "This bridge will join the two halves of our town at last,"
    ]
    assert all("W3C" not in q.text and "font" not in q.text for q in quotes)


def test_f7_extract_of_a_page_saved_as_text_gives_no_markup_quotes(tmp_path: Path) -> None:
    page = tmp_path / "page-as.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--format", "json"])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert all("W3C" not in q["text"] and "font" not in q["text"] for q in out["quotes"])
    assert [q["speaker"]["name"] for q in out["quotes"] if q["kind"] == "direct"] == ["Anna Berg"]
    assert "text" in out  # the offsets index the page's main text, which the JSON carries


def test_f7_a_page_with_no_article_saved_as_text_is_refused_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "nav.txt"
    page.write_text("<html><head><title>Home</title></head><body><nav>Home News</nav></body></html>", "utf-8")
    (problem,) = list(onrecord.read(str(page)))
    assert isinstance(problem, Problem) and problem.fatal and problem.code == "E033"
    assert "nav.txt" in problem.message and "HTML page" in problem.message


def test_f7_a_few_tags_quoted_in_an_article_keep_it_text(tmp_path: Path) -> None:
    article = tmp_path / "tags.txt"
    article.write_text('The site broke when a <script> tag was left in.\n\n"We fixed it," said Al Roe.\n', "utf-8")
    (kept,) = list(onrecord.read(str(article)))
    assert kept.format != "html" and kept.text.startswith("The site broke")


# -- F11: short text in another language ----------------------------------------------------------------

SHORT_FOREIGN = {
    "German": "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung werde die Steuern nicht erhöhen. "
    '"Das ist mit uns nicht zu machen", sagte er.',
    "French": "Le président a déclaré lundi que le gouvernement ne va pas augmenter les impôts. "
    "« Nous ne le ferons pas », a-t-il dit.",
    "Spanish": 'El presidente dijo el lunes que el gobierno no subirá los impuestos. "No lo haremos", afirmó.',
    "Chinese": "德国总理朔尔茨周一在柏林表示，政府不会提高税收。他说：“我们不会这样做。”",
}
SHORT_ENGLISH = [
    "Minister rules out tax rise after talks in Berlin",  # a headline
    "SHR 12 CTS VS 10 CTS NET 1.2 MLN VS 900,000 REVS 12.3 MLN",  # a wire table row
    "Office National des Postes et Telecommunications du Maroc",  # a French name in an English story
    "Jorge de la Vega, speaking in Saltillo, said no.",
    '"We will not raise taxes," the chancellor said on Monday in Berlin.',
]


@pytest.mark.parametrize("language", sorted(SHORT_FOREIGN))
def test_f11_a_short_text_in_another_language_gets_the_warning(language: str) -> None:
    from onrecord.text.language import foreign_language, language_warning

    text = SHORT_FOREIGN[language]
    found = foreign_language(text)
    assert found is not None and found[0] == language
    warning = language_warning(text)
    assert warning is not None and f"reads as {language}, not English" in warning


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_f11_short_english_headlines_and_tables_are_not_called_foreign(text: str) -> None:
    from onrecord.text.language import foreign_language

    assert foreign_language(text) is None


def test_f11_extract_prints_one_line_for_a_short_german_text(tmp_path: Path) -> None:
    path = tmp_path / "german.txt"
    path.write_text(SHORT_FOREIGN["German"], encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    lines = [ln for ln in result.stderr.splitlines() if "German" in ln]
    assert len(lines) == 1 and "german" in lines[0]


def test_f11_no_false_alarm_on_short_lines_of_the_english_corpora() -> None:
    from onrecord.text.language import foreign_language

    word = re.compile(r"[^\W\d_]+")  # a word as the language check counts them

    names = ["bbc-fulltext", "reuters21578", "polnear", "lee-abc-news"]
    paths = [shared_path("corpora", "jsonl", f"{name}.jsonl") for name in names]  # skips, naming the path
    checked, alarms = 0, []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                for piece in [record.get("title") or "", *record["text"].splitlines()]:
                    if 8 <= len(word.findall(piece)) < 40:
                        checked += 1
                        if foreign_language(piece) is not None:
                            alarms.append(piece)
    assert checked > 10_000 and alarms == []


# -- F8: the table at 80 columns ---------------------------------------------------------------------------

LONG_URL = "https://news.example/2019/10/09/utility-begins-power-shutoffs-in-california-amid-fire-risk-14536711.php"
LONG_NAME = "California Governor's Office of Emergency Services"
LONG_QUOTE = (
    "This is unacceptable and we will hold the utility to account for every hour of it, "
    "and the people of California deserve better than this"
)


def _table(columns: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import io

    from onrecord.interfaces.cli import render_table
    from onrecord.model import Article, Extraction, Person, Quote

    office = Person(id="p1", name=LONG_NAME, kind="organisation")
    quotes = [
        Quote(0, 1, LONG_QUOTE, "direct", speaker=office, medium="press-statement", outlet="Associated Press"),
        Quote(0, 1, "the shutoffs were necessary", "indirect", speaker=Person(id="p2", name="Marybel Batjer")),
    ]
    quotes[0].confidence, quotes[1].confidence = 0.934, 0.71
    out = io.StringIO()
    monkeypatch.setenv("COLUMNS", str(columns))
    render_table([Extraction(article=Article(text="x", id=LONG_URL), quotes=quotes)], out)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_f8_the_table_fits_and_keeps_kind_medium_and_confidence(columns: int, monkeypatch) -> None:
    lines = _table(columns, monkeypatch)
    assert all(len(line.rstrip()) <= columns for line in lines)
    rows = [line for line in lines if line.strip()[:1].isdigit()]
    assert len(rows) == 2
    assert "direct" in rows[0] and "0.93" in rows[0] and "press-statement" in rows[0]
    assert "indirect" in rows[1] and "0.71" in rows[1]


@pytest.mark.parametrize("columns", [80, 120])
def test_f8_long_names_and_quotes_wrap_at_words_and_nothing_is_lost(columns: int, monkeypatch) -> None:
    lines = _table(columns, monkeypatch)
    words = set(" ".join(lines).split())
    for word in [*LONG_NAME.split(), *LONG_QUOTE.split(), "(Associated", "Press)"]:
        assert word in words, word  # each word whole, on one line: nothing broken mid-word, nothing cut
    header = "".join(line.strip() for line in lines[:3])
    assert LONG_URL in header  # the title line folds; it loses no character


def test_f8_a_short_name_stays_on_one_line(monkeypatch) -> None:
    assert any("Marybel Batjer" in line for line in _table(80, monkeypatch))


def test_square_brackets_in_a_quotation_are_printed_not_read_as_style_tags(monkeypatch) -> None:
    import io

    from onrecord.interfaces.cli import _emit, render_table
    from onrecord.model import Article, Extraction, Quote

    words = "This [ban] may take [bold]effect[/bold] in [of Warsaw] spring"
    out = io.StringIO()
    monkeypatch.setenv("COLUMNS", "120")
    render_table([Extraction(article=Article(text="x", id="[id]"), quotes=[Quote(0, 1, words, "direct")])], out)
    printed = out.getvalue().split()  # the quote may wrap: each of its words is whole somewhere
    assert all(word in printed for word in words.split()) and "[id]" in printed
    monkeypatch.setattr("sys.stdout", out := io.StringIO())
    _emit([{"quote": words}], "table", ["quote"])
    assert all(word in out.getvalue().split() for word in words.split())


# -- F1: a WARC cut inside a record --------------------------------------------------------------------------


def _page(n: int) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {i} of story {n}: the council met on Monday to debate the bridge over the river, "
        f'and "we will build it this year," Mayor Anna Berg said after the long vote in the town hall.</p>'
        for i in range(40)
    )
    return (
        f"<html><head><title>Story {n}</title></head><body><nav>Subscribe Sign In Home</nav>"
        f"<article><h1>Story {n}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _warc(path: Path, gzipped: bool) -> int:
    """A two-record WARC at ``path``; returns the offset where the second record starts."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    starts = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for n in (1, 2):
            starts.append(fh.tell())
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example/story-{n}", "response", payload=BytesIO(_page(n)), http_headers=http
            )
            writer.write_record(record)
    return starts[1]


@pytest.mark.parametrize("gzipped", [False, True])
def test_f1_a_record_cut_short_is_reported_and_never_read_as_an_article(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    second = _warc(path, gzipped)
    data = path.read_bytes()
    path.write_bytes(data[: second + (len(data) - second) // 2])  # cut in the middle of record 2
    items = list(onrecord.read(str(path)))
    articles = [a for a in items if not isinstance(a, Problem)]
    problems = [p for p in items if isinstance(p, Problem) and p.fatal]
    assert [a.url for a in articles] == ["https://news.example/story-1"]
    assert len(problems) == 1 and problems[0].code == "E017" and "record 2" in problems[0].message


def test_f1_ingest_stores_only_the_whole_record_and_counts_the_cut_one_once(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    second = _warc(path, False)
    data = path.read_bytes()
    path.write_bytes(data[: second + (len(data) - second) // 2])
    db = tmp_path / "t.db"
    report = ingest([str(path)], str(db), workers=1, progress=False)
    assert report.stored["warc"] == 1 and report.rejected["warc"] == 1
    from onrecord.corpus.store import connect

    urls = [r[0] for r in connect(str(db), readonly=True).execute("SELECT url FROM articles")]
    assert urls == ["https://news.example/story-1"]


def test_f1_a_whole_warc_still_gives_both_articles(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    _warc(path, True)
    items = list(onrecord.read(str(path)))
    assert [a.url for a in items if not isinstance(a, Problem)] == [
        "https://news.example/story-1",
        "https://news.example/story-2",
    ]


# -- F6: an empty JSON Lines file ----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf\n"])
def test_f6_an_empty_jsonl_file_is_one_e002_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "zero.jsonl"
    path.write_bytes(content)
    (problem,) = list(onrecord.read(str(path)))
    assert isinstance(problem, Problem) and problem.fatal and problem.code == "E002"
    assert "zero.jsonl" in problem.message
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 1 and "[E002]" in result.stderr and "[E011]" not in result.stderr


def test_f6_ingest_counts_and_logs_an_empty_jsonl_file(tmp_path: Path) -> None:
    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "zero.jsonl").write_bytes(b"")
    (folder / "a.txt").write_text('"We will build it," said Mayor Al Roe on Monday.\n', encoding="utf-8")
    db = tmp_path / "t.db"
    report = ingest([str(folder)], str(db), workers=1, progress=False)
    assert report.stored["text"] == 1 and report.rejected["jsonl"] == 1
    assert ("jsonl", "empty") in report.reasons
    log = [json.loads(line) for line in Path(f"{db}.errors.jsonl").read_text().splitlines()]
    assert [e["input"] for e in log] == [str(folder / "zero.jsonl")]


def test_f6_a_jsonl_file_with_records_gets_no_empty_line(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": '"Hi," said Al Roe.'}) + "\n\n", encoding="utf-8")
    assert not any(isinstance(p, Problem) for p in onrecord.read(str(path)))


# -- F4: one article from .txt and from .jsonl -----------------------------------------------------------------

F4_BODY = '"We will build the bridge this year," Mayor Anna Berg said on Monday.\n\nThe council agreed.'


def _f4_copies(folder: Path) -> tuple[Path, Path]:
    text = folder / "story.txt"
    text.write_text("Council backs the bridge\n\n" + F4_BODY + "\n", encoding="utf-8")
    record = {"id": "story", "title": "Council backs the bridge", "text": F4_BODY}
    jsonl = folder / "story.jsonl"
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return text, jsonl


@pytest.mark.parametrize("text_first", [True, False])
def test_f4_the_same_article_from_text_and_json_lines_in_one_run_is_stored_once(
    tmp_path: Path, text_first: bool
) -> None:
    text, jsonl = _f4_copies(tmp_path)
    paths = [str(text), str(jsonl)] if text_first else [str(jsonl), str(text)]
    report = ingest(paths, str(tmp_path / "t.db"), workers=1, progress=False)
    assert report.total_stored == 1 and sum(report.skipped.values()) == 1


def test_f4_a_text_copy_after_its_json_lines_copy_was_stored_is_skipped(tmp_path: Path) -> None:
    text, jsonl = _f4_copies(tmp_path)
    db = str(tmp_path / "t.db")
    assert ingest([str(jsonl)], db, workers=1, progress=False).total_stored == 1
    report = ingest([str(text)], db, workers=1, progress=False)
    assert report.total_stored == 0 and report.skipped["text"] == 1


def test_f4_a_json_lines_copy_after_its_text_copy_was_stored_is_skipped(tmp_path: Path) -> None:
    # The stored text opens with the headline; the store also keeps the hash of its body.
    text, jsonl = _f4_copies(tmp_path)
    db = str(tmp_path / "t.db")
    assert ingest([str(text)], db, workers=1, progress=False).total_stored == 1
    report = ingest([str(jsonl)], db, workers=1, progress=False)
    assert report.total_stored == 0 and report.skipped["jsonl"] == 1


def test_f4_articles_that_only_share_a_title_are_both_stored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Council backs the bridge\n\n" + F4_BODY + "\n", encoding="utf-8")
    other = {"title": "Council backs the bridge", "text": '"It costs too much," Bo Lind said.\n\nThe vote was close.'}
    (tmp_path / "b.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")], str(tmp_path / "t.db"), workers=1)
    assert report.total_stored == 2


def test_f10_extract_and_ingest_treat_an_unknown_extension_alike(tmp_path: Path) -> None:
    path = tmp_path / "wrongext.csv"
    path.write_text('name,said\nAl Roe,"Hi there"\n', encoding="utf-8")
    extracted = CliRunner().invoke(main, ["extract", str(path)])
    assert extracted.exit_code == 1
    assert "[E012]" in extracted.stderr and "wrongext.csv" in extracted.stderr and ".csv" in extracted.stderr
    report = ingest([str(path)], str(tmp_path / "t.db"), workers=1, progress=False)
    assert report.total_stored == 0 and [p.code for p in report.problems] == ["E012"]
    (problem,) = list(onrecord.read(str(path)))
    assert problem.code == "E012"


def test_extract_many_takes_what_read_yields_and_keeps_each_problem_in_its_place(tmp_path: Path) -> None:
    # A user's first recipe: onrecord.extract_many(onrecord.read(folder)) over a folder holding a bad line
    # and a file of no input format (trial 5 F4: an AttributeError on the Problem records).
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "one", "text": '"We will build it," Mayor Anna Berg said on Monday.'})
        + "\n{not json\n"
        + json.dumps({"id": "two", "text": '"It costs too much," said councillor Tom Reed.'})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    items = list(onrecord.extract_many(onrecord.read(str(tmp_path))))
    kinds = [type(x).__name__ for x in items]
    assert kinds.count("Extraction") == 2 and kinds.count("Problem") == 2
    line = next(i for i, x in enumerate(items) if isinstance(x, Problem) and "a.jsonl" in x.source)
    assert kinds[line - 1] == kinds[line + 1] == "Extraction"  # the bad line sits between its neighbours
    speakers = [q.speaker.name for x in items if isinstance(x, onrecord.Extraction) for q in x.quotes if q.speaker]
    assert speakers == ["Anna Berg", "Tom Reed"]
    with pytest.raises(TypeError, match="str"):
        list(onrecord.extract_many(["just a string"]))
