"""Cues a trial reader found missed (trial 13): verbs of pressing a question, raised subjects of "heard saying",
a tag after the writer's adjunct, comment clauses ("as X has pointed out") and tags closing a sentence.

Every article here is a short one written for its test; each stands for a kind of construction, not a sentence.
"""

import pytest


def _quote(ex, n):
    """The ``n``-th quotation in marks (indirect speech left out)."""
    return [q for q in ex.quotes if q.kind != "indirect"][n]


def _mention(ex, n=0):
    m = _quote(ex, n).speaker_mention
    return m.text if m is not None else None


def _cue(ex, n=0):
    c = _quote(ex, n).cue
    return c.text if c is not None else None


# -- verbs of pressing a question on someone are cues -------------------------------------------------------------
@pytest.mark.parametrize("verb", ["pressed", "pushed", "prodded", "persisted"])
def test_a_question_pressed_on_someone_is_the_pressers(run, verb):
    ex = run(
        "Harbour plan under fire\n\nMayor Ann Cole went on the radio on Monday. "
        f'"We will not raise the fees," Cole said. "Not even next year?" the presenter {verb}. "No," Cole said.'
    )
    assert _mention(ex, 1) == "the presenter"
    assert _cue(ex, 1) == verb


# -- a passive verb of perceiving or reporting raises the speaker: "could be heard saying" --------------------------
@pytest.mark.parametrize(
    "tag, cue",
    [
        ("the porter could be heard saying in the video", "saying"),
        ("the porter was heard to say", "say"),
        ("the porter was quoted as saying", "saying"),
        ("the porter was overheard telling a guest", "telling"),
    ],
)
def test_the_subject_of_heard_saying_is_the_speaker(run, tag, cue):
    ex = run(
        "Hotel fire inquiry opens\n\nA night manager, Rob Finch, runs the hotel now. "
        f'"Everybody out of the building," {tag}.'
    )
    assert _mention(ex) == "the porter"
    assert _cue(ex) == cue


def test_heard_without_a_speech_verb_is_no_cue(run):
    ex = run(
        "Hotel fire inquiry opens\n\nA night manager, Rob Finch, spoke first. "
        '"Everybody out," Finch said. "It spread fast," the porter was heard.'
    )
    assert _mention(ex, 1) != "the porter"


# -- "Q" ADJUNCT, X said: the quoted words run on in the writer's adverbial ----------------------------------------
@pytest.mark.parametrize("adjunct", ["after the holiday", "by the end of the month", "for now"])
def test_a_tag_after_the_writers_adjunct_keeps_its_cue(run, adjunct):
    ex = run(
        "Port talks stall\n\nSpokesman Ian Dale said the talks had stalled. "
        f'"We expect both sides to meet again" {adjunct}, Dale said.'
    )
    q = next(q for q in ex.quotes if q.text.startswith("We expect"))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Dale"
    assert q.cue is not None and q.cue.text == "said"
    assert q.confidence >= 0.8


def test_an_adjunct_with_its_own_verb_is_not_read_as_the_tags(run):
    ex = run(
        "Port talks stall\n\nIan Dale spoke first. "
        '"We expect both sides to meet again" when the ships leave, the mayor said, and Dale agreed.'
    )
    q = next(q for q in ex.quotes if q.text.startswith("We expect"))
    assert q.cue is None or q.cue.text != "said" or q.speaker_mention.text != "the mayor"


# -- "as X has pointed out," opening the sentence: X is the source ---------------------------------------------
@pytest.mark.parametrize("clause", ["as the audit office has pointed out", "as the audit office noted last year"])
def test_a_fronted_comment_clause_names_the_source(run, clause):
    ex = run(
        "Card plan criticised\n\nThe city wants a new travel card. "
        f'But, {clause}, the card would also be used "to follow ordinary riders".'
    )
    assert _mention(ex) == "the audit office"


def test_a_fronted_as_clause_without_a_verb_of_saying_names_nobody(run):
    ex = run(
        "Card plan criticised\n\nThe city wants a new travel card. "
        'But, as the audit office has grown, the card would also be used "to follow ordinary riders".'
    )
    assert _mention(ex) != "the audit office"


# -- a tag closing the sentence after a comma reports the partial quotation in it ---------------------------------
@pytest.mark.parametrize("tag", ["the council release states", "the city council said"])
def test_a_closing_tag_reports_a_partial_in_its_sentence(run, tag):
    ex = run(
        "Budget cuts ahead\n\nThe city will cut spending again. "
        f'The next round of cuts may close any of the many "pools, halls and parks" and more, {tag}.'
    )
    assert _mention(ex) == tag.rsplit(" ", 1)[0]
    assert _cue(ex) == tag.rsplit(" ", 1)[1]
