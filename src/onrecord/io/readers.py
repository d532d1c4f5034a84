"""read: turn input files into Articles, streaming, one record at a time.

The one entry point for inputs (``read_path``: a file, a directory or standard input); the formats
are read by ``records`` (text, JSONL) and ``ingest_readers`` (HTML, WARC, gzip). Each reader yields
``Article`` objects or ``Problem`` records; a bad record is reported with its file, record and
reason and never stops the others.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..checks import check_count
from ..errors import Err, OnrecordError
from ..model import Article
from .bounded import PrefixedStream, read_capped, refuse_special, text_byte_limit
from .ingest_readers import MAX_PAGE_BYTES, is_page, iter_directory, read_any, read_page
from .records import DEFAULT_MAX_CHARS, Problem, check_encoding, decode_text, read_jsonl_lines, read_text

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Problem",
    "check_encoding",
    "decode_text",
    "read_jsonl_lines",
    "read_path",
    "read_text",
]


def read_path(
    path: str, max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[bytes] | None = None, encoding: str | None = None
) -> Iterator[Article | Problem]:
    """Articles from a file, a directory or standard input ('-'), in bounded memory.

    ``encoding``: the codec of text and JSON Lines inputs (a Python codec name); None reads UTF-8 (a
    UTF-16/32 byte-order mark obeyed) and falls back to Windows-1252 with a warning (E049).
    Raises OnrecordError E030 (at the first record) when ``max_chars`` is not a whole number of at
    least 1 or ``encoding`` is not a text encoding Python knows.
    """
    check_count(max_chars, "max_chars")
    encoding = check_encoding(encoding)
    if path == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_chars, encoding)
        return
    p = Path(path)
    if not p.exists():
        yield Problem.of(path, None, OnrecordError(Err.E008, source=path))
        return
    special = refuse_special(p)
    if special is not None:
        yield Problem.of(path, None, special)
        return
    if p.is_dir():
        yield from iter_directory(p, max_chars, encoding)
        return
    yield from read_any(
        p, max_chars, encoding=encoding
    )  # a name of no known format is refused (E012), as ingest refuses it


def _read_stdin(stream: IO[bytes], max_chars: int, encoding: str | None) -> Iterator[Article | Problem]:
    head = stream.read(65_536)
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(PrefixedStream(head, stream), "<stdin>", max_chars, encoding)  # type: ignore[arg-type]
        return
    if is_page(head):
        # An HTML page: read as a page (its main text), like a .html file, within the page size limit.
        page, _ = read_capped(PrefixedStream(head, stream), MAX_PAGE_BYTES + 1)  # type: ignore[arg-type]
        yield from read_page(page, "<stdin>", max_chars)
        return
    data, more = read_capped(PrefixedStream(head, stream), text_byte_limit(max_chars))  # type: ignore[arg-type]
    yield from read_text(data, "<stdin>", max_chars, cut=more, encoding=encoding)
