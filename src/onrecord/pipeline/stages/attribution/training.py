"""Train the speaker model (``speaker_model.json``) from the gold files; needs scikit-learn (extra ``train``).

Data: ``polnear.dev`` (speaker spans: a candidate is right when its mention overlaps a gold speaker span),
``celebrity.dev`` and the ``tune`` half of ``news.dev`` (speaker names: a candidate is right when its
mention shares a name word with the gold speaker or an alias; pronouns and descriptions there are left
out of training, since only the people stage can tell whom they name). The ``check`` half of news.dev
is never read here: it measures how well the model generalises.

Learning: one row per (quotation, candidate) for quotations the extractor found and the gold has;
earlier quotations' speakers are taken from the gold (teacher forcing) so the "running speaker" source
is learned as it should work. scikit-learn's ``LogisticRegression`` (lbfgs, L2, C below) with news and
celebrity rows weighted ``NEWS_WEIGHT``; the threshold below which no candidate is chosen is the one
that names the most speakers right on the training quotations. The confidence is then calibrated (Platt
scaling: a one-feature logistic regression on the score) against whether the extractor, end to end,
names the right person, on celebrity dev and the tune half of news dev; a false alarm counts as wrong.
Deterministic: the same data gives the same model.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ....evaluate import KINDS_FOR_TYPE, half_of, iou, read_gold, speaker_correct, trim
from ....model import Article
from ...state import ArticleState
from .candidates import FEATURES, Candidate, CandidateFinder, vector
from .rules import Attributor, drop_scare_quotes
from .scorer import MODEL_PATH, SpeakerModel, using_model
from .tokens import PRONOUNS

C = 1.0
NEWS_WEIGHT = 3.0  # the news and celebrity rows are the kind of text the product reads most
# Calibration reads the sets scored by name, end to end (people stage included), tune half only.
CALIBRATION_SETS = (("celebrity.dev.jsonl", None), ("news.dev.jsonl", "tune"))
TRAINING_SETS = (("polnear.dev.jsonl", None), ("celebrity.dev.jsonl", None), ("news.dev.jsonl", "tune"))
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "prince", "princess", "king", "queen", "the"}


@dataclass(slots=True)
class Rows:
    """Training rows: feature vectors, labels, weights, and per quote the row indexes and whether none is right."""

    x: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    w: list[float] = field(default_factory=list)
    quotes: list[tuple[list[int], bool]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _words(text: str) -> set[str]:
    return {re.sub(r"['\u2019]s$", "", w) for w in re.findall(r"[\w'\u2019.-]+", text.lower())} - _TITLE_WORDS


def label(gold: dict[str, Any], cand: Candidate, head_text: str) -> int | None:
    """1 when ``cand`` names the gold speaker, 0 when it does not, None when only coreference could tell."""
    if "speaker_aliases" not in gold:  # spans mode (PolNeAR)
        spans = gold.get("speaker_spans") or []
        return int(any(cand.mention.start < e and s < cand.mention.end for s, e in spans))
    names = [n for n in [gold.get("speaker")] + list(gold.get("speaker_aliases") or []) if n]
    pronoun = head_text.lower() in PRONOUNS or head_text.lower() in ("who", "which", "that")
    described = cand.mention.text[:1].islower() or cand.mention.text.lower().startswith(("the ", "a ", "an "))
    if not names:  # an unnamed source: right when the mention describes it
        descr = _words(gold.get("speaker_descr") or "")
        if pronoun:
            return None
        return int(bool(descr & _words(cand.mention.text)) and described)
    name_words = set().union(*(_words(n) for n in names))
    if name_words & _words(cand.mention.text):
        return 1
    return None if pronoun or described else 0


def _matches(gold_rec: dict[str, Any], ex: ArticleState) -> dict[int, dict[str, Any]]:
    """Quote index -> the gold quote it matches (overlap/union >= 0.5, best first, one to one)."""
    text = gold_rec["text"]
    golds = [g for g in gold_rec["quotes"] if g.get("type") in ("direct", "partial", "mixed")]
    pairs = []
    for i, g in enumerate(golds):
        gs = trim(text, g["start"], g["end"])
        kinds = KINDS_FOR_TYPE.get(g.get("type"), set())
        for k, q in enumerate(ex.quotes):
            v = iou(gs, trim(text, q.start, q.end))
            if v >= 0.5 and q.kind in kinds:
                pairs.append((v, i, k))
    out: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for _, i, k in sorted(pairs, reverse=True):
        if i not in used and k not in out:
            used.add(i)
            out[k] = golds[i]
    return out


def add_article(rows: Rows, gold_rec: dict[str, Any], ex: ArticleState, weight: float) -> None:
    """Add the candidate rows of one parsed article (``ex`` straight from ``Pipeline.parsed``)."""
    attributor = Attributor(ex)
    results = drop_scare_quotes(ex, attributor.run())
    finder = CandidateFinder(ex, attributor, results)
    matched = _matches(gold_rec, ex)
    chosen: list[Candidate | None] = []
    for k in range(len(ex.quotes)):
        cands = finder.candidates(k, chosen)
        gold = matched.get(k)
        labels = [label(gold, c, ex.doc[c.head].text if c.head is not None else c.mention.text) if gold else None
                  for c in cands]
        positive = next((c for c, y in zip(cands, labels, strict=False) if y == 1), None)
        rule = next((c for c in cands if "rule" in c.sources), None)
        chosen.append(positive if gold else rule)
        if gold is None:
            continue
        index = []
        for c, y in zip(cands, labels, strict=False):
            if y is None:
                continue  # only coreference could tell: no row
            index.append(len(rows.y))
            rows.x.append(vector(c.features))
            rows.y.append(int(y))
            rows.w.append(weight)
        none_right = not (gold.get("speaker_spans") or gold.get("speaker") or gold.get("speaker_aliases"))
        if all(y is not None for y in labels):  # the threshold is chosen on quotations fully known
            rows.quotes.append((index, none_right))


def collect(gold_dir: Path, pipeline: Any | None = None) -> Rows:
    """All training rows from the gold files in ``gold_dir`` (``TRAINING_SETS``)."""
    from .... import get_pipeline

    pipe = pipeline or get_pipeline()
    rows = Rows()
    for name, half in TRAINING_SETS:
        golds = [g for g in read_gold(str(gold_dir / name)) if half is None or half_of(str(g.get("id", ""))) == half]
        weight = 1.0 if name.startswith("polnear") else NEWS_WEIGHT
        before = len(rows.y)
        for g, ex in zip(golds, _parsed(pipe, golds), strict=False):
            add_article(rows, g, ex, weight)
        rows.counts[name if half is None else f"{name} ({half} half)"] = len(rows.y) - before
    return rows


def _golds(path: Path, half: str | None) -> list[dict[str, Any]]:
    return [g for g in read_gold(str(path)) if half is None or half_of(str(g.get("id", ""))) == half]


def _articles(golds: list[dict[str, Any]]) -> Iterator[Article]:
    return (Article(text=g["text"], id=g.get("id"), title=g.get("title"), date=g.get("date")) for g in golds)


def _parsed(pipe: Any, golds: list[dict[str, Any]]) -> Iterator[ArticleState]:
    return pipe.parsed(_articles(golds), kinds={"direct", "partial"})


def _best_threshold(rows: Rows, probs: list[float]) -> float:
    """The threshold that names the most speakers right on the training quotations."""
    best_t, best_right = 0.5, -1
    for step in range(2, 61):
        t = step / 100
        right = 0
        for index, none_right in rows.quotes:
            top = max(index, key=lambda i: probs[i], default=None)
            if top is None or probs[top] < t:
                right += none_right
            else:
                right += rows.y[top]
        if right > best_right:
            best_t, best_right = t, right
    return best_t


def fit(rows: Rows) -> SpeakerModel:
    """Fit the logistic regression on ``rows``; raises ValueError when there are no rows."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression

    if not rows.y:
        raise ValueError("no training rows: are the gold files there?")
    clf = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    clf.fit(np.array(rows.x), np.array(rows.y), sample_weight=np.array(rows.w))
    probs = [float(p) for p in clf.predict_proba(np.array(rows.x))[:, 1]]
    threshold = _best_threshold(rows, probs)
    meta = {
        "trained_on": rows.counts,
        "rows": len(rows.y),
        "quotations": len(rows.quotes),
        "learner": f"scikit-learn {sklearn.__version__} LogisticRegression(C={C}, lbfgs), news weight {NEWS_WEIGHT}",
    }
    weights = {n: float(w) for n, w in zip(FEATURES, clf.coef_[0], strict=False)}
    return SpeakerModel(weights, float(clf.intercept_[0]), threshold, meta)


def _outcomes(gold_rec: dict[str, Any], ex: ArticleState) -> Iterator[tuple[float, bool]]:
    """(confidence, right) for each quotation the extractor reports with a speaker."""
    matched = _matches(gold_rec, ex)
    ignore = [tuple(span) for span in gold_rec.get("ignore_spans") or []]
    for k, q in enumerate(ex.quotes):
        if q.speaker_mention is None or q.kind not in ("direct", "partial"):
            continue
        if k in matched:
            yield q.confidence, speaker_correct(matched[k], q)
        elif not any(q.start < e and s < q.end for s, e in ignore):
            yield q.confidence, False


def calibrate(model: SpeakerModel, gold_dir: Path, pipeline: Any | None = None) -> SpeakerModel:
    """``model`` with Platt scaling fitted on ``CALIBRATION_SETS`` (end to end, names)."""
    import math
    from dataclasses import replace

    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from .... import get_pipeline

    pipe = pipeline or get_pipeline()
    raw = replace(model, calibration=(1.0, 0.0))
    zs: list[list[float]] = []
    ys: list[int] = []
    with using_model(raw):
        for name, half in CALIBRATION_SETS:
            golds = _golds(gold_dir / name, half)
            for g, ex in zip(golds, pipe.pipe(_articles(golds), kinds={"direct", "partial"}), strict=False):
                for conf, ok in _outcomes(g, ex):
                    p = min(0.9995, max(0.0005, conf))
                    zs.append([math.log(p / (1 - p))])
                    ys.append(int(ok))
    if len(set(ys)) < 2:
        return raw
    clf = LogisticRegression(C=1e6, max_iter=5000, solver="lbfgs").fit(np.array(zs), np.array(ys))
    meta = dict(model.meta, calibrated_on=len(ys))
    return replace(model, calibration=(float(clf.coef_[0][0]), float(clf.intercept_[0])), meta=meta)


def train(gold_dir: Path, out: Path = MODEL_PATH, pipeline: Any | None = None) -> SpeakerModel:
    """Collect rows, fit, calibrate, and write the model JSON to ``out``; returns the model."""
    model = calibrate(fit(collect(gold_dir, pipeline)), gold_dir, pipeline)
    out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    return model
