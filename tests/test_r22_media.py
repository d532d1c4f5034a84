"""Medium (round 22): a former host's words take no guest's broadcast, radio as a technology is no radio
interview, the BBC's and Sky's news channels and BBC1/BBC2 are television, and an interview "for" a network's show
names the show.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest


def _media(ex):
    return [
        (q.speaker.name if q.speaker else None, q.medium, q.outlet)
        for q in sorted(ex.quotes, key=lambda q: q.start)
        if q.kind != "indirect"
    ]


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
