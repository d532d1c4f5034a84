"""Cue verbs of reported speech and belief beyond "say" (issue 10): each heads a that-clause, a zero-that
clause or an indirect question in news, on short articles written for them. The cue stands in a later
paragraph with no quotation near it, so the sentence is parsed only because the focus stage knows the verb."""

LEAD = "Harbour master Ilse Marten spoke in Kelby on Tuesday.\n\nThe port opened in 1901.\n\n"


def reported(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_speech_verbs_that_take_a_that_clause(run):
    ex = run(
        LEAD + "Marten pointed out that the new locks would double the traffic.\n\n"
        "The union reiterated that its members would not work on Sundays.\n\n"
        "Councillor Anna Rees reminded voters that the levy would end in May."
    )
    got = reported(ex)
    assert ("the new locks would double the traffic", "Marten", "pointed", "reported speech") in got
    assert ("its members would not work on Sundays", "The union", "reiterated", "reported speech") in got
    assert ("the levy would end in May", "Councillor Anna Rees", "reminded", "reported speech") in got


def test_zero_that_clause_and_indirect_question(run):
    ex = run(
        LEAD + "Marten mentioned the pilots had refused to sail in the fog.\n\n"
        "Councillor Anna Rees questioned whether the dredging had been paid for."
    )
    got = reported(ex)
    assert ("the pilots had refused to sail in the fog", "Marten", "mentioned", "reported speech") in got
    assert ("whether the dredging had been paid for", "Councillor Anna Rees", "questioned", "reported speech") in got


def test_cognition_verbs_report_a_belief(run):
    ex = run(
        LEAD + "Inspectors learned that the crane had failed twice before.\n\n"
        "The operator recognizes that the quay needs new fenders."
    )
    got = reported(ex)
    assert ("the crane had failed twice before", "Inspectors", "learned", "reported belief") in got
    assert ("the quay needs new fenders", "The operator", "recognizes", "reported belief") in got


def test_a_noun_like_cue_word_alone_sends_no_sentence_to_the_parser(pipeline):
    from onrecord.model import Article

    text = LEAD + "The points and questions on the agenda took an hour.\n\nMarten questioned whether it was needed."
    st = pipeline._pre(Article(text=text))
    noun_sentence = text.index("The points")
    verb_sentence = text.index("Marten questioned")
    assert not st.parse_text[noun_sentence : noun_sentence + 20].strip()  # "points", "questions": nouns
    assert st.parse_text[verb_sentence : verb_sentence + 17] == "Marten questioned"


def test_orders_advice_and_warnings_keep_the_person_told(run):
    ex = run(
        LEAD + "A federal judge ordered the port authority to publish its safety records by June.\n\n"
        "Officials told residents not to swim near the new locks.\n\n"
        "Marten also encouraged skippers to report any damage."
    )
    got = reported(ex)
    assert (
        "the port authority to publish its safety records by June",
        "A federal judge",
        "ordered",
        "reported intention",
    ) in got
    assert ("residents not to swim near the new locks", "Officials", "told", "reported intention") in got
    assert ("skippers to report any damage", "Marten", "encouraged", "reported intention") in got


def test_a_verb_of_causing_reports_no_request(run):
    ex = run(LEAD + "The storm forced the ferry to return to Kelby.")
    assert reported(ex) == []
