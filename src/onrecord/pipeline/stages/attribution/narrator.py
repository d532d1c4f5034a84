"""The narrator of a first-person piece: a person its lead introduces as remembering or recalling.

"To mark the anniversary, Rob Roe - the singer's former manager - remembers the woman behind the songs."
then quotation after quotation with no cue: those are Roe's memories, never the words of the person they
are about (who may be dead: "ten years after her death, she sold more records"). Only the lead is read
(``LEAD_CHARS``), only a present-tense verb of ``NARRATOR_LEMMAS`` whose subject is a proper name counts.
"""

from __future__ import annotations

import re
from typing import Any

from ....lexicon.cues import NARRATOR_LEMMAS
from ....model import Span

# How far into the text the lead runs: a first paragraph of one or two sentences (BBC leads are ~200-300).
LEAD_CHARS = 400
# Words that make a quotation first person: the narrator's own voice.
_APPOSITION_MARKS = frozenset({"-", "\u2013", "\u2014", ","})
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b")


def lead_narrator(doc: Any, text: str) -> tuple[Span, int] | None:
    """(mention, head token index) of the narrator the lead introduces, or None.

    A present-tense ("VBZ") main verb of ``NARRATOR_LEMMAS`` ("looks" only as "looks back") in the first
    ``LEAD_CHARS`` characters, right after a name the tagger reads as a person, or after such a name and an
    apposition between dashes or commas ("Rob Roe - her manager at the label - remembers"). Read off the
    tokens, not the parse: the parser often leaves such a long subject unattached.
    """
    for tok in doc:
        if tok.idx >= LEAD_CHARS:
            break
        # A "VBZ" form is the lemma and an "s" (the pipeline runs without a lemmatizer).
        lemma = tok.text.lower()[:-1]
        if tok.tag_ != "VBZ" or tok.dep_ != "ROOT" or lemma not in NARRATOR_LEMMAS:
            continue
        if lemma == "look" and not any(c.text.lower() == "back" for c in tok.children):
            continue
        last = _name_end_before(doc, tok.i)
        if last is None:
            continue
        first = last
        while first > tok.sent.start and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        return Span.of(text, doc[first].idx, doc[last].idx + len(doc[last])), last
    return None


def _name_end_before(doc: Any, i: int) -> int | None:
    """The index of the last word of the person's name that ends just before token ``i``, skipping one
    apposition set off by a pair of dashes or commas; None when no such name is there."""
    j = i - 1
    if j >= 0 and doc[j].text in _APPOSITION_MARKS:
        j -= 1
        while j > doc[i].sent.start and doc[j].text not in _APPOSITION_MARKS:
            j -= 1
        j -= 1
    if j < 0 or doc[j].ent_type_ != "PERSON" or doc[j].pos_ != "PROPN":
        return None
    return j


def first_person(quote_text: str) -> bool:
    """Whether a quotation speaks in the first person ("I joined the label in 1977")."""
    return _FIRST_PERSON.search(quote_text) is not None
