"""Features of the speaker ranker's candidates (issue 11): each a general signal, each on a short article
written for the test."""

import pytest

from ranker_candidates import candidate_features, shipped_weights


@pytest.fixture(scope="module")
def candidates_of(pipeline):
    """text -> per quote, {mention text: features} of its candidates (``ranker_candidates.candidate_features``)."""
    return lambda text: candidate_features(pipeline, text)


_model_weights = shipped_weights


def test_paragraphs_since_the_last_mention_and_how_often_a_name_stood_before(candidates_of):
    quiet = (
        "\u201cWe start the hearing now,\u201d Ann Lee said.\n\n"
        "The room was full by nine.\n\n"
        "The fans waited outside in the rain.\n\n"
        "Tom Bell arrived late. \u201cThe vote must wait until the evening.\u201d"
    )
    named_again = quiet.replace("The fans waited", "Lee waved at the fans, who waited")
    far = candidates_of(quiet)[1]
    near = candidates_of(named_again)[1]
    lee_far = next(f for m, f in far.items() if "Lee" in m)
    lee_near = next(f for m, f in near.items() if "Lee" in m)
    bell = next(f for m, f in far.items() if "Bell" in m)
    assert lee_far.get("last_mention_gap") == 1.0  # three paragraphs (the cap) since "Ann Lee"
    assert lee_near.get("last_mention_gap") == pytest.approx(1 / 3)  # "Lee waved" one paragraph before
    assert lee_near["mentions_before"] > lee_far["mentions_before"]
    assert not bell.get("last_mention_gap")  # named in the quotation's own paragraph


def test_the_shipped_model_reads_the_new_signals_the_way_the_language_does():
    # Learned, not set by hand: a speaker the story has not named for paragraphs is less likely to speak now.
    # A retrain that flipped the sign would mean the feature no longer says what its test says it computes.
    assert _model_weights()["last_mention_gap"] < 0


def test_whole_word_offsets_match_the_regular_expression_they_replace():
    import re

    from onrecord.pipeline.stages.attribution.candidates import _whole_word_at

    text = "Trump, Trumpet and Trump's aide; O'Brien met O'Briens. _Lee Lee_ Lee-Ann Lee. Éva Évan Éva"
    for word in ("Trump", "O'Brien", "Lee", "Lee-Ann", "Éva", "Mr.", "Ann"):
        expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        assert _whole_word_at(text, word) == expected, word
    assert _whole_word_at(text, "Lee") == [text.index("Lee-Ann"), text.index("Lee.")]


def test_the_sentence_before_a_quote_is_read_once_per_quote(monkeypatch):
    # Each candidate's features ask who speaks in the sentence before the quote and whether it holds a speech
    # verb; the answers depend on the quote alone, so they are read once per quote, not once per candidate.
    import onrecord
    from onrecord.pipeline.stages.attribution.candidates import CandidateFinder

    asked: list[int] = []
    real = CandidateFinder._find_prev_subject

    def counting(self, k):  # type: ignore[no-untyped-def]
        asked.append(k)
        return real(self, k)

    monkeypatch.setattr(CandidateFinder, "_find_prev_subject", counting)
    text = (
        'Ann Lee chairs the board. "We will sell," Lee said. "The offer is fair."\n\n'
        'Tom Bell runs the union. He called the offer an insult. "We will strike," he said.\n\n'
        '"Nobody wants that," Lee said later.'
    )
    ex = onrecord.extract(text)
    assert len([q for q in ex.quotes if q.kind == "direct"]) >= 4
    assert asked and len(asked) == len(set(asked))
    speakers = {q.text: q.speaker.name for q in ex.quotes if q.speaker is not None}
    assert speakers.get("We will strike,") == "Tom Bell" and speakers.get("We will sell,") == "Ann Lee"


def test_a_person_named_in_the_third_person_inside_the_quotation_is_marked(candidates_of):
    text = (
        "Mara Quist filed the suit on Monday. Town leader Ivo Brenn called it \u201cnoise\u201d.\n\n"
        "Quist said the town had broken its word.\n\n"
        "\u201cIf Quist thinks she can bully this town, she will lose.\u201d"
    )
    last = candidates_of(text)[-1]
    quist = [f for m, f in last.items() if "Quist" in m]
    assert quist and all(f.get("named_in_quote") == 1.0 for f in quist)
    assert all(not f.get("named_in_quote") for m, f in last.items() if "Quist" not in m)
    # Learned: a speaker seldom gives their own surname in their words (a retrain that flipped it would mean the
    # feature no longer says what this test says it computes).
    assert _model_weights()["named_in_quote"] < 0


def test_a_name_of_one_gender_clashes_with_a_pronoun_of_the_other_at_a_cue(candidates_of):
    # Round 23: 'He apologized for having to "crash this party"' after quotations of a woman carried on by the
    # running speaker; the running woman's candidate clashes with the "He" at the quotation's own cue.
    text = (
        "The gala ended with a long talk by Michelle Rowan. \u201cThis year was hard,\u201d Michelle said.\n\n"
        "He apologized to the guests for having to \u201ccrash this party,\u201d before thanking his wife."
    )
    last = candidates_of(text)[-1]
    michelle = next(f for m, f in last.items() if "Michelle" in m)
    he = next(f for m, f in last.items() if m == "He")
    assert michelle.get("gender_clash") == 1.0
    assert not he.get("gender_clash")
    same = candidates_of(text.replace("He apologized", "She apologized").replace("his wife", "her husband"))[-1]
    assert not next(f for m, f in same.items() if "Michelle" in m).get("gender_clash")


def test_the_shipped_model_penalises_a_gender_clash():
    # Round 24: a clash also takes away the main person's salience ("main_person" is 0 for a clashing candidate,
    # tests/test_r24_ranker_roles.py), so the learned penalty of a clash is the sum of both for the story's main
    # person; the clash alone no longer needs a weight of its own (learned near 0) and must not turn into a bonus.
    w = _model_weights()
    assert w["gender_clash"] - w["main_person"] < 0
    assert w["gender_clash"] < 0.1
