"""Reported speech (round 22): a verb of attack that names violence reports no stance, and a generic "those" as a
cue's subject is a group nobody named, never the person named before.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest


def _indirect(ex):
    return [(q.text, q.speaker.name if q.speaker else None) for q in ex.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters attacked police outside the ministry on Tuesday.",
        "Gunmen attacked the town hall overnight.",
        "A man attacked his neighbour with a knife in the car park.",
        "Militants stepped up their attacks on army posts near the border.",
    ],
)
def test_a_physical_attack_is_no_stance(run, sentence):
    text = f"Mayor Ada Lee said the city would hold an inquiry into the events.\n\n{sentence}"
    assert [q for q, _ in _indirect(run(text))] == ["the city would hold an inquiry into the events"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Senator Ann Cole attacked the budget plan in a speech.", "the budget plan"),
        ("Senator Ann Cole attacked police for their slow response.", "police for their slow response"),
        ("Senator Ann Cole has stepped up her attacks on the governor's tax plan.", "the governor's tax plan"),
    ],
)
def test_a_verbal_attack_stays_a_stance(run, sentence, content):
    text = f"Mayor Ada Lee said the city would hold an inquiry into the events.\n\n{sentence}"
    assert (content, "Ann Cole") in _indirect(run(text))


@pytest.mark.parametrize(
    ("sentence", "descr"),
    [
        ("Those in favour of the tax have said that the tax will pay for schools.", "Those in favour of the tax"),
        ("Those opposed to the plan say it will cost jobs in the port.", "Those opposed to the plan"),
    ],
)
def test_those_as_subject_is_a_group_nobody_named(run, sentence, descr):
    ex = run(f"Mayor Tom Ridley spoke to the council on Monday.\n\n{sentence}")
    [q] = [q for q in ex.quotes if q.kind == "indirect"]
    assert q.speaker is not None and q.speaker.name is None
    assert q.speaker.descriptors == [descr]


def _partials(ex):
    return [
        (q.fragment.text if q.fragment else q.text, q.speaker.name if q.speaker else None)
        for q in ex.quotes
        if q.kind == "partial"
    ]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('Mayor Ada Lee expressed "sympathy" with the families on Monday.', "sympathy"),
        ('Mayor Ada Lee voiced "deep concern" over the cuts to bus routes.', "deep concern"),
        ('Mayor Ada Lee spoke about the flood, calling it "heartbreaking" for the town.', "heartbreaking"),
    ],
)
def test_a_fragment_given_voice_is_a_partial_quotation(run, sentence, fragment):
    assert _partials(run(sentence)) == [(fragment, "Ada Lee")]


def test_a_fragment_no_one_voices_stays_a_scare_quote(run):
    ex = run('The town has long been known as a "safe haven" for boaters, and Mayor Ada Lee said it would stay so.')
    assert _partials(ex) == []


def test_a_cue_in_a_relative_clause_on_the_addressee_gives_way_to_telling(run):
    ex = run('Mayor Ada Lee told a young man who asked about taxes that "nobody will pay more."')
    [q] = [q for q in ex.quotes if q.kind != "indirect"]
    assert q.speaker.name == "Ada Lee"
    assert q.cue.text == "told"


def test_a_relative_clause_cue_right_before_its_quotation_keeps_it(run):
    ex = run('Reporters asked a resident who said "it was terrible" about the flood.')
    [q] = [q for q in ex.quotes if q.kind != "indirect"]
    assert q.cue.text == "said"
    assert q.speaker.name is None and q.speaker.descriptors == ["a resident"]


def test_a_cue_joined_by_and_after_a_fragment_is_no_trailing_tag(run):
    ex = run(
        "Senator Tom Hart spoke first.\n\n"
        'Mayor Ada Lee called Hart a "blowhard," and said his remarks were priceless "propaganda" for his rivals.'
    )
    speakers = {q.fragment.text if q.fragment else q.text: q.speaker.name for q in ex.quotes if q.kind != "indirect"}
    assert speakers == {"blowhard,": "Ada Lee", "propaganda": "Ada Lee"}


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('Mayor Ada Lee blamed the floods on the council\'s "total neglect" of the drains.', "total neglect"),
        ('Mayor Ada Lee encouraged residents to "stand up and be counted" at the meeting.', "stand up and be counted"),
    ],
)
def test_a_fragment_after_a_verb_of_judging_or_urging_is_a_partial_quotation(run, sentence, fragment):
    assert (fragment, "Ada Lee") in _partials(run(sentence))
