"""Delayed identification: an article's first speaker brought in by a description and named in the next sentence.

News ledes often hold a speaker's name back and give a description instead; the sentence after the lede names
the person as the subject of a verb of saying ("Tax cuts are needed, the shadow chancellor said. | Oliver Letwin
said the UK could not compete ..."; "..., a Home Office minister has said. | Hazel Blears said ..."). The
description and the name are one person: every quotation of the unnamed source goes to the named one (BBC and
wire style; the "delayed identification lede" of news-writing manuals, e.g. the AP Stylebook's guidance on
leads, and Bell 1991, "The Language of News Media", on the lede's "news actor" named later).

The rule holds only when the description is the article's way of introducing its first person: nobody else
was named before it (others named later in its sentence, "A developer who ran the Hale campaign said ...", are what
the lede tells of), the description is of one person (``describes_a_person``, not plural), the very next
narrative sentence opens with a person's name that is the subject of a verb of saying, that person was not
named in the lede sentence or before, and their gender (when known) fits the description's.
"""

from __future__ import annotations

import re
from typing import Any

from ....lexicon.cues import CUE_LEMMAS, DOCUMENT_NOUNS, STATEMENT_NOUNS
from ....lexicon.people import FEMALE_WORDS, MALE_WORDS
from ....lexicon.titles import ROLE_NOUNS, is_title_word
from ....model import Person
from ...state import ArticleState
from ..attribution import cue_lemma
from .table import describes_a_person, first_name_gender

# The sentences an article's opening may take before its lede ends: a headline, a dateline line, the lede.
LEDE_SENTENCES = 3
# Most title words written before the name of the person the next sentence names ("Chief executive Gail Berman").
TITLE_WORDS_BEFORE = 3


def identify_lede_sources(ex: ArticleState, resolver: Any) -> None:
    """Give every quotation of an unnamed source the lede brought in by a description to the person the next
    sentence names (module docstring); ``resolver`` is the article's ``SpeakerResolver``. Changes
    ``Quote.speaker`` in ``ex.quotes`` and moves the source's mentions and description to that person."""
    table = resolver.table
    sources = [p for p in resolver.extra if p.kind == "unnamed" and p.descriptors and p.mentions]
    for source in sources:
        first = min(source.mentions, key=lambda m: m.start)
        if not _one_person(source.descriptors[0]) or not _in_lede(table, first.start):
            continue
        if _named_before(table, first.start, (first.start, first.end)):
            continue
        person = _named_next(ex, table, first.start)
        end = _sentence_end(table, first.start)
        if person is None or any(m.start < end for m in person.mentions if m.kind == "name"):
            continue  # "Mike Tindall's agent has warned ... | Tindall said": the owner is not the agent
        if not _gender_fits(source.descriptors[0], person):
            continue
        for same in [source, *_taken_up(resolver.extra, source, first.start)]:
            for q in ex.quotes:
                if q.speaker is same:
                    q.speaker = person
            person.mentions.extend(same.mentions)
            resolver.extra.remove(same)
        table.add_descriptor(person, re.sub(r"^(?:the|a|an)\s+", "", source.descriptors[0], flags=re.I))
        return  # one lede, one first person


def _taken_up(extra: list[Person], source: Person, pos: int) -> list[Person]:
    """The unnamed sources a definite description with ``source``'s head noun brought in after offset ``pos``
    ("a transport minister has said ... The minister added"): the same referent taken up again."""
    head = source.descriptors[0].lower().split()[-1]
    return [
        p
        for p in extra
        if p is not source
        and p.kind == "unnamed"
        and p.descriptors
        and p.descriptors[0].lower().startswith("the ")
        and p.descriptors[0].lower().split()[-1] == head
        and all(m.start > pos for m in p.mentions)
    ]


def _one_person(description: str) -> bool:
    """Whether ``description`` describes one person: a person's head noun, not a plural ("the researchers")."""
    words = description.split()
    if not words or not (describes_a_person(description) or describes_a_person(words[-1])):
        return False  # "the Trade and Industry Secretary": the head is the last word
    head = words[-1].lower()
    if head in DOCUMENT_NOUNS or head in STATEMENT_NOUNS:
        return False  # "a report claims": a document, whose author the next sentence may name
    return not (head.endswith("s") and not head.endswith(("ss", "us")))


def _named_before(table: Any, pos: int, inside: tuple[int, int]) -> bool:
    """Whether anyone is named (a name mention of a person) before offset ``pos`` outside the description at
    ``inside`` (its own owner, "Mike Tindall's agent", is someone else): then the description need not be how
    the article brings in its first person, nor the name after it a new one."""
    lo, hi = inside
    return any(
        p.kind == "person" and any(m.kind == "name" and m.start < pos and not lo <= m.start < hi for m in p.mentions)
        for p in table.people
    )


def _sentence_end(table: Any, pos: int) -> int:
    """The end offset of the sentence at ``pos`` (``pos`` itself off any token)."""
    tok = table.index.token_at(pos)
    return tok.sent.end_char if tok is not None else pos


def _in_lede(table: Any, pos: int) -> bool:
    """Whether offset ``pos`` lies in one of the article's first ``LEDE_SENTENCES`` sentences (a headline or a
    dateline may come before the lede)."""
    tok = table.index.token_at(pos)
    if tok is None:
        return False
    sentences = [s for s in tok.doc[: tok.sent.start].sents if any(not t.is_space for t in s)]
    return len(sentences) < LEDE_SENTENCES


def _named_next(ex: ArticleState, table: Any, pos: int) -> Person | None:
    """The person whose name opens the narrative sentence right after the one at ``pos`` as the subject of a
    verb of saying ("Oliver Letwin said ..."), or None."""
    tok = table.index.token_at(pos)
    if tok is None:
        return None
    doc = ex.doc
    i = tok.sent.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return None
    sent = doc[i].sent
    words = [t for t in sent if not t.is_space]
    if not words or not words[0].text[:1].isupper():
        return None
    subject = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or cue_lemma(subject.head) not in CUE_LEMMAS:
        return None
    after = doc[subject.i + 1].text if subject.i + 1 < len(doc) else ""
    if any(t.text in ",(" for t in words if words[0].i <= t.i < subject.i) or after in (",", "("):
        return None  # "John Roe, a neighbour, said": someone the sentence describes anew
    person = table.person_at(subject.idx, subject.idx + 1)
    if person is None or person.kind != "person":
        return None
    end = subject.idx + len(subject)
    name = next((m for m in person.mentions if m.kind == "name" and m.end == end), None)
    # The name is the whole subject, after a title at most ("Chief executive Gail Berman said"): "Report author
    # Dan Lewis said" names someone by a work of theirs, no new speaker.
    before = [t for t in words if name is not None and t.idx < name.start]
    titled = len(before) <= TITLE_WORDS_BEFORE and all(_title_or_role(t.text) for t in before)
    return person if name is not None and titled else None


def _title_or_role(word: str) -> bool:
    """Whether ``word`` is a title ("Chief", "Dr") or a role noun ("executive"), as written before a name."""
    return is_title_word(word) or word.lower() in ROLE_NOUNS


def _gender_fits(description: str, person: Person) -> bool:
    """Whether the gender ``description``'s words show ("spokeswoman", "his") fits ``person``'s known gender."""
    words = set(re.findall(r"[a-z]+", description.lower()))
    shown = "female" if words & FEMALE_WORDS else "male" if words & MALE_WORDS else None
    known = person.gender or first_name_gender(person.name or "")
    return shown is None or known in (None, "unknown", shown)


# Fewest words a description needs (its article aside) before writing it again with a name ties it to that name:
# "the French ambassador to Chile" is one post's holder; "the minister" may be any of several.
SAME_DESCRIPTION_MIN_WORDS = 3


def same_description_named(ex: ArticleState, resolver: Any) -> None:
    """An unnamed source brought in by a definite description ("The French ambassador to Chile warned") is the
    one named person the article gives the very same description, before or after ("The French ambassador to
    Chile Paul Girard said", "Paul Girard, the French ambassador to Chile,"): a description of
    ``SAME_DESCRIPTION_MIN_WORDS`` words or more, written again with a name, names its one referent. Its
    quotations go to that person; None of this when no one, or several people, have that description."""
    table = resolver.table
    for source in list(resolver.extra):
        if source.kind != "unnamed" or not source.descriptors:
            continue
        description = source.descriptors[0]
        key = _description_key(description)
        if not description.lower().startswith("the ") or len(key.split()) < SAME_DESCRIPTION_MIN_WORDS:
            continue
        if not _one_person(description):
            continue
        found = [
            p
            for p in table.people
            if p.kind == "person"
            and p.name
            and any(_description_key(d) == key for d in [*table.tying_descriptors(p), p.title or ""])
        ]
        if len(found) != 1:
            continue
        for q in ex.quotes:
            if q.speaker is source:
                q.speaker = found[0]
        found[0].mentions.extend(source.mentions)
        resolver.extra.remove(source)


def _description_key(description: str) -> str:
    """``description`` lower-cased, its article dropped and its white space made single, for comparing."""
    return " ".join(re.sub(r"^(?:the|a|an)\s+", "", description.strip().lower()).split())
