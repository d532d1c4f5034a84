"""Headings: title-case lines and short all-capitalised strings that name something, not speech.

``is_title_like`` reads a short string whose words are all capitalised (small words aside:
``lexicon.function_words.TITLE_SMALL_WORDS``); ``is_heading_line`` reads a line of running text
as a subheading: title case or capitals, no sentence-final punctuation, no quotation marks;
``is_headline_line`` reads a longer title-case line as a headline (a related-story link, often
printed twice: "Trump's Lawyers Argue That Their Client Is Above the Law Trump's Lawyers ...").
"""

from __future__ import annotations

import re

from ..lexicon.function_words import TITLE_SMALL_WORDS
from .marks import ALL_MARKS

MAX_TITLE_WORDS = 7
MAX_HEADING_WORDS = 10  # news subheads run to a short phrase; longer lines are sentences
# A related-story link repeats its headline (image alt text and link text): two headlines of up to 15 words.
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 4  # "Read More", "Top Stories": shorter lines are ``is_heading_line``'s
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
_SENTENCE_FINAL = frozenset(".!?:;,")


def is_title_like(content: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Whether ``content`` is at most ``max_words`` words, each capitalised (or a digit) save small words,
    without ``!?;:`` or a handle/hashtag: a name or the title of a work, not speech."""
    stripped = content.strip().rstrip(",.")
    words = stripped.split()
    if not words or len(words) > max_words or re.search(r"[!?;:]", stripped):
        return False
    if any(w.startswith("@") or w.startswith("#") for w in words):
        return False
    capitalised = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w is words[0]]
    return all(w[:1].isupper() or w[:1].isdigit() for w in capitalised)


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends with sentence punctuation or a closing mark (a paragraph may end there)."""
    tail = line.rstrip()
    return bool(tail) and (tail[-1] in _SENTENCE_FINAL or tail[-1] in ALL_MARKS or tail[-1] == ")")


def is_heading_line(line: str) -> bool:
    """Whether ``line`` reads as a subheading: title case or capitals, at most ``MAX_HEADING_WORDS``
    words, no sentence-final punctuation, no quotation marks, not ending in a small word."""
    words = line.split()
    if not words or len(words) > MAX_HEADING_WORDS or ends_sentence(line) or any(ch in ALL_MARKS for ch in line):
        return False
    if words[-1].lower() in TITLE_SMALL_WORDS:
        return False
    return line.isupper() or is_title_like(line, MAX_HEADING_WORDS)


def is_headline_line(line: str) -> bool:
    """Whether ``line`` reads as a headline in title case (a link to a related story, a subhead): from
    ``MIN_HEADLINE_WORDS`` to ``MAX_HEADLINE_WORDS`` words, every word capitalised save small words, no
    sentence-final punctuation, no quotation marks (an apostrophe inside a word is not one), not in
    capitals (all-capitals wire copy is prose). Prose capitalises only names and a sentence's first
    word, so a line of 4 or more words all capitalised, verbs and pronouns included, is not a sentence."""
    words = line.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS or ends_sentence(line) or line.isupper():
        return False
    if any(ch in ALL_MARKS for ch in _IN_WORD_APOSTROPHE.sub("", line)):
        return False
    if words[-1].lower() in TITLE_SMALL_WORDS:
        return False
    return is_title_like(line, MAX_HEADLINE_WORDS)


MAX_HEADLINE_SOURCE_WORDS = 5  # "OK Gov Mary Fallin:": a name with a title; longer runs are a headline's own words
MAX_TITLE_LINE_WORDS = 30
_NAME_WORD = r"[A-Z][\w\u2019'.&-]*"
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "that", "those"})
_HEADLINE_COLON = re.compile(
    rf"(?P<source>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,{MAX_HEADLINE_SOURCE_WORDS - 1}}})"
    r"(?:[ \t]+(?:to|To|on|On)[ \t]+[^:\n]{1,80}?)?"  # "Clinton to Planned Parenthood:", "Gillibrand on X:"
    r"(?P<cue>:)[ \t]+(?P<content>\S[^\n]*)"
)


_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_STEM = 4  # letters: "drops"/"dropped", "investigation"/"investigators" share them


_CUE_REACH = 3  # words between a name and its cue: "Lynch said", "Loretta Lynch told reporters", "said Lynch"


_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def _first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence: up to the first full stop, "!" or "?" before a capital or an opening
    mark, except a stop that closes an abbreviated title or an initial ("Texas Rep. Mike Roe said",
    "Loretta E. Lynch"), which ends no sentence."""
    from ..lexicon.titles import ALL_TITLES, norm_word

    for m in _SENTENCE_GAP.finditer(paragraph):
        before = paragraph[: m.start()].split()
        last = before[-1] if before else ""
        if last.endswith(".") and (norm_word(last) in ALL_TITLES or re.fullmatch(r"[A-Z]\.", last)):
            continue
        return paragraph[: m.start()]
    return paragraph


def _lede_cue_forms() -> frozenset[str]:
    """Word forms that make a lede's mention of the title's name a report of its words, not news about it:
    the verbs of saying, the rarer reporting verbs ("is reaffirming that"), beliefs and intentions ("Roe
    wants to see the district become a state": her position, the title's statement)."""
    global _LEDE_CUES
    if _LEDE_CUES is None:
        from ..lexicon.cues import (
            BELIEF_LEMMAS,
            CUE_WORD_FORMS,
            INFINITIVE_CUES,
            INTENTION_LEMMAS,
            REPORTING_LEMMAS,
            attribution_forms,
        )

        extra = attribution_forms(REPORTING_LEMMAS | BELIEF_LEMMAS | INTENTION_LEMMAS | INFINITIVE_CUES)
        _LEDE_CUES = CUE_WORD_FORMS | frozenset(extra)
    return _LEDE_CUES


_LEDE_CUES: frozenset[str] | None = None


def _lede_narrates(source: str, content: str, body: str) -> bool:
    """Whether the story's first sentence restates a title line's content in the writer's own voice: most of
    the content's words (by their first ``_STEM`` letters) come back there, and the source's name has no speech
    cue (``lexicon.cues.CUE_WORD_FORMS``) within ``_CUE_REACH`` words. A lede that retells the headline as an
    event ("Prosecutors in Sweden have dropped an investigation into ... Julian Assange") makes the colon's
    name the topic of the news, not its source; a headline that quotes a name is retold as that name's speech
    ("Loretta Lynch said there was no outside influence").
    """
    lede = _first_sentence(body.lstrip().split("\n", 1)[0])
    lede_words = [w.lower() for w in _WORD.findall(lede)]
    name = source.split()[-1].lower()
    cues = _lede_cue_forms()
    for k, w in enumerate(lede_words):
        near = lede_words[max(0, k - _CUE_REACH) : k + _CUE_REACH + 1]
        if w == name and any(n in cues for n in near):
            return False
    stems = {w[:_STEM] for w in lede_words}
    words = [w.lower() for w in _WORD.findall(content) if w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 2 and sum(w[:_STEM] in stems for w in words) * 2 > len(words)


def headline_attribution(text: str) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """The source, colon and content spans of a title line "Lynch: No outside influence on FBI probe."
    (news headlines attribute a statement to the name before a colon, "Speaker: words"), or None.

    Only the text's first line is read (the title; a colon in running text introduces many other
    things); the source is one to ``MAX_HEADLINE_SOURCE_WORDS`` capitalised words, not a story label
    (``lexicon.function_words.HEADLINE_LABELS``: "Live:", "Analysis:"), no phrase (a determiner first,
    a small word inside), and named again in the text below the title ("Lynch:" above "Loretta Lynch
    said ..."), optionally followed by the addressee or topic ("Clinton to Planned Parenthood:"); the
    content, its final full stop left out, holds at least two words.
    """
    from ..lexicon.function_words import HEADLINE_LABELS

    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    m = _HEADLINE_COLON.match(line)
    if m is None or len(line.split()) > MAX_TITLE_LINE_WORDS:
        return None
    words = m.group("source").split()
    if words[0].lower().rstrip(".") in HEADLINE_LABELS or words[0].lower() in _DETERMINERS:
        return None  # "Live:", "The Latest:", "A Curious Plan to ...:": a story's label or its own words
    if any(w.lower() in TITLE_SMALL_WORDS for w in words):
        return None  # "Big Win For Bernie:": a phrase, not a name
    if not re.search(rf"\b{re.escape(words[-1])}\b", text[end:]):
        return None  # a source the story never names again ("Wow:", "Revealed:") is no one who spoke
    content = m.group("content").rstrip()
    content = content[:-1].rstrip() if content.endswith(".") else content
    if len(content.split()) < 2:
        return None
    if _lede_narrates(m.group("source"), content, text[end:]):
        return None  # "Julian Assange: Sweden drops rape investigation": news about the name, not its words
    s = start + m.start("content")
    return (
        (start + m.start("source"), start + m.end("source")),
        (start + m.start("cue"), start + m.end("cue")),
        (s, s + len(content)),
    )
