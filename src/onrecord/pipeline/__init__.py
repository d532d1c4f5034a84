"""The pipeline: read -> clean -> find quotes -> parse -> cues and speakers -> people -> social -> medium -> assemble."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

from ..model import Article, Extraction
from ..nlp import load_nlp
from .registry import STAGES
from .stages import attribution, clean, focus, indirect, medium, people, quotes, social  # noqa: F401  (registers the stages)

MAX_CHARS = 2_000_000  # spaCy's own limit is 1,000,000 per doc; we parse paragraphs, not the whole text

PRE_PARSE = ["clean", "quotes", "focus"]
POST_PARSE = ["attribution", "indirect", "people", "social", "medium"]
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
    ex.quotes.sort(key=lambda q: q.start)
    for p in ex.people:
        for m in p.mentions:
            m.text = text[m.start:m.end]
    return ex


class Pipeline:
    """Runs the registered stages over articles; spaCy work is batched with nlp.pipe."""

    def __init__(self, nlp: Any | None = None, batch_size: int = 32) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size

    def _pre(self, article: Article, kinds: frozenset[str] = ALL_KINDS) -> Extraction:
        ex = Extraction(article=article, kinds=kinds)
        for name in PRE_PARSE:
            ex = STAGES[name](ex)
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
        # bounded and token offsets still index the whole text.
        pieces: list[tuple[int, str]] = []
        for n, ex in enumerate(batch):
            pieces.extend((n, chunk) for chunk in chunk_text(ex.parse_text or ex.clean_text))
        with self.nlp.memory_zone():
            docs: list[list[Any]] = [[] for _ in batch]
            for (n, _), doc in zip(pieces, self.nlp.pipe((c for _, c in pieces), batch_size=self.batch_size)):
                docs[n].append(doc)
            for ex, parts in zip(batch, docs):
                ex.doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
                yield self._post(ex) if post else ex


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
