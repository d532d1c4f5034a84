"""focus: choose the paragraphs worth parsing, so most of an article needs no parse.

Attribution only looks at paragraphs holding quotations and the paragraph
before each; the people stage also learns from paragraphs that describe
someone (ages, "the 34-year-old model", "her husband John Legend"). Every
other paragraph is blanked with spaces in ``ArticleState.parse_text`` (same
length, so offsets stay valid) and costs the parser almost nothing; names in
those paragraphs are still found by a cheap pattern in the people stage.
"""

from __future__ import annotations

import re

from ...text.prefilter import Prefilter, search
from ...text.signoff import signoff_name
from ..registry import register_stage
from ..state import ArticleState

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
# A sentence that opens with a he/she subject (after any spaces): its referent is named in the sentence before.
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She)\b")
LEAD_PARAGRAPHS = 2  # the lead introduces the people the rest refers to
_QUICK: dict[int, Prefilter] = {}  # by id of a module-level pattern (each lives as long as the process)


def _found(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches in ``text[lo:hi]``, as ``pattern.search(text, lo, hi)`` says, sooner."""
    quick = _QUICK.get(id(pattern))
    if quick is None:
        quick = _QUICK[id(pattern)] = Prefilter([pattern])
    return search(pattern, quick, text, lo, hi) is not None


def _sentences(ex: ArticleState, lo: int, hi: int, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    from .attribution import sentence_bounds

    cuts = [c for c in sentence_bounds(ex.clean_text, lo, hi) if c < hi and not any(a < c <= b for a, b in marks)]
    bounds = [lo] + cuts + [hi]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k + 1] > bounds[k]]


def kept_regions(ex: ArticleState) -> list[tuple[int, int]]:
    """The character regions the parser must see; everything else is blanked."""
    text = ex.clean_text
    reporting = content = None
    if "indirect" in ex.kinds:
        from .indirect import CONTENT_OBJECT_FORMS, REPORTING_FORMS

        reporting, content = REPORTING_FORMS, CONTENT_OBJECT_FORMS
    marks_by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in ex.quotes:
        marks_by_paragraph.setdefault(q.paragraph, []).append(
            (q.open_start if q.open_start is not None else q.start, q.close_end or q.end)
        )
    before_quote = {p - 1 for p in marks_by_paragraph if p > 0}
    keep: list[tuple[int, int]] = []
    kept: dict[int, list[tuple[int, int]]] = {}  # paragraph index -> its kept sentences (the lead: whole)
    for i, (lo, hi) in enumerate(ex.paragraphs):
        if i < LEAD_PARAGRAPHS:
            kept[i] = [(lo, hi)]  # the lead introduces the people the rest refers to
            continue
        marks = marks_by_paragraph.get(i, [])
        if i - 1 in marks_by_paragraph and signoff_name(text, lo, hi):
            kept[i] = [(lo, hi)]  # "– Jane Roe, Mayor" under a quotation names its speaker
            continue
        if (
            not marks
            and i not in before_quote
            and not _found(_DESCRIBES, text, lo, hi)
            and not _found(_ROLE_BEFORE_NAME, text, lo, hi)
            and not (reporting and _found(reporting, text, lo, hi))
            and not (content and _found(content, text, lo, hi))
        ):
            continue
        sentences = _sentences(ex, lo, hi, marks)
        wanted: set[int] = set()
        alone: set[int] = set()  # kept for a content-object cue only: not widened to the sentence before
        for k, (s, e) in enumerate(sentences):
            if any(a < e and s < b for a, b in marks):
                wanted |= {k, k - 1}  # the quotation's sentence and the one before it
            elif (
                _found(_DESCRIBES, text, s, e)
                or _found(_ROLE_BEFORE_NAME, text, s, e)
                or (reporting and _found(reporting, text, s, e))
            ):
                wanted.add(k)
            elif content and _found(content, text, s, e) and not _PRONOUN_OPENS.match(text, s):
                alone.add(k)
        if i in before_quote and sentences:
            wanted.add(len(sentences) - 1)  # "X concluded her post by thanking fans." before a bare quote
            if _PRONOUN_OPENS.match(text, sentences[-1][0]):
                # "Donald Trump brought this up at a rally. He said:": the pronoun's antecedent is in the
                # sentence before, which the people stage must parse to know the person at all.
                wanted.add(len(sentences) - 2)
        for k in sorted(wanted):
            if k > 0 and _PRONOUN_OPENS.match(text, sentences[k][0]):
                # "Oh yes, Ann Roe. He thinks that ...": a kept sentence opening with he/she needs the one
                # before, where its referent is named (the people stage learns only parsed names' people).
                wanted.add(k - 1)
        wanted |= alone
        kept[i] = [sentences[k] for k in sorted(wanted) if 0 <= k < len(sentences)]
    _referents_before_paragraphs(ex, kept)
    for i in sorted(kept):
        keep.extend(kept[i])
    return keep


# How many paragraphs back a run of paragraphs opening with he/she is followed to the one that names its referent.
CHAIN_PARAGRAPHS = 3


def _referents_before_paragraphs(ex: ArticleState, kept: dict[int, list[tuple[int, int]]]) -> None:
    """Keep the last sentence of the paragraph before a kept paragraph whose first sentence opens with he/she
    (``kept``: paragraph index -> kept sentences, updated in place), over at most ``CHAIN_PARAGRAPHS`` paragraphs
    that open with he/she again: a profile names its subject once and goes on with "He ..." paragraph after
    paragraph ("Canada's Ann Roe wants ...\n\nShe has built ...\n\nShe said: "Q""), and the people stage learns
    only parsed names' people, so the pronoun would go to someone named earlier."""
    text = ex.clean_text
    for i in sorted(kept, reverse=True):
        j = i
        for _ in range(CHAIN_PARAGRAPHS):
            first = kept.get(j)
            if not first or j == 0 or first[0][0] != ex.paragraphs[j][0] or not _PRONOUN_OPENS.match(text, first[0][0]):
                break
            lo, hi = ex.paragraphs[j - 1]
            sentences = _sentences(ex, lo, hi, [])
            if not sentences:
                break
            have = kept.setdefault(j - 1, [])
            if not any(s <= sentences[-1][0] < e for s, e in have):
                have.append(sentences[-1])
                have.sort()
            j -= 1


MASK_MIN_CHARS = 24
MASK_WORD = "Xquote"  # what the parser sees in place of a quotation's words
_TRAILING_PUNCT = re.compile(r"[\s.,;:!?\u2026-]*$")


@register_stage("focus", requires=("clean_text", "paragraphs", "quotes", "kinds"), assigns=("parse_text", "unparsed"))
def focus(ex: ArticleState) -> ArticleState:
    """Blank the paragraphs not worth parsing.

    Sets ``parse_text`` (same length as the text) and ``unparsed`` (the blanked regions).
    """
    keep = kept_regions(ex)
    # Every character but a line break becomes a space (built a line at a time, not a character at a time).
    chars = list("\n".join(" " * len(line) for line in ex.clean_text.split("\n")))
    for s, e in keep:
        chars[s:e] = ex.clean_text[s:e]
    # Regions the parser never sees; the people stage still scans them for known names.
    unparsed: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted(keep) + [(len(chars), len(chars))]:
        if s > pos and ex.clean_text[pos:s].strip():
            unparsed.append((pos, s))
        pos = max(pos, e)
    ex.unparsed = unparsed
    # The words inside a full quotation never decide who said it: the parser sees one placeholder
    # word padded with spaces to the same length (its closing punctuation kept: "Xquote     ,"
    # she said), so offsets hold and most of a quote-heavy article costs nothing to parse.
    for q in ex.quotes:
        if q.kind != "direct" or q.end - q.start < MASK_MIN_CHARS:
            continue
        tail = _TRAILING_PUNCT.search(ex.clean_text, q.start, q.end)
        body_end = tail.start() if tail else q.end
        if body_end - q.start > len(MASK_WORD):
            chars[q.start : body_end] = MASK_WORD.ljust(body_end - q.start)
    _unglue_opening_marks(ex, chars)
    ex.parse_text = "".join(chars)
    return ex


def _unglue_opening_marks(ex: ArticleState, chars: list[str]) -> None:
    """An opening mark written against the word before it ('A banker said"It will ...', a slip of wire copy)
    makes one token of both for the parser, which then sees no cue: the parser sees a space there instead (the
    quotation's offsets, and its marks in the text, stay as they are)."""
    for q in ex.quotes:
        at = q.open_start
        if at is not None and at > 0 and chars[at - 1].isalnum() and chars[at] in '"\u201c':
            chars[at] = " "
