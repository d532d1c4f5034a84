"""Speakers: the local speaker mention of each quotation becomes a person, an organisation or an
unnamed source (pronouns, descriptions, surnames resolved through the person table).

Rules, in order, for a mention that is not a pronoun (each is a convention of news writing):

1. a description tied to a name by the text: "a spokeswoman, Carla Menendez" (apposition, also after a
   relative clause: "The Democrat who defeated him, Gov. Lena Marsh," and with a name as the description's
   owner: "Trump's Ohio state director, Bob Paduchik") or "a man ... who goes by the name 'Tiny'" / "known
   as" / "nicknamed" (naming clause);
2. a title or role written before a name: "Commissioner Idris Okonjo" is Idris Okonjo;
3. a name in the person table;
4. an organisation ("The Liberal Democrats" -> "Liberal Democrats"), or "the agency"/"the center"
   for the organisation the article named with that head word;
5. "a spokeswoman for X" is an unnamed source (not X) unless the article names X's spokeswoman;
6. an indefinite or unnamed-source description stays unnamed with its description;
7. a definite description ("the minister", "the 34-year-old", "the Democrat", "the Dutchwoman") is the person
   given that role, age, party or people; "the younger Paladino" is the family member of that generation.

Afterwards a definite description the text gives the same words as a named person (a caption, a headline)
is that person.

Before rules 3-7, a statement or publication given as the speaker ("his comments", "the statement", "the UN
draft resolution", ``STATEMENT_NOUNS``) is its author's: the possessor, the name before the noun, or whoever the
clause that brought the statement in says issued it. An acronym takes the name the article spells out.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import Any, NamedTuple

from ....lexicon.cues import (
    AUTHORING_FORMS,
    CUE_LEMMAS,
    CUE_WORD_FORMS,
    DOCUMENT_NOUNS,
    NOUN_LIKE_CUE_LEMMAS,
    QUANTITY_SOURCES,
    QUESTION_LEMMAS,
    STATEMENT_NOUNS,
)
from ....lexicon.function_words import CLAUSE_OPENERS, SENTENCE_OPENERS
from ....lexicon.organisations import (
    BUSINESS_HEADS,
    COLLECTIVE_SOURCES,
    FIRM_DESIGNATORS,
    FIRM_SUFFIXES,
    HEAD_KIND_ENDINGS,
    HEAD_NAME_ENDINGS,
    INSTITUTION_HEADS,
    MANY_PER_COUNTRY_HEADS,
    NAMED_FOR_A_PERSON,
    OF_FORM_HEADS,
    ORG_HEADS,
    ORG_WORDS,
    OTHER_BODY_MODIFIERS,
    PUBLIC_BODY_WORDS,
    firm_designator_pattern,
)
from ....lexicon.outlets import is_outlet_name
from ....lexicon.people import (
    AFFILIATION_FORMS,
    FEMALE_WORDS,
    FIRST_PERSON_PRONOUNS,
    GENERIC_GROUP_WORDS,
    MALE_WORDS,
    MONTHS,
    NAME_PARTICLES,
    RELATION_WORDS,
    SPEAKS_FOR_HEADS,
    UNNAMED_HEADS,
    WEEKDAYS,
)
from ....lexicon.places import STREET_WORDS
from ....lexicon.titles import (
    CASE_OFFICES,
    COURTESY_BEFORE_SURNAME,
    LOOSE_ROLE_HEADS,
    OFFICE_MODIFIERS,
    OFFICE_TITLES,
    POST_NOMINALS,
    ROLE_NOUNS,
    ROYAL_TITLES,
    is_honorific,
    is_role_compound,
    is_title_word,
)
from ....model import Mention, Person, Quote, Span
from ....text.names import of_form
from ....text.spans import SpanSet
from ...state import ArticleState
from ..attribution import PRONOUNS, cue_lemma, noun_phrase, subject_of
from ..quotes import CITED, NOT_SPEECH_WHY, TITLE
from ..transcript import ANSWER_LABEL, QUESTION_LABEL, TRANSCRIPT_RULE
from .antecedents import recorder
from .identified import identify_lede_sources, same_description_named
from .pronouns import (
    DESCRIBED_WINDOW,
    aside_mention,
    body_noun,
    chain_start,
    described_subject,
    neuter_subject,
    numbered_text,
    one_person_head,
    renames_named,
)
from .table import (
    FUTURE_HOLDER,
    NEW_ANCHOR,
    OWNED_PEOPLE_HEADS,
    YEAR_OLD,
    PersonTable,
    describes_a_person,
    first_name_gender,
    given_name,
    joined_letters,
    main_clause_subject,
    norm,
    numbered_thing,
)

# Nouns for what one posts on a platform, and the verbs that tell who posted it ("Blake posted a video on X ... the
# post said"; "She shared a photo ... the caption read").
_POST_NOUNS = frozenset({"post", "tweet", "caption"})
_POSTING_FORMS = frozenset(
    f"{stem}{end}" for stem in ("post", "tweet", "upload") for end in ("", "s", "ed")
) | frozenset({"share", "shares", "shared", "write", "writes", "wrote"})
# Heads of a plural description of two people named together just before: "the couple", "the researchers".
_PAIR_HEADS = frozenset(
    {"couple", "pair", "duo", "two", "researchers", "authors", "co-authors", "brothers", "sisters", "founders"}
)
# "Travis Kelce's mom": a name (one to three capitalised words), a possessive, one noun.
_OWNED_RELATIVE = re.compile(r"(?P<owner>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)['\u2018\u2019]s?\s+(?P<rel>[a-z\-]+)")
# Up to three lower-case words of a role before a name in apposition: "mechanical engineer " of ", mechanical engineer
# Richard Weir, 60, said" (group 1 the role).
_ROLE_BEFORE_NAME = re.compile(r"((?:[a-z][a-z\-]+ ){0,2}[a-z][a-z\-]+) (?=[A-Z])")
# A run of capitalised words, a name with its initials: "Afrasiab Anwar MBE", "Rod J. Rosenstein".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019\-.]*(?: [A-Z][\w'\u2019\-.]*){0,4}")
# What may close a name set off in apposition: post-nominal letters, an age, then a comma.
_CLOSED_NAME = re.compile(r"(?: [A-Z]{2,4})*(?:, \d{1,3})?,")
# "The younger Paladino", "the elder Bush": a family name with the generation that picks one of the family.
_GENERATION = re.compile(r"^the\s+(younger|elder|older)\s+", re.IGNORECASE)
# A short relative clause up to the comma of an apposition: " who defeated him, " (no quotation inside).
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom)\s+[^,.;:\"\u201c\u201d]{1,60}?,\s*")
# An acronym: "GNA", "OPEC", "AT&T" (no dots: "U.S." is a place).
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# The word that says what kind of firm a name is, which news copy drops after the first reference.
_DESIGNATOR = firm_designator_pattern()
# A firm's legal suffix after one or two capitalised words of its trade: "Woodside Petroleum Ltd", "Acme Oil Corp.".
_TRADE_AND_SUFFIX = r"(?:[A-Z][a-z]+\s+){1,2}" + firm_designator_pattern(FIRM_SUFFIXES)
# "Page B1", "Section 4", "p. A12": a place in a paper or a document, by its number or code.
_PRINTED_PLACE = re.compile(
    r"(?:the\s+)?(?:[Pp]ages?|[Ss]ections?|[Cc]hapters?|[Cc]olumns?|[Pp]p?\.)\s*[A-Z]{0,2}\d{1,4}[A-Za-z]?"
)
# "His “Invocation”", "Omar Reyes's “Lament”": a possessor, then a capitalised title opened by a quotation mark.
_POSSESSED_TITLE = re.compile(
    r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?=['\u2019]s\b))(?:['\u2019]s)?\s*"
    r"[\u201c\"\u2018'][A-Z]"
)
# A relative clause saying the person is not named: "the strategist, who requested anonymity", "the official, who
# asked not to be identified", "the aide, who spoke on condition of anonymity".
_ANONYMOUS = re.compile(
    r",?\s+who\s+(?:requested|asked for|insisted on|spoke on (?:the )?condition of|asked not to be|declined to be"
    r"|did not want to be|could not be)\s+(?:anonymity|named|identified)\b",
    re.IGNORECASE,
)
# An indefinite description of one person: "one dealer", "a Western aid specialist", "another banker".
_ONE_UNNAMED = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
# Third-person pronouns of a person: one between a quotation and a "he added" may mean someone else.
_PERSONAL = frozenset({"he", "she", "his", "her", "him", "hers", "himself", "herself"})
_INDEFINITE = re.compile(r"^(?:a|an|one|two|three|several|some|many|other|another|sources?)\b", re.IGNORECASE)
_NAMING_CLAUSE = re.compile(
    r"\b(?:(?:goes|went|go|going) by (?:the )?(?:name|nickname)(?: of)?|(?:is |was )?(?:known|referred to) as"
    r"|nicknamed|(?:who )?calls? (?:himself|herself|themselves)|identified (?:only )?as|named)"
    r"\s+[\"'\u201c\u2018]?(?P<name>[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2})"
)
# Words that open another clause between a description and a naming verb, whose subject is then someone else.
_OTHER_CLAUSE = re.compile(r"\b(?:which|that|said|says|told|tells|added|adds|according)\b", re.IGNORECASE)
_ORG_OF = re.compile(r"\b(?:for|of|at|to)\s+(?:the\s+)?([A-Z][\w&.\- ]+)$")
# A capitalised organisation name, with an owner in the possessive: "National Weather Service's Storm
# Prediction Center", and lower-case joining words inside it: "Finance and Economy Ministry", "Ministry of
# Foreign Affairs". Bounded repetitions keep it linear.
_ORG_RUN = re.compile(
    r"(?:(?:[A-Z][\w&\-]*\s+){0,4}[A-Z][\w&\-]*['\u2019]s\s+)?"
    r"(?:[A-Z][\w&\-]*\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?(?=[A-Z]))?){0,5}(?P<last>[A-Z][\w&\-]*)\b"
)
ORG_LOOKBACK = 3000
# Lower-case words inside a body's name: "&" ("Ernst & Young"), "of"/"for" ("Bank of England", "Centre for Policy").
_OF_JOINERS = frozenset({"&", "of", "for"})
# Lower-case heads a firm is referred back to by ("the company said"), and how far back (characters) the firm
# named with its designator is looked for (a paragraph or two: news repeats the name after that).
_FIRM_HEADS = frozenset({"company", "firm", "airline", "carrier"})
FIRM_LOOKBACK = 1500
# Kind nouns of non-state bodies that, like a business, are often named without their kind ("Dunmore Rovers sacked
# their manager ... the club said", "Oxfam launched an appeal ... the charity said"): the body the tagger found
# before, as for "the company" (``SpeakerResolver._business_named_before``).
_TAGGED_BODY_HEADS = frozenset({"club", "charity"})
# The joining word before a day or a month a name run took in: " on " of "the Defense Ministry on Sunday".
_DATE_JOIN = re.compile(r"\s+(?:on|of|for|and|&)\s+(?:the\s+)?$")
# Partners a firm's name lists with commas before its last "and": "Hollis, " of "Hollis, Grant and Webb Ltd",
# "Merrill Lynch, Pierce, " (one or two capitalised words each, right before the rest of the name).
_LISTED_PARTNERS = re.compile(r"(?:\b[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)?,\s+)+$")
# The rest of an organisation's name after a mention cut at a joining word: " on Presidential Debates",
# " and Commercial Workers International Union", " in Government Unit" (at most five capitalised words).
_ORG_TAIL = re.compile(
    r"\s+(?P<join>of|on|for|in|and|&)\s+(?:the\s+)?(?:[A-Z][\w&\-]*\s+){0,4}(?P<last>[A-Z][\w&\-]*)\b(?!['\u2019]s)"
)
# A capitalised word and "and" right before a mention, with nothing before them on their line but a line start or a
# sentence's end: "Wessex and " of "Wessex and Mercia Police".
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[\n.!?]\s)|(?<=\n))(?P<word>[A-Z][\w\-]*)\s+(?:and|&)\s+$")
# The rest of a firm's name joined by an ampersand: " & Young", " & Gamble" (one or two capitalised words; "and"
# may join two bodies, "Ford and General Motors", but news writes "&" inside one name).
_FIRM_AMPERSAND = re.compile(r"\s*&\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\b(?!['\u2019]s)")
# "LoveBScott.com", "Politico.eu": a web address names a publication.
_NAME_THEN_ORG = re.compile(r"^,?\s+((?:of|at|from)\s+(?:the\s+)?[A-Z][\w&.'\u2019\- ]*)$")
# A social-media handle as news writes it: "@jdoe", "u/jdoe", or a user name no word is, letters with digits or
# an underscore inside ("acebush1", "jane_doe99"). A bare word ("jdoe") cannot be told from a surname.
_HANDLE = re.compile(r"(?:@|u/)[A-Za-z0-9_.]{2,30}|[A-Za-z][A-Za-z_.]*(?:\d+[A-Za-z_]*|_[A-Za-z0-9_]+)")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these"})
_DOMAIN = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|co\.uk|eu|io|news|tv)$", re.I)
# A pronoun whose best referent beats the next compatible person by less than this (1.0 is 300 characters
# of distance in ``PersonTable.rank_pronoun``) rests on a contested link: two people could be meant.
CONTESTED_MARGIN = 1.0
# Unions read for every candidate head, made once.
_ROLE_OR_UNNAMED = frozenset(ROLE_NOUNS | UNNAMED_HEADS)
_COURTESY_WORDS = frozenset(norm(w).rstrip(".") for w in COURTESY_BEFORE_SURNAME)
_NO_NAMED_HEAD = _ROLE_OR_UNNAMED | set(PRONOUNS) | ORG_HEADS | INSTITUTION_HEADS
_PLACED_APPOSITION = re.compile(r"(\s+(?:in|at|of|for|from|on)\s+[^,.;:\"\u201c\u201d]{1,40}?)\s*,\s*(?=[A-Z])")
# How far (characters) after a quotation a "he added" still picks up that quotation's speaker.
CARRY_WINDOW = 250
# What follows a name the article brings in as a new voice: an age or a description set off by commas ("Kiran Patel,
# 56,", "Kiran Patel, a nurse at the clinic").
_INTRODUCING = re.compile(r"\s*,\s*(?:\d{1,3}\s*[,.]|(?:\d{1,3}\s*,\s*)?(?:a|an|the)\s+[a-z])")
# How far (characters) after a speaker "it" resolved to a body a later "it said" with no body of its own in reach
# still means that body (wire copy runs "it said ... it added ... it noted" over paragraphs).
NEUTER_CARRY = 800
_SPOKESPERSON = re.compile(r"spokes|representative|\brep\b|statement|official", re.IGNORECASE)
# Words that join an office's name to its title before a holder's name ("Secretary of State John Kerry").
_OFFICE_LINKS = frozenset({"of", "for", "and", "the"})


_POSSESSIVE = re.compile(r"['\u2019]s?(?=\s)")


class SpeakerResolver:
    """Resolves speaker mentions for one article against its person table."""

    def __init__(self, ex: ArticleState, table: PersonTable) -> None:
        self.ex = ex
        self.table = table
        self.text = ex.clean_text
        self.extra: list[Person] = []
        self.weak: dict[tuple[int, int], str] = {}  # mention span -> weak link (ArticleState.speaker_links)
        self._author_depth = 0  # a statement's author is never looked up through another statement
        self._paragraph_starts: list[int] | None = None  # made on first use (_paragraph_start)
        self._neuter_said: list[tuple[int, Person]] = []  # (offset, body) of each speaker "it" resolved so far

    # -- people outside the table -----------------------------------------
    def new_person(self, name: str | None, kind: str, mention: Span, mkind: str, descriptor: str | None) -> Person:
        """An organisation or unnamed source; the same name (or description head) joins an earlier one."""
        for p in self.table.people + self.extra:
            same_head = (
                descriptor
                and p.descriptors
                and p.descriptors[0].lower().split()[-1:] == descriptor.lower().split()[-1:]
                and _modifiers(p.descriptors[0]) == _modifiers(descriptor)
            )
            if p.kind == kind and kind != "person" and ((name and p.name == name) or (not name and same_head)):
                p.mentions.append(Mention(mention.start, mention.end, mention.text, mkind))
                return p
        p = Person(id=f"p{len(self.table.people) + len(self.extra) + 1}", name=name, kind=kind)
        if descriptor:
            p.descriptors.append(descriptor)
        p.mentions.append(Mention(mention.start, mention.end, mention.text, mkind))
        self.extra.append(p)
        return p

    def named_pair(self, m: Span, person: Person | None) -> Person | None:
        """The two people a coordinated subject names ("Tony Blair and George Bush expressed 'sympathy'"):
        mention ``m``, resolved to ``person``, is one of two named people joined by "and" as the subject;
        one speaker named "Tony Blair and George Bush" (ANNOTATION.md: the speaker as the article names it,
        both people speaking), made once per pair. None when ``m`` is anything else."""
        if person is None or person.kind != "person" or not person.name:
            return None
        span = self.ex.doc.char_span(m.start, m.end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is None or head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        conj = [c for c in head.children if c.dep_ == "conj"]
        joiner = [c for c in head.children if c.dep_ == "cc"]
        if len(conj) != 1 or len(joiner) != 1 or joiner[0].lower_ != "and" or conj[0].pos_ != "PROPN":
            return None
        if any(c.dep_ == "conj" for c in conj[0].children) or not joiner[0].i < conj[0].i:
            return None  # three people or more, or a list the parse got wrong
        first = self.table.person_at(head.idx, head.idx + len(head))
        other = self.table.person_at(conj[0].idx, conj[0].idx + len(conj[0]))
        if person not in (first, other):
            return None
        return self._pair_of(first, other, m, "name")

    def _pair_of(self, first: Person | None, other: Person | None, m: Span, mention_kind: str) -> Person | None:
        """One speaker "A and B" for two different named people, made once and given mention ``m`` of
        ``mention_kind`` ("name" or "description"); None unless both are people with names."""
        if first is None or other is None or first is other:
            return None
        if first.kind != "person" or other.kind != "person" or not first.name or not other.name:
            return None
        name = f"{first.name} and {other.name}"
        made = [p for p in self.extra if p.kind == "person" and p.name == name]
        if made:
            made[0].mentions.append(Mention(m.start, m.end, m.text, mention_kind))
            return made[0]
        pair = self.new_person(name, "person", m, mention_kind, None)
        pair.gender = "plural"
        return pair

    def described_pair(self, m: Span, low: str, head: Any) -> Person | None:
        """The two people a plural description of two ("the couple", "the researchers", ``_PAIR_HEADS``) refers
        back to: the latest two named people joined by "and" as a clause's subject in the mention's sentence or
        the one before ("Edelstein and Kilian also estimated ... Concluded the researchers: "Q""), one speaker
        named "Paul Edelstein and Lutz Kilian" as ``named_pair`` makes it (ANNOTATION.md: the speaker as the
        article names it). None when the mention is no such description or no such pair is written there."""
        if head is None or not low.startswith("the ") or m.end != head.idx + len(head):
            return None
        if head.lower_ not in _PAIR_HEADS or len(low.split()) > 3:
            return None
        doc = self.ex.doc
        sent = head.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        for tok in reversed(doc[lo : head.i]):
            if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass") or self.table.quote_spans.covers(tok.idx):
                continue
            conj = [c for c in tok.children if c.dep_ == "conj"]
            joiner = [c for c in tok.children if c.dep_ == "cc"]
            if len(conj) != 1 or len(joiner) != 1 or joiner[0].lower_ != "and" or conj[0].pos_ != "PROPN":
                continue
            if any(c.dep_ == "conj" for c in conj[0].children):
                return None  # three people or more
            first = self.table.person_at(tok.idx, tok.idx + len(tok))
            other = self.table.person_at(conj[0].idx, conj[0].idx + len(conj[0]))
            return self._pair_of(first, other, m, "description")
        return None

    def _name_in_marks(self, m: Span) -> bool:
        """Whether mention ``m`` is a pseudonym the article gave in quotation marks (``pseudonyms``), with the
        marks right around it: '"Perry" countered:' after 'his name was "Perry"'."""
        name = " ".join(m.text.split())
        if name not in pseudonyms(self.text):
            return False
        before, after = self.text[max(0, m.start - 1) : m.start], self.text[m.end : m.end + 1]
        return bool(before) and before in _OPENING_MARKS and bool(after) and after in _CLOSING_MARKS

    def named_outright(self, name: str, m: Span) -> Person:
        """The person the article calls ``name`` (one word), or a new person so named: the table's person whose
        name ends with that word when there is exactly one, else the one made earlier from the same word."""
        known = [p for p in self.table.people if p.kind == "person" and p.name and p.name.split()[-1] == name]
        made = [p for p in self.extra if p.kind == "person" and p.name == name]
        person = known[0] if len(known) == 1 else (made[0] if made else None)
        if person is None:
            return self.new_person(name, "person", m, "name", None)
        self._mention(person, m, "name")
        return person

    def labelled(self, m: Span, head_index: int | None = None) -> Person | None:
        """The person a transcript's turn label names ("BAIER", "JAKE TAPPER"; ``stages.transcript``): the table's
        person with that name or surname, case aside, when there is exactly one, else a person named by the label
        in title case (made once per label). An answer's label ("A") names nobody: the one interviewed is the
        person named at ``head_index`` (None when the introduction names nobody); a question's ("Q") is the
        interviewer's, whom it does not name."""
        label = " ".join(m.text.split())
        if label == QUESTION_LABEL:
            return None
        if label == ANSWER_LABEL:
            if head_index is None:
                return None
            head = self.ex.doc[head_index]
            return self.table.person_at(head.idx, head.idx + len(head))
        words = [w.upper() for w in label.split()]
        known = [
            p
            for p in self.table.people
            if p.kind == "person"
            and p.name
            and (p.name.upper().split() == words or (len(words) == 1 and p.name.upper().split()[-1] == words[0]))
        ]
        if len(known) == 1:
            self._mention(known[0], m, "name")
            return known[0]
        name = " ".join(w[:1] + w[1:].lower() for w in label.split())
        made = [
            p
            for p in self.extra
            if p.kind == "person" and p.name and (p.name == name or (len(words) == 1 and p.name.split()[-1] == name))
        ]
        if made:
            self._mention(made[0], m, "name")
            return made[0]
        return self.new_person(name, "person", m, "name", None)

    def _mention(self, person: Person, m: Span, kind: str) -> None:
        person.mentions.append(Mention(m.start, m.end, self.ex.article.text[m.start : m.end], kind))
        if kind == "description":
            self.table.note_described(person, m.start, m.text)  # "the grade-school girl said": she, from here on

    # -- rules --------------------------------------------------------------
    def work_owner(self, owner: Span) -> Person | None:
        """The person whose work a mention names ("His “Invocation” is a plea ..."): the possessive pronoun
        resolved as a pronoun, a possessor's name ("Reyes's “Lament”") to the person of that name; None when
        the name is nobody the table knows."""
        low = owner.text.lower()
        if low in PRONOUNS:
            return self.pronoun(owner, low)
        return self.table.person_at(owner.start, owner.end)

    def pronoun(self, m: Span, low: str) -> Person | None:
        """A personal or relative pronoun: the nearest compatible person."""
        gender = PRONOUNS.get(low)
        if low in FIRST_PERSON_PRONOUNS and not self.table.quoted_words.covers(m.start):
            return None  # "I recently wrote that Jane Doe ...": the author, never the person the clause is about
        if low == "which":
            return None  # "the Dialogue Group, which says on its site": a thing or a body, never a person
        if low in ("who", "that"):
            if self._relative_of_nobody_named(m):
                return None
            speaker = self.table.nearest_person_before(m.start, 60) or self.table.resolve_pronoun(m.start, "any")
        elif gender == "neuter":
            # "it said" is a company, a document or a law: never someone the text calls he or she.
            speaker = self._neuter_referent(m)
            if speaker is not None:
                return speaker
            ranked = self.table.rank_pronoun(m.start, "any")
            speaker = next((p for _, p in ranked if p.gender is None and first_name_gender(p.name) is None), None)
        elif (
            carried := self._statement_in_which(m, gender)
            or self._previous_speaker(m, gender)
            or self._sentence_subject(m, gender)
            or self._group_carried(m, low)
        ) is not None:
            speaker = carried
        else:
            anchor = self._chain_anchor(m, gender)
            log = recorder()
            if log is not None:  # training the antecedent model (antecedent_training.py)
                cands = self.table.pronoun_candidates(anchor, gender or "any")
                log.append((m, [(self.table.people[i], f) for i, f in cands]))
            ranked = self.table.rank_pronoun(anchor, gender or "any")
            if not ranked and gender in ("female", "male"):
                # Nobody named in the narrative before: a person named only in reported speech ("Officials said
                # the striker was tired, however goalkeeper Tom Baker criticised the press. "Q?" he asked") is the
                # one person the text offers (trial 16, r01).
                ranked = self.table.rank_pronoun(anchor, gender, reported=True)
            described = self._described_referent(anchor, ranked, gender)
            if described is not None:
                self._mention(described, m, "pronoun")
                return described
            speaker = (
                self._introduced(anchor, gender)
                or self._subject_over_object(anchor, ranked)
                or (ranked[0][1] if ranked else None)
            )
            if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < CONTESTED_MARGIN:
                self.weak[(m.start, m.end)] = "contested pronoun"
        if speaker is not None:
            self._mention(speaker, m, "pronoun")
            # A resolved pronoun may be wrong: it never overrules the person's first name ("she" is no Michael).
            if (
                gender in ("female", "male")
                and speaker.gender is None
                and first_name_gender(speaker.name) in (None, gender)
            ):
                speaker.gender = gender
                speaker.gender_evidence = f"'{m.text}' as speaker"
            if gender in ("female", "male") and first_name_gender(speaker.name) in (None, gender):
                self.table.note_gender(speaker, m.start, gender)  # for pronouns after this one only
        return speaker

    def _neuter_referent(self, m: Span) -> Person | None:
        """The body, country or document a speaker "it" means: the latest such clause subject before it
        (``pronouns.neuter_subject``), resolved as a mention of its own; None when there is none."""
        tok = self.table.index.token_at(m.start)
        if tok is None:
            return None
        subject = neuter_subject(self.text, self.ex.doc, tok, self.table.quote_spans.covers, self._speaks_as_it)
        if subject is None:
            person = self._neuter_carried(m)
        else:
            person = self._resolve_token(subject) or self.organisation_by_letters(subject)
        if person is None and subject is not None and _ACRONYM.fullmatch(subject.text):
            # A body named only by its acronym, which the tagger gave no type: the organisation of that name.
            named = Span.of(self.ex.article.text, subject.idx, subject.idx + len(subject))
            person = self.new_person(subject.text, "organisation", named, "name", None)
        if person is not None:
            self._mention(person, m, "pronoun")
            if person.kind == "organisation" and self.table.index.token_at(m.start) is not None:
                self._neuter_said.append((m.start, person))
        return person

    def _neuter_carried(self, m: Span) -> Person | None:
        """The organisation the latest speaker "it" before ``m`` was resolved to, when that "it" is at most
        ``NEUTER_CARRY`` characters back and no quotation between was given a named speaker of its own: a body that
        went on speaking as "it" for paragraphs ("..., it said. The bank, which had forecast ..., said .... "Q," it
        noted"). None otherwise."""
        before = [(pos, body) for pos, body in self._neuter_said if pos < m.start]
        if not before or m.start - before[-1][0] > NEUTER_CARRY:
            return None
        pos, body = before[-1]
        between = [q.speaker for q in self.ex.quotes if pos < q.start < m.start and q.speaker is not None]
        if any(p is not body and p.name is not None for p in between):
            return None
        return body

    def _speaks_as_it(self, tok: Any) -> bool:
        """Whether subject token ``tok`` may be what a speaker "it" means: a noun of a body or a document, an
        organisation's name, a country's or city's name as the subject of a verb of saying, or a name the table
        holds as a person the text never gave a gender and no first name (a company the tagger took for a person:
        "Rospatch said ... It said")."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return body_noun(tok)
        if numbered_thing(tok) and numbered_text(tok):
            return True  # "Article 5 is one of Nato's core principles. It says that ...": the numbered text

        if _ACRONYM.fullmatch(tok.text) and tok.ent_type_ in ("", "ORG"):
            return True  # "GNA gave no details": an acronym the tagger gave no type is a body's name
        person = self.table.person_at(tok.idx, tok.idx + len(tok))
        if person is not None and person.kind == "person":
            return person.gender is None and first_name_gender(person.name) is None
        # A country or city speaks for its government only where the text makes it speak ("Iran said ..."):
        # as the subject of anything else ("Britain is ...") it is what a report is about.
        return tok.ent_type_ == "ORG" or (tok.ent_type_ == "GPE" and cue_lemma(tok.head) in CUE_LEMMAS)

    def _relative_of_nobody_named(self, m: Span) -> bool:
        """Whether relative pronoun ``m`` opens a clause on a pronoun or a plural noun ("an award given to those
        who show "strength"", "voters who say"): its antecedent is the clause's head noun, which names
        nobody, so the person named nearest before is not meant."""
        tok = self.table.index.token_at(m.start)
        if tok is None or tok.head.dep_ != "relcl" or tok.head.head.i >= tok.i:
            return False
        antecedent = tok.head.head
        return antecedent.pos_ == "PRON" or antecedent.tag_ == "NNS"

    def _previous_speaker(self, m: Span, gender: str | None) -> Person | None:
        """ "Q1," Lin said. "Q2," he added: a he or she right after a quotation, with no other name between,
        is that quotation's speaker, whatever gender the text showed for other people. Returns that person unless
        the text showed them to be of the other gender, or their first name is one of the other gender's and the
        quotation did not name them by the surname alone (which may be a relative's the table joined them to)
        (``CARRY_WINDOW`` characters at most), else None; None too after words said in a relative clause."""
        if gender not in ("male", "female"):
            return None
        before = [q for q in self.ex.quotes if q.end <= m.start and q.speaker is not None]
        if not before or m.start - before[-1].end > CARRY_WINDOW:
            return None
        last = before[-1]
        if last.cue is not None and self._asks(last.cue):
            return None  # '"Q?" the host asked. "A," she said': the answer is the other voice's
        said = last.speaker_mention
        if said is not None and said.text.lower() in ("who", "whom", "that"):
            # "She skirted a question from the host, John Dickerson, who wanted to know whether .... She also ...":
            # words in a relative clause are someone the sentence is not about; the ranking decides.
            return None
        if said is not None and aside_mention(self.idx_tokens(said), self.table.quote_spans.covers):
            return None  # "... and belittled Jeb Bush. He calls people "Q"": an object is no running speaker
        person = last.speaker
        if person.kind == "unnamed" and person in self.extra:
            return person if self._unnamed_carries(person, last, m, gender) else None
        if person.kind != "person" or person not in self.table.people:
            return None  # an organisation or unnamed source the resolver made
        pid = self.table.people.index(person)
        if self.table.gender_before(pid, m.start) not in (None, gender):
            return None
        if not self._may_be(person, m.start, gender) and not _surname_alone(said):
            # "As the moderator warned Pence ..., he shouted", '"Q," Ann Roe said. "Q2," he said': a he or she
            # never carries on a person whose first name is the other gender's, unless the words before were
            # given to the surname alone, which may be a relative's ('"Q," Roe said. "Q2," he added').
            return None
        if any(last.end <= s < m.start and i != pid for s, _, i in self.table.name_spans):
            return None  # someone else named since: "Q1," Lin said. Singh disagreed. "Q2," he said
        return person

    def _group_carried(self, m: Span, low: str) -> Person | None:
        """ "Trade officials said the price was set. They said ...", '"Q1," police said. "Q2," they added': a subject
        "they" right after a quotation (``CARRY_WINDOW`` characters at most) whose speaker is a group (named by a
        plural noun, or by "they" again) or an organisation is that group, as a "he" after a quotation is its
        speaker (news carries a plural source on with "they"). None when someone was named, or another plural
        subject stands, between them outside quotations ("Residents were angry. They said ...": the residents)."""
        tok = self.table.index.token_at(m.start)
        if low != "they" or tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        before = [q for q in self.ex.quotes if q.end <= m.start and q.speaker is not None]
        if not before or m.start - before[-1].end > CARRY_WINDOW:
            return None
        last = before[-1]
        said = last.speaker_mention
        if said is None or not self._group_source(last.speaker, said):
            return None
        if any(last.end <= s < m.start and not said.start <= s < said.end for s, _, _ in self.table.name_spans):
            return None
        covers = self.table.quote_spans.covers
        for t in self.table.index.tokens_in(last.end, m.start):
            if said.start <= t.idx < said.end or covers(t.idx) or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.tag_ in ("NNS", "NNPS") or t.lower_ == "they":
                return None
        return last.speaker

    def _group_source(self, person: Person, said: Span) -> bool:
        """Whether ``person``, the speaker mentioned as ``said``, is a group a later "they" can mean: an
        organisation, or a source named by "they" or by a plural noun ("Trade officials", "analysts")."""
        if person.kind == "organisation" or said.text.lower() == "they":
            return True
        if person.kind != "unnamed":
            return False
        tokens = self.table.index.tokens_in(said.start, said.end)
        heads = [t for t in tokens if not said.start <= t.head.idx < said.end or t.head.i == t.i]
        return len(heads) == 1 and heads[0].tag_ in ("NNS", "NNPS")

    def _statement_in_which(self, m: Span, gender: str | None) -> Person | None:
        """ "Mr. Lund was replying to Ms. Hale's comments in a radio interview, in which she said ...", "a speech Ms
        Hale had made, in which she said": a he or she that says something in a relative clause "in which"
        hanging on a statement (``STATEMENT_NOUNS``, or the noun such a statement is "in") is that statement's
        author (``_author_token``: its possessor, the subject of a clause on it), whoever was the main clause's
        subject. None when no author is written, or the text showed the author to be of the other gender."""
        tok = self.table.index.token_at(m.start)
        if tok is None or gender not in ("male", "female") or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl":
            return None
        verb = tok.head
        if not any(c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children) for c in verb.children):
            return None
        nouns = [verb.head]
        if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" and verb.head.head.head.pos_ == "NOUN":
            nouns.append(verb.head.head.head)  # "comments in a radio interview, in which": the comments' author
        if all(_statement_lemma(n) is None for n in nouns):
            nouns.extend(self._statement_before(verb))
        for noun in nouns:
            author = _author_token(noun) if _statement_lemma(noun) is not None else None
            if author is None or author.pos_ != "PROPN" or self.table.quoted_words.covers(author.idx):
                continue  # a name in reported speech is the article's own wording, one in quotation marks is not
            person = self.table.person_at(author.idx, author.idx + len(author))
            if person is None or person.kind != "person" or person not in self.table.people:
                return None
            shown = self.table.gender_before(self.table.people.index(person), m.start)
            by_name = first_name_gender(person.name) if shown is None else None
            return person if (shown or by_name) in (None, gender) else None
        return None

    def _statement_before(self, verb: Any) -> list[Any]:
        """The latest noun of a statement (``STATEMENT_NOUNS``) before relative clause ``verb`` ("in which he said") in
        its sentence, outside quotation marks, as a one-item list (none: empty): the parser often hangs ", in which" on
        the nearest noun ("a comment Pruitt had made shortly before he praised the firefighters, in which he said"),
        where English means the statement named before, the only noun a saying can be in."""
        nouns = [
            t
            for t in verb.sent
            if t.i < verb.i
            and t.pos_ == "NOUN"
            and _statement_lemma(t) is not None
            and not self.table.quoted_words.covers(t.idx)
        ]
        return nouns[-1:]

    def _unnamed_carries(self, person: Person, last: Any, m: Span, gender: str) -> bool:
        """Whether "he"/"she" at ``m`` is the unnamed source ``person`` who spoke quotation ``last`` ('"Q1," one
        dealer said. "Q2," he added'): ``m`` is a subject pronoun, the source came in by an indefinite description
        of one person of that gender ("one dealer", "a Western aid specialist": ``one_person_head``,
        ``describes_a_person``; a definite one may rename someone named), and between them nobody was named and
        no other personal pronoun stands outside quotations."""
        said = last.speaker_mention
        if m.text.lower() not in ("he", "she") or said is None or not _ONE_UNNAMED.match(said.text):
            return False
        if not any(n.start == said.start for n in person.mentions):
            return False
        if any(last.end <= s < m.start for s, _, _ in self.table.name_spans):
            return False
        between = self.table.index.tokens_in(last.end, m.start)
        if any(t.text.lower() in _PERSONAL for t in between if not self.table.quote_spans.covers(t.idx)):
            return False
        head = one_person_head(self.table.index.tokens_in(said.start, said.end), gender)
        return head is not None and describes_a_person(head.text)

    def _asks(self, cue: Span) -> bool:
        """Whether the cue at ``cue`` is a verb of asking ("asked", "questioned": ``QUESTION_LEMMAS``)."""
        tok = self.table.index.token_at(cue.start)
        return tok is not None and cue_lemma(tok) in QUESTION_LEMMAS

    def _sentence_subject(self, m: Span, gender: str | None) -> Person | None:
        """ "Defense Minister Khawaja Asif condemned what he calls a "cowardly act"", "Trump said that he hopes
        ...": a he or she inside the sentence of a named subject, with no other name between, is that subject
        (unless the text showed them to be of the other gender). None otherwise."""
        tok = self.table.index.token_at(m.start)
        if tok is None or gender not in ("male", "female"):
            return None
        subj = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i >= tok.i or subj.pos_ != "PROPN" or self.table.quote_spans.covers(subj.idx):
            return None
        person = self.table.person_at(subj.idx, subj.idx + len(subj))
        if person is None or person.kind != "person" or person not in self.table.people:
            return None
        pid = self.table.people.index(person)
        if not self._may_be(person, m.start, gender):
            return None  # what the text showed before the pronoun, else the first name (a later paragraph: nothing)
        end = subj.idx + len(subj)
        if any(end <= s < m.start and i != pid for s, _, i in self.table.name_spans):
            return None
        return person

    def _introduced(self, anchor: int, gender: str | None) -> Person | None:
        """ "The council heard from Dr. Ann Ruiz, a pediatrician near the site. "Q," she said": a person named in
        full for the first time in the pronoun's paragraph, in its sentence or the one before, with no one else
        named since, is the new voice the pronoun of a fitting gender takes up, however often someone else was
        named before (news introduces a speaker so). None otherwise."""
        tok = self.table.index.token_at(anchor)
        if tok is None or gender not in ("male", "female") or tok.sent.start == 0:
            return None
        here = self._paragraph_start(anchor)
        lo = max(self.ex.doc[tok.sent.start - 1].sent.start_char, here)
        if here > 0 and self._opens_with_quotation(here, anchor):
            # '"Q," he said' opening its paragraph: the sentence before is the last of the paragraph before
            # ("Police arrested Rob Marr, 34, outside.\n\n"Q," he told reporters").
            before = self.table.index.token_at(len(self.text[:here].rstrip()) - 1)
            if before is not None and not self.table.quote_spans.covers(before.idx):
                lo = max(before.sent.start_char, self._paragraph_start(before.idx))
        starts = self.table.name_starts
        span = self.table.name_spans[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, anchor)]
        names = [n for n in span if not self.table.quote_spans.covers(n[0])]
        if len({i for _, _, i in names}) > 1:
            names = self._introduced_agent(names)
        if not names or len({i for _, _, i in names}) != 1:
            return None
        s, e, pid = names[0]
        person = self.table.people[pid]
        _, outside = self.table.mention_starts(pid)
        if person.kind != "person" or not outside or outside[0] != s or len(self.text[s:e].split()) < 2:
            return None
        known = self.table.gender_before(pid, anchor) or first_name_gender(person.name)
        first = self.table.index.token_at(s)
        if known is None and (main_clause_subject(first) or self._introduced_voice(first, e, gender)):
            # "Striker Obafemi Okonkwo scored twice. "Q," he said": a name of no known gender, introduced as the
            # subject of the sentence before, is the newest subject and no one else's gender is shown against it;
            # the man the text showed to be "he" earlier is not the more likely speaker for being known. So is a
            # name set off with an age or a description wherever it stands ("Also waiting was Kiran Patel, a
            # nurse at the clinic. "Q," she said"): news brings in a new voice so.
            return person
        return person if known == gender else None

    def _introduced_agent(self, names: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Of the names (start, end, person) of the sentences before a pronoun, the one brought in as the agent of a
        passive with an age or a description set off after it ("Kerr was challenged by Kiran Patel, a nurse at the
        clinic. "Q," she said": the new voice, not the passive subject), as a one-item list when it is the last
        name there and the person's first; else ``names`` unchanged."""
        s, e, pid = names[-1]
        head = self.table.index.token_at(e - 1)
        _, outside = self.table.mention_starts(pid)
        if head is None or not outside or outside[0] != s or not _INTRODUCING.match(self.text, e):
            return names
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.dep_ != "agent":
            return names
        return [names[-1]]

    def _introduced_voice(self, tok: Any, end: int, gender: str) -> bool:
        """Whether the name ending at offset ``end`` (its first token ``tok``) is brought in as a new voice: an age or
        a description set off after it (``_INTRODUCING``), in a sentence whose clause subjects include no he/she of
        ``gender`` outside quotations ("She praised Kim Tran, the new coach": Kim Tran is what the running
        speaker spoke about)."""
        if tok is None or not _INTRODUCING.match(self.text, end):
            return False
        covers = self.table.quote_spans.covers
        return not any(
            t.dep_ in ("nsubj", "nsubjpass") and PRONOUNS.get(t.lower_) == gender and not covers(t.idx)
            for t in tok.sent
        )

    def _aside_at(self, start: int, end: int) -> bool:
        """Whether the name at ``start``..``end`` is no subject its sentence is about (``pronouns.aside_mention``)."""
        return aside_mention(self.idx_tokens(Span.of(self.text, start, end)), self.table.quote_spans.covers)

    def _subject_over_object(self, anchor: int, ranked: list[tuple[float, Person]]) -> Person | None:
        """ "Prime Minister Ann Roe put the blame on opposition leader Tom Lee. "Q," he said": when the best-ranked
        person was last named as an object or possessor (``pronouns.aside_mention``) in the sentence right before
        the pronoun at ``anchor`` (nothing but quotations between), and that sentence's main-clause subject names
        another person the pronoun may mean (one of ``ranked``), the subject is meant: a pronoun continues the
        previous sentence's subject, not its object (centering: Grosz, Joshi and Weinstein 1995), whichever of
        the two was named last or has a first name of known gender. None otherwise."""
        if len(ranked) < 2:
            return None
        covers = self.table.quote_spans.covers
        k = bisect.bisect_left(self.table.name_starts, anchor)
        names = [n for n in self.table.name_spans[:k] if not covers(n[0])]
        if not names or self.table.people[names[-1][2]] is not ranked[0][1]:
            return None
        s, e, _ = names[-1]
        if not self._aside_at(s, e):
            return None
        tok = self.table.index.token_at(s)
        if tok is None:
            return None
        sent = tok.sent
        between = self.table.index.tokens_in(sent.end_char, anchor)
        if any(t.is_alpha and not covers(t.idx) for t in between):
            return None  # narrative between: the sentence is not the one right before
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "PROPN" or covers(subj.idx) or not main_clause_subject(subj):
            return None
        if "\n" in self.text[subj.idx : s]:
            return None  # the parser ran two paragraphs into one sentence: the subject is another paragraph's
        person = self.table.person_at(subj.idx, subj.idx + len(subj))
        others = [p for _, p in ranked[1:]]
        return person if person is not None and person in others else None

    def _opens_with_quotation(self, lo: int, pos: int) -> bool:
        """Whether the text from paragraph start ``lo`` to offset ``pos`` holds no word outside quotations ('"Q," he
        said' opening its paragraph, ``pos`` at the pronoun)."""
        covers = self.table.quote_spans.covers
        return any(covers(i) for i in range(lo, pos)) and not any(
            c.isalnum() and not covers(i) for i, c in enumerate(self.text[lo:pos], lo)
        )

    def _paragraph_start(self, pos: int) -> int:
        """The offset where the paragraph holding ``pos`` starts (a bisection: a scan of every paragraph for each
        pronoun made the people stage quadratic in the article's length)."""
        if self._paragraph_starts is None:
            self._paragraph_starts = [lo for lo, _ in self.ex.paragraphs]
        k = bisect.bisect_right(self._paragraph_starts, pos) - 1
        return self._paragraph_starts[k] if k >= 0 else 0

    def _chain_anchor(self, m: Span, gender: str | None) -> int:
        """Where pronoun ``m`` is read: the start of its chain of same-pronoun subjects (``pronouns.py``)."""
        tok = self.table.index.token_at(m.start)
        if tok is None or gender not in ("male", "female"):
            return m.start
        anchor = chain_start(self.text, self.ex.doc, tok, gender, self.table.quote_spans.covers).idx
        # A chain whose start nobody named before falls back on the pronoun itself.
        return anchor if self.table.rank_pronoun(anchor, gender) else m.start

    def _described_referent(self, anchor: int, ranked: list[tuple[float, Person]], gender: str | None) -> Person | None:
        """A person described but not named as the newest subject before ``anchor`` ("a staff member told AFP.
        "Q," he said"): that person (a description the table resolves, else an unnamed source), or None."""
        if gender not in ("male", "female"):
            return None
        lo = anchor - DESCRIBED_WINDOW
        if ranked:
            _, outside = self.table.mention_starts(self.table.people.index(ranked[0][1]))
            lo = max([lo] + [s for s in outside if s < anchor])
        found = described_subject(self.table.index.tokens_in(lo, anchor), gender, self.table.quote_spans.covers)
        # A name inside the description is someone else's ("A friend of Fisk", "Moore's sister"): only a name at
        # its head makes it a named person.
        if found is None or self.table.person_at(found[2].idx, found[2].idx + len(found[2])) is not None:
            return None
        named = self._apposed_person(found[2])
        if named is not None:
            # "A nurse at the clinic, Kiran Patel, arrived later. "Q," she said": the description is set off
            # before a name, so the newest subject is that person, not someone unnamed.
            return named if self._may_be(named, anchor, gender) else None
        span = Span.of(self.text, found[0], found[1])
        if span.text.lower().startswith("the "):
            known = self.table.resolve_description(span)
            if known is not None:
                # "As the moderator warned Pence, he shouted": a description taken for Elaine Quijano is no "he".
                return known if self._may_be(known, anchor, gender) else None
            # "the pilot" is someone new only if the article brought in "a ... pilot" before, or it is an office
            # no one named was given ("the first minister said ... He told her").
            head = re.escape(found[2].text)
            introduced = re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{head}\b", self.text[: found[0]], re.I)
            if not introduced and ranked and self._renames(found[2], ranked[0][1], gender):
                return None  # "Lord Falconer said. The constitutional affairs secretary outlined ...": him again
            if not introduced and not self._held_by_nobody_named(span, span.text.lower(), found[2]):
                return None
        return self.new_person(None, "unnamed", span, "description", span.text)

    def _apposed_person(self, head: Any) -> Person | None:
        """The person named in apposition to the description headed by ``head`` ("A nurse at the clinic, Kiran Patel,":
        the parser hangs the name on any noun of the phrase), or None."""
        for child in head.subtree:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and not self.table.quote_spans.covers(child.idx):
                person = self.table.person_at(child.idx, child.idx + len(child))
                if person is not None and person.kind == "person" and person in self.table.people:
                    return person
        return None

    def _may_be(self, person: Person, pos: int, gender: str) -> bool:
        """Whether a he/she of ``gender`` at offset ``pos`` may mean ``person``: the gender the text showed before
        ``pos`` or, where it showed none, the first name's usual one (gender-guesser's table) is not the other."""
        if person.kind != "person" or person not in self.table.people:
            return person.kind == "unnamed"
        shown = self.table.gender_before(self.table.people.index(person), pos)
        return (shown or first_name_gender(person.name)) in (None, gender)

    def _renames(self, head: Any, person: Person, gender: str) -> bool:
        """Whether the definite description headed by token ``head`` renames ``person`` (``pronouns.renames_named``)."""
        pid = self.table.people.index(person)
        _, outside = self.table.mention_starts(pid)
        return renames_named(self.ex.doc, head, gender, lambda lo, hi: any(lo <= s < hi for s in outside))

    def tied_name(self, m: Span) -> Person | None:
        """A name the text ties to a description: "a spokeswoman, Carla Menendez" or a naming clause."""
        after = self.text[m.end : m.end + 160]
        hyphenated = self._name_after_hyphenated_title(m, after)
        if hyphenated is not None:
            return hyphenated
        holder = self._name_after_role(m, after)
        if holder is not None:
            return holder
        appos = re.match(r"\s*,\s*", after)
        # "The Democrat who defeated him, Gov. Andrew Cuomo, called": the apposition after a relative clause.
        relative = None if appos else _RELATIVE_CLAUSE.match(after)
        appos = appos or relative
        # "According to a poll of Ohio voters, Vos won": the comma closes a fronted phrase; the name after it
        # is the sentence's subject, not an apposition.
        fronted = re.search(r"\baccording to\s+$", self.text[max(0, m.start - 20) : m.start], re.IGNORECASE)
        # A name is no description: "Jim Farley, Ford's chief executive" is Jim Farley, not Ford.
        if appos and not fronted and not self._names_someone(m):
            start = m.end + appos.end()
            # "the Chairman of the Joint Chiefs, Gen. Joseph Dunford,": the name after its title.
            for word in re.findall(r"\S+\s+", self.text[start : start + 40])[:3]:
                if not is_title_word(word.strip()):
                    break
                start += len(word)
            person = self.table.person_at(start, start + 1) or self._role_led_apposition(start)
            if self._possessor_at(person, start):
                person = None  # "Outside court, Priya's father Dev Shah said": Priya owns the noun after her name
            if person is not None and person.kind == "person" and (relative is None or self._closed_at(person, start)):
                self.table.add_descriptor(person, _strip_article(m.text))
                return person
        placed = _PLACED_APPOSITION.match(after)
        if placed and not fronted and not self._names_someone(m):
            # "his neighbor in Florida, Donald Trump, said": a short place or body between the description and
            # the name, which a closing comma sets off.
            start = m.end + placed.end()
            person = self.table.person_at(start, start + 1)
            name = next((n for n in person.mentions if n.start == start), None) if person is not None else None
            # The name closes the apposition: a comma ("..., Donald Trump, said") or, after an inverted cue
            # ("says the former editor of the Standard, George Osborne."), the end of the clause.
            closed = name is not None and self.text[name.end : name.end + 1] in (",", ".", ";", "!", "?", "")
            if closed and person.kind == "person":
                self.table.add_descriptor(person, _strip_article(self.text[m.start : m.end + placed.end(1)]))
                return person
        sentence_end = re.search(r"[.!?](?:\s|$)(?![^\u201c\u201d\"]*[\u201d\"])", after)
        window = after[: sentence_end.start() + 1] if sentence_end else after
        window = window.split("\n", 1)[0]  # a naming clause never runs into the next paragraph (trial10 M1)
        named = _NAMING_CLAUSE.search(window)
        quoted = named and re.search(r"[\u201c\"](?=[^\u201d\"]{25,})", window[: named.start()])
        if named and not quoted and _names_it(window, named):
            name = named.group("name").rstrip(".,'\u2019")
            span = Span.of(self.ex.article.text, m.end + named.start("name"), m.end + named.start("name") + len(name))
            known = self.table.person_at(span.start, span.end)
            person = known or self.table.add_person(name, span)
            described = re.sub(r"[\s,]*(?:who|and)?[\s,]*$", "", self.text[m.start : m.end + named.start()])
            self.table.add_descriptor(person, _strip_article(described))
            return person
        return None

    def _role_led_apposition(self, start: int) -> Person | None:
        """The person an apposition starting at ``start`` names after words the title loop of ``tied_name`` does not
        pass: a lower-case role ("Fellow protester, mechanical engineer Richard Weir, 60, said": up to three words,
        the last a person's noun) or a first name the people table left out of the name ("Councillor Afrasiab
        Anwar MBE," where only "Anwar" is held). The name must close the apposition: a comma after it, past an
        age or post-nominal letters. None otherwise."""
        lead = _ROLE_BEFORE_NAME.match(self.text, start)
        if lead is not None and describes_a_person(lead.group(1)):
            start = lead.end()
        run = _CAPITALISED_RUN.match(self.text, start)
        if run is None:
            return None
        person = self.table.person_at(start, run.end())
        if person is None or person.kind != "person":
            return None
        for n in person.mentions:
            if n.kind == "name" and start <= n.start and n.end <= run.end() and _CLOSED_NAME.match(self.text, n.end):
                return person
        return None

    def _possessor_at(self, person: Person | None, start: int) -> bool:
        """Whether a name of ``person`` starting at ``start`` ends in a possessive ("Priya's father"): the owner of
        the noun after it, someone other than the one that noun names (user reports on crime news, round 21)."""
        if person is None:
            return False
        return any(n.start == start and _POSSESSIVE.match(self.text, n.end) for n in person.mentions)

    def _name_after_role(self, m: Span, after: str) -> Person | None:
        """The person named right after a mention that ends in a lower-case role noun, one space between ("Texas
        oilman" + "Oscar Wyatt, Jr., 82, said", where the commas led the parse to the role): a role noun before a
        name describes its holder. The role becomes a descriptor."""
        words = m.text.split()
        if not words or not words[-1].isalpha() or not words[-1].islower() or not re.match(r"[ \t][A-Z]", after):
            return None
        if not describes_a_person(words[-1]):
            return None
        start = m.end + 1
        person = self.table.person_at(start, start + 1)
        if person is None or person.kind != "person" or not any(n.start == start for n in person.mentions):
            return None
        self.table.add_descriptor(person, _strip_article(m.text))
        return person

    def _names_someone(self, m: Span) -> bool:
        """Whether mention ``m`` is itself a name ("Jim Farley" in "Jim Farley, Ford's chief executive"), not a
        description that holds one as its owner ("Trump's Ohio state director, Bob Paduchik"): a name overlaps
        it and no possessive follows that name inside it."""
        person = self.table.person_at(m.start, m.end)
        if person is None:
            return False
        owners = [n for n in person.mentions if m.start <= n.start and n.end < m.end]
        return not (owners and all(re.match(r"['\u2019]s?\s", self.text[n.end : n.end + 3]) for n in owners))

    def _closed_at(self, person: Person, start: int) -> bool:
        """Whether a name of ``person`` starts at ``start`` and a comma closes it (", Gov. Andrew Cuomo, called"):
        an apposition set off on both sides, not the subject of a new clause."""
        return any(n.start == start and self.text[n.end : n.end + 1] == "," for n in person.mentions)

    def name_before_affiliation(self, m: Span) -> Person | None:
        """ "Matthew O'Connor from UPS corporate communications said": the parse may take the body after "from"
        (or "of", "at", "with") for the subject; the person named right before it is the speaker, and the
        body describes them. None unless a person's name ends right before the preposition and the mention
        names nobody itself."""
        if self.table.person_at(m.start, m.end) is not None:
            return None
        found = _AFFILIATION_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        if found is None:
            return None
        person = self.table.person_at(found.start(1), found.end(1))
        if person is None or person.kind != "person":
            return None
        if not any(n.end == found.end(1) and n.kind == "name" for n in person.mentions):
            return None  # the word before the preposition must close one of the person's names
        self.table.add_descriptor(person, self.text[found.end(1) : m.end].strip())
        return person

    def name_before_post_nominal(self, m: Span) -> Person | None:
        """ "Judge Richard Mawrey, QC told the hearing": a post-nominal (``POST_NOMINALS``: QC, MP, OBE) the parse
        took for the subject belongs to the name right before it, which is the speaker (trial10 M2)."""
        if m.text.strip().lower().rstrip(".") not in POST_NOMINALS:
            return None
        before = _NAME_BEFORE_COMMA.search(self.text, max(0, m.start - 60), m.start)
        if before is None:
            return None
        person = self.table.person_at(before.start(1), before.end(1))
        if person is None or person.kind != "person":
            return None
        self._mention(person, m, "name")
        return person

    def name_at_mention_edge(self, m: Span, head: Any) -> Person | None:
        """The person whose full name closes a mention after a role or title ("Association of Town Wardens
        president Carl Benning said"; ``titled_name_closing``), or opens it before "from"/"of"/"at"/"with"
        ("Pierre Lamont from software firm Dalvex"): the body there is the person's employer, the person
        speaks. A one-word name may be a firm's ("Ford"), so only a name of two words or more counts. None when
        no such name, and when the mention's head is itself a name (the parse found the person: the later steps
        keep the descriptor as they do); the rest of the mention becomes the person's descriptor."""
        if head is not None and self.table.person_at(head.idx, head.idx + len(head)) is not None:
            return None
        closing = self.titled_name_closing(m.start, m.end)
        if closing is not None:
            return closing
        for person in self._people_named_within(m.start, m.end):
            for n in person.mentions:
                opens = n.kind == "name" and len(n.text.split()) > 1 and n.start == m.start and n.end < m.end
                if opens and _AFFILIATION_AFTER.match(self.text, n.end, m.end):
                    self.table.add_descriptor(person, self.text[n.end : m.end].strip())
                    return person
        return None

    def name_after_long_title(self, m: Span) -> Person | None:
        """The person named after a capitalised title that runs on past the mention: "President" + " and Chief
        Financial Officer of Super Value Debra Symonette said" (the parse took the title's first word for the
        subject). Only capitalised words and "and", "of", "at", "for", "the", "&" may come between the title
        and a name of two words or more; the title and what follows become the person's descriptor."""
        words = m.text.split()
        if not words or not all(w[:1].isupper() for w in words) or not is_title_word(words[0]):
            return None
        found = None
        for person in self._people_named_within(m.end + 1, m.end + 120):
            for n in person.mentions:
                named = n.kind == "name" and m.end < n.start <= m.end + 120 and len(n.text.split()) > 1
                if named and (found is None or n.start < found[1].start):
                    found = (person, n)
        if found is None or not _TITLE_RUN_ON.fullmatch(self.text, m.end, found[1].start):
            return None
        person, n = found
        self.table.add_descriptor(person, self.text[m.start : n.start].strip())
        return person

    def _people_named_within(self, lo: int, hi: int) -> list[Person]:
        """The people (kind person) with a name mention inside ``[lo, hi)``, each once."""
        found = {id(p): p for p in self.table.people if p.kind == "person" for n in p.mentions if lo <= n.start < hi}
        return list(found.values())

    def titled_name_closing(self, lo: int, hi: int) -> Person | None:
        """The person whose name of two or more words ends the text ``[lo, hi)`` right after a title or a
        lower-case role noun ("... president Carl Benning", "... Civil Rights Director Anna Kessel"), or after a
        capitalised title that opens the text ("President and Chief Executive of Harbour Foods Nadia Pell"); a role
        after a preposition is someone else's ("a spokesman for Gov. Jane Roe": the governor's spokesman
        speaks). The text before the name becomes the person's descriptor; None when there is no such name."""
        for person in self._people_named_within(lo, hi):
            for n in person.mentions:
                if n.kind != "name" or n.end != hi or n.start <= lo or len(n.text.split()) < 2:
                    continue
                words = self.text[lo : n.start].split()
                role = words[-1]
                # "President and Chief Executive of Harbour Foods Nadia Pell": a title that runs on to the name.
                led = is_title_word(words[0]) and bool(_TITLE_RUN_ON.fullmatch(" " + self.text[lo : n.start]))
                held_at = _role_held_at_place(words)
                if not (led or held_at or is_title_word(role) or (role.islower() and describes_a_person(role))):
                    continue
                if len(words) > 1 and words[-2].lower() in _ROLE_OF_SOMEONE_WORDS and not held_at:
                    continue
                self.table.add_descriptor(person, _strip_article(self.text[lo : n.start].strip()))
                return person
        return None

    def _name_after_hyphenated_title(self, m: Span, after: str) -> Person | None:
        """The person named right after a title the mention was cut inside at a hyphen ("Reuters Editor" +
        "-in-Chief Maria Lopez said", "Acme co" + "-founder and CEO John Roe said"): the parse splits the
        hyphenated word, the mention ends at its first part, and the name after the title is the speaker."""
        tail = _HYPHEN_TAIL.match(after)
        words = m.text.split()
        if tail is None or not words or not is_role_compound(words[-1] + tail.group(1)):
            return None
        start = m.end + tail.end()
        for word in re.findall(r"\S+\s+", self.text[start : start + 40])[:3]:  # "and CEO", "Deputy"
            if word.strip().lower() != "and" and not is_title_word(word.strip()):
                break
            start += len(word)
        person = self.table.person_at(start, start + 1)
        if person is None or person.kind != "person":
            return None
        self.table.add_descriptor(person, _strip_article(self.text[m.start : start].strip()))
        return person

    def apposed_name(self, m: Span, head: Any) -> Person | None:
        """A name set off by commas after the description's head inside the mention ("The former chief weapons
        inspector for the United Nations in Iraq, Richard Butler, told"; the parser may hang the name on the
        nearest noun): that person, with the description; else None."""
        if head is None or head.pos_ != "NOUN" or not head.text[:1].islower():
            return None
        for comma in re.finditer(r",\s+(?=[A-Z])", self.text[head.idx : m.end + 1]):
            start = head.idx + comma.end()
            person = self.table.person_at(start, start + 1)
            if person is None or person.kind != "person":
                continue
            name = next((n for n in person.mentions if n.start == start), None)
            if name is not None and re.match(r"\s*,", self.text[name.end : name.end + 3]):
                self.table.add_descriptor(person, _strip_article(self.text[m.start : start]).rstrip(", "))
                return person
        return None

    def after_title(self, head: Any, end: int | None = None) -> Person | None:
        """A title or role word taken for the speaker's head: the name right after it is the speaker. With
        ``end`` (the mention's end offset), an office named with "of" after a title counts as the title
        (``_name_after_office``); after a role noun ("a spokeswoman for MTV") the words name the employer."""
        if head is None or not (is_title_word(head.text) or norm(head.text) in ROLE_NOUNS):
            return None
        nxt = head.i + 1
        doc = self.ex.doc
        while nxt < len(doc) and nxt <= head.i + 3 and is_title_word(doc[nxt].text):
            nxt += 1
        if nxt < len(doc) and doc[nxt].lower_ in _OFFICE_LINKS and end is not None and is_title_word(head.text):
            return self._name_after_office(nxt, end)
        # "Coach (Frank) Vogel": a first name in brackets opens the name after the title (its mention starts there).
        if nxt >= len(doc) or not (doc[nxt].text[:1].isupper() or doc[nxt].text == "("):
            return None
        return self.table.person_at(doc[nxt].idx, doc[nxt].idx + 1)

    def _name_after_office(self, i: int, end: int) -> Person | None:
        """The person named at the end of a mention whose title runs on with "of" and the office's capitalised
        words ("Secretary of State John Kerry", "Minister for Children and Families Jane Roe"): from token ``i``
        (the "of") to offset ``end`` only capitalised words and "of", "for", "and", "the" before the name. The
        name must end the mention, or the capitalised words are a body's name and nobody is named; and an office
        word must come before it: in "an executive of Fleet" the name right after "of" owns the role, nobody holds
        it by name."""
        doc = self.ex.doc
        office = False
        while i < len(doc) and doc[i].idx < end:
            tok = doc[i]
            if tok.lower_ not in _OFFICE_LINKS and not (tok.text[:1].isupper() and tok.is_alpha):
                return None
            person = self.table.person_at(tok.idx, tok.idx + 1) if tok.text[:1].isupper() else None
            if person is not None:
                last = self.table.person_at(end - 1, end)
                return person if office and last is person and person.kind == "person" else None
            office = office or tok.lower_ not in _OFFICE_LINKS
            i += 1
        return None

    def surname_with_first_name(self, head: Any) -> Person | None:
        """A proper noun the tagger missed as a name ("Bublik said", tagged an organisation) that the
        article writes elsewhere after exactly one first name ("Alexander Bublik"): that person."""
        if head is None or head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in self.table.place_tokens:
            return None
        if self.table.after_publication_noun(head.i):
            return None  # "the weekly Der Spiegel said": an outlet's name, no first name and surname
        firsts = self.table.first_names_of.get(head.text, set())
        if len(firsts) != 1 or (
            norm(head.text) in STREET_WORDS and first_name_gender(f"{next(iter(firsts))} x") is None
        ):
            return None  # "Downing Street": a street's name, no first name and surname ("Paul Lane" is one)
        if norm(head.text) in ORG_WORDS and not given_name(next(iter(firsts))):
            return None  # "Lumen Watch", "Harwick Council": a body's word after its name ("Liam Fox" is a person)
        if head.text in self.table.place_words and not self._table_person([next(iter(firsts)), head.text]):
            # "Park City said" where the article writes "in Park City": a place's last word, no surname; unless
            # the table holds that first name and surname as a person ("identified as Althea Thoone" the tagger
            # once read as a place, trial10 M1).
            return None
        span = Span.of(self.ex.article.text, head.idx, head.idx + len(head))
        return self.table.add_person(f"{next(iter(firsts))} {head.text}", span)

    def misspelt_surname(self, m: Span, head: Any) -> Person | None:
        """A lone proper noun (mention ``m`` is its ``head`` alone, not a place) that misspells one named
        person's surname ("Hauser said" after "Trevor Houser", tagged an organisation): that person
        (``PersonTable.misspelt_surname``); None otherwise."""
        if head is None or head.pos_ != "PROPN" or not head.text[:1].isupper() or m.text.strip() != head.text:
            return None
        if head.i in self.table.place_tokens or head.text in self.table.place_words or norm(head.text) in ORG_WORDS:
            return None
        person = self.table.misspelt_surname(head.text)
        if person is None or person.kind != "person":
            return None
        self._mention(person, m, "name")
        return person

    def _table_person(self, words: list[str]) -> bool:
        """Whether the person table holds a person named exactly ``words``."""
        key = [norm(w) for w in words]
        return any(
            self.table.keys[i] == key and self.table.people[i].kind == "person"
            for i in self.table.keys.sharing_a_word(key)
        )

    def courtesy_titled(self, m: Span, head: Any) -> Person | None:
        """ "Mr Hockney said", "Mrs Paris said" where the tagger read the surname as a place or an organisation:
        a courtesy title (``COURTESY_BEFORE_SURNAME``) right before the capitalised words that end the mention
        makes them a person's surname (trial10 M1), never an organisation "Mr Hockney"."""
        if head is None or head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        doc = self.ex.doc
        i = head.i
        while i > 0 and doc[i - 1].idx >= m.start and doc[i - 1].text[:1].isupper() and not _courtesy(doc[i - 1]):
            i -= 1
        if i == 0 or doc[i - 1].idx < m.start or not _courtesy(doc[i - 1]) or i == head.i + 1:
            return None
        span = Span.of(self.ex.article.text, doc[i].idx, head.idx + len(head))
        return self.table.add_titled_person(doc[i - 1].text, span.text, span)

    def organisation_by_letters(self, tok: Any) -> Person | None:
        """The firm "S and P" (wire copy's Standard & Poor's) or "A & M" when ``tok`` is one of its two joined
        capital letters (``joined_letters``), never a person "S" (trial8 M2); None for any other token."""
        letters = joined_letters(self.ex.doc, tok.i)
        if letters is None:
            return None
        doc = self.ex.doc
        span = Span.of(self.ex.article.text, doc[letters[0]].idx, doc[letters[1]].idx + 1)
        return self.new_person(span.text, "organisation", span, "name", None)

    def organisation(self, m: Span, head: Any) -> Person | None:
        """An organisation named as the speaker, or referred back to by its head noun ("the agency")."""
        if head is None:
            return None
        doc = self.ex.doc
        if _DOMAIN.match(m.text.strip()):
            return self.new_person(m.text.strip(), "organisation", m, "name", None)
        by_letters = self.organisation_by_letters(head)
        if by_letters is not None:
            return by_letters
        if head.pos_ == "PROPN" and numbered_thing(head) and m.end >= head.idx + len(head) + 1:
            # "Number 10 said": the office named with its number (a building, never a person).
            return self.new_person(_org_name(m.text.strip()), "organisation", m, "name", None)
        named = norm(head.text) in ORG_WORDS or any(
            norm(t.text) in ORG_WORDS for t in doc[max(0, head.i - 3) : head.i + 1]
        )
        place = head.text in self.table.place_words or head.i in self.table.place_tokens
        named = named or is_outlet_name(m.text)
        known = head.pos_ == "PROPN" and any(
            p.kind == "organisation" and p.name == _org_name(self._proper_part(m, head)) for p in self.extra
        )  # "Whole Foods said" the tagger read once as an organisation and once as a title
        acronym = m.text.strip() == head.text and self.table.body_acronym(head.i)  # "BAA said", tagged a person
        # "The RFDS says" after "a Royal Flying Doctor Service (RFDS) aircraft": an acronym the article defines.
        defined = head.ent_type_ != "PERSON" and self._defined_acronym(head.text) is not None
        acronym = acronym or defined
        named = named or norm(head.text) in STREET_WORDS  # "Downing Street said": the office on that street
        named = named or self._joined_to_a_body(m, head)  # "Wessex" + " and Mercia Police"
        if (
            head.pos_ == "PROPN"
            and head.ent_type_ == "ORG"
            and not (named or place or known or acronym)
            and m.text.strip() == head.text
            and head.text[1:].islower()
        ):
            first = self.table.first_name_before(head.text)
            if first is not None:
                # "Halloway said" after the headline's "Bryn Halloway quits": a person's surname the tagger read
                # as a body's name.
                return self.table.add_person(f"{first} {head.text}", m)
        # A word in lower case is no proper name, whatever its tag ("the foreign ministry", tagged NNP): the kind
        # noun below refers back to the body named so.
        proper = head.pos_ == "PROPN" and not head.text[:1].islower()
        # "Whole Foods said", tagged a work or a product: a thing that speaks is a body, unless a first name opens it.
        thing = head.ent_type_ in ("WORK_OF_ART", "PRODUCT", "FAC") and not given_name(m.text.split()[0])
        if (proper or defined) and (
            named or place or known or acronym or thing or head.ent_type_ in ("ORG", "NORP", "GPE")
        ):
            grown = _ORG_TAIL.match(self.text, m.end) if m.end == head.idx + len(head) else None
            holder = self.titled_name_closing(m.start, grown.end()) if grown else None
            if holder is not None:
                # "said Springfield Department" + " of Civil Rights Director Anna Kessel": the name the body's
                # title leads to speaks, never a body named after her.
                return holder
            place_name = None if self._joined_to_a_body(m, head) else self._place_name(head)
            name = place_name or self._full_org_name(m, head, _org_name(self._proper_part(m, head)))
            return self.new_person(self._joined_before(m, name), "organisation", m, "name", None)
        if (
            head.text[:1].islower()
            and norm(head.text) in ORG_HEADS | INSTITUTION_HEADS
            and m.text.lower().startswith(("the ", "a ", "an "))
        ):
            org = _modified_org_head(m.text, head.text) if m.end == head.idx + len(head) else None
            if org is not None and _nationality_described(m, head):
                return self.new_person(None, "organisation", m, "description", m.text)
            if org is None and m.text.lower().startswith("the "):
                org = self._named_org_with_head(head, _kind_words(m.text, head.text))
            # "the government", "the agency": an organisation, named only if the article named it so.
            return self.new_person(org, "organisation", m, "description", None if org else m.text)
        return None

    def _joined_before(self, m: Span, name: str) -> str:
        """Organisation ``name`` with the capitalised word and "and" written right before mention ``m`` when the
        name ends in a body's word (``ORG_WORDS``): "Mercia Police" of "Wessex and Mercia Police confirmed" (the
        parse may make the first part a sentence of its own) is one body's name. A word the people table holds as
        a person's name there leaves the name as it is."""
        before = _JOINED_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        if before is None or m.text.strip() != name or norm(name.split()[-1]) not in ORG_WORDS:
            return name
        word = before.group("word")
        if norm(word) in ORG_WORDS or word.lower() in _OPENERS or self.table.person_at(before.start("word"), m.start):
            return name
        return self.text[before.start("word") : m.start] + name

    def _joined_to_a_body(self, m: Span, head: Any) -> bool:
        """Whether mention ``m``, ending in proper noun ``head``, is cut before "and" and capitalised words that end
        in a body's word (``ORG_WORDS``): "Wessex" of "Wessex and Mercia Police confirmed" (the parse makes the
        second part a conjunct), one body's name, whatever the tagger called its first word. A first name in
        gender-guesser's table opening a longer mention ("Jane Roe and Acme Police") is left to the people."""
        if m.end != head.idx + len(head) or (m.text.strip() != head.text and given_name(m.text.split()[0])):
            return False
        grown = _ORG_TAIL.match(self.text, m.end)
        return (
            grown is not None and grown.group("join").lower() in ("and", "&") and norm(grown.group("last")) in ORG_WORDS
        )

    def _full_org_name(self, m: Span, head: Any, name: str) -> str:
        """Organisation ``name`` (from mention ``m``, proper-noun ``head``) as fully as the text writes it.

        A mention the parse cut at a joining word grows over it: "the Commission" + "on Presidential
        Debates" after a word that names a body (``ORG_WORDS``: Commission, Department, Ministry), "the
        United Food" + "and Commercial Workers International Union" when the run after "and" ends in such
        a word ("Ford and General Motors" stay two). A one-word name the article wrote in full before, as an
        organisation the tagger found ("the Times" after "The New York Times", within ``ORG_LOOKBACK``
        characters), takes that full name."""
        if m.end != head.idx + len(head):
            return name
        defined = self._defined_acronym(name) or self._spelled_out_acronym(name, m.start)
        if defined is not None:
            return defined
        grown = _ORG_TAIL.match(self.text, m.end)
        if grown and norm(grown.group("last")) in WEEKDAYS | MONTHS:
            grown = None  # "the Defense Ministry on Sunday": a time after the name, no part of it (trial10 M10)
        if grown and (norm(head.text) in ORG_WORDS or norm(grown.group("last")) in ORG_WORDS):
            joined = grown.group("join").lower()
            if joined not in ("and", "&") or norm(grown.group("last")) in ORG_WORDS:
                return name + self.text[m.end : grown.end()]
        firm = _FIRM_AMPERSAND.match(self.text, m.end)
        if firm:
            return name + firm.group(0)  # "Ernst" + " & Young": an ampersand joins one firm's name (trial10 M2)
        if len(name.split()) != 1:
            return name
        lo = max(0, m.start - ORG_LOOKBACK)
        fuller = []
        for run in _ORG_RUN.finditer(self.text, lo, m.start):
            words = run.group(0).split()
            while words and words[0].lower() in _OPENERS:
                words = words[1:]  # "But The New York Times", "The Times": no part of the name
            owned = any(w.endswith(("'s", "\u2019s")) for w in words)  # "Trump's New York Times" is no name
            person = self.table.person_at(run.start(), run.end())  # "Henry Ford" is no fuller "Ford"
            last = self.table.index.token_at(run.start("last"))
            # A name that modifies a noun after it is an event's or a product's ("its annual Camp Strava event").
            body = last is None or not (last.dep_ == "compound" and last.head.i > last.i and last.head.pos_ == "NOUN")
            # "Hachette and Amazon": two bodies, not a fuller name of "Amazon".
            joined = any(w.lower() in ("and", "&") for w in words)
            if run.group("last") == name and len(words) > 1 and not owned and person is None and body and not joined:
                fuller.append(" ".join(words))
        return fuller[-1] if fuller else self._fuller_from_first_word(name, m.start) or self._name_with_designator(name)

    def _fuller_from_first_word(self, name: str, before: int) -> str | None:
        """The one organisation the tagger found before offset ``before`` (within ``ORG_LOOKBACK`` characters) of
        two to four capitalised words whose first word is one-word ``name``: "Goldman said" after "Goldman
        Sachs", "Lehman" after "Lehman Brothers" (news shortens a firm to its first word once it has named it), or
        whose body word before "of" is ``name`` ("the College" after "the Royal College of GPs"). None when there
        is none or two ("Ford Foundation" and "Ford Motor"), or when ``name`` is a person's."""
        if not name[:1].isupper() or not name.isalpha():
            return None
        lo = max(0, before - ORG_LOOKBACK)
        found = set()
        for e in self.ex.doc.ents:
            if e.label_ != "ORG" or not lo <= e.start_char < before:
                continue
            if e[0].lower_ == "the":
                e = e[1:]  # "The Bank of England": the article is no part of the name
            # "Bank of England", "Department of Justice": a body's head word and "of" a place or a field, the name
            # news shortens to its head ("the Bank said") once it has written it in full.
            joined = [t.text for t in e[1:-1] if t.text in _OF_JOINERS]
            # The same for a body's word after its modifiers: "the College" after "the Royal College of GPs".
            head_before_of = norm(name) in ORG_WORDS and any(
                e[k].text == name and e[k + 1].text in _OF_JOINERS for k in range(1, len(e) - 1)
            )
            if (
                2 <= len(e) <= 4 + len(joined)
                and (e[0].text == name or head_before_of)
                and e[-1].text[:1].isupper()
                and all(t.text[:1].isupper() or t.text in _OF_JOINERS for t in e)
            ):
                found.add(e.text)
        if len(found) != 1:
            return None
        (fuller,) = found
        table = self.table
        low = norm(name)
        if any(low in table.keys[i] and table.people[i].name != fuller for i in table.keys.sharing_a_word([low])):
            return None  # "Ford said" where the article names Henry Ford: his, not the foundation's
        return fuller

    def _name_with_designator(self, name: str) -> str:
        """One-word organisation ``name`` with the word that says what kind of firm it is, where the article
        or its headline writes the two together, always with the same word ("Massy said" after "Massy Stores
        stalled by cyber attack" -> "Massy Stores"; "Acme said" after "Acme Corp." -> "Acme Corp."), or with
        its trade and legal suffix ("Woodside said" after "Woodside Petroleum Ltd"). News
        copy names a firm in full once and shortens it by dropping that word. ``name`` unchanged when
        the article writes no such word after it, or two different ones."""
        if not name[:1].isupper() or not name.replace("-", "").isalpha():
            return name
        found = {
            f.group(0)
            for where in (self.ex.article.title or "", self.text)
            for f in re.finditer(rf"(?<![\w\-]){re.escape(name)}\s+(?:{_DESIGNATOR}|{_TRADE_AND_SUFFIX})", where)
        }
        forms = {re.sub(r"\s+", " ", f).rstrip(".") for f in found}
        if len(forms) != 1:
            return name
        return max(found, key=len).replace("\n", " ")

    def firm_named_by_designator(self, p: Person) -> str | None:
        """The firm's full name when person ``p`` is one word, with no title, first name or gender, that the
        article writes elsewhere before a firm designator, always the same one ("Drummond said" after "Drummond
        Holdings": ``_name_with_designator``): the tagger took the firm's short name for a surname. Else None."""
        if p.kind != "person" or not p.name or " " in p.name or p.title or p.gender is not None:
            return None
        fuller = self._name_with_designator(p.name)
        return fuller if fuller != p.name else None

    def _defined_acronym(self, name: str) -> str | None:
        """The full name an acronym stands for where the article defines it in brackets right after the name
        ("the Department of Health and Human Services (HHS)" -> "Department of Health and Human Services"),
        else None. Only a name of two to six capitals."""
        if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return None
        for definition in re.finditer(rf"\s*\(\s*{name}\s*\)", self.text):
            before = self.text[max(0, definition.start() - 120) : definition.start()]
            runs = list(_ORG_RUN.finditer(before))
            if runs and runs[-1].end() == len(before):
                words = runs[-1].group(0).split()
                while words and words[0].lower() in _OPENERS:
                    words = words[1:]
                if len(words) > 1:
                    return " ".join(words)
        return None

    def _spelled_out_acronym(self, name: str, at: int) -> str | None:
        """The name acronym ``name`` stands for where the article writes it out: a capitalised name whose words
        begin with its letters, joining words aside ("UN" -> "United Nations", "U.N." too), or a body's name
        whose last words do ("HHS" -> "Department of Health and Human Services", ``ORG_WORDS``). The latest such
        name before offset ``at``, else the first after it; None when the article writes none."""
        letters = name.replace(".", "")
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
            return None
        before, after = [], []
        for run in _ORG_RUN.finditer(self.text):
            words = run.group(0).split()
            while words and words[0].lower() in _OPENERS:
                words = words[1:]
            if len(words) < 2 or any(w.endswith(("'s", "\u2019s")) for w in words):
                continue
            named = _initialled_name(words, letters)
            if named is not None:
                (before if run.start() < at else after).append(named)
        found = before[-1:] or after[:1]
        return found[0] if found else None

    def _proper_part(self, m: Span, head: Any) -> str:
        """Mention ``m`` from the capitalised run that ends in its proper-noun ``head``: the words described
        before it go ("the great French gastronome Brillat de Savarin" -> "Brillat de Savarin"); particles and
        joining words stay ("the Finance and Economy Ministry"), and so does a hyphenated word's first part ("the
        Herald-Tribune" is no "Tribune"). The whole mention when nothing is described."""
        doc = self.ex.doc
        s = head.i
        while (
            s > 0
            and doc[s - 1].idx >= m.start
            and (
                doc[s - 1].text[:1].isupper()
                or doc[s - 1].text in NAME_PARTICLES | {"of", "and", "&", "for"}
                or _hyphen_inside_word(doc, s - 1)
                or _plural_possessive_inside(doc, s - 1)
            )
        ):
            s -= 1
        while s < head.i and (not doc[s].text[:1].isupper() or doc[s].text.lower() in WEEKDAYS):
            s += 1  # a run never starts with a particle, nor with a date ("On Sunday ISIS claimed")
        lead = self.text[m.start : doc[s].idx].split()
        if not any(_describing_word(w) for w in lead):
            return m.text
        return self.text[doc[s].idx : m.end]

    def _place_name(self, head: Any) -> str | None:
        """The country a place head belongs to, without the words glued before it ("Mountainous Nepal" -> "Nepal")."""
        tokens = self.table.place_tokens
        if head.i not in tokens:
            return None
        s = head.i
        while s - 1 in tokens:
            s -= 1
        doc = self.ex.doc
        return self.text[doc[s].idx : head.idx + len(head)]

    def _named_org_with_head(self, head: Any, kind: list[str] | None = None) -> str | None:
        """The organisation "the center" or "the agency" refers back to, named within ``ORG_LOOKBACK`` characters.

        First the latest full capitalised name ending in the same noun ("Storm Prediction Center" for "the
        center"; a day after it is no part of it: "the Health Ministry on Sunday", ``_named_runs``), else one of
        the last three capitalised names if it ends in an organisation word, else for "the company" or "the firm"
        the latest firm named with its designator ("Acme Corp", ``FIRM_DESIGNATORS``; trial15 F10) that is not only
        someone's workplace ("an analyst at Fund Partners", ``_workplace``).
        An owner in the possessive stays in the name ("National Weather Service's Storm Prediction Center").
        ``kind``: the lower-case words before the head ("ambulance" of "the ambulance service"); a body named
        without them and without the head ("Reuters" before "the ambulance service said") is another body.
        """
        window = self.text[max(0, head.idx - ORG_LOOKBACK) : head.idx]
        runs = list(_ORG_RUN.finditer(window))
        same = [m for m in _named_runs(window) if _run_has_head(m, head.text.lower())]
        # "Center" alone is a short form: the fullest name with that head word wins.
        full = [m for m in same if len(m.group(0).split()) > 1]
        if not full and not same:
            # "the Buffalo school board": a place or a name, then common nouns, then the head word.
            head_word = re.escape(head.text.lower())
            mixed = re.findall(
                rf"\b[Tt]he\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:\s+[a-z][\w\-]*){{0,2}}\s+{head_word})\b", window
            )
            if mixed:
                return mixed[-1]
            apposed = (
                None
                if head.text.lower() in BUSINESS_HEADS
                else _apposed_kind(window[-FIRM_LOOKBACK:], head.text.lower())
            )
            if apposed is not None:
                return apposed
        # "The Trade Department said ... the company said": a firm is no state body (``PUBLIC_BODY_WORDS``).
        public = PUBLIC_BODY_WORDS if head.text.lower() in _FIRM_HEADS else frozenset()
        # "the force" is a police body or none: no other body the article named last ("Leeds City Council").
        nearby = (
            []
            if head.text.lower() in HEAD_NAME_ENDINGS
            else [m for m in runs if not _workplace(window, m.start())][-3:]
        )
        named = full or same or [m for m in nearby if norm(m.group("last")) in ORG_WORDS - public]
        if kind and not (full or same):
            # "the ambulance service" is no "Reuters": a body described by its kind is one named with that kind.
            named = [m for m in named if all(w in m.group(0).lower() for w in kind)]
        if not named and head.text.lower() in _FIRM_HEADS:
            near = window[-FIRM_LOOKBACK:]
            named = [
                m
                for m in _named_runs(near)
                if norm(m.group("last").rstrip(".")) in FIRM_DESIGNATORS and not _workplace(near, m.start())
            ]
            window = near
        if named:
            return _org_name(_with_listed_partners(window, named[-1]))
        if head.text.lower() in OF_FORM_HEADS and not kind:
            acronym = self._acronym_with_head(head)
            if acronym is not None:
                return acronym
        if head.text.lower() in BUSINESS_HEADS | _TAGGED_BODY_HEADS and not set(kind or ()) & OTHER_BODY_MODIFIERS:
            return self._business_named_before(head)
        return None

    def _acronym_with_head(self, head: Any) -> str | None:
        """The body "the agency", "the department" or "the bureau" (``head``, one of ``OF_FORM_HEADS``) refers back
        to when the article named it only by its acronym ("The EPA proposed new limits ... the agency said", "DHS
        announced ... the department added"): the latest acronym the tagger read as an organisation's
        (``PersonTable.body_acronym``, no title like "CEO") within ``FIRM_LOOKBACK`` characters before it, outside
        quotations, no place or outlet, that holds the head's initial (an acronym is made of its name's initials:
        Agency in EPA, Department in DHS, Bureau in FBI). None when there is none."""
        doc = self.ex.doc
        initial = head.text[:1].upper()
        lo = head.idx - FIRM_LOOKBACK
        for tok in reversed(doc[: head.i]):
            if tok.idx < lo:
                break
            word = tok.text
            if initial not in word or tok.ent_type_ != "ORG" or is_title_word(word):
                continue
            if not self.table.body_acronym(tok.i):
                continue
            if tok.i in self.table.place_tokens or is_outlet_name(word) or self.table.quote_spans.covers(tok.idx):
                continue
            return word
        return None

    def _business_named_before(self, head: Any) -> str | None:
        """The business "the company" (``head`` its noun, one of ``BUSINESS_HEADS``) refers back to when the article
        named it without a designator ("Acme Widgets announced ... the company said"): of the organisations the
        tagger found within ``FIRM_LOOKBACK`` characters before it, outside quotations, the latest one the article
        made a speaker ("Acme said"), else the latest one that is a clause's subject or an owner ("Acme's
        profits"); a name the people table holds with nothing of a person counts as one the tagger found
        (``_names_of_no_person``). Nothing within reach, the one business the text before names, if it names only
        one. A state body, party or union (``PUBLIC_BODY_WORDS``), an outlet, and a name the people table holds as a
        person's otherwise are no business. None when no organisation fits."""
        near = self._businesses_between(max(0, head.idx - FIRM_LOOKBACK), head.idx)
        found = [(at, name) for at, name, spoke in near if spoke] or [(at, name) for at, name, _ in near]
        if found:
            return max(found)[1]
        # Named only further back: the article's one business ("Acme Widgets will cut 500 jobs" and, paragraphs
        # on, "the company said"), when the text before names no other.
        named = {name for _, name, _ in self._businesses_between(0, head.idx)}
        return named.pop() if len(named) == 1 else None

    def _businesses_between(self, lo: int, hi: int) -> list[tuple[int, str, bool]]:
        """(offset, name, spoke) of the businesses named between offsets ``lo`` and ``hi`` (``_business_named_before``):
        bodies already resolved as speakers by name (spoke), organisations the tagger found as a clause's subject
        or an owner (spoke when the subject of a cue verb), and names the table holds with nothing of a person
        (``_names_of_no_person``)."""
        # The bodies already resolved as speakers by name (the tagger may call one a person).
        found = [
            (m.start, p.name, True)
            for p in self.extra
            if p.kind == "organisation" and p.name and self._business_words(p.name)
            for m in p.mentions
            if m.kind == "name" and lo <= m.start < hi
        ]
        for e in self.ex.doc.ents:
            if e.start_char >= hi:
                break
            name = self._business_name(e) if e.start_char >= lo else None
            if name is None:
                continue
            root = e.root
            if root.dep_ in ("nsubj", "nsubjpass", "poss"):
                found.append((e.start_char, name, root.dep_ == "nsubj" and root.head.lemma_ in CUE_LEMMAS))
        return found + self._names_of_no_person(lo, hi)

    def _names_of_no_person(self, lo: int, hi: int) -> list[tuple[int, str, bool]]:
        """(offset, name, spoke) of each name of two words or more the people table holds with nothing of a person
        (``PersonTable.nothing_of_a_person``: "Delta Air Lines cancelled 40 flights", "Brindle Widgets recalled
        toys", whatever the tagger's label or however it cut the name) written between offsets ``lo`` and ``hi``,
        outside quotations, as a clause's subject or an owner; ``spoke``: the subject of a cue verb. No place, no
        outlet, no public body (``_business_words``)."""
        found = []
        for p in self.table.people:
            if not p.name or len(p.name.split()) < 2 or is_outlet_name(p.name) or not self._business_words(p.name):
                continue
            if not self.table.nothing_of_a_person(p):
                continue
            for m in p.mentions:
                if m.kind != "name" or not lo <= m.start < hi or self.table.quote_spans.covers(m.start):
                    continue
                tok = self.table.index.token_at(m.end - 1)
                if tok is None or tok.i in self.table.place_tokens or tok.ent_type_ in ("GPE", "LOC", "NORP"):
                    continue
                if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                    found.append((m.start, p.name, tok.dep_ == "nsubj" and tok.head.lemma_ in CUE_LEMMAS))
        return found

    def _business_words(self, name: str) -> bool:
        """Whether ``name`` may name one business: no apostrophe inside ("Novartis' Sandoz" names two bodies), no
        first word the article writes in lower case elsewhere ("Sales of Mercedes"), no last word of a state or
        public body (``PUBLIC_BODY_WORDS``)."""
        words = name.split()
        return (
            bool(words)
            and not re.search(r"['\u2019]", name)
            and words[0].lower() not in self.table.body_lower
            and norm(words[-1]) not in PUBLIC_BODY_WORDS
        )

    def _business_name(self, ent: Any) -> str | None:
        """The name of entity ``ent`` when it may be a business "the company" refers back to: an organisation the
        tagger found, or a name the tagger took for a person's that the article refers back to with "it"
        (``PersonTable.referred_to_as_it``); outside quotations, not ending in a state or public body's word
        (``PUBLIC_BODY_WORDS``), no outlet. None otherwise."""
        # "US Airways'" and "Acme's" of an owner are the body's name; "Novartis' Sandoz" names two bodies.
        text = re.sub(r"(?:['\u2019]s?)$", "", ent.text.strip())
        if ent.root.pos_ != "PROPN" or self.table.quote_spans.covers(ent.start_char) or not self._business_words(text):
            return None
        person = self.table.person_at(ent.start_char, ent.end_char)
        if ent.label_ == "PERSON":
            return person.name if person is not None and self.table.referred_to_as_it(person) else None
        if ent.label_ != "ORG" or person is not None or is_outlet_name(text):
            return None
        return _org_name(text)

    def description(self, m: Span, low: str, head: Any) -> Person | None:
        """Spokespeople, unnamed sources and definite descriptions (rules 5-7 of the module docstring)."""
        org_of = _ORG_OF.search(m.text)
        if org_of and (_SPOKESPERSON.search(low) or _role_of_someone(m, head)):
            role = re.sub(r"\s+(?:for|of|at|to)\s+.*$", "", m.text)
            named = self.table.person_with_role(norm(role.split()[-1]), org_of.group(1).strip())
            if named is not None:
                self._mention(named, m, "description")
                return named
            return self.new_person(None, "unnamed", m, "description", m.text)
        if _bare_plural(m, head):
            # "Police said", "Traders said": a group nobody named, never the article's most prominent person.
            return self.new_person(None, "unnamed", m, "description", m.text)
        if (
            low.startswith("the ")
            and head is not None
            and head.text.lower() in UNNAMED_HEADS
            and not self._unnamed_with_head(head.text.lower())
        ):
            # "the spokeswoman" after "A spokeswoman, Carla Menendez, said": the one person given that role
            # (after "one legal expert said", "the expert" is that unnamed expert).
            named = self.table.only_person_described(head.text.lower(), at=m.start)
            if named is not None and any(n.start < m.start for n in named.mentions):
                self._mention(named, m, "description")
                return named
        if _INDEFINITE.match(low) or (
            head is not None and head.text.lower() in UNNAMED_HEADS and not low.startswith(("her ", "his "))
        ):
            return self.new_person(None, "unnamed", m, "description", m.text)
        if head is not None and head.pos_ == "PROPN":
            # "The Vice President", "the Queen": a capitalised title for the person who holds it.
            return self.described_before(m, low, head) if is_title_word(head.text) else None
        speaker = self.table.resolve_description(m)
        if speaker is None and head is not None and "former" in low.split() and norm(head.text) in OFFICE_TITLES:
            # "Q," the former Massachusetts governor said: a past office the article need not have given anyone
            # re-names the person of its sentence or the one before, as "he" would (``recent_referent``).
            # Written before with the same head ("the former New York mayor's debut" right after the name), the
            # description's first use is where the article tied it: the chain re-names whom that one re-names.
            speaker = self.table.recent_referent(m) or self.table.past_office_chain(m, head.text.lower())
        if speaker is None and self._held_by_nobody_named(m, low, head):
            return self.new_person(None, "unnamed", m, "description", m.text)
        owner = low.split()[:1] in (["her"], ["his"], ["their"])
        if speaker is None and head is not None and owner and norm(head.text) in OWNED_PEOPLE_HEADS:
            return self.new_person(None, "unnamed", m, "description", m.text)  # "her neighbour said"
        if (
            speaker is not None
            and _no_person_head(head)
            and not YEAR_OLD.search(m.text)
            and not self.table.describes(speaker, m)
        ):
            # "Israel's military said", "All said", "Several of the experts expressed": no description of one
            # person, so the most salient one is a guess that makes them a sink for what others said (trial6 M2).
            return None
        if speaker is not None:
            self._mention(speaker, m, "description")
            desc = YEAR_OLD.sub("", _strip_article(m.text)).strip(" -")
            if desc:  # a guess by salience is kept for resolution, not published
                # nor is a mention without a noun at its head ("Whatever led you to ...": trial8 M2)
                nounless = head is None or head.pos_ not in ("NOUN", "PROPN")
                guessed = nounless or not self.table.describes_loosely(speaker, m)
                self.table.add_descriptor(speaker, desc, guessed=guessed, at=m.start)
                if guessed:
                    # The speaker rests on who was salient, not on anything the text tied to the description: a
                    # weak link, whose confidence the confidence stage caps (round 21).
                    self.weak[(m.start, m.end)] = "description by salience"
        return speaker

    def _held_by_nobody_named(self, m: Span, low: str, head: Any) -> bool:
        """Whether definite description ``m`` (lower-cased ``low``, head token ``head``) means someone the article
        never named: an office nobody was given ("the minister"), or a person an indefinite description brought
        in ("a long-time missionary pilot ... the pilot said")."""
        if head is None or not low.startswith("the "):
            return False
        return norm(head.text) in OFFICE_TITLES or self.table.introduced_unnamed(head.text.lower(), m.start)

    def described_before(self, m: Span, low: str, head: Any) -> Person | None:
        """A definite description refers back to the one person the article introduced with its head noun
        or title: "the architect" after "architect Marwan Al-Sayed", "the millionaire developer" after "Carl
        Paladino, a millionaire developer", "the Queen" after "Queen Elizabeth II", "the senator" after "Sen.
        Marco Rubio". None when the mention is not "the ...", its head is plural, or no one, or more than one person,
        was."""
        if head is None or not low.startswith("the ") or m.end != head.idx + len(head):
            return None
        if head.tag_ == "NNS" and head.text.lower().endswith("s"):
            return None  # "the senators" after "Democratic senators Chuck Schumer and Jack Reed": a group, not one
        words = re.findall(r"[a-z-]+", low[: head.idx - m.start])
        modifiers = tuple(w for w in words if w in OFFICE_MODIFIERS)
        person = self.table.only_person_described(head.text.lower(), m.start, modifiers, at=m.start)
        if person is not None and head.text.lower() in LOOSE_ROLE_HEADS and not self.table.modifiers_tied(person, m):
            person = None  # "the health chief" is not "Police chief Tom Bell"
        if person is None:
            # "the Gunners manager" after "Arsenal boss Arsene Wenger": another word for the same job.
            person = self.table.only_person_by_synonym(m, head.text.lower())
        if person is None:
            # "the grade-school girl" after "Zianna Roe, 9,": the one person of the age band the head names.
            person = self.table.only_person_of_age_band(m, head.text.lower())
        if person is None and FUTURE_HOLDER & set(words):
            # "the future president", "the incoming governor": the office's holder-to-be, whom the article titled
            # "President-elect Rob Marr" or "governor-designate".
            person = self.table.holder_to_be(head.text.lower(), m.start)
        if person is None or not any(n.start < m.start for n in person.mentions):
            return None
        self._mention(person, m, "description")
        return person

    def _referred_back(self, m: Span, low: str) -> Person | None:
        """ "The millionaire developer told Artvoice" after paragraphs about Carl Paladino: a definite description
        of a person ("the" and a person's head noun, ``describes_a_person``) that no one was given, and no
        indefinite "a developer" introduced, refers back to someone named in its sentence or the one before, as a
        pronoun would (``PersonTable.recent_referent``). None otherwise."""
        if not low.startswith("the ") or not describes_a_person(m.text):
            return None
        if norm(low.split()[-1]) in CASE_OFFICES:
            return None  # "Okafor was stabbed ... the coroner said": the officers of a case never re-name its parties
        person = self.table.recent_referent(m, agents_only=True)
        if person is not None:
            self._mention(person, m, "description")
            self.weak[(m.start, m.end)] = "description by recency"  # no descriptor ties it: a weak link
        return person

    def _unnamed_with_head(self, head: str) -> bool:
        """Whether an unnamed source described with head noun ``head`` ("one legal expert") was met already."""
        return any(
            p.kind == "unnamed" and p.descriptors and p.descriptors[0].lower().split()[-1:] == [head]
            for p in self.extra
        )

    def resolve(self, a: Any) -> Person | None:
        """The person, organisation or unnamed source behind attribution ``a``'s mention."""
        # Long on purpose: one chain of mention shapes (pronoun, handle, tied name, ...), tried in order of precedence.
        m = a.mention
        low = m.text.lower().strip()
        head = self.ex.doc[a.head_index] if a.head_index is not None else None
        head = _member_head(self.ex.doc, m, head)
        if low in PRONOUNS or low.split()[:1] == ["who"] or low == "which":
            return self.pronoun(m, low)
        if self._name_in_marks(m):
            # '"Perry" countered:' after 'his name was "Perry"': a source's pseudonym, marked as a name, not speech
            # (``quotes.raw_to_quotes``), is the name the article gives that person.
            return self.named_outright(" ".join(m.text.split()), m)
        if low in GENERIC_GROUP_WORDS and head is not None and head.lower_ == low:
            # "Those in favour of the tax have said ...", "those close to him say": a group the words describe,
            # nobody the story named before (a demonstrative, not a personal pronoun: no antecedent is taken up).
            return self.new_person(None, "unnamed", m, "description", _group_description(head))
        owner = _owner_of_title(m)
        if owner is not None:
            return self.work_owner(owner)
        if _printed_place(m):
            return None  # "(Page B1, Jan. 15)": where an article was printed, never who spoke
        if _HANDLE.fullmatch(m.text.strip()):
            return self.handle_person(m)
        pair = self.described_pair(m, low, head)
        if pair is not None:
            return pair
        tied = (
            self.tied_name(m)
            or self.apposed_name(m, head)
            or self.name_before_affiliation(m)
            or self.name_before_post_nominal(m)
            or self.name_at_mention_edge(m, head)
            or self.name_after_long_title(m)
        )
        if tied is not None:
            return tied
        cue = getattr(a, "cue", None)
        if m.text.strip() in _DEITIES and cue is not None and cue.text.lower() in CUE_WORD_FORMS:
            # "“Blessed are the meek,” Jesus said": scripture quoted with its speaker and a verb of saying,
            # who is named so (the table keeps "God" and "Jesus" out of people's names: mostly exclamations).
            return self.named_outright(m.text.strip(), m)
        author = self.statement_author(m, head) or self.document_author(m, head)
        if author is not None:
            return author
        agent = self.agent_of_someone(m, low, head)
        if agent is not None:
            return agent
        if low.startswith("the ") and _ANONYMOUS.match(self.text, m.end) and describes_a_person(m.text):
            # "said the strategist, who requested anonymity": the article says it does not name this person.
            return self.new_person(None, "unnamed", m, "description", m.text)
        if low.startswith("the ") and NEW_ANCHOR.search(low) and describes_a_person(m.text):
            # "the leader of a conservative think tank": a description anchored to something brought in there is
            # someone new to the story, not the person most talked about (Poesio and Vieira 1998, "establishing"
            # definite descriptions).
            return self.new_person(None, "unnamed", m, "description", m.text)
        owned = _owned_body(m.text, head)
        if owned is not None:
            return self.new_person(owned, "organisation", m, "description", None)
        relative = self.named_relative(m)
        if relative is not None:
            return relative
        if self._name_is_complement(m) and self.after_title(head, m.end) is None:
            # "A top aide to Hillary Clinton", "Clinton's spokesman": the person named is not the speaker.
            if _ORG_OF.search(m.text) and _SPOKESPERSON.search(low):
                return self.description(m, low, None)  # unless the article names X's spokesperson
            return self.new_person(None, "unnamed", m, "description", m.text)
        kin = self.family_member(m, low, head) or self.respondents(m, head)
        if kin is not None:
            return kin
        named = self.table.person_at(head.idx, head.idx + len(head)) if head is not None else None
        if named is None and head is not None and m.text.strip() == head.text and self.table.plural_group(head.i):
            # "Ecologists are warning", "Neighbours said", "MPs said": a group of unnamed people (trial10 M2).
            return self.new_person(None, "unnamed", m, "description", m.text)
        if named is not None:
            whole = self._name_cut_at_front(m, named)
            if whole is not None:
                return whole
            self._organisation_after_name(m, head, named)
            return named  # a name covers the head ("Kim Jong-un", whose last token is lower case)
        # The head decides: "Caitlyn Jenner's memoir" is a memoir, not Caitlyn Jenner.
        if (
            head is not None
            and head.text[:1].islower()
            and head.text.lower() not in _NO_NAMED_HEAD
            and not YEAR_OLD.search(m.text)
            and head.pos_ in ("NOUN", "PROPN")
        ):
            return (
                self.described_before(m, low, head)
                or self._referred_back(m, low)
                or self.new_person(None, "unnamed", m, "description", m.text)
            )
        titled = self.after_title(head, m.end)
        if titled is not None:
            return titled
        if head is not None and head.pos_ == "PROPN" and is_title_word(head.text) and low.startswith("the "):
            # "the General said" after "Gen. Ray Odierno": the one person given that title (trial5 F11), never
            # an organisation called "General".
            described = self.described_before(m, low, head)
            if described is not None:
                return described
            if m.end == head.idx + len(head) and not _role_of_someone(m, head):
                # "the US Surgeon General warns" with nobody given the title: someone unnamed holding the office,
                # never an organisation "US Surgeon General" (trial10 M1); unless the title re-names the person
                # just named, whom no other office was given ("Ray Dunmore has quit the party. The MEP said":
                # elegant variation, ``renamed_office_holder``).
                renamed = self._renamed_by_title(m, head)
                return renamed or self.new_person(None, "unnamed", m, "description", m.text)
        if _role_of_someone(m, head):
            # "a top aide to Hillary Clinton", "the director of the charity": the role's holder, not the name after it.
            return self.description(m, low, head)
        if _party_member(m.text, head, ("the", "a", "an")):
            return self._party_member_speaker(m, low)  # "The Republican insisted", "said an Iowa Republican"
        if head is not None and head.text.lower() in _QUANTIFIERS and _PART_OF.search(low):
            # "Several of the experts who reviewed the TNO report": some of a group nobody named, never the
            # body named inside the mention (trial6 M2).
            return self.new_person(None, "unnamed", m, "description", m.text)

        affiliated = self.people_noun(m, low, head)
        if affiliated is not None:
            return affiliated
        head_span = (head.idx, head.idx + len(head)) if head is not None and head.pos_ == "PROPN" else (m.start, m.end)
        speaker = self.table.person_at(*head_span)
        if speaker is not None:
            return speaker
        if _ORG_OF.search(m.text) and _SPOKESPERSON.search(low):
            return self.description(m, low, head)
        surname = self.surname_with_first_name(head) or self.misspelt_surname(m, head)
        if surname is not None:
            return surname
        courtesy = self.courtesy_titled(m, head)
        if courtesy is not None:
            return courtesy
        if (
            head is not None
            and head.tag_ in ("MD", "RB", "JJ", "UH")
            and head.text[:1].isupper()
            and m.text.strip() == head.text
            and not _prefix_of_common_noun(head)
            and not _opening_adjective_pair(head)
        ):
            # "Q," Will wrote, "Dolly writes:": a name the tagger read as a modal or an adverb (the attribution stage
            # takes it for the cue's subject only right before a finite cue with no other subject,
            # ``attribution.rules.misread_name``), never a description of whoever is most prominent.
            return self.named_outright(head.text, m)
        if _INDEFINITE.match(low) and head is not None and norm(head.text) in _ROLE_OR_UNNAMED:
            # "one neo-bank CEO", "a Customs and Border Protection spokesperson": someone unnamed.
            return self.new_person(None, "unnamed", m, "description", m.text)
        if _capitalised_mid_sentence(self.text, m, head):
            # '"He cries every time," Yohannes said.': a one-word name the tagger took for a common noun.
            return self.named_outright(head.text, m)
        return self.organisation(m, head) or self.description(m, low, head)

    def _name_cut_at_front(self, m: Span, named: Person) -> Person | None:
        """The body a capitalised mention ("Whole Foods said", "Home Foods said") names when the people table cut
        its first words off as no name words (an adjective, an office's modifier) and holds only its last word
        ("Foods") with nothing of a person (``PersonTable.nothing_of_a_person``): the mention's words are the
        name, an organisation's. None when a word cut off is a title, a role, an honorific or a first name
        ("Councillor Adams said" is Adams), or the mention is more than the name and capitalised words."""
        words = _strip_article(m.text.strip()).split()
        if len(words) < 2 or not named.name or words[-1] != named.name or named.title not in (None, *words[:-1]):
            return None
        # The cut word may have been taken for the name's title ("Home" of "Home Secretary"): judged below.
        if not self.table.nothing_of_a_person(replace(named, title=None)):
            return None
        for word in words[:-1]:
            low = norm(word)
            if not (word[:1].isupper() and word.isalpha()) or low in OFFICE_TITLES | ROLE_NOUNS | _COURTESY_WORDS:
                return None
            if is_honorific(word) or given_name(word):
                return None
        return self.new_person(" ".join(words), "organisation", m, "name", None)

    def named_relative(self, m: Span) -> Person | None:
        """The relative a mention "Travis Kelce's mom" (a name, a possessive, a kinship noun of ``RELATION_WORDS``)
        stands for when the article names exactly one other person with the owner's family name whose first name
        does not give the other gender ("Donna Kelce has praised the album. ... Travis Kelce's mom confirmed":
        news names a relative by kinship after naming them, and the gold names the fullest name the article gives).
        None when no such person, or more than one, is named."""
        found = _OWNED_RELATIVE.fullmatch(m.text.strip())
        if found is None or norm(found.group("rel")) not in RELATION_WORDS:
            return None
        owner = self.table.person_at(m.start, m.start + len(found.group("owner")))
        full = owner.name if owner is not None and owner.name and len(owner.name.split()) > 1 else found.group("owner")
        if owner is not None and owner.kind != "person" or len(full.split()) < 2:
            return None
        family = norm(full.split()[-1])
        rel = norm(found.group("rel"))
        other = "male" if rel in FEMALE_WORDS else "female" if rel in MALE_WORDS else None
        kin = [
            p
            for p in self.table.people
            if p is not owner
            and p.kind == "person"
            and p.name != full
            and p.name
            and len(p.name.split()) > 1
            and norm(p.name.split()[-1]) == family
            and (other is None or first_name_gender(p.name) != other)
        ]
        if len(kin) != 1:
            return None
        self._mention(kin[0], m, "description")
        return kin[0]

    def _renamed_by_title(self, m: Span, head: Any) -> Person | None:
        """The person a capitalised office title tied to no one ("The MEP said") re-names: the one named in its
        sentence or the narrative sentence before, given no other office (``PersonTable.renamed_office_holder``);
        None when the title is no office or no such person is near."""
        if norm(head.text) not in OFFICE_TITLES:
            return None
        person = self.table.renamed_office_holder(m, norm(head.text))
        if person is not None:
            self._mention(person, m, "description")
        return person

    def agent_of_someone(self, m: Span, low: str, head: Any) -> Person | None:
        """ "his spokesman", "her lawyers", "their top aide": someone who speaks for the person the possessive
        means, never that person (user report H5). The one person the article gave that role before (" his
        spokesman, George Charamba, ... the spokesman"), else an unnamed source with this description. None for
        other mentions (no possessive determiner, or a head not in ``SPEAKS_FOR_HEADS``)."""
        if head is None or low.split()[:1] not in (["his"], ["her"], ["their"], ["its"]):
            return None
        if head.text.lower() not in SPEAKS_FOR_HEADS or m.end != head.idx + len(head):
            return None
        named = self.table.only_person_described(head.text.lower(), before=m.start, at=m.start)
        if named is not None and any(n.start < m.start for n in named.mentions):
            self._mention(named, m, "description")
            return named
        return self.new_person(None, "unnamed", m, "description", m.text)

    def respondents(self, m: Span, head: Any) -> Person | None:
        """ "about 2 in 10 say it describes Trump better": a share of a group (``_share_of_a_group``) is
        respondents nobody named, never one person found by salience. None for other mentions."""
        return self.new_person(None, "unnamed", m, "description", m.text) if _share_of_a_group(m, head) else None

    def _party_member_speaker(self, m: Span, low: str) -> Person | None:
        """The speaker a party or people word stands for: "The Republican insisted" is the person the article
        described so (a definite description, not the party); "said an Iowa Republican" is one member nobody
        named (Politico's insiders), an unnamed source, not the party."""
        if low.startswith("the "):
            return self.description(m, low, None)
        return self.new_person(None, "unnamed", m, "description", m.text)

    def people_noun(self, m: Span, low: str, head: Any) -> Person | None:
        """ "The Dutchwoman", "the Briton" (a people's noun the tagger may take for an organisation): the one person
        met before whom the text gave that people ("Dutch diplomat Anke Rowe"); None when no one or several were
        (the mention then goes on as before)."""
        if head is None or head.text.lower() not in AFFILIATION_FORMS or not low.startswith("the "):
            return None
        if m.end != head.idx + len(head):
            return None
        person = self.table.only_affiliated(head.text, before=m.start)
        if person is not None:
            self._mention(person, m, "description")
        return person

    def family_member(self, m: Span, low: str, head: Any) -> Person | None:
        """ "The younger Paladino" after "Paladino's son William": the family member the text ties to that
        generation (``PersonTable.by_generation``), not the person the family name alone would find. The one
        whose name lacks the family name gets it ("William" -> "William Paladino"). None for other mentions."""
        generation = _GENERATION.match(low)
        if generation is None or head is None or head.pos_ != "PROPN" or m.end != head.idx + len(head):
            return None
        person = self.table.by_generation(head.text, younger=generation.group(1) == "younger")
        if person is None:
            return None
        if person.name and len(person.name.split()) == 1 and norm(person.name) != norm(head.text):
            person.name = f"{person.name} {head.text}"
        self._mention(person, m, "description")
        return person

    def statement_author(self, m: Span, head: Any) -> Person | None:
        """The author of a statement given as the speaker (``STATEMENT_NOUNS``): "his comments", "Paladino's
        statement", "the UN draft resolution" (its possessor or the name before it), or, for "the statement" or
        "that statement" with neither, the author of the latest statement of that noun brought in before ("U.S.
        Soccer, which released a statement", "a statement he released Friday", "took to Twitter to publish a
        graphic": ``AUTHORING_FORMS``). None when the mention is no statement or no author is written."""
        if self._author_depth or head is None or head.pos_ != "NOUN" or m.end < head.idx + len(head):
            return None
        if m.end > head.idx + len(head) and not _only_prepositions_after(head, m.end):
            return None  # "Bright's message to the chancellor" is Bright's; "his reply and Fox's" is no one's
        if _statement_lemma(head) is None:
            return None
        author = _author_token(head)
        if author is None and m.text.lower().split()[0] in ("the", "that", "this", "those", "these"):
            author = self._earlier_author(head)
        if author is None:
            return None
        pair = self._signing_pair(m, head, author)
        if pair is not None:
            return pair
        return self._resolve_author(author)

    def _resolve_author(self, author: Any) -> Person | None:
        """The person or body token ``author`` names; while it is resolved no further statement's or document's
        author is looked up (``_author_depth``), so an author is never found through another author."""
        self._author_depth += 1
        try:
            return self._resolve_token(author)
        finally:
            self._author_depth -= 1

    def document_author(self, m: Span, head: Any) -> Person | None:
        """The body or person a document or finding given as the speaker (``DOCUMENT_NOUNS``: "An AP investigation
        found", "the Brindle Widgets report said", "The report by the Dunmore Teachers Union said") is by: a proper
        noun modifying its noun, else the name after its "by". The gold names the body whose work speaks ("an
        organisation name if an organisation speaks"). None when the mention names no author: "the report said"
        stays the document's (a study's subject, "a study of Acme", is no author)."""
        if self._author_depth or head is None or head.pos_ != "NOUN" or head.text.lower() not in DOCUMENT_NOUNS:
            return None
        if m.end < head.idx + len(head):
            return None
        names = [
            t
            for t in head.subtree
            if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ not in _NOT_AUTHOR_ENTITIES and _modifies(t, head)
        ]
        author = names[-1] if names else None
        by = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        if author is None and by is not None:
            author = next((c for c in by.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if author is None:
            return None
        return self._resolve_author(author)

    def _signing_pair(self, m: Span, head: Any, author: Any) -> Person | None:
        """The one speaker "A and B" for a document two named people signed ("the letter, signed by Sens. Jane Doe
        and John Roe": ``signer_of``), made as the pair rules make it (``_pair_of``); None for one signer, three or
        more, or anything but a signer."""
        signer = signer_of(head)
        if signer is None or signer.i != author.i:
            return None
        conj = [c for c in author.children if c.dep_ == "conj"]
        joiner = [c for c in author.children if c.dep_ == "cc"]
        if len(conj) != 1 or len(joiner) != 1 or joiner[0].lower_ != "and" or conj[0].pos_ != "PROPN":
            return None
        if any(c.dep_ == "conj" for c in conj[0].children):
            return None
        first = self.table.person_at(author.idx, author.idx + len(author))
        other = self.table.person_at(conj[0].idx, conj[0].idx + len(conj[0]))
        return self._pair_of(first, other, m, "description")

    def _earlier_author(self, head: Any) -> Any | None:
        """The author token of the latest earlier statement with the lemma of ``head``, outside quotations and
        within ``ORG_LOOKBACK`` characters, or None."""
        doc = self.ex.doc
        lemma = _statement_lemma(head)
        for tok in reversed(doc[: head.i]):
            if tok.idx < head.idx - ORG_LOOKBACK:
                break
            if tok.pos_ != "NOUN" or _statement_lemma(tok) != lemma or self.table.quote_spans.covers(tok.idx):
                continue
            author = _author_token(tok)
            if author is not None:
                return author
        return self._poster_before(head) if lemma in _POST_NOUNS else None

    def _poster_before(self, head: Any) -> Any | None:
        """The author token of "the post" or "the tweet" (``head``) when the sentence before it, or its own
        sentence before it, tells who posted with a verb, not a noun ("Senator Tom Blake posted a video on X after
        the vote. "Q," the post said"): the subject of the latest verb of posting there (``_POSTING_FORMS``),
        outside quotations. None when there is none."""
        doc = self.ex.doc
        sent = head.sent
        lo = sent.start
        if lo > 0:
            lo = doc[lo - 1].sent.start
        for tok in reversed(doc[lo : head.i]):
            if tok.pos_ != "VERB" or tok.lower_ not in _POSTING_FORMS or self.table.quote_spans.covers(tok.idx):
                continue
            subj = subject_of(tok)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") and subj.i < tok.i:
                return subj
            return None
        return None

    def _resolve_token(self, tok: Any) -> Person | None:
        """The person or organisation token ``tok`` stands for: a pronoun by the pronoun rules, a name through
        the person table, anything else through its noun phrase as a speaker mention."""
        low = tok.text.lower()
        span = Span.of(self.ex.article.text, tok.idx, tok.idx + len(tok))
        if low in ("he", "she", "his", "her", "him", "its", "it"):
            log = recorder()
            kept = len(log) if log is not None else 0
            person = self.pronoun(span, "it" if low == "its" else low)
            if log is not None:
                del log[kept:]  # a possessor is no speaker mention: the antecedent model learns from those only
            return person
        person = self.table.person_at(tok.idx, tok.idx + len(tok))
        if person is not None:
            return person
        start, end = noun_phrase(tok, max(0, tok.idx - 200), tok.idx + len(tok))
        span = Span.of(self.ex.article.text, start, end)
        found = self.resolve(_Mentioned(span, tok.i))
        if found is None and tok.pos_ == "PROPN" and tok.dep_ in _OWNER_DEPS:
            # "the Harbour Lights gossip blog": a name no one in the table bears, before an outlet's or a
            # document's noun, names the body that publishes it.
            found = self.new_person(_org_name(span.text), "organisation", span, "name", None)
        return found

    def handle_person(self, m: Span) -> Person:
        """The account behind a social-media handle ("acebush1 wrote", "@jdoe posted", trial6 H5): one person
        per handle, however it is capitalised, with the handle as name and handle; the person the article
        names with that handle (an embedded post's author) when there is one."""
        handle = m.text.strip()
        named = self.table.person_at(m.start, m.end)
        if named is not None and named.kind == "person":
            return named  # a handle the table took for one of a person's names
        key = handle.lstrip("@").lower()
        for p in self.table.people + self.extra:
            if p.handle and p.handle.lstrip("@").lower() == key:
                if p.name == p.handle and p.name[:1].isupper() and handle[:1].islower():
                    p.name = p.handle = handle  # "Acebush1 answered" opened a sentence; the handle is "acebush1"
                self._mention(p, m, "name")
                return p
        p = Person(id=f"p{len(self.table.people) + len(self.extra) + 1}", name=handle, kind="person", handle=handle)
        self._mention(p, m, "name")
        self.extra.append(p)
        return p

    def _organisation_after_name(self, m: Span, head: Any, person: Person) -> None:
        """ "Bronwyn Curtis of Landell Mills said": the organisation after the name describes the person."""
        rest = self.text[head.idx + len(head) : m.end]
        org = _NAME_THEN_ORG.match(rest)
        if org and person.kind == "person":
            self.table.add_descriptor(person, org.group(1).strip())

    def _name_is_complement(self, m: Span) -> bool:
        """Whether description ``m`` is headed by a common noun, names a person inside it, and every name inside
        hangs off that noun through a preposition or a possessive ("an aide to X", "a lawyer for X", "X's
        spokesman"): then it describes someone else, X's aide, not X. An apposition ("the director, Ann Lee")
        is a name. Rule 5 of the module docstring, for people as well as organisations."""
        toks = [t for t in self.idx_tokens(m) if not t.is_punct]
        roots = [t for t in toks if not (m.start <= t.head.idx < m.end) or t.head is t]
        if len(roots) != 1 or roots[0].pos_ != "NOUN":
            return False
        root = roots[0]
        if self.table.person_at(root.idx, root.idx + len(root)) is not None:
            return False  # "President Moon Jae-in": the "noun" is the lower-case end of a hyphenated name
        # A common noun capitalised only because it opens the sentence ("Supporters of Mayor Holt have said").
        if not (root.text[:1].islower() or (root.i == toks[0].i and root.is_sent_start)):
            return False
        names = [t for t in toks if t.pos_ == "PROPN"]
        people = [self.table.person_at(t.idx, t.idx + len(t)) for t in names]
        if not any(p is not None and p.kind == "person" for p in people):
            return False  # "the head of Apex Mining": the role resolution below may still name its holder
        for tok in names:
            path, node = [], tok
            # spaCy makes a new Token object on each access, so the root is found by index, not identity.
            while node.i != root.i and node.head.i != node.i and len(path) < 50:
                path.append(node.dep_)
                node = node.head
            # A name before the noun, modifying it, says whose or which: "a Trump aide", "a senior Hamas
            # official" are someone else, as "an aide to Trump" is.
            modifier = tok.i < root.i and path[:1] in (["compound"], ["nmod"], ["amod"])
            if node.i != root.i or not (modifier or any(d in ("pobj", "poss") for d in path)):
                return False
        return True

    def idx_tokens(self, m: Span) -> list[Any]:
        """The parsed tokens inside span ``m``."""
        span = self.ex.doc.char_span(m.start, m.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def finish(self) -> list[Person]:
        """The article's people: relations by final names, one-word names with their courtesy title."""
        table = self.table
        for p in table.people:
            fixed = []
            for rel, other in p.relations:
                pid = table.match([norm(w) for w in other.split()], 0) if other else None
                fixed.append((rel, table.people[pid].name or other if pid is not None else other))
            p.relations = fixed
        for p in table.people:
            courtesy = (p.title or "").split()[-1:] if p.title else []
            # A title word written in lower case is a role, never a courtesy title: "first lady Michelle" is
            # "Michelle", titled "first lady" (an honorific before a name is written with a capital).
            courtesy = [w for w in courtesy if w[:1].isupper()]
            if p.name and len(p.name.split()) == 1 and courtesy and is_honorific(courtesy[0]):
                # "Mr Blair", "Lord Falconer", "Prince Andrew": a surname alone keeps its honorific.
                p.name = f"{courtesy[0]} {p.name}"
            elif (
                p.name
                and courtesy
                and courtesy[0].lower() in ROYAL_TITLES
                and p.kind == "person"
                and norm(p.name.split()[0]) != norm(courtesy[0])
            ):
                # "King Juan Carlos", "Queen Elizabeth II": royalty is named with its title, once ("Prince
                # Frederik" read whole as a name keeps its one "Prince").
                p.name = f"{courtesy[0]} {p.name}"
        people = [p for p in table.people if p.mentions] + self.extra
        seen: set[str] = set()
        for p in people:
            p.mentions.sort(key=lambda mm: mm.start)
            if p.id in seen:
                # A person the table added after an unnamed source or organisation was made takes the
                # same next number; ids must stay unique (the medium stage keys its cues by id).
                p.id = f"p{len(table.people) + len(self.extra) + len(seen) + 1}"
            seen.add(p.id)
        return people


# A name's last word and a comma right before a mention ("Richard Mawrey, " before "QC").
_NAME_BEFORE_COMMA = re.compile(r"([A-Z][\w'\u2019\-]*),\s*$")
# "from"/"of"/"at"/"with" after a person's name inside a mention: the body they work for follows.
_AFFILIATION_AFTER = re.compile(r"\s+(?:from|of|at|with)\s+\S")
# Words that open a sentence or a clause, no part of a name after them ("But The New York Times", "Because Google").
_OPENERS = SENTENCE_OPENERS | CLAUSE_OPENERS
# The deity or prophet a scripture quotation is given to, named so as the subject of a verb of saying.
_DEITIES = frozenset({"God", "Jesus", "Jesus Christ", "Allah"})
# What may run on between a title and the name it leads to: " and Chief Financial Officer of Super Value ".
_TITLE_RUN_ON = re.compile(r"(?:\s+(?:and|of|at|for|the|&|[A-Z][\w.&'\u2019-]*))+\s+")
# Words before a role that make it someone else's: "a spokesman for Gov. Jane Roe", "an aide to Sen. Roe".
_ROLE_OF_SOMEONE_WORDS = frozenset({"for", "to", "of", "with", "by", "at", "from", "and", "or"})

# The prepositions that tie a role to the place or body it is held at: "ambassador to Chile", "envoy of Peru".
_PLACE_LINKS = frozenset({"to", "of", "for", "at", "in"})
# A name's last word, then "from"/"of"/"at"/"with" and perhaps "the", right before a mention.
_AFFILIATION_BEFORE = re.compile(r"([A-Z][\w'\u2019\-]*)\s+(?:from|of|at|with)\s+(?:the\s+)?$")

# The rest of a hyphenated word a mention was cut inside ("-in-Chief ", "-founder "), up to the space after it.
_HYPHEN_TAIL = re.compile(r"(-[A-Za-z]+(?:-[A-Za-z]+)*)\s+")


class _Mentioned(NamedTuple):
    """A mention to resolve that no attribution holds: a statement's author (``SpeakerResolver.statement_author``)."""

    mention: Span
    head_index: int


_JOINING_WORDS = frozenset({"of", "and", "for", "on", "the", "&"})
_RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
# Parse labels of a name or pronoun that says whose a statement is: "his comments", "the UN draft resolution".
_OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
_NOT_AUTHOR_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _initialled_name(words: list[str], letters: str) -> str | None:
    """The name within capitalised run ``words`` that acronym ``letters`` abbreviates: the run from a capitalised
    word on whose words, joining words aside, begin with those letters ("the Coastal States Union" in "Diplomats
    of the Coastal States Union" for "CSU"), or the whole run when it opens with a word that names a body and its
    last words do ("Department of Health and Human Services" for "HHS"); None otherwise."""
    initials = [w[0] for w in words if w.lower() not in _JOINING_WORDS]
    if len(initials) > len(letters) and norm(words[0]) in ORG_WORDS and "".join(initials).endswith(letters):
        return " ".join(words)
    for k, word in enumerate(words):
        if word[:1].isupper() and word.lower() not in _JOINING_WORDS:
            rest = words[k:]
            if len(rest) > 1 and "".join(w[0] for w in rest if w.lower() not in _JOINING_WORDS) == letters:
                return " ".join(rest)
    return None


def _role_held_at_place(words: list[str]) -> bool:
    """Whether ``words`` (a mention's words before a name) end in a lower-case role noun, a preposition and
    capitalised words that hold no title: the place or body the role is held at, written before its holder's
    name ("The French ambassador to Chile" + "Paul Girard said", "the envoy of Peru" + "Ana Ruiz"). Capitalised
    words with a title ("a spokesman for Gov." + "Jane Roe") make the name someone else's, and a kin word ("the
    son of ...") is a relation, not a role."""
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper() and not is_title_word(words[i - 1].rstrip(".,")):
        i -= 1
    if i == len(words) or i < 2 or words[i - 1].lower() not in _PLACE_LINKS:
        return False
    role = words[i - 2]
    return role.isalpha() and role.islower() and role not in RELATION_WORDS and describes_a_person(role)


def _courtesy(tok: Any) -> bool:
    """Whether ``tok`` is a courtesy title that only a person's surname follows ("Mr", "Mrs.", "Dr")."""
    return norm(tok.text).rstrip(".") in COURTESY_BEFORE_SURNAME


def _modifies(tok: Any, noun: Any) -> bool:
    """Whether ``tok`` hangs on ``noun`` through modifiers only (``_OWNER_DEPS``): "UN" in "the UN draft
    resolution", not a word of a clause the parse put under the noun."""
    node = tok
    for _ in range(6):
        if node.i == noun.i:
            return True
        if node.dep_ not in _OWNER_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _only_prepositions_after(head: Any, end: int) -> bool:
    """Whether every token after ``head`` up to character ``end`` belongs to a prepositional phrase on it
    ("message to the chancellor")."""
    inside = {t.i for child in head.rights if child.dep_ == "prep" for t in child.subtree}
    after = [t for t in head.doc[head.i + 1 :] if t.idx < end]
    return bool(after) and all(t.i in inside for t in after)


def _statement_lemma(tok: Any) -> str | None:
    """The ``STATEMENT_NOUNS`` entry token ``tok`` is a form of ("comments" -> "comment"), else None."""
    low = tok.text.lower()
    for lemma in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if lemma in STATEMENT_NOUNS:
            return lemma
    return None


def _author_token(noun: Any) -> Any | None:
    """The token for the author of statement ``noun``: its possessor ("his", "Paladino's"), a proper noun before
    it ("the UN draft resolution", not "Tuesday"), the subject of a relative clause on it ("a statement he
    released"), or the subject of the authoring verb it is the object of ("U.S. Soccer, which released a
    statement"; ``AUTHORING_FORMS``) or of the verb it is said in ("said in a statement"). None otherwise."""
    for child in noun.lefts:
        if child.dep_ == "poss":
            return child
    names = [t for t in noun.subtree if t.i < noun.i and t.pos_ == "PROPN" and t.ent_type_ not in _NOT_AUTHOR_ENTITIES]
    names = [t for t in names if _modifies(t, noun)]
    if names:
        return names[-1]
    for child in noun.rights:
        if child.dep_ == "relcl":
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.text.lower() not in _RELATIVE_SUBJECTS:
                return subj
    signer = signer_of(noun)
    if signer is not None:
        return signer
    verb = None
    if noun.dep_ == "dobj" and noun.head.text.lower() in AUTHORING_FORMS:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.text.lower() == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head
    if verb is None:
        return None
    subj = subject_of(verb)
    if subj is not None and subj.text.lower() in _RELATIVE_SUBJECTS:
        subj = subj.head.head if subj.head.dep_ == "relcl" else None
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


# What ends the text before a word mid-sentence: a comma (and a closing mark: '," Yohannes said'), a lower-case word.
_MID_SENTENCE_BEFORE = re.compile(r"(?:,[\"'\u201d\u2019]?|[a-z]{2,})[ \t]+$")


def _capitalised_mid_sentence(text: str, m: Span, head: Any) -> bool:
    """Whether mention ``m`` is one capitalised word the tagger read as a common noun standing mid-sentence
    ('"He cries every time," Yohannes said.'), that the text never writes in lower case: English capitalises a
    common noun only at a sentence's start, so the word is a name (a one-word name, or one the tagger does not
    know). Not a pronoun, a collective source ("Police") or a word of the lexicon of roles."""
    word = m.text.strip()
    if head is None or word != head.text or head.pos_ != "NOUN" or not (word[:1].isupper() and word[1:].islower()):
        return False
    low = word.lower()
    if low in PRONOUNS or low in COLLECTIVE_SOURCES or low in _ROLE_OR_UNNAMED or len(word) < 3:
        return False
    if not _MID_SENTENCE_BEFORE.search(text[max(0, m.start - 12) : m.start]):
        return False
    return re.search(rf"\b{re.escape(low)}\b", text) is None


def signer_of(noun: Any) -> Any | None:
    """The name of who signed or wrote document ``noun``, given by a participle after it: "the letter, signed by
    Sen. Jane Doe", "a statement written by her lawyer" (an authoring verb, ``AUTHORING_FORMS``, with its "by"
    agent). A document speaks for its signers, so that agent is the statement's author. None otherwise."""
    for child in noun.rights:
        if child.dep_ != "acl" or child.text.lower() not in AUTHORING_FORMS or child.tag_ != "VBN":
            continue
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None and by.pos_ in ("PROPN", "NOUN", "PRON"):
            return by
    return None


def _bare_plural(m: Span, head: Any) -> bool:
    """A plural common noun with no determiner as the whole mention ("Police", "Traders", "Senior officials"):
    an unnamed group. Plural by the tagger or by the lexicon's collective sources (``COLLECTIVE_SOURCES``),
    since a capital at a sentence start makes the tagger read "Police" as a proper noun."""
    if head is None or m.text.split()[:1] and m.text.split()[0].lower() in _DETERMINERS:
        return False
    low = head.text.lower()
    plural = head.tag_ == "NNS" or low in COLLECTIVE_SOURCES
    return plural and m.end == head.idx + len(head) and (head.pos_ == "NOUN" or low in COLLECTIVE_SOURCES)


def _names_it(window: str, named: re.Match[str]) -> bool:
    """Whether naming clause ``named``, found in ``window`` (the text after a description, to its sentence's end),
    names the description: it follows the description closely ("a man who goes by the name Bear", "The nurse,
    identified as Althea Thoone,"), not as the verb of another clause ("a Wendy's spokesman said the company knew of
    an article which named Coke": the article named Coke, not the spokesman)."""
    gap = window[: named.start()]
    return len(gap.split()) <= 8 and not _OTHER_CLAUSE.search(gap)


# An indefinite opening a description of one or more members of a body ("a member of", "one supporter of").
_MEMBER_OPENERS = frozenset({"a", "an", "one", "another", "two", "three", "several", "some", "many"})
_MEMBER_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from", "in"})


def _member_head(doc: Any, m: Span, head: Any) -> Any:
    """The common noun that heads a mention of someone belonging to a named body ("a member of the Harbor
    Alliance", "one supporter of the party", "members of the union"), where the parser made the body's name the
    head: the speaker is that member, someone unnamed, not the body (the annotation guide names a body only "if an
    organisation speaks"; "a spokeswoman for X is not X", issue 11 kind 3). The noun is the mention's first common
    noun, right after an indefinite (or opening a bare plural) and right before a preposition and a capitalised
    name; a statement noun ("a statement from the White House") keeps the author's head. ``head`` otherwise."""
    if head is None or head.pos_ != "PROPN" or not m.start <= head.idx < m.end:
        return head
    words = [t for t in doc[head.i - 8 if head.i >= 8 else 0 : head.i] if t.idx >= m.start]
    nouns = [t for t in words if t.pos_ == "NOUN" and t.text.islower()]
    if not nouns or nouns[0].i + 1 >= len(doc) or doc[nouns[0].i + 1].lower_ not in _MEMBER_PREPOSITIONS:
        return head
    noun = nouns[0]
    opener = words[0].lower_
    bare_plural = noun is words[0] and noun.tag_ == "NNS"
    if not (opener in _MEMBER_OPENERS or bare_plural or (opener == "the" and norm(noun.text) in _ROLE_OR_UNNAMED)):
        return head  # "the government of Japan", "the people of Harbor" are bodies; "the head of X" is a role
    if _statement_lemma(noun) is not None or norm(noun.text) in ORG_HEADS or norm(noun.text) in ORG_WORDS:
        return head
    if any(t.pos_ not in ("DET", "NUM", "ADJ") for t in words if t.i < noun.i):
        return head  # "Harbor Alliance's member of staff": the words before the noun are no plain modifiers
    return noun


def _role_of_someone(m: Span, head: Any) -> bool:
    """Whether mention ``m`` is a role noun followed by whose role it is: "a top aide to Hillary Clinton"."""
    if head is None or not head.text[:1].islower() or norm(head.text) not in _ROLE_OR_UNNAMED:
        return False
    rest = m.text[head.idx + len(head.text) - m.start :] if m.start <= head.idx < m.end else ""
    return bool(re.match(r"\s+(?:to|for|of|at)\s+(?:the\s+)?[A-Z]", rest))


def _party_member(text: str, head: Any, articles: tuple[str, ...] = ("the",)) -> bool:
    """Whether a mention is "the" (or one of ``articles``), perhaps a modifier or two, and one singular word for
    a party or a people ending it ("The Republican", "the Briton", "The 55-year-old Frenchman", with "a" and
    "an": "an Iowa Republican"): a person described, not a body."""
    words = text.split()
    return (
        head is not None
        and 2 <= len(words) <= 4
        and words[0].lower() in articles
        and words[-1] == head.text
        # the tagger may call it ORG, or nothing ("a Briton"): the lexicon's people words count too
        and (head.ent_type_ == "NORP" or head.text.lower() in AFFILIATION_FORMS or YEAR_OLD.search(text) is not None)
        and not head.text.lower().endswith("s")
    )


def _described(mention: str) -> bool:
    """Whether a speaker's mention is a description ("the moderator"), not a name or a pronoun."""
    return mention[:1].islower() and mention.lower() not in PRONOUNS or mention.lower().startswith(("the ", "a "))


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an|her|his|their)\s+", "", text.strip(), flags=re.I)


def _no_person_head(head: Any) -> bool:
    """Whether a mention's head token names no one person: a common noun in lower case or a quantifier that is
    no description of a person ("military", "All", "Several"; ``describes_a_person``) or a plural ("experts").
    A proper noun, a capitalised word, a document or utterance, a relative pronoun or no head says nothing."""
    word = head.text.lower() if head is not None else ""
    if head is None or head.pos_ == "PROPN" or {word, word.removesuffix("s")} & (_AUTHORED | _RELATIVES):
        # "The tweet ... said": a document or utterance speaks for its author, whom salience may find; a relative
        # pronoun ("a photo that said") stands for what it hangs on.
        return False
    if not head.text.islower() and word not in _QUANTIFIERS:
        return False  # "Sharption said", "Hannity asked": a name the tagger missed, not a common noun
    return head.tag_ in ("NNS", "NNPS") or not describes_a_person(head.text)


_AUTHORED = DOCUMENT_NOUNS | NOUN_LIKE_CUE_LEMMAS
_RELATIVES = frozenset(["that", "which", "who", "whom"])
# Quantifiers and partitive nouns: "Several of the experts", "Part of the handout reads" name no one person.
MAX_GROUP_DESCRIPTION_TOKENS = 12  # "those in favour of leaving the European Union": words kept as the description


def _group_description(head: Any) -> str:
    """The words describing a group a generic pronoun heads ("Those in favour of the tax", "those opposed to the
    plan", "those close to him"): the pronoun's own phrase, up to a comma or ``MAX_GROUP_DESCRIPTION_TOKENS``
    words; a relative clause is kept ("those who back the tax")."""
    toks = [t for t in head.subtree if t.i >= head.i]
    kept = []
    for t in toks[:MAX_GROUP_DESCRIPTION_TOKENS]:
        if t.is_punct and t.i > head.i or t.is_space:
            break
        kept.append(t)
    return head.doc[kept[0].i : kept[-1].i + 1].text


_QUANTIFIERS = frozenset(
    ["several", "some", "many", "most", "all", "both", "few", "none", "each", "dozens", "hundreds"]
    + ["part", "parts", "portion", "portions", "much", "rest", "excerpt", "excerpts"]
)
_PART_OF = re.compile(r"^\S+\s+of\s+(?:the|those|these|them)\b")


def _share_of_a_group(m: Span, head: Any) -> bool:
    """Whether mention ``m`` is headed by a number or a quantity word ("2", "less than 2", "21,000", "most of
    them"; ``lexicon.cues.QUANTITY_SOURCES``): poll reports give a share of those asked as the source ("about 2 in
    10 say ...", the indirect stage's respondents), a group, so it never names one person. A number in a name
    ("Maroon 5") is tagged a person or an organisation and stays one."""
    if head is None or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return head.tag_ == "CD" or head.lower_ in QUANTITY_SOURCES


def _modifiers(description: str) -> list[str]:
    """The words before a description's head: "Russian authorities" and "Ukrainian authorities" differ."""
    words = _strip_article(description).lower().split()
    return [w for w in words[:-1] if w[:1].isalpha()]


_OWNED_BODY = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['\u2019]s\s+(?P<head>[a-z]+)$")


def _owned_body(mention: str, head: Any) -> str | None:
    """ "Trump's campaign", "the Clinton campaign" -> "Trump campaign", "Clinton campaign": a body named after
    the person who leads it (``NAMED_FOR_A_PERSON``) is an organisation of that name, not the person. None for
    any other mention."""
    if head is None or head.text not in NAMED_FOR_A_PERSON:
        return None
    found = _OWNED_BODY.match(mention.strip())
    if found is None or found.group("head") != head.text:
        return _modified_org_head(mention.strip(), head.text) if mention.lower().startswith("the ") else None
    return f"{found.group('owner')} {head.text}"


def _kind_words(mention: str, head: str) -> list[str]:
    """The lower-case nouns and adjectives between a description's article and its head noun, which tell the
    body's kind: "the ambulance service" -> ["ambulance"], "the regional health board" -> ["regional", "health"];
    none for "the service" or "the Scottish government"."""
    words = mention.split()
    if len(words) < 3 or words[-1] != head:
        return []
    return [w.lower() for w in words[1:-1] if w.isalpha() and w.islower()]


def _modified_org_head(mention: str, head: str) -> str | None:
    """The name of an organisation described by its head noun and capitalised words before it: "the Clinton
    campaign" -> "Clinton campaign", "the Scottish government" -> "Scottish government"; the article writes no
    other name for it. None unless every word between "the" and the head is capitalised, a compound to its last
    part: "the Braun-owned company", "the Texas-based firm" describe a body by its owner or its seat, and name none."""
    words = mention.split()
    between = words[1:-1]
    if not between or words[-1] != head or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in between):
        return None
    if any(_describing_word(w) for w in between):
        return None
    return " ".join(between + [head])


def _nationality_described(m: Span, head: Any) -> bool:
    """Whether mention ``m`` describes a body by nationalities and a head a country has many of ("the German
    company", "the Swiss bank": ``MANY_PER_COUNTRY_HEADS``): an unnamed organisation, never a name."""
    if head.lower_ not in MANY_PER_COUNTRY_HEADS:
        return False
    before = [t for t in head.doc[max(0, head.i - 4) : head.i] if t.idx >= m.start and t.dep_ != "det"]
    return bool(before) and all(t.ent_type_ == "NORP" for t in before)


def _describing_word(word: str) -> bool:
    """Whether ``word``, written before a proper-noun run, describes it rather than names it: a lower-case word
    other than an article ("the great French gastronome"), a compound ending in one ("Texas-based", "UK-born")
    or a weekday ("On Sunday ISIS claimed")."""
    low = word.lower()
    return (
        (word[:1].islower() and low not in ("the", "a", "an")) or word.split("-")[-1][:1].islower() or (low in WEEKDAYS)
    )


def _printed_place(m: Span) -> bool:
    """Whether mention ``m`` is a place in a printed paper or a document: a word for a page or a section and
    a number or code ("Page B1", "Section 4", "page A12"), as letters to the editor cite an article. No
    speaker is ever named so."""
    return _PRINTED_PLACE.fullmatch(m.text.strip()) is not None


def _owner_of_title(m: Span) -> Span | None:
    """The possessor of a work named in quotation marks that mention ``m`` is ("His “Invocation”", "Omar
    Reyes's “Lament”"): the possessive pronoun or the name before the opening mark, as a span of the text.
    A work's title is no speaker; the words quoted from it are its author's. None for any other mention."""
    found = _POSSESSED_TITLE.match(m.text)
    if found is None:
        return None
    s, e = found.span("owner")
    return Span(start=m.start + s, end=m.start + e, text=found.group("owner"))


def _hyphen_inside_word(doc: Any, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side ("Herald-Tribune"): one word's inside."""
    hyphen = 0 < i < len(doc) - 1 and doc[i].text in ("-", "\u2010")
    return hyphen and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _apposed_kind(window: str, head: str) -> str | None:
    """The latest name in ``window`` the article gave the kind ``head`` ("union", "club", "alliance") in apposition,
    which "the union" then refers back to: "Unite, the union representing the workers," or "Dunmore, a club in the
    second division," (the kind after the name and a comma, up to three words before it), or "the rail union Unite"
    (the kind right before the name). None when no name was given that kind."""
    name = r"[A-Z][\w&\-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&\-]*){0,4}"
    after = rf"(?P<a>{name}),\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(head)}\b"
    before = rf"\b{re.escape(head)}\s+(?P<b>{name})"
    found = [m for m in re.finditer(rf"{after}|{before}", window) if _apposition(window, m)]
    return _org_name(found[-1].group("a") or found[-1].group("b")) if found else None


def _workplace(window: str, start: int) -> bool:
    """Whether the name starting at ``start`` in ``window`` is named only as someone's workplace, right after a role
    noun and "at", "with" or "from" ("said Ben Cole, an analyst at Fund Partners"): a firm that comments on the
    story, not the one "the company" refers back to. A spokesperson's or an official's body speaks through them
    ("a spokeswoman at Acme Group"), and stays."""
    before = re.search(r"\b([a-z][\w\-]*)\s+(?:at|with|from)\s+(?:the\s+)?$", window[max(0, start - 40) : start])
    role = before.group(1) if before is not None else ""
    return norm(role) in _ROLE_OR_UNNAMED and not _SPOKESPERSON.search(role)


def _apposition(window: str, m: re.Match[str]) -> bool:
    """Whether match ``m`` of ``_apposed_kind`` is a name and its kind in apposition: not a sentence opener or a
    date ("On Tuesday, the central bank"), not after a preposition ("a filing with the Commission, the group
    said"), and not a clause whose verb reports right after the kind ("Acme, the group said")."""
    name = m.group("a") or m.group("b")
    first = norm(name.split()[0])
    if first in SENTENCE_OPENERS or first in WEEKDAYS | MONTHS or norm(name.split()[-1]) in WEEKDAYS | MONTHS:
        return False
    if re.search(r"\b(?:on|in|at|by|with|from|to|for|of|since|after|before)\s+(?:the\s+)?$", window[: m.start()]):
        return False
    # "Rival local club Manchester City": a kind written with ``OTHER_BODY_MODIFIERS`` before it is another body.
    if m.group("b") and set(window[max(0, m.start() - 30) : m.start()].lower().split()[-2:]) & OTHER_BODY_MODIFIERS:
        return False
    nxt = re.match(r"\s*([a-z]+)", window[m.end() :])
    return nxt is None or nxt.group(1) not in CUE_WORD_FORMS


def _named_runs(window: str) -> list[re.Match[str]]:
    """The capitalised names (``_ORG_RUN``) in ``window`` a definite description may refer back to: a day or month
    the run took in after a joining word is cut off ("the Health Ministry on Sunday" is "the Health Ministry"), and
    a run that is only a date or a sentence opener ("Friday", "The" of "The company said") is no name at all
    (trial15 F10)."""
    runs = []
    for run in _ORG_RUN.finditer(window):
        gap = run.group(0).rfind("\n\n")
        if gap >= 0:
            # "Friday\n\nRussia's Defense Ministry": a name never runs over a paragraph break.
            run = _ORG_RUN.match(window, run.start() + gap + 2, run.end())
            if run is None:
                continue
        if norm(run.group("last")) in WEEKDAYS | MONTHS:
            joined = _DATE_JOIN.search(window, run.start(), run.start("last"))
            if joined is None:
                continue
            run = _ORG_RUN.match(window, run.start(), joined.start())
            if run is None:
                continue
        if run.group(0) == run.group("last") and norm(run.group(0)) in SENTENCE_OPENERS:
            continue
        runs.append(run)
    return runs


def _run_has_head(run: re.Match[str], head: str) -> bool:
    """Whether name ``run`` (a match of ``_ORG_RUN``) is a body "the ``head``" refers back to: its last word is the
    head ("Health Ministry" for "the ministry"), the head written before "of", "for" or "on" ("Ministry of Health",
    "US Department of Agriculture", "Commission on Elections" for "the ministry", "the department", "the
    commission": English writes the official form of a body's name with "of"), or a word the head refers back to
    (``HEAD_NAME_ENDINGS``: "West Yorkshire Police" for "the force"; ``HEAD_KIND_ENDINGS``: "National Weather
    Service" for "the agency")."""
    last = run.group("last").lower()
    if last == head or last in HEAD_NAME_ENDINGS.get(head, ()) or last in HEAD_KIND_ENDINGS.get(head, ()):
        return True
    return re.search(rf"\b{re.escape(head)}\s+(?:of|for|on)\s", run.group(0), re.IGNORECASE) is not None


def _with_listed_partners(window: str, run: re.Match[str]) -> str:
    """Firm name ``run`` (a match of ``_ORG_RUN`` in ``window``) with the partners its name lists with commas
    before it: "Grant and Webb Ltd" after "Hollis, " is "Hollis, Grant and Webb Ltd" (a firm's registered name
    lists its partners, the last joined by "and", and ends in a firm suffix, ``FIRM_SUFFIXES``; trial13 F5).
    A name without "and" or without the suffix is returned as written."""
    name = run.group(0)
    if norm(run.group("last").rstrip(".")) not in FIRM_SUFFIXES or " and " not in name:
        return name
    partners = _LISTED_PARTNERS.search(window[: run.start()])
    return partners.group(0) + name if partners else name


def _plural_possessive_inside(doc: Any, i: int) -> bool:
    """Whether token ``i`` is the bare apostrophe of a capitalised plural inside a body's name, glued to it and
    followed by another capitalised word: "Chiefs'" of "the National Police Chiefs' Council" (English names some
    bodies for whom they serve), so the name runs on over it."""
    if i < 1 or i + 1 >= len(doc) or doc[i].text not in ("'", "\u2019") or doc[i - 1].whitespace_:
        return False
    owner = doc[i - 1]
    return owner.text[:1].isupper() and owner.text.endswith("s") and doc[i + 1].text[:1].isupper()


def _org_name(text: str) -> str:
    """An organisation's name as written, without a leading article or a trailing intensive pronoun: "The Liberal
    Democrats" -> "Liberal Democrats", "the FBI itself" -> "FBI" (English's emphatic "itself" stands after the
    noun it stresses and is no part of its name)."""
    name = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"\s+(?:itself|themselves)$", "", name, flags=re.I) or name


BUDGET_NAME_EVIDENCE = "speaker by name only: time budget spent"


def _is_full_name(text: str) -> bool:
    """Whether a speaker mention reads as a name of two words or more, each capitalised ("Ada Brennan"): the
    form that names the same person wherever it recurs (a pronoun or a surname alone depends on its context)."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and text.lower() not in PRONOUNS


def _named_late(ex: ArticleState, late: list[tuple[Quote, Span]], named: dict[str, Person]) -> None:
    """The cheap path once the time budget is spent (``pipeline.budget``): a quotation past the stop whose speaker
    mention is a full name takes the person resolved from the same name as written before the stop, else the
    person of that exact name, else a new person of that name: a dictionary look-up, no resolution. A very long
    record whose parse took the budget lost every speaker after the stop (trial 21); a full name read alone
    names the same person wherever it recurs. The evidence says so (``BUDGET_NAME_EVIDENCE``)."""
    by_name = {p.name: p for p in ex.people if p.name}
    for q, mention in late:
        person = named.get(mention.text) or by_name.get(mention.text)
        if person is None:
            taken = {p.id for p in ex.people}
            person = Person(
                id=next(f"p{n}" for n in range(len(ex.people) + 1, 2 * len(ex.people) + 2) if f"p{n}" not in taken),
                name=mention.text,
            )
            ex.people.append(person)
            by_name[mention.text] = person
        if not any(m.start == mention.start for m in person.mentions):
            person.mentions.append(Mention(mention.start, mention.end, mention.text, "name"))
        q.speaker = person
        q.evidence = f"{q.evidence}; {BUDGET_NAME_EVIDENCE}" if q.evidence else BUDGET_NAME_EVIDENCE


def resolve_speakers(ex: ArticleState) -> ArticleState:
    """Resolve each quote's speaker mention; sets ``ex.people`` and every ``Quote.speaker``."""
    _drop_mentions_in_works(ex)
    table = PersonTable(ex)
    table.build()
    table.facts()
    table.descriptions()
    resolver = SpeakerResolver(ex, table)
    resolved: dict[tuple[int, int], Person | None] = {}
    named: dict[str, Person] = {}  # a name as written -> the person it was resolved to (for the cheap path)
    late: list[tuple[Quote, Span]] = []  # quotations past the time budget's stop with a full name for speaker
    for q in ex.quotes:
        a = ex.attributions.get(q)
        if a is None or a.mention is None:
            continue
        if ex.out_of_time("people", q.start):
            if _is_full_name(a.mention.text):
                late.append((q, a.mention))
            continue
        key = (a.mention.start, a.mention.end)
        if key not in resolved and a.rule == TRANSCRIPT_RULE:
            resolved[key] = resolver.labelled(a.mention, a.head_index)  # "BAIER: ...": the label names the speaker
        if key not in resolved:
            resolved[key] = resolver.resolve(a)
            resolved[key] = resolver.named_pair(a.mention, resolved[key]) or resolved[key]
            words = a.mention.text.split()
            if len(words) == 1 and words[0][:1].isupper() and table.shares_name_word(words[0]):
                resolver.weak[key] = "shared surname"
        q.speaker = resolved[key]
        if q.speaker is not None and q.speaker.name and _is_full_name(a.mention.text):
            named.setdefault(a.mention.text, q.speaker)
    _same_words_same_speaker(ex, resolver)
    _pronouns_in_turns(ex)
    identify_lede_sources(ex, resolver)
    same_description_named(ex, resolver)
    ex.people = resolver.finish()
    _named_late(ex, late, named)
    for p in ex.people:
        if p.kind == "person" and p.name in table.bodies:
            # "whale rescue group Project Jonah": a body's name (``PersonTable._note_bodies``), no person's.
            p.kind, p.gender, p.gender_evidence = "organisation", None, None
        elif table.referred_to_as_it(p):
            p.kind = "organisation"  # "Black Spider said it had stopped ...": "it", never "he" or "she"
        elif (firm := resolver.firm_named_by_designator(p)) is not None:
            p.kind, p.name = "organisation", firm  # "Drummond said" after "Drummond Holdings"
    _fullest_organisation_names(ex)
    _merge_same_organisations(ex)
    for p in ex.people:
        p.descriptors = table.published_descriptors(p)
    ex.speaker_links = resolver.weak
    return ex


_FIRST_PERSON = frozenset({"i", "we"})


def _surname_alone(said: Span | None) -> bool:
    """Whether speaker mention ``said`` is one capitalised word (a surname alone, "Roe")."""
    if said is None or said.text.lower() in PRONOUNS:
        return False
    return len(said.text.split()) == 1 and said.text[:1].isupper()


def _pronouns_in_turns(ex: ArticleState) -> None:
    """In a transcript's turn (``stages.transcript``) "I" and "we" are the one whose turn it is ("A: I said ..."
    is the one interviewed, "BAIER: I asked ..." Baier): the speakers of what a turn reports follow."""
    turns = [q for q in ex.quotes if q.evidence == TRANSCRIPT_RULE]
    if not turns:
        return
    for q in ex.quotes:
        m = q.speaker_mention
        if q.kind != "indirect" or m is None or m.text.strip().lower() not in _FIRST_PERSON:
            continue
        turn = next((t for t in turns if t.start <= m.start and m.end <= t.end), None)
        if turn is not None:
            q.speaker = turn.speaker


def _fullest_organisation_names(ex: ArticleState) -> None:
    """Each organisation takes the fullest form of its name the article writes (the gold guide's rule 6 for
    bodies): "Justice Department" becomes "Department of Justice" where the article also writes that
    (``text.names.of_form``), and a name the article writes with a capital "The" after a lower-case word ("a
    report from The New York Times") keeps its "The", which is then part of the name, not an article."""
    text = ex.clean_text
    for p in ex.people:
        if p.kind != "organisation" or not p.name or p.name[:1].islower():
            continue
        longer = of_form(p.name, OF_FORM_HEADS)
        if longer is not None and re.search(rf"(?<![\w-]){re.escape(longer)}(?![\w-])", text):
            p.name = longer
        elif not p.name.startswith("The ") and re.search(rf"[a-z,] The {re.escape(p.name)}(?![\w-])", text):
            p.name = f"The {p.name}"


def _merge_same_organisations(ex: ArticleState) -> None:
    """Organisations of one article with the same name are one ("Woodside Petroleum Ltd said" and "Woodside
    said", renamed by ``firm_named_by_designator``): the first keeps every mention and quotation."""
    first: dict[str, Person] = {}
    merged: dict[int, Person] = {}
    for p in ex.people:
        if p.kind != "organisation" or not p.name:
            continue
        kept = first.setdefault(p.name, p)
        if kept is not p:
            longest = {}  # one mention a place: "Woodside" of "Woodside Petroleum Ltd" is in the longer one
            for m in sorted(kept.mentions + p.mentions, key=lambda m: (m.start, m.end)):
                longest[m.start] = m
            kept.mentions = list(longest.values())
            merged[id(p)] = kept
    if not merged:
        return
    ex.people = [p for p in ex.people if id(p) not in merged]
    for q in ex.quotes:
        if q.speaker is not None and id(q.speaker) in merged:
            q.speaker = merged[id(q.speaker)]


# A name an article gives a source in quotation marks, a pseudonym: 'who would say only that his name was
# "Perry"', 'identified only as "Maria"', 'who asked to be called "Sam"', 'calls himself "Duke"'. One or two
# capitalised words right after a naming phrase.
_PSEUDONYM = re.compile(
    r"(?:\b(?:his|her|their)\s+(?:first\s+)?name\s+(?:is|was|as)|\bidentified\s+(?:only\s+)?as|\bgoes\s+by"
    r"|\b(?:asked|wanted|wished)\s+to\s+be\s+(?:called|identified\s+(?:only\s+)?as|named)"
    r"|\bcalls?\s+(?:himself|herself|themselves)|\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+as)"
    r"\s+[\"'\u201c\u2018](?P<name>[A-Z][a-z'\u2019-]+(?:\s[A-Z][a-z'\u2019-]+)?)[,.]?[\"'\u201d\u2019]"
)
_OPENING_MARKS = "\"'\u201c\u2018"
_CLOSING_MARKS = "\"'\u201d\u2019"


@functools.lru_cache(maxsize=8)
def pseudonyms(text: str) -> frozenset[str]:
    """The names ``text`` gives sources in quotation marks after a naming phrase (``_PSEUDONYM``): such marks
    hold a name, and the same marks later ('"Perry" countered:') mention that person."""
    return frozenset(m.group("name") for m in _PSEUDONYM.finditer(text))


# Why the quote finder kept a quoted stretch out of the quotations, when a name in it is a work's or a word's:
# never a speaker.
NOT_A_SPEAKER_WHY = frozenset({NOT_SPEECH_WHY[TITLE], NOT_SPEECH_WHY[CITED]})


def _drop_mentions_in_works(ex: ArticleState) -> None:
    """A speaker mention wholly inside a title of a work or words cited as words is no speaker: "Lantern" in
    `Called a "brutal puzzle game" by its makers, "Lantern" is ...` names the game (trial 12 F6). The quotation
    keeps its cue and stays unattributed."""
    works = SpanSet((n.start, n.end) for n in ex.noise if n.why in NOT_A_SPEAKER_WHY)
    if not works.starts:
        return
    named = pseudonyms(ex.article.text)
    for q in ex.quotes:
        a = ex.attributions.get(q)
        m = a.mention if a is not None else None
        if m is not None and " ".join(m.text.split()) in named:
            continue  # '"Perry" countered:' after 'his name was "Perry"': a pseudonym in marks, no work
        if m is not None and m.end > m.start and works.covers(m.start) and works.covers(m.end - 1):
            a.mention, a.head_index, a.inherit_from = None, None, None
            q.speaker_mention = None


# Fewest words a quotation needs before the same words elsewhere count as the same quotation (a short phrase
# like "very sad" recurs in the mouths of different people).
SAME_WORDS_MIN = 6


def _same_words_same_speaker(ex: ArticleState, resolver: SpeakerResolver) -> None:
    """A caption or a headline may give a quotation to a name ("| Getty Johnson: 'I'm going to sleep well'") and
    the body the same words to a definite description ('"I'm going to sleep well at the end of all this," the
    Libertarian contender said'): the description is that person, and every quotation of the unnamed source so
    tied goes to them. The words tie only when ``SAME_WORDS_MIN`` or more of them, case and punctuation
    aside, are one quotation or all of one inside the other, and only one named person said them."""

    def words(q: Any) -> str:
        return " " + " ".join(re.findall(r"\w+", q.text.lower())) + " "

    said = [(words(q), q.speaker) for q in ex.quotes if q.speaker is not None and q.speaker.kind == "person"]
    said = [(w, p) for w, p in said if p.name and len(w.split()) >= SAME_WORDS_MIN]
    for q in ex.quotes:
        source = q.speaker
        if source is None or source.kind != "unnamed" or source not in resolver.extra:
            continue
        if not source.descriptors or not source.descriptors[0].lower().startswith("the "):
            continue
        mine = words(q)
        found = {id(p): p for w, p in said if w in mine or (mine in w and len(mine.split()) >= SAME_WORDS_MIN)}
        if len(found) != 1:
            continue
        person = next(iter(found.values()))
        for other in ex.quotes:
            if other.speaker is source:
                other.speaker = person
        person.mentions.extend(source.mentions)
        resolver.table.add_descriptor(person, _strip_article(source.descriptors[0]))
        resolver.extra.remove(source)


def _prefix_of_common_noun(tok: Any) -> bool:
    """Whether ``tok`` is the capitalised first part of a hyphenated common noun: a hyphen right after it, with no
    space on either side, then a lower-case word ("Pro-lifers have stated", "Anti-vaxxers said"); a name's
    hyphenated parts are both capitalised ("Jean-Claude")."""
    doc = tok.doc
    k = tok.i
    return (
        k + 2 < len(doc)
        and doc[k + 1].text in ("-", "\u2010")
        and not tok.whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
        and doc[k + 2].text[:1].islower()
    )


def _opening_adjective_pair(tok: Any) -> bool:
    """Whether ``tok`` opens its sentence and a coordinating conjunction and a lower-case word follow it:
    "Current and former officials say", "Young and old alike said": an adjective capitalised by its place, one
    of a pair before the noun, never a name the tagger misread."""
    doc = tok.doc
    k = tok.i
    return (
        tok.is_sent_start
        and k + 2 < len(doc)
        and doc[k + 1].pos_ == "CCONJ"
        and doc[k + 2].is_alpha
        and doc[k + 2].text[:1].islower()
    )
