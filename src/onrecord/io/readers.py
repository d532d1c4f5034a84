"""read: turn input files into Articles, streaming, one record at a time.

Each reader yields ``Article`` objects or ``Problem`` records; a bad record is
reported with its file, record and reason and never stops the others.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from ..errors import Err, OnrecordError
from ..model import Article
from .bounded import PrefixedStream, TooLong, capped_lines, read_capped, record_byte_limit, refuse_special, text_byte_limit

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Problem:
    """A record that could not be read, or was read with a warning."""

    source: str
    record: str | None
    message: str
    fatal: bool = True  # False: a warning, the record was still processed


_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]*[:=]?[ \t]*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, source: str, cut: bool = False) -> str:
    """Bytes to text, refusing binary data and undecodable bytes with a clear message.

    UTF-8 (with or without BOM) and UTF-16/UTF-32 with a BOM are read. ``cut``: the bytes are the
    start of a longer input, so a character split at the end is dropped rather than refused.
    """
    if not data.strip():
        raise OnrecordError(Err.E002, source=source)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8-sig")
    if encoding == "utf-8-sig" and b"\x00" in data[:8192]:
        raise OnrecordError(Err.E004, source=source, detail="it contains NUL bytes")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if not (cut and exc.start >= len(data) - 4 and exc.reason in ("unexpected end of data", "truncated data")):
            raise OnrecordError(Err.E003, source=source, detail=f"{encoding.rstrip('-sig')}, byte {exc.start}: {exc.reason}") from exc
        text = data[:exc.start].decode(encoding)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise OnrecordError(Err.E004, source=source, detail=f"{controls} control characters in the first 8 KB")
    if not text.strip():
        raise OnrecordError(Err.E002, source=source)
    return text


def _limit(article: Article, source: str, max_chars: int) -> tuple[Article, Problem | None]:
    if max_chars and len(article.text) > max_chars:
        size = len(article.text)
        article.text = article.text[:max_chars]
        return article, Problem(source, article.id, str(OnrecordError(Err.E010, source=source, size=size, limit=max_chars)), fatal=False)
    return article, None


def read_text(data: bytes, source: str, max_chars: int = DEFAULT_MAX_CHARS, cut: bool = False) -> Iterator[Article | Problem]:
    """One article from the bytes of a text file (``cut``: the bytes stop before the file does)."""
    try:
        text = decode_text(data, source, cut)
    except OnrecordError as exc:
        yield Problem(source, None, str(exc))
        return
    article = Article(text=text, id=Path(source).stem if source != "-" else "stdin", source=source)
    header = _DATE_HEADER.match(text)
    if header:
        article.date = header.group(1)
    article, warning = _limit(article, source, max_chars)
    if warning:
        yield warning
    yield article


def read_jsonl_lines(lines: IO[bytes], source: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Problem]:
    """Articles from JSON Lines; each line is read with a byte cap (``bounded.record_byte_limit``)."""
    limit = record_byte_limit(max_chars)
    for number, raw in enumerate(capped_lines(lines, limit), start=1):
        rec = f"line {number}"
        if isinstance(raw, TooLong):
            detail = f"the line is over {limit:,} bytes" + ("; no line break follows, so the rest of the file" if raw.rest_skipped else "")
            yield Problem(source, rec, str(OnrecordError(Err.E021, source=f"{source}, line {number}", detail=detail)))
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield Problem(source, rec, str(OnrecordError(Err.E013, source=source, line=number, detail=f"not UTF-8 ({exc.reason} at byte {exc.start})")))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(source, rec, str(OnrecordError(Err.E005, source=source, line=number, detail=exc.msg)))
            continue
        if not isinstance(obj, dict):
            yield Problem(source, rec, str(OnrecordError(Err.E007, source=source, line=number)))
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Problem(source, rec, str(OnrecordError(Err.E006, source=source, line=number)))
            continue
        if not text.strip():
            yield Problem(source, rec, str(OnrecordError(Err.E013, source=source, line=number, detail="the 'text' field is empty")))
            continue

        def opt(key: str) -> str | None:
            value = obj.get(key)
            return str(value) if value is not None else None

        article = Article(text=text, id=opt("id") or f"{Path(source).stem}:{number}", title=opt("title"), date=opt("date"), url=opt("url"), source=opt("source") or source)
        article, warning = _limit(article, f"{source}, line {number}", max_chars)
        if warning:
            yield warning
        yield article


def _is_page(data: bytes) -> bool:
    from .. import looks_like_html

    return looks_like_html(data[:200_000].decode("utf-8", "replace"))


def _read_page(data: bytes, source: str, max_chars: int) -> Iterator[Article | Problem]:
    """An HTML page on standard input, read as a page (its main text), like a .html file."""
    from .ingest_readers import html_to_article

    try:
        article = html_to_article(data, source)
    except OnrecordError as exc:
        yield Problem(source, None, str(exc))
        return
    article, warning = _limit(article, source, max_chars)
    if warning:
        yield warning
    yield article


def read_path(path: str, max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None) -> Iterator[Article | Problem]:
    """Articles from a .txt or .jsonl file, or from standard input ('-'), in bounded memory."""
    if path == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_chars)
        return
    p = Path(path)
    if not p.exists():
        yield Problem(path, None, str(OnrecordError(Err.E008, source=path)))
        return
    special = refuse_special(p)
    if special is not None:
        yield Problem(path, None, str(special))
        return
    if p.is_dir():
        from .ingest_readers import iter_directory

        yield from iter_directory(p, max_chars)
        return
    from .ingest_readers import format_of, read_any, read_text_file

    yield from read_any(p, max_chars) if format_of(p) is not None else read_text_file(p, max_chars)


def _read_stdin(stream: IO[bytes], max_chars: int) -> Iterator[Article | Problem]:
    head = stream.read(65_536)
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(PrefixedStream(head, stream), "<stdin>", max_chars)  # type: ignore[arg-type]
        return
    if head.lstrip()[:1] == b"<" and _is_page(head):
        # An HTML page: read as a page (its main text), like a .html file, within the page size limit.
        from .ingest_readers import MAX_PAGE_BYTES

        page, _ = read_capped(PrefixedStream(head, stream), MAX_PAGE_BYTES + 1)  # type: ignore[arg-type]
        yield from _read_page(page, "<stdin>", max_chars)
        return
    data, more = read_capped(PrefixedStream(head, stream), text_byte_limit(max_chars))  # type: ignore[arg-type]
    yield from read_text(data, "<stdin>", max_chars, cut=more)
