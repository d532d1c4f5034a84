"""A trial's parts are court, not a press statement (trial 24: a prosecutor's opening statement was labelled
press-statement); the same words at a legislature's hearing are the "other" occasion, as all testimony there,
which the output gives as no medium."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.pipeline.stages.medium import medium_of


@pytest.mark.parametrize(
    "text",
    [
        'Earlier, in his opening statement, state advocate Tom Reed said the case was about the "power of words".',
        'In her opening statement to the jury, prosecutor Jane Park said: "The evidence will show he lied."',
        'In closing arguments on Friday, defence lawyer Sam Ortiz said: "My client was never there."',
        'Under cross-examination, Detective Ruth Kim said: "We found no links to the looters."',
    ],
)
def test_a_trials_statements_and_answers_are_court(text):
    quotes = onrecord.extract(text).quotes
    assert quotes and all(q.medium == "court" for q in quotes)


def test_an_opening_statement_at_a_senate_hearing_is_the_other_occasion():
    text = (
        "The Senate Judiciary Committee held a hearing on the nomination on Tuesday, and lawmakers from both parties "
        "pressed the nominee.\n\n"
        'In her opening statement, Senator Ann Cole said: "This nominee has not answered our questions."'
    )
    (q,) = onrecord.extract(text).quotes
    assert q.medium is None  # "other", which the output gives as no medium (``medium.assign_medium``)


def test_a_statement_that_is_not_an_opening_one_stays_a_press_statement():
    text = 'In a statement on Monday, the company\'s chief executive, Lena Moss, said: "We will appeal the ruling."'
    (q,) = onrecord.extract(text).quotes
    assert q.medium == "press-statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee said the investigation revealed that of the three Twitter accounts in her name, two were fake.",
        "Lee said her Twitter account had been hacked in May.",
    ],
)
def test_twitter_accounts_talked_about_name_no_medium(sentence):
    # trial 24: testimony about accounts was given the medium twitter, and carried to the next quotations
    assert medium_of(sentence) == (None, None)


def test_a_twitter_user_who_writes_is_still_twitter():
    assert medium_of("One Twitter user wrote: ")[0] == "twitter"
