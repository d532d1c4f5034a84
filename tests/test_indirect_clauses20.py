"""Reported clauses the finder dropped or cut (issue 10, round 20): each shape on a short invented article."""


def reported(ex):
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None, q.group)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_relative_pronoun_before_the_source_is_the_first_piece(run):
    ex = run("Councillor Ivo Brandt attacked the harbour levies, which he said had driven the ferries away.")
    got = [r for r in reported(ex) if r[2] == "said"]
    assert [(t, who) for t, who, *_ in got] == [("which", "Ivo Brandt"), ("had driven the ferries away", "Ivo Brandt")]
    assert got[0][3] is not None and got[0][3] == got[1][3]


def test_free_relative_what_before_the_source(run):
    ex = run("The builders turned the old depot into what the inspectors said was a fire trap.")
    assert [t for t, *_ in reported(ex)] == ["what", "was a fire trap"]


def test_restrictive_that_is_no_piece_of_its_own(run):
    ex = run("Mayor Dana Pike vetoed a rule change that she said would make the port harder to run.")
    assert "that" not in [t for t, *_ in reported(ex)]


def test_reportedly_before_a_verb_of_saying_leaves_that_verb_the_cue(run):
    ex = run("Port chief Mara Voss reportedly said the ferries would stop in May.")
    assert [cue for _, _, cue, _ in reported(ex)] == ["said"]


def test_that_clause_after_a_long_phrase_of_the_cue(run):
    ex = run("Port chief Mara Voss said in one of a series of radio interviews that the ferries would stop in May.")
    assert [(t, who) for t, who, _, _ in reported(ex)] == [("the ferries would stop in May", "Mara Voss")]


def test_elliptical_clause_of_pronoun_and_modal(run):
    ex = run("Councillors were split on the levy. Ivo Brandt said he would. Dana Pike said she might.")
    assert [(t, who) for t, who, _, _ in reported(ex)] == [("he would", "Ivo Brandt"), ("she might", "Dana Pike")]


def test_that_clause_whose_subject_the_parser_lost(run):
    ex = run("Reynolds says that after the floods in the valley, Voss, a proud engineer, was ready to rebuild the dam.")
    assert [(t, who) for t, who, _, _ in reported(ex)] == [
        ("after the floods in the valley, Voss, a proud engineer, was ready to rebuild the dam", "Reynolds")
    ]


def test_noun_of_a_relative_clause_without_pronoun_is_the_first_piece(run):
    ex = run("Councillor Ivo Brandt pointed to the audit, a review the council said was still open in June.")
    got = [r for r in reported(ex) if r[2] == "said"]
    assert [t for t, *_ in got] == ["a review", "was still open in June"]
    assert got[0][3] is not None and got[0][3] == got[1][3]


def test_opening_phrase_of_no_time_or_occasion_is_part_of_what_was_said(run):
    ex = run("Port chief Mara Voss spoke on Monday. Beyond the levy, she said, the port would need new cranes.")
    assert [(t, who) for t, who, _, _ in reported(ex)] == [
        ("Beyond the levy", "Mara Voss"),
        ("the port would need new cranes", "Mara Voss"),
    ]


def test_opening_phrase_of_an_occasion_stays_out(run):
    ex = run("Port chief Mara Voss spoke on Monday. In an interview, she said, the port would need new cranes.")
    assert [(t, who) for t, who, _, _ in reported(ex)] == [("the port would need new cranes", "Mara Voss")]
