"""Round 23 (dash sign-offs): a sign-off that gives the role first and the name after its comma ('"Q" – ISIS
deputy leader, Abu Karim Hassan') names the person after the comma (trial 23 found such a quotation with no
speaker). Every article here was written for these tests.
"""

from __future__ import annotations

import pytest

from onrecord import extract

OPENING = "The group released a new video on Monday.\n\n"


@pytest.mark.parametrize(
    "sign_off",
    [
        "\u2013 ISIS deputy leader, Abu Karim Hassan",
        "\u2014 former minister of finance, Abu Karim Hassan",
        "\u2013 Abu Karim Hassan, the deputy leader, in the video.",
        "\u2014 Abu Karim Hassan",
    ],
)
def test_a_dash_sign_off_names_the_person_in_it(sign_off):
    text = OPENING + f'"We will return to the city and nobody will stop us." {sign_off}\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Abu Karim Hassan"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Abu Karim Hassan"


def test_a_comma_before_lower_case_words_gives_no_name():
    text = OPENING + '"We will return to the city and nobody will stop us." \u2013 the deputy leader, in the video\n'
    (quote,) = extract(text).quotes
    assert quote.speaker is None or quote.speaker.name != "In"
