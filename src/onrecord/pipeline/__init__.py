"""The pipeline: read -> clean -> find quotes -> parse -> cues and speakers -> people -> social -> medium -> assemble."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

from ..model import Article, Extraction
from ..nlp import load_nlp
from .budget import DEFAULT_BUDGET, Budget, blank_from, now, parser_copy, token_cut
from .registry import STAGES
from .stages import (  # noqa: F401  (registers the stages)
    attribution,
    clean,
    confidence,
    focus,
    indirect,
    layout,
    medium,
    people,
    quotes,
    social,
)

PRE_PARSE = ["clean", "layout", "quotes", "focus"]
POST_PARSE = ["attribution", "indirect", "people", "confidence", "social", "medium"]
ALL_KINDS = frozenset({"direct", "partial", "indirect"})


def _assemble(ex: Extraction) -> Extraction:
    """Re-slice every span from the text as given, order the quotes, drop working state."""
    text = ex.article.text
    for q in ex.quotes:
        q.text = text[q.start:q.end]
        if q.speaker_mention is not None:
            q.speaker_mention = type(q.speaker_mention).of(text, q.speaker_mention.start, q.speaker_mention.end)
        if q.cue is not None:
            q.cue = type(q.cue).of(text, q.cue.start, q.cue.end)
        if q.fragment is not None:
            q.fragment = type(q.fragment).of(text, q.fragment.start, q.fragment.end)
    ex.quotes.sort(key=lambda q: q.start)
    for p in ex.people:
        for m in p.mentions:
            m.text = text[m.start:m.end]
    return ex


class Pipeline:
    """Runs the registered stages over articles; spaCy work is batched with nlp.pipe."""

    def __init__(self, nlp: Any | None = None, batch_size: int = 32, budget: Budget = DEFAULT_BUDGET) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size
        self.budget = budget

    def _pre(self, article: Article, kinds: frozenset[str] = ALL_KINDS) -> Extraction:
        started = now()
        warnings: list[str] = []
        if self.budget.chars is not None and len(article.text) > self.budget.chars:
            warnings.append(
                f"the article is {len(article.text):,} characters long, over the budget of {self.budget.chars:,}; "
                "only the start was read"
            )
            article = replace(article, text=article.text[:self.budget.chars])
        ex = Extraction(article=article, kinds=kinds)
        for name in PRE_PARSE:
            ex = STAGES[name](ex)
        ex.warnings = warnings
        ex.deadline = self.budget.deadline(started)
        parse = ex.parse_text or ex.clean_text
        cut = token_cut(parse, self.budget.parse_tokens)
        if cut is not None:
            ex.warnings.append(
                f"the parser's budget of {self.budget.parse_tokens:,} tokens per article ran out at character {cut:,}; "
                "the rest was not parsed: its quotations are kept, attributed only where no parse is needed"
            )
            ex.parse_text = blank_from(parse, cut)
        return ex

    def _post(self, ex: Extraction) -> Extraction:
        for name in POST_PARSE:
            ex = STAGES[name](ex)
        ex = _assemble(ex)
        ex.quotes = [q for q in ex.quotes if q.kind in ex.kinds]
        ex.doc = None
        ex.token_index = None
        ex.attributions = []
        return ex

    def __call__(self, article: Article, kinds: Iterable[str] | None = None) -> Extraction:
        return next(iter(self.pipe([article], kinds=kinds)))

    def pipe(self, articles: Iterable[Article], kinds: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Extractions in input order. ``kinds`` limits the work: without "indirect", fewer paragraphs are parsed."""
        wanted = frozenset(kinds) if kinds else ALL_KINDS
        batch: list[Extraction] = []
        for article in articles:
            batch.append(self._pre(article, wanted))
            if len(batch) >= self.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)

    def parsed(self, articles: Iterable[Article], kinds: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Extractions right after the parse, before the stages that read it (for training and inspection)."""
        wanted = frozenset(kinds) if kinds else ALL_KINDS
        batch = [self._pre(article, wanted) for article in articles]
        for start in range(0, len(batch), self.batch_size):
            yield from self._flush(batch[start:start + self.batch_size], post=False)

    def _flush(self, batch: list[Extraction], post: bool = True) -> Iterator[Extraction]:
        # Long texts are parsed in paragraph-aligned chunks and joined again, so memory stays
        # bounded and token offsets still index the whole text. Short ones are parsed together;
        # a long one piece by piece, so its time budget is checked between pieces.
        texts = [parser_copy(ex.parse_text or ex.clean_text) for ex in batch]
        with self.nlp.memory_zone():
            short = [n for n, t in enumerate(texts) if len(t) <= CHUNK_CHARS]
            docs: dict[int, Any] = dict(zip(short, self.nlp.pipe((texts[n] for n in short), batch_size=self.batch_size)))
            for n, ex in enumerate(batch):
                if n not in docs:
                    docs[n] = self._parse_long(ex, texts[n])
                ex.doc = docs.pop(n)
                yield self._post(ex) if post else ex

    def _parse_long(self, ex: Extraction, text: str) -> Any:
        parts = []
        for chunk_start, chunk in _offsets(chunk_text(text)):
            if ex.deadline is not None and now() > ex.deadline and text[chunk_start:].strip():
                ex.warnings.append(
                    f"the time budget of {self.budget.seconds:g} s per article ran out at character {chunk_start:,}; "
                    "the rest was not parsed: its quotations are kept, attributed only where no parse is needed"
                )
                text = blank_from(text, chunk_start)  # the rest is parsed as blank: cheap, offsets hold
            parts.append(self.nlp(text[chunk_start:chunk_start + len(chunk)]))
        return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def _offsets(pieces: list[str]) -> Iterator[tuple[int, str]]:
    start = 0
    for piece in pieces:
        yield start, piece
        start += len(piece)


CHUNK_CHARS = 100_000


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut text into pieces of about `size` characters at line breaks; "".join(pieces) == text."""
    if len(text) <= size:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces
