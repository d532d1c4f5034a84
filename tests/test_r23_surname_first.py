"""Round 23 (surname first): "Mr Ng" or "Mr. Lee" joins the full name that opens with that word ("Ng Yat Chung",
"Lee Hsien Loong": Chinese, Korean and Vietnamese names put the surname first) when no full name ends with it;
only after a title, and never when the full name's last word is used alone as its surname.

Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract

FIRST = (
    "The defence chief, Tan Wei Ming, visited the new base on Friday and met its commanders.\n\n"
    '"The base will make the region safer," Mr Tan said.\n\n'
    '"It opens next year," Mr. Tan added.'
)

WESTERN = (
    "Lee Carver, a farmer, spoke at the meeting on Friday.\n\n"
    '"The water is running out," Carver said.\n\n'
    '"We need a new dam," Mr. Lee said.'
)


def _by_quote(text: str) -> dict[str, str | None]:
    ex = extract(text)
    return {q.text.strip(",. "): (q.speaker.name if q.speaker else None) for q in ex.quotes if q.kind == "direct"}


def test_title_and_first_word_join_the_full_name() -> None:
    said = _by_quote(FIRST)
    assert said["The base will make the region safer"] == "Tan Wei Ming"
    assert said["It opens next year"] == "Tan Wei Ming"
    assert [p.name for p in extract(FIRST).people if p.kind == "person"] == ["Tan Wei Ming"]


def test_a_given_name_whose_surname_is_used_alone_stays_apart() -> None:
    said = _by_quote(WESTERN)
    assert said["The water is running out"] == "Lee Carver"
    assert said["We need a new dam"] != "Lee Carver"
