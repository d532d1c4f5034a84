"""text/prefilter.py: one RE2 pass that rules texts out before Python's patterns run.

The shortcut must never change a result: every text a pattern matches, the loosened union must
pass; ``search`` and ``finditer`` must give exactly Python's matches. The cases are the ways RE2
and Python differ: Unicode word characters and boundaries, Unicode spaces and digits, lookarounds,
named groups, \\u escapes, flags, and patterns RE2 cannot read.
"""

from __future__ import annotations

import re

import pytest

from onrecord.text.prefilter import Prefilter, finditer, loosen, search

PATTERNS = [
    re.compile(r"\bsaid\b"),
    re.compile(r"\b(?:told|tells)\s+(?!(?:her|him)\b)(?P<outlet>[A-Z][\w'&.-]*(?:\s+[A-Z][\w.-]*){0,2})"),
    re.compile(r"(?<![\w-])\d{1,3}-year-old\b"),
    re.compile(r"\binterview with\b", re.I),
    re.compile(r"^Reuters\b", re.M),
    re.compile(r"start.end", re.S),
    re.compile(r"[\u201c\"](?P<q>[^\u201d\"]{2,20})[\u201d\"]"),
    re.compile(r"\bKyiv(?=\s*\()"),
]
TEXTS = [
    "He said so.",
    "Ésaid: the boundary is not a word boundary after a Latin letter with an accent",
    "naïvesaid",
    "she told Radio 4 and told her friend",
    "She TOLD CNN\u2019s Jake",
    "the 34-year-old model; the ٣٤-year-old model; 34\u00a0-year-old",
    "In an INTERVIEW WITH Vogue",
    "line one\nReuters - line two",
    "start\nend",
    "he said \u201chello there\u201d",
    "KYIV (Reuters) and Kyiv (AP) and Kyiv\u00a0(AFP)",
    "told\u00a0Vogue",  # a no-break space: \s in Python
    "He said \ud800 so",  # a lone surrogate: RE2 (UTF-8) cannot read it, Python can
    "",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_the_union_passes_every_text_a_pattern_matches(pattern):
    quick = Prefilter([pattern])
    assert quick._union is not None, loosen(pattern.pattern)  # each of these is one RE2 reads
    for text in TEXTS:
        if pattern.search(text):
            assert quick.may_match(text), (pattern.pattern, text)
    assert not quick.may_match("zzz")  # and it does rule texts out


def test_search_gives_pythons_match_for_every_window():
    for pattern in PATTERNS:
        quick = Prefilter([pattern])
        for text in TEXTS:
            for lo in range(len(text) + 1):
                for hi in range(lo, len(text) + 1, 3):
                    want, got = pattern.search(text, lo, hi), search(pattern, quick, text, lo, hi)
                    assert (want and want.span()) == (got and got.span()), (pattern.pattern, text, lo, hi)


@pytest.mark.parametrize("pattern", [*PATTERNS, re.compile(r"x*"), re.compile(r"\b")], ids=lambda p: p.pattern[:30])
def test_finditer_gives_pythons_matches(pattern):
    quick = Prefilter([pattern])
    for text in TEXTS + ["xx yx xxx", " ".join(TEXTS)]:
        assert [m.span() for m in finditer(pattern, quick, text)] == [m.span() for m in pattern.finditer(text)]


def test_a_pattern_re2_cannot_read_passes_everything():
    backreference = re.compile(r"\b(\w+) \1\b")
    verbose = re.compile(r"said \s+ so", re.X)
    for pattern in (backreference, verbose):
        quick = Prefilter([pattern])
        assert quick._union is None and quick.may_match("zzz")
    assert [m.span() for m in finditer(backreference, Prefilter([backreference]), "the the end end")] == [
        (0, 7),
        (8, 15),
    ]


def test_medium_of_gives_the_same_answer_with_and_without_its_prefilter(monkeypatch):
    from onrecord.pipeline.stages import medium

    sentences = [
        "She told CNN\u2019s Jake Tapper on Sunday.",
        "In an interview with Vogue, the singer spoke about her album.",
        "He wrote on Instagram that he was sorry.",
        "The minister said on BBC Radio 4\u2019s Today programme that talks would go on.",
        "Speaking to Greece\u2019s Alter Television station, he denied it.",
        "She told the magazine she was happy.",
        "It rained all day in the city.",
    ]
    quick = [medium.medium_of(s) for s in sentences]
    every = Prefilter([*(p for p, _ in medium.MEDIUM_PATTERNS), re.compile(r"(\w)\1")])  # RE2 cannot: passes all
    assert every.possible("zzz") == {p for p, _ in medium.MEDIUM_PATTERNS} | {re.compile(r"(\w)\1")}
    monkeypatch.setattr(medium, "_ANY_MEDIUM", every)
    assert [medium.medium_of(s) for s in sentences] == quick
    assert quick[0][0] == "tv" and quick[2][0] == "instagram" and quick[-1] == (None, None)


def test_the_atoms_of_a_union_rule_out_patterns_and_keep_every_one_that_matches():
    # Several patterns: RE2's FilteredRE2 tells which may match from the literal strings each needs; a
    # pattern with none ("[A-Z]\\w+ tweets") is tried by itself. Every pattern that matches stays possible.
    patterns = [
        *PATTERNS,
        re.compile(r"(?-i:[A-Z][\w-]+|he|she)\s+(?:re)?tweets", re.I),
        re.compile(r"\b(?:posted|wrote) on (?:Instagram|Facebook)\b", re.I),
    ]
    quick = Prefilter(patterns)
    assert quick._gate is not None
    texts = [*TEXTS, "Ada Roe tweets daily", "she WROTE ON INSTAGRAM", "She wrote on facebook", "nothing here"]
    for text in texts:
        possible = quick.possible(text)
        assert {p for p in patterns if p.search(text)} <= possible, text
        if any(p.search(text) for p in patterns):
            assert quick.may_match(text), text
    assert quick.possible("nothing here") == set() and not quick.may_match("nothing here")
    assert quick.possible("she WROTE ON INSTAGRAM") == {patterns[-1]}  # the others' atoms are not there
    assert quick.possible("He said \ud800 so") == set(patterns)  # a lone surrogate: no shortcut


def test_medium_of_searches_only_the_patterns_whose_atoms_a_sentence_holds():
    from onrecord.pipeline.stages import medium

    every = {p for p, _ in medium.MEDIUM_PATTERNS}
    assert medium._ANY_MEDIUM.possible("It rained all day in the city.") == set()
    assert medium._ANY_MEDIUM.possible("Smith told CNN on Sunday that he would run.") < every  # a few, not all
    for sentence in ("He wrote on Instagram that he was sorry.", "She told the magazine she was happy."):
        matching = {p for p in every if p.search(sentence)}
        assert matching and matching <= medium._ANY_MEDIUM.possible(sentence) < every
