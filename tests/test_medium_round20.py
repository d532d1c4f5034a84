"""Medium from the outlet spoken to (round 20): a television channel or a radio station by its name, state
television by its country, whatever verb of talking names it.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import media as _media


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        ('The minister, Ruth Alder, told GB News that the plan was "dead in the water".', "tv", "GB News"),
        ('Ada Finch told France 24 that the strike was "a scandal".', "tv", "France 24"),
        ('Tom Reyes spoke with Channel 4 News on Monday: "The talks have failed."', "tv", "Channel 4 News"),
        ('Tom Reyes, talking to Sky News on Monday, said: "The talks have failed."', "tv", "Sky News"),
        ('Ada Finch told talkRADIO that the strike was "a scandal".', "radio", "talkRADIO"),
    ],
)
def test_a_channel_or_station_by_its_name_gives_the_medium(run, sentence, medium, outlet):
    assert _media(run(sentence)) == [(medium, outlet)]


@pytest.mark.parametrize(
    "sentence",
    [
        'Ada Finch told Russian state TV: "The strike is a scandal."',
        'Ada Finch said on Iranian state television that the strike was "a scandal".',
        'Ada Finch told state TV: "The strike is a scandal."',
    ],
)
def test_state_television_of_a_country_is_television(run, sentence):
    assert _media(run(sentence)) == [("tv", None)]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor, Ruth Alder, who has 2,000 followers on Facebook, said the plan was "a disgrace".',
        'The group, which organised the protest on Facebook, said the plan was "a disgrace".',
    ],
)
def test_a_platform_mentioned_about_the_speaker_is_no_medium(run, text):
    assert _media(run(text)) == [(None, None)]


def test_a_relative_clause_about_posting_keeps_the_platform(run):
    text = 'The mayor, Ruth Alder, who wrote on Facebook on Monday, said the plan was "a disgrace".'
    assert _media(run(text)) == [("facebook", None)]


@pytest.mark.parametrize(
    ("text", "medium", "outlet"),
    [
        (
            'Ada Finch appeared on CNN\'s "State of the Union" on Sunday.\n\n'
            '"Do you regret the vote?" host Jake Morrow asked her.\n\n'
            '"Not at all," Finch said.',
            "tv",
            "State of the Union",
        ),
        (
            "Ada Finch spoke to BBC Radio 4's Today programme on Monday.\n\n"
            'Presenter Nick Rowe asked: "Will you resign?"\n\n'
            '"No, I will not," she said.',
            "radio",
            "BBC Radio 4's Today programme",
        ),
    ],
)
def test_a_hosts_questions_were_put_on_the_guests_broadcast(run, text, medium, outlet):
    assert _media(run(text)) == [(medium, outlet)] * 2


@pytest.mark.parametrize(
    ("sentence", "medium", "outlet"),
    [
        (
            'Asked about the tattoo last week by newspaper GP, Ada Finch laughed and said he would have to "own it".',
            "print-interview",
            "GP",
        ),
        ('Asked by the Harbor Gazette if she would run, Finch said: "Never."', "print-interview", "Harbor Gazette"),
        ('Ada Finch, asked by CNN about the vote, said: "It was a mistake."', "tv", "CNN"),
        ('Ada Finch, asked by Tom Reyes about the vote, said: "It was a mistake."', None, None),
    ],
)
def test_questions_put_by_an_outlet_are_its_interview(run, sentence, medium, outlet):
    assert _media(run(sentence)) == [(medium, outlet)]


def test_an_organisations_release_is_a_statement(run):
    assert _media(run('"We will find them all," the agency said in a release on Monday.')) == [
        ("press-statement", None)
    ]


def test_spoke_with_an_outlet_names_the_interview_of_the_words_just_before(run):
    text = (
        '"Prices will keep rising," Ada Finch said on Monday.\n\n'
        "Finch spoke with the Harbor Gazette after the bank's forecast was published."
    )
    assert _media(run(text)) == [("print-interview", "Harbor Gazette")]


def test_a_question_next_to_a_guests_answers_on_air_was_put_on_air(run):
    text = (
        "Ada Finch appeared on CBS on Sunday, eight years after her first visit to the show.\n\n"
        '"So what do you pray for now?" Jo Hart said.\n\n'
        '"Hope," Finch replied.'
    )
    assert [m for m, _ in _media(run(text))] == ["tv", "tv"]


@pytest.mark.parametrize(
    ("told", "medium", "outlet"),
    [
        ("told German newspaper Bild", "print-interview", "Bild"),
        ("told Russian news agency Interfax", "print-interview", "Interfax"),
        ("told Qatari channel Al Jazeera", "tv", "Al Jazeera"),
        ("told broadcaster ITV", "tv", "ITV"),
        ("told German broadcaster ZDF", None, "ZDF"),
        ("told Israel's Channel 12", "tv", "Israel's Channel 12"),
    ],
)
def test_an_outlet_by_its_kind_then_its_name(run, told, medium, outlet):
    assert _media(run(f'Ada Finch {told} on Monday that the strike was "a scandal".')) == [(medium, outlet)]


@pytest.mark.parametrize(
    ("sentence", "medium"),
    [
        ('Ada Finch said in an X post: "I am done with this."', "twitter"),
        ('Ada Finch posted to X: "I am done with this."', "twitter"),
        ('The X Factor star Ada Finch said: "I am done with this."', None),
    ],
)
def test_a_post_on_x_by_its_new_name(run, sentence, medium):
    assert _media(run(sentence)) == [(medium, None)]


def test_a_speech_goes_on_across_one_paragraph_of_another_speakers_words(run):
    text = (
        "During a campaign stop in Dayton, Ada Finch attacked her rival's record on Monday.\n\n"
        '"He has never built a thing," Finch said during a rally at the college.\n\n'
        'Last week Tom Reyes told Fox News: "That is called business."\n\n'
        '"When you sit in a tower, what do you care about us?" Finch said.'
    )
    media = _media(run(text))
    assert media[0] == ("speech", None)
    assert media[-1] == ("speech", None)
