"""Speech verbs whose object is what was said ("recounted the storm", "expressed concern", issue 10, round 20): a
sentence holding one is parsed for its own sake, but only that sentence, and not when it opens with he/she (its
parse would give the people stage a pronoun whose referent was never parsed). Short articles written for these
tests."""

LEAD = (
    "The harbour board met on Monday to discuss the new ferry terminal.\n\n"
    "Its members spent four hours on the budget and the timetable.\n\n"
)


def phrases(ex):
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
        for q in ex.quotes
        if q.kind == "indirect"
    ]


def test_a_content_object_verb_alone_gets_its_sentence_parsed(run):
    # Past the lead, in a paragraph with no quotation and no clause cue: "recounted" asks for the parse.
    ex = run(LEAD + "Captain Mark Olsen recounted the night the old ferry ran aground in the fog.\n")
    assert phrases(ex) == [("the night the old ferry ran aground in the fog", "Captain Mark Olsen", "recounted")]


def test_a_content_object_sentence_opening_with_a_pronoun_is_not_parsed_for_it(run):
    ex = run(LEAD + "He recounted the night the old ferry ran aground in the fog.\n")
    assert phrases(ex) == []
