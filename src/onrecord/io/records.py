"""Records: the readers of one text or one JSONL stream, and ``Problem``, what a bad record becomes.

Each reader yields ``Article`` objects or ``Problem`` records; a bad record is reported with its
file, record and reason and never stops the others. ``readers`` (files, directories, standard
input) and ``ingest_readers`` (HTML, WARC, gzip) build on this module.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import Err, OnrecordError, json_error_detail
from ..model import Article
from ..text.prose import not_prose
from .bounded import TooLong, capped_lines, record_byte_limit
from .dates import record_date

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(slots=True)
class Problem:
    """A record that could not be read, or was read with a warning."""

    source: str
    record: str | None
    message: str
    fatal: bool = True  # False: a warning, the record was still processed
    code: str | None = None  # the catalogue code (errors.Err name) of the message

    @classmethod
    def of(cls, source: str, record: str | None, error: OnrecordError, fatal: bool = True) -> Problem:
        """The problem ``error`` describes, keeping its code."""
        return cls(source, record, str(error), fatal, error.code)


# A plain-text article's first line is its headline when it is short, has no final punctuation and a
# blank line follows it (the layout of BBC's text files and of most scraped text dumps).
_HEADLINE = re.compile(r"\A[ \t\ufeff]*([^\n]{3,200}?)[ \t]*\r?\n[ \t]*\r?\n(?=\s*\S)")
_SENTENCE_END = tuple(".!?:;,\"'\u201d\u2019")
_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]*[:=]?[ \t]*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like binary data rather than text or markup (NUL bytes, or more control bytes in
    the first 8 KB than one in 50, at least 9), else None; an input with a UTF-16/32 byte-order mark is text."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "it contains NUL bytes"
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\n\r\t\f")
    if controls > max(8, len(head) // 50):
        return f"{controls} control characters in the first 8 KB"
    return None


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
            raise OnrecordError(
                Err.E003, source=source, detail=f"{encoding.rstrip('-sig')}, byte {exc.start}: {exc.reason}"
            ) from exc
        text = data[: exc.start].decode(encoding)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise OnrecordError(Err.E004, source=source, detail=f"{controls} control characters in the first 8 KB")
    if not text.strip():
        raise OnrecordError(Err.E002, source=source)
    return text


def cut_to_limit(
    article: Article, source: str, max_chars: int, cut: bool = False, total: tuple[int, bool] | None = None
) -> tuple[Article, Problem | None]:
    """``article`` cut to ``max_chars`` characters (in place) and, when it was cut, the E010 warning.

    ``cut``: the reader stopped before the input did, so the length it tells is a lower bound, unless
    ``total`` gives (the input's characters, whether they were counted to its end).
    """
    if max_chars and len(article.text) > max_chars:
        size: int | str = len(article.text)
        if total is not None:
            size = total[0] if total[1] else f"at least {total[0]}"
        elif cut:
            size = f"at least {len(article.text)}"
        article.text = article.text[:max_chars]
        return article, Problem.of(
            source, article.id, OnrecordError(Err.E010, source=source, size=size, limit=max_chars), fatal=False
        )
    return article, None


def headline_of(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a headline, else None.

    A headline here is 3-200 characters, at least two words, ends without sentence punctuation and is
    followed by a blank line and more text. The text itself is unchanged: the headline stays in it,
    and every offset still indexes it.
    """
    match = _HEADLINE.match(text)
    if match is None:
        return None
    line = match.group(1).strip()
    if len(line.split()) < 2 or line.endswith(_SENTENCE_END):
        return None
    return line


def read_text(
    data: bytes,
    source: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    cut: bool = False,
    total: tuple[int, bool] | None = None,
) -> Iterator[Article | Problem]:
    """One article from the bytes of a text file (``cut``: the bytes stop before the file does; ``total``:
    the file's characters, and whether counted to its end, for the cut's warning)."""
    try:
        text = decode_text(data, source, cut)
    except OnrecordError as exc:
        yield Problem.of(source, None, exc)
        return
    why = not_prose(text)
    if why is not None:  # program source, a table, a log: extraction would store junk quotes and people
        yield Problem.of(source, None, OnrecordError(Err.E029, source=source, detail=why))
        return
    article = Article(text=text, id=Path(source).stem if source != "-" else "stdin", source=source)
    header = _DATE_HEADER.match(text)
    if header:
        # Checked as JSON Lines dates are: a date that is not one is dropped, the article kept (E037).
        article.date, bad_date = record_date(header.group(1), source)
        if bad_date is not None:
            yield Problem(source, None, f"{bad_date} The article is kept without its date.", False, bad_date.code)
    else:
        article.title = headline_of(text)
    article, warning = cut_to_limit(article, source, max_chars, cut, total)
    if warning:
        yield warning
    yield article


def read_jsonl_lines(lines: IO[bytes], source: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article | Problem]:
    """Articles from JSON Lines; each line is read with a byte cap (``bounded.record_byte_limit``). A
    stream with no line that holds anything (an empty file, blank lines) is one E002 problem."""
    limit = record_byte_limit(max_chars)
    records = 0  # lines that hold something: none at all is an empty input, said (E002), never a silent drop
    for number, raw in enumerate(capped_lines(lines, limit), start=1):
        rec = f"line {number}"
        if isinstance(raw, TooLong):
            records += 1
            detail = f"the line is over {limit:,} bytes"
            if raw.rest_skipped:
                detail += "; no line break follows, so the rest of the file"
            yield Problem.of(source, rec, OnrecordError(Err.E021, source=f"{source}, line {number}", detail=detail))
            continue
        if not raw.strip() or raw.strip() == b"\xef\xbb\xbf":  # a blank line, or only a BOM
            continue
        records += 1
        try:
            line = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield Problem.of(
                source,
                rec,
                OnrecordError(Err.E013, source=source, line=number, detail=f"{exc.reason} at byte {exc.start}"),
            )
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            error = OnrecordError(Err.E005, source=source, line=number, detail=json_error_detail(exc))
            yield Problem.of(source, rec, error)
            continue
        if not isinstance(obj, dict):
            yield Problem.of(source, rec, OnrecordError(Err.E007, source=source, line=number))
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Problem.of(source, rec, OnrecordError(Err.E006, source=source, line=number))
            continue
        if not text.strip():
            yield Problem.of(source, rec, OnrecordError(Err.E035, source=source, line=number))
            continue
        why = not_prose(text)
        if why is not None:
            yield Problem.of(source, rec, OnrecordError(Err.E029, source=f"{source}, line {number}", detail=why))
            continue

        def opt(key: str, obj: dict[str, object] = obj) -> str | None:
            value = obj.get(key)
            return str(value) if value is not None else None

        date, bad_date = record_date(obj.get("date"), f"{source}, line {number}")
        if bad_date is not None:  # kept, without the date: never a silent drop, nor a date search can't order
            yield Problem(source, rec, f"{bad_date} The record is kept without its date.", False, bad_date.code)
        article = Article(
            text=text,
            id=opt("id") or f"{Path(source).stem}:{number}",
            title=opt("title"),
            date=date,
            url=opt("url"),
            source=opt("source") or source,
        )
        article, warning = cut_to_limit(article, f"{source}, line {number}", max_chars)
        if warning:
            yield warning
        yield article
    if records == 0:
        yield Problem.of(source, None, OnrecordError(Err.E002, source=source))
