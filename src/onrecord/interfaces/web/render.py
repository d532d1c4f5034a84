"""View helpers: highlighted article text, speaker colours, timelines. No HTML is built by
string concatenation here: templates render these plain structures with autoescaping on."""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import urlparse

PALETTE = 10  # colour classes sp-0 ... sp-9 in style.css


def safe_url(url: str | None) -> str | None:
    """Only http(s) links are ever rendered as links (no javascript:, data:...)."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def speaker_colours(quotes: list[dict[str, Any]]) -> dict[str, int]:
    """A colour class (0..PALETTE-1) per speaker key, in order of first quotation."""
    colours: dict[str, int] = {}
    for q in quotes:
        key = q.get("speaker_key")
        if key and key not in colours:
            colours[key] = len(colours) % PALETTE
    return colours


def segments(text: str, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into plain and quoted pieces, in order; overlapping quotes keep the first."""
    out: list[dict[str, Any]] = []
    pos = 0
    for n, q in sorted(enumerate(quotes), key=lambda nq: nq[1]["start"]):
        s, e = q["start"], q["end"]
        if s < pos or e > len(text) or s >= e:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "quote": None})
        out.append({"text": text[s:e], "quote": n})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "quote": None})
    return out


def person_view(p: dict[str, Any]) -> dict[str, Any]:
    """A person for the people list: an unnamed source goes by its description ("scientists"),
    never by "(unnamed)", and the description is not repeated after it."""
    descriptors = list(p.get("descriptors") or [])
    name = p.get("name")
    if not name:
        name = descriptors.pop(0) if descriptors else "unnamed source"
        descriptors = [*descriptors, "unnamed source"]
    return {**p, "name": name, "details": descriptors}


def from_extraction(result: dict[str, Any]) -> dict[str, Any]:
    """An extraction's JSON as the view model the article template renders."""
    quotes = []
    for q in result.get("quotes", []):
        sp = q.get("speaker") or {}
        quotes.append(
            {
                "id": None,
                "start": q["start"],
                "end": q["end"],
                "kind": q["kind"],
                "speaker": sp.get("name") or ((sp.get("descriptors") or ["unnamed source"])[0] if sp else None),
                "speaker_key": (sp.get("id") if sp else None),
                "mention": (q.get("speaker_mention") or {}).get("text"),
                "cue": (q.get("cue") or {}).get("text"),
                "medium": q.get("medium"),
                "outlet": q.get("outlet"),
                "confidence": q.get("confidence"),
                "evidence": q.get("evidence"),
                "cluster_id": None,
            }
        )
    return {
        "title": result.get("title"),
        "date": result.get("date"),
        "url": safe_url(result.get("url")),
        "outlet": result.get("outlet"),  # as a stored article shows it (trial 15 F12)
        "source": result.get("source"),
        "quotes": quotes,
        "people": [{**person_view(p), "id": None} for p in result.get("people", [])],
        "social_posts": result.get("social_posts", []),
    }


def from_stored(article: dict[str, Any]) -> dict[str, Any]:
    """A stored article (query.article) as the same view model."""
    quotes = [
        {
            "id": q["quote_id"],
            "start": q["start"],
            "end": q["end"],
            "kind": q["kind"],
            "speaker": q["speaker"] or (q["speaker_role"].split("; ")[0] if q.get("speaker_role") else None),
            "role": q.get("speaker_role") if q["speaker"] else None,
            "user_edit": q.get("user_edit") or [],
            "speaker_key": str(q["person_id"]) if q["person_id"] is not None else None,
            "person_id": q["person_id"],
            "mention": q["mention"],
            "cue": q["cue"],
            "medium": q["medium"],
            "outlet": q["medium_outlet"],
            "confidence": q["confidence"],
            "evidence": q["evidence"],
            "cluster_id": q["cluster_id"],
        }
        for q in article["quotes"]
    ]
    return {
        "title": article.get("title"),
        "date": article.get("date"),
        "url": safe_url(article.get("url")),
        "outlet": article.get("outlet_name") or article.get("outlet"),
        "source": article.get("source"),  # provenance: a dataset's label or the input, never the outlet
        "quotes": quotes,
        "people": [person_view(p) for p in article.get("people", [])],
        "social_posts": article.get("social_posts", []),
    }


def timeline(quotes: list[dict[str, Any]], width: int = 720, height: int = 160) -> dict[str, Any]:
    """Quotes per month as bar geometry for a server-drawn SVG."""
    months = Counter(q["date"][:7] for q in quotes if q.get("date") and len(q["date"]) >= 7)
    undated = sum(1 for q in quotes if not q.get("date"))
    if not months:
        return {"bars": [], "width": width, "height": height, "undated": undated, "max": 0}
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    keys = []
    while f"{y:04d}-{m:02d}" <= last and len(keys) < 240:
        keys.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    top = max(months.values())
    slot = (width - 40) / len(keys)
    bars = []
    for i, k in enumerate(keys):
        n = months.get(k, 0)
        h = 0 if not top else round((height - 40) * n / top, 1)
        bars.append(
            {
                "x": round(30 + i * slot, 1),
                "y": round(height - 20 - h, 1),
                "w": max(1.0, round(slot * 0.8, 1)),
                "h": h,
                "label": k,
                "count": n,
                "show_label": len(keys) <= 12 or i % max(1, len(keys) // 8) == 0,
            }
        )
    return {"bars": bars, "width": width, "height": height, "undated": undated, "max": top}
