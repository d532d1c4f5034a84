"""Medium (round 22): a former host's words take no guest's broadcast, radio as a technology is no radio
interview, the BBC's and Sky's news channels and BBC1/BBC2 are television, and an interview "for" a network's show
names the show.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import voiced_media as _media

_FORMER_HOST = (
    'Former talk show host Dan Rigby has quit the Green Party, which he called a "sinking ship".\n\n'
    'Party leader Mona Hart said she was sorry to see him go. "He gave us a lot, but he wanted the party '
    "to be about him,\" Ms Hart told BBC Radio 4's Today programme.\n"
)


def test_a_former_hosts_words_take_no_guests_broadcast(run):
    media = _media(run(_FORMER_HOST))
    assert media[0] == ("Dan Rigby", None, None)
    assert media[-1] == ("Mona Hart", "radio", "BBC Radio 4's Today programme")


def test_a_current_hosts_question_still_takes_the_guests_broadcast(run):
    text = (
        "The governor defended the budget on air.\n\n"
        '"Will you cut the schools budget?" host Jill Marsh asked. "No, we will not," Governor Tim Boyd told '
        "WXYZ-TV.\n"
    )
    media = _media(run(text))
    assert media[0][1:] == ("tv", "WXYZ-TV")


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm showed a headset based on magnetic fields rather than radio. "
        '"It lasts twice as long," said sales chief Ana Pires.',
        'The tags use radio waves to reach a reader. "It costs pennies," said sales chief Ana Pires.',
        'Each parcel carries a radio chip. "It costs pennies," said sales chief Ana Pires.',
    ],
)
def test_radio_as_a_technology_is_no_radio_interview(run, sentence):
    assert _media(run(sentence)) == [("Ana Pires", None, None)]


def test_radio_said_on_the_air_stays_radio(run):
    assert _media(run('"It costs pennies," sales chief Ana Pires told local radio.')) == [("Ana Pires", "radio", None)]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('The MP told BBC News 24: "I tried to change the party from within."', "BBC News 24"),
        ('"I tried to change the party from within," the MP Joe Kerr told Sky Sports News.', "Sky Sports News"),
        ('"I tried to change the party from within," Joe Kerr told BBC1\'s Breakfast with Frost.', "BBC1"),
    ],
)
def test_news_channels_are_television(run, sentence, outlet):
    assert [m[1:] for m in _media(run(sentence))] == [("tv", outlet)]


def test_an_interview_for_a_networks_show_names_the_show(run):
    text = (
        '"I have been funny on TV without cursing," the comedian Lee Park said during an interview for CBS '
        "network's 60 Minutes show."
    )
    assert [m[1:] for m in _media(run(text))] == [("tv", "60 Minutes")]


def test_words_told_the_stations_own_story_name_no_interview(run):
    text = (
        "DENTON (KQRT) \u2014 Voters approved the new library bond on Tuesday.\n\n"
        'Library director Ruth Vance told KQRT the vote was a relief. "We have waited ten years for this," '
        "Vance said.\n"
    )
    media = _media(run(text))
    assert media and all(m[1] is None for m in media)


def test_words_told_another_outlet_in_a_stations_story_keep_the_interview(run):
    text = (
        "DENTON (KQRT) \u2014 Voters approved the new library bond on Tuesday.\n\n"
        '"We have waited ten years for this," library director Ruth Vance told the Denton Ledger.\n'
    )
    assert _media(run(text)) == [("Ruth Vance", "print-interview", "Denton Ledger")]


_TOLD_IN_THE_LEAD = (
    "Harbor workers won a pay rise after a three-week strike.\n\n"
    '"It was worth every day on the picket line," union leader Sam Odom told the Coast Herald.\n\n'
    "The port had lost millions during the dispute, its owners said.\n\n"
    "Ships queued for days outside the harbour.\n\n"
    '"Nobody will forget this," Odom said.\n'
)


def test_an_interview_named_as_one_still_frames_later_statements(run):
    text = _TOLD_IN_THE_LEAD.replace("told the Coast Herald", "said in an interview with the Coast Herald")
    media = _media(run(text))
    assert media[0] == ("Sam Odom", "print-interview", "Coast Herald")
    assert media[-1] == ("Sam Odom", "print-interview", "Coast Herald")


def test_an_unnamed_sources_words_stay_in_the_interview(run):
    text = (
        "The singer and the actor are dating, a source tells Spotlight magazine.\n\n"
        "They met at a party in March.\n\n"
        "Both have been seen at dinners since.\n\n"
        '"They are very happy together," the source says.\n'
    )
    media = _media(run(text))
    assert media[-1][1:] == ("print-interview", "Spotlight")
