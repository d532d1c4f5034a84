"""The pipeline: clean, layout, quotes, focus, parse, attribution, indirect, people, confidence, social, medium.

Each stage is registered (``registry``) with the fields of the working state (``state.ArticleState``)
it requires and assigns; ``Pipeline`` checks the order once (``registry.check_order``), runs the
stages over each article and turns the working state into the output, ``model.Extraction``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from ..model import Article, Extraction
from ..nlp import load_nlp
from ..text.language import language_warning
from .budget import DEFAULT_BUDGET, Budget, blank_from, now, token_cut
from .registry import STAGES, check_order
from .stages import (  # noqa: F401  (registers the stages)
    attribution,
    clean,
    confidence,
    focus,
    indirect,
    layout,
    medium,
    parse,
    people,
    quotes,
    social,
)
from .stages.parse import CHUNK_CHARS, chunk_text
from .state import ALL_KINDS, ArticleState

# The stages in order; "parse" is the batched one between the two halves.
PRE_PARSE = ("clean", "layout", "quotes", "focus")
# Confidence comes last: the medium stage's relay ("Lee said: "...," the Times reported") can still give a quotation
# another speaker and cue, and the revision must read the speaker the reader gets (the resolution model is fitted
# on the pipeline's final quotations, ``training._held_out_outcomes``).
POST_PARSE = ("attribution", "indirect", "people", "social", "medium", "confidence")
STAGE_ORDER = (*PRE_PARSE, "parse", *POST_PARSE)
# Articles parsed together. The dependency parser decodes the whole batch at once (its greedy steps
# vectorise across documents); every other network runs 4 articles at a time (``parse.NETWORK_BATCH``),
# whose activations for a larger batch are what cost memory. PolNeAR dev, 302 articles, all kinds
# (2026-11-30, CPU of extract_many in one process): 16 parsed together took 15.4 s CPU at 307 MB peak
# against 16.2 s at 280 MB for 4; 32 took 14.9 s at 354 MB (more than textacy's 343 MB); 16 with
# every network at 16 took 15.7 s at 437 MB. The output is the same at any size.
PARSE_BATCH = 16
# Articles parsed inside one spaCy memory zone (a zone drops the words it met when it ends, so memory
# stays flat over a long run; the words its articles share are looked up once). PolNeAR dev, 302
# articles: the tokenizer took 1.83 s CPU with a zone per 4 articles, 1.5 s per 32; the output is the same.
ZONE_ARTICLES = 32

__all__ = ["ALL_KINDS", "CHUNK_CHARS", "STAGE_ORDER", "STAGES", "ArticleState", "Pipeline", "chunk_text"]


def _assemble(st: ArticleState) -> Extraction:
    """Re-slice every span from the text as given, order the quotes, keep only the output."""
    text = st.article.text
    for q in st.quotes:
        q.text = text[q.start : q.end]
        if q.speaker_mention is not None:
            q.speaker_mention = type(q.speaker_mention).of(text, q.speaker_mention.start, q.speaker_mention.end)
        if q.cue is not None:
            q.cue = type(q.cue).of(text, q.cue.start, q.cue.end)
        if q.fragment is not None:
            q.fragment = type(q.fragment).of(text, q.fragment.start, q.fragment.end)
    st.quotes.sort(key=lambda q: q.start)
    stopped = st.budget_warning()
    if stopped is not None:
        st.warnings.append(stopped)
    for p in st.people:
        for m in p.mentions:
            m.text = text[m.start : m.end]
    st.quotes = [q for q in st.quotes if q.kind in st.kinds]
    return st.to_extraction()


class Pipeline:
    """Runs the registered stages over articles; the parse is batched with ``nlp.pipe``.

    ``nlp``: a loaded spaCy model (default ``nlp.load_nlp()``); ``batch_size``: articles per parse
    batch (``PARSE_BATCH``); ``budget``: the per-article limits (``budget.Budget``). Raises ValueError when the stage
    order breaks a declared requirement (``registry.check_order``).
    """

    def __init__(self, nlp: Any | None = None, batch_size: int = PARSE_BATCH, budget: Budget = DEFAULT_BUDGET) -> None:
        check_order(STAGE_ORDER)
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size
        self.budget = budget

    def _pre(self, article: Article, kinds: frozenset[str] = ALL_KINDS) -> ArticleState:
        started = now()
        warnings: list[str] = []
        if self.budget.chars is not None and len(article.text) > self.budget.chars:
            warnings.append(
                f"the article is {len(article.text):,} characters long, over the budget of {self.budget.chars:,}; "
                "only the start was read"
            )
            article = replace(article, text=article.text[: self.budget.chars])
        foreign = language_warning(article.text)
        if foreign is not None:
            warnings.append(foreign)
        st = ArticleState(article=article, kinds=kinds)
        for name in PRE_PARSE:
            st = STAGES[name](st)
        st.warnings = warnings
        st.deadline = self.budget.deadline(started)
        st.budget_seconds = self.budget.seconds
        st.pre_seconds = now() - started
        text = st.parse_text or st.clean_text
        cut = token_cut(text, self.budget.parse_tokens)
        if cut is not None:
            st.warnings.append(
                f"the parser's budget of {self.budget.parse_tokens:,} tokens per article ran out at character {cut:,}; "
                "the rest was not parsed: its quotations are kept, attributed only where no parse is needed"
            )
            st.parse_text = blank_from(text, cut)
        return st

    def _post(self, st: ArticleState) -> Extraction:
        for name in POST_PARSE:
            st = STAGES[name](st)
        return _assemble(st)

    def __call__(self, article: Article, kinds: Iterable[str] | None = None) -> Extraction:
        """The extraction of one article (see ``pipe``)."""
        return next(iter(self.pipe([article], kinds=kinds)))

    def pipe(self, articles: Iterable[Article], kinds: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Extractions in input order. ``kinds`` limits the work: without "indirect", fewer paragraphs are parsed."""
        wanted = frozenset(kinds) if kinds else ALL_KINDS
        batch: list[ArticleState] = []
        for article in articles:
            batch.append(self._pre(article, wanted))
            if len(batch) >= max(self.batch_size, ZONE_ARTICLES):
                yield from map(self._post, self._parse(batch))
                batch = []
        if batch:
            yield from map(self._post, self._parse(batch))

    def parsed(self, articles: Iterable[Article], kinds: Iterable[str] | None = None) -> Iterator[ArticleState]:
        """Working states right after the parse, before the stages that read it (for training and inspection).

        Each state's ``doc`` is alive only until the next one is taken.
        """
        wanted = frozenset(kinds) if kinds else ALL_KINDS
        size = max(self.batch_size, ZONE_ARTICLES)
        batch: list[ArticleState] = []
        # Prepared batch by batch, as ``pipe`` does: an article's time budget starts when its batch does, so
        # the last of 300 articles is not out of time before its parse begins (the trainers read thousands).
        for article in articles:
            batch.append(self._pre(article, wanted))
            if len(batch) >= size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, batch: list[ArticleState]) -> Iterator[ArticleState]:
        return STAGES["parse"](batch, self.nlp, self.budget, self.batch_size)
