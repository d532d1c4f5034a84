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
        {"id": "seed", "date": "2020-10-01", "url": "https://news.example/seed", "text": SEED.read_text(encoding="utf-8")},
        {"id": "b1", "date": "2021-01-05", "url": "https://news.example/b1", "text": 'The city voted.\n\n"We will build the bridge this year," Mayor Anna Berg said.'},
    ]
    path = tmp / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = str(tmp / "web.db")
    ingest([str(path)], db, workers=1, progress=False)
    return TestClient(create_app(db, max_body=64 * 1024))


def test_api_extract_matches_the_library(client):
    r = client.post("/api/extract", json={"text": SEED.read_text(encoding="utf-8"), "kinds": ["direct"]})
    assert r.status_code == 200
    data = r.json()
    assert len(data["quotes"]) == 9 and data["date"] == "2020-10-01"
    assert {q["speaker"]["name"] for q in data["quotes"]} == {"Chrissy Teigen", "John Legend"}


def test_api_errors_are_clear(client):
    assert client.post("/api/extract", json={"text": "  "}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "kinds": ["bogus"]}).status_code == 422
    big = client.post("/api/extract", content=b"{" + b" " * (70 * 1024) + b"}", headers={"content-type": "application/json"})
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
