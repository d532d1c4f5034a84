"""The medium stage splits each paragraph into sentences once, not once per quotation (trial 10 M12: a
300,000-character paragraph of reported speech ran past the 120 s budget, quadratic in the quotations)."""

import onrecord
from onrecord.pipeline.stages import medium


def test_a_long_paragraph_is_split_into_sentences_once_per_use(monkeypatch):
    calls = []
    real = medium._sentences

    def counting(text, lo, hi):
        calls.append((lo, hi))
        return real(text, lo, hi)

    monkeypatch.setattr(medium, "_sentences", counting)
    text = "The council said it would meet again. " * 400  # one paragraph, 400 cued reported clauses
    ex = onrecord.extract(text)
    assert len([q for q in ex.quotes if q.kind == "indirect"]) >= 300
    # once to collect the medium cues, once to place the quotations' cues: never once per quotation
    assert len(calls) <= 2 * len(set(calls))
    assert len(set(calls)) == 1


def test_the_cue_sentence_still_gives_the_medium_in_a_long_paragraph():
    filler = "The council said it would meet again. " * 50
    text = filler + "The mayor told BBC Radio 4 that the budget was safe. " + filler
    ex = onrecord.extract(text)
    told = [q for q in ex.quotes if q.text.startswith("the budget was safe")]
    assert told and told[0].medium == "radio"
    assert all(q.medium is None for q in ex.quotes if q.text.startswith("it would meet"))
