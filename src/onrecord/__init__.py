"""onrecord: who said what, about whom, where and when, in news text."""
from __future__ import annotations

from typing import Iterable

from .errors import Err, OnrecordError
from .model import Article, Extraction, Mention, Noise, Person, Quote, SocialPost, Span

__version__ = "0.1.0"

_PIPELINE = None


def get_pipeline():  # type: ignore[no-untyped-def]
    """The process-wide pipeline (the spaCy model loads once)."""
    global _PIPELINE
    if _PIPELINE is None:
        from .pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def extract(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    id: str | None = None,
    url: str | None = None,
    kinds: "Iterable[str] | None" = None,
) -> Extraction:
    """Every quotation in ``text`` with its speaker, cue, medium and evidence.

    ``kinds`` keeps only some quote kinds ("direct", "partial", "indirect"); default all.
    """
    if not isinstance(text, str):
        raise TypeError("extract() takes the article text as a str")
    return get_pipeline()(Article(text=text, id=id, title=title, date=date, url=url), kinds=kinds)


__all__ = ["extract", "Article", "Extraction", "Quote", "Person", "Mention", "SocialPost", "Noise", "Span", "Err", "OnrecordError", "__version__"]
