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
    # once to collect the medium cues; the quotations' cues are placed in the same split
    assert len(calls) == len(set(calls)) == 1


def test_the_cue_sentence_still_gives_the_medium_in_a_long_paragraph():
    filler = "The council said it would meet again. " * 50
    text = filler + "The mayor told BBC Radio 4 that the budget was safe. " + filler
    ex = onrecord.extract(text)
    told = [q for q in ex.quotes if q.text.startswith("the budget was safe")]
    assert told and told[0].medium == "radio"
    assert all(q.medium is None for q in ex.quotes if q.text.startswith("it would meet"))


def test_each_sentence_is_read_for_its_medium_once(monkeypatch):
    # The quotations' own cue sentences were read again after the article's sentences had all been read (the
    # medium patterns run twice on them); the sentences that name nothing are remembered as such.
    read = []
    real = medium._medium_in

    def counting(narrative, sentence, context):
        read.append(sentence)
        return real(narrative, sentence, context)

    monkeypatch.setattr(medium, "_medium_in", counting)
    text = (
        "The mayor told BBC Radio 4 that the budget was safe.\n\n"
        '"We will build the bridge," the mayor said on Monday. "It is paid for."\n\n'
        "The council said it would meet again. Its leader wrote on Facebook that she agreed.\n"
    )
    ex = onrecord.extract(text)
    assert len(read) == len(set(read)) >= 4
    assert {q.medium for q in ex.quotes if "agreed" in q.text} == {"facebook"}
    assert [q.medium for q in ex.quotes if "budget" in q.text] == ["radio"]
