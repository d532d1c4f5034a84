"""Readers: HTML, WARC, gzip, directories, and their bad inputs."""

import gzip
import io

import pytest

from onrecord.io.readers import Problem, read_path

ARTICLE_HTML = """<html><head><title>Mayor opens bridge</title>
<meta property="article:published_time" content="2024-05-03T10:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Mayor opens bridge</h1>
<p>The new bridge over the river opened on Friday after three years of work and many delays.</p>
<p>"This bridge joins two halves of our city," Mayor Anna Berg said at the ceremony.</p>
<p>Engineers said the structure would last a century. Traffic is expected to ease across the district.</p>
</article><footer>Copyright</footer></body></html>"""


def items(path):
    got = list(read_path(str(path)))
    return [g for g in got if not isinstance(g, Problem)], [g for g in got if isinstance(g, Problem)]


def test_html_page_and_gzipped_page(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    for name in ("a.html", "b.html.gz"):
        arts, probs = items(tmp_path / name)
        assert not probs
        assert "two halves of our city" in arts[0].text
        assert "Home | News" not in arts[0].text
        assert arts[0].title == "Mayor opens bridge"
        assert arts[0].date == "2024-05-03"


def test_not_an_article_and_truncated_gzip(tmp_path):
    (tmp_path / "404.html").write_text("<html><body><h1>Not found</h1></body></html>")
    arts, probs = items(tmp_path / "404.html")
    assert not arts and "not an article" in probs[0].message
    data = gzip.compress(ARTICLE_HTML.encode() * 50)
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    arts, probs = items(tmp_path / "cut.html.gz")
    assert not arts and "damaged" in probs[0].message and "cut.html.gz" in probs[0].message


def test_non_utf8_page_with_declared_charset(tmp_path):
    page = ARTICLE_HTML.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "our city", "our caf\u00e9 city"
    )
    (tmp_path / "latin.html").write_bytes(page.encode("cp1252"))
    arts, probs = items(tmp_path / "latin.html")
    assert "caf\u00e9" in arts[0].text


def _warc(records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-05-04T00:00:00Z"},
        )
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_keeps_200_html_responses_with_uri_and_date(tmp_path):
    data = _warc(
        [
            (
                "https://news.example/bridge",
                "200 OK",
                "text/html; charset=utf-8",
                ARTICLE_HTML.replace(
                    '<meta property="article:published_time" content="2024-05-03T10:00:00Z">', ""
                ).encode(),
            ),
            ("https://news.example/missing", "404 Not Found", "text/html", b"<html>gone</html>"),
            ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
        ]
    )
    (tmp_path / "c.warc.gz").write_bytes(data)
    arts, probs = items(tmp_path / "c.warc.gz")
    assert len(arts) == 1 and not probs
    assert arts[0].url == "https://news.example/bridge"
    assert arts[0].date == "2024-05-04"


def test_broken_warc_reports_and_keeps_earlier_records(tmp_path):
    one = _warc([("https://news.example/bridge", "200 OK", "text/html", ARTICLE_HTML.encode())])
    two = _warc(
        [
            ("https://news.example/bridge", "200 OK", "text/html", ARTICLE_HTML.encode()),
            ("https://news.example/second", "200 OK", "text/html", ARTICLE_HTML.encode() * 20),
        ]
    )
    (tmp_path / "d.warc.gz").write_bytes(two[: len(one) + (len(two) - len(one)) // 2])
    arts, probs = items(tmp_path / "d.warc.gz")
    assert len(arts) == 1
    assert probs and "d.warc.gz" in probs[0].message


def test_directory_recursive_mixed_and_empty(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text(ARTICLE_HTML)
    (tmp_path / "b.txt").write_text('"Hi," Anna Berg said.')
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "\\"Yo,\\" Tom Baker said."}\n')
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    arts, probs = items(tmp_path)
    assert sorted(a.id for a in arts)[:1] and len(arts) == 3
    [skipped] = probs  # named, never silently dropped (trial 4, F19)
    assert skipped.code == "E047" and not skipped.fatal and "notes.bin" in skipped.message
    empty = tmp_path / "empty"
    empty.mkdir()
    arts, probs = items(empty)
    assert not arts and "no readable input files" in probs[0].message


def test_non_utf8_page_without_declared_charset(tmp_path):
    page = ARTICLE_HTML.replace("our city", "our caf\u00e9 city, na\u00efve and s\u00fcre")
    (tmp_path / "nocharset.html").write_bytes(page.encode("latin-1"))
    arts, probs = items(tmp_path / "nocharset.html")
    assert not probs and "caf\u00e9" in arts[0].text


def test_huge_page_is_refused_without_reading_it_all(tmp_path):
    from onrecord.io.ingest_readers import MAX_PAGE_BYTES

    big = tmp_path / "big.html"
    with open(big, "wb") as fh:
        fh.write(b"<html><body><p>")
        chunk = b"word " * 200_000
        while fh.tell() < MAX_PAGE_BYTES + 1_000_000:
            fh.write(chunk)
    arts, probs = items(big)
    assert not arts and "over" in probs[0].message and "big.html" in probs[0].message


def test_missing_path_is_reported_by_ingest(tmp_path):
    from onrecord.corpus import ingest

    report = ingest([str(tmp_path / "nope.jsonl")], str(tmp_path / "s.db"), workers=1, progress=False)
    assert report.total_stored == 0
    assert "no such file" in report.problems[0].message


def _numbered_warc(path, gzipped: bool, n: int = 12) -> list[str]:
    """A WARC of ``n`` article pages (and a request record between two of them); their URLs in order."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for i in range(n):
            url = f"https://news.example/story-{i}"
            body = "".join(
                f'<p>Paragraph {k} of story {i}: "We will build the bridge," Mayor Anna Berg said on day {k}.</p>'
                for k in range(8 + i % 5)
            )
            page = f"<html><head><title>Story {i}</title></head><body><article>{body}</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()), http_headers=headers)
            )
            if i == 5:  # a record that is no page: read past, in whichever range it falls
                writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1")))
            urls.append(url)
    return urls


@pytest.mark.parametrize("gzipped", [True, False])
@pytest.mark.parametrize("pieces", [2, 3, 7, 40])
def test_warc_byte_ranges_read_every_record_once_in_order(tmp_path, gzipped, pieces):
    from onrecord.io.ingest_readers import read_warc

    path = tmp_path / ("w.warc.gz" if gzipped else "w.warc")
    urls = _numbered_warc(path, gzipped)
    size = path.stat().st_size
    cuts = [size * k // pieces for k in range(pieces)] + [size]
    seen = [
        item.url
        for lo, hi in zip(cuts, cuts[1:], strict=False)
        for item in read_warc(path, 100_000, (lo, hi))
        if hasattr(item, "url")
    ]
    assert seen == urls  # cut anywhere, even inside a record or a gzip member: each record once
    whole = [item.url for item in read_warc(path, 100_000) if hasattr(item, "url")]
    assert whole == urls


def _warc_bytes(path, gzipped: bool) -> bytes:
    _numbered_warc(path, gzipped, n=4)
    return path.read_bytes()


def test_a_warc_gz_cut_inside_its_last_member_reports_the_cut_record(tmp_path):
    from onrecord.io.ingest_readers import read_warc

    path = tmp_path / "cut.warc.gz"
    data = _warc_bytes(path, True)
    path.write_bytes(data[:-200])  # the last record's gzip member loses its end
    items = list(read_warc(path, 100_000))
    assert [a.url for a in items if hasattr(a, "url")] == [f"https://news.example/story-{i}" for i in range(3)]
    (cut,) = [p for p in items if isinstance(p, Problem) and p.fatal]
    assert cut.code == "E017" and "the file is cut" in cut.message and "record 4" in cut.message


def test_an_empty_warc_and_a_gzip_that_holds_no_warc_are_one_line_each(tmp_path):
    from onrecord.io.ingest_readers import read_warc

    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    not_warc = tmp_path / "notes.warc.gz"
    not_warc.write_bytes(gzip.compress(b"meeting notes\nnothing archived here\n"))
    for path, code in ((empty, "E002"), (not_warc, "E017")):
        (problem,) = list(read_warc(path, 100_000))
        assert problem.code == code and str(path) in problem.message and "\n" not in problem.message


def test_a_warc_gzipped_as_one_stream_is_read_whole_and_never_split(tmp_path):
    from onrecord.corpus.dask_engine import plan_shards
    from onrecord.io.ingest_readers import is_single_stream_gzip, read_warc

    plain = tmp_path / "w.warc"
    urls = _numbered_warc(plain, False)
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))
    assert is_single_stream_gzip(whole) and not is_single_stream_gzip(tmp_path / "w.warc")
    assert [a.url for a in read_warc(whole, 100_000) if hasattr(a, "url")] == urls
    shards, _, _ = plan_shards([str(whole)], max_chars=100_000, shard_bytes=100)
    assert len(shards) == 1 and "bytes" not in shards[0]


def test_a_warc_header_inside_a_page_is_not_taken_for_a_record_when_a_range_starts_there(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from onrecord.io.ingest_readers import read_warc

    http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Injected</p></body></html>"
    fake = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://fake.example/\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n{http}\r\n\r\n"
    )
    page = f"<html><body><article><p>An archive holds lines such as</p><pre>\n{fake}</pre></article></body></html>"
    path = tmp_path / "a.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "http://real.example/", "response", payload=io.BytesIO(page.encode()), http_headers=headers
        )
        writer.write_record(record)
    inside = path.read_bytes().index(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://fake")
    size = path.stat().st_size
    second_half = list(read_warc(path, 100_000, (inside - 1, size)))
    assert second_half == []  # the page's record started in the first range: nothing starts in the second
