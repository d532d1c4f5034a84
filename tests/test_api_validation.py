"""HTTP validation errors (trial 5, F18): FastAPI/pydantic's 422s come back as one catalogue line
(``[E030] ... accepted: ...``), never a list and never the request body echoed; a text/plain POST to
/api/extract says to send JSON {"text": ...}. FastAPI's TestClient, no store needed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from onrecord.interfaces.web.app import create_app


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(None, extract_processes=1)) as c:
        yield c


def one_line(response) -> str:
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail.startswith("[E030] ") and "\n" not in detail
    return detail


def test_query_parameters_out_of_range_name_the_range(client):
    detail = one_line(client.get("/api/quotes", params={"q": "x", "page": -1, "limit": 100000}))
    assert "page: '-1'" in detail and "accepted: a whole number from 1 to 10000" in detail
    assert "limit: '100000'" in detail and "from 1 to 500" in detail


def test_a_query_parameter_of_the_wrong_type(client):
    detail = one_line(client.get("/api/quotes", params={"min_confidence": "high"}))
    assert "min_confidence: 'high'" in detail and "accepted: a number" in detail


def test_a_path_parameter_that_is_not_a_number(client):
    detail = one_line(client.get("/api/quotes/abc"))
    assert "quote_id: 'abc'" in detail and "accepted: a whole number" in detail


def test_text_plain_body_says_send_json_and_is_not_echoed(client):
    body = "The council met. " * 200 + "UNIQUE-MARKER"
    response = client.post("/api/extract", content=body.encode(), headers={"content-type": "text/plain"})
    detail = one_line(response)
    assert '{"text": "..."}' in detail and "application/json" in detail and "text/plain" in detail
    assert "UNIQUE-MARKER" not in response.text and "council" not in response.text


def test_wrong_field_types_and_bad_json(client):
    detail = one_line(client.post("/api/extract", json={"text": 5, "kinds": "direct"}))
    assert "text:" in detail and "accepted: a string" in detail and "kinds:" in detail and "accepted: a list" in detail
    bad = client.post("/api/extract", content=b'{"text": "unfinished', headers={"content-type": "application/json"})
    assert "not valid JSON" in one_line(bad) and "unfinished" not in bad.text


def test_extra_fields_are_named_with_the_accepted_ones(client):
    detail = one_line(client.post("/api/corrections", json={"action": "speaker", "quote_id": 1, "speaker": "Long"}))
    assert "unknown field(s) quote_id, speaker" in detail
    from onrecord.interfaces.web.edits_api import CorrectionRequest

    assert "accepted: " + ", ".join(CorrectionRequest.model_fields) in detail and "Long" not in detail


def test_the_openapi_document_describes_the_422_as_one_line(client):
    spec = client.get("/openapi.json").json()
    assert spec["paths"]["/api/quotes"]["get"]["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorLine"
    }
    assert "HTTPValidationError" not in str(spec)


def test_json_of_another_shape_names_the_shape_not_the_content_type(client):
    """Trial 8, L5: `[1, 2]` or `null` sent as application/json was told "(got application/json)"."""
    for body, shape in ((b"[1, 2]", "an array"), (b"null", "null"), (b'"text"', "a string"), (b"5", "a number")):
        detail = one_line(client.post("/api/extract", content=body, headers={"content-type": "application/json"}))
        assert f"the JSON is {shape}, not an object" in detail and '{"text": "..."}' in detail
        assert "(got application/json)" not in detail


def test_a_json_body_that_is_not_utf8_gets_one_catalogue_line(client):
    """Trial 12 F17: bytes that are not UTF-8 sent as JSON got FastAPI's bare "error parsing the body"."""
    body = b'{"text": "\xff\xfe"}'
    detail = one_line(client.post("/api/extract", content=body, headers={"content-type": "application/json"}))
    assert "not UTF-8" in detail and "application/json" in detail


def test_a_misspelt_body_field_is_named_beside_the_missing_one(client):
    """Trial 12 F17: {"txt": ...} was told only that text is required."""
    detail = one_line(client.post("/api/extract", json={"txt": "The council met."}))
    assert "text: required" in detail and "unknown field(s) txt" in detail and "accepted: text" in detail


def test_a_page_parameter_of_the_wrong_type_says_what_is_accepted(client):
    """Trial 12 F17: the search page showed pydantic's "unable to parse string as an integer"."""
    page = client.get("/search", params={"q": "x", "page": "abc"})
    assert page.status_code == 400 and "accepted: a whole number" in page.text
    assert "unable to parse" not in page.text and "Input should be" not in page.text
