"""Speakers: the local speaker mention of each quotation becomes a person, an organisation or an
unnamed source (pronouns, descriptions, surnames resolved through the person table)."""
from __future__ import annotations

import re

from ....lexicon.organisations import ORG_WORDS
from ....lexicon.people import UNNAMED_HEADS
from ....lexicon.titles import ROLE_NOUNS
from ....model import Extraction, Mention, Person, Span
from ..attribution import PRONOUNS, root_attribution
from .table import PersonTable, norm, YEAR_OLD

_INDEFINITE = re.compile(r"^(?:a|an|one|two|three|several|some|many|other|another|sources?)\b", re.IGNORECASE)


def resolve_speakers(ex: Extraction) -> Extraction:
    """Resolve each quote's speaker mention; sets ``ex.people`` (people with mentions first, then the rest)."""
    table = PersonTable(ex)
    table.build()
    table.facts()
    table.descriptions()
    extra: list[Person] = []

    def new_person(name: str | None, kind: str, mention: Span, mkind: str, descriptor: str | None) -> Person:
        for p in table.people + extra:
            same_head = descriptor and p.descriptors and p.descriptors[0].lower().split()[-1:] == descriptor.lower().split()[-1:]
            if p.kind == kind and kind != "person" and ((name and p.name == name) or (not name and same_head)):
                p.mentions.append(Mention(mention.start, mention.end, mention.text, mkind))
                return p
        p = Person(id=f"p{len(table.people) + len(extra) + 1}", name=name, kind=kind)
        if descriptor:
            p.descriptors.append(descriptor)
        p.mentions.append(Mention(mention.start, mention.end, mention.text, mkind))
        extra.append(p)
        return p

    resolved: dict[tuple[int, int], Person | None] = {}
    for k, q in enumerate(ex.quotes):
        a = root_attribution(ex.attributions, k) if ex.attributions else None
        if a is None or a.mention is None:
            continue
        m = a.mention
        key = (m.start, m.end)
        if key in resolved:
            q.speaker = resolved[key]
            continue
        speaker: Person | None = None
        low = m.text.lower().strip()
        head = ex.doc[a.head_index] if a.head_index is not None else None
        first_word = low.split()[0] if low.split() else ""
        if low in PRONOUNS or first_word in ("who",):
            gender = PRONOUNS.get(low)
            if low in ("who", "which", "that"):
                speaker = table.person_at(m.start - 60, m.start) or table.resolve_pronoun(m.start, "any")
            else:
                speaker = table.resolve_pronoun(m.start, gender or "any")
            if speaker is not None:
                speaker.mentions.append(Mention(m.start, m.end, ex.article.text[m.start:m.end], "pronoun"))
                if gender in ("female", "male") and speaker.gender is None:
                    speaker.gender = gender
                    speaker.gender_evidence = f"'{m.text}' as speaker"
        else:
            # The head decides: "Caitlyn Jenner's memoir" is a memoir, not Caitlyn Jenner.
            if head is not None and head.text[:1].islower() and head.text.lower() not in ROLE_NOUNS | UNNAMED_HEADS | set(PRONOUNS) and not YEAR_OLD.search(m.text) and head.pos_ in ("NOUN", "PROPN"):
                speaker = new_person(None, "unnamed", m, "description", m.text)
                resolved[key] = speaker
                q.speaker = speaker
                continue
            head_span = (head.idx, head.idx + len(head)) if head is not None and head.pos_ == "PROPN" else (m.start, m.end)
            speaker = table.person_at(*head_span)
            if speaker is None:
                is_org = head is not None and (norm(head.text) in ORG_WORDS or any(norm(t.text) in ORG_WORDS for t in ex.doc[max(0, head.i - 3):head.i + 1]) or head.ent_type_ in ("ORG", "NORP", "GPE") and head.pos_ == "PROPN")
                org_of = re.search(r"\b(?:for|of|at)\s+(?:the\s+)?([A-Z][\w&.\- ]+)$", m.text)
                if org_of and re.search(r"spokes|representative|rep\b|statement|official", low):
                    speaker = new_person(org_of.group(1).strip(), "organisation", m, "description", re.sub(r"\s+(?:for|of|at)\s+.*$", "", m.text))
                elif is_org and head is not None and head.pos_ == "PROPN":
                    speaker = new_person(m.text.strip(), "organisation", m, "name", None)
                elif _INDEFINITE.match(low) or (head is not None and head.text.lower() in UNNAMED_HEADS and not low.startswith(("her ", "his "))):
                    speaker = new_person(None, "unnamed", m, "description", m.text)
                elif head is not None and head.pos_ == "PROPN":
                    speaker = None
                else:
                    speaker = table.resolve_description(m)
                    if speaker is not None:
                        speaker.mentions.append(Mention(m.start, m.end, ex.article.text[m.start:m.end], "description"))
                        desc = re.sub(r"^(?:the|her|his|their)\s+", "", m.text, flags=re.I)
                        desc = YEAR_OLD.sub("", desc).strip(" -")
                        if desc:
                            table.add_descriptor(speaker, desc)
        resolved[key] = speaker
        q.speaker = speaker
    # Relations name the other person by their final, fullest name.
    for p in table.people:
        fixed = []
        for rel, other in p.relations:
            pid = table.match([norm(w) for w in other.split()], 0) if other else None
            fixed.append((rel, table.people[pid].name or other if pid is not None else other))
        p.relations = fixed
    people = [p for p in table.people if p.mentions] + extra
    for p in people:
        p.mentions.sort(key=lambda mm: mm.start)
    ex.people = people
    return ex
