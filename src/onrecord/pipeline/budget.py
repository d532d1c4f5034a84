"""budget: what one article may cost (characters, parsed tokens, seconds), and a parser-safe copy.

Hostile or broken input must not freeze the process or eat the machine (issue 9). Every limit here
is checked in linear time and, when hit, leaves a warning on the extraction naming the limit; the
work already done is kept and every span still indexes the text as given.

The parser's copy of the text (``parser_copy``) has the same length as the text: a lone surrogate
(which spaCy cannot encode) becomes U+FFFD, and a run of more than ``MAX_RUN`` characters without
white space gets a space every ``MAX_RUN`` characters (spaCy's affix search is quadratic in the
length of one whitespace-free token: 5,000 quotation marks in a row took 1.9 s to tokenize).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

MAX_RUN = 400  # no word or URL in news is this long; a longer run is cut for the parser only

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")  # starts only at a run's start: linear
_TOKENISH = re.compile(r"\w+|[^\w\s]")  # about one spaCy token each


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits for one article. ``None`` turns a limit off.

    chars: characters of the article read (longer: the rest is not read; the readers cut at the same
    default, 1,000,000, with their own warning). parse_tokens: tokens (words and punctuation marks)
    the parser sees, about 150 microseconds each on one core; beyond it the text is not parsed, so
    its quotations are kept without speaker. seconds: wall-clock time per article: the parse, checked
    between its pieces, stops at three quarters of it (``stages.parse.PARSE_SHARE_LEFT``) and leaves the
    rest unparsed; the attribution and people stages check it before each quotation or name
    (``state.ArticleState.out_of_time``), stop there with one warning, and the later stages finish what
    was reached within a tenth of the budget more.
    """

    chars: int | None = 1_000_000
    parse_tokens: int | None = 250_000
    seconds: float | None = 120.0

    def deadline(self, started: float) -> float | None:
        """The monotonic time by which the article's parse must end (None: no limit)."""
        return None if self.seconds is None else started + self.seconds


DEFAULT_BUDGET = Budget()


def now() -> float:
    """The monotonic clock the budget is measured with, in seconds."""
    return time.monotonic()


def parser_copy(text: str) -> str:
    """``text`` made safe for spaCy, with the same length (so every offset holds)."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if len(text) > MAX_RUN and _LONG_RUN.search(text):
        text = _LONG_RUN.sub(_break_run, text)
    return text


def _break_run(m: re.Match[str]) -> str:
    run = m.group(0)
    pieces = []
    for i in range(0, len(run), MAX_RUN + 1):
        pieces.append(run[i : i + MAX_RUN])
        if i + MAX_RUN < len(run):
            pieces.append(" ")  # replaces one character: the length holds
    return "".join(pieces)


def token_cut(text: str, limit: int | None) -> int | None:
    """The offset where the ``limit``-th token of ``text`` ends, or None when the text holds fewer.

    Counts words and punctuation marks (about spaCy's tokens), in one linear pass.
    """
    if limit is None or len(text) <= limit:
        return None
    for n, m in enumerate(_TOKENISH.finditer(text), start=1):
        if n >= limit:
            return m.end()
    return None


def blank_from(text: str, start: int) -> str:
    """``text`` with everything from ``start`` on blanked with spaces (line breaks kept)."""
    tail = text[start:]
    return text[:start] + re.sub(r"[^\n]", " ", tail)
