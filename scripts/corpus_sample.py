"""Draw articles from the unannotated corpora to read for rule writing, never one that is also a gold article.

    python scripts/corpus_sample.py CORPUS.jsonl [--n 20] [--seed mine] [--shared ../shared] [--out FILE]

Some corpora records are also articles of a gold set (the annotated extra sets were drawn from the same files),
and reading one of those while writing rules leaks the judge into the rules. This prints (or writes, with
``--out``) up to ``--n`` records of a JSON Lines corpus, picked by a hash of ``--seed`` and the record id so that a
second seed gives a second sample, leaving out every id any gold file names: the ``id`` of each record of
``SHARED/data/gold/*.jsonl`` and the ``id`` and ``orig_id`` of each record of this repository's
``gold/*.annotations.jsonl``. The count of records left out is printed to stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def gold_ids(shared: Path, repo: Path = ROOT) -> set[str]:
    """Every article id named by a gold file: shared gold records' ``id``, annotation files' ``id`` and ``orig_id``."""
    ids: set[str] = set()
    files = [*sorted((shared / "data" / "gold").glob("*.jsonl")), *sorted((repo / "gold").glob("*.annotations.jsonl"))]
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    ids.update(str(rec[k]) for k in ("id", "orig_id") if rec.get(k) is not None)
    return ids


def draw(records: Iterable[dict], exclude: set[str], n: int, seed: str) -> tuple[list[dict], int]:
    """(up to ``n`` records ordered by sha256(seed + id), number of records left out for being gold)."""
    kept, skipped = [], 0
    for rec in records:
        if str(rec.get("id")) in exclude:
            skipped += 1
            continue
        kept.append((hashlib.sha256(f"{seed}-{rec.get('id')}".encode()).hexdigest(), rec))
    kept.sort(key=lambda item: item[0])
    return [rec for _, rec in kept[:n]], skipped


def read_records(path: Path) -> Iterable[dict]:
    """The records of a JSON Lines file; a line that is not JSON is reported on stderr and passed over."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                print(f"corpus_sample: {path}:{number}: not JSON ({err.msg})", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring); exit status 2 when the corpus or the gold folder is missing."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", default="mine", help="another seed draws another sample")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="write JSON Lines here instead of stdout")
    args = ap.parse_args(argv)
    for path in (args.corpus, args.shared / "data" / "gold"):
        if not path.exists():
            print(f"corpus_sample: {path}: no such file or folder", file=sys.stderr)
            return 2
    picked, skipped = draw(read_records(args.corpus), gold_ids(args.shared), args.n, args.seed)
    lines = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in picked)
    if args.out:
        args.out.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    print(f"corpus_sample: {len(picked)} records drawn, {skipped} gold articles left out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
