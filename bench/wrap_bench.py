"""How much hard-wrapping changes extraction: news.dev wrapped at 68 columns, as wire copy is.

    python bench/wrap_bench.py [GOLD.jsonl] [--width 68]

Wraps every article with ``onrecord.text.wrap.hard_wrap`` (same length, so every offset holds),
extracts the original and the wrapped text, and prints how many (quotation span, speaker) pairs
of the original come out unchanged. The issue's bar (issue 10) is 95 %.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from onrecord.model import Article
from onrecord.pipeline import Pipeline
from onrecord.text.wrap import hard_wrap

ROOT = Path(__file__).resolve().parents[1]
# ../shared from the main checkout, ../../shared from a worktree under wt/
DEFAULT_GOLD = (
    next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.exists()), ROOT.parent / "shared")
    / "data"
    / "gold"
    / "news.dev.jsonl"
)


def pairs(ex) -> set[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """(start, end, speaker name with white space normalised) of every quotation."""
    out = set()
    for q in ex.quotes:
        name = q.speaker.name if q.speaker is not None and q.speaker.name else ""
        out.add((q.start, q.end, re.sub(r"\s+", " ", name)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--width", type=int, default=68)
    args = ap.parse_args()
    path = Path(args.gold)
    if not path.exists():
        print(f"wrap_bench: {path}: no such file", file=sys.stderr)
        return 2
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    pipe = Pipeline()
    before = list(pipe.pipe(Article(text=t) for t in texts))
    after = list(pipe.pipe(Article(text=hard_wrap(t, args.width)) for t in texts))
    total = same = 0
    for a, b in zip(before, after, strict=False):
        pa, pb = pairs(a), pairs(b)
        total += len(pa)
        same += len(pa & pb)
    share = same / total if total else 1.0
    print(f"{path.name} wrapped at {args.width}: {same}/{total} (quotation, speaker) pairs unchanged ({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
