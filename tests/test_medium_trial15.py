"""Medium and outlet from the cue's own setting (trial 15 F1, F3, F9): a publication by its kind, a police
scanner, a publication that relays the words, and media words that are a topic or another party's words.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

from quote_media import media as _media


@pytest.mark.parametrize(
    "sentence",
    [
        'The mayor, Ruth Alder, told a local newspaper that the budget was "a disgrace" and had to go.',
        'Tom Reyes told a regional weekly magazine that he felt "very lucky" to be home.',
        'In an interview with a German newspaper, Ada Finch said: "We will not sign this deal."',
    ],
)
def test_an_interview_with_a_publication_by_its_kind_is_a_print_interview(run, sentence):
    assert _media(run(sentence)) == [("print-interview", None)]


def test_an_unnamed_publication_in_the_lead_does_not_frame_later_words(run):
    text = (
        'Ruth Alder told a local newspaper that the council was "out of touch" with the town.\n\n'
        "She later spoke at a church fair about the new bridge and the roads.\n\n"
        "The council meets again in March, when the plan comes to a vote.\n\n"
        "Work on the bridge is due to start next year and to last two years.\n\n"
        '"We have waited long enough for this," Alder said on Friday.'
    )
    assert _media(run(text)) == [("print-interview", None), (None, None)]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('"Two cars are heading north on Elm Street," said a dispatcher on the Bellcast police scanner.', "Bellcast"),
        ('"Stay back from the bridge," an officer said over the police scanner.', None),
    ],
)
def test_words_heard_on_a_police_scanner_are_radio(run, sentence, outlet):
    assert _media(run(sentence)) == [("radio", outlet)]


def test_a_publication_that_relays_the_words_is_their_outlet_with_no_medium(run):
    text = (
        'On Monday, Dana Whitlow said she was "glad to help" the new council, according to The Morning Herald.\n\n'
        '"We should all be proud of this town," Whitlow said in the newspaper.\n\n'
        'Asked about the vote, Whitlow said: "It was fair," the Herald reported.'
    )
    assert _media(run(text)) == [(None, "Morning Herald")] * 3


def test_a_name_that_is_no_publication_relays_nothing(run):
    ex = run('"The roads are fine," Tom Reyes said, according to Ann Lee.')
    assert _media(ex) == [(None, None)]


def test_blogging_as_a_trade_is_no_blog(run):
    text = (
        "Ruth Alder, head of sales at Pinefield, said the firm bought the site to find a place in the blog "
        "publishing world.\n\n"
        '"Readers far outnumber writers," she said.'
    )
    assert _media(run(text)) == [(None, None)]
    ex = run('"Readers far outnumber writers," Ruth Alder wrote on her blog.')
    assert _media(ex) == [("blog", None)]


def test_another_partys_statement_named_after_the_words_is_not_their_medium(run):
    text = (
        "Ann Lee pressed Tom Reyes on what the errors in the report were.\n\n"
        '"Well, I think the board will lay those out. I back a free press," Reyes said.\n\n'
        "Reyes's comments and the Pinefield campaign statement came hours after the report."
    )
    assert _media(run(text)) == [(None, None)]


def test_a_statement_looked_back_on_is_still_the_words_medium(run):
    text = (
        '"The fund is still under review by this office," said Ann Lee, spokeswoman for the state treasurer.\n\n'
        "The statement came after Tom Reyes said he would close the fund."
    )
    assert _media(run(text)) == [("press-statement", None)]


def test_the_person_named_before_relayed_words_is_their_speaker(run):
    text = (
        'On Monday, Dana Whitlow said she was "glad to help" the new council, according to The Morning Herald.\n\n'
        'Asked about the vote, Whitlow said: "It was fair," the Herald reported.\n\n'
        'Tom Reyes said: "It was not fair at all," the Herald reported.'
    )
    quotes = [q for q in sorted(run(text).quotes, key=lambda q: q.start) if q.kind != "indirect"]
    assert [q.speaker.name for q in quotes] == ["Dana Whitlow", "Dana Whitlow", "Tom Reyes"]
    assert [q.cue.text for q in quotes] == ["said"] * 3
    assert [(q.medium, q.outlet) for q in quotes] == [(None, "Morning Herald")] * 3


def test_a_publication_that_reports_its_own_words_stays_their_speaker(run):
    text = 'The council, Tom Reyes said, met on Monday. "The vote was fair," the Morning Herald newspaper reported.'
    quotes = [q for q in run(text).quotes if q.kind == "direct"]
    assert [q.speaker.name for q in quotes] != ["Tom Reyes"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said so, according to The Morning Herald. " * 3,
        "x " * 300 + "The Pinefield Weekly Times reported the vote. Tom Reyes said in the newspaper that it was fair.",
        "No relay here at all, just a report of a vote and a paper on roads. " * 20,
    ],
)
def test_the_relay_windows_find_what_the_whole_text_scan_finds(text):
    from onrecord.pipeline.stages import medium

    whole = [(m.start(), m.end()) for m in medium._RELAYED.finditer(text)]
    assert [(m.start(), m.end()) for m in medium._relay_matches(text)] == whole


@pytest.mark.parametrize(
    ("later", "medium"),
    [
        ('"The polls are wrong," she said.', ("tv", "CNN")),
        ('"The polls are wrong," she said on Monday.', (None, None)),
        ('On Monday, she said the polls were "wrong".', (None, None)),
        ('"The polls are wrong," she said on Sunday.', ("tv", "CNN")),
    ],
)
def test_a_medium_carries_to_the_speakers_next_words_only_on_the_same_day(run, later, medium):
    ex = run('"We will win," Ann Lee told CNN on Sunday.\n\n' + later)
    assert _media(ex) == [("tv", "CNN"), medium]


def test_the_sentences_subject_is_concerned_by_its_interview_though_another_is_reported_after_it(run):
    text = (
        "Grocer unsure when costs will ease\n"
        "Costs will keep rising, Pinefield Foods chief Dana Whitlow said yesterday.\n"
        "Whitlow spoke with Harbor Business after the central bank said prices would rise this year.\n"
        "Earlier this month, Pinefield Foods said some deliveries are late.\n"
        'Asked if more can be done, Whitlow said, "No. The best we can do is keep good prices."'
    )
    assert _media(run(text))[-1] == ("print-interview", "Harbor Business")
