#!/usr/bin/env python3
"""Retrain the speaker model and write src/onrecord/pipeline/stages/attribution/speaker_model.json.

Usage: .venv/bin/python scripts/train_speaker_model.py [GOLD_DIR]   (default: ../shared/data/gold)
Needs scikit-learn (pip install -e ".[train]"). Reads polnear.dev, celebrity.dev and the tune half of
news.dev only; see onrecord.pipeline.stages.attribution.training for the method.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from onrecord.pipeline.stages.attribution.training import train


def main() -> int:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gold"
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not (gold / "polnear.dev.jsonl").exists():
        print(f"train_speaker_model: no gold files in {gold}", file=sys.stderr)
        return 2
    model = train(gold)
    print(json.dumps(model.to_json(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
