"""people: who the mentions are (a package of small modules).

* ``table``: the person table: names grown to their fullest form, titles split off, short forms,
  descriptors, ages, how the article refers to each person, pronoun and description resolution;
* ``speakers``: each quotation's speaker mention resolved to a person, organisation or unnamed source.
"""

from __future__ import annotations

from ...registry import register_stage
from ...state import ArticleState
from .speakers import resolve_speakers


@register_stage(
    "people",
    requires=("clean_text", "parse_text", "paragraphs", "unparsed", "doc", "quotes", "attributions"),
    assigns=("people", "quotes.speaker", "speaker_links"),
)
def resolve_people(ex: ArticleState) -> ArticleState:
    """Build the person table and give every quotation its speaker (sets ``ex.people``, ``Quote.speaker``)."""
    return resolve_speakers(ex)
