"""focus: choose the paragraphs worth parsing, so most of an article needs no parse.

Attribution only looks at paragraphs holding quotations and the paragraph
before each; the people stage also learns from paragraphs that describe
someone (ages, "the 34-year-old model", "her husband John Legend"). Every
other paragraph is blanked with spaces in ``Extraction.parse_text`` (same
length, so offsets stay valid) and costs the parser almost nothing; names in
those paragraphs are still found by a cheap pattern in the people stage.
"""
from __future__ import annotations

import re

from ..model import Extraction
from ..registry import register_stage

_ROLE = (
    r"actor|actress|singer|rapper|model|author|writer|star|host|presenter|producer|director|designer|chef|"
    r"comedian|musician|athlete|player|coach|politician|senator|candidate|president|governor|mayor|spokes\w+|"
    r"husband|wife|mother|father|mom|dad|son|daughter|brother|sister|boyfriend|girlfriend|fianc\w+|partner|lady|"
    r"businessman|businesswoman|mogul|socialite|journalist|anchor|official|lawyer|founder|ceo|chairman|leader"
)
_DESCRIBES = re.compile(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+\s+){0,3}(?:" + _ROLE + r")\b|,\s*\d{1,3}\s*,|\b\d{1,3}-year-old\b"
)


_ROLE_BEFORE_NAME = re.compile(r"\b(?i:" + _ROLE + r"|sen|rep|gov|mr|mrs|ms|dr)\.?\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
LEAD_PARAGRAPHS = 2  # the lead introduces the people the rest refers to


def needed_paragraphs(ex: Extraction) -> tuple[list[bool], set[int]]:
    """Paragraphs to parse whole, and paragraphs of which only the last sentence is needed."""
    need = [i < LEAD_PARAGRAPHS for i in range(len(ex.paragraphs))]
    tail_only: set[int] = set()
    for q in ex.quotes:
        need[q.paragraph] = True
        if q.paragraph > 0:
            tail_only.add(q.paragraph - 1)  # for "X concluded her post by thanking fans." before a bare quote
    text = ex.clean_text
    if "indirect" in ex.kinds:
        from .indirect import REPORTING_FORMS

        for i, (lo, hi) in enumerate(ex.paragraphs):
            if not need[i] and REPORTING_FORMS.search(text, lo, hi):
                need[i] = True
    for i, (lo, hi) in enumerate(ex.paragraphs):
        if not need[i] and (_DESCRIBES.search(text, lo, hi) or _ROLE_BEFORE_NAME.search(text, lo, hi)):
            need[i] = True
    return need, {i for i in tail_only if not need[i]}


MASK_MIN_CHARS = 40
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?\u2026-]*$")


@register_stage("focus")
def focus(ex: Extraction) -> Extraction:
    from .attribution import sentence_bounds

    need, tail_only = needed_paragraphs(ex)
    chars = list(ex.clean_text)
    unparsed: list[tuple[int, int]] = []
    for i, (keep, (lo, hi)) in enumerate(zip(need, ex.paragraphs)):
        if keep:
            continue
        end = hi
        if i in tail_only:
            cuts = [c for c in sentence_bounds(ex.clean_text, lo, hi) if c < hi - 1]
            end = cuts[-1] if cuts else lo  # keep the last sentence for the parser
        if end > lo:
            chars[lo:end] = " " * (end - lo)
            unparsed.append((lo, end))
    ex.unparsed = unparsed
    # The words inside a full quotation never decide who said it: the parser sees one placeholder
    # word of the same length (its closing punctuation kept, "xxxx," she said), so offsets hold
    # and most of a quote-heavy article costs nothing to parse.
    for q in ex.quotes:
        if q.kind != "direct" or q.end - q.start < MASK_MIN_CHARS:
            continue
        tail = _TRAILING_PUNCT.search(ex.clean_text, q.start, q.end)
        body_end = tail.start() if tail else q.end
        if body_end - q.start > 2:
            chars[q.start:body_end] = "x" * (body_end - q.start)
    ex.parse_text = "".join(chars)
    return ex
