"""Share of quotations that come out without a speaker, per corpus (issue 10: Reuters vs the rest).

    python bench/no_speaker_share.py [--limit 300] [--skip 0] [--ingest] CORPUS.jsonl [CORPUS.jsonl ...]

Reads the first ``--limit`` articles holding a quotation mark (after skipping ``--skip`` such articles, for a
second sample) from each JSON Lines corpus (the shared/data/corpora schema: one {"text": ...} per line),
extracts them (direct and partial quotations only, unless ``--ingest`` asks for every kind as ingest does, which
parses more of each article), and prints, per corpus, how many quotations in marks (direct and partial) have no
speaker (no person resolved), and how many have not even a speaker mention. Run with PYTHONPATH pointing at
another checkout's src/ to compare two versions.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from onrecord.model import Article
from onrecord.pipeline import Pipeline

MARKS = ('"', "\u201c", "\u201d", "''", "``")


def sample(path: Path, limit: int, skip: int = 0) -> list[str]:
    """The first ``limit`` texts of ``path`` that hold a quotation mark, after the first ``skip`` such texts."""
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = (json.loads(line).get("text") or "") if line.strip() else ""
            if any(m in text for m in MARKS):
                texts.append(text)
                if len(texts) >= skip + limit:
                    break
    return texts[skip:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0, help="articles with a quotation mark to pass over first")
    ap.add_argument(
        "--ingest",
        action="store_true",
        help="extract every kind, as ingest does (slower: reported speech needs more of each article parsed)",
    )
    args = ap.parse_args()
    pipe = Pipeline()
    for name in args.corpora:
        path = Path(name)
        if not path.exists():
            print(f"no_speaker_share: {path}: no such file", file=sys.stderr)
            return 2
        total = no_mention = no_speaker = 0
        kinds = None if args.ingest else ["direct", "partial"]
        for ex in pipe.pipe((Article(text=t) for t in sample(path, args.limit, args.skip)), kinds=kinds):
            for q in (q for q in ex.quotes if q.kind in ("direct", "partial")):
                total += 1
                no_mention += q.speaker_mention is None
                no_speaker += q.speaker is None
        share = no_speaker / total if total else 0.0
        print(
            f"{path.name}: {no_speaker}/{total} quotations without a speaker ({share:.1%}), "
            f"{no_mention} without even a mention"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
