"""The HTTP API answers 422 naming an unknown query parameter and the accepted ones, never ignores it
(trial 4, F17)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import hardening_bench_path  # noqa: E402, F401
from hardening_bench import small_store  # noqa: E402
from onrecord.interfaces.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(small_store(tmp_path_factory.mktemp("params")), max_body=64 * 1024, extract_processes=1)
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(
    ("url", "unknown", "accepted"),
    [
        ("/api/quotes?text=election", "text", "q, speaker"),
        ("/api/quotes?q=bridge&page_size=2", "page_size", "limit"),
        ("/api/people?size=3", "size", "limit, offset, page, top"),
        ("/api/quotes/1?verbose=1", "verbose", "none"),
        ("/api/watches?x=1", "x", ""),
    ],
)
def test_an_unknown_query_parameter_is_a_422_naming_it(client, url, unknown, accepted):
    response = client.get(url)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert f"unknown query parameter(s) {unknown};" in detail and accepted in detail.split("accepted:")[1]


def test_known_parameters_still_work(client):
    assert client.get("/api/quotes?q=bridge&limit=2&page=1").status_code == 200
    assert client.get("/api/people?top=3").status_code == 200  # the old name of limit
    assert client.get("/api/people?limit=3&offset=1").status_code == 200
