"""clusters: the same quote by the same speaker across articles, and its variants.

Pure similarity code: no SQL here (the store, ``store.Store``, keeps the index and the clusters).

The rule, the same in both engines: only quotes with a speaker and ``MIN_WORDS`` words are clustered;
in reading order a quote joins the cluster of its best earlier match (most shared shingles, then the
earliest) or starts one; clusters never merge; a cluster holds one quote an article (a quotation
repeated or cut within its own article is no second version of it; trial3 F11).

Two ways to find candidates, both verified by ``same_quote`` (rapidfuzz's partial_ratio per ellipsis
segment, alignment-tolerant of light edits):

- one store, incrementally (``onrecord ingest --engine local``): every quote's word 3-shingles
  (``shingle_hashes``) live in the store's ``shingles`` table; a new quote probes it with its own
  shingles, restricted to the same speaker. This finds *containment* (a truncated or ellipsised
  quote shares all its shingles with the full one) and persists in the quote's transaction.
- at scale (``--engine dask``): MinHash-LSH banding (``band_keys``, datasketch's MinHash) keyed by
  speaker, grouped by a shuffle; each group's pairs are verified and the verified pairs joined into
  clusters in reading order (``join_in_order``), as the store does, so on the same inputs the
  clusters are the same. LSH estimates Jaccard similarity, so a short excerpt of a much longer
  quote (under about a fifth of its shingles) can be missed there; the local index finds it.

A variant is *altered* when its words differ from the earliest version's
beyond punctuation, case, truncation and ellipsis. Only words in quotation marks count
(``text.verbatim.verbatim_text``): reported speech is the reporter's paraphrase, so its tense or wording
may change without anyone being misquoted (trial 4, F9).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Hashable, Iterable
from difflib import SequenceMatcher
from typing import Any

from ..text.verbatim import verbatim_text

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
    from rapidfuzz import fuzz  # here, so that the store opens with the standard library alone (read-only readers)

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


def altered_words(original: tuple[str, str], variant: tuple[str, str]) -> list[str]:
    """``differing_words`` over the verbatim words only of two ``(text, kind)`` quotations: empty when
    either has no words in quotation marks (reported speech), as a paraphrase misquotes nobody."""
    before, after = verbatim_text(*original), verbatim_text(*variant)
    if before is None or after is None:
        return []
    return differing_words(before, after)


def dropped_ends(original: tuple[str, str], variant: tuple[str, str]) -> str | None:
    """What a version cut at its start or end, without an ellipsis, leaves out of ``original``; both
    ``(text, kind)``, verbatim words only. ``"at the end: and we will double its hours"``; None when the
    variant is not such a cut (or either has no words in quotation marks). A cut is no alteration (the
    words kept are the speaker's), but a reader checking a quote wants to know what it no longer says
    (trial 12 F13)."""
    before, after = verbatim_text(*original), verbatim_text(*variant)
    if before is None or after is None:
        return None
    orig, segs = [w for s in segments(before) for w in s], segments(after)
    if len(segs) != 1 or not segs[0] or len(segs[0]) >= len(orig):
        return None  # an ellipsis marks its own cut
    kept = segs[0]
    for i in range(len(orig) - len(kept) + 1):
        if orig[i : i + len(kept)] == kept:
            parts = [(f"at the start: {' '.join(orig[:i])}", i > 0)]
            parts.append((f"at the end: {' '.join(orig[i + len(kept) :])}", i + len(kept) < len(orig)))
            return "; ".join(text for text, cut in parts if cut)
    return None


def best_match(text: str, candidates: Iterable[tuple[int, str]]) -> int | None:
    """The first candidate ``(id, text)`` that ``same_quote`` holds for with ``text``; None when none does."""
    for cand_id, cand_text in candidates:
        if same_quote(text, cand_text):
            return cand_id
    return None


def clusterable(text: str) -> bool:
    """Whether a quote is long enough to be clustered (``MIN_WORDS`` words, ellipses aside)."""
    return sum(map(len, segments(text))) >= MIN_WORDS


# MinHash-LSH banding: NUM_PERM = BANDS x ROWS permutations. Two quotes become candidates when one
# band of ROWS minima agrees: probability 1 - (1 - J**ROWS)**BANDS for Jaccard similarity J, i.e.
# 0.73 at J = 0.2, 0.95 at J = 0.3, 0.9998 at J = 0.5 (the banding formula of Leskovec, Rajaraman and
# Ullman, Mining of Massive Datasets, ch. 3.4). Few rows per band keep containment (truncated quotes).
NUM_PERM = 64
BANDS = 32
ROWS = NUM_PERM // BANDS
MINHASH_SEED = 12  # fixed: every worker must draw the same permutations


def band_keys(text: str) -> list[str]:
    """The LSH band keys of a quote (hex strings, ``BANDS`` of them, each prefixed by its band number);
    empty for a quote too short to cluster. Deterministic across processes and machines."""
    from datasketch import MinHash

    segs = segments(text)
    if sum(map(len, segs)) < MIN_WORDS:
        return []
    grams = {" ".join(w[i : i + SHINGLE]) for w in segs for i in range(max(1, len(w) - SHINGLE + 1)) if len(w) >= 2}
    if not grams:
        return []
    proto = _minhash_prototype()
    mh = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, permutations=proto.permutations, scheme=proto.scheme)
    mh.update_batch([g.encode("utf-8") for g in sorted(grams)])
    raw = mh.hashvalues.tobytes()
    width = len(raw) // BANDS  # the bytes of one band's ROWS values
    return [f"{b}:{raw[b * width : (b + 1) * width].hex()}" for b in range(BANDS)]


@functools.lru_cache(maxsize=1)
def _minhash_prototype() -> Any:
    """A MinHash of ``NUM_PERM`` permutations drawn from ``MINHASH_SEED``, made once per process: its
    permutations are shared by every quote's MinHash (drawing them again took 0.2 ms a quote, 60 % of
    banding one)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)


def join_in_order(
    edges: Iterable[tuple[Hashable, Hashable, int]], article_of: Callable[[Any], Hashable] | None = None
) -> dict[Hashable, Hashable]:
    """Clusters from verified pairs, as the store forms them one quote at a time (``Store.assign_cluster``).

    ``edges``: ``(earlier, later, shared shingles)`` for each pair ``same_quote(later, earlier)`` holds
    for, items ordered as they are stored. In that order each quote joins the cluster of its best earlier
    match (most shared shingles, then the earliest), or starts one; clusters never merge, so a chain of
    near matches does not pull unrelated quotes together. ``article_of(item)``: the item's article; a
    cluster then holds one quote an article (a match whose cluster has one of the article is passed
    over), the rule of the module. Returns item -> its cluster's first item.
    """
    matches: dict[Hashable, list[tuple[int, Hashable]]] = {}
    for earlier, later, shared in edges:
        matches.setdefault(later, []).append((-shared, earlier))
    first: dict[Hashable, Hashable] = {}
    articles: dict[Hashable, set[Hashable]] = {}  # cluster (its first item) -> the articles of its quotes
    for later in sorted(matches):  # type: ignore[type-var]
        mine = article_of(later) if article_of is not None else None
        for _, best in sorted(matches[later]):  # type: ignore[type-var]
            root = first.get(best, best)
            members = articles.setdefault(root, {article_of(root)} if article_of is not None else set())
            if article_of is not None and mine in members:
                continue
            first[later] = root
            first.setdefault(best, best)
            members.add(mine)
            break
    return first
