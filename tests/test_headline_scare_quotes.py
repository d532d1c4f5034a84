"""A word or short phrase in marks in a headline (trial 8, M1: "Xbox power cable 'fire fear'") is a scare
quote, not somebody's quotation: a headline is no sentence, and the cue of the first sentence below it
does not govern it. A headline that says whose words they are (a colon frame, a verb of its own) keeps
its quotation. Every article is a short one written for the test."""

BODY = (
    "\n\nThe maker has said it will replace 14 million power cables for its consoles. "
    "Robert Bach, the head of the games division, said the cables could overheat.\n\n"
    '"We take safety very seriously," said Mr Bach.\n'
)


def _in_headline(ex, headline):
    """The quotations in marks found in the headline (a reported clause around one is reported speech)."""
    return [q for q in ex.quotes if q.end <= len(headline) and q.kind != "indirect"]


def test_a_short_phrase_in_marks_in_a_headline_is_no_ones_quotation(run):
    for headline in ("Games console power cable 'fire fear'", "Console maker's \u201cmassive\u201d cable recall"):
        text = headline + BODY.replace("The maker has said", "Robert Bach has said", 1)
        ex = run(text, title=headline)
        assert not _in_headline(ex, headline), [(q.text, q.speaker) for q in ex.quotes]
        assert any(q.speaker and q.speaker.name == "Robert Bach" for q in ex.quotes if q.kind == "direct")


def test_a_headline_that_says_whose_words_they_are_keeps_the_quotation(run):
    for headline, words in (
        ("Bach: cable recall 'the right call'", "the right call"),
        ("Bach admits cables were a 'serious flaw'", "serious flaw"),
    ):
        ex = run(headline + BODY, title=headline)
        (q,) = _in_headline(ex, headline)
        assert words in q.text and q.speaker is not None and q.speaker.name == "Robert Bach"


def test_the_same_phrase_in_a_sentence_under_a_cue_stays_a_partial_quotation(run):
    text = "Cable recall\n\nRobert Bach said the recall was 'the right call' for the company.\n"
    ex = run(text, title="Cable recall")
    (q,) = [q for q in ex.quotes if q.kind == "partial"]  # the phrase, or the mixed quote holding it
    assert "the right call" in q.text and q.speaker is not None and q.speaker.name == "Robert Bach"
