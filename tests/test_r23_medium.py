"""Medium (round 23): an interview that names no outlet is a print interview and keeps to its paragraph;
testimony at a legislature's hearing is the "other" occasion (no medium), a speech there stays a speech.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import voiced_media as _media

_PHONE_INTERVIEW = (
    "Council backs new bus lanes\n\n"
    "The city council approved a plan on Monday to add bus lanes on three main roads.\n\n"
    '"We have waited too long for this," Mayor Tom Hardy said in a phone interview. "The traffic is a daily '
    'burden."\n\n'
    'Residents were divided. "I drive to work, so it hurts me," said Lena Marsh, a nurse.\n\n'
    '"The review will be thorough," Hardy said.\n'
)


def test_an_interview_with_no_outlet_is_a_print_interview(run):
    media = _media(run(_PHONE_INTERVIEW))
    assert media[0] == ("Tom Hardy", "print-interview", None)
    assert media[1] == ("Tom Hardy", "print-interview", None)  # his words go on in the same paragraph


def test_an_outletless_interview_stays_in_its_paragraph(run):
    media = _media(run(_PHONE_INTERVIEW))
    assert media[-1] == ("Tom Hardy", None, None)


def test_a_dated_interview_is_not_the_writers(run):
    text = (
        "The singer has long spoken about her stage fright.\n\n"
        '"I still shake before every show," Ella Crane said in a 2014 interview.\n'
    )
    assert _media(run(text)) == [("Ella Crane", None, None)]


def test_an_interview_with_a_named_outlet_keeps_its_outlet(run):
    text = (
        "The singer spoke of her fears.\n\n"
        '"It never goes away," Ella Crane said in an interview with the Riverside Gazette.\n'
    )
    assert _media(run(text)) == [("Ella Crane", "print-interview", "Riverside Gazette")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are nearly back to full capacity," Commissioner Ada Lin said at a Senate hearing last week.',
        '"The plan was never funded," Ada Lin testified before the House budget committee on Tuesday.',
        'In congressional testimony, Ada Lin said the agency was "nearly back to full capacity".',
    ],
)
def test_testimony_at_a_hearing_is_no_speech(run, sentence):
    media = _media(run(sentence))
    assert media and all(medium is None for _, medium, _ in media)


def test_words_on_the_floor_stay_a_speech(run):
    media = _media(run('"This bill is a disgrace," Senator Jo Park said on the Senate floor.'))
    assert media == [("Jo Park", "speech", None)]


def test_words_told_the_pages_own_publisher_are_no_relayed_interview(run):
    ex = run(
        "River town fights flood plan\n\n"
        '"We were never asked," resident Mara Lind told the Valley Courier.\n\n'
        '"It is too late now," farmer Ole Berg told the Daily Sentinel.\n',
        title="River town fights flood plan | Valley Courier | 12.03.2021",
    )
    assert _media(ex) == [("Mara Lind", None, "Valley Courier"), ("Ole Berg", "print-interview", "Daily Sentinel")]


def test_publisher_names_read_the_titles_site_segments():
    from onrecord.pipeline.stages.medium import publisher_names

    assert publisher_names("Streets renamed | DW | 19.01.2020") == ["DW"]
    assert publisher_names("Streets renamed in Berlin") == []
    assert publisher_names(None, "Valley Courier") == ["Valley Courier"]
    assert publisher_names(None, "valleycourier.com") == []


def test_a_lawsuit_talked_about_is_no_court(run):
    text = (
        "Developer rejects bias claims\n\n"
        "Ray Dunmore attacked the moderator for his questions about a housing lawsuit filed against his firm.\n\n"
        '"I settled it with no guilt," Dunmore said. "It was a long time ago."\n\n'
        '"The company refused to rent to families with children," the tenants said in the lawsuit.\n'
    )
    media = _media(run(text))
    assert [medium for _, medium, _ in media[:2]] == [None, None]
    assert media[-1][1] == "court"


def test_reporters_told_in_an_interview_is_a_print_interview(run):
    ex = run('"The plan is dead," Senator Jo Park told reporters in an interview on Monday.')
    assert _media(ex) == [("Jo Park", "print-interview", None)]
    ex = run('"The plan is dead," Senator Jo Park told reporters on Monday.')
    assert _media(ex) == [("Jo Park", None, None)]


def test_a_sentence_opening_on_another_occasion_takes_no_earlier_medium(run):
    text = (
        '"He may be dead," President Ana Ruiz said on state television. During the visit to the capital, Ruiz said '
        'the border was guarded. "We watch every pass," she said.\n'
    )
    media = _media(run(text))
    assert media[0][1] == "tv"
    assert media[-1] == ("Ana Ruiz", None, None)
