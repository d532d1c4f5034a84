"""Speakers the sentence names outright, and names in their fullest form (trial 6, H2, H3 and M5).

Every article here is a short one written for the test; each stands for a kind of construction the trial
found in several articles.
"""


def _speakers(ex):
    return [q.speaker.name if q.speaker is not None else None for q in ex.quotes]


def test_an_organisation_and_a_role_before_a_name_describe_the_speaker(run):
    # The tagger makes the organisation the cue's subject; the name right before the cue is the speaker.
    text = (
        "The court ruled on Tuesday.\n\n"
        'Acme Press editor-in-chief Jonas Whitfield said: "We will now focus on the next phase of the case."'
    )
    ex = run(text)
    assert _speakers(ex) == ["Jonas Whitfield"]
    assert ex.quotes[0].speaker_mention is not None and ex.quotes[0].speaker_mention.text.endswith("Whitfield")


def test_a_name_with_a_long_apposition_and_no_closing_comma_speaks(run):
    # "Q," Name, role of Org, a company in Place told X: the writer left out the comma before the cue.
    text = (
        'Prices rose again in May.\n\n"The bank would rarely make a mistake of that size," Carl Brandt, vice '
        "president of Monetra, a coin grading company in Ohio told reporters."
    )
    ex = run(text)
    assert _speakers(ex) == ["Carl Brandt"]
    text = (
        'Prices rose again in May.\n\n"It is very rare that a mint would get an order wrong, and then it goes out," '
        "Dana Voss, head of CSR, a rare paper money grading firm in Texas told Fox Business."
    )
    assert _speakers(run(text)) == ["Dana Voss"]


def test_an_abbreviated_title_with_its_full_stop_is_part_of_the_speaker_mention(run):
    text = 'A man died in the crash on Friday.\n\n"I am shocked by this loss," Sgt. Paul Rowley said.'
    ex = run(text)
    assert _speakers(ex) == ["Paul Rowley"]
    assert ex.quotes[0].speaker_mention.text == "Sgt. Paul Rowley"


def test_a_knight_named_by_title_and_first_name_is_the_same_person(run):
    # "Sir Roland" is the short form of "Sir Roland Pike": a knighthood comes before the given name.
    text = 'Sir Roland Pike left the meeting early.\n\n"It was the right call," Sir Roland said.'
    ex = run(text)
    assert _speakers(ex) == ["Roland Pike"]
    assert [p.name for p in ex.people if p.kind == "person"] == ["Roland Pike"]


def test_a_title_before_a_surname_still_takes_the_surname(run):
    # Counter-case: after "Mr" the lone word is a surname, never the first name of another person.
    text = 'Roland Pike and Adam Roland met on Monday.\n\n"It was the right call," Mr Roland said.'
    ex = run(text)
    assert _speakers(ex) == ["Adam Roland"]


def test_the_first_word_of_a_street_name_is_nobody(run):
    text = (
        'Former Downing Street media chief Alan Crane said the campaign had too much "fizz".\n\n'
        '"He wanted to look like a leader," Crane said.'
    )
    ex = run(text)
    assert "Downing" not in [p.name for p in ex.people]
    assert set(_speakers(ex)) == {"Alan Crane"}


def test_according_to_a_description_then_a_name_in_commas_is_the_named_person(run):
    text = (
        "Two men were hurt on the ring road.\n\n"
        'According to the driver\'s brother, Martin Ellery, the man "was shouting and waving his arms."'
    )
    ex = run(text)
    assert _speakers(ex) == ["Martin Ellery"]


def test_a_place_before_a_role_and_a_name_is_nobody(run):
    # "Brighton nurse Marion Brown": the tagger may call the town a person; it describes the nurse.
    text = (
        "Voters met the leaders on Monday.\n\n"
        'The sharpest question came from Hastings nurse Marion Brown: "Would you work for that wage?"\n\n'
        'Alan Crane ran the campaign. He said it added "fizz" to the race.'
    )
    ex = run(text)
    names = [p.name for p in ex.people if p.kind == "person"]
    assert "Hastings" not in names
    assert "Marion Brown" in names


def test_a_name_with_a_place_in_commas_before_a_colon_cue_speaks(run):
    # The tagger reads "Name, from Place, asked of X:" as a reduced relative clause on the name.
    text = (
        "Readers wrote in after the debate.\n\n"
        'Writer Helen Marsh, from East Kent, asked of the war: "How many more must suffer before we learn?"'
    )
    ex = run(text)
    assert _speakers(ex) == ["Helen Marsh"]


def test_reported_speech_of_a_description_with_a_role_and_name_in_commas_is_the_named_person(run):
    text = (
        "The inquiry heard from three officials this week.\n\n"
        "Another official, former special envoy to Peru Tom Garland, changed his own account on Monday to say "
        "he had known about the plan."
    )
    ex = run(text)
    reported = [q for q in ex.quotes if q.kind == "indirect"]
    assert reported and reported[0].speaker is not None and reported[0].speaker.name == "Tom Garland"
