"""Cues and attribution (round 23): an inverted cue with a rarer verb of saying ("remembers Jane Doe") beats the
running speaker, a parenthetical cue ("It's easy, she says, for ...") is the voice of the quotation after its
sentence, and a document signed or written by people speaks for its signers.

Each test runs a short article written for it.
"""

from __future__ import annotations

import pytest

FARM = (
    "The farm reopened this week. Its manager, Tom Baker, said the herd had grown.\n\n"
    '"We doubled the herd in a year," Baker said. "Nobody expected that."\n\n'
)


def _speaker(ex, start):
    q = next(q for q in ex.quotes if q.text.startswith(start))
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("verb", ["remembers", "reminisces", "confides", "opines", "recollects", "exults"])
def test_an_inverted_rarer_cue_beats_the_running_speaker(run, verb):
    text = FARM + f'"Those goats were so smart," {verb} Jane Doe, coordinator of the programme.\n'
    assert _speaker(run(text), "Those goats") == "Jane Doe"


@pytest.mark.parametrize("verb", ["shrugged", "grinned", "smiled"])
def test_a_manner_tag_beside_a_quotation_names_its_speaker(run, verb):
    text = FARM + f'"It is a good life," Peter Gray {verb}.\n'
    assert _speaker(run(text), "It is a good life") == "Peter Gray"


def test_a_manner_verb_away_from_quotations_is_no_cue(run):
    text = FARM + "Jane Doe smiled at the visitors and opened the gate to the yard.\n"
    assert [q.speaker.name for q in run(text).quotes if q.kind == "direct"] == ["Tom Baker", "Tom Baker"]


def test_a_parenthetical_cue_voices_the_quotation_after_its_sentence(run):
    text = (
        "Maria Lopez has lived on the island for forty years. Her husband, Carlos Ruiz, fishes every morning.\n\n"
        'Ruiz said the catch has been poor. "We need rain," he said.\n\n'
        "It's easy, she says, for people to marvel at the island. \"But they don't know the work.\"\n"
    )
    assert _speaker(run(text), "But they") == "Maria Lopez"


def test_a_document_signed_by_one_person_speaks_for_its_signer(run):
    text = (
        "The governor wrote to the agency on Monday.\n\n"
        '"We expect a reply within a week," said the statement, signed by Gov. Robert King.\n\n'
        '"This cannot continue," reads a letter written by Mayor Susan Park.\n'
    )
    ex = run(text)
    assert _speaker(ex, "We expect") == "Robert King"
    assert _speaker(ex, "This cannot") == "Susan Park"


def test_a_document_signed_by_two_people_speaks_for_the_pair(run):
    text = (
        "Two senators asked the agency to explain its delays.\n\n"
        '"The agency must answer for these failures," says the letter, signed by Senators John Smith and Ann Lee.\n'
    )
    assert _speaker(run(text), "The agency must") == "John Smith and Ann Lee"


def test_a_document_with_no_signer_stays_the_document(run):
    text = 'The agency wrote to the council.\n\n"We will reply in time," said the letter, sent on Friday.\n'
    assert _speaker(run(text), "We will reply") is None


def test_a_plural_title_before_the_signers_keeps_them_in_the_sentence(run):
    text = (
        "Two senators asked the agency to explain its delays.\n\n"
        '"The agency must answer for these failures," says the letter, signed by Sens. John Smith and Ann Lee.\n'
    )
    assert _speaker(run(text), "The agency must") == "John Smith and Ann Lee"


def test_plural_title_abbreviations_are_one_token():
    from onrecord.nlp import load_nlp

    doc = load_nlp()("The bill was backed by Sens. Jane Doe and John Roe and by Reps. Ann Lee and Bo Kim.")
    assert "Sens." in [t.text for t in doc] and "Reps." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
