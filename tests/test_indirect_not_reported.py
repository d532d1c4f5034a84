"""Sentences shaped like reported speech that report nobody's statement (trial 15 F2), on short articles written
for them: "find it" with a predicate, a negative quantifier for subject, a relative phrase for subject."""


def reported(ex):
    found = [q for q in ex.quotes if q.kind == "indirect"]
    return [(q.text, q.speaker.name if q.speaker else None, q.evidence, q.content) for q in found]


def test_finding_it_hard_is_an_experience_not_a_finding(run):
    ex = run(
        "Telecoms\n\nKestrel Mobile has found it difficult to win over demanding users in the north, "
        "the company said in May.\n\nNorvik Telecom found it hard to keep its prices low."
    )
    assert not [r for r in reported(ex) if r[2] == "reported finding"]


def test_a_survey_finding_people_doing_something_is_a_clause(run):
    ex = run("Island life\n\nA survey by the port authority found residents leaving the island in growing numbers.")
    assert ("residents leaving the island in growing numbers", None, "reported finding", "clause") in [
        (t, None, e, c) for t, _, e, c in reported(ex)
    ]


def test_a_negative_quantifier_reports_nobody(run):
    ex = run(
        "Tax plans\n\nFew think the new tax will ever take effect. No one says the bridge is safe. "
        "Few argue against such limits on building. "
        "A few said the vote was rigged."
    )
    assert [r[0] for r in reported(ex)] == ["the vote was rigged"]


def test_a_relative_phrase_is_no_content(run):
    ex = run("Seats\n\nThree states, all of which are expected to gain a seat each, lie in the south.")
    assert not [r for r in reported(ex) if r[0] in ("all of which", "to gain a seat each")]


def test_the_object_of_a_verb_of_causing_is_the_one_who_speaks(run):
    ex = run(
        "Campaign row\n\nThe health board launched a poster campaign in May. The posters prompted some parents to "
        "argue that the slogan made light of the problem. The senator forced Dr Ada Moss to admit that the board "
        "had lost the files."
    )
    got = [(q.speaker_mention.text if q.speaker_mention else None, q.text) for q in ex.quotes if q.kind == "indirect"]
    assert ("some parents", "the slogan made light of the problem") in got
    assert ("Dr Ada Moss", "the board had lost the files") in got
