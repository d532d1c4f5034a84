"""Issue 11, generalising: behaviours added for text no rule was written against.

Every article here is a short one written for the test.
"""

import math
from dataclasses import replace

import pytest

from conftest import separable_rows, speaker_of


def test_a_person_introduced_speaking_after_a_quote_takes_the_next_quote(run):
    # Lost paragraph breaks: the next quote follows a sentence in which a new person speaks.
    text = (
        'Union leader Ann Lee said the strike would go ahead. "Most of our members work unpaid '
        'overtime every week," Ms Lee said. Bank spokesman Tom Bell says the walkout is unjustified. '
        '"We have an eight per cent pay rise on the table for every member of staff."'
    )
    ex = run(text)
    assert "Lee" in speaker_of(ex, "unpaid overtime").name
    assert speaker_of(ex, "eight per cent").name == "Tom Bell"


def test_a_split_quote_still_carries_its_speaker_over(run):
    # The same voice: the cue between the pieces names the speaker already carried.
    text = (
        '"We have waited long enough," Ann Lee said. "The members want an answer this week."\n\nThe bank did not reply.'
    )
    ex = run(text)
    assert [q.speaker.name for q in ex.quotes] == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    "description",
    ["A top aide to Mayor Hillary Dunn", "A lawyer for Mayor Hillary Dunn", "Mayor Hillary Dunn's spokesman"],
)
def test_a_description_naming_a_person_as_its_complement_is_someone_else(run, description):
    text = f'Mayor Hillary Dunn opened the bridge on Monday. {description} called the protest "a stunt" on Tuesday.'
    q = run(text).quotes[0]
    assert q.speaker is not None and q.speaker.kind == "unnamed"
    assert q.speaker.name is None
    assert q.speaker.descriptors == [description]


def test_a_description_with_the_name_in_apposition_is_still_that_person(run):
    ex = run('Mayor Hillary Dunn opened the bridge. The mayor\'s deputy, Carl Osei, called it "a stunt".')
    assert ex.quotes[0].speaker.name == "Carl Osei"


def test_the_confidence_stage_applies_the_models_resolution_revision(pipeline):
    from onrecord.model import Article
    from onrecord.pipeline.stages.attribution.scorer import load_model, using_model
    from onrecord.pipeline.stages.confidence import RESOLUTION_FEATURES

    text = (
        '"The budget is ready," Maria Lopez said.\n\n'
        '"We will not sign it," the Harbour Workers Union said in a statement.'
    )
    base = replace(load_model(), resolution=None)
    with using_model(base):
        before = pipeline(Article(text=text))
    # A revision that trusts organisations far less and leaves everything else as it was.
    weights = [1.0 if n == "logit" else (-6.0 if n == "organisation" else 0.0) for n in RESOLUTION_FEATURES]
    with using_model(replace(base, resolution={"weights": weights, "intercept": 0.0})):
        after = pipeline(Article(text=text))
    kinds = [q.speaker.kind for q in after.quotes]
    assert kinds == ["person", "organisation"]
    assert after.quotes[0].confidence == pytest.approx(before.quotes[0].confidence, abs=2e-3)
    p = before.quotes[1].confidence
    expected = 1 / (1 + math.exp(-(math.log(p / (1 - p)) - 6.0)))
    assert after.quotes[1].confidence == pytest.approx(expected, abs=2e-3)
    assert after.quotes[1].confidence < 0.2 < before.quotes[1].confidence


def test_the_shipped_confidence_revision_is_fitted_on_untuned_text():
    from onrecord.pipeline.stages.attribution.scorer import load_model
    from onrecord.pipeline.stages.confidence import RESOLUTION_FEATURES

    model = load_model()
    assert model.resolution is not None, "retrain: scripts/train_speaker_model.py"
    weights = dict(zip(RESOLUTION_FEATURES, model.resolution["weights"], strict=True))
    assert weights["logit"] > 0  # a surer candidate stays surer after the revision
    # Fitted on text no rule was written against: never on a half the rules were read on (the tune halves
    # of news, extra, extra2 and extra3, celebrity, polnear), and extra4 (the reliability table's set) never used.
    from onrecord.pipeline.stages.attribution.training import (
        CALIBRATION_SETS,
        EXTRA2_GOLD,
        EXTRA3_GOLD,
        EXTRA4_GOLD,
        EXTRA6_GOLD,
        EXTRA7_GOLD,
        EXTRA8_GOLD,
        EXTRA9_GOLD,
        EXTRA10_GOLD,
        EXTRA11_GOLD,
        EXTRA12_GOLD,
        EXTRA_GOLD,
        REPO_GOLD,
        TRAINING_SETS,
    )

    read_for_rules = {("news.dev.jsonl", "tune"), (EXTRA_GOLD, "tune"), (EXTRA2_GOLD, "tune"), (EXTRA3_GOLD, "tune")}
    read_for_rules |= {(EXTRA6_GOLD, "tune"), (EXTRA7_GOLD, "tune"), (EXTRA8_GOLD, "tune")}
    read_for_rules |= {("celebrity.dev.jsonl", None), ("polnear.dev.jsonl", None)}
    assert not read_for_rules & set(CALIBRATION_SETS)
    assert all(half == "check" for _, half in CALIBRATION_SETS)
    used = {name for name, _ in (*CALIBRATION_SETS, *TRAINING_SETS)}
    assert EXTRA4_GOLD not in used and EXTRA4_GOLD not in REPO_GOLD
    assert EXTRA9_GOLD not in used and EXTRA9_GOLD not in REPO_GOLD  # held out whole, like extra4
    # extra3's check half is only ever counted: its tune half may be trained on, the whole set never.
    assert (EXTRA3_GOLD, "tune") in TRAINING_SETS and {(EXTRA3_GOLD, None), (EXTRA3_GOLD, "check")}.isdisjoint(
        {*CALIBRATION_SETS, *TRAINING_SETS}
    )
    # extra6 is split like news.dev: the tune half trains, the check half is only counted and calibrated on.
    assert (EXTRA6_GOLD, "tune") in TRAINING_SETS and (EXTRA6_GOLD, "check") in CALIBRATION_SETS
    assert not {(EXTRA6_GOLD, None), (EXTRA6_GOLD, "check")} & set(TRAINING_SETS)
    # So are the web-page sets extra7 and extra8, and the longer articles of extra10, extra11 and extra12.
    for web in (EXTRA7_GOLD, EXTRA8_GOLD, EXTRA10_GOLD, EXTRA11_GOLD, EXTRA12_GOLD):
        assert (web, "tune") in TRAINING_SETS and (web, "check") in CALIBRATION_SETS
        assert not {(web, None), (web, "check")} & set(TRAINING_SETS)
    for name, half in CALIBRATION_SETS:
        assert f"{name} ({half})" in model.meta["calibration"]


def test_cross_validation_folds_follow_articles_and_score_between_zero_and_one():
    pytest.importorskip("sklearn")
    from onrecord.pipeline.stages.attribution.training import FOLDS, cross_validate, fold_of

    assert fold_of("article-1") == fold_of("article-1")
    assert len({fold_of(f"a{n}") for n in range(200)}) == FOLDS
    rows = separable_rows()  # two candidates per quotation: the right one has its second feature set
    assert cross_validate(rows, 1.0) == 1.0


@pytest.mark.parametrize("name", ["Mark Rowe", "Mark Rowe Jr."])
def test_a_wire_dateline_is_not_the_speaker(run, name):
    # "Boise, Idaho (CNN) X said ...": the parser may take the place for the subject.
    text = (
        "The tweet took centre stage on the trail.\n\n"
        f"Boise, Idaho (CNN) {name} said Thursday he was surprised because he was "
        '"trying to point out things that have to be said."'
    )
    q = run(text).quotes[0]
    assert q.speaker_mention.text == name
    assert q.speaker is not None and "Rowe" in q.speaker.name


def test_a_description_followed_by_its_holders_name_is_that_person(run):
    # "Rene's lawyer Scott Rynecki said": the role noun is a title before the name.
    text = (
        "Lena Marsh was attacked outside the club in December.\n\n"
        'Marsh\'s lawyer Paul Okafor said there was "little or no security" at the door.'
    )
    q = run(text).quotes[0]
    assert q.speaker is not None and q.speaker.name == "Paul Okafor"
