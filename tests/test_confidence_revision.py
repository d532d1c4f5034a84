"""The confidence stage's revision: which facts about a quotation it reads (short articles written for the test)."""

from dataclasses import replace

import pytest

from onrecord.model import Article

TEXT = (
    "Harbour board closes pier\n\n"
    "The north pier at Lowmouth will close for repairs in March.\n\n"
    '"The deck has rotted through in several places," the Lowmouth harbour board said in a statement.\n\n'
    '"Boats will use the south pier until May."\n\n'
    '"We are sorry for the trouble," said Dana Whitfield, the harbour master.'
)


def test_a_quotation_without_a_cue_of_its_own_is_marked_no_cue(pipeline):
    from onrecord.pipeline.stages.confidence import resolution_features

    quotes = pipeline(Article(text=TEXT)).quotes
    feats = [resolution_features(q) for q in quotes]
    assert [f["no_cue"] for f in feats] == [0.0, 1.0, 0.0]  # the second quotation continues the first


def test_the_no_cue_weight_lowers_only_the_quotations_without_a_cue(pipeline):
    from onrecord.pipeline.stages.attribution.scorer import load_model, using_model
    from onrecord.pipeline.stages.confidence import RESOLUTION_FEATURES

    base = replace(load_model(), resolution=None)
    neutral = [1.0 if n == "logit" else 0.0 for n in RESOLUTION_FEATURES]
    no_cue = [-3.0 if n == "no_cue" else w for n, w in zip(RESOLUTION_FEATURES, neutral, strict=True)]
    with using_model(replace(base, resolution={"weights": neutral, "intercept": 0.0})):
        before = [q.confidence for q in pipeline(Article(text=TEXT)).quotes]
    with using_model(replace(base, resolution={"weights": no_cue, "intercept": 0.0})):
        after = [q.confidence for q in pipeline(Article(text=TEXT)).quotes]
    assert after[0] == pytest.approx(before[0], abs=2e-3) and after[2] == pytest.approx(before[2], abs=2e-3)
    assert after[1] < before[1] - 0.1


def test_the_shipped_revision_reads_a_missing_cue_as_less_sure():
    from onrecord.pipeline.stages.attribution.scorer import load_model
    from onrecord.pipeline.stages.confidence import RESOLUTION_FEATURES

    weights = dict(zip(RESOLUTION_FEATURES, load_model().resolution["weights"], strict=True))
    assert weights["no_cue"] < 0


RELAYED = (
    'Ann Lee met voters in Dover on Monday.\n\nLee told them: "We will win the county," the Harbor Gazette reported.'
)


def test_the_revision_reads_the_speaker_the_medium_relay_settles(pipeline):
    # The medium stage gives words a publication relays to the person named saying them; the confidence is
    # revised after it, so the weight of a speaker left unresolved (the publication, no person, before the relay)
    # does not lower a quotation that ends up a named person's.
    from onrecord.pipeline.stages.attribution.scorer import load_model, using_model
    from onrecord.pipeline.stages.confidence import RESOLUTION_FEATURES

    base = replace(load_model(), resolution=None)
    neutral = [1.0 if n == "logit" else 0.0 for n in RESOLUTION_FEATURES]
    unresolved = [-5.0 if n == "unnamed" else w for n, w in zip(RESOLUTION_FEATURES, neutral, strict=True)]
    with using_model(replace(base, resolution={"weights": neutral, "intercept": 0.0})):
        before = pipeline(Article(text=RELAYED)).quotes
    with using_model(replace(base, resolution={"weights": unresolved, "intercept": 0.0})):
        after = pipeline(Article(text=RELAYED)).quotes
    assert [q.speaker.name for q in after] == ["Ann Lee"]
    assert after[0].confidence == pytest.approx(before[0].confidence, abs=2e-3)
