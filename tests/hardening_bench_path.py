"""Puts bench/ on sys.path so tests can use bench/hardening_bench.py's helpers."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
