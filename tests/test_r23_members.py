"""Round 23 (members): a member, supporter or official of a named body speaks for themself, not as the body.

"a member of the Harbor Alliance told the crowd" names someone unnamed who belongs to the Harbor Alliance; the
annotation guide names an organisation as the speaker only when the organisation speaks (issue 11 kind 3: "a
spokeswoman for X is not X"). Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from onrecord import extract

OPENING = "The march reached the park at dusk, and the crowd gathered by the boathouse to hear the speakers.\n\n"


def _first_speaker(mention: str):
    text = OPENING + f'"We are not against the police," {mention} told the crowd. "Every officer is not bad."\n'
    quotes = extract(text).quotes
    assert len(quotes) == 2
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == mention
    return quotes[0].speaker, quotes[1].speaker


@pytest.mark.parametrize(
    "mention",
    [
        "a member of the Harbor Alliance",
        "one supporter of the Harbor Alliance",
        "an organiser with the Harbor Alliance",
        "members of the Harbor Alliance",
    ],
)
def test_a_member_of_a_body_is_an_unnamed_source_not_the_body(mention):
    first, second = _first_speaker(mention)
    assert first is not None and first.kind == "unnamed" and first.name is None
    assert second is first  # the continuation in the paragraph is the same member's


def test_a_statement_from_a_body_is_still_the_body_speaking():
    text = OPENING + '"We are not against the police," a statement from the Harbor Alliance said.\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.kind == "organisation"
    assert quote.speaker.name == "Harbor Alliance"


def test_a_named_member_is_the_person_named():
    text = OPENING + '"We are not against the police," Harbor Alliance member Joe Bloggs told the crowd.\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Joe Bloggs"
