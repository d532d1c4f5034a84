"""Attribution beyond speech (issue 10): beliefs, findings, intentions and stances, each on a short
article written for it. The kind stays "indirect"; ``evidence`` names the cue family."""


def families(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_belief_is_attributed_and_named_a_belief(run):
    ex = run("Harbour master Ilse Marten spoke on Tuesday. Marten believes the new locks will double the traffic.")
    assert families(ex) == [("the new locks will double the traffic", "Marten", "believes", "reported belief")]


def test_hope_and_fear_are_beliefs(run):
    ex = run("Grain traders hope that the export ban will end by March, and farmers fear that prices will fall.")
    got = families(ex)
    assert ("the export ban will end by March", "Grain traders", "hope", "reported belief") in got
    assert [g[3] for g in got] == ["reported belief"] * len(got)


def test_first_person_belief_outside_marks_is_not_a_report(run):
    # An interview transcript's own "I think" is the answer itself, not a claim reported about a source.
    ex = run("Q: Will the ferry run? A: Well, I think the ferry will run again by the summer.")
    assert families(ex) == []


def test_finding_of_a_poll(run):
    ex = run("A new poll of Ohio voters shows that the governor leads his rival by six points.")
    assert families(ex) == [
        ("the governor leads his rival by six points", "A new poll of Ohio voters", "shows", "reported finding")
    ]


def test_finding_needs_a_document_for_source(run):
    # "Experience" and "history" are no sources: an abstract subject shows nothing anyone reported.
    ex = run("Experience shows that binding targets change how utilities invest. History suggests the opposite.")
    assert families(ex) == []


def test_participle_cue_takes_the_subject_of_its_sentence(run):
    ex = run("The mayor said the budget was balanced, adding that the pool would reopen in June.")
    got = families(ex)
    assert ("the pool would reopen in June", "The mayor", "adding", "reported speech") in got


def test_intention_is_the_infinitive(run):
    ex = run("Governor Rhea Albers vowed to reopen the mill within a year.")
    assert families(ex) == [("to reopen the mill within a year", "Governor Rhea Albers", "vowed", "reported intention")]


def test_request_leaves_the_addressee_out(run):
    ex = run("Police urged residents not to travel during the storm.")
    assert families(ex) == [("not to travel during the storm", "Police", "urged", "reported intention")]


def test_purpose_in_the_passive_is_no_intention(run):
    ex = run("The levy was intended to deliver a blow against coal.")
    assert families(ex) == []


def test_stance_is_the_object_of_its_preposition(run):
    ex = run("Senator Ada Quinn called for a review of the sugar subsidies on Tuesday.")
    got = families(ex)
    assert got == [("a review of the sugar subsidies", "Senator Ada Quinn", "called", "reported stance")]


def test_according_to_a_source_named_across_a_slash(run):
    ex = run("Turnout rose sharply in the north, according to a Herald/Channel 4 survey released on Friday.")
    assert families(ex) == [
        (
            "Turnout rose sharply in the north",
            "a Herald/Channel 4 survey released on Friday",
            "according to",
            "according to",
        )
    ]


def test_relative_clause_on_the_source_is_not_content(run):
    ex = run("Exports fell in May, according to the survey, which is published every quarter.")
    assert [g[0] for g in families(ex)] == ["Exports fell in May"]


def test_reported_clause_ends_before_a_closing_relative_clause(run):
    ex = run(
        "The inspector said the council had hired Tom Ruane, who once ran the city's water board. "
        "The union vowed to fight the closure of the depot, which employs 300 people."
    )
    assert [g[0] for g in families(ex)] == [
        "the council had hired Tom Ruane",
        "to fight the closure of the depot",
    ]


def test_name_the_parser_hung_on_the_phrase_before_the_cue(run):
    # No comma after the opening phrase: the parser reads the name as part of it and leaves "said" subjectless.
    ex = run(
        "In a meeting with the editorial board of the Daily Courier Okafor said that the bridge would close in May."
    )
    assert [(g[0], g[2]) for g in families(ex)] == [("the bridge would close in May", "said")]
    assert ex.quotes[0].speaker_mention.text.endswith("Okafor")


def test_nominal_cue_with_a_possessor_and_a_that_clause(run):
    ex = run(
        "The mayor repeated her claim that the water was safe to drink. "
        "Residents share the senator's fear that the plant will close. "
        "The report undermines the view that wages are rising."
    )
    got = [(g[0], g[1], g[2], g[3]) for g in families(ex)]
    assert ("the water was safe to drink", "her", "claim", "reported speech") in got
    assert ("the plant will close", "the senator", "fear", "reported belief") in got
    assert all(g[0] != "wages are rising" for g in got)  # no possessor, no source


def test_second_cue_joined_to_the_first_clause_is_its_own_statement(run):
    ex = run("Spokesman Ivo Marsh said the group never worked with the lobbyists and said the group paid its bills.")
    got = families(ex)
    assert [g[0] for g in got] == ["the group never worked with the lobbyists", "the group paid its bills"]
    assert all(g[1] == "Spokesman Ivo Marsh" for g in got)


def test_coordinated_cue_inside_the_clause_keeps_the_outer_source(run):
    ex = run("Organiser Ana Ruiz said she did not condone violence and hoped that the march would stay peaceful.")
    got = families(ex)
    assert ("the march would stay peaceful", "Organiser Ana Ruiz", "hoped", "reported belief") in got


def test_belief_needs_a_finite_clause(run):
    ex = run("The council expects the works to take two years.")
    assert families(ex) == []


def test_participle_on_a_noun_is_no_intention(run):
    ex = run(
        "The pact extends the rules agreed by the banks to make lenders subject to similar standards, "
        "the ministry said."
    )
    got = families(ex)
    assert [g[3] for g in got] == ["reported speech"]
    assert got[0][0].startswith("The pact extends the rules")


def test_according_to_after_a_relative_clause_vouches_for_the_clause(run):
    ex = run("The mayor backed the plan for the depot, which employs 300 people in the town, according to the union.")
    assert [g[0] for g in families(ex) if g[3] == "according to"] == ["which employs 300 people in the town"]


def test_a_phrase_before_a_mid_sentence_according_to_is_the_statements_first_piece(run):
    ex = run("Over the long term, according to the budget office, the deficit will rise faster than the economy.")
    pieces = [q for q in ex.quotes if q.evidence == "according to"]
    assert [q.text for q in pieces] == ["Over the long term", "the deficit will rise faster than the economy"]
    assert pieces[0].group is not None and pieces[0].group == pieces[1].group


def test_according_to_holds_a_statement_nested_in_it(run):
    ex = run(
        "Voters went to the polls in April. More than half of the voters said that the economy was getting worse, "
        "according to exit polling by the network."
    )
    got = {(q.text, q.evidence) for q in ex.quotes if q.kind == "indirect"}
    assert got == {
        ("More than half of the voters said that the economy was getting worse", "according to"),
        ("the economy was getting worse", "reported speech"),
    }


def test_a_request_holds_the_person_asked_and_what_they_are_asked_to_do(run):
    ex = run(
        "Senator Ada Quinn called on the bank's chief executive to resign over the scandal. "
        "Quinn also asked supporters to run for office in the fall."
    )
    assert families(ex) == [
        ("the bank's chief executive to resign over the scandal", "Senator Ada Quinn", "called", "reported intention"),
        ("supporters to run for office in the fall", "Quinn", "asked", "reported intention"),
    ]


def test_a_request_made_in_the_passive_or_refused_is_no_request(run):
    ex = run("Quinn was asked by reporters to comment. Quinn did not ask voters to stay home.")
    assert [f for f in families(ex) if f[3] == "reported intention"] == []


def test_intention_in_a_relative_clause_describes_the_noun(run):
    # "who has pledged to ..." and "a harbour that she hoped to dredge" describe someone or something: the
    # writer's gloss, not an undertaking reported (PolNeAR tune: 3 of 10 matched).
    ex = run(
        "The council met on Monday. Its chair is a builder who has pledged to pave every lane in the valley.\n\n"
        "Mayor Oda Lindqvist visited Port Arren, a harbour that she hoped to dredge by the spring."
    )
    assert [f for f in families(ex) if f[3] == "reported intention"] == []


def test_intention_after_a_preposition_is_a_means(run):
    ex = run("The union won the vote by threatening to close every depot in the county for a week.")
    assert [f for f in families(ex) if f[3] == "reported intention"] == []


def test_a_cue_under_without_is_negated(run):
    ex = run(
        "The minister spoke for an hour without saying that the budget would be cut this year.\n\n"
        "It goes without saying that the ferry timetable is a mess this summer."
    )
    assert families(ex) == []


def test_worth_noting_is_the_writers_aside(run):
    ex = run("The ferry runs twice a day. It is worth noting that the timetable has not changed since the spring.")
    assert families(ex) == []
