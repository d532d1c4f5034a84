#!/usr/bin/env python3
"""Retrain the speaker model and write src/onrecord/pipeline/stages/attribution/speaker_model.json.

Usage: .venv/bin/python scripts/train_speaker_model.py [SHARED_DIR]   (default: ../shared or ../../shared)
Needs scikit-learn (pip install -e ".[train]"). Reads polnear.dev, celebrity.dev, the tune halves of news.dev,
extra.dev, extra2.dev, extra3.dev, extra6.dev, extra7.dev and extra8.dev, and all of extra5.dev (rebuilt here from
gold/extra*.annotations.jsonl and the corpora in SHARED_DIR; without them it stops with one line on stderr);
see onrecord.pipeline.stages.attribution.training for the method.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from onrecord.pipeline.stages.attribution.training import REPO_GOLD, train

REPO = Path(__file__).resolve().parents[1]


def build_extra(shared: Path, out_dir: Path) -> Path:
    """Build the repository's gold files (``REPO_GOLD``) into ``out_dir`` with scripts/gold_join.py; returns
    ``out_dir``; raises RuntimeError when a build fails."""
    for built, annotated in REPO_GOLD.items():
        _build_one(shared, REPO / "gold" / annotated, out_dir / built)
    return out_dir


def _build_one(shared: Path, annotated: Path, out: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "gold_join.py"),
            "build",
            "--annotations",
            str(annotated),
            "--shared",
            str(shared),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"gold_join build failed: {(proc.stderr or proc.stdout).strip()}")


def run(script: str, needed: str, train_fn: Any) -> int:
    """Rebuild the repository's gold, train with ``train_fn(gold_dir, extra=...)`` and print the model as
    JSON; 2 with one line on stderr (named ``script``) when the gold file ``needed`` or the corpora are missing."""
    near = [p / "shared" for p in (REPO.parent, REPO.parent.parent) if (p / "shared" / "data").exists()]
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else (near or [REPO.parent / "shared"])[0]
    gold = shared / "data" / "gold"
    if not (gold / needed).exists():
        print(f"{script}: {gold / needed}: no such file (the gold lives in ../shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        try:
            extra = build_extra(shared, Path(tmp))
        except RuntimeError as exc:
            print(f"{script}: {exc}", file=sys.stderr)
            return 2
        model = train_fn(gold, extra=extra)
    print(json.dumps(model.to_json(), indent=1))
    return 0


def main() -> int:
    """Train and print the model; 2 with one line on stderr when the shared data are missing."""
    return run("train_speaker_model", "polnear.dev.jsonl", train)


if __name__ == "__main__":
    sys.exit(main())
