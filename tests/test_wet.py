"""Common Crawl WET files (trial 5, F16): ``conversion`` records are read as articles (text, URL, date),
and a WARC holding no record onrecord reads names the record types it holds (E051). Inputs are written
here with warcio; one test also reads the shared Common Crawl sample, skipped when it is absent."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import onrecord
from onrecord.interfaces.cli import main
from onrecord.io.readers import Problem
from onrecord.lexicon.outlets import article_outlet

STORY = (
    "Council votes on library\n"
    'The council met on Monday. "We will open the new library next spring," said Mara Quell, the mayor.\n'
    "Building starts in March.\n"
)
WHIRLWIND = Path("/work/shared/data/corpora/warc/real/commoncrawl-whirlwind/whirlwind.warc.wet.gz")


def write_wet(path: Path, records: list[tuple[str, str, str]]) -> None:
    """A WET file: a warcinfo record, then one conversion record per (uri, date, text)."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for uri, date, text in records:
            headers = {"WARC-Date": date, "Content-Type": "text/plain"}
            record = writer.create_warc_record(
                uri, "conversion", payload=io.BytesIO(text.encode("utf-8")), warc_headers_dict=headers
            )
            writer.write_record(record)


def split(items):
    items = list(items)
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def test_wet_conversion_records_are_articles_with_url_date_and_exact_offsets(tmp_path):
    path = tmp_path / "crawl.warc.wet.gz"
    write_wet(path, [("https://www.news.example/library", "2024-05-18T01:58:10Z", STORY)])
    arts, probs = split(onrecord.read(str(path)))
    assert not [p for p in probs if p.fatal]
    (art,) = arts
    assert art.text == STORY and art.url == "https://www.news.example/library" and art.date == "2024-05-18"
    assert art.title == "Council votes on library" and art.source == str(path)  # provenance: the file
    assert article_outlet(art.url, art.outlet) == "news.example"  # the outlet: the address's site
    ex = onrecord.extract(art.text, title=art.title, date=art.date)
    (quote,) = [q for q in ex.quotes if q.kind == "direct"]
    assert STORY[quote.start : quote.end] == quote.text and "library next spring" in quote.text
    assert quote.speaker is not None and "Mara Quell" in quote.speaker.name


def test_a_renamed_file_of_other_records_says_which_types_it_holds(tmp_path):
    path = tmp_path / "renamed.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        payload = io.BytesIO(b'{"Envelope": {}}')
        writer.write_record(writer.create_warc_record("https://a.example/", "metadata", payload=payload))
        http = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(b"<html><body>gone</body></html>")
        writer.write_record(
            writer.create_warc_record("https://a.example/x", "response", payload=body, http_headers=http)
        )
    arts, probs = split(onrecord.read(str(path)))
    assert not arts and [p.code for p in probs] == ["E051"]
    message = probs[0].message
    assert str(path) in message and "1 warcinfo" in message and "1 metadata" in message
    assert "response (HTTP 404)" in message and "conversion" in message
    r = CliRunner().invoke(main, ["extract", str(path)])
    assert r.exit_code != 0 and "[E051]" in r.stderr and "nothing could be processed" not in r.stderr


def test_cli_reads_a_wet_file_by_its_name(tmp_path):
    path = tmp_path / "crawl.warc.wet.gz"
    write_wet(path, [("https://news.example/a", "2024-05-18T00:00:00Z", STORY)])
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"url": "https://news.example/a"' in r.stdout and "E012" not in r.stderr


def test_the_common_crawl_sample_wet_is_read():
    if not WHIRLWIND.exists():
        pytest.skip(f"{WHIRLWIND} is missing")
    arts, probs = split(onrecord.read(str(WHIRLWIND)))
    assert not [p for p in probs if p.fatal]
    assert len(arts) == 1 and arts[0].url.startswith("https://") and arts[0].date and len(arts[0].text) > 1000
