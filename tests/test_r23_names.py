"""Quotations in capitals and descriptions (round 23): a shouted quotation with a cue is speech, not a subheading;
a nationality before a head a country has many of ("the German company") describes an unnamed body; a body's
name before a role noun and a name ("Snopes fact checker David Emery") is no part of the person's role.

Each test runs a short article written for it.
"""

from __future__ import annotations


def _direct(ex):
    return [(q.text, q.speaker.name if q.speaker else None) for q in ex.quotes if q.kind == "direct"]


def test_capitals_after_a_colon_are_speech(run):
    text = (
        "Senator Jane Ford spoke to a crowd of thousands on Saturday. She told them:\n\n"
        '"WE WILL NOT GO BACK."\n\nThe crowd cheered for several minutes.\n'
    )
    assert _direct(run(text)) == [("WE WILL NOT GO BACK.", "Jane Ford")]


def test_capitals_with_a_trailing_cue_are_speech(run):
    text = 'Senator Jane Ford spoke on Saturday.\n\n"WE WILL NOT GO BACK," the senator said.\n'
    assert _direct(run(text)) == [("WE WILL NOT GO BACK,", "Jane Ford")]


def test_capitals_alone_on_their_line_stay_no_speech(run):
    text = (
        "Senator Jane Ford spoke on Saturday about the budget.\n\n"
        '"THE NEXT STEP IS OURS"\n\nThe committee meets again in May to vote on the plan.\n'
    )
    ex = run(text)
    assert _direct(ex) == []
    assert [n.text for n in ex.noise] == ['"THE NEXT STEP IS OURS"']


def test_a_nationality_and_a_company_describe_an_unnamed_body(run):
    text = (
        "The talks went on late into the night.\n\n"
        '"We will not sell," said the German company.\n\n'
        '"The price is fair," the Swiss bank said in a statement.\n'
    )
    speakers = [q.speaker for q in run(text).quotes if q.kind == "direct"]
    assert [(s.kind, s.name) for s in speakers] == [("organisation", None), ("organisation", None)]
    assert [s.descriptors[0].lower() for s in speakers] == ["the german company", "the swiss bank"]


def test_a_nationality_and_a_government_still_name_it(run):
    text = '"We will study the report," the Scottish government said on Monday.\n'
    speaker = run(text).quotes[0].speaker
    assert (speaker.kind, speaker.name) == ("organisation", "Scottish government")


def test_a_body_before_a_role_and_a_name_is_no_part_of_the_role(run):
    text = (
        "A video of the flood spread widely online this week.\n\n"
        'Snopes fact checker David Emery said the video was old. "There is no evidence for it," Emery said.\n'
    )
    speaker = next(q.speaker for q in run(text).quotes if q.kind == "direct")
    assert speaker.name == "David Emery"
    assert speaker.descriptors == ["fact checker"]
