"""Trial 15 F6 and F12: hover cards in pages, the outlet of an article, and paging alike in the API and CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import onrecord
from onrecord.corpus import ingest, query
from onrecord.corpus.store import connect
from onrecord.interfaces.cli import main
from onrecord.lexicon.outlets import article_outlet, publisher_host

CARD_PAGE = """<html><head><title>Mayor defends new tram plan</title></head><body><article>
<h1>Mayor defends new tram plan</h1>
<p>Brookfield Mayor <span class="rollover-people"><a href="/people/ann-tolliver">Ann Tolliver</a><span
class="rollover-people-block"><span class="rollover-block"><a class="name" href="/people/ann-tolliver">Ann Marie
Tolliver</a><a class="people-articles" href="/x">Mayor sets out the budget</a></span></span></span> (D) is
defending the plan for a tram line along the river.</p>
<p>"The tram will pay for itself within ten years," Tolliver said on Monday at the council meeting.</p>
<p>Council members will vote on the plan next month after a public hearing on the route and its costs.</p>
</article></body></html>"""


def test_a_hover_card_glued_to_a_linked_name_is_no_part_of_the_text():
    result = onrecord.extract(CARD_PAGE, format="html").to_dict()
    text = result["text"]
    assert "Mayor Ann Tolliver (D) is defending" in text
    assert "Ann Marie" not in text and "budget" not in text
    names = {p["name"] for p in result["people"]}
    assert "Ann Tolliver" in names and not any("TolliverAnn" in (n or "") for n in names)
    [quote] = [q for q in result["quotes"] if q["kind"] == "direct"]
    assert quote["speaker"]["name"] == "Ann Tolliver"
    for q in result["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_a_hover_card_after_a_space_is_dropped_too_and_the_rule_is_valid_xpath():
    from lxml import etree

    from onrecord.io.ingest_readers import HOVER_CARD_XPATH

    etree.XPath(HOVER_CARD_XPATH)  # trafilatura passes over an XPath that does not compile, silently
    page = CARD_PAGE.replace("Ann Tolliver</a><span", "Ann Tolliver</a> <span")
    text = onrecord.extract(page, format="html").article.text
    assert "Mayor Ann Tolliver (D) is" in " ".join(text.split()) and "Ann Marie" not in text


def test_a_tooltip_that_wraps_its_own_word_is_kept():
    page = CARD_PAGE.replace(
        "(D) is\ndefending",
        '(D) is <span class="tooltip">defending</span>',
    )
    assert "(D) is defending the plan" in onrecord.extract(page, format="html").article.text


# -- F12: the outlet is the publisher, the source is provenance ------------------------------------
LABEL = "Example news corpus 2020; label=real"


def _story(n: int, who: str) -> str:
    return (
        f'The council approved the budget for the year on Tuesday.\n\n"We have done our job number {n}," '
        f"said {who}. The vote was close and {who.split()[-1]} thanked the clerks for their work."
    )


RECORDS = [
    {"id": "label", "text": _story(1, "Ann Tolliver"), "source": LABEL, "date": "2020-01-01"},
    {"id": "named", "text": _story(2, "Bea Holm"), "source": LABEL, "outlet": "The Brookfield Courier"},
    {
        "id": "short",
        "text": _story(3, "Cy Ruiz"),
        "source": LABEL,
        "url": "http://politi.co/2abc",
        "date": "2020-01-03",
    },
    {"id": "bitly", "text": _story(4, "Di Marsh"), "source": LABEL, "url": "https://bit.ly/3xyz", "date": "2020-01-04"},
]


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = str(tmp_path / "s.db")
    ingest([str(path)], db, workers=1, progress=False)
    return db


def _outlets(rows):
    return {r["speaker"]: (r["outlet_name"], r["source"]) for r in rows}


def test_the_outlet_is_the_publisher_never_the_datasets_label(store):
    conn = connect(store, readonly=True)
    rows = query.search(conn, None, limit=50)
    assert _outlets(rows) == {
        "Ann Tolliver": (None, LABEL),
        "Bea Holm": ("The Brookfield Courier", LABEL),
        "Cy Ruiz": ("Politico", LABEL),  # a publisher's own shortener is its site
        "Di Marsh": (None, LABEL),  # anyone's shortener names no publisher
    }
    timeline = query.person(conn, "Bea Holm")["timeline"]
    assert [r["outlet_name"] for r in timeline] == ["The Brookfield Courier"]
    art = query.article(conn, rows[0]["article_id"])
    assert art["outlet_name"] == rows[0]["outlet_name"] and art["source"] == LABEL
    assert [r["speaker"] for r in query.search(conn, None, outlet="politico.com")] == ["Cy Ruiz"]
    assert [r["speaker"] for r in query.search(conn, None, outlet="Courier")] == ["Bea Holm"]
    assert query.search(conn, None, outlet="label=real") == []  # provenance is not searched as an outlet


def test_every_interface_shows_the_same_outlet(store, tmp_path):
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    record = RECORDS[2]
    extracted = onrecord.extract(record["text"], url=record["url"]).to_dict()
    assert extracted["outlet"] == "Politico"
    client = TestClient(create_app(store))
    api = client.get("/api/quotes", params={"q": "job"}).json()["results"]
    assert _outlets(api) == _outlets(query.search(connect(store, readonly=True), "job"))
    [row] = [r for r in api if r["speaker"] == "Bea Holm"]
    page = client.get(f"/articles/{row['article_id']}").text
    assert 'id="outlet">The Brookfield Courier<' in page and LABEL in page
    table = CliRunner().invoke(main, ["search", "job", "--db", store], env={"COLUMNS": "200"}).output
    [line] = [x for x in table.splitlines() if "Cy Ruiz" in x]
    assert "Politico" in line and "label=real" not in table


def test_a_page_names_its_outlet_and_its_source_is_the_input(tmp_path):
    page = CARD_PAGE.replace("<head>", '<head><meta property="og:site_name" content="Brookfield Courier">')
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    [result] = [a for a in onrecord.read(str(path)) if hasattr(a, "text")]
    assert result.outlet == "Brookfield Courier" and result.source == str(path)
    assert onrecord.extract(page, format="html").to_dict()["outlet"] == "Brookfield Courier"


def test_addresses_give_the_publishers_host():
    assert publisher_host("https://www.example.org/a") == "example.org"
    assert publisher_host("http://web.archive.org/web/2016/http://www.cnn.com/x") == "cnn.com"
    assert publisher_host("https://t.co/abc") is None and publisher_host(None) is None
    assert article_outlet("https://nyti.ms/2x") == "The New York Times"
    assert article_outlet(None, "WSVN 7News | Miami News, Weather | Fort Lauderdale") == "WSVN 7News"
    assert article_outlet(None, "-") is None


def test_a_store_written_before_keeps_no_label_as_an_outlet(store):
    conn = connect(store)
    conn.execute("UPDATE articles SET outlet = source WHERE url IS NULL AND outlet IS NULL")
    conn.execute("UPDATE articles SET outlet = 'politi.co' WHERE outlet = 'Politico'")
    conn.execute("DELETE FROM meta WHERE key = 'outlets'")
    conn.close()
    rows = query.search(connect(store), None, limit=50)  # a writer's connection puts the store right, once
    assert _outlets(rows)["Ann Tolliver"] == (None, LABEL) and _outlets(rows)["Cy Ruiz"][0] == "Politico"
    assert _outlets(rows)["Bea Holm"][0] == "The Brookfield Courier"


# -- F12: every list pages alike: limit, offset, page, in the library, the CLI and the API ------------
def _api(store):
    from fastapi.testclient import TestClient

    from onrecord.interfaces.web.app import create_app

    return TestClient(create_app(store))


def _cli_json(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_people_take_limit_offset_and_page_as_quotes_do(store):
    client = _api(store)
    everyone = [p["name"] for p in query.people(connect(store, readonly=True), 10)]
    assert len(everyone) == 4
    for params, want in [
        ({"limit": 2}, everyone[:2]),
        ({"limit": 2, "offset": 1}, everyone[1:3]),
        ({"limit": 2, "page": 2}, everyone[2:4]),
        ({"top": 3}, everyone[:3]),  # the old name still works
    ]:
        api = [p["name"] for p in client.get("/api/people", params=params).json()]
        cli = [p["name"] for p in _cli_json("people", "--db", store, "--format", "json", *_flags(params))]
        assert api == cli == want, params
    both = client.get("/api/people", params={"limit": 2, "offset": 1, "page": 2})
    assert both.status_code == 422 and "not both" in both.json()["detail"]


def _flags(params):
    return [x for k, v in params.items() for x in (f"--{k}", v)]


def test_quotes_and_a_timeline_page_alike_in_the_api_and_the_cli(store):
    client = _api(store)
    for params in [{"limit": 2}, {"limit": 2, "offset": 1}, {"limit": 1, "page": 3}]:
        api = client.get("/api/quotes", params=params).json()
        cli = _cli_json("search", "--db", store, "--format", "json", *_flags(params))
        assert [r["quote_id"] for r in api["results"]] == [r["quote_id"] for r in cli]
        assert api["offset"] == query.page_offset(params["limit"], params.get("offset"), params.get("page"))
    pid = query.people(connect(store, readonly=True), 1)[0]["id"]
    api = client.get(f"/api/people/{pid}", params={"limit": 1, "offset": 0}).json()
    cli = _cli_json("person", pid, "--db", store, "--format", "json", "--limit", 1, "--offset", 0)
    assert [r["quote_id"] for r in api["timeline"]] == [r["quote_id"] for r in cli["timeline"]]
    assert client.get(f"/api/people/{pid}", params={"offset": 5}).json()["timeline"] == []
    refused = CliRunner().invoke(main, ["search", "--db", store, "--offset", "1", "--page", "2"])
    assert refused.exit_code != 0 and "not both" in refused.output


def test_a_saved_searchs_matches_page_alike_in_the_api_and_the_cli(store):
    CliRunner().invoke(main, ["watch", "add", "job", "--db", store])
    client = _api(store)
    for params in [{"limit": 2}, {"limit": 2, "offset": 1}, {"limit": 1, "page": 2}]:
        api = client.get("/api/watches/1", params=params).json()["results"]
        cli = _cli_json("watch", "show", 1, "--db", store, "--format", "json", *_flags(params))["results"]
        assert [r["quote_id"] for r in api] == [r["quote_id"] for r in cli] and len(api) == params["limit"]
    assert client.get("/api/watches/1", params={"offset": 1, "page": 2}).status_code == 422


def test_an_offset_past_sqlites_integers_is_refused_not_a_server_error(store):
    # Found by the API fuzz test: 2**63 rows to skip overflowed SQLite's integer and answered 500.
    client = _api(store)
    for path in ("/api/people", "/api/quotes"):
        answer = client.get(path, params={"limit": 2, "offset": 2**63})
        assert answer.status_code in (400, 422), (path, answer.status_code)
    with pytest.raises(onrecord.OnrecordError, match="offset"):
        query.people(connect(store, readonly=True), 2, offset=2**63)
    with pytest.raises(onrecord.OnrecordError, match="page"):
        query.page_offset(2**62, page=4)
