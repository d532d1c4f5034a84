#!/usr/bin/env python3
"""Count the wrong speakers of gold files by class, printing counts only (safe on sets no one may read).

Usage: .venv/bin/python scripts/speaker_error_classes.py GOLD.jsonl[:tune|:check] ...

A matched quotation whose speaker is wrong (``evaluate.speaker_correct``) falls in one class:

- "gold names nobody, we name someone";
- "gold names someone, we name nobody" (split by whether we found a description or organisation mention);
- "right person, other name form": our name shares a word with the gold name or an alias ("Noem" for
  "Kristi Noem");
- "another person or body", split by the mention ours rests on: a pronoun, a description, or a name.

No text, name or quotation is printed: the classes are what the README's error breakdown counts on the
check halves, which are counted and never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from onrecord.evaluate import evaluate, norm_name

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "him", "them", "you"})
ARTICLES = frozenset({"the", "a", "an"})


def _words(name: str) -> set[str]:
    return set(name.replace(".", " ").split())


def mention_shape(mention: str) -> str:
    """ "pronoun", "no mention", "name" (every word after an article capitalised) or "description"."""
    words = [w for w in mention.split() if w.lower() not in ARTICLES]
    if mention.strip().lower() in PRONOUNS:
        return "pronoun"
    if not words:
        return "no mention"
    return "name" if all(w[:1].isupper() for w in words) else "description"


def error_class(gold: dict[str, Any], predicted: dict[str, Any]) -> str:
    """The class of one wrong speaker: ``gold`` a gold quotation record (speaker, speaker_aliases),
    ``predicted`` the quotation's ``Quote.to_dict()``."""
    golds = {norm_name(gold.get("speaker"))} | {norm_name(a) for a in gold.get("speaker_aliases") or []}
    golds.discard("")
    speaker = predicted.get("speaker") or {}
    ours = norm_name(speaker.get("name"))
    mention = (predicted.get("speaker_mention") or {}).get("text") or ""
    if not golds:
        return "gold names nobody, we name someone"
    if not ours:
        found = "a description or organisation mention" if speaker else "no speaker"
        return f"gold names someone, we name nobody ({found})"
    if any(_words(g) & _words(ours) for g in golds):
        return "right person, other name form"
    return f"another person or body (our mention: {mention_shape(mention)})"


def count(paths: list[str]) -> tuple[Counter[str], int, int]:
    """Wrong speakers by class over ``paths`` ("FILE" or "FILE:half"), with matched and right totals."""
    classes: Counter[str] = Counter()
    matched = right = 0
    for arg in paths:
        path, _, half = arg.partition(":")
        scores = evaluate(path, keep_errors=True, half=half or None)
        matched += scores.matched
        right += scores.speaker_ok
        for error in scores.errors:
            if error["kind"] == "wrong speaker":
                classes[error_class(error["gold"], error["predicted"])] += 1
    return classes, matched, right


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    classes, matched, right = count(sys.argv[1:])
    print(f"matched {matched}, speaker right {right}, wrong {matched - right}")
    for name, n in classes.most_common():
        print(f"{n:5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
