"""prose: whether a plain text reads as news or as something else stored as text (program source, a
delimited table such as a CSV, a log), which yields only junk quotations and people (trial3 F13).

A cheap test over the text's non-blank lines, no model. Texts under ``MIN_LINES`` lines are judged only
when they are wholly a table (``MIN_TABLE_LINES`` lines or more, every one a row of one delimited table and
none a prose line); otherwise a few lines say too little. A text is refused when its lines show another
kind (``kind_shares``):

- a log: ``KIND_SHARE["log"]`` of its lines open with a time stamp or a log level;
- a delimited table: that share of its lines, read as CSV is, have one field count of 3 or more;
- program source: that share of its lines carry a mark prose never writes (``CODE_MARKS``: braces,
  assignments, ``->``, identifiers with underscores, calls, comment and import openings);

and, for a table or source, under ``PROSE_SHARE`` of its characters are in *prose lines* (``PROSE_WORDS``
words or more, ``PROSE_LETTERS`` of the non-space characters letters, no code mark): docstrings do not
save source, while a news listing of events, one per comma-separated line, is kept (a CSV whose rows
are mostly sentences is kept too: a limit).

Text in no language onrecord knows (``language.unknown_language``: "Lorem ipsum" filler) is refused too.
Markup tags in the text (embedded posts) are taken out first. The thresholds rest on a measurement of
this project's data (``tests/test_prose.py`` repeats it): of the 26,597 texts of /work/shared/data/corpora
(JSON Lines, text) and the gold sets, one is refused, a page template of Jinja and CSS that fakenewsnet
holds as an article's text; the highest shares among the others are code 0.33, log 0.11, table 0.93 (a listing of
events in a news text, 92% prose, so kept).
Python source of this repository (its first 6 KB per module), CSV files and dpkg logs are refused;
source that is mostly docstrings or word lists can pass.
"""

from __future__ import annotations

import csv
import re

from .language import unknown_language

MIN_LINES = 8  # fewer non-blank lines than this: not judged, unless wholly a table (``MIN_TABLE_LINES``)
MIN_TABLE_LINES = 3  # a header and two rows: the fewest lines a table without one sentence is refused at
PROSE_WORDS = 5  # words in a prose line, at least
PROSE_LETTERS = 0.7  # share of a prose line's non-space characters that are letters, at least
PROSE_SHARE = 0.5  # share of the text's characters in prose lines from which code-like text is kept
# Share of the lines that must look like one other kind (``kind_shares``); the highest among the news texts
# measured (see the module): code 0.33, log 0.11, table 0.67 (0.93 in a text of 92% prose).
KIND_SHARE = {"code": 0.4, "table": 0.8, "log": 0.5}
SAMPLE = 100_000  # characters looked at (the start of a longer text)
CODE_MARKS = re.compile(
    r"[{}]\s*$|^\s*[{}]|[=!<>]=|\s[-+*/%|&]?=\s|->|=>|::|\w_\w|\w\(\)|\w\(\w[\w.]*[,)]"
    r"|^\s*(?:#\s|#!|#include|#define|//|/\*|>>>|\$ |import \w|from \S+ import |def \w|class \w|return\b)",
)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
_WORD = re.compile(r"[^\W\d_]{2,}")


_TIMESTAMP = re.compile(  # a date-time, a time with seconds, an Apache/syslog stamp or a log level, early in a line
    r"^.{0,40}?(?:\d{4}-\d\d-\d\d[ T]+\d\d:\d\d|\b\d\d:\d\d:\d\d\b|\d\d/\w{3}/\d{4}:\d\d"
    r"|\b(?:DEBUG|INFO|WARN(?:ING)?|ERROR|TRACE|FATAL|CRITICAL)\b)"
)
DELIMITERS = ",;\t|"


def is_prose_line(line: str) -> bool:
    """Whether one line reads as a line of prose (see the module)."""
    if len(_WORD.findall(line)) < PROSE_WORDS or CODE_MARKS.search(line):
        return False
    chars = [c for c in line if not c.isspace()]
    return sum(c.isalpha() for c in chars) >= PROSE_LETTERS * len(chars)


def kind_shares(lines: list[str]) -> dict[str, float]:
    """Share of the lines that look like program source ("code": a ``CODE_MARKS`` mark), like rows of a
    delimited table ("table": the most common count of one delimiter, 2 or more, per line) and like log
    entries ("log": a time stamp or log level early in the line)."""
    n = len(lines)
    code = sum(1 for line in lines if CODE_MARKS.search(line)) / n
    log = sum(1 for line in lines if _TIMESTAMP.match(line)) / n
    table = 0.0
    for mark in DELIMITERS:  # rows of one field count (3 or more), read as CSV is (quoted fields whole)
        counts: dict[int, int] = {}
        for row in csv.reader(lines, delimiter=mark):
            if len(row) >= 3:
                counts[len(row)] = counts.get(len(row), 0) + 1
        table = max(table, max(counts.values(), default=0) / n)
    return {"code": code, "table": table, "log": log}


def not_prose(text: str) -> str | None:
    """Why ``text`` is not prose ("90% of its lines read as program source and 7% of its text is in
    sentences"), or None when it is prose or too short to judge (see the module for the rule and its
    numbers). Markup tags in the text (embedded posts) are not counted as code. A text of words in no
    language onrecord knows (``language.unknown_language``: filler such as "Lorem ipsum") is not news either."""
    unknown = unknown_language(text)
    if unknown is not None:
        return unknown
    lines = [line for line in _TAG.sub(" ", text[:SAMPLE]).splitlines() if line.strip()]
    if len(lines) < MIN_TABLE_LINES:
        return None
    total = sum(len(line.strip()) for line in lines)
    prose = sum(len(line.strip()) for line in lines if is_prose_line(line)) / total
    shares = kind_shares(lines)
    if len(lines) < MIN_LINES:
        # A short text is judged only when it is wholly a table: every line a row, none a sentence (trial 12
        # F18: a four-line CSV saved as .txt was read as an article).
        return _short_table(shares["table"], prose)
    kind = next((k for k in ("code", "log", "table") if shares[k] >= KIND_SHARE[k]), None)
    if kind is None or (kind != "log" and prose >= PROSE_SHARE):
        return None  # no sign of another kind (a newswire table of figures), or mostly prose (a listing in news)
    what = {"code": "program source", "table": "a delimited table", "log": "a log"}[kind]
    return f"{shares[kind]:.0%} of its lines read as {what} and {prose:.0%} of its text is in sentences"


def _short_table(table_share: float, prose_share: float) -> str | None:
    """Why a text under ``MIN_LINES`` lines is not news: all its lines rows of one delimited table and none
    of its text in sentences; else None (not judged)."""
    if table_share < 1.0 or prose_share > 0.0:
        return None
    return f"{table_share:.0%} of its lines read as a delimited table and {prose_share:.0%} of its text is in sentences"
