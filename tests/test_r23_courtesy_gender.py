"""Round 23 (courtesy gender): "Mrs Fenwick" among several people of that surname goes to the one whose own first
name is a woman's, before one whose first name tells no gender.

Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract

FAMILY = 'Robin Fenwick and Julia Fenwick run the club together.\n\n"We will open on Sunday," Mrs Fenwick said.'


def test_mrs_goes_to_the_woman_s_first_name() -> None:
    ex = extract(FAMILY)
    (quote,) = [q for q in ex.quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.name == "Julia Fenwick"
    robin = next(p for p in ex.people if p.name == "Robin Fenwick")
    assert robin.gender != "female"
