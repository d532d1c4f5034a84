"""Interview and debate transcripts (``stages.transcript``): a speaker turn ("NAME:" at a line's start, "A:")
is a quotation of the labelled speaker (kind "indirect", no marks; evidence "transcript turn"); "Q" is never a
person. Short articles written for these tests."""

DEBATE = (
    "Senator grilled on tax plan in tense debate\n\n"
    "Moderator Bret Baier pressed Senator Tom Walcott on his tax plan during Thursday's debate. "
    "Here is part of the exchange:\n\n"
    "BAIER: Senator, your plan would cut taxes for the richest families. How do you pay for it?\n\n"
    "WALCOTT: It pays for itself. Growth will take care of the rest.\n\n"
    "BAIER: But the budget office disagrees with you.\n\n"
    "(CROSSTALK)\n\n"
    "WALCOTT: They have been wrong before.\n\n"
    "I was on the other side once, and I learned that lesson.\n\n"
    "BAIER: We will leave it there.\n\n"
    "Critics were not convinced by the answer."
)

INTERVIEW = (
    "Q&A with harbour commissioner Dana Okafor\n\n"
    "Harbour commissioner Dana Okafor sat down with our reporter this week to talk about the new ferry "
    "terminal. Okafor has led the port authority since 2019.\n\n"
    "Q: When will the terminal open?\n\n"
    "A: We are aiming for next spring. The steel is already on site.\n\n"
    "Q: Residents worry about traffic. What do you tell them?\n\n"
    "A: I tell them we listened. There will be a new bus lane on Quay Street."
)


def _turns(ex):
    return [
        (q.text, q.speaker.name if q.speaker else None, q.kind) for q in ex.quotes if q.evidence == "transcript turn"
    ]


def test_named_turns_are_direct_quotes_of_the_named_speaker(run):
    turns = _turns(run(DEBATE))
    assert ("It pays for itself. Growth will take care of the rest.", "Tom Walcott", "indirect") in turns
    assert ("But the budget office disagrees with you.", "Bret Baier", "indirect") in turns
    # a turn runs on over the lines up to the next turn, stage directions left out
    assert ("I was on the other side once, and I learned that lesson.", "Tom Walcott", "indirect") in turns
    assert not any("CROSSTALK" in t for t, _, _ in turns)
    # the last turn stops at its line: the writer's prose follows
    assert not any("Critics" in t for t, _, _ in turns)


def test_q_and_a_are_nobody(run):
    ex = run(INTERVIEW)
    assert all(p.name not in ("Q", "A") for p in ex.people)
    assert all(q.speaker is None or q.speaker.name not in ("Q", "A") for q in ex.quotes)
    assert not any(t.startswith("When will") for t, _, _ in _turns(ex))


def test_answers_are_the_interviewees_when_recorded(run, monkeypatch):
    from onrecord.pipeline.stages import transcript

    monkeypatch.setattr(transcript, "ANSWERS", True)
    ex = run(INTERVIEW)
    turns = _turns(ex)
    assert ("We are aiming for next spring. The steel is already on site.", "Dana Okafor", "indirect") in turns
    assert ("I tell them we listened. There will be a new bus lane on Quay Street.", "Dana Okafor", "indirect") in turns
    assert not any(t.startswith("When will") for t, _, _ in turns)
    assert all(q.speaker is None or q.speaker.name not in ("Q", "A") for q in ex.quotes)


def test_a_lone_label_line_is_no_transcript(run):
    text = (
        "City council approves budget\n\n"
        "WATCH: The council voted 7-2 on Tuesday night.\n\n"
        "UPDATE: The mayor will sign the budget on Friday.\n\n"
        "NOTE: This story has been corrected."
    )
    assert _turns(run(text)) == []
