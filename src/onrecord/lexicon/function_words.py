"""Function words the layout and quotation stages read headings by.

``TITLE_SMALL_WORDS``: words English title case leaves in lower case (articles, short prepositions
and conjunctions; Chicago Manual of Style 8.159), so "Talks on the Budget Stall" is still title case.
``SENTENCE_OPENERS``: capitalised words that open a sentence far more often than they continue a
name: determiners, personal pronouns, common prepositions and conjunctions. A heading line is
followed by a sentence, and a sentence most often starts with one of these; a line that ends in a
name ("Treasury Secretary David") is followed by the rest of the name instead.
"""

from __future__ import annotations

TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "&", "vs", "vs."]
)

SENTENCE_OPENERS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "in",
        "on",
        "at",
        "as",
        "after",
        "before",
        "when",
        "while",
        "if",
        "but",
        "and",
        "or",
        "so",
        "for",
        "with",
        "by",
        "from",
        "since",
        "during",
        "under",
        "some",
        "many",
        "most",
        "more",
        "several",
        "all",
        "both",
        "each",
        "every",
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "what",
        "why",
        "how",
        "who",
        "where",
        "yet",
        "still",
        "however",
        "meanwhile",
    ]
)

# Labels a headline opens with before a colon that name a kind of story or a section, not a source:
# "Live: ...", "Analysis: ...", "Watch: ..." ("Gillibrand: 'I think she will'" names who spoke).
HEADLINE_LABELS: frozenset[str] = frozenset(
    [
        "analysis",
        "audio",
        "breaking",
        "comment",
        "commentary",
        "correction",
        "editorial",
        "exclusive",
        "explainer",
        "factbox",
        "factcheck",
        "fact",
        "feature",
        "gallery",
        "interview",
        "letters",
        "listen",
        "live",
        "news",
        "obituary",
        "opinion",
        "photos",
        "pictures",
        "podcast",
        "preview",
        "profile",
        "q&a",
        "quiz",
        "read",
        "recap",
        "review",
        "timeline",
        "transcript",
        "update",
        "updated",
        "video",
        "watch",
    ]
)

# Subordinating conjunctions and prepositions that open a clause before a name ("Unlike Patriot, the firm ...",
# "Because Google owns ..."): never the first word of a person's or an organisation's name. Kept apart from
# ``SENTENCE_OPENERS``, which the layout stage reads headings by.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    ["because", "unlike", "although", "though", "whether", "unless", "until", "despite", "once", "without"]
    + ["within", "amid", "amidst", "among", "against", "throughout", "via", "upon", "whereas", "whilst", "since"]
)
