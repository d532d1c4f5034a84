"""verbatim: which words of a stored quotation are the speaker's own, and how to show it honestly.

A quotation's ``kind`` says how much of its text is verbatim (see ``model.Quote``):

- "direct": all of it, so it is shown in quotation marks;
- "partial": the words in quotation marks. A bare fragment (its span is inside the marks) is shown in
  marks; a mixed quote (a reported clause holding a quoted fragment) keeps its own marks around the
  fragment and is labelled as reported, so only the fragment reads as verbatim;
- "indirect" (reported speech): none of it, the reporter's paraphrase, shown without marks and labelled.

Why: a journalist copying a paraphrase shown in quotation marks would misquote its speaker (trial 4, F9),
and a paraphrase's tense change is no altered quotation. ``verbatim_text`` gives the words a cluster's
"altered" check may compare; ``shown_quote`` the one display every interface (CLI, API, web) uses.
"""

from __future__ import annotations

import re

REPORTED_LABEL = "reported: "
# Double marks of every family pair freely (scraped copy mixes them); single curly marks count only at a
# word boundary, so that an apostrophe ("Britain’s") never opens a fragment.
_FRAGMENT = re.compile(
    r"[\"\u201c\u201e\u00ab\u201f]([^\"\u201c\u201d\u201e\u00ab\u00bb]+)[\"\u201d\u00bb]"
    r"|(?<!\w)\u2018([^\u2018\u2019]+?)\u2019(?!\w)"
)
_ELLIPSIS = " \u2026 "  # clusters.segments splits a quote's parts at an ellipsis
# A straight double mark between two letters is an apostrophe in copy that types one so ("OPEC"s largest
# producer", the Reuters corpus): it opens nothing, so it is not counted when marks are balanced.
_MARK_AS_APOSTROPHE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')


def quoted_fragments(text: str) -> list[str]:
    """The stretches of ``text`` inside quotation marks, in order (empty when it holds no marked words)."""
    return [(m.group(1) or m.group(2)).strip() for m in _FRAGMENT.finditer(text) if (m.group(1) or m.group(2)).strip()]


def verbatim_text(text: str, kind: str) -> str | None:
    """The words of a quotation that are the speaker's own, as one string (parts joined by an ellipsis),
    or None when none are (reported speech with no quoted fragment).

    direct: the whole text; partial: its marked fragments, or the whole text when the span is the
    fragment itself; indirect: its marked fragments only.
    """
    if kind == "direct":
        return text
    fragments = quoted_fragments(text)
    if fragments:
        return _ELLIPSIS.join(fragments)
    return text if kind == "partial" else None


def is_reported(text: str, kind: str) -> bool:
    """Whether a quotation's text is (at least partly) the reporter's words: reported speech, or a
    mixed quote whose span runs beyond its quoted fragment."""
    return kind == "indirect" or (kind == "partial" and bool(quoted_fragments(text)))


_PAIRS = (("\u201c", "\u201d"), ("\u00ab", "\u00bb"))  # curly and guillemet double marks: (opening, closing)


def _close_marks(words: str) -> str:
    """``words`` with a double quotation mark it opens and never closes closed at its end: a span that
    stops inside a quoted fragment ('it a "paper tiger'), or a cut to the width, never shows an
    unbalanced mark (trial 5, F9). Straight marks count in pairs, leaving out one written between two letters
    (an apostrophe, ``_MARK_AS_APOSTROPHE``: trial 16); single marks are apostrophes too."""
    if (words.count('"') - len(_MARK_AS_APOSTROPHE.findall(words))) % 2:
        words += '"'
    for opening, closing in _PAIRS:
        if words.count(opening) > words.count(closing) and words.rfind(opening) > words.rfind(closing):
            words += closing
    return words


def shown_quote(text: str, kind: str, width: int | None = None) -> str:
    """A quotation as a reader should see it: verbatim words in quotation marks, reported words labelled
    ``REPORTED_LABEL`` and never wrapped in marks (a mixed quote keeps only its own marks). ``width``:
    the most characters of the text kept (cut with an ellipsis inside the marks or after the label)."""
    words = " ".join(text.split())
    if width is not None and len(words) > width:
        words = words[: width - 1] + "\u2026"
    words = _close_marks(words)
    if is_reported(text, kind):
        return REPORTED_LABEL + words
    return "\u201c" + words + "\u201d"
