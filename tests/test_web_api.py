"""The HTTP API and pages through FastAPI's test client (no browser)."""

import json

import pytest

from conftest import SEED

pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from onrecord.corpus import ingest  # noqa: E402
from onrecord.interfaces.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    records = [
        {
            "id": "seed",
            "date": "2020-10-01",
            "url": "https://news.example/seed",
            "text": SEED.read_text(encoding="utf-8"),
        },
        {
            "id": "b1",
            "date": "2021-01-05",
            "url": "https://news.example/b1",
            "text": 'The city voted.\n\n"We will build the bridge this year," Mayor Anna Berg said.',
        },
    ]
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp / "web.db")
    ingest([str(path)], db, workers=1, progress=False)
    # One event-loop thread for the whole module (a context-managed client): the extraction workers
    # die with the thread that started them (corpus.lifecycle.die_with_parent uses PR_SET_PDEATHSIG).
    with TestClient(create_app(db, max_body=64 * 1024)) as client:
        yield client


def test_api_extract_matches_the_library(client):
    r = client.post("/api/extract", json={"text": SEED.read_text(encoding="utf-8"), "kinds": ["direct"]})
    assert r.status_code == 200
    data = r.json()
    assert len(data["quotes"]) == 9 and data["date"] == "2020-10-01"
    assert {q["speaker"]["name"] for q in data["quotes"]} == {"Chrissy Teigen", "John Legend"}


def test_api_errors_are_clear(client):
    assert client.post("/api/extract", json={"text": "  "}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "kinds": ["bogus"]}).status_code == 422
    big = client.post(
        "/api/extract", content=b"{" + b" " * (70 * 1024) + b"}", headers={"content-type": "application/json"}
    )
    assert big.status_code == 413 and "limit" in big.json()["detail"]
    assert client.get("/api/articles/999").status_code == 404


def test_api_queries(client):
    r = client.get("/api/quotes", params={"q": "bridge"})
    assert [x["speaker"] for x in r.json()["results"]] == ["Anna Berg"]
    people = client.get("/api/people").json()
    anna = next(p for p in people if p["name"] == "Anna Berg")
    timeline = client.get(f"/api/people/{anna['id']}").json()["timeline"]
    assert timeline[0]["date"] == "2021-01-05"
    cluster = client.get(f"/api/clusters/{timeline[0]['cluster_id']}").json()
    assert cluster["count"] == 1 and cluster["first_seen"] == "2021-01-05"
    article = client.get(f"/api/articles/{timeline[0]['article_id']}").json()
    assert article["quotes"][0]["text"] == "We will build the bridge this year,"
    assert "/api/quotes" in client.get("/openapi.json").json()["paths"]


def test_pages_render_with_security_headers(client):
    r = client.get("/search", params={"q": "Jack"})
    assert r.status_code == 200 and "quote-link" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/people").status_code == 200
    assert client.get("/articles/1").text.count("<mark") >= 9
    assert client.get("/quotes/1").status_code == 200
    assert client.get("/people/999").status_code == 404


def test_search_query_syntax_cannot_break_out(client):
    r = client.get("/api/quotes", params={"q": 'bridge") OR ("1'})
    assert r.status_code == 200


def test_library_errors_map_to_status_codes_from_one_table(client):
    from onrecord.interfaces.web.app import STATUS

    assert client.get("/api/quotes", params={"since": "2025-13-45"}).status_code == STATUS["bad_input"]
    assert client.get("/api/quotes", params={"medium": "foo"}).status_code == STATUS["bad_input"]
    assert client.get("/api/quotes", params={"q": "NOT bridge"}).status_code == STATUS["bad_input"]
    r = client.post("/api/extract", json={"text": "x", "kinds": ["bogus"]})
    assert r.status_code == STATUS["bad_input"] and "E030" in r.json()["detail"]
    assert client.get("/api/quotes/99999").status_code == STATUS["not_found"]
    r = client.get("/search", params={"since": "yesterday"})
    # the form's own field name, not a CLI flag
    assert r.status_code == 200 and "since:" in r.text and "--since" not in r.text and "No quotes match" not in r.text


def test_api_extract_reads_html_as_a_page(client):
    paras = [
        '"The bridge will open in the spring," Anna Berg told reporters.',
        "The council expects the works to take two years. " * 4,
    ]
    page = (
        "<!doctype html><html><body><nav><a href='/latino-entertainment'>outbrain</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )
    data = client.post("/api/extract", json={"text": page}).json()
    assert data["format"] == "html" and "outbrain" not in data["text"]
    assert [q["text"] for q in data["quotes"]] == ["The bridge will open in the spring,"]
    assert all(data["text"][q["start"] : q["end"]] == q["text"] for q in data["quotes"])
    empty = client.post("/api/extract", json={"text": "<html><body><p>Menu</p></body></html>"})
    assert empty.status_code == 422 and "E033" in empty.json()["detail"]


def test_corrections_and_watches_over_http(tmp_path):
    records = [
        {"id": "c1", "date": "2021-01-05", "text": '"We will build the bridge this year," Anna Berg said.'},
        {"id": "c2", "date": "2021-02-05", "text": '"The bridge is late," Ann Berg said.'},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "c.db")
    ingest([str(path)], db, workers=1, progress=False)
    c = TestClient(create_app(db))
    people = {p["name"]: p["id"] for p in c.get("/api/people").json()}
    r = c.post(
        "/api/corrections",
        json={"action": "merge", "person": str(people["Ann Berg"]), "into": str(people["Anna Berg"]), "note": "same"},
    )
    assert r.status_code == 200
    anna = c.get(f"/api/people/{people['Anna Berg']}").json()
    assert len(anna["timeline"]) == 2 and anna["corrections"][0]["note"] == "same"
    assert any(q["user_edit"] for q in anna["timeline"])
    assert "✎" in c.get(f"/people/{people['Anna Berg']}").text
    assert c.post("/api/corrections", json={"action": "bogus"}).status_code == 422
    assert c.post("/api/corrections", json={"action": "speaker", "quote": 999, "name": "X"}).status_code == 404
    wid = c.post("/api/watches", json={"text": "bridge"}).json()["id"]
    assert [w["matches"] for w in c.get("/api/watches").json()] == [2]
    assert len(c.get(f"/api/watches/{wid}").json()["results"]) == 2
    assert c.post("/api/watches", json={"text": ""}).status_code == 422


def test_quote_page_explains_quote_and_cluster_ids(client):
    rows = client.get("/api/quotes", params={"q": "bridge"}).json()["results"]
    qid, cid = rows[0]["quote_id"], rows[0]["cluster_id"]
    page = client.get(f"/quotes/{qid}").text
    assert f"Quote {qid} is one of" in page and f"cluster {cid}" in page and f"onrecord cluster {cid}" in page
    assert (
        client.get(f"/api/clusters/{cid}").json()["cluster_id"]
        == client.get(f"/api/quotes/{qid}").json()["cluster_id"]
        == cid
    )


def test_api_library_and_cli_take_the_same_headline_from_a_text(client, tmp_path):
    # trial 7 L: /api/extract gave title null where `onrecord extract FILE` took the first line as headline.
    from click.testing import CliRunner

    import onrecord
    from onrecord.interfaces.cli import main

    text = 'Dana Whitfield opens up about the win\n\n"I am done," Whitfield said.'
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    cli = json.loads(CliRunner().invoke(main, ["extract", str(path), "--format", "json"]).stdout)
    cli = cli[0] if isinstance(cli, list) else cli
    api = client.post("/api/extract", json={"text": text}).json()
    lib = onrecord.extract(text).to_dict()
    assert cli["title"] == api["title"] == lib["title"] == "Dana Whitfield opens up about the win"
    assert onrecord.extract(text, title="Given").to_dict()["title"] == "Given"
    assert onrecord.extract('"I am done," Whitfield said.').to_dict()["title"] is None
