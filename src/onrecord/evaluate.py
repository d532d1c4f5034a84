"""eval: score the extractor against gold files in the schema of shared/data/gold.

Matching: a predicted quote matches a gold quote when, after trimming white
space and quotation marks from both, overlap / union >= 0.5 (a mixed quote by
its clause or by the fragment in marks it holds); pairs are made
one to one, best overlap first. Speaker: the gold name or an alias (names
mode, where the gold gives names), else the predicted speaker mention overlaps
a gold speaker span (spans mode, PolNeAR). Gold quotes of types left out by
``--types``, and ``ignore_spans``, are scored neither way: a prediction that
falls on one is neither a hit nor a false alarm.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import Err, OnrecordError, json_error_detail
from .model import Article, Extraction, Quote

_MARKS = " \t\n\r\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb`"
# Which predicted kinds answer which gold types. Gold "direct" is derived from
# quotation marks (the span lies wholly inside them), so our partial quotes,
# also wholly inside marks, answer it too.
KINDS_FOR_TYPE = {
    "direct": {"direct", "partial"},
    "partial": {"partial", "direct"},
    "mixed": {"partial", "indirect"},
    "indirect": {"indirect"},
}


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without quotation marks and white space at either end (spans compare without them)."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two half-open character spans, 0.0 to 1.0."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union


def norm_name(name: str | None) -> str:
    """A speaker name as the scorer compares it: lower case, runs of white space as one space."""
    return re.sub(r"\s+", " ", (name or "").strip().lower())


@dataclass
class Scores:
    """Running counts over the scored articles; ``summary`` turns them into the reported figures."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    speaker_ok: int = 0
    cue_total: int = 0
    cue_ok: int = 0
    medium_total: int = 0
    medium_ok: int = 0
    articles: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    # (confidence, right) per scored prediction: right = matched a gold quote with the right speaker.
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def summary(self) -> dict[str, Any]:
        """The figures ``onrecord eval`` prints: counts, precision/recall/F1 and accuracies (4 places).

        An accuracy is None when nothing was scored for it.
        """
        p, r, f = self._f1(self.matched, self.pred, self.gold)
        _, _, fe = self._f1(self.exact, self.pred, self.gold)
        ep, er, e2e = self._f1(self.speaker_ok, self.pred, self.gold)
        return {
            "articles": self.articles,
            "gold_quotes": self.gold,
            "predicted_quotes": self.pred,
            "matched": self.matched,
            "quote_precision": round(p, 4),
            "quote_recall": round(r, 4),
            "quote_f1": round(f, 4),
            "exact_span_f1": round(fe, 4),
            "speaker_accuracy": round(self.speaker_ok / self.matched, 4) if self.matched else 0.0,
            "end_to_end_precision": round(ep, 4),
            "end_to_end_recall": round(er, 4),
            "end_to_end_f1": round(e2e, 4),
            "cue_accuracy": round(self.cue_ok / self.cue_total, 4) if self.cue_total else None,
            "cue_scored": self.cue_total,
            "medium_accuracy": round(self.medium_ok / self.medium_total, 4) if self.medium_total else None,
            "medium_scored": self.medium_total,
        }


def read_gold(path: str) -> Iterator[dict[str, Any]]:
    """The gold records of a JSONL file (schema: shared/data/gold/README.md), one dict each.

    Raises OnrecordError E008 for a missing file, E014 when a line is not a usable record.
    """
    p = Path(path)
    if not p.exists():
        raise OnrecordError(Err.E008, source=path)
    with open(p, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise OnrecordError(Err.E005, source=path, line=number, detail=json_error_detail(exc)) from exc
            if (
                not isinstance(obj, dict)
                or not isinstance(obj.get("text"), str)
                or not isinstance(obj.get("quotes"), list)
            ):
                raise OnrecordError(
                    Err.E050, source=path, line=number, detail="a gold record needs 'text' and 'quotes'"
                )
            yield obj


def speaker_correct(gold: dict[str, Any], q: Quote) -> bool:
    """Whether quote ``q`` names the gold speaker: by name and aliases (names mode, case- and
    space-insensitive; an unnamed gold source wants no name) or else by overlapping a gold speaker span.
    """
    if "speaker_aliases" in gold:  # names mode
        names = {norm_name(gold.get("speaker"))} | {norm_name(a) for a in gold.get("speaker_aliases") or []}
        names.discard("")
        if not names:  # an unnamed source: right when we name nobody
            return q.speaker is None or q.speaker.name is None
        return q.speaker is not None and norm_name(q.speaker.name) in names
    spans = gold.get("speaker_spans") or []
    if not spans:
        return q.speaker_mention is None
    m = q.speaker_mention
    return m is not None and any(m.start < e and s < m.end for s, e in spans)


def cue_correct(gold: dict[str, Any], text: str, q: Quote) -> bool | None:
    """Whether ``q``'s cue overlaps the gold cue (by span, else by text); None when the gold has no agreed cue."""
    if gold.get("cue") is None or gold.get("cue_agreed") is False:
        return None
    if q.cue is None:
        return False
    span = gold.get("cue_span")
    if span:
        return q.cue.start < span[1] and span[0] < q.cue.end
    return q.cue.text.lower() == str(gold["cue"]).lower() or q.cue.text.lower() in str(gold["cue"]).lower().split()


def medium_correct(gold: dict[str, Any], q: Quote) -> bool | None:
    """Whether ``q``'s medium equals the gold one (gold "other" counts as none).

    None when the gold has no medium or the annotators did not agree on it.
    """
    if "medium" not in gold or gold.get("medium_agreed") is False:
        return None
    g = gold.get("medium") or None
    g = None if g == "other" else g
    return (q.medium or None) == g


def score_article(
    gold_rec: dict[str, Any], ex: Extraction, types: set[str] | None, scores: Scores, keep_errors: bool
) -> None:
    """Match ``ex``'s quotations to the gold ones (IoU of trimmed spans) and add the counts to ``scores``.

    ``types`` limits both sides to those gold types (and the kinds they stand for); ``keep_errors``
    keeps each miss and wrong speaker in ``scores`` for ``onrecord eval --errors``.
    """
    text = gold_rec["text"]
    kinds = set().union(*(KINDS_FOR_TYPE.get(t, {t}) for t in types)) if types else None
    golds = [g for g in gold_rec["quotes"] if types is None or g.get("type") in types]
    skipped = [g for g in gold_rec["quotes"] if types is not None and g.get("type") not in types]
    ignore = [tuple(s) for s in gold_rec.get("ignore_spans") or []]
    preds = [q for q in ex.quotes if kinds is None or q.kind in kinds]
    g_spans = [trim(text, g["start"], g["end"]) for g in golds]
    p_spans = [trim(text, q.start, q.end) for q in preds]
    # A mixed quote answers a gold quotation by its whole clause or by the quoted fragment it holds.
    f_spans = [trim(text, q.fragment.start, q.fragment.end) if q.fragment else None for q in preds]
    g_used, p_used = _match(g_spans, p_spans, f_spans)
    neutral = _neutral(text, p_spans, p_used, skipped, ignore)
    scores.articles += 1
    scores.gold += len(golds)
    scores.pred += len(preds) - len(neutral)
    scores.matched += len(g_used)
    for i, g in enumerate(golds):
        if i not in g_used:
            if keep_errors:
                scores.errors.append(
                    {
                        "kind": "miss",
                        "id": gold_rec.get("id"),
                        "gold": g,
                        "context": _context(text, g["start"], g["end"]),
                    }
                )
            continue
        q = preds[g_used[i]]
        exact = g_spans[i] in (p_spans[g_used[i]], f_spans[g_used[i]])
        _score_match(gold_rec, g, q, exact, scores, keep_errors)
    scores.confidences.extend(
        (q.confidence, False) for j, q in enumerate(preds) if j not in p_used and j not in neutral
    )
    if keep_errors:
        for j, q in enumerate(preds):
            if j not in p_used and j not in neutral:
                scores.errors.append(
                    {
                        "kind": "false alarm",
                        "id": gold_rec.get("id"),
                        "predicted": q.to_dict(),
                        "context": _context(text, q.start, q.end),
                    }
                )


def _match(
    g_spans: list[tuple[int, int]], p_spans: list[tuple[int, int]], f_spans: list[tuple[int, int] | None]
) -> tuple[dict[int, int], set[int]]:
    """Greedy one-to-one matching by IoU >= 0.5, best overlap first: gold index -> prediction index."""
    pairs = []
    for i, gs in enumerate(g_spans):
        for j, ps in enumerate(p_spans):
            fs = f_spans[j]
            v = max(iou(gs, ps), iou(gs, fs) if fs else 0.0)
            if v >= 0.5:
                pairs.append((v, i, j))
    pairs.sort(reverse=True)
    g_used: dict[int, int] = {}
    p_used: set[int] = set()
    for _overlap, i, j in pairs:
        if i in g_used or j in p_used:
            continue
        g_used[i] = j
        p_used.add(j)
    return g_used, p_used


def _neutral(
    text: str, p_spans: list[tuple[int, int]], p_used: set[int], skipped: list[dict[str, Any]], ignore: list[Any]
) -> set[int]:
    """Unmatched predictions on quotes scored neither way (a gold type not asked for, an ignored span)."""
    neutral = set()
    for j, ps in enumerate(p_spans):
        if j in p_used:
            continue
        for g in skipped:
            gs = trim(text, g["start"], g["end"])
            if ps[0] < gs[1] and gs[0] < ps[1]:
                neutral.add(j)
        for s, e in ignore:
            if ps[0] < e and s < ps[1]:
                neutral.add(j)
    return neutral


def _score_match(
    gold_rec: dict[str, Any], g: dict[str, Any], q: Quote, exact: bool, scores: Scores, keep_errors: bool
) -> None:
    """Add one matched pair's exact span, speaker, cue and medium counts to ``scores``."""
    text = gold_rec["text"]
    if exact:
        scores.exact += 1
    ok = speaker_correct(g, q)
    scores.speaker_ok += ok
    scores.confidences.append((q.confidence, bool(ok)))
    if not ok and keep_errors:
        scores.errors.append(
            {
                "kind": "wrong speaker",
                "id": gold_rec.get("id"),
                "gold": g,
                "predicted": q.to_dict(),
                "context": _context(text, g["start"], g["end"]),
            }
        )
    c = cue_correct(g, text, q)
    if c is not None:
        scores.cue_total += 1
        scores.cue_ok += c
    md = medium_correct(g, q)
    if md is not None:
        scores.medium_total += 1
        scores.medium_ok += md
        if not md and keep_errors:
            context = _context(text, g["start"], g["end"])
            error = {"kind": "wrong medium", "id": gold_rec.get("id"), "gold": g, "predicted": q.to_dict()}
            scores.errors.append(error | {"context": context})


def _context(text: str, start: int, end: int, width: int = 120) -> str:
    s = max(0, start - width)
    e = min(len(text), end + width)
    return (text[s:start] + "[[" + text[start:end] + "]]" + text[end:e]).replace("\n", " \u00b6 ")


RELIABILITY_BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)


def reliability_table(scores: Scores, bands: tuple[float, ...] = RELIABILITY_BANDS) -> list[dict[str, Any]]:
    """Confidence band -> how many predictions fell in it and the share of them that were right.

    A prediction is right when it matches a gold quotation and names its speaker; a false alarm is wrong.
    Rows: {"band": "0.90-0.95", "quotes": int, "right": int, "share_right": float | None, "mean_confidence": ...}.
    """
    rows = []
    for lo, hi in zip(bands, bands[1:], strict=False):
        inside = [(c, ok) for c, ok in scores.confidences if lo <= c < hi]
        right = sum(ok for _, ok in inside)
        rows.append(
            {
                "band": f"{lo:.2f}-{min(hi, 1.0):.2f}",
                "quotes": len(inside),
                "right": right,
                "share_right": round(right / len(inside), 3) if inside else None,
                "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3) if inside else None,
            }
        )
    return rows


HALVES = ("tune", "check")


def half_of(article_id: str) -> str:
    """Which half of a gold file an article belongs to: "tune" or "check".

    The split is a hash of the article id (first 8 hex digits of its SHA-256, even → tune, odd →
    check), so it never depends on file order and no one can move an article between halves.
    Rules and models are tuned on "tune" only; "check" estimates how well they generalise.
    """
    return HALVES[int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8], 16) % 2]


def evaluate(
    path: str,
    types: Iterable[str] | None = None,
    keep_errors: bool = False,
    limit: int | None = None,
    pipeline: Any | None = None,
    half: str | None = None,
) -> Scores:
    """Run the extractor over a gold file and score it.

    ``half`` ("tune" or "check") scores only that half of the hash split (see ``half_of``).
    Raises OnrecordError E014 when no record is left to score.
    """
    from . import get_pipeline

    pipe = pipeline or get_pipeline()
    golds = list(read_gold(path))
    if half is not None:
        if half not in HALVES:
            raise ValueError(f"half must be one of {HALVES}, not {half!r}")
        golds = [g for g in golds if half_of(str(g.get("id", ""))) == half]
    if limit:
        golds = golds[:limit]
    if not golds:
        raise OnrecordError(Err.E014, source=path, detail="no records")
    # Without --types, score the types the gold file annotates at all (celebrity: only quotations in
    # marks), so reported speech is not counted against a corpus that never marks it.
    type_set = set(types) if types else {q.get("type") for g in golds for q in g["quotes"]} or None
    # The extraction scored is the default one, every kind on, as a user runs it: reported speech that is
    # not scored still decides pronouns and running speakers (a narrower run measured other choices).
    scores = Scores()
    articles = (Article(text=g["text"], id=g.get("id"), title=g.get("title"), date=g.get("date")) for g in golds)
    for g, ex in zip(golds, pipe.pipe(articles), strict=False):
        score_article(g, ex, type_set, scores, keep_errors)
    return scores
