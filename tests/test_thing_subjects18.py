"""A partial quotation whose governing verb has a thing for subject (``rules.Attributor._governing_verb``,
``tokens.could_be_source``); each case on a short article written for it."""

import pytest


def _said(ex) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name if q.speaker else None, q.speaker_mention.text if q.speaker_mention else None)
        for q in ex.quotes
    ]


def test_a_thing_governing_a_partial_quote_is_no_speaker(run):
    text = (
        "Ranger Tom Hale spoke to walkers at the lake on Monday.\n\n"
        'The trail\'s name comes from an old song with the line "down by the willow water".'
    )
    assert _said(run(text)) == [(None, None)]


def test_the_walk_goes_past_a_thing_to_the_people_who_speak(run):
    text = (
        "Hill firefighters are hoping cooler winds will help them today but are predicting "
        '"dangerous" conditions at the weekend.'
    )
    assert _said(run(text))[0][1] == "Hill firefighters"


def test_a_person_governing_a_partial_quote_still_speaks(run):
    text = 'Coach Dana Ruiz called the result "a disgrace" after the match on Sunday.'
    assert _said(run(text))[0][0] == "Dana Ruiz"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cooler winds will help.", False),
        ("The next round of talks may include others.", False),
        ("The firefighters said so.", True),
        ("The company said so.", True),
        ("The report found a rise.", True),
        ("His comments were wrong.", True),
        ("It was late.", True),
    ],
)
def test_could_be_source(pipeline, sentence, expected):
    from onrecord.pipeline.stages.attribution.tokens import could_be_source

    doc = pipeline.nlp(sentence)
    subject = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    assert could_be_source(subject) is expected
