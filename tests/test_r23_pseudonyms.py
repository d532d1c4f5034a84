"""Round 23 (pseudonyms): a name an article gives a source in quotation marks is a name, not speech, and the
same marks later, as the subject of a cue, name that person.

News gives sources who will not be named a first name in marks ('a resident who would say only that his name was
"Marco"', 'identified only as "Maria"'), then writes '"Marco" countered: "..."'. Short marks already judged no
speech (a name, a title) are no speech when the same words are marked again. Every article here was written
for these tests.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.pipeline.stages.people.speakers import pseudonyms

MARCH = (
    'The march reached the park at dusk. A 21-year-old resident who would say only that his name was "Marco" '
    "walked beside his cousin.\n\n"
    '"We are tired of waiting," Daniel Ortiz said. "Nobody listens."\n\n'
    '"Marco" countered: "They listen when it suits them."\n'
)


def test_a_quoted_pseudonym_is_no_quotation_and_names_the_next_speaker():
    result = extract(MARCH)
    texts = [q.text for q in result.quotes]
    assert "Marco" not in texts
    last = result.quotes[-1]
    assert last.text == "They listen when it suits them."
    assert last.speaker is not None and last.speaker.name == "Marco" and last.speaker.kind == "person"
    assert last.speaker_mention is not None and last.speaker_mention.text == "Marco"
    assert result.quotes[0].speaker.name == "Daniel Ortiz"  # the earlier voice keeps its quotes


@pytest.mark.parametrize(
    "phrase",
    [
        'his name was "Marco"',
        'identified only as "Marco"',
        'asked to be called "Marco"',
        'calls himself "Marco"',
    ],
)
def test_naming_phrases_give_pseudonyms(phrase):
    assert pseudonyms(f"A man who {phrase} spoke to us.") == frozenset({"Marco"})


def test_a_name_in_marks_without_a_naming_phrase_is_no_pseudonym():
    assert pseudonyms('He sang "Marco" twice and left.') == frozenset()


def test_a_title_marked_twice_is_a_title_both_times():
    text = (
        'Critics loved the musical "Harbor Lights" when it opened in the spring.\n\n'
        'Tickets were scarce all summer. "Harbor Lights" was still the talk of the town in June.\n'
    )
    result = extract(text)
    assert "Harbor Lights" not in [q.text for q in result.quotes]
    assert sum(n.why.startswith("title of a work") for n in result.noise) == 2


def test_a_sentence_said_twice_is_a_quotation_both_times():
    text = (
        '"We will win." That was the mayor\'s answer on Monday, Jane Roe said.\n\n'
        'By Friday she repeated it: "We will win."\n'
    )
    assert [q.text for q in extract(text).quotes].count("We will win.") == 2
