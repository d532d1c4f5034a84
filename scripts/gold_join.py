"""Join two independent annotation passes into gold, as ../shared/data/gold/ANNOTATION.md prescribes.

Two commands:

``python scripts/gold_join.py prepare --shared ../shared --exclude gold/extra.annotations.jsonl --n 40 --out A.jsonl``
    Draws new articles for annotation from the sets ANNOTATION.md allows (real news only), in the order
    of the SHA-256 of their ids, skipping articles already annotated, outside 1,200-5,000 characters (``--chars``),
    with fewer than four quotation marks, or not English; writes them with the candidate spans the guide
    describes (between a pair of marks, or from an opening mark to the end of its line). Keep the file
    outside the repository.

``python scripts/gold_join.py join --articles A.jsonl --a passA.jsonl --b passB.jsonl \\
--out gold/extra.annotations.jsonl``
    Keeps what both passes agree on (overlap/union of the spans >= 0.8 and the same speaker, compared
    case- and space-insensitively; two unnamed speakers agree) and turns every disagreement into an
    ignore span. Cue and medium are kept with ``cue_agreed``/``medium_agreed`` flags. The output holds
    offsets, names and labels only, never the article text or the quoted words (the news is
    copyrighted): each record names its corpus file, record id and the SHA-256 of the text.

``python scripts/gold_join.py build --annotations gold/extra.annotations.jsonl --shared ../shared --out FILE``
    Re-reads each text from the corpora under ``--shared`` (checking its hash) and writes a gold file
    in the schema of ``../shared/data/gold/README.md`` (keep it outside the repository).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

AGREE_IOU = 0.8  # ANNOTATION.md: "same span, overlap/union >= 0.8"
# Where each annotated set's texts live, relative to the shared folder (ANNOTATION.md lists the sets).
CORPUS_FILES = {
    "fakenewsnet": "data/corpora/jsonl/fakenewsnet-v1.jsonl",
    "horne2017": "data/corpora/jsonl/horne2017-political.jsonl",
    "newspaper3k": "data/corpora/html/newspaper3k/articles.jsonl",
    "lee-abc": "data/corpora/jsonl/lee-abc-news.jsonl",
}
# Page sets ANNOTATION.md allows. A page's text is what trafilatura (pinned) takes from it with the call onrecord's
# page reader made when the pages were annotated (``page_text``); it is frozen here, so that a change to onrecord's
# reader never moves the offsets of gold already made, and ``build`` checks each text's hash like any other.
PAGE_DIRS = {
    "trafilatura-en": "data/corpora/html/trafilatura-en",
    "htmldate-mediacloud-en": "data/corpora/html/htmldate-mediacloud-en",
    "goose3": "data/corpora/html/goose3",
}
KIND_TO_TYPE = {"full": "direct", "partial": "partial"}


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file, in order."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def page_text(data: bytes) -> dict[str, Any] | None:
    """``{title, text, date}`` of an HTML page as trafilatura's ``bare_extraction(data, with_metadata=True)`` gives
    them (the call onrecord 9af0420's page reader made, pages annotated up to then), or None when it finds no text."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil's timezone warnings on odd pages are noise here
        doc = trafilatura.bare_extraction(data, with_metadata=True)
    if doc is None or not getattr(doc, "text", None):
        return None
    return {"title": doc.title, "text": doc.text, "date": doc.date}


def read_pages(folder: Path, articles_only: bool = True) -> list[dict[str, Any]]:
    """Records ``{id, title, text, date}`` of the HTML pages in ``folder`` (id = the file name), texts from
    ``page_text``. With ``articles_only``, pages onrecord's reader refuses (an index, an empty page) are left out:
    they could not be annotated either; ``build`` reads every page, so a later change to that reader cannot
    lose gold already made."""
    from onrecord.io.readers import read_path
    from onrecord.model import Article

    out = []
    for path in sorted(folder.glob("*.htm*")):
        page = page_text(path.read_bytes())
        if page is None:
            continue
        if articles_only and not any(isinstance(art, Article) for art in read_path(str(path))):
            continue
        out.append({"id": path.name, **page})
    return out


def corpus_records(shared: Path, sets: set[str], articles_only: bool = True) -> Iterator[tuple[str, dict[str, Any]]]:
    """(set name, record) for each article of the named sets (ANNOTATION.md lists them); exits if one is missing."""
    for name, rel in {**CORPUS_FILES, **PAGE_DIRS}.items():
        if name not in sets:
            continue
        path = shared / rel
        if not path.exists():
            sys.exit(f"gold_join: {path}: no such file (the corpora live in ../shared)")
        for rec in read_pages(path, articles_only) if name in PAGE_DIRS else read_jsonl(path):
            yield name, rec


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union of two half-open character spans (0.0 when disjoint)."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def same_name(x: str | None, y: str | None) -> bool:
    """Whether two annotated speakers are the same (case and spacing ignored; None equals None)."""
    norm = lambda s: re.sub(r"\s+", " ", (s or "").strip().lower())  # noqa: E731
    return norm(x) == norm(y)


def agree(qa: dict[str, Any], qb: dict[str, Any], field: str) -> bool:
    """Whether both passes gave the same value for ``field`` (case-insensitive, None equals None)."""
    return same_name(qa.get(field), qb.get(field))


def join_article(art: dict[str, Any], pa: dict[str, Any], pb: dict[str, Any]) -> dict[str, Any]:
    """One joined record: agreed quotes (offsets and labels only) and the ignore spans."""
    quotes, ignore, used_b = [], [], set()
    for qa in pa.get("quotes", []):
        span_a = (qa["start"], qa["end"])
        best = max(
            ((i, qb) for i, qb in enumerate(pb.get("quotes", [])) if i not in used_b),
            key=lambda iq: iou(span_a, (iq[1]["start"], iq[1]["end"])),
            default=None,
        )
        if best is None or iou(span_a, (best[1]["start"], best[1]["end"])) < AGREE_IOU:
            ignore.append([qa["start"], qa["end"]])
            continue
        i, qb = best
        used_b.add(i)
        if not agree(qa, qb, "speaker"):
            ignore.append([min(qa["start"], qb["start"]), max(qa["end"], qb["end"])])
            continue
        quotes.append(
            {
                "start": qa["start"],
                "end": qa["end"],
                "type": KIND_TO_TYPE.get(qa.get("kind"), "direct"),
                "speaker": qa.get("speaker"),
                "speaker_aliases": [],
                "speaker_descr": qa.get("speaker_descr") or qb.get("speaker_descr"),
                "cue": qa.get("cue") if agree(qa, qb, "cue") else None,
                "cue_agreed": agree(qa, qb, "cue"),
                "medium": qa.get("medium") if agree(qa, qb, "medium") else None,
                "medium_agreed": agree(qa, qb, "medium"),
                "outlet": qa.get("outlet") if agree(qa, qb, "outlet") else None,
            }
        )
    ignore += [[qb["start"], qb["end"]] for i, qb in enumerate(pb.get("quotes", [])) if i not in used_b]
    return {
        "id": art["id"],
        "set": art["set"],
        "orig_id": art["orig_id"],
        "text_sha256": hashlib.sha256(art["text"].encode("utf-8")).hexdigest(),
        "quotes": quotes,
        "ignore_spans": sorted(ignore),
    }


def join(args: argparse.Namespace) -> None:
    """Join two passes over the same articles (articles only one pass covered are left out)."""
    arts = read_jsonl(args.articles)
    pass_a = {r["id"]: r for r in read_jsonl(args.a)}
    pass_b = {r["id"]: r for r in read_jsonl(args.b)}
    out, kept, dropped = [], 0, 0
    for art in arts:
        if art["id"] not in pass_a or art["id"] not in pass_b:
            continue
        rec = join_article(art, pass_a[art["id"]], pass_b[art["id"]])
        kept += len(rec["quotes"])
        dropped += len(rec["ignore_spans"])
        out.append(rec)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    print(f"{len(out)} articles both passes cover: {kept} quotes agreed, {dropped} spans to ignore -> {args.out}")


def build(args: argparse.Namespace) -> None:
    """Write gold records (with texts re-read from the corpora) for the joined annotations."""
    shared = Path(args.shared)
    anns = read_jsonl(args.annotations)
    sets = {ann["set"] for ann in anns}
    texts = {(name, str(rec["id"])): rec for name, rec in corpus_records(shared, sets, articles_only=False)}
    with open(args.out, "w", encoding="utf-8") as fh:
        for ann in anns:
            src = texts[(ann["set"], str(ann["orig_id"]))]
            text = src["text"]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != ann["text_sha256"]:
                sys.exit(f"gold_join: {ann['id']}: the corpus text changed since it was annotated")
            quotes = [dict(q, text=text[q["start"] : q["end"]], speaker_spans=[], cue_span=None) for q in ann["quotes"]]
            rec = {
                "id": ann["id"],
                "source": ann["set"],
                "title": src.get("title"),
                "text": text,
                "date": src.get("date"),
                "ignore_spans": ann["ignore_spans"],
                "quotes": quotes,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"gold written to {args.out}")


MARK_PAIRS = (("\u201c", "\u201d"), ('"', '"'))
ENGLISH_WORDS = frozenset(["the", "and", "of", "to", "in", "that", "is", "was", "for", "said"])


def is_candidate_article(set_name: str, rec: dict[str, Any], chars: tuple[int, int] = (1200, 5000)) -> bool:
    """True for a real-news English article of ``chars`` (least, most) characters with at least four quotation marks.

    The default 1,200-5,000 made extra..extra8, which used up every such article of the allowed sets; extra9
    draws longer ones (``prepare --chars 5001-8000``).
    """
    text = rec.get("text") or ""
    if set_name in ("fakenewsnet", "horne2017") and "real" not in str(rec["id"]).lower():
        return False
    if not chars[0] <= len(text) <= chars[1] or sum(text.count(c) for c in '"\u201c\u201d') < 4:
        return False
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in ENGLISH_WORDS for w in words) >= 0.08 * max(1, len(words))


def candidate_spans(text: str) -> list[dict[str, int]]:
    """Spans between a pair of quotation marks, or from an opening mark to the end of its line (marks excluded)."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        pos, seg = line.start(), line.group()
        i = 0
        while i < len(seg):
            opener = next((pair for pair in MARK_PAIRS if seg[i] == pair[0]), None)
            if opener is None:
                i += 1
                continue
            close = seg.find(opener[1], i + 1)
            end = close if close != -1 else len(seg)
            if end > i + 1:
                spans.append({"start": pos + i + 1, "end": pos + end})
            i = end + 1
    return spans


def prepare(args: argparse.Namespace) -> None:
    """Write the next ``--n`` unannotated articles, with candidate spans, for two annotators."""
    shared = Path(args.shared)
    done = {a["orig_id"] for path in args.exclude for a in read_jsonl(path)}
    least, most = (int(n) for n in args.chars.split("-"))
    chars = (least, most)
    pool = []
    for name, rec in corpus_records(shared, set(args.sets.split(","))):
        if str(rec["id"]) not in done and is_candidate_article(name, rec, chars):
            key = hashlib.sha256(f"{name}-{rec['id']}".encode()).hexdigest()
            pool.append((key, name, rec))
    pool.sort(key=lambda item: item[0])
    with open(args.out, "w", encoding="utf-8") as fh:
        for _, name, rec in pool[: args.n]:
            art = {"id": f"{name}-{rec['id']}", "set": name, "orig_id": str(rec["id"]), "title": rec.get("title")}
            art.update(text=rec["text"], candidates=candidate_spans(rec["text"]))
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    print(f"{min(args.n, len(pool))} of {len(pool)} eligible articles -> {args.out}")


def main() -> None:
    """Command line: ``prepare``, ``join`` or ``build`` (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    j = sub.add_parser("join")
    j.add_argument("--articles", required=True)
    j.add_argument("--a", required=True)
    j.add_argument("--b", required=True)
    j.add_argument("--out", required=True)
    b = sub.add_parser("build")
    b.add_argument("--annotations", required=True)
    b.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    b.add_argument("--out", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    p.add_argument("--exclude", action="append", default=[], help="an annotations file already made")
    p.add_argument("--chars", default="1200-5000", help="least-most characters of an article (default 1200-5000)")
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--sets", default=",".join(CORPUS_FILES), help="comma-separated sets to draw from (default: JSONL)")
    p.add_argument("--out", required=True)
    args = parser.parse_args()
    {"join": join, "build": build, "prepare": prepare}[args.cmd](args)


if __name__ == "__main__":
    main()
