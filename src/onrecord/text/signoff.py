"""signoff: a dash sign-off on a line of its own under a block quotation.

``"In the event of a crisis, Canada will always be a hospitable country."`` followed by the line
``– Justin Trudeau, Prime Minister of Canada``: pull quotes, epigraphs and quoted statements in
blogs and press releases name their speaker this way (trial 4 F5). The line holds only a dash, a
name of two or more capitalised words (particles such as "de" or "bin" allowed inside) and, after a
comma or in brackets, a title; a line with anything else (a verb, a list item's sentence) is no
sign-off.
"""

from __future__ import annotations

import re

_NAME_WORD = r"[A-Z][\w'\u2019.-]*"
_PARTICLE = r"de|van|von|bin|al|da|del|la|le"
SIGNOFF_LINE = re.compile(
    r"[ \t]*(?:--|[\u2014\u2013\u2015-])[ \t]*"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE}))*[ \t]+[A-Z][\w'\u2019-]*)"
    r"[ \t]*(?:[,(][^\n]{0,120})?[ \t]*$"
)


def signoff_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``(start, end)`` of the name when ``text[lo:hi]`` (one line) is a sign-off line, else None."""
    line = SIGNOFF_LINE.match(text, lo, hi)
    return line.span("name") if line else None
