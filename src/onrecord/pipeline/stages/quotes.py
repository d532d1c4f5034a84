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
from dataclasses import dataclass, field

from ...lexicon.english import GLOSS_LANGUAGES
from ...lexicon.function_words import TITLE_SMALL_WORDS
from ...model import Noise, Quote
from ...text.headings import is_title_like
from ...text.marks import ALL_MARKS, CLOSE, CORNER_CLOSERS, CORNER_PAIRS, DOUBLE, OPEN, SINGLE
from ...text.spans import trim
from ..registry import register_stage
from ..state import ArticleState

# Mark families and directions: text.marks (one place).
_DOUBLE = DOUBLE
_SINGLE = SINGLE
_OPEN_PUNCT = set("([{\u2014\u2013-/\u2026")
_CLOSE_PUNCT = set(".,;:!?)]}\u2014\u2013-/\u2026")
_ALL_MARKS = ALL_MARKS
# Words that start with an apostrophe: 'em, '90s, rock 'n' roll.
_ELISION = re.compile(r"(?:em|til|cause|tis|twas|bout|n|round|cos|s)\b|\d", re.IGNORECASE)
# HTML character references left in scraped or twice-escaped text ("&quot;We are monitoring it,&quot; said
# Linda Gray", trial 11 M9): each is one mark, read as the glyph it stands for; offsets keep the reference.
_ENTITY_GLYPHS = {
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "&ldquo;": "\u201c",
    "&#8220;": "\u201c",
    "&rdquo;": "\u201d",
    "&#8221;": "\u201d",
    "&laquo;": "\u00ab",
    "&raquo;": "\u00bb",
    "&lsquo;": "\u2018",
    "&rsquo;": "\u2019",
    "&#8216;": "\u2018",
    "&#8217;": "\u2019",
    "&#39;": "'",
    "&apos;": "'",
}
_MARK_RE = re.compile(
    "|".join(map(re.escape, sorted(_ENTITY_GLYPHS, key=len, reverse=True)))
    + "|``|''|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a'\u300c-\u300f]",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mark:
    """One quotation mark: its offsets, whether it is a double mark, and the directions it may take."""

    start: int
    end: int
    double: bool
    can_open: bool
    can_close: bool
    corner: str | None = None  # the opening glyph of a corner-bracket pair (「 or 『), which pairs only with its mate


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
        glyph = _ENTITY_GLYPHS.get(m.group(0).lower(), m.group(0))
        if glyph in CORNER_PAIRS:
            marks.append(Mark(s, e, True, True, False, corner=glyph))
            continue
        if glyph in CORNER_CLOSERS:
            marks.append(Mark(s, e, True, False, True, corner=CORNER_CLOSERS[glyph]))
            continue
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
            elision = _ELISION.match(text, e, hi) and (after.isdigit() or not text[e : e + 2].lower().startswith("s "))
            if elision and not (after.isalpha() and _looks_quoted_word(text, e, hi)):
                continue  # '90s, 'em, 'til, rock 'n' roll: an elision, not a quotation
            marks.append(Mark(s, e, False, True, False))
        elif right and not left:
            if before == "n" and s >= 2 and text[s - 2] in "'\u2018":
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
    """A pair of marks (or an opening that runs on) before classification and attribution."""

    open_start: int  # the opening mark, or the paragraph start for a quote with no opening mark
    start: int  # first character inside the marks
    end: int  # just after the last character inside the marks
    close_end: int | None  # just after the closing mark; None when the quote was never closed
    paragraph: int
    double: bool
    continues: bool = False  # runs on into the next paragraph
    continued: bool = False  # continues a quote from the previous paragraph (or an earlier reopened part)
    group: int | None = None
    reopened: bool = False  # ended by a new opening mark after a full stop ("A. "B."), not by a closing mark


_trim = trim  # one definition: text.spans.trim


_REOPENS_AFTER = re.compile(r"[.!?\u2026][)\]]?\s+$")


def _reopens(text: str, open_mark: Mark, mark: Mark, hi: int) -> bool:
    """A new opening mark inside an open quotation, after a full stop: the speaker goes on.

    BBC copy and scraped pages that lost their paragraph breaks write ``"A. "B. "C."``: each
    mark after a sentence end opens the next part of one quotation (same speaker).
    """
    after = text[mark.end] if mark.end < hi else " "
    lookback = max(open_mark.end, mark.start - 64)  # a bounded look: linear however many marks follow
    return bool(_REOPENS_AFTER.search(text, lookback, mark.start)) and (after.isupper() or after.isdigit())


@dataclass(slots=True)
class _Open:
    mark: Mark
    continued: bool
    nested: list[RawQuote] = field(default_factory=list)  # inner quotations with the same marks


class _DoublePairer:
    """Pairs the double marks (and corner brackets) of one text, paragraph by paragraph."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.found: list[RawQuote] = []
        self.carry: RawQuote | None = None  # a quote left open at the end of the previous paragraph

    def run(self) -> list[RawQuote]:
        """Every top-level double-mark quotation, in text order."""
        for p_index, (lo, hi) in enumerate(self.paragraphs):
            self._paragraph(p_index, lo, hi)
        if self.carry is not None:
            self.carry.end = _before_inverted_cue(self.text, self.carry.start, self.carry.end)
            self.found.append(self.carry)
        return self.found

    def _continues_previous(self, p_index: int, mark: Mark, first: Mark) -> bool:
        prev = self.found[-1] if self.found else None
        return mark is first and prev is not None and prev.continues and prev.paragraph == p_index - 1

    def _paragraph(self, p_index: int, lo: int, hi: int) -> None:
        text = self.text
        marks = [m for m in scan_marks(text, lo, hi) if m.double]
        first_is_open = bool(marks) and marks[0].can_open and not text[lo : marks[0].start].strip()
        if self.carry is not None:
            cut = _before_inverted_cue(text, self.carry.start, self.carry.end)
            if cut < self.carry.end:  # its own cue ends it: a lost closing mark, not a quotation running on
                self.carry.end = cut
                self.found.append(self.carry)
            elif first_is_open:
                self.carry.continues = True
                self.found.append(self.carry)
            elif _trim(text, self.carry.start, self.carry.end)[1] > _trim(text, self.carry.start, self.carry.end)[0]:
                self.found.append(self.carry)  # unclosed: best pairing is to the paragraph end
            self.carry = None
        stack: list[_Open] = []
        for mark in marks:
            if mark.corner is not None:
                self._corner(stack, mark, p_index)
                continue
            if not stack:
                if mark.can_open:
                    stack.append(_Open(mark, self._continues_previous(p_index, mark, marks[0])))
                elif mark is marks[0] and self._block_without_opening(p_index, mark, hi):
                    s, e = _trim(text, lo, mark.start)
                    self.found.append(RawQuote(s, s, e, mark.end, p_index, True))
                continue
            top = stack[-1]
            if top.mark.corner is not None:
                continue  # straight or curly marks inside 「...」 are the speaker's own
            if mark.can_close and (not mark.can_open or _closing_context(text, mark, hi)):
                self._close(stack, mark, p_index)
            elif mark.can_open and len(stack) == 1 and _reopens(text, top.mark, mark, hi):
                s, e = _trim(text, top.mark.end, mark.start)
                if e > s:
                    self.found.append(
                        RawQuote(top.mark.start, s, e, None, p_index, True, continued=top.continued, reopened=True)
                    )
                stack[-1] = _Open(mark, True)
            elif mark.can_open:
                stack.append(_Open(mark, False))  # a quotation inside the quotation, same marks
        self._end_paragraph(stack, p_index, hi)

    def _block_without_opening(self, p_index: int, mark: Mark, hi: int) -> bool:
        """A block quotation that lost its opening mark (trial 4 F12): a closing mark that ends this
        paragraph, with no mark before it in the paragraph, right after a paragraph that ends in a colon
        (``According to her, as quoted by X:``), which announces a quotation set off below it. Scraped
        pages often drop the opening mark of such a block, never the colon."""
        if p_index == 0 or self.text[mark.end : hi].strip() or self.found and self.found[-1].paragraph == p_index - 1:
            return False
        lo, prev_hi = self.paragraphs[p_index - 1]
        return self.text[lo:prev_hi].rstrip().endswith(":")

    def _corner(self, stack: list[_Open], mark: Mark, p_index: int) -> None:
        if mark.can_open:
            if not stack:
                stack.append(_Open(mark, False))
            return
        if stack and stack[-1].mark.corner == mark.corner:
            self._close(stack, mark, p_index)

    def _close(self, stack: list[_Open], mark: Mark, p_index: int) -> None:
        opened = stack.pop()
        s, e = opened.mark.end, mark.start
        if e <= s:
            return
        quote = RawQuote(opened.mark.start, s, e, mark.end, p_index, True, continued=opened.continued)
        if stack:
            stack[-1].nested.append(quote)
        else:
            self.found.append(quote)

    def _end_paragraph(self, stack: list[_Open], p_index: int, hi: int) -> None:
        if not stack:
            return
        # The outer quotation never closed: the inner pairs were quotations of their own, and the
        # last opening runs on (into the next paragraph, or to this one's end).
        for opened in stack:
            self.found.extend(opened.nested)
        last = stack[-1]
        self.carry = RawQuote(last.mark.start, last.mark.end, hi, None, p_index, True, continued=last.continued)


# '"This is unfinished, said Peter White, the engineer.': a quotation whose closing mark was lost runs over
# its own attribution (trial 11 M9 gave the whole line to the speaker before). An inverted cue and a name
# after a comma ("said Peter White", "Peter White said") end it: the words before the comma are the quotation.
_INVERTED_CUE = re.compile(
    r",\s+(?:(?:said|says|added|adds|told|explained|asked|replied|insisted|warned|noted|wrote)\s+"
    r"(?:[A-Z][\w.'\u2019-]*|the\s|an?\s)|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:said|says|added)\b)"
)


def _before_inverted_cue(text: str, start: int, end: int) -> int:
    """``end``, or just after the comma of the first inverted cue in text[start:end] (``_INVERTED_CUE``)."""
    m = _INVERTED_CUE.search(text, start, end)
    return m.start() + 1 if m and text[start : m.start()].strip() else end


def _pair_double(text: str, paragraphs: list[tuple[int, int]]) -> list[RawQuote]:
    return _DoublePairer(text, paragraphs).run()


def _closing_context(text: str, mark: Mark, hi: int) -> bool:
    """A straight mark that could open or close, inside an open quotation: closing unless it sits before a
    word, and closing even then right after a sentence's or clause's end punctuation.

    English news puts the comma or stop of a quoted sentence inside the closing mark, so ``banks,"Janet
    Orwell said`` is a closing mark that lost its space (trial 17 kind 10: the pairing ran the other way and
    made the attribution the quotation)."""
    after = text[mark.end] if mark.end < hi else " "
    before = text[mark.start - 1] if mark.start > 0 else " "
    return not after.isalnum() or before in ",.!?"


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


_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*\s*$")


# Marks that cite words rather than report speech: so-called "green", the term "woke", dubbed "the Rock",
# so-called Democratic "blue wall" (up to two words between), a term named by the idea it stands for (the
# principle of "sovereign immunity", the option of "home isolation"), and a gloss: Latin for "truth", the Maori word
# for "whale", meaning "peace" (trial 10 L2).
_CITED_WORDS = re.compile(
    r"(?:\bso[- ]called(?:\s+[\w'\u2019-]+){0,2}|"
    r"\bthe\s+(?:word|words|term|terms|phrase|expression|slogan|motto|hashtag|label|acronym)|"
    r"\bthe\s+(?:principle|concept|notion|doctrine|option|status|category)\s+of|"
    r"\bknown\s+as|\bdubbed|\bnicknamed|\bcode-?named|\btitled|\bentitled|\ba\.?k\.?a\.?|\bbilled\s+as|"
    r"\b(?:" + "|".join(sorted(GLOSS_LANGUAGES)) + r")(?:\s+(?:word|term|name|phrase))?\s+for|"
    r"\b(?:meaning|which\s+means|translated\s+as|translates\s+as))\s*[,:]?\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-Z][\w.'\u2019-]*$")
# "a group called", "kits named the": a thing's name follows (``lexicon.cues.NAMED_THING_NOUNS``).
_THING_CALLED = re.compile(r"\b([A-Za-z]+)\s+(?:called|named)(?:\s+the)?\s*$")
# "a popular play called", "a nearby camp named the", "routes called", "a forum for developers called": the
# participle follows a noun that an indefinite article after a verb or preposition introduces ("is a", "of a",
# "invented a"; not sentence-initial "A spokesman called 'premature' the report", nor after a clause opener such
# as "and"), or a plural noun after a preposition, so the noun is no subject and "called" names it. In the readable
# gold the marks in this shape are a quotation 3 times in 9, all three after a noun of NAMED_THING_NOUNS, which
# ``_names_thing`` dropped already. A wh-word between makes the noun a subject ("with what lawmakers called").
_INTRODUCED_THING_CALLED = re.compile(
    r"(?:\b[a-z]+\s+(?:an?|one|another)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*|"
    r"\b(?:of|over|in|on|for|with|from|into|by|at|about|among|between|through)\s+(?:[a-z][\w-]+\s+){0,2}?[a-z][\w-]*s)"
    r"\s+(?:called|named)(?:\s+the)?\s*$"
)
_WH_WORD = re.compile(r"\b(?:what|whom|who|which|that|whose)\b", re.IGNORECASE)
# A clause may open after these, so a noun phrase after them may be the subject of "called" ("and a spokesman
# called 'premature' the report").
_CLAUSE_OPENERS = re.compile(
    r"^(?:and|but|or|nor|so|yet|while|as|when|because|after|before|since|though|although|if|once|until|unless|"
    r"where|whereas|then|also|now)\s",
    re.IGNORECASE,
)
MAX_THING_NAME_WORDS = 12
# 'a "quick edit" tool', 'its "safety check" feature': a lower-case compound of two or three words in marks that
# modifies a noun for a thing (``lexicon.cues.NAMED_THING_NOUNS``) names the thing, a product's or a scheme's term,
# not words spoken (readable gold: 0 of 2 such marks are quotations). An evaluation is speech and stays: one word
# ('a "rigged" system'), an adverb ('a "deeply flawed" scheme'), a coordination ('a "weak and ineffective"
# campaign') or a last word shaped like an adjective (``_ADJECTIVE_END``).
_THING_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_ADJECTIVE_END = re.compile(r"(?:ed|ous|ful|ive|able|ible|al|ic|less|ish|ant|ent|est|ly)$")
_EVALUATIVE_WORDS = frozenset({"and", "or", "but", "not", "very", "so", "too", "more", "most", "less", "least"})
# A word in marks as the subject of a verb of describing ('voters say that "reliable" describes the mayor
# better', '"gifted" best fits him'): the word is mentioned as a word (a poll's answer, a label weighed), not used
# in speech (trial 16 r05).
_DESCRIBES_AFTER = re.compile(
    r"[ \t]*(?:(?:better|best|still|also|no\s+longer|most|more|aptly|accurately)[ \t]+)?"
    r"(?:describes|described|applies|applied|fits|fitted|suits|suited)\b"
)
MAX_DESCRIBING_WORDS = 4
TITLE, CITED, NICKNAME, SUBHEAD = "title", "cited", "nickname", "subhead"
NOT_SPEECH_WHY = {
    TITLE: "title of a work or a name in quotation marks, not speech",
    CITED: "words cited as words (so-called, the term, dubbed), not speech",
    NICKNAME: "nickname inside a name, not speech",
    SUBHEAD: "subheading in quotation marks, not speech",
}


# A work cited by its title (a poem, an article, a song), not speech. Three signs, each a convention of news
# writing: a letter to the editor cites the article it answers by headline and page ('Re. "Tax plan stalls,"
# Page A8', 'The article "..." (Page B1, Jan. 15)'); a noun for a work stands before the marks ('the poem
# "..."', 'his new book "..."'); a possessive name stands before a title-case phrase ('Neruda's "Keeping
# Quiet"', 'Majmudar's "An American Nurse Foresees her Death"').
_PAGE_AFTER = re.compile(r"\s*,?\s*\(?\s*(?:Page|Pages|Pg\.|pp?\.)\s*[A-Z]?\d")
_RE_BEFORE = re.compile(r"(?:^|[\s(])Re[.:]\s*$")
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:the|his|her|their|its|a|an)\s+(?:(?:new|latest|recent|first|last|famous|classic)\s+)?"
    r"(?:article|book|novel|memoir|poem|song|album|single|film|movie|documentary|play|musical|essay|column|"
    r"op-?ed|editorial|headline|podcast|anthology|painting|sitcom|episode|hymn|anthem|ballad)\s*,?\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b[A-Z][\w.-]*(?:['\u2019]s|s['\u2019])|\b(?:his|her|their))\s*$")
# A naming verb whose subject is the writer (I or we, outside any quotation): the name is the writer's.
_WRITER_NAMES = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+\s+){0,2}(?:call|dub|name|term|label)\b[^.!?\"\u201c\u201d]*$")
_SAY_YES_TO = re.compile(r"\b(?:say|says|said|saying)\s*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s")
MAX_WORK_TITLE_WORDS = 12  # "From the Halls of Montezuma to the Shores of Tripoli": a song's first line as its title
MAX_CITED_HEADLINE_WORDS = 25


def _cites_work(text: str, before: str, close: int, content: str) -> bool:
    """Whether the marks hold the title of a work by what stands around them (``_PAGE_AFTER``,
    ``_RE_BEFORE``, ``_WORK_NOUN_BEFORE``): a headline cited with its page, a letter's "Re." or a noun
    for a work before the marks."""
    if len(content.split()) > MAX_CITED_HEADLINE_WORDS:
        return False
    if _PAGE_AFTER.match(text, close, close + 20) or _RE_BEFORE.search(before[-8:]):
        return True
    return bool(_WORK_NOUN_BEFORE.search(before[-40:]))


def _title_case(content: str, loose: bool = False) -> bool:
    """Whether ``content`` is a title in title case: ``is_title_like``, or, beyond it, up to
    ``MAX_WORK_TITLE_WORDS`` words that may end in "?" ("How Will the Pandemic Affect Poetry?") when they
    are four or more; ``loose`` lets one lower-case word stand among four or more capitalised ones ("An
    American Nurse Foresees her Death"). Beyond ``is_title_like``, text in capitals is not title case."""
    if is_title_like(content):
        return True
    stripped = content.strip().rstrip(",.")
    words = stripped.split()
    if not words or len(words) > MAX_WORK_TITLE_WORDS or stripped.isupper():
        return False
    if len(words) >= 4 and stripped.endswith("?"):
        stripped = stripped[:-1]
    if is_title_like(stripped, MAX_WORK_TITLE_WORDS):
        return True
    big = [w for w in words[1:] if w.lower() not in TITLE_SMALL_WORDS]
    lower = [w for w in big if not (w[:1].isupper() or w[:1].isdigit())]
    return loose and words[0][:1].isupper() and len(big) >= 4 and len(lower) <= 1 and not re.search(r"[;:]", stripped)


def _names_thing(before: str, content: str) -> bool:
    """Whether the marks hold the name of a thing that "called" or "named" follows with no object between
    ("a Facebook group called 'We back the nurses'"): a noun of ``lexicon.cues.NAMED_THING_NOUNS`` stands
    right before the participle, or any noun that an indefinite article or a preposition introduces
    (``_INTRODUCED_THING_CALLED``: "a play called", "over routes called"), and the name is at most
    ``MAX_THING_NAME_WORDS`` words."""
    from ...lexicon.cues import NAMED_THING_NOUNS, NAMED_THING_PLURALS

    if len(content.split()) > MAX_THING_NAME_WORDS:
        return False
    introduced = _INTRODUCED_THING_CALLED.search(before[-60:])
    if (
        introduced is not None
        and not _WH_WORD.search(introduced.group(0))
        and not _CLAUSE_OPENERS.match(introduced.group(0))
    ):
        return True
    m = _THING_CALLED.search(before[-60:])
    if m is None:
        return False
    noun = m.group(1).lower()
    return noun in NAMED_THING_NOUNS or noun in NAMED_THING_PLURALS


def _modifies_thing(text: str, close: int, content: str) -> bool:
    """Whether the marks hold a lower-case compound that modifies the noun for a thing right after them
    ('a "quick edit" tool'): see ``_THING_NOUN_AFTER``; ``close`` is the offset after the closing mark."""
    from ...lexicon.cues import NAMED_THING_NOUNS, NAMED_THING_PLURALS

    words = content.strip(" ,.").split()
    if not 2 <= len(words) <= 3 or any(not w.isalpha() or not w.islower() for w in words):
        return False
    if any(w in _EVALUATIVE_WORDS or w.endswith("ly") for w in words) or _ADJECTIVE_END.search(words[-1]):
        return False
    m = _THING_NOUN_AFTER.match(text, close, close + 30)
    return m is not None and (m.group(1) in NAMED_THING_NOUNS or m.group(1) in NAMED_THING_PLURALS)


def _cue_follows(text: str, pos: int, cue_words: frozenset[str]) -> bool:
    """Whether a cue verb follows within a few words of ``pos`` (", she said", "--said X"); in a line set in
    capitals the cue is in capitals too (", HALLORAN TOLD THE HERALD": trial 17 kind 16)."""
    after = text[pos : pos + 40]
    flags = re.IGNORECASE if after.split("\n", 1)[0].isupper() else 0
    return bool(
        re.match(
            r"\s*(?:,|--|\u2014|\u2013|-)?\s*(?:\w+\s+){0,3}(?:" + "|".join(sorted(cue_words)) + r")\b", after, flags
        )
    )


def _not_speech(
    text: str, q: RawQuote, before: str, content: str, starts_sentence: bool, cue_words: frozenset[str]
) -> str | None:
    """Why the marks around ``content`` are not a quotation (a key of NOT_SPEECH_WHY), or None."""
    close = q.close_end or q.end
    if _CITED_WORDS.search(before) and len(content.split()) <= 6:
        return CITED
    if _cites_work(text, before, close, content):
        return TITLE
    if _names_thing(before, content):
        return TITLE
    if not starts_sentence and _modifies_thing(text, close, content) and not _after_speech_verb_and_stop(before):
        return CITED
    if len(content.split()) <= MAX_DESCRIBING_WORDS and _DESCRIBES_AFTER.match(text, close):
        return CITED
    if _WRITER_NAMES.search(before[-80:]) and len(content.split()) <= 6:
        return CITED  # 'We now call their method "door-to-door selling."': the writer's own name for it
    if content.strip(" ,.!").lower() in ("yes", "no") and _SAY_YES_TO.search(before) and _TO_AFTER.match(text, close):
        return CITED  # 'is saying "yes" to Fox News': an idiom for accepting or refusing, no answer reported
    if _after_speech_verb_and_stop(before):
        return None  # 'he said: "No".', 'she replied, "Never."': an answer, however short, is speech
    if not starts_sentence and is_title_like(content) and len(content.split()) <= 3:
        after = text[close : close + 30]
        if _NAME_WORD.search(before) and re.match(r"\s*[A-Z]", after):
            return NICKNAME
    if not starts_sentence and _title_case(content, loose=bool(_POSSESSIVE_BEFORE.search(before))):
        return TITLE
    words = len(content.split())
    if (
        starts_sentence
        and is_title_like(content, MAX_WORK_TITLE_WORDS)
        and (words >= 4 or not _SENTENCE_END.search(content))
        and not _cue_follows(text, close, cue_words)
    ):
        return TITLE  # 'That is what we watch. "The Real Housewives of Atlanta."': a title standing alone
    return None


def _after_speech_verb_and_stop(before: str) -> bool:
    """Whether the text before a quotation ends with an inflected verb of speaking and a colon or comma
    ("he said:", "she replied,"): the verbs that take the quoted order (``INVERTIBLE_LEMMAS``) but not
    those that are as often nouns ("the report:", "a joke,"), inflected ("his recent reads," is no verb)."""
    from ...lexicon.cues import FORM_TO_LEMMA, INVERTIBLE_LEMMAS, NOUN_LIKE_CUE_LEMMAS

    m = re.search(r"([A-Za-z]+)\s*[:,]$", before[-30:])
    if m is None:
        return False
    word = m.group(1).lower()
    lemma = FORM_TO_LEMMA.get(word)
    return lemma in INVERTIBLE_LEMMAS and lemma not in NOUN_LIKE_CUE_LEMMAS and word != lemma


BEFORE_CHARS = 200  # what classify reads of the text before a quotation


def _line_is(text: str, start: int, content: str) -> bool:
    """Whether the line from ``start`` is ``content`` alone, give or take quotation marks and spaces
    (a line over ``len(content) + 64`` characters is not: the check stays bounded per quote)."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - start > len(content) + 64:
        return False
    return text[start:line_end].strip().strip("\"'\u201c\u201d\u2018\u2019 .") == content.strip(" .")


_SIGN_OFF_OR_GOING_ON = re.compile(r"\s*(?:[\u2014\u2013-]+\s*[A-Z]|[a-z])")


def _cued_line(text: str, q: RawQuote, para_start: int) -> bool:
    """Whether a quotation alone on its line has a cue around it, so is speech, not a subheading, even in capitals
    (a shouted slogan): the text before it ends with a colon ('She told them:' then '"WE WILL NOT GO BACK."'), or
    the next line goes on with its sentence in lower case ('the senator said') or signs it off with a dash."""
    if text[max(0, para_start - 200) : para_start].rstrip().endswith(":"):
        return True
    after = q.close_end if q.close_end is not None else q.end
    line_end = text.find("\n", after)
    return line_end >= 0 and _SIGN_OFF_OR_GOING_ON.match(text, line_end) is not None


def classify(text: str, q: RawQuote, para_start: int, cue_words: frozenset[str]) -> str:
    """ "direct", "partial" or a reason it is not speech (a key of NOT_SPEECH_WHY).

    From where the quotation sits in its sentence: at a sentence start, after a comma or dash
    with a capital, or after a cue verb with a capital it is direct; inside the reporter's
    sentence it is partial.
    """
    content = text[q.start : q.end].strip()
    # The end of what precedes the quote in its paragraph (the last 200 characters are all the
    # rules read): slicing from the paragraph start per quote was quadratic (issue 9).
    end = q.open_start
    while end > para_start and text[end - 1].isspace():
        end -= 1
    before = text[max(para_start, end - BEFORE_CHARS) : end]
    prev_char = before[-1:] if before else ""
    first_alpha = next((c for c in content if c.isalpha()), "")
    prev_word = re.findall(r"[A-Za-z]+", before[-30:])
    prev_word = prev_word[-1].lower() if prev_word else ""
    starts_sentence = (not before) or prev_char in ".!?:\u201d\"'\u2019)" or q.continued
    why = _not_speech(text, q, before, content, starts_sentence, cue_words)
    if why is not None:
        return why
    if (
        content.isupper()
        and len(content.split()) <= 8
        and _line_is(text, para_start, content)
        and not _cued_line(text, q, para_start)
    ):
        return SUBHEAD
    if starts_sentence:
        return "direct"
    if prev_char == "," or prev_char == "\u2014" or prev_char == "-":
        return "direct" if first_alpha.isupper() else "partial"
    if prev_word in cue_words and first_alpha.isupper():
        return "direct"
    return "partial"


# Marks joined to the marks before them by "or", "and" or a comma (white space alone is no join): 'the phrase
# "dottore famoso," or "famous doctor,"', '"Pawn Stars" and "Swamp People"'. The same kind of words, so marks
# that follow words cited as words, or a title, are cited words or a title too.
_COORDINATED_MARKS = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*")


# Short marks judged no speech (a name, a title, a term) are no speech when the same words are marked again in the
# article: 'who would say only that his name was "Perry"' ... '"Perry" countered:' (a source's pseudonym, then
# the subject of a cue), 'the musical "Hamilton"' ... '"Hamilton" opened in 2015'. Four words at most, without an
# end of sentence: repeated speech ("We will win.") is a sentence, not a name.
MAX_REPEATED_WORDS = 4


def _marked_words(content: str) -> str:
    """The words of short marks as compared with other marks: case and spaces kept, trailing commas dropped; ""
    for marks ending a sentence ("Never." is an answer, and an answer may be repeated)."""
    words = " ".join(content.split()).rstrip(",")
    return "" if not words or words[-1] in ".!?" else words


def raw_to_quotes(
    text: str,
    raws: list[RawQuote],
    paragraphs: list[tuple[int, int]],
    cue_words: frozenset[str],
    not_speech: list[Noise] | None = None,
) -> list[Quote]:
    """Quotes from paired marks; marks that are not speech go to ``not_speech`` with their why."""
    quotes: list[Quote] = []
    rejected: tuple[int, str] | None = None  # the closing offset and why of the last marks that were not speech
    named_before: dict[str, str] = {}  # the words of short marks judged no speech so far -> why
    for q in raws:
        s, e = _trim(text, q.start, q.end)
        if e <= s:
            continue
        kind = classify(text, q, paragraphs[q.paragraph][0], cue_words)
        if (
            kind not in NOT_SPEECH_WHY
            and rejected is not None
            and _COORDINATED_MARKS.fullmatch(text, rejected[0], q.open_start)
        ):
            kind = rejected[1]  # 'the phrase "dottore famoso," or "famous doctor,"': the second is cited too
        words = _marked_words(text[s:e])
        if kind not in NOT_SPEECH_WHY and words in named_before:
            kind = named_before[words]  # '... his name was "Perry". ... "Perry" countered:': a name again
        if kind in NOT_SPEECH_WHY and words and len(words.split()) <= MAX_REPEATED_WORDS:
            named_before.setdefault(words, kind)
        if kind in NOT_SPEECH_WHY:
            if not_speech is not None:
                not_speech.append(Noise(q.open_start, q.close_end or e, "", NOT_SPEECH_WHY[kind]))
            rejected = (q.close_end, kind) if q.close_end is not None else None
            continue
        confidence = 0.9 if q.close_end is not None or q.continues or q.reopened else 0.6
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


@register_stage("quotes", requires=("clean_text", "paragraphs"), assigns=("quotes", "noise"))
def find_quotes(ex: ArticleState) -> ArticleState:
    """Quotations in marks over the working copy; marks that are not speech are recorded as noise."""
    from ...lexicon.cues import CUE_WORD_FORMS

    raws = find_raw_quotes(ex.clean_text, ex.paragraphs)
    not_speech: list[Noise] = []
    quotes = raw_to_quotes(ex.clean_text, raws, ex.paragraphs, CUE_WORD_FORMS, not_speech)
    # Spans index the text as given: the working copy has the same length.
    for q in quotes:
        q.text = ex.article.text[q.start : q.end]
    for n in not_speech:
        n.text = ex.article.text[n.start : n.end]
    ex.noise = sorted(ex.noise + not_speech, key=lambda n: n.start)
    ex.quotes = quotes
    return ex
