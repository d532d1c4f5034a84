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
from typing import IO, Any

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
_SENTENCE_END = tuple(".!?:;,")
# A headline may end in a scare quote ("Xbox power cable 'fire fear'", 194 of BBC's 2,225 text files):
# a closing mark is not final punctuation; what comes before it decides.
_CLOSING_MARKS = "\"'\u201d\u2019"
_OPENING_MARKS = "\"'\u201c\u2018"
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


FALLBACK_ENCODING = "cp1252"  # Windows-1252: old archive text (a superset of Latin-1's printable characters)


def check_encoding(encoding: str | None) -> str | None:
    """The codec to decode with for ``encoding`` (a Python codec name: "latin-1", "cp1252", "utf-16"...),
    None for the default (UTF-8, a UTF-16/32 byte-order mark obeyed, the Windows-1252 fallback).

    "utf-8" is read as "utf-8-sig" (a BOM is dropped, as by default). Raises OnrecordError E030 for a
    name Python's ``codecs`` does not know, or one that is not a text encoding (``rot13``, ``base64``).
    """
    if encoding is None:
        return None
    try:
        name = codecs.lookup(str(encoding)).name
        b"a".decode(name)  # refuses codecs that are not text encodings (bytes-to-bytes, str-to-str)
    except UnicodeDecodeError:
        pass  # a text encoding: one byte is not a whole UTF-16/32 character
    except (LookupError, TypeError):
        detail = f"'{encoding}' is not a text encoding Python knows; e.g. utf-8, cp1252, latin-1, utf-16"
        raise OnrecordError(Err.E030, option="encoding", detail=detail) from None
    return "utf-8-sig" if name == "utf-8" else name


def decode_text(data: bytes, source: str, cut: bool = False, encoding: str | None = None) -> str:
    """Bytes to text, refusing binary data and undecodable bytes with a clear message
    (``decode_noted`` without its warning)."""
    return decode_noted(data, source, cut, encoding)[0]


def decode_noted(
    data: bytes, source: str, cut: bool = False, encoding: str | None = None
) -> tuple[str, OnrecordError | None]:
    """(text, warning): bytes to text, refusing binary data and undecodable bytes with a clear message.

    ``encoding`` None: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM; bytes that are not UTF-8 but
    decode as Windows-1252 are read so, with the E049 warning. ``encoding`` given (``check_encoding``'s
    codec): that codec only, E003 when the bytes are not in it. ``cut``: the bytes are the start of a
    longer input, so a character split at the end is dropped rather than refused. Offsets then index
    the decoded text.
    """
    if not data.strip():
        raise OnrecordError(Err.E002, source=source)
    codec = encoding or next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8-sig")
    if encoding is None and codec == "utf-8-sig" and b"\x00" in data[:8192]:
        raise OnrecordError(Err.E004, source=source, detail="it contains NUL bytes" + _utf16_hint(data[:8192]))
    warning = None
    try:
        text = _decode_start(data, codec, cut)
    except UnicodeDecodeError as exc:
        utf8 = encoding is None and codec == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8)
        fallback = _fallback(data, cut) if utf8 else None
        where = f"byte {exc.start}: {exc.reason}"
        if fallback is None:
            raise OnrecordError(Err.E003, source=source, encoding=_shown(codec), detail=where) from exc
        text, warning = fallback, OnrecordError(Err.E049, source=source, detail=where)
    refuse_control_characters(text, source)
    if not text.strip():
        raise OnrecordError(Err.E002, source=source)
    return text, warning


def refuse_control_characters(text: str, source: str) -> None:
    """Raise OnrecordError E004 when ``text`` reads as binary data rather than prose: it holds a NUL character in
    its first 8,192 characters, or more control characters there (other than line feed, carriage return, tab and
    form feed) than the larger of 8 and one in 50. The same test ``decode_noted`` applies to decoded bytes, so the
    library and the HTTP API refuse what the CLI refuses (trial 24: ``extract("\x00\x01abc")`` returned nothing)."""
    head = text[:8192]
    if "\x00" in head:
        raise OnrecordError(Err.E004, source=source, detail="it contains NUL characters")
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(head) // 50):
        raise OnrecordError(Err.E004, source=source, detail=f"{controls} control characters in the first 8 KB")


def _utf16_hint(head: bytes) -> str:
    """What to say of NUL bytes that fall every other byte: text in UTF-16 without a byte-order mark (Latin
    letters are one byte and a NUL in it: NUL second in little-endian, first in big-endian), with the option
    that reads it; "" for NUL bytes of another pattern (binary data)."""
    pairs = len(head) // 2
    if pairs < 8:
        return ""
    for codec, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        nuls, others = head[nul_at : 2 * pairs : 2].count(0), head[1 - nul_at : 2 * pairs : 2].count(0)
        if nuls >= 0.9 * pairs and others == 0:
            return (
                f"; every other byte is NUL, as in {codec.upper().replace('-LE', 'LE').replace('-BE', 'BE')} text "
                "without a byte-order mark: if it is, "
                f"give --encoding {codec} (Python: encoding='{codec}')"
            )
    return ""


def _shown(codec: str) -> str:
    return "UTF-8" if codec.startswith("utf-8") else codec


def _decode_start(data: bytes, codec: str, cut: bool) -> str:
    """``data`` decoded; with ``cut``, a character split by the cut at the end is dropped."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if not (cut and exc.start >= len(data) - 4 and exc.reason in ("unexpected end of data", "truncated data")):
            raise
        return data[: exc.start].decode(codec)


def _fallback(data: bytes, cut: bool) -> str | None:
    """``data`` read as Windows-1252 (its five unassigned bytes refused), else None."""
    try:
        return _decode_start(data, FALLBACK_ENCODING, cut)
    except UnicodeDecodeError:
        return None


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
        for post in article.embeds:  # a post past the cut is no longer in the text: it keeps no span
            if post.end is not None and post.end > max_chars:
                post.start = post.end = None
        return article, Problem.of(
            source, article.id, OnrecordError(Err.E010, source=source, size=size, limit=max_chars), fatal=False
        )
    return article, None


def headline_of(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a headline, else None.

    A headline here is 3-200 characters, at least two words, ends without sentence punctuation (a
    closing quotation mark aside: "Xbox power cable 'fire fear'" is one), is not one quotation alone,
    and is followed by a blank line and more text. The text itself is unchanged: the headline stays in it,
    and every offset still indexes it.
    """
    match = _HEADLINE.match(text)
    if match is None or _DATE_HEADER.match(text):  # "date 2003-05-12" is the header line, not a headline
        return None
    line = match.group(1).strip()
    bare = line.rstrip(_CLOSING_MARKS)
    if len(line.split()) < 2 or bare.endswith(_SENTENCE_END) or _one_quotation(line):
        return None
    return line


def _one_quotation(line: str) -> bool:
    """Whether the line is one quotation and nothing else ("\u201cWe will win\u201d"): a paragraph, not a headline."""
    marks = sum(line.count(m) for m in _CLOSING_MARKS + _OPENING_MARKS if m != "'")
    return line[0] in _OPENING_MARKS and line[-1] in _CLOSING_MARKS and (marks == 2 or line.count("'") == 2)


def read_text(
    data: bytes,
    source: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    cut: bool = False,
    total: tuple[int, bool] | None = None,
    encoding: str | None = None,
) -> Iterator[Article | Problem]:
    """One article from the bytes of a text file (``cut``: the bytes stop before the file does; ``total``:
    the file's characters, and whether counted to its end, for the cut's warning; ``encoding``: a codec
    from ``check_encoding``, None for the default, see ``decode_noted``)."""
    try:
        text, read_as = decode_noted(data, source, cut, encoding)
    except OnrecordError as exc:
        yield Problem.of(source, None, exc)
        return
    if read_as is not None:
        yield Problem.of(source, None, read_as, fatal=False)
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


def _unreadable_input(lines: IO[bytes], source: str, encoding: str | None) -> Problem | None:
    """The one problem that stops a JSON Lines input before its first line, else None: an ``encoding`` that does not
    write a line break as the byte 0x0A (UTF-16/32: E030), or a head that is binary data (E004: an image, an
    archive, random bytes named .jsonl; one problem for the input, not one per byte 0x0A in it). JSON text holds no
    NUL and no raw control byte (RFC 8259 escapes them), so a JSON Lines head never looks binary."""
    if encoding is not None and "{\n".encode(encoding) != b"{\n":
        detail = f"'{encoding}' is not ASCII-compatible; JSON Lines are read in utf-8, cp1252, latin-1 and the like"
        return Problem.of(source, None, OnrecordError(Err.E030, option="encoding", detail=detail))
    head = lines.peek(8192)[:8192] if encoding is None and hasattr(lines, "peek") else b""
    binary = binary_reason(head) if head else None
    return None if binary is None else Problem.of(source, None, OnrecordError(Err.E004, source=source, detail=binary))


def read_jsonl_lines(
    lines: IO[bytes], source: str, max_chars: int = DEFAULT_MAX_CHARS, encoding: str | None = None
) -> Iterator[Article | Problem]:
    """Articles from JSON Lines; each line is read with a byte cap (``bounded.record_byte_limit``). A
    stream with no line that holds anything (an empty file, blank lines) is one E002 problem.

    ``encoding`` (a codec from ``check_encoding``, one that writes a line break as the byte 0x0A): every
    line is decoded with it. None: UTF-8, and a line that is not UTF-8 but decodes as Windows-1252 is
    read so, with one E049 warning for the file (at its first such line). Binary data is one E004 problem.
    """
    limit = record_byte_limit(max_chars)
    records = 0  # lines that hold something: none at all is an empty input, said (E002), never a silent drop
    warned = False  # E049 said once a file, not once a line
    unreadable = _unreadable_input(lines, source, encoding)
    if unreadable is not None:
        return (yield unreadable)
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
            line, read_as = _decode_line(raw, encoding)
        except UnicodeDecodeError as exc:
            detail = f"{_shown(encoding or 'utf-8')}: {exc.reason} at byte {exc.start}"
            yield Problem.of(source, rec, OnrecordError(Err.E013, source=source, line=number, detail=detail))
            continue
        if read_as is not None and not warned:
            warned = True
            warning = OnrecordError(Err.E049, source=f"{source}, line {number}", detail=read_as)
            yield Problem.of(source, rec, warning, fatal=False)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            error = OnrecordError(Err.E005, source=source, line=number, detail=json_error_detail(exc))
            yield Problem.of(source, rec, error)
            continue
        if not isinstance(obj, dict):
            yield Problem.of(source, rec, OnrecordError(Err.E007, source=source, line=number))
            continue
        obj, notes = _whole_characters(obj, source, rec, number)  # "\ud800": valid JSON, no character (trial 10 H6)
        yield from notes
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
        date, bad_date = record_date(obj.get("date"), f"{source}, line {number}")
        if bad_date is not None:  # kept, without the date: never a silent drop, nor a date search can't order
            yield Problem(source, rec, f"{bad_date} The record is kept without its date.", False, bad_date.code)
        fields, dropped = text_fields(obj, ("id", "title", "url", "source", "outlet", "publisher"))
        article = Article(
            text=text,
            id=fields["id"] or f"{Path(source).stem}:{number}",
            title=fields["title"],
            date=date,
            url=fields["url"],
            source=fields["source"] or source,
            outlet=fields["outlet"] or fields["publisher"],  # a record's "source" is provenance, not its outlet
        )
        yield from (_kept_without(source, rec, number, why) for why in dropped)
        article, warning = cut_to_limit(article, f"{source}, line {number}", max_chars)
        if warning:
            yield warning
        yield article
    if records == 0:
        yield Problem.of(source, None, OnrecordError(Err.E002, source=source))


def text_fields(obj: dict[str, object], keys: tuple[str, ...]) -> tuple[dict[str, str | None], list[str]]:
    """A JSON record's fields ``keys`` as text (a number as its digits; absent: None), and why each field
    that is a JSON array, object or true/false was dropped: its Python repr ("['a']") is no title (trial 8 L10)."""
    out: dict[str, str | None] = {}
    dropped = []
    for key in keys:
        value = obj.get(key)
        if isinstance(value, (list, dict, bool)):
            dropped.append(f"'{key}' is a JSON {_json_kind(value)}, not text")
            value = None
        out[key] = str(value) if value is not None else None
    return out, dropped


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (a JSON escape as "\\ud800", half of an emoji cut in two: no character
    UTF-8 or a store can hold) made U+FFFD, one code point for one, so every offset stays; and how many."""
    if not _LONE_SURROGATE.search(text):
        return text, 0
    return _LONE_SURROGATE.subn("\ufffd", text)


def _whole_characters(
    obj: dict[str, Any], source: str, rec: str | None, number: int
) -> tuple[dict[str, Any], list[Problem]]:
    """``obj`` with ``whole_characters`` applied to each of its string values, and the warning (E053) that
    says how many lone surrogates were replaced, if any."""
    count = 0
    out = dict(obj)
    for key, value in obj.items():
        if isinstance(value, str):
            out[key], n = whole_characters(value)
            count += n
    warning = OnrecordError(Err.E053, source=f"{source}, line {number}", count=count)
    return out, [Problem.of(source, rec, warning, fatal=False)] if count else []


def _kept_without(source: str, rec: str | None, number: int, why: str) -> Problem:
    """The warning for a record kept without a field that is not text (``text_fields``)."""
    bad = OnrecordError(Err.E030, option=f"{source}, line {number}", detail=f"{why}; the record is kept without it")
    return Problem.of(source, rec, bad, fatal=False)


def _json_kind(value: object) -> str:
    """ "array", "object" or "true/false": what JSON calls a value that is not text."""
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "true/false"


def _decode_line(raw: bytes, encoding: str | None) -> tuple[str, str | None]:
    """(the line as text, why it was read as Windows-1252 or None); UnicodeDecodeError when it cannot be read."""
    if encoding is not None:
        return raw.decode(encoding), None
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        if raw.startswith(codecs.BOM_UTF8):
            raise
        try:
            return raw.decode(FALLBACK_ENCODING), f"byte {exc.start}: {exc.reason}"
        except UnicodeDecodeError:
            raise exc from None
