"""Search syntax: "near" is an ordinary word and an excluded group is excluded or refused, never an FTS5
error nor a silent drop (trial 4, F15/F16)."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from onrecord.corpus import ingest, query
from onrecord.corpus.query import fts_query
from onrecord.corpus.store import connect
from onrecord.errors import OnrecordError
from onrecord.interfaces.cli import main

SAYINGS = [
    "Our troops stay near the border until the talks end in the spring",
    "The new tax will never fund the budget we were promised last year",
    "We will hold the frontier with every soldier we have for the winter",
    "The budget is balanced and the schools will get their money this year",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("syntax")
    records = [
        {"id": f"a{i}", "date": "2020-01-01", "text": f'The council met.\n\n"{q}," Minister Anna Berg said.'}
        for i, q in enumerate(SAYINGS)
    ]
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp / "s.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


def _found(db: str, text: str) -> set[str]:
    conn = connect(db, readonly=True)
    return {r["text"].split()[1] for r in query.search(conn, text, limit=50)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("troops near (border OR frontier)", {"troops"}),
        ("NEAR(border troops)", {"troops"}),
        ("troops NEAR(border)", {"troops"}),
        ("Near", {"troops"}),
        ("(tax) (budget)", {"new"}),
        ("budget -(tax)", {"budget"}),
        ("-(tax OR schools) budget", set()),
        ("-(tax) budget", {"budget"}),
    ],
)
def test_near_is_a_word_and_groups_join_or_exclude(store: str, text: str, words: set[str]) -> None:
    assert _found(store, text) == words


@pytest.mark.parametrize("text", ["-(tax)", "-(tax OR budget)", "-(tax) -(budget)"])
def test_an_excluded_group_alone_is_refused_like_an_excluded_word(store: str, text: str) -> None:
    conn = connect(store, readonly=True)
    with pytest.raises(OnrecordError, match="besides the ones it excludes"):
        query.search(conn, text)
    result = CliRunner().invoke(main, ["search", "--db", store, "--", text])
    assert result.exit_code == 2 and "E034" in result.output and "fts5" not in result.output


def test_every_query_shape_is_valid_fts5() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    for text in ["a (b) c", "(a)(b)", "a NEAR(b c, 3)", "near near", ") a ( b", "a -(b) (c OR d) -e", "x AND (y"]:
        conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (fts_query(text),)).fetchone()


def _cli_found(db: str, *words: str) -> tuple[int, set[str]]:
    result = CliRunner().invoke(main, ["search", "--db", db, "--format", "json", *words])
    rows = json.loads(result.stdout) if result.exit_code == 0 and result.stdout.strip() else []
    return result.exit_code, {r["text"].split()[1] for r in rows}


def test_the_command_line_takes_a_query_as_several_words(store: str) -> None:
    """Trial 13 F13: `search budget -tax` was refused ("No such option: -t"), `wall OR border` took OR as extra."""
    assert _cli_found(store, "budget", "-tax") == (0, {"budget"})  # "The budget is balanced ..."
    assert _cli_found(store, "frontier", "OR", "border") == (0, {"troops", "will"})
    assert _cli_found(store, "--", "-tax", "budget") == (0, {"budget"})
    # A word the shell unquoted that holds a space stays a phrase: "the budget" is in both, "budget the" in none.
    assert _cli_found(store, "the budget", "year")[1] == {"new", "budget"}
    assert _cli_found(store, "budget the", "year")[1] == set()


def test_a_mistyped_option_is_refused_not_searched_for(store: str) -> None:
    result = CliRunner().invoke(main, ["search", "--db", store, "budget", "--limt", "5"])
    assert result.exit_code == 2 and "No such option: --limt" in result.output
