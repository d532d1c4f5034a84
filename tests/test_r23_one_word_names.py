"""Round 23 (one-word names): a capitalised word the tagger reads as a common noun, standing mid-sentence as the
subject of a cue and never written in lower case, is a name ('"He cries every time," Yohannes said.').

English capitalises a common noun only at a sentence's start. Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract

CENTRE = (
    "Relatives of the missing gathered at a crisis centre in the port city on Monday.\n\n"
    "Yohannes and his wife were at the centre awaiting news of her brother, Herumanto Tanus, and two of his "
    "children who were on board the flight.\n\n"
    '"He cries every time he watches the news," Yohannes said.\n'
)


def test_a_one_word_name_read_as_a_noun_is_a_person():
    (quote,) = extract(CENTRE).quotes
    assert quote.speaker is not None
    assert quote.speaker.kind == "person" and quote.speaker.name == "Yohannes"


def test_a_group_noun_after_a_quote_stays_an_unnamed_group():
    text = CENTRE.replace("Yohannes said", "officials said")
    (quote,) = extract(text).quotes
    assert quote.speaker is None or quote.speaker.kind != "person" or quote.speaker.name is None


def test_a_word_the_text_also_writes_in_lower_case_is_no_name():
    text = CENTRE.replace("Relatives of the missing", "Witnesses and relatives of the missing").replace(
        "Yohannes said", "Witnesses said"
    )
    text = text.replace("on Monday.", "on Monday, and witnesses wept.")
    (quote,) = extract(text).quotes
    assert quote.speaker is None or quote.speaker.name != "Witnesses"
