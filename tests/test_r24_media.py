"""Medium (round 24): words given "in comments to" an outlet are a print interview, also when the quotation is a
mixed one whose reported clause holds the cue; "addressing" is a speech only before an audience or a gathering,
not before a topic or a person.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import voiced_media as _media


def test_comments_to_a_magazine_are_a_print_interview(run):
    text = (
        "Tenants sue landlord\n\n"
        "A group of tenants filed suit against the Harlow Estates company on Monday.\n\n"
        '"This is a scandal and we will fight it," lawyer Nora Vance said in comments to Harbor Weekly magazine.\n'
    )
    assert _media(run(text)) == [("Nora Vance", "print-interview", "Harbor Weekly")]


def test_a_mixed_quote_keeps_its_cue_in_the_narrative(run):
    # The reported clause around the marked fragment is the reporter's words: its cue counts.
    text = (
        "Tenants sue landlord\n\n"
        "A group of tenants filed suit against the Harlow Estates company on Monday.\n\n"
        'Last week, lawyer Nora Vance called Harlow\'s rent rises "outrageous" in comments to Harbor Weekly magazine.\n'
    )
    ex = run(text)
    mixed = [q for q in ex.quotes if q.kind == "partial" and "comments to" in text[q.start : q.end]]
    assert mixed, "the test wants a mixed quote whose span holds the cue"
    assert (mixed[0].medium, mixed[0].outlet) == ("print-interview", "Harbor Weekly")


@pytest.mark.parametrize(
    "sentence",
    [
        'Addressing the agency\'s hiring plans, Ben Ortiz told a visitor, "We will add staff next year."',
        'Ben Ortiz also addressed reports of a merger, saying, "We will add staff next year."',
        'Addressing Mayor Lin directly, Ben Ortiz said, "We will add staff next year."',
    ],
)
def test_addressing_a_topic_or_a_person_is_no_speech(run, sentence):
    media = _media(run(sentence))
    assert media and all(medium != "speech" for _, medium, _ in media)


@pytest.mark.parametrize(
    "sentence",
    [
        'Ben Ortiz, addressing more than 2,000 people in the square, said, "We will add staff next year."',
        'Addressing the union\'s annual conference, Ben Ortiz said, "We will add staff next year."',
        'Ben Ortiz addressed the crowd: "We will add staff next year."',
    ],
)
def test_addressing_an_audience_is_a_speech(run, sentence):
    media = _media(run(sentence))
    assert media and all(medium == "speech" for _, medium, _ in media)


_FRAMED = (
    "Mayor defends budget\n\n"
    '"We balanced the books," Mayor Ada Lin told CNN on Tuesday.\n\n'
    "The city council passed the budget last week after a long debate.\n\n"
    "{middle}"
    "The vote was close, and the opposition has promised to fight on.\n\n"
    "The new rates take effect in March.\n\n"
    '"Nobody likes paying more," Lin said.\n'
)


def test_an_interview_framing_the_article_carries_on(run):
    media = _media(run(_FRAMED.format(middle="")))
    assert media[-1] == ("Ada Lin", "tv", "CNN")


def test_another_interview_ends_the_frame(run):
    # The article goes on to another person's broadcast: the mayor's later words need a cue of their own.
    middle = '"It is a tax rise," council member Ben Ortiz told NPR.\n\n'
    media = _media(run(_FRAMED.format(middle=middle)))
    assert media[0] == ("Ada Lin", "tv", "CNN")
    assert media[1][1] == "radio"
    assert media[-1] == ("Ada Lin", None, None)


def test_a_press_briefing_is_no_statement(run):
    # Answers given at a briefing are the guide's "other" occasion (no medium), and the statement before stops there.
    text = (
        "Agency updates spill estimate\n\n"
        '"Most of the oil is gone," agency head Ada Lin said in a statement on Monday.\n\n'
        "The estimate drew criticism from scientists.\n\n"
        '"We stand by the numbers," Lin said at a White House press briefing on Tuesday.\n'
    )
    media = _media(run(text))
    assert media[0] == ("Ada Lin", "press-statement", None)
    assert media[-1] == ("Ada Lin", None, None)


def test_the_subject_after_fronted_phrases_is_the_cues(run):
    # "Tuesday, on Twitter, Lin ...": the platform is Lin's, though another's words are reported in the sentence.
    text = (
        "Mayor attacks transit plan\n\n"
        "Mayor Ada Lin has stepped up her criticism of the transit plan. Council member Ben Ortiz backs it.\n\n"
        'Tuesday, on Twitter, Lin attacked the plan that Ortiz says "helps everyone".\n\n'
        '"It is a giveaway to developers," Lin declared.\n'
    )
    media = _media(run(text))
    assert media[-1] == ("Ada Lin", "twitter", None)


@pytest.mark.parametrize(
    "text",
    [
        'Ada Lin released a television ad on Monday.\n\n"We will cut taxes," she said in the ad.\n',
        '"We will cut taxes," Ada Lin says in a new 30-second campaign commercial.\n',
    ],
)
def test_a_campaign_ad_is_television(run, text):
    media = _media(run("Race heats up\n\n" + text))
    assert media[-1] == ("Ada Lin", "tv", None)


@pytest.mark.parametrize(
    "sentence",
    [
        'Ben Ortiz, a former aide, also testified that, during a 1990 meeting, Mayor Ada Lin remarked that she "never '
        'wanted the permit".',
        'Lawyer Ben Ortiz told the court on Monday that Mayor Ada Lin had said in June, "The permit was never valid."',
    ],
)
def test_words_reported_in_anothers_testimony_are_not_the_speakers_court(run, sentence):
    # The testimony is Ortiz's; the mayor's words were said elsewhere, and the article does not say where.
    media = _media(run("Permit fight goes on\n\nThe hearing went into a second day.\n\n" + sentence + "\n"))
    assert media == [("Ada Lin", None, None)]


def test_the_speakers_own_testimony_is_court(run):
    text = 'Permit fight goes on\n\n"The permit was never valid," Mayor Ada Lin told the court on Monday.\n'
    assert _media(run(text)) == [("Ada Lin", "court", None)]


def test_words_said_after_taking_the_microphone_are_a_speech(run):
    text = (
        "Mayor opens bridge\n\n"
        'Mayor Ada Lin cut the ribbon on Friday. She then took the microphone and said "This bridge is for all '
        'of us."\n'
    )
    assert _media(run(text)) == [("Ada Lin", "speech", None)]


def test_a_stage_name_is_no_stage(run):
    text = 'Singer joins tour\n\nBen Ortiz, who took the stage name Blue, said "The tour starts in May."\n'
    assert _media(run(text)) == [("Ben Ortiz", None, None)]


def test_the_frames_own_people_on_its_network_stay_in_the_frame(run):
    # "on the CBS news program" after "on CBS's "60 Minutes"": the same broadcast by another name, the same people.
    middle = '"We will not raise taxes again," Lin said on the CBS news program.\n\n'
    text = _FRAMED.format(middle=middle).replace("told CNN on Tuesday", 'said on CBS\'s "60 Minutes" on Sunday')
    media = _media(run(text))
    assert media[0] == ("Ada Lin", "tv", "60 Minutes")
    assert media[-1] == ("Ada Lin", "tv", "60 Minutes")
