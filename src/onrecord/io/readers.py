"""read: turn input files into Articles, streaming, one record at a time.

Each reader yields ``Article`` objects or ``Problem`` records; a bad record is
reported with its file, record and reason and never stops the others.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from ..errors import Err, OnrecordError
from ..model import Article

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Problem:
    """A record that could not be read, or was read with a warning."""

    source: str
    record: str | None
    message: str
    fatal: bool = True  # False: a warning, the record was still processed


_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]*[:=]?[ \t]*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def decode_text(data: bytes, source: str) -> str:
    """Bytes to text, refusing binary data and non-UTF-8 bytes with a clear message."""
    if not data.strip():
        raise OnrecordError(Err.E002, source=source)
    sample = data[:8192]
    if b"\x00" in sample:
        raise OnrecordError(Err.E004, source=source, detail="it contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OnrecordError(Err.E003, source=source, detail=f"byte {exc.start}: {exc.reason}") from exc
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


def read_text(data: bytes, source: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Problem]:
    try:
        text = decode_text(data, source)
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
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        rec = f"line {number}"
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
    """Articles from a .txt or .jsonl file, or from standard input ('-')."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read()
        head = data.lstrip()[:1]
        if head == b"{":
            import io

            yield from read_jsonl_lines(io.BytesIO(data), "<stdin>", max_chars)
        elif head == b"<" and _is_page(data):
            yield from _read_page(data, "<stdin>", max_chars)
        else:
            yield from read_text(data, "<stdin>", max_chars)
        return
    p = Path(path)
    if not p.exists():
        yield Problem(path, None, str(OnrecordError(Err.E008, source=path)))
        return
    if p.is_dir():
        from .ingest_readers import iter_directory

        yield from iter_directory(p, max_chars)
        return
    from .ingest_readers import format_of, read_any

    if format_of(p) is not None and format_of(p) != "text" or p.name.endswith(".gz"):
        yield from read_any(p, max_chars)
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield Problem(path, None, str(OnrecordError(Err.E009, source=path, detail=exc.strerror or str(exc))))
        return
    yield from read_text(data, path, max_chars)
