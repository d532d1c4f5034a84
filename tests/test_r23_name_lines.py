"""Round 23 (name lines): a person the body calls by surname only takes the full name a line of its own gives
(a book list's author line, a profile's name heading), as a headline's fuller name is taken (issue 11 kind 1).

Every article here was written for these tests.
"""

from __future__ import annotations

from onrecord import extract

BOOK_LIST = (
    "BOOKS FOR THE HOLIDAYS\n\n"
    "Winter Harbor\n\n"
    "Margaret Ellison\n\n"
    "Riverside Press, $16.99; ages 10 and up\n\n"
    "Ellison won the Harbor Prize for this memoir in verse. It begins with Ellison's childhood by the sea. "
    '"I am born on a Tuesday in a grey town by the water," she writes. A wonderful model for young readers.\n'
)


def test_a_surname_takes_the_full_name_of_its_author_line():
    (quote,) = extract(BOOK_LIST).quotes
    assert quote.speaker is not None and quote.speaker.name == "Margaret Ellison"
    # offsets stay the text's: the line is no mention, the body's surname is
    starts = [m.start for m in quote.speaker.mentions]
    assert all(BOOK_LIST[m.start : m.end] == m.text for m in quote.speaker.mentions)
    assert BOOK_LIST.index("Margaret Ellison") not in starts


def test_two_name_lines_with_one_surname_leave_the_surname_alone():
    text = BOOK_LIST.replace("Riverside Press", "Tom Ellison\n\nRiverside Press")
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Ellison"


def test_a_line_that_is_no_name_gives_nothing():
    text = BOOK_LIST.replace("Margaret Ellison\n\n", "Harbor Ellison\n\n")
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Ellison"
