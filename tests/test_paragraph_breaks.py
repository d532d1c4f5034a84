"""A sentence never runs over a paragraph break, whatever the parse says (a tester's finding: a voter's quotation
after "said ... :" went to "the candidate" of the paragraph before, whose subject the parser lent the cue).

And a kept sentence that opens with he/she keeps the sentence before it for the parser: its referent is named
there (the tester's "He" of a columnist's claim about a senator resolved to the man the piece is about).
Short articles written for these tests.
"""

from __future__ import annotations

from onrecord.pipeline.stages.attribution import tokens

BREAK = (
    "Voters in Marlow County have picked the winner of every race since 1956.\n\n"
    "The registered voters lean left, and only a strong candidate can carry the county for the right.\n\n"
    "For many, that candidate is Doyle. 81-year-old Ruth Calder, a retired teacher who voted for both parties, "
    "said that given the field on both sides:\n\n"
    '"There is only one choice for me. He pays his own way and owes nobody a favour."\n'
)


def test_a_cue_takes_no_subject_from_the_paragraph_before(run):
    ex = run(BREAK)
    q = next(q for q in ex.quotes if q.text.startswith("There is only one"))
    assert q.speaker is not None and q.speaker.name == "Ruth Calder", (q.speaker, q.speaker_mention)


def test_across_paragraphs_reads_the_text_between_two_tokens(pipeline):
    doc = pipeline.nlp("Ann spoke.\n\nBen said so.")
    ann, ben = doc[0], doc[4]
    assert ben.text == "Ben"
    assert tokens.across_paragraphs(ann, ben) and tokens.across_paragraphs(ben, ann)
    assert not tokens.across_paragraphs(doc[4], doc[5])


PRONOUN = (
    "Tom Baker, the mayor, opened the debate on the budget on Monday.\n\n"
    "Baker spoke for an hour about roads and schools and the harbour.\n\n"
    "Who else was there? Oh yes, Nora Lindqvist, the treasurer. She thinks that the harbour plan will "
    "double the town's debt.\n"
)


def test_a_pronoun_opening_a_kept_sentence_keeps_its_referent_parsed(run):
    ex = run(PRONOUN)
    said = [q for q in ex.quotes if "harbour plan" in q.text]
    assert said, [q.text for q in ex.quotes]
    assert said[0].speaker is not None and said[0].speaker.name == "Nora Lindqvist", said[0].speaker


BULLETS = (
    "Rare pennies draw collectors\n"
    "Collectors across the country are hunting for rare pennies with a minting error\n"
    "According to the coin blog Mintwatch, two batches of pennies struck in 2014 carry the error\n"
    "Only nine pairs have been found so far, leaving thousands out there\n"
    "Typically, every coin carries its own mark, but the mint made a mistake in one of its presses.\n"
)


def test_reported_speech_after_according_to_stops_at_a_caption_lines_end(run):
    # Summary bullets and captions carry no full stop: the parser runs the sentence into the next line.
    ex = run(BULLETS)
    said = [q for q in ex.quotes if q.text.startswith("two batches")]
    assert said, [q.text for q in ex.quotes]
    assert "\n" not in said[0].text and said[0].text.endswith("carry the error"), said[0].text
