"""Reported speech whose content is a phrase, not a clause (issue 10): a verb's object ("criticized the
plan"), a preposition's object ("referred to the attacks"), an infinitive ("sought to reassure"). Each
keeps kind "indirect"; ``Quote.content`` names the shape. Short articles written for these tests."""

from onrecord.lexicon.cues import ADDRESSEE_LEMMAS, INFINITIVE_CUES, OBJECT_CUES, REFUSAL_LEMMAS


def phrases(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_stance_on_a_noun_phrase_keeps_its_complement(run):
    ex = run("Senator Ada Quinn criticized the harbour plan for its cost.")
    assert phrases(ex) == [("the harbour plan for its cost", "Senator Ada Quinn", "criticized", "reported stance")]
    assert [q.content for q in ex.quotes] == ["noun phrase"]
    assert ex.quotes[0].to_dict()["content"] == "noun phrase"


def test_endorsed_person_is_the_stance_but_time_and_place_are_not(run):
    # The person endorsed is what the stance is about; "in Ohio" and "on Tuesday" are the reporter's setting.
    ex = run("The teachers' union endorsed Mayor Lena Ortiz in Ohio on Tuesday.")
    assert phrases(ex) == [("Mayor Lena Ortiz", "The teachers' union", "endorsed", "reported stance")]


def test_proposal_of_a_thing_is_speech(run):
    ex = run("The finance minister proposed a new tax on sugared drinks.")
    assert phrases(ex) == [("a new tax on sugared drinks", "The finance minister", "proposed", "reported speech")]


def test_a_person_spoken_to_is_no_content(run):
    ex = run("Judge Ann Price questioned Tom Reed about the missing money, and the clerk echoed Tom Reed.")
    assert phrases(ex) == []


def test_a_refusal_is_no_intention():
    # "refused to say if ..." reports nothing (``non_assertive``); it must not come back as an intention.
    assert not INFINITIVE_CUES & REFUSAL_LEMMAS


def test_objects_that_are_no_content(run):
    # An addressee, a date, a pronoun, a place: none is what was said; nor is a negated or described act.
    # (A stance verb's pronoun, "The senator opposed it.", is content: test_indirect_stance_objects.py.)
    ex = run(
        "The mayor told reporters about the flood. The ministry announced Tuesday. The senator repeated it. "
        "The council announced Ohio. Ms Quinn did not criticize the plan. Voters who opposed the dam stayed home."
    )
    assert phrases(ex) == []


def test_a_verb_that_takes_no_content_is_no_cue(run):
    ex = run("The senator met Governor Paul Hart in the capital and visited the harbour.")
    assert phrases(ex) == []


def test_intention_with_an_infinitive(run):
    ex = run("The shipping company sought to reassure its investors after the storm.")
    want = ("to reassure its investors after the storm", "The shipping company", "sought", "reported intention")
    assert phrases(ex) == [want]
    assert [q.content for q in ex.quotes] == ["infinitive"]


def test_object_of_a_preposition(run):
    ex = run("The prime minister referred to the attacks on the border posts.")
    assert phrases(ex) == [("the attacks on the border posts", "The prime minister", "referred", "reported stance")]


def test_a_reported_clause_is_marked_a_clause(run):
    ex = run("The harbour master said that the new locks will double the traffic.")
    assert [(q.text, q.content) for q in ex.quotes] == [("the new locks will double the traffic", "clause")]


def test_naming_verb_needs_a_predicate(run):
    # "called the plan a disgrace" names it; "called Governor Hart" is a telephone call.
    ex = run("Senator Ada Quinn called the harbour plan a costly disgrace. Later she called Governor Paul Hart.")
    assert phrases(ex) == [("the harbour plan a costly disgrace", "Senator Ada Quinn", "called", "reported speech")]


def test_no_verb_of_address_takes_an_object_for_content():
    # "thanked fans", "told reporters", "urged voters": the object of these is the person addressed.
    assert not set(OBJECT_CUES) & ADDRESSEE_LEMMAS


def test_thanking_someone_is_no_content(run):
    ex = run("Singer Mara Holt concluded her post by thanking fans for their wishes.")
    assert phrases(ex) == []


def test_a_stance_inside_an_open_question_is_not_reported(run):
    ex = run("Party leader Harold Finch would not say whether his party would support the harbour bill.")
    assert phrases(ex) == []


def test_a_position_held_up_in_public_is_a_stance(run):
    # Round 13: "defended", "touted", "highlighted" and "cited" take their object as the stance; "announced" does
    # not (news of an event: "The couple had announced their pregnancy").
    ex = run(
        "The harbour dispute went on.\n\nMayor Lena Ortiz defended her plan for a new sea wall. "
        "Councillor Tom Reed touted the cheaper dredging scheme. The couple had announced their engagement "
        "in May."
    )
    assert phrases(ex) == [
        ("her plan for a new sea wall", "Mayor Lena Ortiz", "defended", "reported stance"),
        ("the cheaper dredging scheme", "Councillor Tom Reed", "touted", "reported stance"),
    ]


def test_a_stance_verb_without_a_source_or_with_a_date_reads_nothing(run):
    # No named source ("History highlights"), a date for object, a relative clause, the grounds given for an act
    # ("citing the storm"): no stance.
    ex = run(
        "History highlights the risk of floods. The council announced Tuesday. "
        "Residents who cited the storm stayed home. The mayor stayed away, citing the storm."
    )
    assert phrases(ex) == []


def test_a_stance_on_for_a_person_to_act_keeps_the_person_and_the_infinitive(run):
    # "pushed for X to VP": the parser reads "for" as the mark of a clause of its own, not as the cue's preposition.
    ex = run("Several council members pushed for the mayor to leave the race after the vote.")
    want = ("the mayor to leave the race after the vote", "Several council members", "pushed", "reported stance")
    assert phrases(ex) == [want]


def test_a_possessors_plan_or_pledge_to_act_is_their_intention(run):
    ex = run("The mayor said on Monday that the budget was tight. Her plan to raise taxes on landlords drew criticism.")
    assert ("to raise taxes on landlords", "Her", "plan", "reported intention") in phrases(ex)
    q = next(q for q in ex.quotes if q.text == "to raise taxes on landlords")
    assert q.content == "infinitive"


def test_a_plan_of_nobody_named_or_of_the_speaker_is_no_report(run):
    ex = run("The mayor said the budget was tight. A plan to build a bridge was dropped, and my plan to run failed.")
    assert [p for p in phrases(ex) if p[3] == "reported intention"] == []


def test_a_denial_of_reports_or_wrongdoing_is_reported_but_a_denied_request_is_not(run):
    ex = run(
        "The mayor denied the reports of a secret deal with the builders. The company denies any wrongdoing. "
        "The council denied the request for a permit, and the judge denied bail to the suspect."
    )
    assert phrases(ex) == [
        ("the reports of a secret deal with the builders", "The mayor", "denied", "reported denial"),
        ("any wrongdoing", "The company", "denies", "reported denial"),
    ]
