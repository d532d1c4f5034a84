"""Beliefs and expectations held by people the text does not name (issue 10): "the ferry is expected to ...".
Each test runs a short article written for it. The content is split around the cue, as PolNeAR annotates these
attributions without a source: the subject and the "to" infinitive, one group, no speaker."""

from onrecord.pipeline.stages.indirect import SOURCELESS_RULE


def sourceless(ex):
    return [q for q in ex.quotes if q.kind == "indirect" and q.evidence == SOURCELESS_RULE]


def test_expectation_is_split_around_its_cue_with_no_source(run):
    ex = run(
        "The harbour board met on Monday to approve the budget.\n\n"
        "The new ferry is widely expected to enter service in May."
    )
    got = sourceless(ex)
    assert [q.text for q in got] == ["The new ferry", "to enter service in May"]
    assert len({q.group for q in got}) == 1 and got[0].group is not None
    assert all(q.speaker is None and q.speaker_mention is None for q in got)
    assert all(q.cue is not None and q.cue.text == "expected" for q in got)
    assert all(q.content == "infinitive" for q in got)


def test_negated_expectation_is_still_one(run):
    ex = run("Markets were calm on Tuesday. The central bank is not expected to change interest rates this week.")
    assert [q.text for q in sourceless(ex)] == ["The central bank", "to change interest rates this week"]


def test_belief_in_the_passive(run):
    ex = run("The painting vanished in 1990. The thief is believed to have sold it to a collector in Geneva.")
    assert [q.text for q in sourceless(ex)] == ["The thief", "to have sold it to a collector in Geneva"]


def test_reduced_relative_and_gapped_relatives_are_no_expectation(run):
    ex = run(
        "A report expected to embarrass the mayor was shrugged off by voters. "
        "The board will vote on the changes councillors are expected to consider. "
        "The county, which has been expected to be a stronghold for the party, voted the other way."
    )
    assert sourceless(ex) == []


def test_active_expectation_has_its_source(run):
    # "Analysts expect ...": the source is named, so the rule for beliefs without one does not apply.
    ex = run("Analysts expect that the merger will close in June.")
    assert sourceless(ex) == []
    assert [(q.text, q.speaker_mention.text) for q in ex.quotes] == [("the merger will close in June", "Analysts")]


def test_an_aside_after_the_subject_is_left_out(run):
    ex = run("The vote was close. The mayor, speaking in the square, is expected to concede the election on Sunday.")
    assert [q.text for q in sourceless(ex)] == ["The mayor", "to concede the election on Sunday"]


def findings(ex):
    return [(q.text, q.speaker_mention.text) for q in ex.quotes if q.evidence == "reported finding"]


def test_a_body_of_polls_or_emails_reports_a_finding(run):
    ex = run(
        "The race tightened in October. An average of recent polls shows that the mayor leads her rival by nine "
        "points. A new batch of emails showed the close ties between the foundation and the ministry."
    )
    assert findings(ex) == [
        ("the mayor leads her rival by nine points", "An average of recent polls"),
        ("the close ties between the foundation and the ministry", "A new batch of emails"),
    ]


def test_photos_report_a_finding_but_an_average_of_anything_does_not(run):
    ex = run(
        "The storm reached the coast at dawn. Photos showed firefighters carrying children from the flooded school. "
        "An average of two storms shows that the season has been mild."
    )
    assert findings(ex) == [("firefighters carrying children from the flooded school", "Photos")]


def test_an_expectation_inside_what_according_to_attributes_is_the_named_sources(run):
    # Trial 18 kind 9: "X is expected to Y, according to Z" also gave a sourceless belief over the same words.
    ex = run(
        "Ferries return\n\n"
        "The two ferries are expected to sail again on Monday morning, according to the port authority. "
        "Repairs are thought to have cost the town about 2 million pounds.\n"
    )
    assert [q.text for q in sourceless(ex)] == ["Repairs", "to have cost the town about 2 million pounds"]
    (named,) = [q for q in ex.quotes if q.kind == "indirect" and q.evidence != SOURCELESS_RULE]
    assert named.text == "The two ferries are expected to sail again on Monday morning"


def test_the_infinitive_piece_starts_after_its_cue_in_a_relative_clause(run):
    # Trial 18 kind 9: a misparse hung the relative clause on the infinitive, so one piece held the other.
    ex = run(
        "Olive ruling\n\n"
        "The first ruling was a win for Crete, where olive oil is believed to have been pressed for about 5,000 "
        "years. Oil is a staple there.\n"
    )
    assert [q.text for q in sourceless(ex)] == ["olive oil", "to have been pressed for about 5,000 years"]
