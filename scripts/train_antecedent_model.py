#!/usr/bin/env python3
"""Retrain the antecedent model and write src/onrecord/pipeline/stages/people/antecedent_model.json.

Usage: .venv/bin/python scripts/train_antecedent_model.py [SHARED_DIR]   (default: ../shared or ../../shared)
Needs scikit-learn (pip install -e ".[train]"). Reads celebrity.dev, the tune halves of news.dev and extra.dev to
extra8.dev (extra4 aside) and all of extra5.dev (rebuilt here from gold/extra*.annotations.jsonl and the corpora in
SHARED_DIR); see
onrecord.pipeline.stages.people.antecedent_training for the method.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from onrecord.pipeline.stages.people.antecedent_training import train

REPO = Path(__file__).resolve().parents[1]


def _speaker_script() -> object:
    """scripts/train_speaker_model.py, for its ``run`` (one place that rebuilds the repository's gold and trains)."""
    spec = importlib.util.spec_from_file_location("train_speaker_model", REPO / "scripts" / "train_speaker_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    """Train and print the model; 2 with one line on stderr when the shared data are missing."""
    return _speaker_script().run("train_antecedent_model", "celebrity.dev.jsonl", train)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
