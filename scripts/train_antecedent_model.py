#!/usr/bin/env python3
"""Retrain the antecedent model and write src/onrecord/pipeline/stages/people/antecedent_model.json.

Usage: .venv/bin/python scripts/train_antecedent_model.py [SHARED_DIR]   (default: ../shared or ../../shared)
Needs scikit-learn (pip install -e ".[train]"). Reads celebrity.dev and the tune halves of news.dev, extra.dev
and extra2.dev (rebuilt here from gold/extra*.annotations.jsonl and the corpora in SHARED_DIR); see
onrecord.pipeline.stages.people.antecedent_training for the method.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from onrecord.pipeline.stages.people.antecedent_training import train

REPO = Path(__file__).resolve().parents[1]


def _speaker_script() -> object:
    """scripts/train_speaker_model.py, for its ``build_extra`` (one place that rebuilds the repository's gold)."""
    spec = importlib.util.spec_from_file_location("train_speaker_model", REPO / "scripts" / "train_speaker_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    """Train and print the model; 2 with one line on stderr when the shared data are missing."""
    near = [p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared" / "data").exists()]
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else (near or [REPO.parent / "shared"])[0]
    gold = shared / "data" / "gold"
    if not (gold / "celebrity.dev.jsonl").exists():
        print(
            f"train_antecedent_model: {gold / 'celebrity.dev.jsonl'}: no such file (the gold lives in ../shared)",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        try:
            extra = _speaker_script().build_extra(shared, Path(tmp))
        except RuntimeError as exc:
            print(f"train_antecedent_model: {exc}", file=sys.stderr)
            return 2
        model = train(gold, extra=extra)
    print(json.dumps(model.to_json(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
