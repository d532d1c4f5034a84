"""The one sentence splitter for narrative text (no parser).

A sentence ends at ``.``, ``!`` or ``?`` (closing marks and brackets may follow) before white
space or the end of the text, except after a known abbreviation (``Mr.``, ``Sen.``, ``U.S.``;
list in ``lexicon.titles``), a single initial (``Harry M. Reid``) or inside brackets
(``(D-Nev.)``).
"""

from __future__ import annotations

import re

from ..lexicon.titles import ABBREVIATIONS

_SENT_END = re.compile(r"[.!?]+(?=[\s\"'\u201c\u201d\u2018\u2019\u300d\u300f)]*(?:\s|$))")
_LAST_WORD = re.compile(r"([\w.]+)$")
_DOTTED = re.compile(r"(?:\w\.)+\w")


def sentence_bounds(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in ``(lo, hi]`` where a sentence of ``text[lo:hi]`` ends (just after its last stop)."""
    cuts = []
    for m in _SENT_END.finditer(text, lo, hi):
        window = text[max(lo, m.start() - 40) : m.start()]
        if window.rfind("(") > window.rfind(")"):
            continue
        if text[m.start()] == ".":
            word = _LAST_WORD.search(text[max(lo, m.start() - 12) : m.start()])
            w = word.group(1).lower() if word else ""
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or _DOTTED.fullmatch(w):
                continue
        cuts.append(m.end())
    return cuts


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` as ``(start, end)`` spans that tile the range."""
    bounds = [lo] + [c for c in sentence_bounds(text, lo, hi) if c < hi] + [hi]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k + 1] > bounds[k]]
