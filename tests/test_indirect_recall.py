"""Reported speech recall (issue 10, round 12): forms PolNeAR annotates that the clause rules missed, each on a
short article written for it."""


def indirect(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_trailing_finding_of_a_poll(run):
    ex = run(
        "Voters sour on the new tunnel.\n\n"
        "A survey of 600 residents was carried out by the city's university last month.\n\n"
        "Nearly two in three residents of the harbour district oppose the new road tunnel, the survey found."
    )
    assert (
        "Nearly two in three residents of the harbour district oppose the new road tunnel",
        "the survey",
        "found",
        "reported finding",
    ) in indirect(ex)


def test_trailing_finding_of_records(run):
    ex = run(
        "Campaign money.\n\n"
        "The committee filed its report on Friday.\n\n"
        "In all, the host committee raised $12 million for the summit, Federal Election Commission records show."
    )
    found = [(t, m, c) for t, m, c, e in indirect(ex) if e == "reported finding"]
    assert [(t, c) for t, _, c in found] == [("In all, the host committee raised $12 million for the summit", "show")]
    assert found[0][1].startswith("Federal Election Commission")


def test_trailing_document_noun_that_is_no_finding_cue(run):
    # "the report said" is speech read by the clause rules; a sentence ending in a noun with no finding verb is nothing.
    ex = run("The mill closed in March. Workers were sent home before the report.")
    assert indirect(ex) == []


def test_sentence_opening_with_a_poll(run):
    ex = run(
        "Race tightens.\n\n"
        "In the latest Harbour Gazette poll, the mayor leads her challenger by four points among likely voters."
    )
    assert indirect(ex) == [
        (
            "the mayor leads her challenger by four points among likely voters",
            "the latest Harbour Gazette poll",
            "In",
            "reported finding",
        )
    ]


def test_opening_in_a_place_is_no_poll(run):
    ex = run("In the old harbour district, the mayor opened a new library on Tuesday.")
    assert indirect(ex) == []


def test_negated_belief_is_a_belief(run):
    ex = run(
        "Trader Ola Brekke watched the markets closely this week. "
        "Brekke doesn't think the central bank will raise interest rates before the summer."
    )
    assert indirect(ex) == [
        ("the central bank will raise interest rates before the summer", "Brekke", "think", "reported belief")
    ]


def test_negated_saying_is_still_nothing(run):
    ex = run("Port official Mara Voss met the unions on Monday. Voss did not say whether the docks would reopen.")
    assert indirect(ex) == []


def test_clause_whose_subject_carries_an_aside(run):
    # Round 17 (trial 16 r17): the parser reads the clause's subject as the cue's object and its predicate as a
    # second verb of the cue; the aside between commas stays in the clause.
    ex = run(
        "Club stands by coach.\n\n"
        "Coach Ana Ruiz insisted the comments, made to her goalkeeper Tom Vale, were meant to push the squad."
    )
    assert ("the comments, made to her goalkeeper Tom Vale, were meant to push the squad", "insisted") in [
        (t, c) for t, _, c, _ in indirect(ex)
    ]


def test_a_list_of_acts_after_an_object_is_no_clause(run):
    ex = run("Mayor tours harbour.\n\nThe mayor announced the grant, visited the quay and left by noon.")
    assert all(c != "announced" or not t.startswith("the grant,") for t, _, c, _ in indirect(ex))


def test_adjective_of_insistence_or_confidence_holds_a_clause(run):
    ex = run(
        "Budget row deepens.\n\n"
        "The mayor was adamant that the new budget would not raise taxes on families.\n\n"
        "Officials remain hopeful the talks will resume next week in Geneva."
    )
    found = indirect(ex)
    assert ("the new budget would not raise taxes on families", "The mayor", "adamant", "reported speech") in found
    assert ("the talks will resume next week in Geneva", "Officials", "hopeful", "reported belief") in found


def test_adjective_before_a_question_or_with_no_source_is_nothing(run):
    ex = run(
        "Vote looms.\n\n"
        "She was not certain whether the plan would survive the vote.\n\n"
        "It is certain that prices will rise next year across the region."
    )
    assert [c for _, _, c, _ in indirect(ex) if c == "certain"] == []


def test_boasting_of_a_record_is_a_stance(run):
    ex = run("Jobs race tightens.\n\nOn Monday the governor boasted of his record on job creation in rural counties.")
    found = indirect(ex)
    assert ("his record on job creation in rural counties", "the governor", "boasted", "reported stance") in found


def test_worry_after_a_copula_is_a_belief(run):
    ex = run("Trade fears.\n\nThe government is worried that the tariffs could hurt tourism and investment.")
    found = indirect(ex)
    assert ("the tariffs could hurt tourism and investment", "The government", "worried", "reported belief") in found


def test_what_a_report_noted_is_its_object(run):
    ex = run("Economy mixed.\n\nThe bank's spring survey noted improving conditions in three western districts.")
    assert "improving conditions in three western districts" in [t for t, _, c, _ in indirect(ex) if c == "noted"]


def test_a_relative_clause_of_backing_states_its_nouns_stance(run):
    ex = run(
        "Race heats up.\n\nRep. Ann Roe, who endorsed Tom Reed on Sunday, said she would host a rally in the county."
    )
    assert ("Tom Reed", "who", "endorsed", "reported stance") in indirect(ex)
    assert [q.speaker.name for q in ex.quotes if q.text == "Tom Reed"] == ["Ann Roe"]


def test_a_relative_clause_on_a_thing_states_no_stance(run):
    ex = run("Farm bill.\n\nThe bill, which supports small farms, passed the house, its sponsor said on Friday.")
    assert [c for _, _, c, _ in indirect(ex) if c == "supports"] == []
