"""Cue verbs of reported speech and belief beyond "say" (issue 10): each heads a that-clause, a zero-that
clause or an indirect question in news, on short articles written for them. These verbs are read where a
sentence is parsed for another reason (``lexicon.cues.CUES_READ_WHERE_PARSED``): here the lead, which is
always parsed."""

from conftest import reported_speech

TAIL = "\n\nThe port opened in 1901.\n\nIt handles grain and timber."


reported = reported_speech  # (text, speaker mention, cue, evidence) of each reported quotation


def test_speech_verbs_that_take_a_that_clause(run):
    ex = run(
        "Harbour master Ilse Marten pointed out that the new locks would double the traffic. "
        "The union reiterated that its members would not work on Sundays.\n\n"
        "Councillor Anna Rees reminded voters that the levy would end in May." + TAIL
    )
    got = reported(ex)
    assert ("the new locks would double the traffic", "Harbour master Ilse Marten", "pointed", "reported speech") in got
    assert ("its members would not work on Sundays", "The union", "reiterated", "reported speech") in got
    assert ("the levy would end in May", "Councillor Anna Rees", "reminded", "reported speech") in got


def test_zero_that_clause_and_indirect_question(run):
    ex = run(
        "Harbour master Ilse Marten mentioned the pilots had refused to sail in the fog.\n\n"
        "Councillor Anna Rees questioned whether the dredging had been paid for." + TAIL
    )
    got = reported(ex)
    assert (
        "the pilots had refused to sail in the fog",
        "Harbour master Ilse Marten",
        "mentioned",
        "reported speech",
    ) in got
    assert ("whether the dredging had been paid for", "Councillor Anna Rees", "questioned", "reported speech") in got


def test_cognition_verbs_report_a_belief(run):
    ex = run(
        "Inspectors learned that the crane had failed twice before.\n\n"
        "The operator recognizes that the quay needs new fenders." + TAIL
    )
    got = reported(ex)
    assert ("the crane had failed twice before", "Inspectors", "learned", "reported belief") in got
    assert ("the quay needs new fenders", "The operator", "recognizes", "reported belief") in got


def test_these_cues_send_no_sentence_to_the_parser(pipeline):
    # Parsing more sentences changes whom a later pronoun resolves to; these verbs add no parse of their own.
    from onrecord.model import Article

    text = "Harbour master Ilse Marten spoke on Tuesday." + TAIL + "\n\nMarten questioned whether it was needed."
    st = pipeline._pre(Article(text=text))
    later = text.index("Marten questioned")
    assert not st.parse_text[later:].strip()
    assert st.parse_text.startswith("Harbour master Ilse Marten spoke")


def test_a_request_cue_is_read_in_all_its_forms(run):
    ex = run(
        "Harbour master Ilse Marten encouraged skippers to report any damage. "
        "Two councillors implored her to keep the ferry running." + TAIL
    )
    got = reported(ex)
    assert ("skippers to report any damage", "Harbour master Ilse Marten", "encouraged", "reported intention") in got
    assert ("her to keep the ferry running", "Two councillors", "implored", "reported intention") in got


def test_a_verb_of_causing_reports_no_request(run):
    ex = run("The storm forced the ferry to return to Kelby." + TAIL)
    assert reported(ex) == []
