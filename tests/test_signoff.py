"""A dash sign-off on a line of its own under a quotation names its speaker (trial 4 F5)."""

import pytest

from onrecord import extract
from onrecord.text.signoff import signoff_name

QUOTE = '"We will always welcome people who flee war and hardship, whatever it costs us."'


def only_quote(text: str):
    [q] = [q for q in extract(text).quotes if q.kind == "direct"]
    return q


@pytest.mark.parametrize(
    "layout",
    [
        "The harbour town prepared for the new arrivals.\n\n{q}\n\n{line}\n\nVolunteers set up tents.",
        "The harbour town prepared.\nVolunteers set up tents.\nBuses came.\n{q}\n{line}\nThe tents filled up.",
    ],
)
@pytest.mark.parametrize(
    "line", ["\u2013 Maria Santos, Mayor of Pärnu", "\u2014 Maria Santos (mayor)", "-- Maria Santos", "- Maria Santos"]
)
def test_a_sign_off_line_under_a_quotation_names_its_speaker(layout: str, line: str) -> None:
    text = layout.format(q=QUOTE, line=line)
    q = only_quote(text)
    assert q.speaker is not None and q.speaker.name == "Maria Santos", (line, q.evidence)
    assert q.speaker_mention is not None and text[q.speaker_mention.start : q.speaker_mention.end] == "Maria Santos"
    assert q.evidence == "dash"


@pytest.mark.parametrize(
    "line",
    [
        "- The council will vote on the plan in May",  # a list item: a sentence, not a name
        "\u2013 Maria Santos said the tents were ready",  # a verb after the name: a sentence
        "\u2014 Reuters",  # one word: a credit line
    ],
)
def test_a_dash_line_that_is_no_sign_off_names_nobody(line: str) -> None:
    text = f"The harbour town prepared for the new arrivals.\n\n{QUOTE}\n\n{line}\n\nVolunteers set up tents."
    q = only_quote(text)
    assert q.evidence != "dash" and (q.speaker is None or q.speaker.name != "Maria Santos")


def test_the_sign_off_must_follow_the_quotation_s_own_line() -> None:
    text = (
        f"The harbour town prepared for the new arrivals.\n\n{QUOTE} Officials agreed with the plan.\n\n"
        "\u2013 Maria Santos, Mayor of Pärnu\n\nVolunteers set up tents."
    )
    assert only_quote(text).evidence != "dash"  # the quotation does not end its line: the line signs no quote


def test_signoff_name_span() -> None:
    text = "x\n\u2013 Jean de la Fontaine, poet\n"
    lo, hi = 2, len(text) - 1
    s, e = signoff_name(text, lo, hi)
    assert text[s:e] == "Jean de la Fontaine"
    assert signoff_name("\u2013 jean fontaine", 0, 15) is None
