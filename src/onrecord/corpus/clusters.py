"""clusters: the same quote by the same speaker across articles, and its variants.

Blocking: every quote's word 3-shingles (hashed) live in the store's
``shingles`` table; a new quote probes it with its own shingles, restricted to
the same speaker. This finds *containment* (a truncated or ellipsised quote
shares all its shingles with the full one), which MinHash-LSH, an estimator of
Jaccard similarity, misses for short excerpts of long quotes; and it persists
in the same SQLite transaction as the quote, so a killed run never leaves the
index out of step. Candidates are verified with rapidfuzz's partial_ratio
per ellipsis segment (alignment-tolerant of light edits). ``bench/`` measures
it.

A variant is *altered* when its words differ from the earliest version's
beyond punctuation, case, truncation and ellipsis.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from difflib import SequenceMatcher

from rapidfuzz import fuzz

SHINGLE = 3
MIN_WORDS = 4  # shorter quotes ("Thank you") are too common to cluster
MATCH_SCORE = 88.0
_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\s?\.\s?\.|\[\s*\.\.\.\s*\]|\[\u2026\])\s*")
_WORD = re.compile(r"[\w'\u2019]+", re.UNICODE)


def segments(text: str) -> list[list[str]]:
    """Normalised words of each ellipsis-separated part of a quote."""
    out = []
    for part in _ELLIPSIS.split(text):
        words = [w.lower().replace("\u2019", "'").strip("'") for w in _WORD.findall(part)]
        words = [w for w in words if w]
        if words:
            out.append(words)
    return out


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def shingle_hashes(segs: list[list[str]]) -> set[int]:
    """Hashes of the word ``SHINGLE``-grams of each segment (a shorter segment of 2+ words is one shingle)."""
    hashes = set()
    for words in segs:
        if len(words) < SHINGLE:
            if len(words) >= 2:
                hashes.add(_hash(" ".join(words)))
            continue
        for i in range(len(words) - SHINGLE + 1):
            hashes.add(_hash(" ".join(words[i : i + SHINGLE])))
    return hashes


def same_quote(a: str, b: str) -> bool:
    """Whether two quote texts are versions of one quote (truncated, ellipsised, re-punctuated, lightly edited)."""
    sa, sb = segments(a), segments(b)
    na, nb = sum(map(len, sa)), sum(map(len, sb))
    if min(na, nb) < MIN_WORDS:
        return False
    short_segs, long_text = (
        (sa, " ".join(w for s in sb for w in s)) if na <= nb else (sb, " ".join(w for s in sa for w in s))
    )
    scored = [seg for seg in short_segs if len(seg) >= 3] or short_segs
    return all(fuzz.partial_ratio(" ".join(seg), long_text) >= MATCH_SCORE for seg in scored)


def differing_words(original: str, variant: str) -> list[str]:
    """Words of the variant that are not a truncation or ellipsis of the original.

    Each is written "old -> new", "+added" or "-dropped".
    """
    orig = [w for s in segments(original) for w in s]
    diffs: list[str] = []
    for seg in segments(variant):
        ops = SequenceMatcher(None, orig, seg, autojunk=False).get_opcodes()
        # Leading and trailing material of the original missing from this segment is truncation.
        while ops and ops[0][0] == "delete":
            ops = ops[1:]
        while ops and ops[-1][0] == "delete":
            ops = ops[:-1]
        for n, (tag, i1, i2, j1, j2) in enumerate(ops):
            if tag == "replace":
                diffs.append(f"{' '.join(orig[i1:i2])} -> {' '.join(seg[j1:j2])}")
            elif tag == "insert":
                # Extra words at the ends when the original itself was the excerpt are not edits.
                if (n == 0 and i1 == 0) or (n == len(ops) - 1 and i1 == len(orig)):
                    continue
                diffs.append("+" + " ".join(seg[j1:j2]))
            elif tag == "delete":
                diffs.append("-" + " ".join(orig[i1:i2]))
    return diffs


def assign_cluster(
    conn: sqlite3.Connection, quote_id: int, text: str, person_id: int | None, date: str | None, outlet: str | None
) -> int:
    """Put a newly stored quote into its cluster (a new one when no earlier version exists)."""
    segs = segments(text)
    hashes = shingle_hashes(segs)
    cluster_id = None
    if hashes:
        conn.executemany("INSERT INTO shingles(hash, quote_id) VALUES (?, ?)", [(h, quote_id) for h in hashes])
    if person_id is not None and sum(map(len, segs)) >= MIN_WORDS and hashes:
        counts: dict[int, int] = {}
        hl = list(hashes)
        for i in range(0, len(hl), 400):
            chunk = hl[i : i + 400]
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(
                f"SELECT s.quote_id, count(*) FROM shingles s JOIN quotes q ON q.id = s.quote_id "
                f"WHERE s.hash IN ({marks}) AND q.person_id = ? AND q.id != ? AND q.cluster_id IS NOT NULL GROUP BY "
                "s.quote_id",
                (*chunk, person_id, quote_id),
            ):
                counts[row[0]] = counts.get(row[0], 0) + row[1]
        for cand, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:20]:
            row = conn.execute("SELECT text, cluster_id FROM quotes WHERE id = ?", (cand,)).fetchone()
            if row and same_quote(text, row[0]):
                cluster_id = row[1]
                break
    if cluster_id is None:
        cur = conn.execute(
            "INSERT INTO clusters(person_id, first_quote_id, first_seen, first_outlet, count) VALUES (?, ?, ?, ?, 1)",
            (person_id, quote_id, date, outlet),
        )
        cluster_id = int(cur.lastrowid)
        conn.execute("UPDATE quotes SET cluster_id = ? WHERE id = ?", (cluster_id, quote_id))
        return cluster_id
    conn.execute("UPDATE quotes SET cluster_id = ? WHERE id = ?", (cluster_id, quote_id))
    first = conn.execute("SELECT first_quote_id, first_seen FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
    earlier = date is not None and (first[1] is None or date < first[1])
    if earlier:
        refresh_cluster(conn, cluster_id)
    else:
        original = conn.execute("SELECT text FROM quotes WHERE id = ?", (first[0],)).fetchone()[0]
        diffs = differing_words(original, text)
        conn.execute(
            "UPDATE quotes SET altered = ?, altered_words = ? WHERE id = ?",
            (int(bool(diffs)), "; ".join(diffs) or None, quote_id),
        )
        conn.execute(
            "UPDATE clusters SET count = count + 1, altered_count = altered_count + ? WHERE id = ?",
            (int(bool(diffs)), cluster_id),
        )
    return cluster_id


def refresh_cluster(conn: sqlite3.Connection, cluster_id: int) -> None:
    """Recompute the earliest version and every variant's altered flag."""
    variants = conn.execute(
        "SELECT q.id, q.text, a.date, a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.cluster_id = ? ORDER BY coalesce(a.date, '9999'), q.id",
        (cluster_id,),
    ).fetchall()
    first = variants[0]
    altered = 0
    conn.execute("UPDATE quotes SET altered = 0, altered_words = NULL WHERE id = ?", (first[0],))
    for v in variants[1:]:
        diffs = differing_words(first[1], v[1])
        altered += bool(diffs)
        conn.execute(
            "UPDATE quotes SET altered = ?, altered_words = ? WHERE id = ?",
            (int(bool(diffs)), "; ".join(diffs) or None, v[0]),
        )
    conn.execute(
        "UPDATE clusters SET first_quote_id = ?, first_seen = ?, first_outlet = ?, count = ?, altered_count = ? "
        "WHERE id = ?",
        (first[0], first[2], first[3], len(variants), altered, cluster_id),
    )
