"""Where a reported clause starts and ends (issue 10: "spans that end where the clause ends"), and which
constructions report a statement at all. Short articles written for these tests."""

from conftest import reported_speech

reported = reported_speech  # (text, speaker mention, cue, evidence) of each reported quotation


def test_a_clause_ends_before_the_source_of_a_second_statement(run):
    # The parser joins "one in four" to the first clause's last noun and hangs the second "said" on the first.
    ex = run(
        "One in three said the council does not care very much about the fishing community and one in four "
        "said the council was openly hostile to the fishing community."
    )
    first = [q for q in reported(ex) if q[0].startswith("the council does not care")]
    assert [q[:2] for q in first] == [("the council does not care very much about the fishing community", "One")]


def test_the_piece_after_a_mid_sentence_cue_ends_before_a_gloss(run):
    # "..., which has been weighing ...": the writer's gloss on the name that ends the piece, no part of it.
    ex = run(
        "Beyond that, she said, the ferry company may be following a lead from the Harbour Board, "
        "which has been weighing new fares for months."
    )
    texts = [q[0] for q in reported(ex)]
    assert "the ferry company may be following a lead from the Harbour Board" in texts


def test_a_gloss_on_someone_named_still_ends_the_clause(run):
    ex = run("The harbour master said the pier was built by Ann Leroy, who later ran the ferry line for years.")
    assert [q[0] for q in reported(ex)] == ["the pier was built by Ann Leroy"]


def test_a_refusal_to_comment_is_recorded_as_a_refusal(run):
    ex = run("The harbour board declined to comment on the new ferry fares, citing the ongoing talks.")
    assert reported(ex) == [("to comment on the new ferry fares", "The harbour board", "declined", "reported refusal")]
    assert ex.quotes[0].content == "infinitive"


def test_a_refusal_to_say_whether_stores_no_clause(run):
    # Stored as content, the clause would read as asserted ("declined to say whether X" -> "X").
    ex = run("Mayor Lena Ortiz refused to say whether the ferry line would close next year.")
    assert reported(ex) == []


def test_a_refusal_to_act_reports_no_speech(run):
    ex = run("The harbour board refused to intervene, and the ferry line closed in May.")
    assert [q for q in reported(ex) if q[3] == "reported refusal"] == []


def test_a_cue_in_the_passive_has_no_source(run):
    # The subject of "will be announced" is what is announced, never who announces it.
    ex = run("The harbour club is holding a vote on the new fares, the results of which will be announced on Friday.")
    assert reported(ex) == []


def test_has_said_is_no_passive(run):
    ex = run("While she's said the ferry line will run all winter, the board must still approve the budget.")
    assert [q[0] for q in reported(ex)] == ["the ferry line will run all winter"]


def test_a_participle_after_according_to_is_no_clause(run):
    ex = run(
        "The new fare would cut the cost of a crossing to 4 dollars, according to harbour officials, "
        "compared with 6 dollars last year."
    )
    texts = [q[0] for q in reported(ex)]
    assert texts == ["The new fare would cut the cost of a crossing to 4 dollars"]


def test_a_clause_joined_after_a_mid_sentence_cue_goes_on_with_the_statement(run):
    ex = run(
        "Ferry use is down, the harbour board said in a June report, and the island towns lost most of their visitors."
    )
    assert [q[0] for q in reported(ex)] == [
        "Ferry use is down",
        "the island towns lost most of their visitors",
    ]
    assert ex.quotes[0].group is not None and ex.quotes[0].group == ex.quotes[1].group


def test_the_source_s_next_act_after_a_mid_sentence_cue_is_no_content(run):
    ex = run("The ferry is doing well, she said, and then she left the harbour office.")
    assert [q[0] for q in reported(ex)] == ["The ferry is doing well"]


def test_a_second_statement_after_a_mid_sentence_cue_is_its_own(run):
    ex = run("Fares will rise, he said, and he added that wages on the island would not.")
    pieces = [q[0] for q in reported(ex)]
    assert not any(p.startswith("and he added") for p in pieces)


def test_an_inverted_trailing_cue_the_parser_joined_to_the_verb_reports_the_clause(run):
    # The parser reads "said" as a second predicate of "is hanging on"; the clause before the comma is the content.
    ex = run(
        "In nearby Carlow, the old ferry yard is hanging on, but it is under heavy pressure from cheap imports, "
        "said the yard's chief executive, Ann Leroy."
    )
    assert [q[:3] for q in reported(ex)] == [
        (
            "In nearby Carlow, the old ferry yard is hanging on, but it is under heavy pressure from cheap imports",
            "the yard's chief executive",
            "said",
        )
    ]


def test_according_to_keeps_the_subject_when_the_parser_hangs_the_verb_on_a_relative_clause(run):
    # The parser makes "Committee" the root and hangs "spent" inside the relative clause: the relative clause does
    # not end the sentence, so the content is the whole clause before "according to".
    ex = run(
        "The Greater Harbour Committee, which supported Kloppenburg, spent at least $345,430 on radio ads in the "
        "general election, according to the Brennan Center."
    )
    texts = [q[0] for q in reported(ex) if q[2] == "according to"]
    assert texts and texts[0].startswith("The Greater Harbour Committee")


def test_offered_advice_is_speech_but_an_offered_job_is_not(run):
    ex = run(
        "Mayor Lena Ortiz offered some pointed advice to the harbour board on Friday. "
        "The ferry company offered him a job in Boston. The bank offered no explanation for the delay."
    )
    assert reported(ex) == [
        ("some pointed advice to the harbour board", "Mayor Lena Ortiz", "offered", "reported speech")
    ]


def test_an_offered_promise_reports_what_was_promised(run):
    ex = run("The senator offered her firmest promise yet that she would not allow the harbour deal to pass.")
    assert [q[0] for q in reported(ex)] == ["she would not allow the harbour deal to pass"]
