"""Round 23 (aged names): a name given an age in apposition is a person's, wherever it stands in its sentence and
whatever entity type the tagger gave it, also when the age ends the sentence ("a lawsuit from Mohamed Soltan, 32.").

Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract


def _direct(text: str):
    (quote,) = [q for q in extract(text).quotes if q.kind == "direct"]
    return quote


LAWSUIT = (
    "Rights groups have accused Egypt of threatening to weaken its partnership with Washington unless the "
    "administration intervenes to dismiss a lawsuit from Mohamed Soltan, 32. Since the suit was filed by Soltan, "
    "his relatives have been questioned.\n\n"
    '"There is no doubt that the government is holding my cousins hostage," Soltan said this month.\n'
)


def test_a_name_given_an_age_at_the_end_of_a_sentence_is_a_person():
    quote = _direct(LAWSUIT)
    assert quote.speaker is not None
    assert quote.speaker.kind == "person"
    assert quote.speaker.name == "Mohamed Soltan"


def test_an_age_inside_the_sentence_still_names_a_person():
    text = LAWSUIT.replace("Mohamed Soltan, 32.", "Mohamed Soltan, 32, a former student.")
    quote = _direct(text)
    assert quote.speaker is not None and quote.speaker.name == "Mohamed Soltan"


def test_a_number_after_a_place_is_no_age():
    text = 'Flights to Cairo, 12, were cancelled on Monday.\n\n"We are stranded," a traveller said.\n'
    quote = _direct(text)
    assert quote.speaker is None or quote.speaker.name != "Cairo"
