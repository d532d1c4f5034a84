"""Round 18: clauses that a noun of something said, heard or held takes ("amid rumors that ...", "critics raised
concerns that ..."), with no possessor (issue: reported speech recall on PolNeAR). Each test runs a short article
written for it."""

from onrecord.pipeline.stages.indirect import SOURCELESS_RULE


def indirect(ex):
    return [q for q in ex.quotes if q.kind == "indirect"]


def test_rumor_and_report_clauses_have_no_named_source(run):
    ex = run(
        "Shares in Harbor Foods rose 4 percent on Friday.\n\n"
        "The stock climbed amid rumors that the grocer was for sale. Bonds fell on reports that a rival "
        "chain had hired bankers."
    )
    got = [(q.text, q.speaker_mention, q.evidence, q.cue.text) for q in indirect(ex)]
    assert ("the grocer was for sale", None, SOURCELESS_RULE, "rumors") in got
    assert ("a rival chain had hired bankers", None, SOURCELESS_RULE, "reports") in got


def test_the_subject_that_raises_a_concern_holds_it(run):
    ex = run("The county board met on Monday. Farmers raised concerns that the new levy would hurt small farms.")
    got = [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in indirect(ex)]
    assert got == [("the new levy would hurt small farms", "Farmers")]


def test_a_relative_clause_a_negated_noun_and_an_idea_taken_up_are_no_attribution(run):
    ex = run(
        "The council met on Tuesday. The plan drew doubts that lingered for weeks. "
        "There is no doubt that the roads need work. As for the notion that taxes will fall, the mayor has "
        "not said a word."
    )
    assert indirect(ex) == []


def test_a_verb_taking_the_noun_keeps_its_own_object_reading(run):
    ex = run("The vote was close. Mayor Ann Reed rejected the notion that the harbour plan was dead.")
    got = [(q.text, q.cue.text) for q in indirect(ex)]
    assert got and got[0][1] == "rejected"


def stances(ex):
    return [(q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text) for q in indirect(ex)]


def test_a_stance_noun_taken_by_a_verb_reports_its_object(run):
    ex = run(
        "The harbour vote is on Friday.\n\n"
        'Mayor Tom Ortiz stepped up his attacks on the harbour board. "It is a mess," he said. '
        "The governor delivered a blistering critique of the budget."
    )
    got = stances(ex)
    assert ("the harbour board", "Mayor Tom Ortiz", "attacks") in got
    assert ("the budget", "The governor", "critique") in got


def test_a_named_possessor_is_someone_else_s_stance(run):
    ex = run(
        "The harbour vote is on Friday.\n\n"
        'Fans cheered Reed\'s attacks on the harbour board. "It is a mess," she said. '
        "Ortiz critiqued Reed over her opposition to the levy."
    )
    assert all(q.cue.text not in ("attacks", "opposition") for q in indirect(ex))


def test_no_reason_to_think_is_nobody_s_belief(run):
    ex = run(
        "The club voted on Monday. There is no reason to think the vote will be overturned, and the coach "
        "held a press briefing to brag that the squad was fit."
    )
    got = [(q.text, q.speaker_mention.text if q.speaker_mention else None) for q in indirect(ex)]
    assert all(mention != "no reason" for _, mention in got)
    assert ("the squad was fit", "the coach") in got
