"""Cue verbs' written forms: a one-syllable verb ending in one vowel and one consonant doubles it before -ed
("slammed", "begged", "bragged"), and a verb in -el takes both spellings ("marvelled", "marveled").

Each test runs a short article written for it; the word lists themselves are checked too.
"""

from __future__ import annotations

import pytest

from onrecord.lexicon.cues import CUE_WORD_FORMS, FORM_TO_LEMMA


@pytest.mark.parametrize(
    ("form", "lemma"), [("slammed", "slam"), ("begged", "beg"), ("bragged", "brag"), ("marvelled", "marvel")]
)
def test_doubled_and_british_past_forms_are_cue_words(form, lemma):
    assert form in CUE_WORD_FORMS and FORM_TO_LEMMA[form] == lemma
    assert form.replace(lemma[-1] * 2, lemma[-1]) not in CUE_WORD_FORMS or lemma.endswith("el")  # no "slamed"


def test_a_doubled_past_form_after_a_quotation_names_its_speaker(run):
    text = (
        "Council vote\n\nThe council approved the budget on Monday.\n\n"
        '"This budget abandons the people who need it most," Councillor Ana Ruiz slammed.\n\n'
        '"We asked for one more week," Tom Berg begged. "Just one."\n'
    )
    ex = run(text)
    got = [(q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in ex.quotes]
    assert got == [("Ana Ruiz", "slammed"), ("Tom Berg", "begged"), ("Tom Berg", "begged")]
