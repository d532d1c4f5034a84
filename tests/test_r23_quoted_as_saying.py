"""Round 23 (relayed words): "Reuters quoted Jane Roe as saying the show "will not go ahead"" is Jane Roe's, in
reported speech as in a direct quotation; the outlet relays the words (trial 23: "AFP reported the sponsors ... as
saying" went to AFP). PolNeAR annotates such a report as the outlet's (2 of its dev quotations); the annotation guide
of the news gold names "the person who said or wrote them". Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from onrecord import extract

OPENING = "The festival was cancelled on Monday.\n\n"


@pytest.mark.parametrize(
    "frame",
    [
        "Reuters quoted Jane Roe as saying",
        "AFP reported Jane Roe as saying",
        "Jane Roe was quoted by Reuters as saying",
        "The Times quoted the organiser, Jane Roe, as saying",
    ],
)
def test_words_relayed_by_an_outlet_are_the_speakers(frame):
    text = OPENING + f'{frame} the show "will not go ahead this year."\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_speaker_who_says_it_herself_is_unchanged():
    text = OPENING + 'Jane Roe told Reuters the show "will not go ahead this year."\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"
