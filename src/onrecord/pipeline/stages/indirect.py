"""indirect: reported speech, with the reported clause as the quote's content.

Patterns, read off the dependency parse of paragraphs with a cue verb:

* ``X said (that) CLAUSE`` / ``X told Y (that) CLAUSE`` / ``X claimed, argued, warned that CLAUSE``:
  a cue verb with a subject and a clausal complement (ccomp);
* ``CLAUSE, X said.``: the same structure with the clause first;
* ``according to X, CLAUSE``: the sentence's main clause.

A clause that overlaps a quotation in marks is left to that quotation (the
direct or partial quote already carries it). Limits: beliefs and intentions
("X thinks that...") count only for the speech verbs listed here; clauses
whose parse is broken are missed.
"""
from __future__ import annotations

import bisect
import re
from typing import Any, Iterable

from ...model import Extraction, Quote, Span
from ..registry import register_stage
from .attribution import Attribution, token_index, _personish, _subject_of, cue_lemma, noun_phrase
from ...lexicon.cues import CUE_LEMMAS

# Verbs that report content (not manner-of-speaking verbs such as "laugh" or "shout").
REPORTING_LEMMAS: frozenset[str] = frozenset(
    "say tell claim argue warn insist deny admit explain note add report announce suggest predict promise "
    "acknowledge confirm state write testify allege estimate recall reveal assert contend maintain concede "
    "complain stress emphasize emphasise declare agree indicate disclose tweet post share reply respond "
    "answer caution signal vow pledge boast hint concede believe think".split()
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")


def _reporting_forms() -> "re.Pattern[str]":
    from ...lexicon.cues import FORM_TO_LEMMA

    forms = sorted({f for f, lemma in FORM_TO_LEMMA.items() if lemma in REPORTING_LEMMAS} | {"believe", "believes", "believed", "think", "thinks", "thought"}, key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)


REPORTING_FORMS = _reporting_forms()
MIN_CLAUSE_TOKENS = 3
MAX_ACCORDING_PER_SENTENCE = 3  # "according to" attributions tried per sentence (news has one, rarely two)


def _clause_span(clause: Any, exclude_marks: bool = True) -> tuple[int, int]:
    toks = [t for t in clause.subtree]
    while toks and (toks[0].dep_ == "mark" and toks[0].text.lower() in ("that", "if", "whether") or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return clause.idx, clause.idx
    return toks[0].idx, toks[-1].idx + len(toks[-1])


class _Taken:
    """Character spans already taken by a quotation, queried by overlap in about constant time.

    Spans are filed in buckets of ``_BUCKET`` characters (a list scanned per candidate was quadratic
    in the number of quotations, issue 9).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.buckets: dict[int, list[tuple[int, int]]] = {}
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        """File the span [start, end)."""
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            self.buckets.setdefault(b, []).append((start, end))

    def _near(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            yield from self.buckets.get(b, ())

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a filed span overlaps [start, end)."""
        return any(a < end and start < b for a, b in self._near(start, end))

    def starts_within(self, start: int, end: int) -> bool:
        """Whether a filed span starts in [start, end)."""
        return any(start <= a < end for a, _ in self._near(start, end))


_BUCKET = 256


@register_stage("indirect")
def find_indirect(ex: Extraction) -> Extraction:
    if "indirect" not in ex.kinds or ex.doc is None:
        return ex
    text = ex.clean_text
    index = token_index(ex)
    taken = _Taken((q.open_start if q.open_start is not None else q.start, q.close_end or q.end) for q in ex.quotes)
    found: list[tuple[Quote, Attribution]] = []
    overlaps = taken.overlaps
    para_starts = [lo for lo, _ in ex.paragraphs]

    def paragraph_of(pos: int) -> int:  # bisect: a scan per verb was quadratic (issue 9)
        k = bisect.bisect_right(para_starts, pos) - 1
        return k if k >= 0 and pos < ex.paragraphs[k][1] else -1

    for tok in ex.doc:
        if tok.is_space or not tok.tag_.startswith("VB"):
            continue
        lemma = cue_lemma(tok)
        if lemma not in REPORTING_LEMMAS or lemma not in CUE_LEMMAS | {"believe", "think"}:
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        s, e = _clause_span(clause)
        if paragraph_of(s) != paragraph_of(tok.idx) or paragraph_of(e - 1) != paragraph_of(tok.idx):
            continue  # the parser joined paragraphs; reported speech never crosses one
        gap = (min(e, tok.idx), max(s, tok.idx))
        if taken.starts_within(*gap):
            continue  # a quotation stands between the verb and the clause
        if e - s < 10 or len(list(clause.subtree)) < MIN_CLAUSE_TOKENS or overlaps(s, e) or overlaps(tok.idx, tok.idx + len(tok)):
            continue
        subj = _subject_of(tok)
        if subj is None or not _personish(subj) or subj.text.lower() in ("it", "this", "that", "there"):
            continue
        if s <= subj.idx < e:
            continue
        ms, me = noun_phrase(subj, tok.sent.start_char, tok.sent.end_char)
        q = Quote(start=s, end=e, text=ex.article.text[s:e], kind="indirect", confidence=0.7)
        a = Attribution("reported speech", Span.of(text, ms, me), Span.of(text, tok.idx, tok.idx + len(tok)), 0.7, head_index=subj.i)
        found.append((q, a))
        taken.add(s, e)
    # according to X, CLAUSE
    sentences = list(ex.doc.sents)
    sent_starts = [sent.start for sent in sentences]
    tries: dict[int, int] = {}
    for m in _ACCORDING.finditer(text):
        first = index.token_at(m.start())
        if first is None or overlaps(m.start(), m.end()):
            continue
        # Token.sent walks the whole sentence: look it up instead, and try a sentence a few times
        # only (each try reads the whole sentence; "according to " 20k times took minutes, issue 9).
        k = bisect.bisect_right(sent_starts, first.i) - 1
        tries[k] = tries.get(k, 0) + 1
        if tries[k] > MAX_ACCORDING_PER_SENTENCE:
            continue
        sent = sentences[k]
        root = sent.root
        prep = first  # "According" heads "to X" in the parse
        np_toks = (t for t in index.tokens_in(m.end(), sent.end_char) if not t.is_space)
        source: list[Any] = []
        for t in np_toks:
            if t.is_punct and t.text not in ("'", "\u2019", "-", "."):
                break
            source.append(t)
        skip = {t.i for t in prep.subtree} | {first.i} | {t.i for t in source}
        if not source or root.i in skip:
            continue
        body = [t for t in sent if t.i not in skip and not t.is_space]
        while body and body[0].is_punct:
            body = body[1:]
        while body and body[-1].is_punct:
            body = body[:-1]
        if len(body) < MIN_CLAUSE_TOKENS:
            continue
        s, e = body[0].idx, body[-1].idx + len(body[-1])
        if overlaps(s, e):
            continue
        head = next((t for t in reversed(source) if t.pos_ in ("PROPN", "NOUN", "PRON")), source[-1])
        q = Quote(start=s, end=e, text=ex.article.text[s:e], kind="indirect", confidence=0.65)
        a = Attribution("according to", Span.of(text, source[0].idx, source[-1].idx + len(source[-1])), Span.of(text, m.start(), m.end() - 1), 0.65, head_index=head.i)
        found.append((q, a))
        taken.add(s, e)
    if not found:
        return ex
    # Keep quotes and their attributions aligned, in text order.
    pairs = list(zip(ex.quotes, ex.attributions)) + found
    order = sorted(range(len(pairs)), key=lambda i: pairs[i][0].start)
    remap = {old: new for new, old in enumerate(order)}
    ex.quotes = [pairs[i][0] for i in order]
    new_attr = []
    for i in order:
        a = pairs[i][1]
        if a is not None and a.inherit_from is not None:
            a.inherit_from = remap[a.inherit_from]
        new_attr.append(a)
    ex.attributions = new_attr
    for q, a in zip(ex.quotes, ex.attributions):
        if q.kind == "indirect" and a is not None:
            q.cue = a.cue
            q.speaker_mention = a.mention
            q.evidence = a.rule
            q.paragraph = max(0, paragraph_of(q.start))
    return ex
