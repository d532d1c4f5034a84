"""Trial 6 H1: a first-person memoir piece whose lead introduces its narrator ("X remembers ..."): the
unattributed first-person quotations are the narrator's, never the person they talk about."""

from onrecord.pipeline.stages.attribution.narrator import first_person

MEMOIR = (
    "On the tenth anniversary of the death of folk singer Nina Vale, Tom Arden - her tour manager for "
    "six years - remembers the woman behind the songs.\n\n"
    "Arden toured with Vale from 1990 until her death in 1996.\n\n"
    ': "I met Nina in 1990 at a club in Leeds. She was already famous then and I was nobody."\n\n'
    ": The record Lantern came out in 1992 and made her a star. "
    '"By 1993 she was filling halls across Europe. I remember how nervous she was in Paris."\n\n'
    ': "In 2000, four years after her death, she sold more records than ever. I still miss her."'
)


def test_memoir_quotes_go_to_the_narrator_not_the_subject(run):
    ex = run(MEMOIR)
    assert len(ex.quotes) >= 3
    for q in ex.quotes:
        assert q.speaker is not None, q.text
        assert q.speaker.name == "Tom Arden", (q.text, q.speaker.name)


def test_a_cue_of_its_own_keeps_its_speaker_in_a_memoir(run):
    text = (
        "Sara Lind, his editor for ten years, recalls the novelist Paul Krane.\n\n"
        ': "I first read his work in 1985 and I was hooked."\n\n'
        'Krane once told a reporter: "I write for my mother and nobody else."'
    )
    ex = run(text)
    own = next(q for q in ex.quotes if "my mother" in q.text)
    assert own.speaker is not None and own.speaker.name == "Paul Krane"


def test_no_narrator_without_a_lead_that_introduces_one(run):
    text = (
        "Folk singer Nina Vale died on Monday in Leeds.\n\n"
        '"I never wanted to be famous," Vale told the BBC in 1995. Tom Arden, her manager, was with her.\n\n'
        '"I will keep singing until I drop."'
    )
    ex = run(text)
    assert ex.quotes[0].speaker is not None and ex.quotes[0].speaker.name == "Nina Vale"
    assert all(q.evidence != "narrator of the piece" for q in ex.quotes)


def test_first_person_words():
    assert first_person("I joined the label in 1977")
    assert first_person("We saw the crowds grow")
    assert not first_person("He was a driven man. Immigration rose.")


def test_a_first_person_subordinate_clause_after_a_quotation_is_no_tag_and_i_is_never_a_named_person(run):
    """A memoir (written for the test): '"Q." When I began to speak ...' opens a new sentence of narration; the
    'I' outside quotation marks is the author, never the judge the paragraph before names."""
    text = (
        "The day I stood before the judge\n\n"
        'Judge Alan Berman turned to me. "Do you have anything to say?" he asked.\n\n'
        '"Your Honor," I said, "I would like to explain why I did this." When I began to speak I saw my lawyer '
        "frown.\n\nI told the court that I regretted everything. Berman listened without a word.\n"
    )
    ex = run(text, title="The day I stood before the judge")
    by_text = {q.text: q for q in ex.quotes}
    assert by_text["Do you have anything to say?"].speaker.name == "Alan Berman"
    for q in ex.quotes:
        if "I " in q.text or q.text.startswith("Your Honor"):
            assert q.speaker is None or q.speaker.name != "Alan Berman", q
            assert q.cue is None or q.cue.text != "began"
