"""Reported speech by clause shape (issue 10, item 3): addressee cues, mixed quotes, phrase cues, clause ends.

Each test reads a short article written for the shape.
"""


def reported(ex, kinds=("indirect",)):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
        for q in ex.quotes
        if q.kind in kinds
    ]


def test_speech_to_an_addressee_reports_the_clause_after_the_person_addressed(run):
    ex = run(
        "Water board keeps taps open.\n\n"
        "The board met in Dunmore on Monday.\n\n"
        "The mayor reminded voters that the election would be held in May.\n\n"
        "The governor informed lawmakers that the plant would shut down in March."
    )
    # These verbs are read where the sentence is parsed for another reason (lexicon.cues.CUES_READ_WHERE_PARSED);
    # an office noun as subject is one.
    assert reported(ex) == [
        ("the election would be held in May", "The mayor", "reminded"),
        ("the plant would shut down in March", "The governor", "informed"),
    ]


def test_an_addressee_verb_whose_subject_is_no_speaker_or_is_passive_reports_nothing(run):
    ex = run(
        "Water board keeps taps open.\n\n"
        "The board met in Dunmore on Monday.\n\n"
        "The flood reminded residents that the river could rise again.\n\n"
        "Residents were reassured that the water was safe."
    )
    assert reported(ex) == []


def test_a_fragment_closing_the_sentence_makes_the_clause_a_mixed_quote(run):
    text = (
        "Harbour plan approved.\n\n"
        "The council met in Dunmore on Monday.\n\n"
        'Council president Mara Tull said that the new harbour is an "incredible opportunity."'
    )
    ex = run(text)
    (q,) = [q for q in ex.quotes if q.kind == "partial"]
    assert q.text == 'the new harbour is an "incredible opportunity."'
    assert q.fragment is not None and q.fragment.text == "incredible opportunity."
    assert q.cue.text == "said" and q.speaker_mention.text == "Council president Mara Tull"


def test_a_phrase_content_holding_a_fragment_is_a_mixed_quote(run):
    ex = run(
        "Bank fined.\n\n"
        "The committee met in Dunmore on Monday.\n\n"
        'The senator called the bank\'s conduct "outrageous".\n\n'
        'The minister vowed to limit involvement in "places we have no right to be".'
    )
    mixed = [(q.text, q.fragment.text, q.cue.text) for q in ex.quotes if q.fragment is not None]
    assert mixed == [
        ('the bank\'s conduct "outrageous"', "outrageous", "called"),
        ('to limit involvement in "places we have no right to be"', "places we have no right to be", "vowed"),
    ]


def test_a_passive_cue_with_an_agent_attributes_its_subject_to_the_agent(run):
    ex = run(
        "Budget rejected.\n\n"
        "The council met in Dunmore on Monday.\n\n"
        "The budget plan was criticized by the mayor.\n\n"
        "The move was first reported by the Dunmore Gazette.\n\n"
        "It was reported by local radio.\n\n"
        "The plan was approved by the council."
    )
    assert reported(ex) == [
        ("The budget plan", "the mayor", "criticized"),
        ("The move", "the Dunmore Gazette", "reported"),
    ]
    assert [q.evidence for q in ex.quotes] == ["reported stance", "reported speech"]


def test_a_viewpoint_phrase_attributes_the_clause_beside_it_as_a_belief(run):
    ex = run(
        "Budget talks stall.\n\n"
        "The council met in Dunmore on Monday.\n\n"
        "In the mayor's view, the budget is a disgrace to the city.\n\n"
        "In the view of most economists, the tax cut will not pay for itself.\n\n"
        "In my view, the council should resign."
    )
    assert reported(ex) == [
        ("the budget is a disgrace to the city", "the mayor", "view"),
        ("the tax cut will not pay for itself", "most economists", "view"),
    ]
    assert {q.evidence for q in ex.quotes} == {"reported belief"}


def test_a_clause_runs_on_over_its_joined_parts_to_where_it_ends(run):
    ex = run(
        "Budget talks stall.\n\n"
        "The council met in Dunmore on Monday.\n\n"
        "Ms. Smith said she hoped to get her job back, and then would continue to campaign.\n\n"
        "Jeb Bush says the president is acting unlawfully and showing disregard for the law.\n\n"
        "The minister said the plan was sound and then added that it would cost millions."
    )
    texts = [t for t, _, _ in reported(ex)]
    assert texts[:2] == [
        "she hoped to get her job back, and then would continue to campaign",
        "the president is acting unlawfully and showing disregard for the law",
    ]
    assert texts[2] == "the plan was sound"  # "and then added that ...": the minister's second act, not the clause's


def test_a_relative_clause_set_off_by_a_dash_is_no_part_of_the_content(run):
    ex = run("Contract row.\n\nMayor Ann Lowe said the contract went to Tom Reyes \u2014 who later left the firm.")
    assert reported(ex) == [("the contract went to Tom Reyes", "Mayor Ann Lowe", "said")]


def test_a_second_that_clause_joined_to_the_first_stays_in_the_content(run):
    ex = run(
        "Bridge repairs delayed.\n\n"
        "The council met in Dunmore on Monday.\n\n"
        "The engineer said she had asked for more inspectors but that those requests were denied.\n\n"
        "Critics said that the levy would raise costs for farmers and that it would add new paperwork.\n\n"
        "The mayor said the bridge was safe and denied that it would close."
    )
    texts = [t for t, _, _ in reported(ex)]
    # "that" cannot open a sentence: the joined clause is the cue's second complement, though its verb
    # ("denied", "add") is a cue elsewhere.
    assert texts[:2] == [
        "she had asked for more inspectors but that those requests were denied",
        "the levy would raise costs for farmers and that it would add new paperwork",
    ]
    # Without its own "that", a joined cue is the source's second act ("and denied that ..."): the clause ends there.
    assert texts[2] == "the bridge was safe"
