"""Stances whose content is the object noun phrase (issue 10, round 20): sentences holding a stance cue of
``OBJECT_CUES`` are parsed for their own sake, "back" takes a person backed, a stance verb's pronoun object is its
content, and a gerund subject ("Criticizing the plan will ...") is an act named, no stance. Short articles written
for these tests."""

LEAD = (
    "The harbour board met on Monday to discuss the new ferry terminal.\n\n"
    "Its members spent four hours on the budget and the timetable.\n\n"
)


def phrases(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None, q.evidence)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_a_stance_verb_alone_gets_its_sentence_parsed(run):
    # Past the lead, in a paragraph with no quotation and no clause cue: the stance verb itself asks for the parse.
    ex = run(LEAD + "The fishermen's union criticized the terminal project for its cost.\n")
    want = ("the terminal project for its cost", "The fishermen's union", "criticized", "reported stance")
    assert phrases(ex) == [want]


def test_backing_a_person_is_a_stance_but_backing_a_thing_is_not_read(run):
    ex = run(LEAD + "The dockers' union backs Mayor Lena Ortiz. The board backed the new tactics.\n")
    assert phrases(ex) == [("Mayor Lena Ortiz", "The dockers' union", "backs", "reported stance")]


def test_a_stance_verbs_pronoun_object_is_its_content(run):
    ex = run("Senator Ada Quinn opposed it. The ministry repeated it.")
    assert phrases(ex) == [("it", "Senator Ada Quinn", "opposed", "reported stance")]


def test_a_gerund_subject_is_no_stance(run):
    ex = run("Governor Paul Hart faces a hard choice. Criticizing the terminal project will alienate moderate voters.")
    assert phrases(ex) == []


def test_railing_against_a_thing_is_a_stance(run):
    ex = run(LEAD + "The mayor has railed against the fees that burden the ferry workers.\n")
    want = ("the fees that burden the ferry workers", "The mayor", "railed", "reported stance")
    assert phrases(ex) == [want]


def test_a_stance_kept_up_is_taken_but_one_tried_is_not(run):
    ex = run("Senator Ada Quinn continued to attack the terminal project. Mayor Tom Reed tried to defend the budget.")
    assert phrases(ex) == [("the terminal project", "Senator Ada Quinn", "attack", "reported stance")]


def test_a_setting_adverb_after_the_object_is_no_content(run):
    ex = run("The dockers' union endorsed Mayor Lena Ortiz here on Sunday.")
    assert phrases(ex) == [("Mayor Lena Ortiz", "The dockers' union", "endorsed", "reported stance")]


def test_an_appositive_after_a_comma_closes_the_object(run):
    ex = run("Senator Ada Quinn mocked the mayor's ferry timetable, a document that nobody reads.")
    assert phrases(ex) == [("the mayor's ferry timetable", "Senator Ada Quinn", "mocked", "reported stance")]


def test_an_object_after_a_curly_apostrophe_is_still_the_object(run):
    # The parser reads "Quinn’s remarks" (curly apostrophe) as a clause of the verb: the noun is the object still.
    ex = run("Mayor Stan Reed applauded Quinn\u2019s remarks.")
    assert phrases(ex) == [("Quinn\u2019s remarks", "Mayor Stan Reed", "applauded", "reported stance")]


def test_praise_or_criticism_in_a_relative_clause_is_the_stance_of_its_noun(run):
    ex = run(LEAD + "Mayor Lena Ortiz, who once praised the terminal project, voted against it on Monday.\n")
    got = [(text, mention, cue) for text, mention, cue, _ in phrases(ex)]
    assert ("the terminal project", "who", "praised") in got
