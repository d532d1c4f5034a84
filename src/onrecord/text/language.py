"""Is this text English? A cheap function-word count, so a user is told when onrecord reads text
in a language it was not built for (its rules, word lists and model are English).

The share of a language's commonest function words is 25-45 % of the words of running text in that
language and a few per cent in another (measured here on every English set of ../shared/data/corpora:
no English article with 40 words or more is taken for another language). Tables and wire-service
price lists have few function words of any language, so a text is called foreign only when another
language's share is both clearly present and above English's.
"""

from __future__ import annotations

import re

from ..lexicon.english import FUNCTION_WORDS, OTHER_LANGUAGES

MIN_WORDS = 40  # below this the counts say nothing
MIN_FOREIGN_SHARE = 0.12  # another language's words must make up at least this share of the words

_WORD = re.compile(r"[^\W\d_]+")


def foreign_language(text: str) -> tuple[str, float, float] | None:
    """``(language, its share, English's share)`` when ``text`` reads as another language, else None.

    Shares are fractions of the words (0-1). Only the first 20,000 characters are counted.
    """
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < MIN_WORDS:
        return None
    english = sum(w in FUNCTION_WORDS for w in words) / len(words)
    share, language = max((sum(w in ws for w in words) / len(words), name) for name, ws in OTHER_LANGUAGES.items())
    if share >= MIN_FOREIGN_SHARE and share > english:
        return language, share, english
    return None
