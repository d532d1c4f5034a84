"""Round 20: a noun of stance with a possessor, who holds the stance ("Reed's opposition to the levy", "his
endorsement of Ortiz"): the object of the noun's preposition is the content (issue 10: reported speech recall on
PolNeAR). Each test runs a short article written for it."""


def owned(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_a_possessor_holds_the_stance_its_noun_names(run):
    ex = run(
        "The harbour vote is on Friday.\n\n"
        "Mayor Ann Reed's opposition to the new levy has cost her votes on the docks. "
        "Tom Ortiz's endorsement of Reed surprised the council."
    )
    assert owned(ex) == [
        ("the new levy", "Mayor Ann Reed", "opposition"),
        ("Reed", "Tom Ortiz", "endorsement"),
    ]


def test_support_for_money_a_date_a_poll_or_a_question_is_no_stance(run):
    ex = run(
        "The harbour vote is on Friday.\n\n"
        "Two banks cut their financial support for the festival. His remarks on Saturday were brief. "
        "A weekly poll tracks voters' support for the candidates. What do you make of Reed's attack on Ortiz?"
    )
    assert owned(ex) == []


def test_a_stance_given_as_the_grounds_of_an_act_is_that_act_s(run):
    ex = run("The harbour vote is on Friday.\n\nThe law would penalize churches for their opposition to the new rules.")
    assert owned(ex) == []


def test_a_stance_noun_and_its_preposition_send_the_sentence_to_the_parser():
    from onrecord.pipeline.stages.indirect import REPORTING_FORMS

    assert REPORTING_FORMS.search("Reed's support for the levy cost her votes.")
    assert REPORTING_FORMS.search("His endorsement of Ortiz came late.")
