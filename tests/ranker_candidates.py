"""Shared by the ranker feature tests: the candidates the ranker sees for each quotation, and the shipped weights."""

from __future__ import annotations

import json
from typing import Any


def candidate_features(pipeline: Any, text: str) -> list[dict[str, dict[str, float]]]:
    """Per quote of ``text``, {mention text: features} of its candidates (speakers before taken as the rules chose)."""
    from onrecord.model import Article
    from onrecord.pipeline.stages.attribution import Attributor, CandidateFinder
    from onrecord.pipeline.stages.attribution.rules import drop_scare_quotes

    out = []
    for ex in pipeline.parsed([Article(text=text)], kinds={"direct", "partial"}):
        attributor = Attributor(ex)
        finder = CandidateFinder(ex, attributor, drop_scare_quotes(ex, attributor.run()))
        chosen = []
        for k in range(len(ex.quotes)):
            cands = finder.candidates(k, chosen)
            chosen.append(next((c for c in cands if "rule" in c.sources), None))
            out.append({c.mention.text: c.features for c in cands})
    return out


def shipped_weights() -> dict[str, float]:
    """The shipped speaker model's weight per feature name."""
    from onrecord.pipeline.stages.attribution.scorer import MODEL_PATH

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return dict(zip(data["features"], data["weights"], strict=True))
