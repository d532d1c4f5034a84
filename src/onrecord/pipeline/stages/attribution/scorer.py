"""The speaker model: a logistic regression over candidate features, scored in plain Python.

The coefficients live in ``speaker_model.json`` next to this module (a few KB, written by
``onrecord.pipeline.stages.attribution.training`` / ``scripts/train_speaker_model.py``), so running the
pipeline needs neither scikit-learn nor a pickle: ``p = 1 / (1 + exp(-(w . x + b)))``.
"""
from __future__ import annotations

import json
import math
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
    threshold: float
    meta: dict[str, Any]

    def probability(self, cand: Candidate) -> float:
        """The probability (0..1) that ``cand`` is the quotation's speaker."""
        pairs = zip(FEATURES, vector(cand.features), strict=True)
        z = self.intercept + sum(self.weights.get(n, 0.0) * x for n, x in pairs if x)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to ``speaker_model.json``."""
        return {
            "features": list(FEATURES),
            "weights": [round(self.weights.get(n, 0.0), 6) for n in FEATURES],
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
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
        return cls(weights, float(data["intercept"]), float(data["threshold"]), dict(data.get("meta") or {}))


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> SpeakerModel:
    """The shipped model (cached); without a model file, a neutral one that trusts the rules alone."""
    p = Path(path)
    if not p.exists():
        return SpeakerModel({"src_rule": 4.0}, -2.0, 0.5, {"note": "no trained model: rules only"})
    return SpeakerModel.from_json(json.loads(p.read_text(encoding="utf-8")))
