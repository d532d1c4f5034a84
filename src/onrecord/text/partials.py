"""Is a short fragment in quotation marks someone's words (a partial quotation) or the reporter's
scare quote?

The gold guide (shared/data/gold/ANNOTATION.md, rule 1): a partial quote that reproduces someone's
words is a quotation ("she feels 'blessed'"); scare quotes, so-called terms, nicknames and titles
are not. A fragment with no cue of its own counts as reproduced words when its own clause says
whose they are:

- a naming verb with an object before it: 'called the plan "a disaster"', 'calling Sessions a
  "friend"', 'referred to the fight as a "narrative fight"' (but not 'a camp called "the Jungle"',
  'was called "the weeping prophet"': a name, no speaker's judgement);
- a verb of speaking earlier in its sentence: 'are predicting "nasty" conditions', 'alleging the
  club's "inept" security', 'adding that "perfect Christians" would';
- coordination with such a fragment: '"stupid" and "dummy"', '"inept" and "incompetent"'.

Plain text only: no parser. Every look is bounded (``WINDOW`` characters before the mark).
"""

from __future__ import annotations

import re

from ..lexicon.cues import (
    CUE_LEMMAS,
    NAMING_FORMS,
    NOUN_LIKE_CUE_LEMMAS,
    REFER_FORMS,
    VOICING_LEMMAS,
    WEAK_CUE_LEMMAS,
    attribution_forms,
)
from .sentences import sentence_bounds

WINDOW = 200  # characters read before the opening mark
# A form right after one of these is a noun ("his claim", "a report", "the answer"), not a verb.
_NOUN_MARKERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"]
)
_PREPOSITIONS = frozenset(["in", "of", "for", "on", "with", "at", "into", "from", "about"])
_PASSIVE = frozenset(["is", "was", "were", "are", "be", "been", "being", "'s"])
_OBJECT_FILLERS = frozenset(["as", "a", "an", "the", "their", "his", "her", "its", "this", "that"])
# "than, say, Mr. Cruz's plan": "say" between commas offers an example, nobody speaks. So do the set
# phrases "That (being) said,", "having said that", "needless to say", "so to speak" (trial6 M1:
# 'That being said, ... their "religion of peace"' is the writer's scare quote).
_ASIDE_SAY = re.compile(
    r",\s*say\s*,|\b(?:that|this)(?:\s+being)?\s+said\s*,|\bhaving\s+said\s+(?:that|this)\b"
    r"|\bneedless\s+to\s+say\b|\bso\s+to\s+speak\b|\bit\s+goes\s+without\s+saying\b",
    re.IGNORECASE,
)
# "the so-called "religion of peace"": the writer keeps the words at a distance; nobody is quoted. So does a
# name no one is said to give: 'what is called "front-running"', 'a practice known as "netting"' (words cited
# as words; "was called "a disaster" by critics" has a speaker).
_SO_CALLED = re.compile(
    r"\b(?:so[- ]called|what\s+(?:is|are|was|were)\s+(?:called|termed)|known\s+as)\s*$", re.IGNORECASE
)
# A finite verb between a naming verb's bare form and the marks: the form was a noun ("call centres have a
# high "churn rate"", "call centre operations are part of their business "core function"", trial6 M1). Only
# the forms that are nouns too: 'calling Sessions a "friend" who has had a "distinguished" career' names.
_NOUN_TOO = frozenset(["call", "calls", "label", "labels", "brand", "brands", "term"])
_FINITE_BETWEEN = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
    ]
)
_WORD = re.compile(r"[A-Za-z][\w'\u2019*-]*")
_MAX_OBJECT_WORDS = 14  # "dubbed some efforts by the National Association ... People"


def clause_before(text: str, open_start: int, lo: int) -> str:
    """The text of the sentence that holds the opening mark at ``open_start``, up to the mark
    (at most ``WINDOW`` characters, never before ``lo``, the paragraph start)."""
    start = max(lo, open_start - WINDOW)
    cuts = [c for c in sentence_bounds(text, start, open_start) if c < open_start]
    return text[cuts[-1] if cuts else start : open_start].lstrip()


def _words(before: str) -> list[str]:
    return _WORD.findall(before)


def _names_with_object(words: list[str]) -> bool:
    """A naming verb with an object between it and the marks, not passive: 'called X', 'calling X a'."""
    tail = words[-_MAX_OBJECT_WORDS - 2 :]
    for n in range(len(tail) - 1, -1, -1):
        w = tail[n].lower()
        after = [x for x in tail[n + 1 :] if x.lower() not in _OBJECT_FILLERS]
        passive = n > 0 and tail[n - 1].lower() in _PASSIVE
        if w in NAMING_FORMS and not tail[n][0].isupper() and after and not passive:
            if w in _NOUN_TOO and any(x.lower() in _FINITE_BETWEEN for x in after):
                continue  # "call centres have a high": a noun, not a naming verb ("his calls to end" is speech)
            return True
        if w in REFER_FORMS and n + 1 < len(tail) and tail[n + 1].lower() == "to" and "as" in tail[n + 2 :]:
            return True
    return False


def _is_noun_use(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` is a noun: after a determiner or a possessive ("his claim", "the report's
    claim") or, unless a gerund, after a preposition ("in order to", but "by adding that")."""
    if n == 0:
        return False
    previous = words[n - 1].lower()
    if previous in _PREPOSITIONS:
        return not words[n].endswith("ing")
    return previous in _NOUN_MARKERS or previous.endswith(("'s", "\u2019s"))


def _speech_verb(words: list[str]) -> bool:
    """A verb of speaking (lower case, not a noun after a determiner or possessive) among ``words``."""
    return any(w in _SPEECH_FORMS and not _is_noun_use(words, n) for n, w in enumerate(words))


def _sure_verb_forms() -> frozenset[str]:
    """Verbs of speaking by word form, present participles included ("adding that", "predicting");
    "call" and its kin are naming verbs, tested with their object; the weak cues ("begin", "read",
    "hit") report speech only with a quotation beside them. Of a lemma as often a noun ("report",
    "claim", "tweet") only the past and the participles count: they are verbs wherever they stand."""
    forms = set()
    for form, lemma in attribution_forms(CUE_LEMMAS - WEAK_CUE_LEMMAS).items():
        if form in NAMING_FORMS:
            continue
        if lemma in NOUN_LIKE_CUE_LEMMAS and not form.endswith(("ed", "ing")):
            continue
        forms.add(form)
    for form in attribution_forms(VOICING_LEMMAS):
        if form.endswith(("ed", "ing")):
            forms.add(form)  # "expressed "sympathy"", "voicing "deep concern"": the subject's words
    return frozenset(forms)


_SPEECH_FORMS = _sure_verb_forms()


def speaker_words(text: str, open_start: int, lo: int) -> bool:
    """Whether the fragment's sentence, up to the mark at ``open_start``, makes it someone's words: a
    naming verb with its object, or a verb of speaking. ``lo`` bounds the look (the paragraph start)."""
    clause = clause_before(text, open_start, lo)
    if _SO_CALLED.search(clause):
        return False
    words = _words(_ASIDE_SAY.sub(",", clause))
    return _names_with_object(words) or _speech_verb(words)


_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*$")


def coordinated(text: str, previous_close: int | None, open_start: int) -> bool:
    """Whether the marks at ``open_start`` follow the previous quotation's closing mark with only
    "and", "or" or a comma between them ('"stupid" and "dummy"')."""
    if previous_close is None or previous_close > open_start or open_start - previous_close > 12:
        return False
    return bool(_COORDINATED.fullmatch(text, previous_close, open_start))
