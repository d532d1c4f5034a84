"""A paragraph that ends a sentence ends it for the parser too (``nlp.paragraph_starts``). Short articles written
for these tests."""

from __future__ import annotations

QUOTE_ENDS = (
    'The harbour master spoke first on Friday. "The boats are safe tonight."\n\n'
    "Peter Wick thought the storm would pass the bay by noon.\n"
)


def _sentences(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_a_paragraph_ending_in_a_closing_mark_ends_its_sentence_there(pipeline):
    sents = _sentences(pipeline.nlp(QUOTE_ENDS))
    assert '"The boats are safe tonight."' in sents  # the closing mark stays with its sentence
    assert "Peter Wick thought the storm would pass the bay by noon." in sents


def test_a_blanked_line_between_two_paragraphs_is_still_a_break(pipeline):
    text = 'Nora Lind said the plan was "a mistake."\n                    \nTom Ash wants it built.\n'
    sents = _sentences(pipeline.nlp(text))
    assert sents[-1] == "Tom Ash wants it built."
    assert not any("\n" in s for s in sents)


def test_a_line_without_a_stop_is_left_to_the_parser(pipeline):
    text = 'The treasurer added:\n\n"We will not raise the tax this year."\n'
    doc = pipeline.nlp(text)
    first_mark = next(t for t in doc if t.text == '"')
    assert not first_mark.is_sent_start  # a colon's paragraph leads into the quotation after it


def test_each_offset_of_the_text_holds(pipeline):
    doc = pipeline.nlp(QUOTE_ENDS)
    assert doc.text == QUOTE_ENDS
