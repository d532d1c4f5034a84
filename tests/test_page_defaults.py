"""Every list has one default page size, the same in the CLI and the HTTP API (``query.*_LIMIT``), and every
list, corrections and saved searches too, pages by limit, offset and page (articles written for the test)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.corpus import edits, ingest, query
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main

pytest.importorskip("fastapi")

ARTICLES = [
    {"id": f"a{i}", "title": f"Ferry timetable {i}", "date": f"2024-03-0{i}", "text": f"Ferry timetable {i}\n\n{body}"}
    for i, body in enumerate(
        [
            '"The winter ferry will run every hour," harbour master Ruth Calder said on Monday.',
            '"We need a second ferry before the summer," councillor Omar Pike said.',
            '"The timetable is fine as it is," Ruth Calder said at the meeting.',
            '"Fares will not rise this year," finance chief Lena Voss said.',
        ],
        start=1,
    )
]

# list -> (CLI command, its --limit default's constant, API path)
LISTS = {
    "search": (["search"], query.SEARCH_LIMIT, "/api/quotes"),
    "people": (["people"], query.PEOPLE_LIMIT, "/api/people"),
    "watch show": (["watch", "show"], query.WATCH_MATCHES_LIMIT, "/api/watches/{watch_id}"),
    "correct list": (["correct", "list"], query.CORRECTIONS_LIMIT, "/api/corrections"),
    "watch list": (["watch", "list"], query.WATCHES_LIMIT, "/api/watches"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pages")
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ARTICLES), encoding="utf-8")
    db = str(tmp / "s.db")
    ingest([str(path)], db, workers=1, progress=False)
    conn = connect(db, create=False)
    for words in ("ferry", "timetable", "fares"):
        edits.add_watch(conn, words)
    edits.rename(conn, "Omar Pike", "Omar J. Pike")
    edits.rename(conn, "Lena Voss", "Lena M. Voss")
    edits.rename(conn, "Ruth Calder", "Ruth A. Calder")
    conn.commit()
    conn.close()
    return db


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    with TestClient(create_app(store)) as c:
        yield c


def _cli_default(words):
    group = main
    for w in words:
        group = group.commands[w]  # type: ignore[attr-defined]
    option = next(p for p in group.params if p.name == "limit")
    return option.default if option.default is not None else _help_default(option.help)


def _help_default(text):
    return int(text.split("[default: ")[1].split("]")[0])


@pytest.mark.parametrize("name", LISTS)
def test_a_lists_default_page_is_one_constant_in_the_cli_and_the_api(client, name):
    words, constant, path = LISTS[name]
    params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"][path]["get"]["parameters"]}
    assert {"limit", "offset", "page"} <= set(params), path
    api_default = params["limit"]["schema"].get("default")
    if api_default is None:  # /api/people: limit or its old name top, the default said in the description
        api_default = int(params["limit"]["description"].split("(default ")[1].split(",")[0])
    assert _cli_default(words) == api_default == constant, name


def test_the_api_answers_its_default_page_when_no_limit_is_given(client):
    assert client.get("/api/quotes").json()["page_size"] == query.SEARCH_LIMIT


def _cli_json(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("words", "path", "key"),
    [(["correct", "list"], "/api/corrections", "id"), (["watch", "list"], "/api/watches", "id")],
)
def test_corrections_and_saved_searches_page_alike_in_the_api_and_the_cli(store, client, words, path, key):
    everything = [r[key] for r in client.get(path).json()]
    assert len(everything) == 3  # fewer than the default page: all of them
    for params, want in [
        ({"limit": 2}, everything[:2]),
        ({"limit": 2, "offset": 1}, everything[1:3]),
        ({"limit": 2, "page": 2}, everything[2:]),
        ({"limit": 1, "page": 4}, []),
    ]:
        api = [r[key] for r in client.get(path, params=params).json()]
        flags = [x for k, v in params.items() for x in (f"--{k}", v)]
        cli = [r[key] for r in _cli_json(*words, "--db", store, "--format", "json", *flags)]
        assert api == cli == want, params
    both = client.get(path, params={"limit": 2, "offset": 1, "page": 2})
    assert both.status_code == 422 and "not both" in both.json()["detail"]
    assert client.get(path, params={"limit": 0}).status_code == 422
    assert client.get(path, params={"offset": 2**63}).status_code == 422


def test_the_library_lists_every_correction_unless_given_a_limit(store):
    conn = connect(store, readonly=True)
    assert len(edits.corrections(conn)) == 3 and len(edits.export_corrections(conn)) == 3
    assert [c["id"] for c in edits.corrections(conn, limit=1, offset=2)] == [edits.corrections(conn)[2]["id"]]
    assert len(edits.watches(conn, limit=2)) == 2
    with pytest.raises(Exception, match="limit"):
        edits.corrections(conn, limit=0)


def test_an_empty_page_of_corrections_says_so(store):
    result = CliRunner().invoke(main, ["correct", "list", "--db", store, "--page", "3", "--limit", "2"])
    assert result.exit_code == 0 and "no corrections past the first 4" in result.output
