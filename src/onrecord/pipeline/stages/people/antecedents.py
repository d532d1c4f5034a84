"""Which person a pronoun refers to: candidates described by features, scored by a linear model.

``PersonTable.pronoun_candidates`` lists the people named before a pronoun that agree with it, each with the
features below; ``AntecedentModel.score`` is a dot product over them, and the best score wins. The weights
come from ``antecedent_model.json`` next to this module (a logistic regression trained by
``antecedent_training.py`` / ``scripts/train_antecedent_model.py`` on the pronoun speakers of the gold
sets' tune halves); without the file, ``HAND_WEIGHTS`` (the hand-set rule that came before) apply.

Features (one candidate = one person; "last" = the person's latest mention outside quotations before the
pronoun):

* ``distance``: characters from the last mention to the pronoun / 300;
* ``salience``: the person's mentions so far (+2 if named in the first 300 characters), at most 10;
* ``gender_shown``: the text showed the person to be "he"/"she" as the pronoun is;
* ``name_fits``: only the first name's usual gender fits (gender-guesser's table);
* ``subject_fit`` / ``subject_unknown``: the last mention (within 600 characters) is a clause's subject,
  of a fitting / of an unknown gender;
* ``reported``: ... the subject of a clause reported by another verb ("X said that Y ...");
* ``root_subject``: ... the subject of its sentence's main verb (or of a verb coordinated with it);
* ``latest_subject``: the person is the latest fitting main-clause subject (centering: Grosz, Joshi and
  Weinstein 1995);
* ``object``: the last mention is an object or a possessor;
* ``asker``: the last mention is the subject of a verb of asking (``lexicon.cues.QUESTION_LEMMAS``): in an
  exchange the asker is whom the answer is given to;
* ``last_speaker``: the person spoke the latest quotation before the pronoun;
* ``same_paragraph``: the last mention is in the pronoun's paragraph;
* ``nearest``: no other candidate was mentioned later.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ANTECEDENT_FEATURES: tuple[str, ...] = (
    "distance",
    "salience",
    "gender_shown",
    "name_fits",
    "subject_fit",
    "subject_unknown",
    "reported",
    "root_subject",
    "latest_subject",
    "object",
    "asker",
    "last_speaker",
    "same_paragraph",
    "nearest",
)
# The hand-set rule before the learned model, set on news.dev's tune half and celebrity.dev: recency first
# (-1 per 300 characters); salience 0.05 a mention; a gender the text showed 2.0 (5.0 let a far "he" beat the
# man just named, 1.0 lost celebrity quotes), a first name's 1.0; a fitting subject 1.0, a reported one
# ("Cuomo said that Trump is wrong": what the sentence is about, not who speaks next) -0.5; the latest
# subject 1.0 (centering theory: Grosz, Joshi and Weinstein 1995, "Centering: a framework for modeling the
# local coherence of discourse"); the asker of a question -1.5, as much as a fitting subject and the latest
# subject together ("Winfrey asked about the visit. "Q," she said": Obama, the asked, answers).
HAND_WEIGHTS = {
    "distance": -1.0,
    "salience": 0.05,
    "gender_shown": 2.0,
    "name_fits": 1.0,
    "subject_fit": 1.0,
    "reported": -0.5,
    "latest_subject": 1.0,
    "asker": -1.5,
}
MODEL_PATH = Path(__file__).with_name("antecedent_model.json")


@dataclass(frozen=True, slots=True)
class AntecedentModel:
    """Weights per feature name and an intercept; ``score`` is a logit (hand weights: 1.0 ~ 300 characters)."""

    weights: dict[str, float]
    intercept: float = 0.0
    meta: dict[str, Any] | None = None

    def score(self, features: dict[str, float]) -> float:
        """w . x + intercept over ``features`` (names in ``ANTECEDENT_FEATURES``; missing ones count 0)."""
        return self.intercept + sum(self.weights.get(n, 0.0) * v for n, v in features.items() if v)

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to ``antecedent_model.json``."""
        return {
            "features": list(ANTECEDENT_FEATURES),
            "weights": [round(self.weights.get(n, 0.0), 6) for n in ANTECEDENT_FEATURES],
            "intercept": round(self.intercept, 6),
            "meta": self.meta or {},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AntecedentModel:
        """Read the JSON form; raises ValueError when its features are not the ones this code computes."""
        if list(data["features"]) != list(ANTECEDENT_FEATURES):
            raise ValueError(
                "antecedent_model.json was trained on other features: retrain with scripts/train_antecedent_model.py"
            )
        weights = dict(zip(data["features"], data["weights"], strict=True))
        return cls(weights, float(data["intercept"]), dict(data.get("meta") or {}))


@lru_cache(maxsize=1)
def load_antecedent_model(path: str = str(MODEL_PATH)) -> AntecedentModel:
    """The shipped model (cached); without a model file, the hand-set rule (``HAND_WEIGHTS``)."""
    p = Path(path)
    if not p.exists():
        return AntecedentModel(dict(HAND_WEIGHTS), 0.0, {"note": "no trained model: hand weights"})
    return AntecedentModel.from_json(json.loads(p.read_text(encoding="utf-8")))


_ACTIVE: list[AntecedentModel] = []
_RECORDERS: list[list[Any]] = []


def active_antecedent_model() -> AntecedentModel:
    """The model pronoun resolution uses now: one pushed by ``use_model`` (training), else the shipped one."""
    return _ACTIVE[-1] if _ACTIVE else load_antecedent_model()


def use_model(model: AntecedentModel | None) -> None:
    """Push ``model`` (None pops the last one pushed): for training and tests, in a try/finally."""
    if model is None:
        _ACTIVE.pop()
    else:
        _ACTIVE.append(model)


def recorder() -> list[Any] | None:
    """The list pronoun resolutions are recorded into while training (None when nobody records)."""
    return _RECORDERS[-1] if _RECORDERS else None


def record_into(log: list[Any] | None) -> None:
    """Start recording pronoun resolutions into ``log`` (None stops the last recording)."""
    if log is None:
        _RECORDERS.pop()
    else:
        _RECORDERS.append(log)
