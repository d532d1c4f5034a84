"""A cue in a relative clause (issue 10): "policies, which he said had harmed the economy". The relative pronoun
fills the reported clause's gap, so it is the statement's first piece, one group with the clause (PolNeAR)."""


def reported(ex):
    return [(q.text, q.group) for q in ex.quotes if q.kind == "indirect"]


def test_relative_pronoun_is_the_first_piece_of_the_statement(run):
    ex = run("The harbour board approved new port fees, which the mayor says will pay for the dredging.")
    got = reported(ex)
    assert [t for t, _ in got] == ["which", "will pay for the dredging"]
    assert got[0][1] is not None and got[0][1] == got[1][1]


def test_the_thing_labelled_is_not_the_content(run):
    # "what he called X": the label X is what he said; "what" names the thing he labelled.
    ex = run("The minister praised what he called a historic agreement between the two ports.")
    assert "what" not in [t for t, _ in reported(ex)]
