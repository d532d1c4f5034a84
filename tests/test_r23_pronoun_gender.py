"""Round 23 (pronoun gender): a "he" or "she" never resolves to a person whose first name (gender-guesser's table)
or the gender the text showed says otherwise, on every path a pronoun speaker takes: the speaker of the quotation
before, the subject of its sentence, the ranking.

Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract

CARRIED = (
    "Daniel Okafor was upbeat about the vote on Thursday. Helen Marsh attacked him over the budget at a rally in "
    'the square. "She was the worst we ever had," he said. "She was impossible," he said.'
)

SUBJECT = (
    "Daniel Okafor opened the hall on Monday. Later, Helen Marsh criticised the council in a speech. "
    "Helen Marsh said that he would lose the seat in May."
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    ex = extract(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in ex.quotes if q.kind == "direct"]


def test_he_after_a_woman_s_words_is_not_hers() -> None:
    said = _speakers(CARRIED)
    assert said, "both quotations are found"
    assert all(name != "Helen Marsh" for _, name in said)
    assert all(name == "Daniel Okafor" for _, name in said)


def test_he_in_a_woman_s_sentence_is_not_her() -> None:
    ex = extract(SUBJECT)
    marsh = next(p for p in ex.people if p.name == "Helen Marsh")
    assert not any(m.text == "he" for m in marsh.mentions)
    assert marsh.gender != "male"
