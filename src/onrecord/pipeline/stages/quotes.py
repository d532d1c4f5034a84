"""quotes: find quotations over the raw text, not over a parser's sentences.

The scanner reads each paragraph's quotation marks, guesses each mark's
direction from the glyph and from what flanks it, and pairs them. It handles
straight and curly double quotes, ``''`` and ````, single quotes where they are
quotation marks rather than apostrophes, nested quotes, the news convention for
quotes over several paragraphs (each paragraph reopens, only the last closes)
and stray marks, which degrade to the best pairing. It runs in linear time and
never raises on odd input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Extraction, Quote
from ..registry import register_stage

OPEN, CLOSE, EITHER = 1, 2, 3

# Double-quote glyphs and the direction their shape suggests.
_DOUBLE = {"\u201c": OPEN, "\u201e": OPEN, "\u00ab": OPEN, "\u201f": OPEN, "\u201d": CLOSE, "\u00bb": CLOSE, '"': EITHER}
_SINGLE = {"\u2018": OPEN, "\u201a": OPEN, "\u2019": CLOSE, "'": EITHER, "\u2039": OPEN, "\u203a": CLOSE}
_OPEN_PUNCT = set("([{\u2014\u2013-/\u2026")
_CLOSE_PUNCT = set(".,;:!?)]}\u2014\u2013-/\u2026")
_ALL_MARKS = set(_DOUBLE) | set(_SINGLE)
# Words that start with an apostrophe: 'em, '90s, rock 'n' roll.
_ELISION = re.compile(r"(?:em|til|cause|tis|twas|bout|n|round|cos|s)\b|\d", re.IGNORECASE)
_MARK_RE = re.compile("``|''|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a']")


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    double: bool
    can_open: bool
    can_close: bool


def _flanks(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking) in CommonMark's sense, within [lo, hi)."""
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    left = not after.isspace() and (before.isspace() or before in _OPEN_PUNCT or before in _ALL_MARKS)
    right = not before.isspace() and (after.isspace() or after in _CLOSE_PUNCT or after in _ALL_MARKS)
    return left, right


def scan_marks(text: str, lo: int, hi: int) -> list[Mark]:
    """Every quotation mark in text[lo:hi], with the directions it may take."""
    marks: list[Mark] = []
    for m in _MARK_RE.finditer(text, lo, hi):
        s, e = m.span()
        glyph = m.group(0)
        left, right = _flanks(text, s, e, lo, hi)
        if glyph in ("``",):
            marks.append(Mark(s, e, True, True, False))
            continue
        if glyph in ("''", "\u2019\u2019"):
            if left and not right:
                marks.append(Mark(s, e, True, True, False))
            elif not left:
                marks.append(Mark(s, e, True, False, True))
            continue
        if glyph in _DOUBLE:
            shape = _DOUBLE[glyph]
            if shape == OPEN:
                can_open, can_close = (not right or left), (right and not left)
            elif shape == CLOSE:
                can_open, can_close = (left and not right), (not left or right)
            else:
                can_open, can_close = left or not right, right or not left
            marks.append(Mark(s, e, True, can_open, can_close))
            continue
        # Single marks: an apostrophe inside a word is never a quotation mark.
        before = text[s - 1] if s > lo else " "
        after = text[e] if e < hi else " "
        if before.isalnum() and after.isalnum():
            continue
        if left and not right:
            if _ELISION.match(text, e, hi) and (after.isdigit() or not text[e:e + 2].lower().startswith("s ")):
                # '90s, 'em, 'til, rock 'n' roll: an elision, not a quotation
                if not (after.isalpha() and _looks_quoted_word(text, e, hi)):
                    continue
            marks.append(Mark(s, e, False, True, False))
        elif right and not left:
            if before == "n" and s >= 2 and text[s - 2] in "'\u2018" :
                continue  # the second mark of 'n'
            marks.append(Mark(s, e, False, False, True))
        elif left and right:
            marks.append(Mark(s, e, False, True, True))
    return marks


def _looks_quoted_word(text: str, i: int, hi: int) -> bool:
    """After an opening single mark that looks like an elision: does a closing mark follow soon?"""
    m = re.compile(r"[A-Za-z]+['\u2019](?=[\s.,;:!?]|$)").match(text, i, hi)
    return bool(m) and m.group(0)[:-1].lower() not in {"em", "til", "cause", "tis", "twas", "bout", "n", "round", "cos"}


@dataclass(slots=True)
class RawQuote:
    open_start: int  # the opening mark, or the paragraph start for a quote with no opening mark
    start: int  # first character inside the marks
    end: int  # just after the last character inside the marks
    close_end: int | None  # just after the closing mark; None when the quote was never closed
    paragraph: int
    double: bool
    continues: bool = False  # runs on into the next paragraph
    continued: bool = False  # continues a quote from the previous paragraph
    group: int | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair_double(text: str, paragraphs: list[tuple[int, int]]) -> list[RawQuote]:
    found: list[RawQuote] = []
    carry: RawQuote | None = None  # a quote left open at the end of the previous paragraph
    for p_index, (lo, hi) in enumerate(paragraphs):
        marks = [m for m in scan_marks(text, lo, hi) if m.double]
        first_is_open = bool(marks) and marks[0].can_open and not text[lo:marks[0].start].strip()
        if carry is not None:
            if first_is_open:
                carry.continues = True
                found.append(carry)
            else:
                s, e = _trim(text, carry.start, carry.end)
                if e - s > 0:
                    found.append(carry)  # unclosed: best pairing is to the paragraph end
            carry = None
        open_mark: Mark | None = None
        continued = False
        for mark in marks:
            if open_mark is None:
                if mark.can_open:
                    open_mark = mark
                    continued = bool(found) and found[-1].continues and found[-1].paragraph == p_index - 1 and mark is marks[0]
                elif mark is marks[0] and not text[lo:mark.start].strip() == "":
                    # A close with nothing open at the start of a paragraph: a quote whose opening mark is lost.
                    pass
                continue
            if mark.can_close and (not mark.can_open or _closing_context(text, mark, hi)):
                s, e = open_mark.end, mark.start
                if e > s:
                    found.append(RawQuote(open_mark.start, s, e, mark.end, p_index, True, continued=continued))
                open_mark = None
            elif mark.can_open:
                # Two openings in a row: the first was a stray mark; keep the later one.
                open_mark = mark
                continued = False
        if open_mark is not None:
            carry = RawQuote(open_mark.start, open_mark.end, hi, None, p_index, True, continued=continued)
    if carry is not None:
        found.append(carry)
    return found


def _closing_context(text: str, mark: Mark, hi: int) -> bool:
    """A straight mark that could open or close: closing unless it sits before a word."""
    after = text[mark.end] if mark.end < hi else " "
    return not after.isalnum()


def _pair_single(text: str, lo: int, hi: int, blocked: list[tuple[int, int]], p_index: int) -> list[RawQuote]:
    marks = [m for m in scan_marks(text, lo, hi) if not m.double and not any(a <= m.start < b for a, b in blocked)]
    found: list[RawQuote] = []
    i = 0
    while i < len(marks):
        opener = marks[i]
        if not opener.can_open:
            i += 1
            continue
        j = i + 1
        while j < len(marks) and not marks[j].can_close:
            j += 1
        if j == len(marks):
            i += 1
            continue
        closer = marks[j]
        if closer.start > opener.end:
            found.append(RawQuote(opener.start, opener.end, closer.start, closer.end, p_index, False))
        i = j + 1
    return found


def find_raw_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[RawQuote]:
    """All top-level quotations, in text order, before attribution."""
    doubles = _pair_double(text, paragraphs)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in doubles:
        by_paragraph.setdefault(q.paragraph, []).append((q.open_start, q.close_end or q.end))
    singles: list[RawQuote] = []
    for p_index, (lo, hi) in enumerate(paragraphs):
        singles.extend(_pair_single(text, lo, hi, by_paragraph.get(p_index, []), p_index))
    quotes = sorted(doubles + singles, key=lambda q: q.start)
    group = 0
    for k, q in enumerate(quotes):
        if q.continued and k > 0 and quotes[k - 1].group is not None:
            q.group = quotes[k - 1].group
        else:
            group += 1
            q.group = group
    return quotes


_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "&", "vs", "vs."}
_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*\s*$")


def is_title_like(content: str) -> bool:
    """A short all-capitalised quotation: a name or the title of a work, not speech."""
    stripped = content.strip().rstrip(",.")
    words = stripped.split()
    if not words or len(words) > 7 or re.search(r"[!?;:]", stripped):
        return False
    if any(w.startswith("@") or w.startswith("#") for w in words):
        return False
    capitalised = [w for w in words if w.lower() not in _SMALL_WORDS or w is words[0]]
    return all(w[:1].isupper() or w[:1].isdigit() for w in capitalised)


def _line_is(text: str, start: int, content: str) -> bool:
    """Whether the line from ``start`` is ``content`` alone, give or take quotation marks and spaces
    (a line over ``len(content) + 64`` characters is not: the check stays bounded per quote)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - start > len(content) + 64:
        return False
    return text[start:line_end].strip().strip("\"'\u201c\u201d\u2018\u2019 .") == content.strip(" .")


def classify(text: str, q: RawQuote, para_start: int, cue_words: frozenset[str]) -> str:
    """direct, partial or title: from where the quote sits in its sentence."""
    content = text[q.start:q.end].strip()
    # What precedes the quote in its paragraph, read from the quote backwards: slicing from the
    # paragraph start (and the first line below from there) per quote was quadratic (issue 9).
    end = q.open_start
    while end > para_start and text[end - 1].isspace():
        end -= 1
    before = text[max(para_start, end - 30):end]
    prev_char = before[-1:] if before else ""
    first_alpha = next((c for c in content if c.isalpha()), "")
    prev_word = re.findall(r"[A-Za-z]+", before[-30:])
    prev_word = prev_word[-1].lower() if prev_word else ""
    starts_sentence = (not before) or prev_char in ".!?:\u201d\"'\u2019)" or q.continued
    if not starts_sentence and is_title_like(content):
        return "title"
    if starts_sentence and is_title_like(content) and len(content.split()) <= 3 and not _SENTENCE_END.search(content):
        after = text[q.close_end or q.end:(q.close_end or q.end) + 40]
        if not re.match(r"\s*[,]?\s*(?:\w+\s+){0,3}(?:" + "|".join(sorted(cue_words)) + r")\b", after):
            return "title"
    if content.isupper() and len(content.split()) <= 8 and _line_is(text, para_start, content):
        return "title"  # an all-caps subheading in quotation marks
    if starts_sentence:
        return "direct"
    if prev_char == "," or prev_char == "\u2014" or prev_char == "-":
        return "direct" if first_alpha.isupper() else "partial"
    if prev_word in cue_words and first_alpha.isupper():
        return "direct"
    return "partial"


def raw_to_quotes(text: str, raws: list[RawQuote], paragraphs: list[tuple[int, int]], cue_words: frozenset[str]) -> list[Quote]:
    quotes: list[Quote] = []
    for q in raws:
        s, e = _trim(text, q.start, q.end)
        if e <= s:
            continue
        kind = classify(text, q, paragraphs[q.paragraph][0], cue_words)
        if kind == "title":
            continue
        confidence = 0.9 if q.close_end is not None or q.continues else 0.6
        quotes.append(
            Quote(
                start=s,
                end=e,
                text=text[s:e],
                kind=kind,
                confidence=confidence,
                group=q.group,
                open_start=q.open_start,
                close_end=q.close_end,
                paragraph=q.paragraph,
            )
        )
    return quotes


@register_stage("quotes")
def find_quotes(ex: Extraction) -> Extraction:
    from ...lexicon.cues import CUE_WORD_FORMS

    raws = find_raw_quotes(ex.clean_text, ex.paragraphs)
    quotes = raw_to_quotes(ex.clean_text, raws, ex.paragraphs, CUE_WORD_FORMS)
    # Spans index the text as given: the cleaned copy has the same length.
    for q in quotes:
        q.text = ex.article.text[q.start:q.end]
    ex.quotes = quotes
    return ex
