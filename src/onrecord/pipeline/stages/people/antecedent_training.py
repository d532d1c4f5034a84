"""Train the antecedent model (``antecedent_model.json``) from the gold files; needs scikit-learn (extra ``train``).

Data: the quotations whose speaker mention is a pronoun the people stage resolves by ranking the people named
before it (``SpeakerResolver.pronoun``), in ``celebrity.dev``, the ``tune`` halves of ``news.dev``, ``extra.dev``,
``extra2.dev``, ``extra3.dev``, ``extra6.dev``, ``extra7.dev``, ``extra8.dev``, ``extra10.dev``, ``extra11.dev`` and
``extra12.dev``, and all of ``extra5.dev`` (the speaker model's sets less PolNeAR, whose gold marks mention
spans, not names). One row per (pronoun, candidate person); a candidate is right when naming it names the gold speaker
(``evaluate.speaker_correct``: the metric's own test). Pronouns whose candidates are all wrong, or that have a
single candidate, teach no ranking and are left out. The ``check`` halves are never read here.

Learning: scikit-learn's ``LogisticRegression`` (lbfgs, L2); its strength C is chosen from ``C_GRID`` by
cross-validation over articles (``FOLDS`` folds by a hash of the article id, as the speaker model), scored by
how many held-out pronouns get a right top candidate. The hand-set rule (``HAND_WEIGHTS``) ships instead when
it ranks at least as many of the same pronouns right (it is fitted on none of them). Deterministic: the same
data give the same model.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ....evaluate import half_of, read_gold, speaker_correct
from ....model import Article, Extraction
from ..attribution.training import FOLDS, fold_of, gold_path, matched_gold
from .antecedents import ANTECEDENT_FEATURES, HAND_WEIGHTS, MODEL_PATH, AntecedentModel, record_into, use_model

C_GRID = (0.1, 0.3, 1.0, 3.0)
TRAINING_SETS = (
    ("celebrity.dev.jsonl", None),
    ("news.dev.jsonl", "tune"),
    ("extra.dev.jsonl", "tune"),
    ("extra2.dev.jsonl", "tune"),
    ("extra3.dev.jsonl", "tune"),
    ("extra5.dev.jsonl", None),
    ("extra6.dev.jsonl", "tune"),
    ("extra7.dev.jsonl", "tune"),
    ("extra8.dev.jsonl", "tune"),
    ("extra10.dev.jsonl", "tune"),
    ("extra11.dev.jsonl", "tune"),
    ("extra12.dev.jsonl", "tune"),
)


@dataclass(slots=True)
class Groups:
    """One group per resolved pronoun: feature vectors, labels (1 = names the gold speaker), article fold."""

    x: list[list[list[float]]] = field(default_factory=list)
    y: list[list[int]] = field(default_factory=list)
    fold: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def add_article(groups: Groups, gold_rec: dict[str, Any], ex: Extraction, log: list[Any]) -> None:
    """Add the pronoun groups recorded in ``log`` while ``ex`` was extracted from ``gold_rec``'s text."""
    matched = matched_gold(gold_rec, ex)
    by_mention = {
        (q.speaker_mention.start, q.speaker_mention.end): k for k, q in enumerate(ex.quotes) if q.speaker_mention
    }
    for mention, cands in log:
        k = by_mention.get((mention.start, mention.end))
        gold = matched.get(k) if k is not None else None
        if gold is None or len(cands) < 2 or not (gold.get("speaker") or gold.get("speaker_aliases")):
            continue
        labels = [int(speaker_correct(gold, SimpleNamespace(speaker=p, speaker_mention=None))) for p, _ in cands]
        if not any(labels):
            continue
        groups.x.append([[float(f.get(n, 0.0)) for n in ANTECEDENT_FEATURES] for _, f in cands])
        groups.y.append(labels)
        groups.fold.append(fold_of(str(gold_rec.get("id", ""))))


def collect(gold_dir: Path, pipeline: Any | None = None, extra: Path | None = None) -> Groups:
    """All groups from ``TRAINING_SETS`` (``gold_dir``: the shared gold; ``extra``: where the repository's
    gold files were built by scripts/gold_join.py)."""
    from .... import get_pipeline

    pipe = pipeline or get_pipeline()
    groups = Groups()
    for name, half in TRAINING_SETS:
        golds = [
            g for g in read_gold(str(gold_path(gold_dir, name, extra))) if half is None or half_of(g["id"]) == half
        ]
        before = len(groups.y)
        for g in golds:
            log: list[Any] = []
            record_into(log)
            try:
                ex = next(iter(pipe.pipe(_articles([g]), kinds={"direct", "partial"})))
            finally:
                record_into(None)
            add_article(groups, g, ex, log)
        groups.counts[name if half is None else f"{name} ({half} half)"] = len(groups.y) - before
    return groups


def _articles(golds: list[dict[str, Any]]) -> Iterator[Article]:
    return (Article(text=g["text"], id=g.get("id"), title=g.get("title"), date=g.get("date")) for g in golds)


def top1(model: AntecedentModel, groups: Groups, keep: set[int] | None = None) -> tuple[int, int]:
    """(right, total): pronoun groups (of folds ``keep``, all when None) whose best-scored candidate is right."""
    right = total = 0
    for x, y, f in zip(groups.x, groups.y, groups.fold, strict=True):
        if keep is not None and f not in keep:
            continue
        scores = [model.score(dict(zip(ANTECEDENT_FEATURES, row, strict=True))) for row in x]
        best = max(range(len(x)), key=lambda n: (scores[n], -n))
        right += y[best]
        total += 1
    return right, total


def _fit(groups: Groups, c: float, folds: set[int] | None = None) -> AntecedentModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [
        (row, lab)
        for x, y, f in zip(groups.x, groups.y, groups.fold, strict=True)
        if folds is None or f in folds
        for row, lab in zip(x, y, strict=True)
    ]
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    clf.fit(np.array([r for r, _ in rows]), np.array([lab for _, lab in rows]))
    weights = {n: float(w) for n, w in zip(ANTECEDENT_FEATURES, clf.coef_[0], strict=True)}
    return AntecedentModel(weights, float(clf.intercept_[0]))


def cross_validate(groups: Groups, c: float) -> tuple[int, int]:
    """(right, total) over held-out folds: each fold's pronouns ranked by a model fitted without that fold."""
    right = total = 0
    for f in range(FOLDS):
        if f not in groups.fold or len(set(groups.fold)) < 2:
            continue
        r, t = top1(_fit(groups, c, set(range(FOLDS)) - {f}), groups, {f})
        right, total = right + r, total + t
    return right, total


def fit(groups: Groups) -> AntecedentModel:
    """The model over all groups, C chosen by ``cross_validate``; raises ValueError without groups."""
    import sklearn

    if not groups.y:
        raise ValueError("no training pronouns: are the gold files there?")
    cv = {str(c): cross_validate(groups, c) for c in C_GRID}
    c = max(C_GRID, key=lambda x: (cv[str(x)][0], -x))  # ties go to the stronger regularisation
    model = _fit(groups, c)
    hand = top1(AntecedentModel(dict(HAND_WEIGHTS)), groups)
    meta = {
        "trained_on": groups.counts,
        "pronouns": len(groups.y),
        "learner": f"scikit-learn {sklearn.__version__} LogisticRegression(C={c}, lbfgs)",
        "cross_validation": {"folds": FOLDS, "top1_by_C": {k: f"{r}/{t}" for k, (r, t) in cv.items()}},
        "hand_weights_top1": f"{hand[0]}/{hand[1]}",
    }
    # The hand rule is fitted on nothing here, so its top-1 over all pronouns is a held-out score, comparable
    # with the learned model's cross-validated one: the learned weights ship only when they do better.
    if hand[0] >= cv[str(c)][0]:
        meta["chosen"] = "hand weights: they rank as many held-out pronouns right as the learned model or more"
        return AntecedentModel(dict(HAND_WEIGHTS), 0.0, meta)
    meta["chosen"] = "learned weights: they rank more held-out pronouns right than the hand weights"
    return AntecedentModel(model.weights, model.intercept, meta)


def train(
    gold_dir: Path, out: Path = MODEL_PATH, pipeline: Any | None = None, extra: Path | None = None
) -> AntecedentModel:
    """Collect with the hand weights (so the shipped model never trains on its own choices), fit, write ``out``."""
    use_model(AntecedentModel(dict(HAND_WEIGHTS)))
    try:
        groups = collect(gold_dir, pipeline, extra)
    finally:
        use_model(None)
    model = fit(groups)
    out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    return model
