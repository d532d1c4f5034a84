"""The speaker model: a logistic regression over candidate features, scored in plain Python.

The coefficients live in ``speaker_model.json`` next to this module (a few KB, written by
``onrecord.pipeline.stages.attribution.training`` / ``scripts/train_speaker_model.py``), so running the
pipeline needs neither scikit-learn nor a pickle: ``p = 1 / (1 + exp(-(w . x + b)))``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .candidates import FEATURES, Candidate, vector

MODEL_PATH = Path(__file__).with_name("speaker_model.json")


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """Weights per feature name, an intercept and the probability below which no candidate is chosen."""

    weights: dict[str, float]
    intercept: float
    threshold: float  # on the raw probability
    meta: dict[str, Any]
    calibration: tuple[float, float] = (1.0, 0.0)  # Platt scaling (a, b): p = sigmoid(a * z + b)
    resolution: dict[str, Any] | None = None  # the confidence stage's revision ({"weights", "intercept"})

    def score(self, cand: Candidate) -> float:
        """The raw score z = w . x + intercept of ``cand`` (a logit)."""
        pairs = zip(FEATURES, vector(cand.features), strict=True)
        return self.intercept + sum(self.weights.get(n, 0.0) * x for n, x in pairs if x)

    def raw_probability(self, cand: Candidate) -> float:
        """The regression's own probability that ``cand`` is the speaker's mention (what ``threshold`` reads)."""
        return _sigmoid(self.score(cand))

    def probability(self, cand: Candidate) -> float:
        """The calibrated probability (0..1) that naming ``cand`` names the right speaker: the confidence."""
        a, b = self.calibration
        return _sigmoid(a * self.score(cand) + b)

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to ``speaker_model.json``."""
        return {
            "features": list(FEATURES),
            "weights": [round(self.weights.get(n, 0.0), 6) for n in FEATURES],
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
            "calibration": [round(self.calibration[0], 6), round(self.calibration[1], 6)],
            **({"resolution": self.resolution} if self.resolution else {}),
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SpeakerModel:
        """Read the JSON form; raises ValueError when its features are not the ones this code computes."""
        if list(data["features"]) != list(FEATURES):
            raise ValueError(
                "speaker_model.json was trained on other features: retrain with scripts/train_speaker_model.py"
            )
        weights = dict(zip(data["features"], data["weights"], strict=True))
        a, b = data.get("calibration") or (1.0, 0.0)
        meta = dict(data.get("meta") or {})
        resolution = data.get("resolution") or None
        return cls(weights, float(data["intercept"]), float(data["threshold"]), meta, (float(a), float(b)), resolution)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> SpeakerModel:
    """The shipped model (cached); without a model file, a neutral one that trusts the rules alone."""
    p = Path(path)
    if not p.exists():
        return SpeakerModel({"src_rule": 4.0}, -2.0, 0.5, {"note": "no trained model: rules only"})
    return SpeakerModel.from_json(json.loads(p.read_text(encoding="utf-8")))


_ACTIVE: list[SpeakerModel] = []


@contextmanager
def using_model(model: SpeakerModel) -> Iterator[SpeakerModel]:
    """Run the attribution stage with ``model`` instead of the shipped one inside the block (for training)."""
    _ACTIVE.append(model)
    try:
        yield model
    finally:
        _ACTIVE.pop()


def active_model() -> SpeakerModel:
    """The model the attribution stage uses now: one set by ``using_model``, else the shipped one."""
    return _ACTIVE[-1] if _ACTIVE else load_model()
