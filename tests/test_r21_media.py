"""Medium (round 21): a talk radio host or a station's call sign is radio, words said before a crowd or to a
legislature's members are a speech, a later time is another setting, a statement to a legislature's body names no
outlet, and a statement to an outlet whose name begins with "The" keeps it as written.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import media as _media


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('"We will not back down," Mayor Ada Lee told conservative talk radio host Ann Wells on Monday.', None),
        ('"We will not back down," Mayor Ada Lee told WXYZ-AM on Monday.', "WXYZ-AM"),
        ('"We will not back down," Mayor Ada Lee told Magic 102.7 FM on Monday.', "Magic 102.7 FM"),
        ('In a phone interview with KQXL Radio, Mayor Ada Lee said the plan was "dead in the water".', "KQXL Radio"),
    ],
)
def test_a_talk_radio_host_or_a_call_sign_is_radio(run, sentence, outlet):
    assert _media(run(sentence)) == [("radio", outlet)]


def test_a_call_sign_of_a_television_station_stays_television(run):
    assert _media(run('"We will not back down," Mayor Ada Lee told WXYZ-TV on Monday.')) == [("tv", "WXYZ-TV")]


def test_a_talk_radio_host_who_speaks_is_no_medium(run):
    assert _media(run('Ann Wells, a talk radio host, said the plan was "dead in the water".')) == [(None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not back down," Mayor Ada Lee said, laughing along with the crowd.',
        '"We will not back down," Mayor Ada Lee said in front of a crowd of 2,000 people.',
        '"We will not back down," the minister, Ada Lee, told MPs on Tuesday.',
        'Mayor Ada Lee spoke to supporters in Dayton: "We will not back down."',
    ],
)
def test_words_said_before_a_crowd_or_to_members_are_a_speech(run, sentence):
    assert _media(run(sentence)) == [("speech", None)]


def test_a_later_time_is_another_setting(run):
    text = (
        "Senator Ada Lee defended the budget in an interview on CBS on Sunday.\n\n"
        '"Families cannot wait," Lee said.\n\n'
        'Later that day, Lee went to a diner in Dayton. "We will win this," she said.'
    )
    assert _media(run(text)) == [("tv", "CBS"), (None, None)]


def test_the_interview_carries_without_a_later_time(run):
    text = (
        "Senator Ada Lee defended the budget in an interview on CBS on Sunday.\n\n"
        '"Families cannot wait," Lee said.\n\n'
        '"We will win this," she said.'
    )
    assert _media(run(text)) == [("tv", "CBS"), ("tv", "CBS")]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('In a written statement to the Senate committee, Ada Lee said the plan was "dead in the water".', None),
        ('In a statement to The Associated Press, Ada Lee said the plan was "a mistake".', "The Associated Press"),
        ('In a statement to the Daily Mail, Ada Lee said the plan was "dead in the water".', "Daily Mail"),
    ],
)
def test_the_outlet_a_statement_was_given_to(run, sentence, outlet):
    assert _media(run(sentence)) == [("press-statement", outlet)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Two days before the vote, Ada Lee issued a second letter to Congress, stating, "nothing has changed."',
        'Ada Lee sent a letter to the council on Monday. The letter read: "Nothing has changed."',
    ],
)
def test_a_letter_sent_to_a_body_is_no_speech(run, sentence):
    assert _media(run(sentence)) == [(None, None)]


def test_words_from_the_campaign_are_not_the_interviews(run):
    text = (
        'Ada Lee said in an interview on CBS on Sunday that the rules were "a burden."\n\n'
        '"We lose plants every year," Lee said.\n\n'
        'During the presidential campaign, Lee called the rules "a hoax."'
    )
    assert _media(run(text)) == [("tv", "CBS"), ("tv", "CBS"), (None, None)]


def test_words_told_the_agency_whose_story_it_is_are_no_print_interview(run):
    text = (
        "NEW YORK (AP) \u2014 Poet Ada Lee struggled to write this spring.\n\n"
        '"I would look at my own poems and feel nothing," she told The Associated Press. "It was like a wall."'
    )
    assert _media(run(text)) == [(None, "The Associated Press")] * 2


def test_words_told_an_agency_in_another_story_are_a_print_interview(run):
    text = (
        "LONDON (Reuters) - Poet Ada Lee struggled to write this spring.\n\n"
        '"I would look at my own poems and feel nothing," she told The Associated Press.'
    )
    assert _media(run(text)) == [("print-interview", "The Associated Press")]
