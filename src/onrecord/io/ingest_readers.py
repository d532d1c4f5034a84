"""Readers for corpus formats: HTML pages, WARC/ARC files, gzip, directories.

Main text, title, date, URL and site come from trafilatura (which uses
htmldate for dates), WARC records from warcio: well-kept libraries rather than
hand-written boilerplate removal or record parsing. Everything streams: one
page or record in memory at a time.
"""
from __future__ import annotations

import gzip
import hashlib
import warnings
import zlib
from pathlib import Path
from typing import IO, Iterator

from ..errors import Err, OnrecordError
from ..model import Article

MAX_PAGE_BYTES = 20_000_000  # a larger "page" is not an article; refusing it keeps memory flat
MIN_ARTICLE_CHARS = 200

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    for fmt, suffixes in (("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES), ("warc", WARC_SUFFIXES), ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return fmt
    return None


def open_maybe_gzip(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _problem(source: str, record: str | None, message: str):  # type: ignore[no-untyped-def]
    from .readers import Problem

    return Problem(source, record, message)


def html_to_article(data: bytes, source: str, url: str | None = None, date: str | None = None, record: str | None = None) -> Article:
    """The article in an HTML page, or OnrecordError when the page holds none."""
    import trafilatura

    where = f"{source}, {record}" if record else source
    if len(data) > MAX_PAGE_BYTES:
        raise OnrecordError(Err.E018, source=where, detail=f"the page is {len(data):,} bytes, over {MAX_PAGE_BYTES:,}")
    if not data.strip():
        raise OnrecordError(Err.E002, source=where)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil's timezone warnings on odd pages are noise here
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise OnrecordError(Err.E018, source=where, detail="no article text found (an index, error or empty page)")
    page_url = getattr(doc, "url", None) or url
    return Article(
        text=text,
        id=page_url or hashlib.sha1(data).hexdigest()[:16],
        title=getattr(doc, "title", None),
        date=getattr(doc, "date", None) or date,
        url=page_url,
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or source,
        format="warc" if record else "html",
    )


def read_html(path: Path, max_chars: int) -> Iterator[object]:
    from .readers import _limit

    source = str(path)
    try:
        with open_maybe_gzip(path) as fh:
            data = fh.read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield _problem(source, None, str(OnrecordError(Err.E017, source=source, detail=str(exc) or type(exc).__name__)))
        return
    try:
        article = html_to_article(data, source)
    except OnrecordError as exc:
        yield _problem(source, None, str(exc))
        return
    article, warning = _limit(article, source, max_chars)
    if warning:
        yield warning
    yield article


def read_warc(path: Path, max_chars: int) -> Iterator[object]:
    """HTTP 200 text/html responses, with their target URI and date."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .readers import _limit

    source = str(path)
    number = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != "200" or "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                rec = f"record {number} ({url})"
                data = record.content_stream().read(MAX_PAGE_BYTES + 1)
                try:
                    article = html_to_article(data, source, url=url, date=warc_date, record=rec)
                except OnrecordError as exc:
                    yield _problem(source, rec, str(exc))
                    continue
                article, warning = _limit(article, f"{source}, {rec}", max_chars)
                if warning:
                    yield warning
                yield article
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        yield _problem(source, f"record {number + 1}", str(OnrecordError(Err.E017, source=source, detail=f"record {number + 1}: {str(exc).strip() or type(exc).__name__}; the records before it were read")))


def read_any(path: Path, max_chars: int) -> Iterator[object]:
    from .readers import read_jsonl_lines, read_text

    fmt = format_of(path)
    if fmt == "html":
        yield from read_html(path, max_chars)
    elif fmt == "warc":
        yield from read_warc(path, max_chars)
    elif fmt == "jsonl":
        try:
            with open_maybe_gzip(path) as fh:
                yield from read_jsonl_lines(fh, str(path), max_chars)
        except (OSError, EOFError, zlib.error) as exc:
            yield _problem(str(path), None, str(OnrecordError(Err.E017, source=str(path), detail=str(exc) or type(exc).__name__)))
    elif fmt == "text":
        try:
            with open_maybe_gzip(path) as fh:
                data = fh.read()
        except (OSError, EOFError, zlib.error) as exc:
            yield _problem(str(path), None, str(OnrecordError(Err.E017, source=str(path), detail=str(exc) or type(exc).__name__)))
            return
        yield from read_text(data, str(path), max_chars)
    else:
        yield _problem(str(path), None, str(OnrecordError(Err.E012, source=str(path), detail="".join(path.suffixes) or path.name)))


def iter_directory(path: Path, max_chars: int) -> Iterator[object]:
    """Every readable file under path, recursively, in a stable order; other files are listed as skipped."""
    files = sorted(p for p in path.rglob("*") if p.is_file())
    readable = [p for p in files if format_of(p) is not None]
    if not readable:
        yield _problem(str(path), None, str(OnrecordError(Err.E019, source=str(path))))
        return
    for p in readable:
        yield from read_any(p, max_chars)
