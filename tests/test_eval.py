"""The scorer on hand-made gold, and the dev-set targets where ../shared is present."""

import json

from conftest import shared_path
from onrecord.evaluate import evaluate, iou, trim


def test_trim_and_iou():
    text = '"Hello there," she said.'
    assert trim(text, 0, 14) == (1, 13)
    assert iou((0, 10), (5, 15)) == 5 / 15
    assert iou((0, 5), (5, 10)) == 0.0


def test_scoring_small_gold(tmp_path, pipeline):
    text = '"We won," Anna Berg said.\n\n"We lost," Tom Baker said.\n\nThe mayor said the vote was close.'
    gold = {
        "id": "g1",
        "text": text,
        "quotes": [
            {
                "start": 1,
                "end": 8,
                "text": "We won,",
                "type": "direct",
                "speaker": "Anna Berg",
                "speaker_aliases": [],
                "cue": "said",
                "cue_span": [20, 24],
            },
            {
                "start": 28,
                "end": 36,
                "text": "We lost,",
                "type": "direct",
                "speaker": "Anna Berg",
                "speaker_aliases": [],
                "cue": None,
            },
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    s = evaluate(str(path)).summary()
    assert s["matched"] == 2 and s["quote_f1"] == 1.0
    assert s["speaker_accuracy"] == 0.5  # the second gold speaker is deliberately wrong
    assert s["cue_accuracy"] == 1.0


def test_a_wrong_medium_is_listed_among_the_errors(tmp_path):
    text = '"We won," Anna Berg told the Daily Bugle.\n\n"We lost," Tom Baker said on Channel 5 TV.'
    quotes = [
        {"start": 1, "end": 8, "type": "direct", "speaker": "Anna Berg", "medium": "print-interview"},
        {"start": 44, "end": 52, "type": "direct", "speaker": "Tom Baker", "medium": "radio"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "m1", "text": text, "quotes": quotes}) + "\n")
    scores = evaluate(str(path), keep_errors=True)
    assert scores.summary()["medium_accuracy"] == 0.5
    (wrong,) = [e for e in scores.errors if e["kind"] == "wrong medium"]
    assert wrong["gold"]["medium"] == "radio" and wrong["predicted"]["medium"] == "tv"


def test_polnear_direct_targets():
    path = shared_path("gold", "polnear.dev.jsonl")
    s = evaluate(str(path), ["direct"]).summary()
    assert s["quote_f1"] >= 0.93
    assert s["speaker_accuracy"] >= 0.95
    assert s["end_to_end_f1"] >= 0.90


def test_celebrity_runs_and_finds_the_quotes():
    path = shared_path("gold", "celebrity.dev.jsonl")
    s = evaluate(str(path)).summary()
    assert s["quote_f1"] >= 0.90
    assert s["speaker_accuracy"] >= 0.93
    assert s["end_to_end_f1"] >= 0.90


def test_hash_split_is_a_stable_partition():
    from onrecord.evaluate import half_of

    ids = [f"article-{n}" for n in range(200)]
    halves = [half_of(i) for i in ids]
    assert set(halves) == {"tune", "check"}
    assert 60 < halves.count("tune") < 140  # a hash, not a cut by position
    assert halves == [half_of(i) for i in ids]  # the same id always lands in the same half


def test_reliability_table_counts_every_prediction_in_one_band():
    from onrecord.evaluate import Scores, reliability_table

    scores = Scores(confidences=[(0.2, False), (0.55, True), (0.97, True), (0.99, False), (1.0, True)])
    rows = reliability_table(scores)
    assert sum(r["quotes"] for r in rows) == 5
    top = rows[-1]
    assert top["quotes"] == 3 and top["right"] == 2 and top["share_right"] == round(2 / 3, 3)
    assert rows[0]["share_right"] == 0.0


def test_eval_scores_the_extraction_a_user_gets_not_a_narrower_run(tmp_path, pipeline):
    # The gold annotates only quotations in marks, so only those are scored, but the extraction scored is
    # the default one (every kind on): the reported speech before "he said" decides who "he" is in a
    # user's run, so it must decide it in the measured run too.
    text = 'Anna Berg said the vote was close. "We won," she said.\n\nThe mayor said the count was fair.'
    quote = {"start": 36, "end": 43, "type": "direct", "speaker": "Anna Berg", "speaker_aliases": []}
    gold = {"id": "k1", "text": text, "quotes": [quote]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    seen = []

    class Recording:
        def pipe(self, articles, **options):
            seen.append(options)
            return pipeline.pipe(articles, **options)

    scores = evaluate(str(path), pipeline=Recording()).summary()
    assert seen == [{}]  # no kinds switched off
    assert scores["gold_quotes"] == 1 and scores["predicted_quotes"] == 1  # reported speech not counted
    assert scores["speaker_accuracy"] == 1.0
