"""The working state of one article while the stages run (the pipeline's scratchpad).

``ArticleState`` holds what the output will hold (``article``, ``quotes``, ``people``,
``social_posts``, ``noise``, ``warnings``) and, beside it, what the stages hand each other and
nobody downstream of the pipeline sees: the cleaned working copy of the text, its paragraphs,
the parse, the token index, the attributions. ``to_extraction`` turns it into the output,
``model.Extraction``, and drops the rest. Every offset indexes ``article.text`` as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..model import Article, Extraction, Noise, Person, Quote, SocialPost
from .budget import now

ALL_KINDS = frozenset({"direct", "partial", "indirect"})

V = TypeVar("V")


class ByQuote(Generic[V]):
    """Values keyed by quotation (by identity: a ``Quote`` is a mutable dataclass, not hashable).

    A stage that adds, drops or reorders ``ArticleState.quotes`` leaves the others' values where
    they are: nothing is kept in step by list position. ``get`` gives None for a quotation without one.
    """

    __slots__ = ("_items",)

    def __init__(self, pairs: Iterable[tuple[Quote, V]] = ()) -> None:
        self._items: dict[int, tuple[Quote, V]] = {}
        for quote, value in pairs:
            self[quote] = value

    def __setitem__(self, quote: Quote, value: V) -> None:
        self._items[id(quote)] = (quote, value)  # the quote is kept, so its id is not reused

    def get(self, quote: Quote) -> V | None:
        """The value of ``quote``, or None."""
        item = self._items.get(id(quote))
        return item[1] if item is not None else None

    def in_order(self, quotes: Iterable[Quote]) -> list[V | None]:
        """The values of ``quotes``, in their order (None where a quotation has none)."""
        return [self.get(q) for q in quotes]

    def __len__(self) -> int:
        return len(self._items)


@dataclass(slots=True)
class ArticleState:
    """One article as the stages see it; see the module docstring for what is output and what is scratch."""

    article: Article
    # What the output keeps (model.Extraction).
    quotes: list[Quote] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    social_posts: list[SocialPost] = field(default_factory=list)
    noise: list[Noise] = field(default_factory=list)
    # Limits of the budget that were hit (pipeline.budget): in the output only when there are any.
    warnings: list[str] = field(default_factory=list)
    # Working state, not part of the output.
    # The working copy every stage reads: the text as given, same length, noise blanked, and
    # (after the layout stage) hard-wrap line breaks turned into spaces, so one line is one paragraph.
    clean_text: str = ""
    paragraphs: Any = field(default_factory=list)  # text.paragraphs.Paragraphs after layout: (start, end) per line
    layout: Any = None  # what the layout stage found (pipeline.stages.layout.Layout): wrap width, joins
    kinds: frozenset[str] = ALL_KINDS  # which quote kinds to look for
    parse_text: str = ""  # clean_text with the paragraphs not worth parsing blanked (same length)
    unparsed: list[tuple[int, int]] = field(default_factory=list)  # text regions the parser never saw
    doc: Any = None  # the spaCy Doc over parse_text (the parse stage)
    token_index: Any = None  # character offsets to tokens, built once per doc (attribution.token_index)
    # The attribution (stages.attribution.Attribution) of each quotation, from the attribution stage.
    attributions: ByQuote[Any] = field(default_factory=ByQuote)
    # Speaker mentions resolved through a weak link (people stage): (start, end) -> "contested pronoun",
    # "shared surname"; the confidence stage caps their confidence.
    speaker_links: dict[tuple[int, int], str] = field(default_factory=dict)
    deadline: float | None = None  # monotonic time (seconds) by which the article's work must end (pipeline.budget)
    budget_seconds: float | None = None  # the time budget the deadline was set from, for the warning
    pre_seconds: float = 0.0  # the time the stages before the parse took (counted against the budget)
    stopped_at: int | None = None  # where the work stopped when the deadline passed (character offset)
    stopped_in: str = ""  # the stage it stopped in

    def start_clock(self) -> None:
        """Restart the article's budget clock when its own parse or stages begin, less the time its stages before
        the parse took: the time it waited behind other articles of its batch is not its own (trial 13: six small
        articles queued behind a 1,000,000-character one ran out of time at character 0)."""
        if self.budget_seconds is not None:
            self.deadline = now() + self.budget_seconds - self.pre_seconds

    def out_of_time(self, stage: str, at: int) -> bool:
        """Whether a stage must skip its work on the item at character ``at``: the article's time budget is spent.

        A stage asks before each item (a quotation, a name) in text order; about 60 ns a call. Once the deadline
        has passed, the stage stops there (``stopped_at``, ``stopped_in``) and every later stage skips the items
        from that character on; the items before it get what the later stages do in a grace of a tenth of the
        budget more (so the quotations a stage reached keep what comes of them), after which the stop moves
        back to where that stage was. ``budget_warning`` words the result.
        """
        if self.deadline is None or (self.stopped_at is None and now() <= self.deadline):
            return False
        if self.stopped_at is None:
            self.stopped_at, self.stopped_in = at, stage
            return True
        if at >= self.stopped_at:
            return True
        if now() <= self.deadline + (self.budget_seconds or 0.0) / 10:
            return False
        self.stopped_at, self.stopped_in = at, stage
        return True

    def budget_warning(self) -> str | None:
        """The one line saying where the time budget stopped the work (None when it did not)."""
        if self.stopped_at is None or self.stopped_in == "parse":
            return None  # the parse words its own stop
        budget = f"{self.budget_seconds:g} s" if self.budget_seconds is not None else "time"
        return (
            f"the time budget of {budget} per article ran out in the {self.stopped_in} stage at character "
            f"{self.stopped_at:,}; the quotations from there on are kept without speaker, except where a full name "
            "names one (by name only, at lower confidence)"
        )

    def to_extraction(self) -> Extraction:
        """The output: the article, quotations, people, social posts, noise and warnings (shared, not copied)."""
        return Extraction(
            article=self.article,
            quotes=self.quotes,
            people=self.people,
            social_posts=self.social_posts,
            noise=self.noise,
            warnings=self.warnings,
        )
