#!/usr/bin/env python3
"""Print the reliability table (confidence band -> share right) of a gold file as Markdown.

Usage: .venv/bin/python scripts/reliability_table.py GOLD.jsonl [tune|check]
Measure it on data the model was not trained on: news.dev.jsonl check.
"""

from __future__ import annotations

import sys

from onrecord.evaluate import evaluate, reliability_table


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    half = sys.argv[2] if len(sys.argv) > 2 else None
    scores = evaluate(sys.argv[1], half=half)
    print("| confidence | quotations | right | share right | mean confidence |")
    print("|---|---:|---:|---:|---:|")
    for row in reliability_table(scores):
        print(f"| {row['band']} | {row['quotes']} | {row['right']} | {row['share_right']} | {row['mean_confidence']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
