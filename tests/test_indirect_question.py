"""A question put to someone (issue 10): "Asked whether he would resign, the minister said ...". The question is
reported speech of the one who asked (the agent after "by", or nobody named), never an assertion."""

from onrecord.pipeline.stages.indirect import QUESTION_RULE


def questions(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.content)
        for q in ex.quotes
        if q.evidence == QUESTION_RULE
    ]


def test_question_put_by_nobody_named(run):
    ex = run("Asked whether the ferry would run in winter, the harbour master said he could not promise it.")
    assert questions(ex) == [("whether the ferry would run in winter", None, "clause")]


def test_question_put_by_a_named_asker(run):
    ex = run('"Absolutely," the mayor said when asked by a reporter if the bridge would open in May.')
    assert questions(ex) == [("if the bridge would open in May", "a reporter", "clause")]


def test_question_about_a_topic(run):
    ex = run("Asked about the new port fees, the minister pointed to the cost of dredging.")
    assert questions(ex) == [("about the new port fees", None, "noun phrase")]


def test_a_request_is_no_question(run):
    ex = run("The minister was asked to comment on the port fees but did not reply.")
    assert questions(ex) == []
