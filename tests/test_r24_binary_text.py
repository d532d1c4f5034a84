"""Text that reads as binary data is refused the same way by the library, the HTTP API and the CLI (trial 24: the
CLI said E004 for control characters while ``extract`` and ``POST /api/extract`` returned an empty result)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import onrecord
from onrecord.errors import OnrecordError
from onrecord.interfaces.web.app import create_app

BINARY = "\x00\x01abc\x02\x03" * 10
CONTROLS = "ab\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f" * 3


@pytest.mark.parametrize("text", [BINARY, CONTROLS, "He said \x00 yes."])
def test_the_library_refuses_binary_text_with_e004(text):
    with pytest.raises(OnrecordError) as info:
        onrecord.extract(text, id="upload-7")
    assert info.value.code == "E004" and "upload-7" in str(info.value)


def test_prose_with_a_few_stray_controls_is_still_read():
    text = 'Ann Lee, the mayor, said: "We will rebuild the bridge."\f\tShe added \x0b nothing.\n'
    quotes = onrecord.extract(text).quotes
    assert [q.speaker.name for q in quotes] == ["Ann Lee"]


def test_the_http_api_answers_422_with_one_e004_line():  # the request's input, as an empty text's E002
    with TestClient(create_app(None, extract_processes=1)) as client:
        response = client.post("/api/extract", json={"text": BINARY})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("[E004] ") and "\n" not in detail


def test_the_analyse_file_picker_offers_gzip_files():  # trial 24: the README says .gz uploads are unpacked
    import re

    with TestClient(create_app(None, extract_processes=1)) as client:
        page = client.get("/").text
    accept = re.search(r'<input type="file" name="upload" accept="([^"]+)"', page)
    assert accept is not None and {".txt", ".html", ".gz"} <= set(accept.group(1).split(","))
