"""A paragraph that ends a sentence ends it for the parser too (``nlp.paragraph_starts``). Short articles written
for these tests."""

from __future__ import annotations

import onrecord
from onrecord.nlp import paragraph_starts

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


def test_the_title_line_ends_its_sentence_and_the_lead_keeps_its_reported_speech(pipeline):
    # trial 16: a headline with no full stop ran into the lead, whose reported speech was then lost.
    text = "Storm hits coast\n\nThe bridge will reopen in June, Mayor Lena Holt said.\n"
    sents = _sentences(pipeline.nlp(text))
    assert sents[0] == "Storm hits coast" and sents[1].startswith("The bridge")
    quotes = onrecord.extract(text).quotes
    assert [(q.kind, q.text, q.speaker.name) for q in quotes] == [
        ("indirect", "The bridge will reopen in June", "Lena Holt")
    ]


def _forced_start(pipeline, text: str, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``paragraph_starts`` alone (no parser) makes ``word``'s first token open a sentence."""
    doc = paragraph_starts(pipeline.nlp.make_doc(text))
    return next(t for t in doc if t.idx == text.index(word)).is_sent_start is True


def test_only_a_short_first_line_set_off_by_a_blank_line_counts_as_a_title(pipeline):
    assert _forced_start(pipeline, "Storm hits coast\n\nThe bridge will reopen.\n", "The bridge")
    assert not _forced_start(pipeline, "Storm hits coast\nThe bridge will reopen.\n", "The bridge")
    assert not _forced_start(pipeline, "The mayor told reporters:\n\nThe bridge will reopen.\n", "The bridge")
    long_line = (  # 21 words: longer than a headline
        "The council leader told reporters on Monday after a long and difficult"
        " meeting of the full council about the old bridge"
    )
    assert not _forced_start(pipeline, long_line + "\n\nthat it opens soon.\n", "that it")
    second = "It rained.\n\nStorm hits coast\n\nThe bridge will reopen.\n"
    assert not _forced_start(pipeline, second, "The bridge")  # only the text's first line is its title
