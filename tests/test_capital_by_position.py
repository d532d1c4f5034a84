"""A one-word "name" capitalised only because it opens a line, a sentence or a clause after a colon ("Correction:
An earlier version ... stated", "Gusts reached 90mph") is a word, not a person (``table._capital_only_from_position``);
a name written with a capital inside a sentence stays one. Short articles written for these tests."""


def _names(ex):
    return {p.name for p in ex.people}


def test_a_label_word_opening_a_line_is_no_speaker(run):
    text = (
        "Rally moved to Akron\n\n"
        "Senator Paul Dorn held a rally in Akron on Saturday, his campaign said.\n\n"
        "Correction: An earlier version of this story stated the rally was in Dayton."
    )
    ex = run(text)
    assert "Correction" not in _names(ex)
    assert all(q.speaker is None or q.speaker.name != "Correction" for q in ex.quotes)


def test_a_one_word_name_inside_a_sentence_stays_a_person(run):
    text = (
        "Singer returns\n\n"
        "The crowd cheered when Zuleika walked on stage. Zuleika said she had missed performing in the city."
    )
    ex = run(text)
    assert any(q.speaker is not None and q.speaker.name == "Zuleika" for q in ex.quotes)
