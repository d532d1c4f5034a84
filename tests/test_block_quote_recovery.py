"""A block quotation whose opening mark was lost (trial 4 F12): a paragraph after one that ends in a
colon, closed by a mark at its end, is one direct quotation of the whole paragraph."""

from onrecord import extract

BLOCK = "We have lost everything here. The water came in the night and nobody was ready for it."


def article(intro: str, block: str) -> str:
    return (
        "Mayor Anna Berg visited the flooded district on Monday, two days after the river broke its banks.\n\n"
        f"{intro}\n\n{block}\n\nRepairs to the embankment will start next week, the council said."
    )


def test_a_block_after_a_colon_with_only_its_closing_mark_is_one_direct_quotation():
    text = article("She told the local radio station:", BLOCK + "\u201d")
    direct = [q for q in extract(text).quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert text[q.start : q.end] == BLOCK and q.text == BLOCK
    assert q.speaker is not None and q.speaker.name == "Anna Berg"


def test_a_straight_closing_mark_works_too_and_offsets_hold():
    text = article("According to the mayor, speaking to reporters:", BLOCK + '"')
    [q] = [q for q in extract(text).quotes if q.kind == "direct"]
    assert text[q.start : q.end] == BLOCK


def test_no_colon_or_a_mark_inside_the_paragraph_recovers_nothing():
    for intro, block in (
        ("She spoke to the local radio station.", BLOCK + "\u201d"),  # no colon: a stray mark
        ("She told the local radio station:", BLOCK + "\u201d and then she left the district."),  # not its end
    ):
        text = article(intro, block)
        assert not any(q.text.startswith("We have lost") for q in extract(text).quotes), intro


def test_an_ordinary_quotation_after_a_colon_is_unchanged():
    text = article("She told the local radio station:", "\u201c" + BLOCK + "\u201d")
    [q] = [q for q in extract(text).quotes if q.kind == "direct"]
    assert q.text == BLOCK and text[q.start - 1] == "\u201c"
