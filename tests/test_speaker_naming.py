"""The final name of a speaker: the right person named in the form the article gives (issue 11).

Each article here is a short one written for the test; each stands for a kind of naming error counted on
the readable halves of the gold sets (extra5 and the tune halves of news.dev, extra.dev, extra2.dev and
extra3.dev).
"""


def _speakers(ex):
    return [q.speaker.name if q.speaker is not None else None for q in ex.quotes]


def test_a_capitalised_role_before_a_first_name_and_surname_is_not_part_of_the_name(run):
    text = (
        "The fire started after midnight. Firefighter Rowan Castellano, who went in first, said the smoke was thick. "
        '"We could not see our own hands," he said.'
    )
    ex = run(text)
    assert _speakers(ex) == ["Rowan Castellano", "Rowan Castellano"]


def test_a_noun_glued_before_a_first_name_is_not_part_of_the_name(run):
    text = (
        "Veteran Wall Streeter Marta Quillfeather has three tips for advisers.\n\n"
        'The biggest reason advisers get fired, writes Quillfeather, is "a lack of communication."'
    )
    ex = run(text)
    assert _speakers(ex) == ["Marta Quillfeather"]


def test_names_led_by_a_word_that_is_no_first_name_stay_whole_when_longer(run):
    # Four words: no first name plus one surname, so the name is kept as written.
    ex = run('Aung San Suu Kyi told reporters: "We will keep working."')
    assert _speakers(ex) == ["Aung San Suu Kyi"]
