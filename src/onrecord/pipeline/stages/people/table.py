"""people: who the mentions are.

No coreference package works offline here, so this stage resolves in the
project, with rules a reader can check:

* names: spaCy's PERSON entities and proper-noun runs, grown to the fullest
  form ("Chrissy" + "Teigen"), joined when one is part of the other ("Teigen",
  "John legend" -> "John Legend"); honorifics go to ``title``;
* descriptors and facts the text ties to a name: appositions ("X, a model,"),
  ages ("X, 34," / "the 34-year-old X"), role nouns before the name ("husband
  John Legend", "television producer Shonda Rhimes"), "X is a model";
* how the article refers to each person (she/he/they), from pronouns next to
  their name and from gendered words; never guessed from a first name;
* pronouns resolve to the nearest compatible person, preferring subjects;
  descriptions to the person they were tied to, else to the most salient
  compatible person; unnamed sources stay unnamed with their description;
  organisations become speakers of kind "organisation".
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from typing import Any

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from ....lexicon.cues import CUE_WORD_FORMS, FORM_TO_LEMMA, QUESTION_LEMMAS, REPLY_LEMMAS
from ....lexicon.function_words import SENTENCE_OPENERS
from ....lexicon.organisations import BODY_NOUNS, ORG_ENTITY_LABELS, PUBLICATION_NOUNS
from ....lexicon.organisations import NOT_PERSON_WORDS as ORG_WORDS
from ....lexicon.outlets import is_outlet_name
from ....lexicon.pages import NOT_SPEAKER_LABELS
from ....lexicon.people import (
    AGE_BAND_WORDS,
    FEMALE_WORDS,
    GROUP_PLURAL_ENDINGS,
    MALE_WORDS,
    MONTHS,
    NAME_LIKE_STOP_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PARTY_MEMBER_WORDS,
    PEER_WORDS,
    RELATION_WORDS,
    SPEAKS_FOR_HEADS,
    SURNAME_FIRST_FAMILY_NAMES,
    UNNAMED_HEADS,
    affiliation,
)
from ....lexicon.people import NOT_NAMES as _NOT_NAMES
from ....lexicon.places import CAPITAL_CITIES, PLACE_NAME_OPENERS, STREET_WORDS, country_names, demonym_plural
from ....lexicon.titles import (
    ALL_TITLES,
    CASE_OFFICES,
    KNIGHTHOOD_TITLES,
    LOOSE_ROLE_HEADS,
    OFFICE_DOMAIN_WORDS,
    OFFICE_TITLES,
    OFFICES_NOT_SURNAMES,
    POST_NOMINALS,
    RANK_MODIFIERS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    ROYAL_TITLES,
    TITLE_MODIFIERS,
    TITLES_ALSO_FIRST_NAMES,
    TITLES_NEVER_NAMES,
    is_role_compound,
    is_title_word,
    title_words,
)
from ....lexicon.titles import HONORIFICS as COURTESY_TITLES
from ....model import Mention, Person, Span
from ....text.names import middle_initials, without_middle_initials
from ....text.prefilter import Prefilter, finditer
from ....text.spans import SpanSet, paragraph_of
from ...state import ArticleState
from ..attribution import PRONOUNS, cue_lemma, noun_phrase, token_index
from ..attribution.tokens import is_cue
from .antecedents import active_antecedent_model

# Every word that can stand as a title before a name, in the normalised form ``_norm`` gives.
HONORIFICS = frozenset(w.strip(".") for w in ALL_TITLES | TITLE_MODIFIERS) | {"candidate", "leader", "nominee"}
# A word right before a proper noun that makes it a name: "actress Jane Doe", "Dr Smith", "her husband John".
_WORDS_BEFORE_A_NAME = frozenset(ROLE_NOUNS | HONORIFICS | set(RELATION_WORDS))
COURTESY = frozenset(w.strip(".") for w in COURTESY_TITLES)
# Unions the name checks read for every candidate word, made once (a union of these ~900 words per
# check cost the people stage 0.2 s CPU on PolNeAR dev).
_TITLE_OR_ROLE = HONORIFICS | ROLE_NOUNS
_TITLE_OR_RANK = _TITLE_OR_ROLE | RANK_MODIFIERS
_AT = frozenset({"at"})
_ORG_OR_NOT_NAME = ORG_WORDS | _NOT_NAMES
_NO_NAME_START = _TITLE_OR_ROLE | _ORG_OR_NOT_NAME
ORG_ENT = ORG_ENTITY_LABELS
_AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*,")
# What joins two names of one list of people ("Ann Lee and Bo Ray", "Ann Lee, six, Bo Ray, seven, and Cy Orr"):
# an optional age after the first, then a comma, "and" or both.
_AGE_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
_GROUP_LINK = re.compile(rf"(?:\s*,\s*{_AGE_WORD})?(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)")
YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b", re.IGNORECASE)


def norm(word: str) -> str:
    """``word`` lower-cased, without the full stop, comma or apostrophe around it (for name matching)."""
    return word.lower().strip(".,'\u2019")


# Two spellings of one name word: rapidfuzz ratio (0-100) at or above this ("zelensky"/"zelenskyy" 94,
# "smith"/"smyth" 80 stays apart).
SPELLING_SIMILARITY = 88

# A relative named after "his"/"her"/"their" and the relation noun, with at most one more noun joined by "and"
# ("his wife and fellow poet, Didi Ray", "her son Tom Ray"): someone else than the one the pronoun stands for.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted((re.escape(w) for w in RELATION_WORDS), key=len, reverse=True))
    + r")(?:\s+(?:and|&)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,?\s*$",
    re.IGNORECASE,
)

# Pronoun resolution's weights (and the hand-set ones they replaced) live in antecedents.py.

# "Alexander Bublik": a capitalised word right before a capitalised word (a first name and a surname).
# A hyphenated first name is one first name ("Jan-Michael Gambill"), never "Michael" alone.
_FIRST_AND_LAST = re.compile(
    r"(?<![\w-])(?<!\w['\u2019])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+([A-Z][\w'\u2019\-]*[a-z])\b"
)

# "Prem Singh Chandumajra": exactly three capitalised words, two given names and a surname.
_FIRST_MIDDLE_LAST = re.compile(
    r"(?<![\w.-])(?<!\w['\u2019])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w'\u2019\-]*[a-z])\b"
    r"(?![\w'\u2019-])(?![ \t]+[A-Z])"
)

# "a spokeswoman, " / "the airline's chief executive, " right before a name.
_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her)|\b[A-Z][\w&\-]*['\u2019]s?)\s+([a-z][\w'\u2019 -]{1,50}?),\s*$", re.IGNORECASE
)
# The head of a role written with the body it serves: "chief executive" of "chief executive of Acme".
_ROLE_OF_BODY = re.compile(r"\s+(?:of|for|at)\s+.*$")

# A verb of saying in its third-person or past form ("Vows", "Says", "Blasts", "Criticized", "Argued"): written with
# a capital after a name only in a title-case headline or an all-capitals line ("Jane Roe Vows to Fight On", "ROE
# ARGUED"), where it is the line's verb, never a surname ("Said" is one, so only forms in -s and -ed).
_HEADLINE_SAYING_VERBS = frozenset(
    f for f in CUE_WORD_FORMS if f.endswith(("s", "ed")) and FORM_TO_LEMMA.get(f, f) != f
)

# A hyphenated modifier of place, origin or owner before a name: "Sacramento-based", "Texas-born", "Acme-owned".
_PLACE_MODIFIER = re.compile(r"\w-(?:based|born|owned|headquartered|backed|bred|raised|founded)$")

# Plural common nouns before a two-word name belong to the title before it, not to the name.
_PLURAL_NOUN_ENDINGS = ("ies", "ers", "ments", "tions", "ships")

# In a title-case headline every word is capitalised; these endings mark verbs and adverbs there
# ("Republicans Are Following Trump"), which never grow a name.
_VERB_OR_ADVERB_ENDINGS = ("ing", "ed", "ly", "ness", "ment", "tion")


# Parts of speech of function words (prepositions, pronouns, determiners, auxiliaries, conjunctions).
_FUNCTION_POS = frozenset({"ADP", "SCONJ", "PRON", "DET", "AUX", "PART", "CCONJ"})


# Words that make an office's description its holder-to-be ("the future president", "the incoming mayor").
FUTURE_HOLDER = frozenset({"future", "incoming"})
# Words before an office that make it another office: a shadow minister, a deputy or vice president and an assistant
# secretary are not the minister, the president or the secretary a description without that word means.
OTHER_OFFICE_WORDS = frozenset({"shadow", "deputy", "vice", "assistant"})
# Heads of a description of someone else's relation, peer or unnamed contact ("her husband", "his neighbour", "their
# friend"): tied to no name, no one the article named.
OWNED_PEOPLE_HEADS = frozenset(RELATION_WORDS) | PEER_WORDS | frozenset(UNNAMED_HEADS)
# Heads of a description of a member of a parliament, and the offices members hold besides their seat.
PARLIAMENT_MEMBER_HEADS = frozenset({"mp", "mep", "msp", "mla", "senator", "congressman", "congresswoman", "lawmaker"})
MEMBERS_OFFICES = frozenset(
    {"minister", "secretary", "chancellor", "whip", "speaker", "chairman", "chairwoman", "chair"}
)
# Words of a description that tell how long or how well someone has held a job, not which job: no modifier to tie.
_TENURE_WORDS = frozenset({"former", "new", "veteran", "longtime", "long-time", "top", "senior", "outgoing", "then"})


# Dependency labels of a noun that names someone acted on or spoken of, never the one acting: the object of a verb
# or a preposition, a passive subject, a possessor (``PersonTable._named_as_agent``).
NOT_AGENT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "nsubjpass", "poss"})


class PersonTable:
    """The people of one article: names found in the parse (joined by containment and spelling
    variants), their mentions, titles, descriptors, gender and age, and the look-ups that resolve a
    speaker mention (a name, a pronoun, a description) to one of them."""

    def __init__(self, ex: ArticleState) -> None:
        self.ex = ex
        self.text = ex.clean_text
        self.doc = ex.doc
        self.index = token_index(ex)
        self.people: list[Person] = []
        self.keys: NameKeys = NameKeys()  # normalised name tokens per person
        self.name_spans: list[tuple[int, int, int]] = []  # (start, end, person index), sorted
        self.name_starts: list[int] = []
        self.subject_positions: dict[int, list[int]] = {}
        self.inside_quotes = [(q.start, q.end) for q in ex.quotes]
        self.quote_spans = SpanSet(self.inside_quotes)
        # Reported speech is the article's own wording: its pronouns show how the article refers to people.
        self.quoted_words = SpanSet([(q.start, q.end) for q in ex.quotes if q.kind != "indirect"])
        self.quote_starts = sorted(a for a, _ in self.inside_quotes)
        self.paragraph_ends = [hi for _, hi in ex.paragraphs]
        self.propn_words, self.place_words = _proper_and_place_words(self.doc)
        # Token indices of places the tagger may have missed: country names and all-caps datelines.
        self.place_tokens = self._place_tokens()
        # "Sen. Jo Roe (D-Vt.)", "Roe, R-Texas, said": a party and a state, never a name.
        self.party_labels = SpanSet((m.start(), m.end()) for m in _PARTY_AND_STATE.finditer(self.text))
        self._votes: dict[int, list[tuple[str, str, int, int]]] | None = None
        # Per person: where the text showed their gender, (offset, gender, weight, courtesy title?), in text order;
        # pronoun resolution reads only the marks before the pronoun (``gender_before``).
        self.gender_marks: dict[int, list[tuple[int, str, int, bool]]] = {}
        self._mention_keys: dict[int, set[tuple[int, int]]] = {}
        self.first_names_of: dict[str, set[str]] = {}  # surname -> first names written before it
        self._person_initials: set[str] | None = None  # initials of the tagger's persons ("JFK"); made when needed
        self.bodies: set[str] = set()  # names written after a body's kind ("rescue group Project Jonah")
        # (organisation word, inside a person?) -> how often the tagger put it there; made when needed.
        self._entity_votes: Counter[tuple[str, bool]] | None = None
        # Descriptors kept for resolution but not published (``published_descriptors``): guesses and non-descriptions.
        self.unpublished: set[tuple[int, str]] = set()  # (id() of the person, descriptor)
        # Of those, the guesses: a description tied to a person by salience alone ties no later description.
        self.guessed: dict[tuple[int, str], int | None] = {}  # (id() of the person, descriptor) -> its mention's start
        # Words the article writes in lower case: ordinary words, whatever case they take at a sentence start.
        self.body_lower = set(re.findall(r"\b[a-z][a-z'\u2019-]+\b", self.text))
        # Per person: (mentions seen, sorted starts of all mentions, sorted starts outside quotes).
        self._starts: dict[int, tuple[int, list[int], list[int]]] = {}
        self._headlines: dict[int, bool] = {}  # paragraph index -> whether it is a title-case line

    def _place_tokens(self) -> set[int]:
        """Tokens of country names ("Costa Rica", "Nepal") and of datelines (an all-caps place opening a
        paragraph before "(", "-" or ",": "KATHMANDU (Reuters) -").

        A one-word country name that is also a first name ("Israel", "Jordan", "Georgia", "Chad") is a place
        where it stands alone, with no capitalised word after it, in an article that uses the word as a
        place somewhere (a GPE entity, "in Israel"): "Israel said" is the state, while "Israel Katz" is a
        name, and "Jordan said" in an article that never writes Jordan as a place is Jordan Peterson."""
        spans = []
        for m in finditer(_country_pattern(), _country_prefilter(), self.text):  # = _country_pattern().finditer
            word = m.group(0)
            first_name = " " not in word and _gender_detector().get_gender(word) != "unknown"
            if not first_name or (word in self.place_words and not _BEFORE_CAPITALISED_WORD.match(self.text, m.end())):
                spans.append((m.start(), m.end()))
        spans += self._capital_spans()
        for lo, _ in self.ex.paragraphs:
            dateline = _DATELINE_PLACE.match(self.text, lo)
            if dateline:
                spans.append((dateline.start(1), dateline.end(1)))
        tokens: set[int] = set()
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                tokens.update(t.i for t in span)
        return tokens

    def _capital_spans(self) -> list[tuple[int, int]]:
        """Spans of national capitals standing alone (``CAPITAL_CITIES``: "Kyiv said", "Beijing warned"): no
        capitalised word right before or after, in an article that never writes the word after another
        capitalised word ("Denzel Washington", "George Washington University": a surname or a body's name
        there, so every mention may be one) and never as a first name that is no place elsewhere."""
        spans = []
        after_a_name: dict[str, bool] = {}  # by word: one search of the text each, not one per mention
        for m in _capital_pattern().finditer(self.text):
            word = m.group(0)
            # The word before lies within WORD_BEFORE_REACH characters: a search from the text's start for each
            # mention made this quadratic in the article's length.
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - WORD_BEFORE_REACH), m.start())
            if _BEFORE_CAPITALISED_WORD.match(self.text, m.end()) or before:
                continue
            if word not in after_a_name:
                pattern = r"\b[A-Z][\w'\u2019.-]*[ \t]+" + re.escape(word) + r"\b"
                after_a_name[word] = re.search(pattern, self.text) is not None
            if after_a_name[word]:
                continue
            if _gender_detector().get_gender(word) != "unknown" and word not in self.place_words:
                continue
            spans.append((m.start(), m.end()))
        return spans

    # -- names ------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        return self.quote_spans.covers(pos)

    def _quote_opens_in(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.quote_starts, lo)
        return k < len(self.quote_starts) and self.quote_starts[k] < hi

    def mention_starts(self, pid: int) -> tuple[list[int], list[int]]:
        """Sorted start offsets of person ``pid``'s mentions: all, and those outside quotations.

        Mentions are only ever appended after the table is built, so the lists grow by insertion.
        """
        mentions = self.people[pid].mentions
        seen, every, outside = self._starts.get(pid, (0, [], []))
        for m in mentions[seen:]:
            bisect.insort(every, m.start)
            if not self._in_quote(m.start):
                bisect.insort(outside, m.start)
        self._starts[pid] = (len(mentions), every, outside)
        return every, outside

    def _name_runs(self) -> list[tuple[int, int]]:
        """Token index ranges that look like person names."""
        doc = self.doc
        runs, body_people = self._entity_runs()
        # Proper-noun runs that act as subjects of verbs, or that the attribution stage chose as speakers.
        for i in _propn_indices(doc):
            tok = doc[i]
            if _masked(tok) or norm(tok.text) in ORG_WORDS or numbered_thing(tok) or _typed_no_person(tok):
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            after_role = (
                prev is not None
                and (
                    (norm(prev.text) in _WORDS_BEFORE_A_NAME and prev.pos_ != "PROPN")
                    # "Britain's Queen Elizabeth II": a royal title, which the tagger makes part of the name.
                    or (norm(prev.text) in ROYAL_TITLES and prev.text[:1].isupper())
                )
            )
            subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ not in ORG_ENT
            subject = subject or self._after_capitalised_title(tok)  # or an object: "went after Mayor Jane Roe"
            two_word_subject = (
                tok.dep_ in ("nsubj", "nsubjpass", "appos")
                and tok.i > 0
                and doc[tok.i - 1].pos_ == "PROPN"
                and norm(doc[tok.i - 1].text) not in ORG_WORDS
            )
            # "a lawsuit from Mohamed Soltan, 32.": an age in apposition names a person wherever the name stands.
            if after_role or subject or two_word_subject or _antecedent_of_who(tok) or _given_an_age(tok):
                runs.append((tok.i, tok.i + 1))
        for a in self.ex.attributions.in_order(self.ex.quotes):
            if a is not None and a.mention is not None and a.head_index is not None:
                tok = doc[a.head_index]
                if (
                    tok.pos_ == "PROPN"
                    and tok.ent_type_ not in ORG_ENT
                    and tok.text[:1].isupper()
                    and not numbered_thing(tok)
                ):
                    runs.append((tok.i, tok.i + 1))
        grown = []
        for s, e in dict.fromkeys(runs):  # a run found twice (an entity and a subject) grows the same way
            s, e = self._grow(s, e)
            if (
                e > s
                and not self._after_definite_article(s)
                and not (self._end_of_organisation(s, e) and not self._owned_speaker(s, e))
                and not self._start_of_organisation(s, e)
                and not self._in_capitalised_title(s)
                and not self._names_a_street(e)
                and not self._modifies_a_role(s, e)
                and not (e - s == 1 and joined_letters(self.doc, s))
                and not self._hometown_after_name(s)
                and not self.after_publication_noun(s)
                and not (e - s == 1 and self.plural_group(s))
                and not (e - s == 1 and self.era_word(s))
                and not (e - s == 1 and self.body_acronym(s))
                and not self._after_name_and_of(s)
                and not self._joined_to_a_body(s, e)
                and not self._names_a_body(s, e)
                and not self._street_name(s, e)
                and not self.party_labels.covers(doc[s].idx)
            ):
                grown.append((s, e))
        grown = self._without_opening_word(grown) + body_people
        self._note_bodies(grown)
        grown += self._numeral_stage_names()
        # A run inside a longer run at the same place ("Liam" of "co-chairman Liam Fox") is that name, never
        # a second person (after a title a lone word would otherwise be taken for a surname).
        kept, reach = [], -1
        for s, e in sorted(set(grown), key=lambda r: (r[0], -r[1])):  # a run that holds another comes first
            if e > reach:
                kept.append((s, e))
                reach = e
        return sorted(kept)

    def _after_capitalised_title(self, tok: Any) -> bool:
        """Whether proper noun ``tok`` opens a first name and surname right after a capitalised title ("went after
        Mayor Jane Roe", "met Gov. Jane Roe"): in an object the tagger may find no person there, and the title
        word, a proper noun to it, does not count as a role before the name. Both words are proper nouns outside
        any entity but a person, neither a body's word."""
        doc = self.doc
        i = tok.i
        if i == 0 or i + 1 >= len(doc):
            return False
        prev, last = doc[i - 1], doc[i + 1]
        return (
            prev.text[:1].isupper()
            and norm(prev.text) in HONORIFICS
            and last.pos_ == "PROPN"
            and last.text[:1].isupper()
            and all(_name_word(t) and t.ent_type_ in ("", "PERSON") for t in (tok, last))
            and norm(last.text) not in _NO_NAME_START
            and norm(tok.text) not in _NO_NAME_START
            and (i + 2 >= len(doc) or doc[i + 2].pos_ != "PROPN")
        )

    def _entity_runs(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Token ranges of the tagger's entities that name people: runs to grow, and the people named after a
        body inside an organisation's entity ("Fox News' Jane Roe"), taken as they are (grown, they would take
        the body)."""
        runs: list[tuple[int, int]] = []
        body_people: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if any(_masked(t) for t in ent):
                continue
            if ent.label_ == "PERSON" or self._titled_organisation(ent):
                runs.extend(self._entity_pieces(ent.start, ent.end))
            elif self._place_before_name(ent.start, ent.end, ent.label_):
                runs.extend(self._entity_pieces(ent.start + 1, ent.end))
            elif ent.label_ in ORG_ENT and (self._body_then_person(ent) or self._office_then_holder(ent)):
                body_people.append((ent.end - 2, ent.end))
        return runs, body_people

    def _without_opening_word(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two-word runs that open a sentence with a word that is no first name before the surname of someone the
        article names with a first name, cut to that surname: "Praising Tillerson in an interview" and "Soon
        Obama will be gone" after "Rex Tillerson" and "Barack Obama" (a participle or adverb the article also
        writes in lower case, or one in -ing, -ed, -ly that gender-guesser knows as no first name), and the
        modal of a question, "Will Sanders come down?" after "Bernie Sanders". A first name the table does not
        know ("Mitt Romney" beside "George Romney") is written in capitals only, so it stays."""
        doc = self.doc
        firsts: dict[str, set[str]] = {}
        for s, e in runs:
            if e - s >= 2 and _gender_detector().get_gender(doc[s].text) != "unknown":
                firsts.setdefault(norm(doc[e - 1].text), set()).add(norm(doc[s].text))
        cut = []
        for s, e in runs:
            word = doc[s].text
            others = firsts.get(norm(doc[e - 1].text), set()) - {norm(word)}
            if doc[s].is_sent_start and (
                (e - s == 2 and others and self._opening_word_no_name(s))
                or (e - s >= 2 and self._opener_before_full_name(s, e))
            ):
                s += 1
            cut.append((s, e))
        return cut

    def _opener_before_full_name(self, s: int, e: int) -> bool:
        """Whether the sentence-opening word at token ``s`` of run ``[s, e)`` is a word glued by its capital to the
        name after it, whatever else the article writes: an adverb the parser reads as one and gender-guesser
        knows as no man's or woman's name ("Soon Obama will be gone"), or, before a first name and a surname, a
        word that is no first name by ``_opening_word_no_name`` ("Will Donald Trump seem prepared?",
        "Praising Rex Tillerson ...")."""
        doc = self.doc
        if self._opening_adverb(doc[s]):
            return True
        if e - s < 3 or _gender_detector().get_gender(doc[s + 1].text) == "unknown":
            return False
        return self._opening_word_no_name(s)

    @staticmethod
    def _opening_adverb(tok: Any) -> bool:
        """Whether token ``tok`` opens a sentence as an adverb (the parser's reading) and gender-guesser knows it as
        no man's or woman's name: "Soon" of "Soon Obama will be gone", capitalised by its place only."""
        if tok is None or not tok.is_sent_start or tok.pos_ != "ADV" or tok.dep_ != "advmod":
            return False
        return _gender_detector().get_gender(tok.text) not in ("male", "female")

    def _opening_word_no_name(self, s: int) -> bool:
        """Whether the capitalised word at token ``s`` that opens a sentence is a word, not a first name: the
        modal "Will" of a question, or a word gender-guesser knows as no first name that the article also writes
        in lower case or that ends like a participle or an adverb ("Praising", "Asserted", "Soon")."""
        doc = self.doc
        low = doc[s].text.lower()
        if low == "will":
            sent = doc[s].sent
            return sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")
        gender = _gender_detector().get_gender(doc[s].text)
        if gender == "andy":  # "Soon", but also "Kelly": only a word the article writes in lower case
            return low in self.body_lower
        return gender == "unknown" and (low in self.body_lower or low.endswith(("ing", "ed", "ly")))

    def _street_name(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` ends a street's name: its last word a street word (``STREET_WORDS``) after a
        capitalised word that is no first name in gender-guesser's table, in the run or right before it
        ("Downing Street said": the office there, never a person; "Paul Lane" stays a person; trial10 M1)."""
        doc = self.doc
        if norm(doc[e - 1].text) not in STREET_WORDS or e - 1 == 0:
            return False
        before = doc[e - 2]
        if not (e - s > 1 or (before.text[:1].isupper() and before.pos_ == "PROPN")):
            return False
        return _gender_detector().get_gender(before.text) == "unknown"  # "Paul Lane", "Diane Lane": a surname

    def _after_name_and_of(self, s: int) -> bool:
        """Whether the run at token ``s`` follows a capitalised word that is no title or role and "of": the rest
        of a place's or a body's name ("the Strait of Hormuz", "Gulf of Mexico", "Church of England"), never a
        person's. A title before "of" leaves a name ("Secretary of Defense Lloyd Austin"; trial10 M2)."""
        if s < 2 or self.doc[s - 1].text != "of":
            return False
        word = self.doc[s - 2]
        return word.pos_ == "PROPN" and word.text[:1].isupper() and norm(word.text) not in _TITLE_OR_ROLE

    def _names_a_body(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` is the first part of a body's name that ends in a capitalised body word right after
        it: "Lumen Watch has condemned", "Harwick Council said" (``ORG_WORDS``, the last capitalised word there; a
        body's name ends in the kind of body it is). A run that opens with a first name in gender-guesser's table
        stays a person ("the Jane Roe Foundation" is named after one)."""
        doc = self.doc
        if (
            e >= len(doc)
            or not doc[e].text[:1].isupper()
            or doc[e].pos_ != "PROPN"
            or norm(doc[e].text) not in ORG_WORDS
        ):
            return False
        if e + 1 < len(doc) and doc[e + 1].text[:1].isupper() and doc[e + 1].is_alpha:
            return False
        return not given_name(doc[s].text)

    def _joined_to_a_body(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` is the first part of a body's name joined by "and" to the rest: "Wessex and
        Mercia Police", "Harbour Safety and Licensing Authority" (capitalised words after "and" that end in a
        body's word, ``ORG_WORDS``, with no punctuation between: English joins two places or two fields inside
        one body's name). A full name that opens with a first name in gender-guesser's table ("Jane Roe and Acme
        Police said") stays a person; one word alone ("Devon and Cornwall Police") is the body's, even a first name."""
        doc = self.doc
        if e >= len(doc) or doc[e].lower_ not in ("and", "&"):
            return False
        k = e + 1
        while k < len(doc) and k - e <= 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        return (
            k > e + 1
            and norm(doc[k - 1].text) in ORG_WORDS
            and (k >= len(doc) or not (doc[k].text[:1].isupper() and doc[k].is_alpha))
            and not (e - s >= 2 and given_name(doc[s].text))
        )

    def body_acronym(self, i: int) -> bool:
        """Whether token ``i`` is a body's acronym, never a person's name: capitals only, two to six letters
        ("BAA has said", "the TUC said"), unless they are the initials of a person the tagger found in the article
        ("JFK" beside "John Fitzgerald Kennedy", "AOC" beside "Alexandria Ocasio-Cortez"; trial10 M2)."""
        word = self.doc[i].text
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
            return False
        if self._person_initials is None:
            self._person_initials = {
                "".join(w[:1] for w in re.split(r"[\s\-]+", ent.text) if w).upper()
                for ent in self.doc.ents
                if ent.label_ == "PERSON" and len(ent) > 1
            }
        return word not in self._person_initials

    def era_word(self, i: int) -> bool:
        """Whether token ``i`` names an event or an era, no person: the article writes the word after "post-" or
        "pre-" ("post-Brexit policies", "pre-Covid levels") and never after a capitalised word or a title
        ("the post-Trump era" with "Donald Trump" elsewhere stays a surname). English makes such adjectives
        from events, wars and periods."""
        word = self.doc[i].text
        if not word[:1].isupper() or not word.isalpha():
            return False
        if re.search(rf"\b(?:[Pp]ost|[Pp]re)-{re.escape(word)}\b", self.text) is None:
            return False
        return re.search(rf"\b(?:[A-Z]\w*|[A-Z]\w{{0,3}}\.)[ \t]+{re.escape(word)}\b", self.text) is None

    def plural_group(self, i: int) -> bool:
        """Whether token ``i`` is a plural noun for a group, no name: the plural of a post-nominal ("MPs", "MSPs")
        anywhere, or, opening a sentence and tagged no person, nationality or place, a word with a plural
        agent-noun ending (``GROUP_PLURAL_ENDINGS``: "Ecologists", "Neighbours", "Campaigners") that the article
        never writes after another capitalised word or a title ("Kenny Rogers", "Mr Rogers": a surname there;
        trial10 M1, M2)."""
        tok = self.doc[i]
        word = tok.text
        if word[:-1].isupper() and word.endswith("s") and word[:-1].lower() in POST_NOMINALS:
            return True
        if not tok.is_sent_start or tok.ent_type_ not in ("", "ORG") or not word.lower().endswith(GROUP_PLURAL_ENDINGS):
            return False
        return re.search(rf"\b(?:[A-Z]\w*|[A-Z]\w{{0,3}}\.)[ \t]+{re.escape(word)}\b", self.text) is None

    def _note_bodies(self, runs: list[tuple[int, int]]) -> None:
        """Add to ``self.bodies`` the runs that name a body: a name right after a lower-case noun of a body's
        kind that modifies it (``BODY_NOUNS``: "whale rescue group Project Jonah", "the charity Oxfam") and opens
        with no first name in gender-guesser's table. The runs stay (pronouns and speakers are resolved as
        before); the speaker stage makes such a name an organisation (trial10 M1). "The company Elon Musk
        founded" stays a person: there the noun heads the phrase and does not modify the name."""
        doc = self.doc
        for s, e in runs:
            start = s  # the proper nouns the run ends ("Project" before "Jonah", which the run may leave out)
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                start -= 1
            kind = doc[start - 1] if start > 0 else None
            if (
                kind is not None
                and kind.text in BODY_NOUNS
                and kind.dep_ == "compound"
                and start <= kind.head.i < e
                and _gender_detector().get_gender(doc[start].text) == "unknown"
            ):
                self.bodies.add(doc[start:e].text)
        self.bodies |= self._employers_of_roles()

    def _employers_of_roles(self) -> set[str]:
        """The names written right after a role noun and "at" ("an economist at Morgan Stanley", "analysts at
        Brewer Hollis"): where someone works is a firm or a body, never a person, even when its name is made of
        a first name and a surname, as the names of firms after their founders are. A name is the capitalised
        proper nouns after "at", up to four, with no possessive ("a lawyer at Smith's firm" names a person)."""
        doc = self.doc
        found = set()
        for i in _indices_of_words(doc, _AT):
            role = doc[i - 1] if i > 0 else None
            if role is None or not (role.text.islower() or role.is_sent_start) or doc[i].head.i != role.i:
                continue  # "Analysts at ..." opens a sentence with a capital
            if not (role.lower_ in ROLE_NOUNS or _plural_role(role.lower_)):
                continue
            e = i + 1
            while e < len(doc) and e - i <= 4 and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper():
                e += 1
            if e > i + 1 and not (e < len(doc) and doc[e].tag_ == "POS"):
                found.add(doc[i + 1 : e].text)
        return found

    def _numeral_stage_names(self) -> list[tuple[int, int]]:
        """Stage names that open with a number, right after a role noun: "Producer 9th Wonder", "rapper 50
        Cent", "rapper 2 Chainz" (a number and one capitalised word). Name runs start with a capital, so
        without this the role before them was taken for a description of someone else."""
        doc = self.doc
        found = []
        # One pattern over the text finds the rare candidates; the tokens are looked at only for those.
        for m in _NUMERAL_AFTER_WORD.finditer(self.text):
            num = self.index.token_at(m.start(2))
            if m.group(1).lower() not in ROLE_NOUNS or num is None or num.i + 1 >= len(doc):
                continue
            i = num.i
            word = doc[i + 1]
            if (
                _NUMERAL_NAME_START.fullmatch(num.text)
                and word.text[:1].isupper()
                and word.is_alpha
                and norm(word.text) not in _ORG_OR_NOT_NAME
                and norm(word.text) not in MONTHS
                and not (i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha)
            ):
                found.append((i, i + 2))
        return found

    def _titled_organisation(self, ent: Any) -> bool:
        """Whether an entity the tagger called an organisation is a person's name: a title or role and a full
        name, "Moderator Lester Holt", "Producer Jane Roe" (a capitalised role word, then a first name in
        gender-guesser's table and a surname, all proper nouns: a sentence opening with a role written that
        way reads like a firm's name to the tagger; the first name says it is a person), or proper nouns right
        after a courtesy title ("Mr Kilroy-Silk")."""
        if ent.label_ not in ORG_ENT:
            return False
        doc = self.doc
        words = doc[ent.start : ent.end]
        if (
            ent.start > 0 and norm(doc[ent.start - 1].text) in TITLES_NEVER_NAMES and doc[ent.start - 1].pos_ == "PROPN"
        ) or self._after_title_and_first_name(ent.start):
            # "Mr Kilroy-Silk said": a courtesy title is written before a person's name, never a firm's; so is a
            # title and a first name ("Cardinal Cormac Murphy-O'Connor", trial10 M2).
            return len(words) <= 5 and all(
                (t.pos_ == "PROPN" and _name_word(t) and norm(t.text) not in _ORG_OR_NOT_NAME)
                or self._hyphen_joined(t.i)
                for t in words
            )
        if self._possessed_full_name(ent.start, ent.end):
            return True
        return (
            len(words) == 3
            and norm(words[0].text) in _TITLE_OR_ROLE
            and all(t.pos_ == "PROPN" and _name_word(t) for t in words[1:])
            and not any(norm(t.text) in _ORG_OR_NOT_NAME or norm(t.text) in _TITLE_OR_ROLE for t in words[1:])
            and _gender_detector().get_gender(words[1].text) != "unknown"
        )

    def _possessed_full_name(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)``, an entity the tagger called an organisation, are a first name and a
        surname right after a body's possessive: "NBC's Lester Holt", "CNN's Jake Tapper" (a newsroom's or a
        firm's own person; the possessive makes the tagger read the name as a body's). Two proper nouns, the
        first a first name in gender-guesser's table, neither a body's word."""
        doc = self.doc
        if end - start != 2 or start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].pos_ != "PROPN":
            return False
        first, last = doc[start], doc[start + 1]
        return (
            all(t.pos_ == "PROPN" and _name_word(t) and norm(t.text) not in _NO_NAME_START for t in (first, last))
            and _gender_detector().get_gender(first.text) != "unknown"
        )

    def _body_then_person(self, ent: Any) -> bool:
        """Whether ``ent``, tokens of an entity the tagger called an organisation, ends in a person's first name
        and surname that follow a body's possessive or acronym inside it: "Fox News' Jane Roe", "the UN Jane
        Roe" (after "Ambassador to"). News writing puts a newsroom's or a body's person right after the body's name; the
        tagger then reads the whole as one body. The first name is in gender-guesser's table, neither word is a
        body's or a title word, and the surname stands alone as a person or a subject elsewhere in the text
        ("Roe said"), so "JP Morgan Chase" stays a bank."""
        if ent.end - ent.start < 3:
            return False
        doc = self.doc
        before, first, last = doc[ent.end - 3], doc[ent.end - 2], doc[ent.end - 1]
        # A possessive ("'s", or the bare apostrophe after a plural "News'", which the tagger may call a closing
        # quotation mark) or a body's acronym ("UN", "NBC").
        possessive = before.tag_ == "POS" or (before.text in ("'", "\u2019") and ent.start < before.i)
        body_edge = possessive or (before.text.isupper() and len(before.text) >= 2 and before.is_alpha)
        return (
            body_edge
            and all(t.pos_ == "PROPN" and _name_word(t) and norm(t.text) not in _NO_NAME_START for t in (first, last))
            and _gender_detector().get_gender(first.text) != "unknown"
            and any(
                t.text == last.text
                and not ent.start <= t.i < ent.end
                and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass")))
                for t in doc
            )
        )

    def _office_then_holder(self, ent: Any) -> bool:
        """Whether ``ent``, an entity the tagger called an organisation, is the end of an office's title and its
        holder's first name and surname: "Speaker of the House Nora Pellham" tags "the House Nora Pellham" as one
        body. News writing puts the holder's name right after the full title of an office ("Secretary of State
        Jane Roe"); the entity follows "of"/"for" after a capitalised title word, and ends in two proper nouns,
        the first a first name in gender-guesser's table, neither a body's or a title word."""
        doc = self.doc
        if ent.end - ent.start < 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for"):
            return False
        title, first, last = doc[ent.start - 2], doc[ent.end - 2], doc[ent.end - 1]
        return (
            title.text[:1].isupper()
            and norm(title.text) in _TITLE_OR_ROLE
            and all(t.pos_ == "PROPN" and _name_word(t) and norm(t.text) not in _NO_NAME_START for t in (first, last))
            and _gender_detector().get_gender(first.text) != "unknown"
        )

    def _office_edge(self, s: int) -> bool:
        """Whether token ``s`` opens a person the tagger found ("Jane Roe") right after the last word of an office's
        or a place's name that follows "of"/"for" ("Attorney for the District of Calder Jane Roe"): the name
        starts there, and growing it to the left would take the place's word for a first name."""
        doc = self.doc
        return (
            s >= 2
            and doc[s].ent_type_ == "PERSON"
            and doc[s].ent_iob_ == "B"
            and doc[s - 1].ent_type_ != "PERSON"
            and doc[s - 2].lower_ in ("of", "for")
        )

    def _place_before_name(self, start: int, end: int, label: str) -> bool:
        """Whether tokens ``[start, end)``, an entity the tagger labelled ``label``, an organisation, are a country
        and a person's name run together after a role ("envoy to Ukraine Kurt Volker", "ambassador to France Jane
        Hartley"): three proper nouns, a country, a first name in gender-guesser's table and a name word
        (trial10 H3)."""
        if label not in ORG_ENT or end - start != 3:
            return False
        place, first, last = self.doc[start:end]
        return (
            (start in self.place_tokens or place.text in country_names())
            and all(t.pos_ == "PROPN" and _name_word(t) and norm(t.text) not in _NO_NAME_START for t in (first, last))
            and _gender_detector().get_gender(first.text) != "unknown"
        )

    def _after_title_and_first_name(self, s: int) -> bool:
        """Whether token ``s`` follows a capitalised title or role word and a first name in gender-guesser's
        table, both proper nouns ("Cardinal Cormac" before "Murphy-O'Connor"): the words from ``s`` on are that
        person's surname, whatever the tagger called them."""
        if s < 2:
            return False
        title, first = self.doc[s - 2], self.doc[s - 1]
        return (
            title.pos_ == "PROPN"
            and title.text[:1].isupper()
            and norm(title.text) in _TITLE_OR_ROLE
            and first.pos_ == "PROPN"
            and _name_word(first)
            and norm(first.text) not in _NO_NAME_START
            and _gender_detector().get_gender(first.text) != "unknown"
        )

    def _in_capitalised_title(self, s: int) -> bool:
        """Whether the run at token ``s`` follows a function word written with a capital inside a sentence
        ("his single Who's David?", "the film Of Mice And Men"): English capitalises such words only in
        the title of a work, so the name is part of a title. Title-case headlines, where every word is
        capitalised, and "I" are left alone."""
        if s == 0:
            return False
        prev = self.doc[s - 1]
        if prev.text[:1] in "'\u2019" and s > 1:
            prev = self.doc[s - 2]  # "Who's": the clitic is a token of its own
        return (
            prev.text[:1].isupper()
            and prev.text != "I"
            and not prev.is_sent_start
            and not self._opens_sentence(prev.idx)
            and prev.pos_ in _FUNCTION_POS
            and prev.text.lower() not in NAME_PARTICLES
            and not self._headline(prev.idx)
        )

    def _opens_sentence(self, pos: int) -> bool:
        """Whether the word at character ``pos`` opens a sentence by its punctuation, whatever the parser's
        sentences say: it follows a line break, or a full stop, question or exclamation mark with only closing
        quotation marks and spaces between ("... a winning habit."\n\nBut Edwards believes": the parser ran the
        closing mark into the next paragraph's sentence)."""
        before = self.text[:pos].rstrip(" \t")
        return not before or before.endswith("\n") or before.rstrip("\"'\u201d\u2019").endswith((".", "?", "!"))

    def _hometown_after_name(self, s: int) -> bool:
        """Whether the run at token ``s`` follows ", of" right after a proper noun: "Carol Foyler, of Teaneck,
        said" gives a person's home town (or employer), news style for where someone is from, never a second
        person (the tagger often calls a small town a person). An age may stand between the name and the town
        ("Tim Roe, 30, of Dedham": the news style of a charge list or an accident report; trial13 F8)."""
        doc = self.doc
        if s < 3 or doc[s - 1].lower_ != "of" or doc[s - 2].text != ",":
            return False
        name = s - 3
        if doc[name].like_num and doc[name].text.isdigit() and name >= 2 and doc[name - 1].text == ",":
            name -= 2  # "Name, 30, of Town": skip the age and its comma
        return doc[name].pos_ == "PROPN" and doc[name].text[:1].isupper()

    def after_publication_noun(self, s: int) -> bool:
        """Whether the run at token ``s`` names an outlet: right after a publication noun (``PUBLICATION_NOUNS``),
        over capitalised words of the same name ("the West German weekly Der Spiegel said", "the daily Le
        Monde"): news style names a paper or a broadcaster after the noun for it, never a person (trial13 F8)."""
        doc = self.doc
        i = s - 1
        while i >= 0 and s - i <= 3 and doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "DET", "X"):
            i -= 1
        return i >= 0 and doc[i].lower_ in PUBLICATION_NOUNS and doc[i].text.islower()

    def _names_a_street(self, e: int) -> bool:
        """Whether the run ending before token ``e`` is the first part of a street's name: "Downing Street",
        "Abbey Road" (``STREET_WORDS``, capitalised), so "Former Downing Street media chief" names nobody."""
        return e < len(self.doc) and self.doc[e].text[:1].isupper() and norm(self.doc[e].text) in STREET_WORDS

    def _modifies_a_role(self, s: int, e: int) -> bool:
        """Whether the one-word run ``[s, e)`` modifies a lower-case role noun before a name: "Brighton nurse
        Marion Brown", "Acme editor Jane Roe". The word is the person's place or employer; a person written
        so ("Trump aide Jane Doe") is found from the full name elsewhere, whose short forms cover this one.
        The parse's compound before a noun for people says the same with no name after it ("the former Chelsea
        chairman said", "Commons officials"; trial 12 M2)."""
        doc = self.doc
        if e - s != 1 or e >= len(doc) or not doc[e].text[:1].islower():
            return False
        head = doc[s].head.i
        if doc[s].dep_ in ("compound", "nmod") and e <= head < e + 3 and doc[head].text in _PEOPLE_NOUNS:
            # "the former Chelsea chairman sealed the deal", "Commons officials", "Pfizer chief executive": whose,
            # not who (only lower-case words between)
            return all(doc[k].text[:1].islower() for k in range(e, head + 1))
        if doc[e].text not in ROLE_NOUNS:
            return False
        return e + 1 < len(doc) and doc[e + 1].text[:1].isupper() and doc[e + 1].pos_ == "PROPN"

    def _end_of_organisation(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` is the last words of an entity the tagger found that is no person: an
        organisation or a title ("Whole Foods", "Goldman Sachs", a film): a company's last word is nobody's
        surname. A title or role word before the run ("Reuters Editor Jane Roe" tagged as one ORG) leaves
        it a name."""
        if self.doc[s].ent_type_ in ("", "PERSON") or self.doc[s].ent_iob_ == "B":
            return False
        start = s
        while start > 0 and self.doc[start].ent_iob_ != "B":
            start -= 1
        before = [norm(t.text) for t in self.doc[start:s]]
        if s == start + 1 and self._place_before_name(start, e, self.doc[start].ent_type_):
            return False  # "envoy to Ukraine Kurt Volker": the country before the name is no firm's first word
        return not any(w in _TITLE_OR_ROLE or w in HONORIFICS or w in ROLE_NOUNS for w in before)

    def _start_of_organisation(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` is the first words of an organisation the tagger found that goes on after it with
        a capitalised word: "Judicial Watch", "Media Matters" (the run stopped at a word that is no proper noun to
        the tagger). An organisation keeps its full name; its first word is nobody's name there, unless it is a
        first name in gender-guesser's table (a person the tagger read as a body)."""
        doc = self.doc
        return (
            doc[s].ent_type_ == "ORG"
            and doc[s].ent_iob_ == "B"
            and e < len(doc)
            and doc[e].ent_iob_ == "I"
            and doc[e].text[:1].isupper()
            and norm(doc[e].text) not in NAME_SUFFIXES
            and _gender_detector().get_gender(doc[s].text) == "unknown"  # "Althea Thoone" read as a body
        )

    def _opens_organisation(self, pos: int) -> bool:
        """Whether the word at offset ``pos`` opens an organisation's name the tagger found ("Judicial" of
        "Judicial Watch": no first name; see ``_start_of_organisation``)."""
        tok = self.index.token_at(pos)
        return tok is not None and self._start_of_organisation(tok.i, tok.i + 1)

    def _owned_speaker(self, s: int, e: int) -> bool:
        """Whether run ``[s, e)`` is a full name after an organisation's possessive that the attribution stage chose
        as a speaker: ""Q," Acme's Jane Roe explained" names Acme's Jane Roe, however the tagger ran the firm and
        the name into one entity (a work's title, "Schindler's List", is one word after the possessive and speaks
        no quotation)."""
        if e - s < 2 or s == 0 or self.doc[s - 1].tag_ != "POS":
            return False
        heads = {a.head_index for a in self.ex.attributions.in_order(self.ex.quotes) if a is not None}
        return any(i in heads for i in range(s, e))

    def _entity_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """A PERSON entity cut at words that cannot be in a name. The tagger sometimes runs one entity across
        a sentence end the tokenizer kept inside a word ("Malcolm X. Attallah Shabazz recalled"); growing
        the run stops at the first such word, which would lose the second name."""
        pieces, s = [], start
        for i in range(start, end + 1):
            if i == end or not (_name_word(self.doc[i]) or self._hyphen_joined(i) or self._initial_in_name(i)):
                if i > s:
                    pieces.append((s, i))
                s = i + 1
        return pieces

    def _after_definite_article(self, s: int) -> bool:
        """Whether the run at token ``s`` follows "the" directly: "the Chicago Bulls", "The Ford Bronco SUV"
        name a team, a product or an organisation; English puts no article before a person's bare name
        ("the actor John Smith" and "the late John Smith" have a word between)."""
        return s > 0 and self.doc[s - 1].lower_ == "the" and self.doc[s - 1].dep_ == "det"

    def _grow(self, s: int, e: int) -> tuple[int, int]:
        # Long on purpose: the left and right edges of a name run share the local predicates defined
        # here (what counts as a name word, a title, a particle), which read best next to their use.
        doc = self.doc

        def nameish(t: Any) -> bool:
            return (
                not self._common_sentence_opener(t)
                and not _masked(t)
                and _name_word(t)
                and t.text[:1].isupper()
                # "Matthew O'Connor": the tagger may call a surname an adverb inside the person it found.
                and (t.pos_ == "PROPN" or _inside_person(t) or _CLAN_NAME.fullmatch(t.text) is not None)
                and (norm(t.text) not in _NOT_NAMES or self._surname_after_first_name(t))
                and norm(t.text) not in ORG_WORDS
                and (t.ent_type_ not in ("DATE", "GPE", "NORP", "TIME") or _aged_name_token(t))
                and t.i not in self.place_tokens
            )

        while True:
            if s >= 2 and self._hyphen_joined(s - 1):
                s -= 2
            elif (
                s > 0
                and nameish(doc[s - 1])
                and not doc[s].is_sent_start
                and norm(doc[s - 1].text) not in _TITLE_OR_ROLE
                and not self._office_edge(s)
                and e - s - 2 * sum(self._hyphen_joined(k) for k in range(s, e)) < 3  # words, not tokens
            ):
                s -= 1
            else:
                break
        joined = 0  # hyphens inside the run's words ("Jean-Pierre Martin" is two words, not four tokens)
        while e < len(doc) and e - s - 2 * joined < 3 and not doc[e].is_sent_start:
            if e + 1 < len(doc) and self._hyphen_joined(e) and nameish(doc[e + 1]):
                e, joined = e + 2, joined + 1
            elif (
                nameish(doc[e])
                or self._lowercase_surname(doc[e])
                or self._middle_initial(e)
                or (e - s == 1 and self._surname_read_as_word(e))
            ):
                e += 1
            else:
                break
        # "Luis de Miranda", "Ludwig van der Rohe": lower-case particles between name words belong to the name.
        s, e = self._over_particles(s, e, nameish)
        # "Chance the Rapper", "Jack the Ripper": a name with "the" between capitalised words.
        if (
            s >= 2
            and e - s == 1
            and doc[s - 1].text == "the"
            and doc[s - 2].text[:1].isupper()
            and doc[s - 2].is_alpha
            and norm(doc[s - 2].text) not in _NO_NAME_START
        ):
            s -= 2
        if (
            e + 1 < len(doc)
            and doc[e].text == "the"
            and doc[e + 1].text[:1].isupper()
            and doc[e + 1].is_alpha
            and e - s <= 2
            and doc[e + 1].ent_type_ in ("PERSON", "")
            and norm(doc[e + 1].text) not in _ORG_OR_NOT_NAME
        ):
            e += 2
        # "Kim Jong-un", "Smith-Jones": a hyphen with no space around it joins one name word.
        while e + 1 < len(doc) and self._hyphen_joined(e) and e - s < 6:
            e += 2
        if s > 0 and self._leading_initial(s - 1):
            s -= 1  # "J. Edgar Hoover": the first name's initial opens the name
        # A name never runs across a possessive, a spaced hyphen or punctuation.
        for i in range(s, e):
            if not _name_word(doc[i]) and not self._hyphen_joined(i) and not self._initial_in_name(i):
                e = i
                break
        # "Tory Lord Campbell", "Labour Dr Smith": an honorific inside the run starts the title; the party or
        # place written before it is no part of the name.
        s = max((k for k in range(s + 1, e - 1) if norm(doc[k].text) in TITLES_NEVER_NAMES), default=s)
        while s < e - 1 and (
            norm(doc[s].text) in _NOT_NAMES
            or (
                norm(doc[s].text) in _TITLE_OR_ROLE
                and not (e - s <= 2 and (self._first_name_after_title(s) or self._title_as_first_name(s, e)))
            )
            or not (_name_word(doc[s]) or self._leading_initial(s))
            or self._common_sentence_opener(doc[s])
            or (e - s >= 3 and doc[s].text.lower().endswith(_PLURAL_NOUN_ENDINGS))
        ):
            s += 1  # "Minister for Children and Families Margaret Hodge": "Families" is no first name
        while s < e and (
            norm(doc[s].text) in _NOT_NAMES
            or norm(doc[s].text) in NAME_SUFFIXES  # "Jr Admits": a generational suffix ends a name, never opens one
            or not (_name_word(doc[s]) or self._leading_initial(s))
        ):
            s += 1
        s = self._from_first_name(s, e)
        # "Jane Roe Vows to Fight On": a headline's verb of saying ends the name before it (no name when it opens it).
        e = min((k for k in range(s, e) if self._headline_saying_verb(doc[k])), default=e)
        # "Sir John Hawkins John Hawkins's book": a name never repeats its first word (``_without_repeat``).
        # A doubled first name before a surname is one name, though ("Dee Dee Roe", ``_doubled_first_name``).
        e = min(
            (
                k
                for k in range(s + 1, e)
                if norm(doc[k].text) == norm(doc[s].text)
                and not (k == s + 1 < e - 1 and _doubled_first_name(doc[s].text))
            ),
            default=e,
        )
        # "Moon Jae-in", "Kim Yo-jong": a word joined by a hyphen to the name word before it stays, even a word that
        # alone is a function word ("in").
        while (
            e > s
            and not (e - s >= 3 and self._hyphen_joined(e - 2) and doc[e - 3].text[:1].isupper())
            and (
                not _name_word(doc[e - 1])
                or (
                    norm(doc[e - 1].text) in _NOT_NAMES
                    and not (e - s == 2 and self._surname_after_first_name(doc[e - 1]))
                )
                or (
                    doc[e - 1].pos_ in ("VERB", "AUX", "ADV", "ADP")
                    and not _inside_person(doc[e - 1])
                    and not _CLAN_NAME.fullmatch(doc[e - 1].text)
                    and not (e - s == 2 and self._surname_read_as_word(e - 1))
                )
                or (e - 1 > s and doc[e - 1].text.isupper() and norm(doc[e - 1].text) in POST_NOMINALS)
            )
        ):
            e -= 1
        if e - s == 1 and (
            norm(doc[s].text) in HONORIFICS
            or norm(doc[s].text) in ROLE_NOUNS
            or _plural_role(norm(doc[s].text))
            or self._common_sentence_opener(doc[s])
            or doc[s].text in self.place_words
            or s in self.place_tokens
        ):
            return s, s  # a title, a role or an ordinary word alone is nobody's name
        if any(i in self.place_tokens for i in range(s, e)):
            return s, s  # "Mountainous Nepal", "KATHMANDU": a place the tagger took for a person
        hyphens = sum(1 for i in range(s, e) if self._hyphen_joined(i))
        if e - s - 2 * hyphens > 4:
            e = s + 4 + 2 * hyphens
        if e > s and self._headline(doc[s].idx) and e - s > 2:
            e = s + 2
        return s, self._with_suffix(s, e)

    @staticmethod
    def _headline_saying_verb(tok: Any) -> bool:
        """Whether ``tok`` is a capitalised verb of saying in its third-person or past form ("Vows", "Says",
        "Argued"), which ends a name run: "Jane Roe Vows to Fight On" (``_HEADLINE_SAYING_VERBS``)."""
        return tok.text[:1].isupper() and norm(tok.text) in _HEADLINE_SAYING_VERBS

    def _from_first_name(self, s: int, e: int) -> int:
        """Where run ``[s, e)`` starts once words glued before "first name + surname" are left out
        ("Firefighter Robert Savarese", "Wall Streeter Charlotte Beyer", a tweet's "Mirror Donald Trump");
        see ``first_name_start``. A hyphen inside the run keeps it whole."""
        if any(self._hyphen_joined(i) for i in range(s, e)):
            return s
        return s + first_name_start(self.run_words(s, e))

    def _surname_after_first_name(self, tok: Any) -> bool:
        """Whether ``tok``, a word of a page's furniture ("Read", "Watch"), is a surname: capitalised, no stop word,
        inside the tagger's person right after a first name in gender-guesser's table ("Ian Read")."""
        if tok.i == 0 or tok.ent_iob_ != "I" or tok.ent_type_ != "PERSON" or not tok.text[:1].isupper():
            return False
        first = self.doc[tok.i - 1]
        return tok.lower_ not in STOP_WORDS and _gender_detector().get_gender(first.text) != "unknown"

    def _surname_read_as_word(self, i: int) -> bool:
        """Whether token ``i`` is a surname the tagger read as an ordinary word ("Read" of "Ian Read", "Dole"): a
        capitalised word inside a sentence of a line that is no title-case headline, right after a first name in
        gender-guesser's table that is no title, and itself no first name, month, day or body's word (English
        capitalises a verb or a noun inside a sentence only in a name)."""
        doc = self.doc
        tok, first = doc[i], doc[i - 1] if i > 0 else None
        if first is None or tok.is_sent_start or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper():
            return False
        if tok.pos_ not in ("VERB", "NOUN", "ADJ", "ADV") or tok.ent_type_ in ("DATE", "TIME", "GPE", "NORP", "ORG"):
            return False
        low = norm(tok.text)
        if low in _NO_NAME_START or low in MONTHS or low in NAME_PARTICLES or self._headline(tok.idx):
            return False
        return (
            first.pos_ == "PROPN"
            and first.text[:1].isupper()
            and norm(first.text) not in _NO_NAME_START
            and _gender_detector().get_gender(first.text) != "unknown"
            and _gender_detector().get_gender(tok.text) == "unknown"
        )

    def _title_as_first_name(self, s: int, e: int) -> bool:
        """Whether the title word at token ``s`` of the two-word run ``[s, e)`` is a first name
        (``TITLES_ALSO_FIRST_NAMES``: "Dean Baker", "Earl Jones"): no title before it, and the surname after it is
        no first name in gender-guesser's table ("Earl Spencer" is a peer)."""
        doc = self.doc
        if e - s != 2 or norm(doc[s].text) not in TITLES_ALSO_FIRST_NAMES or not doc[s].text[:1].isupper():
            return False
        if s > 0 and norm(doc[s - 1].text) in _TITLE_OR_ROLE:
            return False
        return _gender_detector().get_gender(doc[s + 1].text) == "unknown"

    def _first_name_after_title(self, s: int) -> bool:
        """Whether the role noun at token ``s`` is a first name: "Cpl. Dean Washington", "Sgt. Major Lee" (a
        title before it, and a first name in gender-guesser's table). Asked only of a two-word run: before a
        first name and a surname ("trial judge Justice Richard Curtis") the word is a title again."""
        before = s - 2 if s > 1 and self.doc[s - 1].text == "." else s - 1  # "Cpl." is "Cpl" and "."
        if before < 0 or norm(self.doc[before].text) not in ALL_TITLES:
            return False
        return _gender_detector().get_gender(self.doc[s].text) != "unknown"

    def _over_particles(self, s: int, e: int, nameish: Any) -> tuple[int, int]:
        """Run ``[s, e)`` grown over lower-case name particles (``NAME_PARTICLES``) that join it to a name
        word on the left ("Luis" + "de" + run) or on the right (run + "van der" + "Rohe")."""
        doc = self.doc

        def particle(i: int) -> bool:
            return 0 <= i < len(doc) and doc[i].text.islower() and doc[i].text in NAME_PARTICLES

        if e - s > 1 and particle(e - 1) and e < len(doc) and self._surname_after_particle(doc[e]):
            # "Ursula von der" + "Leyen": the tagger's person stopped at the particle and read the surname after
            # it as a place; a particle never ends a name, so the capitalised word after it is the surname.
            e += 1
        if e > s:
            i = e
            while particle(i) and i - e < 2:
                i += 1
            if i > e and i < len(doc) and nameish(doc[i]) and not doc[i].is_sent_start:
                e = i + 1
            j = s - 1
            while particle(j) and s - j <= 2:
                j -= 1
            if j < s - 1 and j >= 0 and nameish(doc[j]) and not doc[s].is_sent_start and not doc[j + 1].is_sent_start:
                s = j
        return s, e

    @staticmethod
    def _surname_after_particle(tok: Any) -> bool:
        """Whether ``tok``, right after a run that ends in a name particle, is the surname the particle leads
        to: a capitalised word of letters inside the sentence, whatever entity the tagger gave it."""
        return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and _name_word(tok)

    def _with_suffix(self, s: int, e: int) -> int:
        """The end of run ``[s, e)`` grown over a generational suffix ("Donald Trump Jr.", "King III", "Oscar
        Wyatt, Jr.")."""
        doc = self.doc
        suffix_next = e < len(doc) and doc[e].text.rstrip(".").lower() in NAME_SUFFIXES
        if suffix_next and e > s and doc[e].text[:1].isupper() and doc[e - 1].whitespace_ != "":
            e += 1
        elif (
            e > s
            and e + 1 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].text.rstrip(".") in ("Jr", "Sr")
            and doc[e].whitespace_ != ""
        ):
            e += 2  # "Oscar Wyatt, Jr.": the suffix set off by a comma, an older style, is still the name's
        if s < e < len(doc) and doc[e - 1].text in ("Jr", "Sr") and doc[e - 1].whitespace_ == "" and doc[e].text == ".":
            e += 1  # the abbreviation's full stop is part of the name as written: "Donald Trump Jr."
        return e

    def _capitalised_role(self, tok: Any) -> bool:
        """A role noun written with a capital before a name ("Vendor Maria Lopez"), not a title ("Commissioner")."""
        low = norm(tok.text)
        return tok.text[:1].isupper() and low in ROLE_NOUNS and low not in HONORIFICS

    def _common_sentence_opener(self, tok: Any) -> bool:
        """A capitalised word the article also writes in lower case, where a capital says nothing: opening a
        sentence ("Following") or in a title-case headline ("Of The Most Powerful Things Latinos Said")."""
        low = tok.text.lower()
        if not tok.text[:1].isupper() or low not in self.body_lower or low in NAME_LIKE_STOP_WORDS:
            return False
        if low in NAME_PARTICLES and self._particle_before_name(tok):
            return False  # "De Miranda said": a name's particle, capitalised at the start of a sentence
        return tok.is_sent_start or self._headline(tok.idx)

    def _initial_in_name(self, i: int) -> bool:
        """Whether token ``i`` is an initial inside a name: a middle one or a leading one."""
        return self._middle_initial(i) or self._leading_initial(i)

    def _leading_initial(self, i: int) -> bool:
        """Whether token ``i`` is the initial of a first name written before the name used ("J." in "J. Edgar
        Hoover", "C." in "C. Stewart Verdery Jr."): one capital and a full stop where a name may start (the
        tagger's person, a sentence's start, after punctuation, a line break or a title), after no name word or initial
        (else it is a middle initial), before two capitalised name words or more initials and a name word."""
        doc = self.doc
        if self._joined_initials(i):
            return True
        if not _INITIAL.fullmatch(doc[i].text) or not doc[i].whitespace_:
            return False
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (_INITIAL.fullmatch(prev.text) or (prev.text[:1].isupper() and _name_word(prev))):
            return False
        # Where a name may start: the tagger's person, a sentence's start, after punctuation, a break or a title.
        opens = doc[i].ent_type_ == "PERSON" or doc[i].is_sent_start or prev is None or prev.is_space or prev.is_punct
        opens = opens or norm(prev.text) in _TITLE_OR_ROLE
        if not opens or i + 2 >= len(doc) or doc[i + 1].whitespace_ == "":
            return False
        # "J. K. Rowling", "J. R. R. Tolkien": more initials, then the surname.
        j = i + 1
        while j < len(doc) and _INITIAL.fullmatch(doc[j].text) and doc[j].whitespace_:
            j += 1
        if j > i + 1:
            return j < len(doc) and doc[j].text[:1].isupper() and _name_word(doc[j])
        # "J. Edgar Hoover": two name words after.
        return all(doc[k].text[:1].isupper() and _name_word(doc[k]) for k in (i + 1, i + 2))

    def _joined_initials(self, i: int) -> bool:
        """Whether token ``i`` is a first name written as initials in one word ("P.J." in "P.J. Crowley",
        "J.R.R." in "J.R.R. Tolkien"): two or three capitals each with its full stop, before one capitalised
        name word, in the tagger's person or right after a title or role noun ("spokesman P.J. Crowley"), and
        no place or body ("U.S.", "U.N."), which share the shape. Unlike a lone "J." such a word ends no
        sentence before a name, so one name word after it is enough."""
        doc = self.doc
        tok = doc[i]
        if not _JOINED_INITIALS.fullmatch(tok.text) or not tok.whitespace_ or i + 1 >= len(doc):
            return False
        if tok.ent_type_ not in ("PERSON", "") or i in self.place_tokens or tok.text in self.place_words:
            return False
        prev = doc[i - 1] if i > 0 else None
        opens = tok.ent_type_ == "PERSON" or (prev is not None and norm(prev.text) in _TITLE_OR_ROLE)
        nxt = doc[i + 1]
        return opens and nxt.text[:1].isupper() and _name_word(nxt) and nxt.ent_type_ in ("PERSON", "")

    def _middle_initial(self, i: int) -> bool:
        """Whether token ``i`` is a middle initial ("W." in "Morris W. Travers", "H." in "George H. W. Bush"):
        one capital and a full stop after a capitalised name word or another initial, before initials and
        then exactly one capitalised name word. Two name words after it ("Malcolm X. Zainab Habtoor") mean
        the full stop ended a sentence."""
        doc = self.doc
        if not _INITIAL.fullmatch(doc[i].text) or i == 0 or not doc[i].whitespace_:
            return False
        prev = doc[i - 1]
        if not (_INITIAL.fullmatch(prev.text) or (prev.text[:1].isupper() and _name_word(prev))):
            return False
        j = i + 1
        while j < len(doc) and _INITIAL.fullmatch(doc[j].text) and doc[j].whitespace_:
            j += 1
        if j >= len(doc) or not (doc[j].text[:1].isupper() and _name_word(doc[j])):
            return False
        after = doc[j + 1] if j + 1 < len(doc) else None
        return after is None or not (after.text[:1].isupper() and _name_word(after) and doc[j].whitespace_)

    def _particle_before_name(self, tok: Any) -> bool:
        """Whether ``tok`` (a name particle) is followed, past at most one more particle, by a capitalised word."""
        doc = self.doc
        i = tok.i + 1
        if i < len(doc) and doc[i].text in NAME_PARTICLES:
            i += 1
        return i < len(doc) and doc[i].text[:1].isupper() and _name_word(doc[i])

    def _hyphen_joined(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen inside one word ("Jong-un", "Murphy-O'Connor"): no space on either side,
        letters (an apostrophe inside allowed) on both."""
        doc = self.doc
        return (
            0 < i < len(doc) - 1
            and doc[i].text in ("-", "\u2010")
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and _NAME_WORD.fullmatch(doc[i - 1].text) is not None
            and _NAME_WORD.fullmatch(doc[i + 1].text) is not None
        )

    def run_words(self, s: int, e: int) -> list[str]:
        """The words of the token run ``[s, e)`` as written (a hyphenated word stays one word); the comma before a
        generational suffix ("Wyatt, Jr.") is left out."""
        return [w.rstrip(",") for w in self.doc[s:e].text.split()]

    def _headline(self, pos: int) -> bool:
        """In a title-case line every word is capitalised, so names cannot be grown there."""
        k = paragraph_of(self.ex.paragraphs, pos, self.paragraph_ends)
        if k >= len(self.ex.paragraphs) or pos < self.ex.paragraphs[k][0]:
            return False
        if k not in self._headlines:  # asked for every name word: each paragraph is read once
            lo, hi = self.ex.paragraphs[k]
            words = self.text[lo:hi].split()
            caps = sum(1 for w in words if w[:1].isupper())
            self._headlines[k] = len(words) >= 4 and caps / len(words) > 0.7
        return self._headlines[k]

    def _headline_line(self, pos: int) -> bool:
        """Whether offset ``pos`` is in a title-case line (``_headline``) that ends in no full stop, question or
        exclamation mark, in an article with more paragraphs: a headline over a body ("Elon Musk bought
        Twitter" alone is a sentence)."""
        if len(self.ex.paragraphs) < 2 or not self._headline(pos):
            return False
        k = paragraph_of(self.ex.paragraphs, pos, self.paragraph_ends)
        return not self.text[self.ex.paragraphs[k][0] : self.ex.paragraphs[k][1]].rstrip().endswith((".", "!", "?"))

    def _lowercase_surname(self, tok: Any) -> bool:
        """'John legend': a lower-case word that repeats a known capitalised name word."""
        if not tok.is_alpha or not tok.text.islower():
            return False
        prev = tok.nbor(-1) if tok.i > 0 else None
        if prev is None or not prev.text[:1].isupper():
            return False
        return tok.text.capitalize() in self.propn_words

    def _title_before(self, s: int) -> str | None:
        """The title words right before the name at token ``s`` ("Sen.", "former President"), None if none. A
        capitalised office named with "of" is one title ("Secretary of State", not "State")."""
        words = []
        i = s - 1
        doc = self.doc
        while i >= 0 and len(words) < 4:
            if doc[i].text == "." and i > 0 and doc[i - 1].whitespace_ == "" and norm(doc[i - 1].text) in HONORIFICS:
                words.insert(0, doc[i - 1].text + ".")  # "Sens." that the tokenizer split in two
                i -= 2
            elif norm(doc[i].text) in HONORIFICS:
                words.insert(0, doc[i].text)
                i -= 1
            elif words and doc[i].text[:1].isupper() and norm(doc[i].text) in RANK_MODIFIERS:
                words.insert(0, doc[i].text)  # "Staff" of "Staff Sgt.": one rank
                i -= 1
            elif (
                doc[i].text == "of"
                and words
                and words[0][:1].isupper()
                and i > 0
                and doc[i - 1].text[:1].isupper()
                and norm(doc[i - 1].text) in ALL_TITLES
            ):
                words.insert(0, doc[i].text)  # "Secretary of State": the office's "of", then its title
                i -= 1
            else:
                break
        if words and words[0] == "of":
            words = words[1:]
        return " ".join(words) or None

    def build(self) -> None:
        """Find every name run, longest first, and make or extend the person each belongs to."""
        doc = self.doc
        runs = self._name_runs()
        # Longest names first so shorter forms attach to them; the runs of a title-case headline last, and they
        # only join a person the body names: every word is capitalised there, so a run's edges are guesses
        # ("Oilman Oscar" of "Oilman Oscar Wyatt Jr Admits Guilt"), never a new person.
        in_headline = {r: self._headline_line(doc[r[0]].idx) for r in runs}
        # Person index -> where a full name was first written as a pronoun's relative ("his wife, Didi Ray"): a
        # surname alone before that is the other one of the family.
        relatives: dict[int, int] = {}
        self._seed_quoted_nicknames()
        for s, e in sorted(runs, key=lambda r: (in_headline[r], -(r[1] - r[0]))):
            if self.ex.stopped_at is not None and doc[s].idx >= self.ex.stopped_at:
                continue  # a stage before ran out of time there (pipeline.budget): no person from a name after it
            words = self.run_words(s, e)
            key = [norm(w) for w in words]
            if not key or all(k in _NOT_NAMES for k in key) or not (words[0][:1].isupper() or words[0][:1].isdigit()):
                continue  # a name starts with a capital ("memoir" is nobody's name) or a stage name's number
            if all(is_role_compound(w) or k in _TITLE_OR_RANK for w, k in zip(words, key, strict=True)):
                continue  # "Editor-in-Chief", "Co-Chairman", "Staff Sgt": a title alone is nobody's name
            if any(k in ORG_WORDS for k in key) and not self._surname_like_org_word(key, s, e):
                continue  # "Davis Cup", "Common Agricultural Policy": an organisation, event or work
            if is_outlet_name(" ".join(words)):
                continue  # "Washington Post", "TMZ" (not "Bloomberg" or "Hill", also surnames): an outlet
            if demonym_plural(words[-1]) or (len(key) > 1 and key[0] in PLACE_NAME_OPENERS):
                continue  # "Australians", "Northerners": a people; "Mt Gambier", "Fort Worth": a place by its feature
            if key == [key[0]] and key[0] in MONTHS:
                continue  # "September 26 ... said": a month alone is a date ("Theresa May" has a first name)
            if len(key) > 1 and key[-1] in OFFICES_NOT_SURNAMES:
                continue  # "The acting Immigration Minister, Daryl Williams,": an office, not a name
            if _product_code_last(words):
                continue  # "the new Ford Bronco SUV": a model name, not a person
            if len(words) == 1 and len(words[0].rstrip(".")) == 1:
                continue  # "Q", "A": a transcript's question and answer marks, a letter alone is nobody's name
            if len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and doc[s].ent_type_ != "PERSON":
                continue  # "UPS", "NASA": an acronym names a body; "JFK" (tagged a person) stays one
            pid = self._match_run(s, e, key)
            if pid is not None and len(key) == 1 and doc[s].idx < relatives.get(pid, -1):
                pid = None  # "Ray ... he and his wife, Didi Ray": the "Ray" before her is the one she is wife to
            if pid is None and in_headline[(s, e)]:
                continue
            if pid is None and len(words) == 1 and _capital_only_from_position(self.ex.clean_text, doc[s]):
                continue  # "Correction: An earlier version ... stated", "Gusts reached 90mph": a word, not a name
            if pid is None:
                pid = len(self.people)
                name = _display_name(words)
                self.people.append(Person(id=f"p{pid + 1}", name=name))
                self.keys.append(key)
                if len(key) > 1 and self._named_as_relative(doc[s].idx):
                    relatives[pid] = doc[s].idx
            elif len(key) > len(self.keys[pid]):
                self.keys[pid] = key
                self.people[pid].name = _display_name(words)
            title = self._title_before(s)
            if title and not self.people[pid].title:
                self.people[pid].title = title
        # Every occurrence of every person's name words becomes a mention.
        self._complete_titled_surnames()
        for s, e in runs:
            if self.ex.out_of_time("people", doc[s].idx):
                continue
            key = [norm(w) for w in self.run_words(s, e)]
            pid = self._match_run(s, e, key)
            if pid is not None:
                self._add_mention(pid, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), "name")
        self._scan_bracketed_names()
        self._scan_bracketed_first_names()
        self._scan_short_forms()
        self._scan_unparsed()
        self._grow_from_headline()
        self._grow_from_name_lines()
        for p in self.people:
            p.mentions.sort(key=lambda m: m.start)
        self.name_spans = sorted(
            (m.start, m.end, i) for i, p in enumerate(self.people) for m in p.mentions if m.kind == "name"
        )
        self.name_starts = [s for s, _, _ in self.name_spans]

    def _match_run(self, s: int, e: int, key: list[str]) -> int | None:
        """The person the name run ``[s, e)`` (words ``key``) belongs to (``match``, with its title's gender and
        kind), or None."""
        title = self._title_before(s)
        return self.match(key, self.doc[s].idx, surname_only=_surname_title(title), gender=_title_gender(title))

    def _surname_like_org_word(self, key: list[str], s: int, e: int) -> bool:
        """Whether the organisation word in run ``[s, e)`` is a surname ("Liam Fox", "Jack White"): only the
        last word is one, the first is a first name in gender-guesser's table and the tagger read the
        whole run as a person."""
        return (
            len(key) >= 2
            and not any(k in ORG_WORDS for k in key[:-1])
            and all(t.ent_type_ == "PERSON" for t in self.doc[s:e])
            and _gender_detector().get_gender(self.run_words(s, e)[0]) != "unknown"
        )

    def _scan_short_forms(self) -> None:
        """Surnames and first names used alone ("Legend", "Teigen") anywhere in the text."""
        by_word: dict[str, set[int]] = {}
        for i, key in enumerate(self.keys):
            for k in key:
                by_word.setdefault(k, set()).add(i)
            if _ARABIC_ARTICLE.match(_surname(key)):
                by_word.setdefault(_ARABIC_ARTICLE.sub("", _surname(key)), set()).add(i)  # "Sisi" of "el-Sisi"
        covered = SpanSet((m.start, m.end) for p in self.people for m in p.mentions)
        for i, last in self._name_word_tokens(by_word):
            tok = self.doc[i]
            if not _name_word(tok) or not tok.text[:1].isupper():
                continue  # "O'Connor" is a name word, though not alphabetic to spaCy
            low = tok.text.lower() if last == i else self.doc[i : last + 1].text.lower()
            if low not in by_word or low in _NOT_NAMES or low in NAME_PARTICLES:
                continue  # a particle alone ("De", "Van") is no one's short name
            if covered.covers(tok.idx) or tok.i in self.place_tokens:
                continue  # a place alone ("Israel said") is no short form of "Israel Katz"
            ids = by_word[low]
            if tok.i > 0 and norm(self.doc[tok.i - 1].text) in HONORIFICS:
                ids = {i for i in ids if self.keys[i][-1] == low}
                gender = _title_gender(self.doc[tok.i - 1].text)
                # "Mrs Smith" after "Jane Smith and her husband John Smith": the woman.
                if gender is not None:
                    # "Mrs Smith" is never "John Smith" or the "Mr Smith" of the text: no mention at all then.
                    ids = {i for i in ids if self.own_gender(i) in (None, gender)}
                if not ids:
                    continue
            pid = min(ids) if len(ids) == 1 else self._primary_among(ids, tok.idx)
            if pid is not None:
                end_tok = tok if last == i else self.doc[last]
                self._add_mention(pid, tok.idx, end_tok.idx + len(end_tok), "name")

    def _name_word_tokens(self, by_word: dict[str, set[int]]) -> list[tuple[int, int]]:
        """(first, last) token indices of each occurrence of a word of ``by_word``: one token, or a hyphenated
        word the tokenizer split in three ("Kilroy-Silk" -> "Kilroy", "-", "Silk"), which a scan of single
        tokens would never find, so "Mr Kilroy-Silk" after "Robert Kilroy-Silk" stayed nobody's."""
        found = [(i, i) for i in _indices_of_words(self.doc, by_word)]
        firsts = {w.split("-")[0] for w in by_word if "-" in w}
        if firsts:
            doc = self.doc
            for i in _indices_of_words(doc, firsts):
                last = i + 2
                while last + 2 < len(doc) and self._hyphen_joined(last + 1):
                    last += 2  # "Bassett-Lowke-Smith": every hyphen joins one more part
                if i + 1 < len(doc) and self._hyphen_joined(i + 1) and doc[i : last + 1].text.lower() in by_word:
                    found.append((i, last))
        return sorted(found)

    def _scan_unparsed(self) -> None:
        """Names in paragraphs that were not parsed: a cheap pattern that extends and places known names."""
        regions = list(self.ex.unparsed)
        # Quotations whose words the parser never saw (masked by the focus stage): "about whom".
        regions += [(q.start, q.end) for q in self.ex.quotes if self.ex.parse_text.startswith("Xquote", q.start)]
        for lo, hi in regions:
            headline = self._headline(lo)
            for m in _CAP_RUN.finditer(self.text, lo, hi):
                words = m.group(0).split()
                while words and (norm(words[0]) in _NO_NAME_START or _PLACE_MODIFIER.search(words[0])):
                    words = words[1:]  # "The", "Sacramento-based": no part of the name after them
                words = _to_sentence_end(words)
                words = _without_repeat(words[first_name_start(words) :])
                if not words:
                    continue
                if _POSSESSIVE_END.search(words[-1]) and len(words[-1]) > 3:
                    words[-1] = words[-1][:-2]  # "Roy Cooper's powers": the possessive is no part of the name
                key = [norm(w) for w in words]
                if any(k in ORG_WORDS or k in _NOT_NAMES for k in key):
                    continue
                start = m.start() + m.group(0).index(words[0])
                end = start + len(" ".join(words))
                if self.text[start:end] != " ".join(words):
                    continue
                cands = [
                    i
                    for i in self.keys.sharing_a_word(key)
                    if _contains(key, self.keys[i]) or _contains(self.keys[i], key)
                ]
                if not cands and not headline and self._new_name_unparsed(words):
                    # "Fischer's mother, Adrianne Fischer, is a driver": someone the parse never saw.
                    self.people.append(Person(id=f"p{len(self.people) + 1}", name=" ".join(words)))
                    self.keys.append(key)
                    cands = [len(self.people) - 1]
                if len(cands) != 1:
                    continue
                pid = cands[0]
                # An all-capitals shout ("IMPEACH DONALD TRUMP!") is no fuller form of a name written in mixed case.
                shout = any(w.isupper() and len(w) > 1 for w in words) and not self.people[pid].name.isupper()
                if len(key) > len(self.keys[pid]) and len(key) <= 3 and not headline and not shout:
                    self.keys[pid] = key
                    self.people[pid].name = " ".join(words)
                self._add_mention(pid, start, end, "name")

    def _seed_quoted_nicknames(self) -> None:
        """A nickname in quotation marks between a first name and a surname ('Giuseppe "Joe" Rossi'): one
        person, named as written, nickname and marks included (the fullest form, gold guide rule 6). The marks
        cut the parser's run in three, which made "Giuseppe", "Joe" and "Rossi" three people; made first, the
        person takes each of the three words when the runs are filed."""
        for m in _QUOTED_NICKNAME.finditer(self.text):
            first, nick, last = m.group("first"), m.group("nick"), m.group("last")
            key = [norm(first), *(norm(w) for w in nick.split()), norm(last)]
            if any(k in _ORG_OR_NOT_NAME or k in _TITLE_OR_ROLE or k in STOP_WORDS for k in key):
                continue  # 'Will "Never" Happen' of a title-case line: common words, no name
            if self._headline_line(m.start()) or _gender_detector().get_gender(first) == "unknown":
                continue
            if any(k == key for k in self.keys):
                continue
            self.people.append(Person(id=f"p{len(self.people) + 1}", name=m.group(0)))
            self.keys.append(key)

    def _scan_bracketed_names(self) -> None:
        """Full names a writer put in square brackets inside a quotation ("I talked with [House Leader Jane
        Roe]"): the brackets hold the writer's words, not the speaker's, so the name there is the article's
        first reference to that person (a first name in gender-guesser's table and a surname, the last words
        before the closing bracket). The quotation's words are never parsed, so no other scan finds it, and the
        surname alone later ("Roe said") was read as a body's name."""
        for q in self.ex.quotes:
            for m in _BRACKETED_NAME.finditer(self.text, q.start, q.end):
                first, last = m.group(1), m.group(2)
                key = [norm(first), norm(last)]
                if any(k in _ORG_OR_NOT_NAME for k in key) or _gender_detector().get_gender(first) == "unknown":
                    continue
                self._first_and_surname(first, last, key, m.start(1), m.end(2))

    def _scan_bracketed_first_names(self) -> None:
        """A first name in brackets between a title and a surname ("Coach (Frank) Vogel said ..."): an editor's
        addition the parser reads apart from the name, so the person was "Vogel" or nobody. The person of that
        surname alone becomes "Frank Vogel" (one is made when none was found), and "(Frank) Vogel" a mention."""
        for m in _TITLE_BRACKETED_FIRST.finditer(self.text):
            first, last = m.group("first"), m.group("last")
            key = [norm(first), norm(last)]
            if not is_title_word(m.group("title")) and norm(m.group("title")) not in ROLE_NOUNS:
                continue
            if any(k in _ORG_OR_NOT_NAME or is_title_word(k) for k in key):
                continue
            self._first_and_surname(first, last, key, m.start("first") - 1, m.end("last"))

    def _first_and_surname(self, first: str, last: str, key: list[str], start: int, end: int) -> None:
        """File a first name and surname a text scan found (the parser read them apart): a new person when no one
        shares a word of ``key``; the one person known by the surname alone takes the full name ("Roe said" read
        first); the mention ``start``..``end`` (character offsets of the clean text) goes to that person."""
        sharing = self.keys.sharing_a_word(key)
        if not sharing:
            self.people.append(Person(id=f"p{len(self.people) + 1}", name=f"{first} {last}"))
            self.keys.append(key)
            sharing = [len(self.people) - 1]
        elif len(sharing) == 1 and self.keys[sharing[0]] == key[1:]:
            self.keys[sharing[0]] = key
            self.people[sharing[0]].name = f"{first} {last}"
        if len(sharing) == 1 and self.keys[sharing[0]] == key:
            self._add_mention(sharing[0], start, end, "name")

    def _new_name_unparsed(self, words: list[str]) -> bool:
        """Whether capitalised ``words`` in an unparsed paragraph are a new relative's name: two or three words
        in mixed case, the first a first name in gender-guesser's table that the article never writes in
        lower case, the last the surname of someone already known ("Fischer's mother, Adrianne Fischer": two
        people with one surname stay two), and none of them a place the tagger found elsewhere."""
        surname = norm(words[-1]) if words else ""
        return (
            2 <= len(words) <= 3
            and any(key[-1] == surname for key in self.keys)
            and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in words)
            and words[0].lower() not in self.body_lower
            and not any(w in self.place_words for w in words)
            and _gender_detector().get_gender(words[0]) != "unknown"
        )

    def _grow_from_headline(self) -> None:
        """The fullest form of a name may be in the headline only ("Dana Whitfield opens up"; the body
        says "Whitfield"): a person's name grows by the capitalised words next to it there.

        Mentions still index the text only; the headline changes names, never offsets.
        """
        title = self.ex.article.title
        if not title or not self.people:
            return
        raw = title.split()
        # "Max Lucado: Trump doesn't pass": punctuation between two words ends a name.
        breaks = {j for j in range(len(raw) - 1) if _HEADLINE_BREAK.search(raw[j]) or raw[j + 1][:1] in '"\u201c'}
        words = [w.strip(".,:;!?\"'\u201c\u201d\u2018") for w in raw]
        words = [re.sub(r"['\u2019]s$", "", w) for w in words]
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.7 * len(words) and len(words) >= 4
        low = [norm(w) for w in words]
        for i, key in enumerate(self.keys):
            if len(key) > 2 or self.people[i].kind != "person":
                continue
            for k in range(len(low) - len(key) + 1):
                if low[k : k + len(key)] != key or not all(w[:1].isupper() for w in words[k : k + len(key)]):
                    continue
                s, e = k, k + len(key)
                others = {w for j, other in enumerate(self.keys) if j != i for w in other}
                while (
                    s > 0
                    and e - s < 3
                    and self._headline_name_word(words[s - 1])
                    and s - 1 not in breaks
                    and low[s - 1] not in others
                    and not (title_case and not self._first_name_in_title_case(words[s - 1], len(key)))
                    # "Max Lucado Trump doesn't pass" (a colon lost): only a first name grows a name leftwards.
                    and _gender_detector().get_gender(words[s - 1]) != "unknown"
                ):
                    s -= 1
                if (
                    s == k
                    and len(key) == 1
                    and not title_case
                    and e < len(words)
                    and self._headline_name_word(words[e])
                    and e - 1 not in breaks
                    and low[e] not in others
                ):
                    e += 1
                if e - s > len(key) and not self._name_taken([norm(w) for w in words[s:e]], i):
                    self.keys[i] = [norm(w) for w in words[s:e]]
                    self.people[i].name = " ".join(words[s:e])
                break

    def _grow_from_name_lines(self) -> None:
        """A person the body calls by surname only takes the full name a line of its own gives: a book list's
        author line ("Brown Girl Dreaming" / "Jacqueline Woodson" / "... Woodson won the award"), a profile's
        name heading. The line is a subhead the layout stage set aside (``noise``), two or three name-shaped words
        (``_headline_name_word``) of which the first is a first name in gender-guesser's table and the last the
        person's surname; a surname two such lines give is left alone (two people of one family). Names change,
        never offsets: the line stays noise and gives no mention."""
        lines: dict[str, list[list[str]]] = {}
        for n in self.ex.noise:
            words = n.text.split()
            if n.why != "subhead" or not 2 <= len(words) <= 3 or not all(map(self._headline_name_word, words)):
                continue
            if _gender_detector().get_gender(words[0]) != "unknown":
                lines.setdefault(norm(words[-1]), []).append(words)
        for i, key in enumerate(self.keys):
            found = lines.get(key[0]) if len(key) == 1 and self.people[i].kind == "person" else None
            if found is None or len({tuple(w) for w in found}) != 1:
                continue
            full = [norm(w) for w in found[0]]
            if not self._name_taken(full, i):
                self.keys[i] = full
                self.people[i].name = " ".join(found[0])

    @staticmethod
    def _first_name_in_title_case(word: str, name_words: int) -> bool:
        """Whether a title-case headline's ``word`` before a known name can be that name's first name. There
        every word is capitalised ("Release Anti Donald Trump Album"), so only a one-word name grows, and only
        by a first name in gender-guesser's table (never a verb, an adverb or "Anti")."""
        return (
            name_words == 1
            and not norm(word).endswith(_VERB_OR_ADVERB_ENDINGS)
            and _gender_detector().get_gender(word) != "unknown"
        )

    def _headline_name_word(self, word: str) -> bool:
        low = norm(word)
        return (
            word[:1].isupper()
            and word.replace("-", "").isalpha()
            and low not in _NOT_NAMES
            and low not in self.body_lower
            and low not in HONORIFICS
            and low not in ROLE_NOUNS
            and low not in ORG_WORDS
        )

    def _name_taken(self, key: list[str], pid: int) -> bool:
        """Whether another person already goes by a name containing ``key``'s words (keep people apart)."""
        return any(j != pid and (_contains(other, key) or _contains(key, other)) for j, other in enumerate(self.keys))

    def _primary_among(self, ids: set[int], pos: int) -> int | None:
        """Of several people sharing a surname, who goes by it alone at ``pos``: the one the article last
        called by it alone; before anyone was, the one whose full name it wrote last as the subject of a
        main clause (a writer names the relative they turn to: "His son, Michael Kane, runs it. 'It was
        hard,' Kane said."); else the one the article introduced first ("she and her husband, Barack
        Obama, support him" names the husband in passing: a later "Obama" is still her)."""
        latest = self._latest_mention_among(ids, pos, 1)
        if latest is None:
            latest = self._latest_mention_among(ids, pos, 2, as_subject=True)
        if latest is not None:
            return latest
        firsts = {i: min((m.start for m in self.people[i].mentions), default=10**12) for i in ids}
        firsts = {i: f for i, f in firsts.items() if f < pos}
        return min(firsts, key=firsts.get) if firsts else None

    def _latest_mention_among(self, ids: set[int], pos: int, words: int, as_subject: bool = False) -> int | None:
        """Of people ``ids``, the one with the latest name mention before ``pos`` of one word (``words`` 1)
        or of two words or more (``words`` 2), or None; ``as_subject``: only mentions that are the subject
        of a main clause count."""
        best, best_pos = None, -1
        for i in ids:
            for m in self.people[i].mentions:
                n = len(m.text.split())
                if m.kind == "name" and best_pos < m.start < pos and (n == 1 if words == 1 else n > 1):
                    if as_subject and not self._subject_mention(m.start):
                        continue
                    best, best_pos = i, m.start
        return best

    def _subject_mention(self, start: int) -> bool:
        tok = self.index.token_at(start)
        return tok is not None and _main_subject(tok)

    def _recent_among(self, ids: set[int], pos: int) -> int | None:
        best, best_pos = None, -1
        for i in ids:
            for m in self.people[i].mentions:
                if m.start < pos and m.start > best_pos:
                    best, best_pos = i, m.start
        return best

    def _complete_titled_surnames(self) -> None:
        """ "Ms. Kelly" or "Bublik" alone: the first name from the one "Megyn Kelly" / "Alexander Bublik"
        elsewhere in the text, if there is exactly one (one pass over the text builds the index). A name written as
        a pronoun's relative ("his wife, Didi Ray", ``_RELATIVE_BEFORE``) is a namesake, never the fuller form of
        "Mr. Ray": a family shares the surname, so that first name is another person's."""
        firsts_of: dict[str, set[str]] = {}
        for m in _FIRST_AND_LAST.finditer(self.text):
            first = m.group(1)
            low = norm(first)
            if (
                low in _NOT_NAMES
                or low in HONORIFICS
                or low in ROLE_NOUNS
                or low in ORG_WORDS
                or low in self.body_lower
                or self._inside_longer_name(m.start(), first)
                or self._names_a_thing(m.start(2), first)
                or self._organisation_head(m.group(2))
                or self._opens_organisation(m.start(1))
                or self._opening_adverb(self.index.token_at(m.start(1)))
                or demonym_plural(m.group(2))  # "African Americans": a people, no first name and surname
                or self._named_as_relative(m.start())
            ):
                continue
            firsts_of.setdefault(m.group(2), set()).add(first)
        self.first_names_of = firsts_of
        three_word, double_surnames = self._three_word_names()
        for surname, given in three_word.items():
            if surname not in firsts_of:
                firsts_of[surname] = given
        for i, p in enumerate(self.people):
            if len(self.keys[i]) != 1 or not p.name:
                continue
            surname = p.name
            full = double_surnames.get(surname, set())
            if len(full) == 1 and not p.title:
                # "Salinas" after "Guadalupe Salinas Hernández": the first of a double surname is the short form.
                (name,) = full
                key = [norm(w) for w in name.split()]
                if not self._name_taken(key, i) and not any(k == [key[-1]] for k in self.keys):
                    p.name, self.keys[i] = name, key
                    continue
            firsts = firsts_of.get(surname, set())
            if len(firsts) != 1:
                continue
            first = next(iter(firsts))
            key = [norm(w) for w in first.split()] + [norm(surname)]
            if p.title:
                if not any(k == key for k in self.keys):
                    p.name = f"{first} {surname}"
                    self.keys[i] = key
            elif not self._name_taken(key, i) and not {norm(w) for w in first.split()} & {
                w for k in self.keys for w in k
            }:
                # Untitled: only when the first name is nobody else's name word ("Kelly Ripa" vs "Kelly").
                p.name = f"{first} {surname}"
                self.keys[i] = key

    def _three_word_names(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """(surname -> the two given names written before it in a run of exactly three capitalised words
        ("Prem Singh Chandumajra", "Sarah Jessica Parker"), so that the surname alone ("Chandumajra said")
        takes the full name as ``_complete_titled_surnames`` does for "Alexander Bublik"; first surname -> the
        full name, for a middle word that is no given name in gender-guesser's table: a Spanish or Portuguese
        double surname, whose first (paternal) surname alone is the short form, "Guadalupe Salinas Hernández"
        then "Salinas" (AP Stylebook, "Spanish and Portuguese names")).

        News style names a person in full on first reference and by surname after (AP Stylebook, "names");
        the first word must be a first name in gender-guesser's table, no word a title, role, body's word or a
        word the article writes in lower case, and no capitalised word may come right before ("Chief Minister
        Uddhav Thackeray" is a title and a two-word name)."""
        found: dict[str, set[str]] = {}
        doubles: dict[str, set[str]] = {}
        for m in _FIRST_MIDDLE_LAST.finditer(self.text):
            first, middle, last = m.group(1), m.group(2), m.group(3)
            lows = [norm(first), norm(middle), norm(last)]
            if any(w in _NOT_NAMES or w in HONORIFICS or w in ROLE_NOUNS or w in ORG_WORDS for w in lows):
                continue
            if lows[0] in self.body_lower or lows[1] in self.body_lower or lows[2] in NAME_SUFFIXES:
                continue
            if _gender_detector().get_gender(first) == "unknown" or self._inside_longer_name(m.start(), first):
                continue
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            if before is not None and norm(before.group(1)) not in SENTENCE_OPENERS:
                continue  # "Chief Minister Uddhav Thackeray", "Gen. James Amos": a longer run
            tok = self.index.token_at(m.start(3))
            if tok is not None and tok.ent_type_ in ("GPE", "LOC", "DATE", "NORP", "FAC"):
                continue
            found.setdefault(last, set()).add(f"{first} {middle}")
            if _gender_detector().get_gender(middle) == "unknown":
                doubles.setdefault(middle, set()).add(f"{first} {middle} {last}")
        return found, doubles

    def _organisation_head(self, word: str) -> bool:
        """Whether ``word`` heads organisations' names here: an organisation word ("Foundation", "News") the
        tagger put inside other entities more often than inside persons. "Clinton Foundation" gives no first
        name to "Foundation", so "The Trump Foundation said" is never a person "Clinton Foundation"; "Liam
        Fox", tagged a person, still gives one."""
        if norm(word) not in ORG_WORDS:
            return False
        if self._entity_votes is None:
            tokens = (self.doc[i] for i in _indices_of_words(self.doc, ORG_WORDS))
            self._entity_votes = Counter((t.text, t.ent_type_ == "PERSON") for t in tokens if t.ent_type_)
        return self._entity_votes[(word, False)] > self._entity_votes[(word, True)]

    def _inside_longer_name(self, pos: int, first: str) -> bool:
        """Whether the capitalised word ``first`` at ``pos`` continues a longer name: inside an entity the tagger
        found that is no person ("New York Times", "York" inside it), or after a capitalised word when it is no
        first name in gender-guesser's table. A first name ("Investor Advocate Rick Fleming"), a title
        ("President Joe"), a possessive ("United's Marcus") or a word that opens sentences ("But Joe") before
        it leaves it one."""
        tok = self.index.token_at(pos)
        if tok is not None and tok.ent_iob_ == "I" and tok.ent_type_ not in ("", "PERSON"):
            return True
        before = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
        if before is None or _gender_detector().get_gender(first) != "unknown":
            return False
        word = before.group(1)
        low = norm(word)
        possessive = word.endswith(("'s", "\u2019s"))
        return not (low in HONORIFICS or low in ROLE_NOUNS or low in SENTENCE_OPENERS or possessive)

    def _names_a_thing(self, pos: int, first: str) -> bool:
        """Whether the pair whose second word starts at ``pos`` modifies a common noun after it and its first
        word is no first name ("its annual Camp Strava event"): the name of an event, a product or a place,
        so "Camp" is no first name of "Strava". A first name keeps the pair ("the Joe Biden campaign")."""
        tok = self.index.token_at(pos)
        if tok is None or tok.dep_ != "compound" or tok.head.i <= tok.i or tok.head.pos_ != "NOUN":
            return False
        return _gender_detector().get_gender(first) == "unknown"

    def match(self, key: list[str], pos: int, surname_only: bool = False, gender: str | None = None) -> int | None:
        """The person whose name contains key as a run of words (or is contained in it); ``gender`` (from a
        courtesy title, "Mrs Smith") sets apart relatives whose first names tell the other gender."""
        cands = []
        for i in self.keys.sharing_a_word(key):
            other = self.keys[i]
            if (_contains(other, key) or _contains(key, other)) and not _parent_and_child(key, other):
                cands.append(i)
        if not cands:
            cands = self._joined_without_accents(key)
        if not cands:
            cands = self._joined_over_initials(key) or self._joined_over_middle_name(key)
        if not cands and len(key) == 1:
            # "Assad" after "Bashar al-Assad": news writes an Arabic surname with or without its article.
            cands = [
                i for i in self.keys.sharing_a_word(key) if _ARABIC_ARTICLE.sub("", _surname(self.keys[i])) == key[0]
            ]
        if gender is not None and cands:
            fitting = [i for i in cands if self.own_gender(i) in (None, gender)]
            if not fitting and surname_only and len(key) == 1:
                return None  # "Mrs Howard" beside "Michael Howard" / "Mr Howard": his wife, someone else
            cands = fitting or cands
        if surname_only and len(key) == 1:
            # After "Ms."/"Mr." a lone word is a surname: never someone's first name; unless no name ends with it
            # and one opens with it (``_surname_first``: "Mr Ng" of "Ng Yat Chung").
            cands = [i for i in cands if _surname(self.keys[i]) == key[0]] or self._surname_first(cands, key[0])
        if gender is not None and len(key) == 1 and len(cands) > 1:
            # "Mrs Fenwick" beside "Julia Fenwick" and "Robin Fenwick" (a first name of either gender): the one
            # whose own name says so.
            cands = [i for i in cands if self.own_gender(i) == gender] or cands
        if not cands:
            cands = self._spelling_variants(key)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        exact = [i for i in cands if self.keys[i] == key]
        if exact:
            return exact[0]
        if len(key) == 1:
            # A lone word is a surname before it is a first name ("Ms. Kelly" is Megyn Kelly, not Kelly Ripa).
            surname = [i for i in cands if _surname(self.keys[i]) == key[0]]
            if surname:
                cands = surname
            found = self._primary_among(set(cands), pos)
            if found is not None:
                return found
        return self._recent_among(set(cands), pos) or cands[0]

    def _surname_first(self, cands: list[int], word: str) -> list[int]:
        """Of people ``cands``, the one whose full name opens with ``word`` that a courtesy title put before it
        ("Mr Ng", "Mr. Lee") when none ends with it: a name written surname first, as Chinese, Korean and
        Vietnamese names are ("Ng Yat Chung", "Lee Hsien Loong"), whose courtesy form is the title and that first
        word. Only when the text writes the word after no first name ("Megyn Kelly" makes "Ms. Kelly" no Kelly
        Ripa, ``_written_as_surname``), the name's last word is never used alone as someone's name (then it is
        the surname: "Lee Smith", "Smith said"), and exactly one such person exists; else none."""
        if any(k[-1] == word for k in self.keys) or self._written_as_surname(word):
            return []
        found = [i for i in cands if len(self.keys[i]) > 1 and self.keys[i][0] == word]
        if len(found) != 1 or self._used_alone(self.keys[found[0]][-1]):
            return []
        return found

    def _written_as_surname(self, word: str) -> bool:
        """Whether the text anywhere writes the name word ``word`` (normalised) after a capitalised word that is no
        title and opens no sentence ("Megyn Kelly", even inside a show's title "Megyn Kelly Today"): a first name
        before it, so it is someone's surname."""
        for m in re.finditer(rf"\b([A-Z][\w'\u2019-]*)\.?\s+{re.escape(word)}\b", self.text, re.IGNORECASE):
            before = norm(m.group(1))
            if m.group(1)[:1].isupper() and before not in HONORIFICS and before not in SENTENCE_OPENERS:
                return True
        return False

    def _used_alone(self, word: str) -> bool:
        """Whether the name word ``word`` (normalised) stands alone as a capitalised word outside a longer run of
        capitalised words somewhere in the text ("Smith said", "Mr. Smith")."""
        for m in re.finditer(rf"\b{re.escape(word)}\b", self.text, re.IGNORECASE):
            tok = self.index.token_at(m.start())
            if tok is None or not tok.text[:1].isupper():
                continue
            prev = tok.nbor(-1) if tok.i > 0 else None
            nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
            if prev is not None and norm(prev.text) in HONORIFICS:
                prev = None  # "Mr. Smith": the surname alone after a courtesy title
            if not any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (prev, nxt)):
                return True
        return False

    def _named_as_relative(self, pos: int) -> bool:
        """Whether the name at ``pos`` follows "his wife", "her son" or the like (``_RELATIVE_BEFORE``)."""
        return _RELATIVE_BEFORE.search(self.text, max(0, pos - 60), pos) is not None

    def _joined_without_accents(self, key: list[str]) -> list[int]:
        """The people whose name contains ``key``, or is contained in it, once accents are dropped from both
        ("Lopez Obrador" in "Andrés Manuel López Obrador"; ``_folded``): news drops accents inconsistently."""
        folded = [_folded(w) for w in key]
        found = []
        for i in self.keys.sharing_a_word(folded):
            other = [_folded(w) for w in self.keys[i]]
            joined = _contains(other, folded) or _contains(folded, other)
            if (other != self.keys[i] or folded != key) and joined and not _parent_and_child(folded, other):
                found.append(i)
        return found

    def _joined_over_initials(self, key: list[str]) -> list[int]:
        """The one person whose full name is ``key`` with or without middle initials
        ("Donald J. Trump" / "Donald Trump"); nobody when two people fit ("John A. Smith", "John B. Smith")."""
        if len(key) < 2:
            return []
        bare = without_middle_initials(key)
        fits = [
            i
            for i in self.keys.sharing_a_word(key)
            if self.keys[i] != key
            and without_middle_initials(self.keys[i]) == bare
            and not (middle_initials(key) and middle_initials(self.keys[i]))  # "John A." is never "John B."
        ]
        return fits if len(fits) == 1 else []

    def _joined_over_middle_name(self, key: list[str]) -> list[int]:
        """The one person whose full name is ``key`` with or without one middle name ("Te Kaurinui Robert Parata" /
        "Te Kaurinui Parata", "Hillary Rodham Clinton" / "Hillary Clinton"): same first and last words, one word
        more or less in between (trial10 M1); nobody when two people fit."""
        if len(key) < 2:
            return []
        fits = []
        for i in self.keys.sharing_a_word(key):
            other = self.keys[i]
            shorter, longer = sorted((key, other), key=len)
            if (
                len(longer) == len(shorter) + 1
                and shorter[0] == longer[0]
                and shorter[-1] == longer[-1]
                and any(longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer) - 1))
            ):
                fits.append(i)
        return fits if len(fits) == 1 else []

    def own_gender(self, i: int) -> str | None:
        """ "female"/"male" from person ``i``'s own name as first written: a first name given (almost) only to one
        gender (``first_name_gender``) or a gendered courtesy title ("Mrs", "Mr"); None when neither tells.
        Never from a pronoun, which may have been resolved to the wrong person."""
        p = self.people[i]
        by_title = _title_gender(p.title) if p.title and norm(p.title.split()[-1]) in _COURTESY else None
        return first_name_gender(p.name) or by_title

    def _spelling_variants(self, key: list[str]) -> list[int]:
        """People whose name is ``key`` spelt another way ("Zelensky"/"Zelenskyy", "Volodymyr Zelenskiy").

        A lone surname only when it swaps two neighbouring letters of one full name's surname or writes one of
        its vowels as another ("Hauser" after "Trevor Houser"): a typing slip (``_swapped_pair``,
        ``_vowel_slip``); otherwise full names only (a lone "Johnston" is not "Johnson"), same number of words,
        same initials, every word at least ``SPELLING_SIMILARITY`` similar (rapidfuzz's normalised Indel
        ratio), surname at least 5 letters: "Kirk Douglas" and "Michael Douglas" stay two people.
        """
        found = []
        if len(key) == 1 and len(key[0]) >= 6:
            # A lone surname with two neighbouring letters swapped ("Mikkleson" after "David Mikkelson") is a
            # typing slip: such pairs are not distinct names the way "Johnston" and "Johnson" are.
            word = key[0]
            swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, len(word) - 1)}
            swaps |= {word[:k] + v + word[k + 1 :] for k in range(1, len(word)) if word[k] in _VOWELS for v in _VOWELS}
            swaps -= {word}
            slips = {  # by the word index, not a scan of every person (issue 9)
                i
                for i in self.keys.sharing_a_word(sorted(swaps))
                if len(self.keys[i]) > 1
                and (_swapped_pair(word, self.keys[i][-1]) or _vowel_slip(word, self.keys[i][-1]))
            }
            slips |= {i for i in self.keys.same_skeleton(word) if _transliterated(word, self.keys[i][-1])}
            return sorted(slips) if len(slips) == 1 else []
        if len(key) == 1 and len(key[0]) >= 3:
            # "Limon" after "Ada Limón": the same surname with or without its accents, however short.
            folded = {i for i in self.keys.same_skeleton(key[0]) if _folded(key[0]) == _folded(self.keys[i][-1])}
            return sorted(folded) if len(folded) == 1 else []
        if len(key) < 2 or len(key[-1]) < 5:
            return found
        for i in self.keys.same_initials(key):
            other = self.keys[i]
            if len(other) != len(key) or key == other:
                continue
            if all(
                a[:1] == b[:1] and (fuzz.ratio(a, b) >= SPELLING_SIMILARITY or _transliterated(a, b))
                for a, b in zip(key, other, strict=True)
            ):
                found.append(i)
        return found

    def misspelt_surname(self, word: str) -> Person | None:
        """The one person whose surname lone ``word`` misspells (``_spelling_variants``: "Hauser" after "Trevor
        Houser"), or None."""
        found = self._spelling_variants([norm(word)])
        return self.people[found[0]] if len(found) == 1 else None

    def _add_mention(self, pid: int, start: int, end: int, kind: str) -> None:
        p = self.people[pid]
        seen = self._mention_keys.get(pid)
        if seen is None:  # made once per person: a setdefault would build the set at every call (quadratic)
            seen = self._mention_keys[pid] = {(m.start, m.end) for m in p.mentions}
        if (start, end) in seen:
            return
        seen.add((start, end))
        p.mentions.append(Mention(start, end, self.ex.article.text[start:end], kind))

    # -- facts ------------------------------------------------------------
    def facts(self) -> None:
        """Set each person's gender (how the article refers to them, with evidence), age, title,
        descriptors and relations from the text around their mentions."""
        doc, text = self.doc, self.text
        for i, p in enumerate(self.people):
            total: Counter[str] = Counter()
            evidence: dict[str, str] = {}
            marks = self.gender_marks.setdefault(i, [])
            for m in [m for m in p.mentions if m.kind == "name" and not self._in_quote(m.start)]:
                toks = self.index.tokens_in(m.start, m.end)
                if not toks:
                    continue
                first = toks[0]
                votes: Counter[str] = Counter()  # this mention's: marks at its offset, then added to ``total``
                # "X, 34," -> age
                age = _AGE_AFTER.match(text, m.end)
                if age and p.age is None and 0 < int(age.group(1)) < 120:
                    p.age = int(age.group(1))
                # Role nouns just before the name: "her 41-year-old husband John Legend", "model Chrissy Teigen"
                j = first.i - 1
                pre: list[Any] = []
                while (
                    j >= 0
                    and (doc[j].pos_ in ("NOUN", "ADJ", "NUM", "PUNCT", "PROPN") or self._role_word(doc[j], first))
                    and doc[j].text not in (",", ".", ":", ";", "\u201c", "\u201d", '"')
                    and first.i - j <= 6
                    and not doc[j].is_sent_start
                    or (
                        j >= 0
                        and doc[j].is_sent_start
                        and (doc[j].pos_ in _OPENING_POS or self._capitalised_role(doc[j]) or _affiliated(doc[j]))
                    )
                ):
                    if (doc[j].ent_type_ == "PERSON" and not self._capitalised_role(doc[j])) or doc[j].is_space:
                        break  # another name's word ends the description; "Striker" tagged with the name does not
                    pre.insert(0, doc[j])
                    j -= 1
                    if j >= 0 and doc[j + 1].is_sent_start:
                        break
                pre = [
                    t
                    for t in pre
                    if not (
                        t.pos_ == "PROPN"
                        and t.text.lower() not in RELATION_WORDS
                        and not (self._capitalised_role(t) or _affiliated(t))
                    )
                ]
                if pre and self._describes_name(pre[-1], toks):
                    self._describe(p, pre, j, votes, evidence, m)
                self._described_around(p, m, votes, evidence)
                self._role_without_article(p, m)
                marks.extend((m.start, g, n, False) for g, n in votes.items() if n)
                written = self._title_before(first.i)  # the title at this mention (``p.title`` is the first one)
                if written and _title_gender(written):
                    marks.append((m.start, _title_gender(written), 3, norm(written.split()[-1]) in _COURTESY))
                if p.title:
                    self._gender_from_words(p.title, votes, evidence, f"title '{p.title}'")
                total.update(votes)
            self._pronoun_votes(i, total, evidence)
            marks.sort()
            self._settle_gender(p, total, evidence)

    def _described_around(self, p: Person, m: Mention, votes: Counter[str], evidence: dict[str, str]) -> None:
        """Descriptors and gender votes from the words set off around name mention ``m``: an apposition before it,
        one after it and a copula after it (``facts``)."""
        text = self.text
        # Apposition before the name: "said a spokeswoman, Carla Menendez",
        # "the airline's chief executive, Omar Haddad"
        # "Acme's chief executive, Omar Haddad", "the chief executive of Acme, Omar Haddad": the role's head is the
        # word before the body it serves.
        before = _APPOSITION_BEFORE.search(text, max(0, m.start - 80), m.start)
        role = _ROLE_OF_BODY.sub("", before.group(1)).split() if before else []
        if role and norm(role[-1]) in _TITLE_OR_ROLE | PEER_WORDS:
            self.add_descriptor(p, before.group(1))
            self._gender_from_words(before.group(1), votes, evidence, f"'{before.group(0).strip()}' before '{m.text}'")
        # Apposition: "X, a model, ..." / "X, the singer,"; an age may stand between ("Kiran Patel, 56, a nurse")
        app = re.match(
            r"(?:,\s*\d{1,3})?,\s+((?:a|an|the)\s+[^,.;:\u201c\u201d\"]{2,60}?)(?:,|\.|;| who | whose )",
            text[m.end : m.end + 96],
        )
        if app:
            phrase = app.group(1)
            self.add_descriptor(p, re.sub(r"^(?:a|an|the)\s+", "", phrase, flags=re.I))
            self._gender_from_words(phrase, votes, evidence, f"'{phrase}' next to '{m.text}'")
        # Copula: "X is a model"
        cop = re.match(
            _WHO_OPTIONAL + r"\s+(?:is|was)\s+(?:a|an)\s+([a-z][a-z -]{2,40}?)(?:[,.;]| who| and| with| from| in| at)",
            text[m.end : m.end + 60],
        )
        if cop:
            self.add_descriptor(p, cop.group(1).strip())
            self._gender_from_words(cop.group(1), votes, evidence, f"'{m.text} is a {cop.group(1)}'")

    def _settle_gender(self, p: Person, votes: Counter[str], evidence: dict[str, str]) -> None:
        """Set ``p.gender`` from a courtesy title ("Mr. Trump", "Ms. Harth": the article's own word settles it,
        whatever pronouns nearby, which may be someone else's, suggest), else from a clear majority of votes."""
        courtesy = self._courtesy_gender(p)
        if courtesy is not None:
            p.gender, p.gender_evidence = courtesy
        elif votes:
            gender, n = votes.most_common(1)[0]
            if n > 0 and (len(votes) == 1 or n > 2 * sum(v for g, v in votes.items() if g != gender)):
                p.gender = gender
                p.gender_evidence = evidence.get(gender)

    def _courtesy_gender(self, p: Person) -> tuple[str, str] | None:
        """(gender, evidence) from the courtesy titles written before the person's name mentions ("Mr.",
        "Mrs", "Ms"), when they all agree; None when there is none."""
        found: dict[str, str] = {}
        for m in p.mentions:
            if m.kind != "name":
                continue
            before = re.search(r"\b([A-Z][a-z]{1,3})\.?\s+$", self.text[max(0, m.start - 6) : m.start])
            gender = _title_gender(before.group(1)) if before else None
            if gender is not None and before.group(1).lower() in _COURTESY:
                found.setdefault(gender, f"'{before.group(0).strip()} {m.text}'")
        return next(iter(found.items())) if len(found) == 1 else None

    def _describes_name(self, before: Any, name: list[Any]) -> bool:
        """Whether ``before``, the word right before the name tokens ``name``, is part of a description of that
        person. A role noun or a party word is, whatever the parse says ("architect Omar Roe" read as a verb and
        its object); any other word must be tied to the name by the parse (``_tied_to_name``)."""
        # "Striker Rob Marr, 36, scored": a role noun capitalised as the first word of a sentence, right before a name.
        opening_role = before.is_sent_start and before.i + 1 == name[0].i and self._capitalised_role(before)
        return self._role_word(before, name[0]) or opening_role or _affiliated(before) or _tied_to_name(before, name)

    def _describe(
        self, p: Person, pre: list[Any], j: int, votes: Counter[str], evidence: dict[str, str], m: Mention
    ) -> None:
        words = [t.text for t in pre]
        phrase = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        ya = YEAR_OLD.search(phrase)
        if ya and p.age is None:
            p.age = int(ya.group(1))
        if ya:
            self.add_descriptor(p, f"{ya.group(1)}-year-old")
        nouns = [
            t.text.lower()
            for t in pre
            if t.pos_ == "NOUN"
            or t.text.lower() in RELATION_WORDS
            or self._capitalised_role(t)
            or self._role_word(t, m)
        ]
        if not nouns and any(_affiliated(t) for t in pre):
            # "Democrat Lena Marsh", "Democratic Gov. Lena Marsh": the party or people describes the person.
            self.add_descriptor(p, " ".join(t.text for t in pre if _affiliated(t)))
        if nouns:
            noun_phrase = " ".join(
                _with_glued_number(t).lower()
                for t in pre[self._body_before_role(pre) :]
                if (t.pos_ in ("NOUN", "ADJ", "PROPN") or self._role_word(t, m))
                and not re.search(r"\d|year|old", t.text.lower())
            )
            self.add_descriptor(p, noun_phrase or nouns[-1])
            self._gender_from_words(" ".join(nouns), votes, evidence, f"'{phrase} {m.text}'")
            owner = self.doc[j] if j >= 0 else None
            rel = next((RELATION_WORDS[n] for n in reversed(nouns) if n in RELATION_WORDS), None)
            if rel and owner is not None and owner.text.lower() in ("her", "his", "their"):
                target = self.resolve_pronoun(owner.idx, PRONOUNS[owner.text.lower()], exclude=self.people.index(p))
                if target is not None and (rel, target.name or "") not in p.relations:
                    p.relations.append((rel, target.name or ""))

    def _body_before_role(self, pre: list[Any]) -> int:
        """How many words at the start of ``pre`` (the words before a name) name the body a role is held at, not
        the role: "Snopes fact checker David Emery" is a fact checker (at Snopes), described by the role alone.
        Capitalised nouns the article never writes in lower case (a name, not "Police" opening a sentence) and
        that are no role, party, nationality or place, before a lower-case noun ("Former" is kept: no noun); 0
        when there are none."""
        n = 0
        while n < len(pre) and pre[n].text[:1].isupper() and pre[n].pos_ in ("NOUN", "PROPN") and pre[n].is_alpha:
            if self._capitalised_role(pre[n]):
                return 0
            low = pre[n].text.lower()
            if _affiliated(pre[n]) or pre[n].ent_type_ in ("GPE", "LOC", "NORP") or low in self.body_lower:
                return 0
            if norm(low) in ROLE_NOUNS:
                return 0
            n += 1
        rest = pre[n:]
        lower = rest and all(t.text[:1].islower() for t in rest) and rest[-1].pos_ == "NOUN"
        return n if lower else 0

    def _role_without_article(self, p: Person, m: Mention) -> None:
        """A role given right after a name without "a" or "an": an apposition ("Lena Marsh, mayor of Dunmore,") or
        a copula with "the" ("Omar Bellweather was the architect of the library"), a verb of becoming or appointment
        ("Omar Haddad became chief executive of the airline", ``_BECAME_ROLE``), or a verb of leaving one ("John
        Hart resigned as health minister", ``_LEFT_ROLE``: a former office). Only a phrase whose head, the
        word before any "of"/"for"/"at", is a role noun or an office counts ("Smith, however," gives nothing)."""
        after = self.text[m.end : m.end + 90]
        left = _LEFT_ROLE.match(after)
        found = _BARE_APPOSITION.match(after) or _DEFINITE_COPULA.match(after) or _BECAME_ROLE.match(after) or left
        if found is None:
            return
        phrase = found.group(1).strip()
        start = m.end + found.start(1)
        if self.person_at(start, start + len(phrase)) is not None:
            return  # "Tom Nides, ambassador for women's issues Melanie Verveer": a list of people, not a role
        head = re.split(r"\s+(?:of|for|at|to|in|with|on)\s+", phrase)[0].split()
        # A noun phrase, not a clause: "dressed like a judge" describes clothes, not a role.
        clause = any(re.search(r"(?:ed|ing|ly)$", w) and norm(w) not in _ROLE_HEADS for w in head)
        if head and len(head) <= 4 and not clause and norm(head[-1]) in _ROLE_HEADS:
            # "John Hart resigned as health minister": an office left is a past one ("the former minister").
            self.add_descriptor(p, f"former {phrase}" if found is left else phrase)

    def _role_word(self, tok: Any, name: Any) -> bool:
        """Whether ``tok`` is a lower-case role noun right before the name starting at ``name`` (a token or a
        mention), whatever its tag: in "the residence that architect Jan Roe designed" the tagger reads
        "architect" as a verb, yet it is Jan Roe's profession."""
        start = name.idx if hasattr(name, "idx") else name.start
        after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return after is not None and after.idx == start and tok.text in ROLE_NOUNS

    def add_descriptor(self, p: Person, phrase: str, guessed: bool = False, at: int | None = None) -> None:
        """Add ``phrase`` to ``p.descriptors`` unless it is empty, already there or over 60 characters.

        Resolution reads every descriptor; only those that describe the person are published
        (``published_descriptors``): not a ``guessed`` one (a description tied to ``p`` by salience alone) nor,
        for a person, a phrase that is no description of a person (``describes_a_person``). ``at``: the start of
        the mention a guess came from, the one description the guess may tie (``tying_descriptors``)."""
        phrase = phrase.strip().strip(",")
        if phrase and phrase.lower() not in [d.lower() for d in p.descriptors] and len(phrase) < 60:
            p.descriptors.append(phrase)
            if guessed or (p.kind == "person" and not describes_a_person(phrase)):
                self.unpublished.add((id(p), phrase))
            if guessed:
                self.guessed[(id(p), phrase)] = -1 if at is None else at

    def published_descriptors(self, p: Person) -> list[str]:
        """``p``'s descriptors without those kept for resolution only (``add_descriptor``; trial6 H4: the store's
        people view showed "initiative", "Results of a consultation exercise", another person's office)."""
        return [d for d in p.descriptors if (id(p), d) not in self.unpublished]

    def tying_descriptors(self, p: Person, at: int | None = None) -> list[str]:
        """``p``'s descriptors that can tie a later description to ``p``: all but the guesses (``add_descriptor``).
        A description given to someone by salience alone is no evidence that it is theirs: "the Palestinian
        leader" guessed as the Israeli prime minister named before must not make a later "the Palestinian leader"
        his too, where the sentence before speaks of the Palestinian leader by name (issue 11, kind 3). A guess
        still ties the description it came from, at offset ``at``."""
        return [d for d in p.descriptors if self.guessed.get((id(p), d), at) == at]

    def describes(self, p: Person, span: Span) -> bool:
        """Whether definite description ``span`` is tied to ``p`` by what the article said of them before (the
        age in "the 34-year-old", the head noun among their descriptors or title), not only by salience: a
        description resolved by salience alone among several people is a guess, whose words are no descriptor of
        that person when they hold another office (trial6 H4: "the Lib Dem leader" guessed as the home secretary,
        stored as his descriptor)."""
        low = span.text.lower()
        ya = YEAR_OLD.search(low)
        if ya and p.age is not None:
            return p.age == int(ya.group(1))
        words = re.findall(r"[a-z\-]+", low)
        head = words[-1] if words else ""
        if head and (head in self._role_words(p, span.start)):
            return True
        # The only person named before it: no other could be meant ("Chef Nora Ellis ... The 52-year-old chef").
        named = [i for i, o in enumerate(self.people) if o.kind == "person" and self._met_before(i, span.start)]
        return [self.people[i] for i in named] == [p]

    def describes_loosely(self, p: Person, span: Span) -> bool:
        """``describes``, or a guess by salience that stands: it is wrong when the person holds an office the
        description does not name ("Home Secretary Charles Clarke" is not "the Lib Dem leader"), else it may
        stand ("the cookbook author" for the model the article is about). Decides which descriptors are
        published."""
        return self.describes(p, span) or not any(w in OFFICE_TITLES for w in title_words(p.title or ""))

    def _gender_from_words(self, phrase: str, votes: Counter[str], evidence: dict[str, str], why: str) -> None:
        low = phrase.lower()
        words = set(re.findall(r"[a-z.\-]+", low))
        if words & FEMALE_WORDS or "first lady" in low:
            votes["female"] += 3
            evidence.setdefault("female", why)
        if words & MALE_WORDS:
            votes["male"] += 3
            evidence.setdefault("male", why)

    def _pronoun_votes(self, pid: int, votes: Counter[str], evidence: dict[str, str]) -> None:
        """Pronouns outside quotes vote for how the article refers to a person, where the text is unambiguous:

        * a possessive ("his", "her") after a subject name in the same sentence, no other name between (not
          one in the name's apposition: in "Ann Roe, his widow," "his" is someone else);
        * a subject pronoun after a subject name in the same sentence, no other name between;
        * a subject pronoun in the sentence after one that names exactly one person;
        * an intensive reflexive right after a name ("Scott himself").
        Object pronouns never vote for their own clause's subject (they refer to someone else).
        """
        if self._votes is None:
            self._votes = {}
            # Names in reported speech are the article's wording too: "Mook said Clinton meant she would" names
            # Clinton between Mook and "she", so "she" is no vote for Mook.
            names = [(s, e, i) for s, e, i in self.name_spans if not self.quoted_words.covers(s)]
            starts = [s for s, _, _ in names]

            def is_subject(start: int) -> bool:
                head = _name_head(self.index.token_at(start))
                return head is not None and head.dep_ in ("nsubj", "nsubjpass")

            for n in _indices_of_words(self.doc, _GENDERED_PRONOUNS):
                t = self.doc[n]
                low = t.text.lower()
                g = PRONOUNS.get(low)
                if g not in ("female", "male") or self.quoted_words.covers(t.idx):
                    continue
                possessive = t.dep_ == "poss" or low == "his"
                subject = low in ("he", "she")
                if low in ("himself", "herself") and self._vote_intensive(t, names, starts):
                    continue
                if not (possessive or subject):
                    continue
                if possessive and t.head.dep_ == "appos":
                    continue  # "Ann Roe, his widow, said": a possessive in the name's apposition is someone else
                k = bisect.bisect_left(starts, t.idx) - 1
                sent = t.sent
                in_sentence = [n for n in names[max(0, k - 6) : k + 1] if sent.start_char <= n[0] < t.idx]
                if in_sentence:
                    s, e, i = in_sentence[-1]
                    if first_name_gender(self.people[i].name) not in (None, g):
                        continue  # "Helen Marsh said that he would lose": "he" is someone else, never Helen
                    if is_subject(s) and len({n[2] for n in in_sentence[-1:]}) == 1:
                        self._votes.setdefault(i, []).append(
                            (g, f"'{t.text}' after '{self.text[s:e]}' in one sentence", 2 if possessive else 1, t.idx)
                        )
                    continue
                quote_before = self._quote_opens_in(sent.start_char, t.idx)
                if subject and sent.start > 0 and not quote_before:
                    prev = self.doc[sent.start - 1].sent
                    there = names[
                        bisect.bisect_left(starts, prev.start_char) : bisect.bisect_left(starts, prev.end_char)
                    ]
                    before = {n[2] for n in there}
                    # "Jack Stone's mom confirmed, "Q." She added": a name possessing a noun is not who the sentence
                    # is about (trial 12 F1 gave Jack Stone "female" and then the mother's words). "She skirted a
                    # question from moderator John Dickerson. She also ...": a he/she subject of the sentence before
                    # is whom the next one continues (centering), never a name it brought in as no subject.
                    if (
                        len(before) == 1
                        and not any(self._possessor(n[0]) for n in there)
                        and not (_pronoun_subject(prev) and not any(is_subject(n[0]) for n in there))
                    ):
                        i = before.pop()
                        other = _other_gender_before(t, self.quoted_words.covers)
                        if first_name_gender(self.people[i].name) not in (None, g) or other:
                            # "... went to the witness, Peter Lomax. She pressed him": no woman Peter; "Mary
                            # Ostrow spoke. She said that he would lose": "she" continues her, "he" is another.
                            continue
                        s, e, _ = there[0]
                        self._votes.setdefault(i, []).append(
                            (g, f"'{t.text}' after a sentence naming only '{self.text[s:e]}'", 1, t.idx)
                        )
        for g, why, weight, at in self._votes.get(pid, []):
            votes[g] += weight
            evidence.setdefault(g, why)
            self.gender_marks.setdefault(pid, []).append((at, g, weight, False))

    def _possessor(self, start: int) -> bool:
        """Whether the name at offset ``start`` possesses a noun ("Jack Stone's mom")."""
        head = _name_head(self.index.token_at(start))
        return head is not None and head.dep_ == "poss"

    def _vote_intensive(self, t: Any, names: list[tuple[int, int, int]], starts: list[int]) -> bool:
        """ "Scott himself, who was African-American, had seven children": an intensive reflexive right after a
        name is that person's own pronoun (a vote of weight 2, as a possessive). Whether it voted."""
        k = bisect.bisect_left(starts, t.idx) - 1
        if k < 0 or self.text[names[k][1] : t.idx].strip():
            return False
        g = PRONOUNS[t.text.lower()]
        self._votes.setdefault(names[k][2], []).append((g, f"'{self.text[names[k][0] : t.idx + len(t)]}'", 2, t.idx))
        return True

    def descriptions(self) -> None:
        """Definite descriptions as subjects ("The 34-year-old model took to...") tie facts to a person."""
        for i in _indices_of_words(self.doc, ROLE_NOUNS):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.text.lower() not in ROLE_NOUNS:
                continue
            if self._in_quote(tok.idx) or not any(c.dep_ == "det" and c.text.lower() == "the" for c in tok.children):
                continue
            if tok.text.lower() in ("couple", "pair", "duo"):
                continue
            s, e = noun_phrase(tok, tok.sent.start_char, tok.sent.end_char)
            span = Span.of(self.text, s, e)
            # "The chairman of the Bar Council, Guy Mansfield QC, has warned": the name set off after it.
            apposed = self._apposed_name(e)
            if apposed is None and self._speaks_for_named(tok, e):
                continue
            person = apposed or self.resolve_description(span)
            if person is None:
                continue
            self._add_mention(self.people.index(person), s, e, "description")
            self.note_described(person, s, span.text)
            guessed = apposed is None and not self.describes_loosely(person, span)  # a guess by salience
            ya = YEAR_OLD.search(span.text)
            if ya:
                person.age = person.age or int(ya.group(1))
                self.add_descriptor(person, f"{ya.group(1)}-year-old", guessed, at=s)
            desc = re.sub(r"^(?:the|her|his|their)\s+", "", span.text, flags=re.I)
            desc = YEAR_OLD.sub("", desc).strip(" -")
            if desc:
                self.add_descriptor(person, desc, guessed, at=s)

    def _speaks_for_named(self, tok: Any, end: int) -> bool:
        """Whether description head ``tok`` speaks for a person or an office its phrase (ending at ``end``) names
        after it: "the spokesman for the Prime Minister", "the lawyer of Mr Kell" (``SPEAKS_FOR_HEADS``). Its last
        word is then the one spoken for, so reading the phrase by that word would make the spokesman the minister;
        only a name the article gave that role (``person_with_role``) ties it."""
        rest = self.text[tok.idx + len(tok) : end]
        spoken_for = re.match(r"\s+(?:for|of|to)\s+(?:the\s+)?", rest)
        if tok.text.lower() not in SPEAKS_FOR_HEADS or spoken_for is None or not rest.split():
            return False
        # Only a person or an office ends the phrase: "the spokesman for the company" reads as a spokesman.
        at = tok.idx + len(tok) + spoken_for.end()
        return norm(rest.split()[-1]) in OFFICE_TITLES or self.person_at(at, end) is not None

    def referred_to_as_it(self, p: Person) -> bool:
        """Whether the article refers back to named ``p`` with "it", never with a gendered pronoun: a body, a
        firm or a paper, not a person ("Black Spider said it had stopped the sale"; trial13 F8). Only for a
        name whose first word is no first name in gender-guesser's table (not even an androgynous one), with
        no courtesy title and no gender (a he/she would have given one). The "it" must be the subject of what
        the name's verb reports, with a verb that is no copula ("said it had stopped", not "said it was late":
        there "it" is often the matter, not the speaker), and the name must be the verb's one subject ("X and
        Y said it" is never one of them); or "Its" must open the next sentence ("Its sales fell")."""
        if p.kind != "person" or p.gender is not None or p.title or not p.name:
            return False
        if _gender_detector().get_gender(p.name.split()[0]) != "unknown":
            return False
        for m in p.mentions:
            if m.kind != "name" or self._in_quote(m.start):
                continue
            tok = self.index.token_at(m.end - 1)
            if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in tok.children):
                continue
            sent = tok.sent
            for t in sent[tok.i - sent.start + 1 :]:
                if t.lower_ == "it" and t.dep_ == "nsubj" and self._reporters_word(t.idx):
                    verb = t.head
                    # A copula is the verb or its auxiliary; a "be" in a clause under the verb is not ("said it
                    # believes there is no basis": the firm believes).
                    copula = verb.lemma_ == "be" or any(
                        c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in verb.children
                    )
                    if verb.dep_ == "ccomp" and verb.head == tok.head and not copula:
                        return True
            nxt = self.doc[sent.end] if sent.end < len(self.doc) else None
            if nxt is not None and nxt.text == "Its" and nxt.dep_ == "poss":
                return True
        return False

    def nothing_of_a_person(self, p: Person) -> bool:
        """Whether the table holds named ``p`` only as a capitalised name, with nothing the article said making it a
        person: no gender (no he/she, no courtesy title), no title, age or relation, no descriptor that describes a
        person, and a first word that is no first name in gender-guesser's table. "Delta Air Lines cancelled 40
        flights" is such a name, which may be the business "the airline" refers back to
        (``SpeakerResolver._names_of_no_person``)."""
        if p.kind != "person" or not p.name or p.gender is not None or p.title or p.age is not None or p.relations:
            return False
        if any((id(p), d) not in self.unpublished for d in p.descriptors):
            return False
        return _gender_detector().get_gender(p.name.split()[0]) == "unknown"

    def _reporters_word(self, pos: int) -> bool:
        """Whether offset ``pos`` is the reporter's wording: outside quoted words, or in a partial quotation before
        its first quotation mark ('Acme has said it believes there is "no legal basis"': the "it" is the
        article's, only "no legal basis" is the firm's)."""
        if not self.quoted_words.covers(pos):
            return True
        for q in self.ex.quotes:
            if q.kind == "partial" and q.start <= pos < q.end:
                mark = re.search(r"[\"\u201c\u2018]", q.text)
                return mark is not None and pos < q.start + mark.start()
        return False

    def _apposed_name(self, end: int) -> Person | None:
        """The person whose name follows a description ending at ``end`` after a comma ("The chairman of the
        Bar Council, Guy Mansfield QC") or right after it ("the historian Paul Greene", a title-like apposition
        the parser may split off): the description is that person's. None when no name follows."""
        comma = re.match(r"\s*,\s*|[ \t]+", self.text[end : end + 6])
        person = self.person_at(end + comma.end(), end + comma.end() + 1) if comma else None
        return person if person is not None and person.kind == "person" else None

    # -- resolution -------------------------------------------------------
    def salience(self, pid: int, before: int | None = None) -> float:
        """Mentions of person ``pid`` before offset ``before`` (all when None), plus 2 if named in the first
        300 characters."""
        every, _ = self.mention_starts(pid)
        n = len(every) if before is None else bisect.bisect_left(every, before)
        return n + (2 if n and every[0] < 300 else 0)

    def gender_before(self, pid: int, pos: int) -> str | None:
        """How the text refers to person ``pid`` ("female", "male") as far as it has shown before offset ``pos``:
        the courtesy titles written so far when they agree, else a clear majority of the gender marks so far
        (``facts``; the rule of ``_settle_gender``). A pronoun is read with what precedes it: a paragraph after it
        that calls someone "he" cannot change whom it refers to (issue 11, kind 5). None when nothing shows."""
        marks = [mark for mark in self.gender_marks.get(pid, []) if mark[0] < pos]
        courtesy = {g for _, g, _, titled in marks if titled}
        if len(courtesy) == 1:
            return courtesy.pop()
        votes: Counter[str] = Counter()
        for _, g, n, _ in marks:
            votes[g] += n
        if not votes:
            return None
        gender, n = votes.most_common(1)[0]
        return gender if n > 2 * sum(v for g, v in votes.items() if g != gender) else None

    def note_gender(self, person: Person, pos: int, gender: str) -> None:
        """Mark that a pronoun of ``gender`` at offset ``pos`` was resolved to ``person`` whose gender the text had
        not shown before it (a weak mark, weight 1, that later pronouns read)."""
        if person not in self.people:
            return
        pid = self.people.index(person)
        if self.gender_before(pid, pos) is None:  # as the pronoun once set ``Person.gender`` only when unknown
            bisect.insort(self.gender_marks.setdefault(pid, []), (pos, gender, 1, False))

    def note_described(self, person: Person, pos: int, phrase: str) -> None:
        """Mark the gender a description of ``person`` at offset ``pos`` shows by its head noun, the last word
        before any "of" ("the grade-school girl", "his widow", "the father of the victim"; ``FEMALE_WORDS``,
        ``MALE_WORDS``): a weak mark (``note_gender``) for the pronouns after it."""
        head = re.split(r"\s+of\s+", phrase.strip())[0].split()[-1:]
        word = norm(head[0]) if head else ""
        gender = "female" if word in FEMALE_WORDS else "male" if word in MALE_WORDS else None
        if gender is not None:
            self.note_gender(person, pos, gender)

    def resolve_pronoun(self, pos: int, gender: str, exclude: int | None = None) -> Person | None:
        """The person a pronoun of ``gender`` at offset ``pos`` most likely refers to (recency, salience,
        agreement, the latest subject; the person at index ``exclude`` left out), or None."""
        ranked = self.rank_pronoun(pos, gender, exclude)
        return ranked[0][1] if ranked else None

    def rank_pronoun(
        self, pos: int, gender: str, exclude: int | None = None, reported: bool = False
    ) -> list[tuple[float, Person]]:
        """The people a pronoun of ``gender`` at offset ``pos`` may refer to, best first, with their scores
        (``antecedents.AntecedentModel.score`` of their ``pronoun_candidates`` features; ``reported`` as there)."""
        model = active_antecedent_model()
        scored = [
            (model.score(f), n, self.people[i])
            for n, (i, f) in enumerate(self.pronoun_candidates(pos, gender, exclude, reported))
        ]
        return [(score, p) for score, _, p in sorted(scored, key=lambda c: (-c[0], c[1]))]

    def pronoun_candidates(
        self, pos: int, gender: str, exclude: int | None = None, reported: bool = False
    ) -> list[tuple[int, dict[str, float]]]:
        """(person index, features) of each person named before offset ``pos`` (outside quotations; with
        ``reported``, outside quotation marks only, so names in reported speech count) that a pronoun of
        ``gender`` may refer to (the person at index ``exclude`` left out); features as in
        ``antecedents.ANTECEDENT_FEATURES``. ``gender`` "unknown" (a description of no gender, "the lawyer")
        fits everyone, so subjecthood counts as for an agreeing pronoun; "any" fits no one in particular."""
        found: list[tuple[int, int, bool, dict[str, float]]] = []  # (person, last mention, main subject, features)
        pronoun = self.index.token_at(pos)
        for i, p in enumerate(self.people):
            if i == exclude or p.kind != "person" or gender == "plural":
                continue
            shown = self.gender_before(i, pos + 1)  # what the text showed up to the pronoun (its own vote too)
            if gender in ("female", "male") and shown not in (None, gender):
                continue
            # Unknown from the text: the first name's usual gender stands in (resolution only; never published).
            by_name = first_name_gender(p.name) if shown is None else None
            if gender in ("female", "male") and by_name not in (None, gender):
                continue
            every, outside = self.mention_starts(i)
            if reported:
                outside = [s for s in every if not self.quoted_words.covers(s)]
            k = bisect.bisect_left(outside, pos)
            while k and _topic_of_question_to(self.index.token_at(outside[k - 1]), pronoun):
                k -= 1  # "Asked if Blunkett could return, he replied": Blunkett is asked about, not asked
            if k == 0 or self._only_places(outside[:k]):
                continue
            if gender in ("female", "male") and all(self._in_named_group(s) for s in outside[:k]):
                continue  # named only as one of a list of people ("A, 6, B, 7, and C lost ..."): no "he"/"she"
            last = outside[k - 1]
            fits = gender == "unknown" or shown == gender or by_name == gender
            f = self._antecedent_features(self.index.token_at(last), pos - last, fits)
            f["salience"] = float(min(self.salience(i, pos), 10))
            f["gender_shown"] = float(shown == gender)
            f["name_fits"] = float(fits and shown != gender)
            found.append((i, last, bool(f.pop("main_subject", 0.0)) and fits, f))
        subjects = [c for c in found if c[2]]
        if subjects:
            # Centering: the subject of the latest clause that names someone is the preferred referent.
            max(subjects, key=lambda c: c[1])[3]["latest_subject"] = 1.0
        if found:
            max(found, key=lambda c: c[1])[3]["nearest"] = 1.0
        speaker = self._last_speaker(pos)
        here = paragraph_of(self.ex.paragraphs, pos, self.paragraph_ends)
        for i, last, _, f in found:
            f["last_speaker"] = float(self.people[i] is speaker)
            f["same_paragraph"] = float(paragraph_of(self.ex.paragraphs, last, self.paragraph_ends) == here)
        return [(i, f) for i, _, _, f in found]

    def _in_named_group(self, start: int) -> bool:
        """Whether the name starting at offset ``start`` is one of a list of two people or more with their ages,
        joined by commas and "and" ("Pell Harrow, six, Onno Vick, seven, and Tamsin Rook, nine"): the news's way
        of listing victims or children, a plural it refers to as "they", never as one "he"/"she" (a singular
        pronoun means someone named alone, or described: "The woman ... She said"). A list without ages
        ("honoured Peter Hale and Simon Ward") stays a contested referent for the pronoun ranking."""
        k = bisect.bisect_left(self.name_starts, start)
        if k >= len(self.name_spans) or self.name_spans[k][0] != start:
            return False
        links: list[str] = []
        for step in (-1, 1):
            j = k
            while 0 <= j + step < len(self.name_spans):
                a, b = sorted((self.name_spans[j], self.name_spans[j + step]))
                link = self.text[a[1] : b[0]]
                if a[2] == b[2] or not _GROUP_LINK.fullmatch(link):
                    break
                links.append(link)
                j += step
        ages = any(re.match(rf"\s*,\s*{_AGE_WORD}\s*,", link) for link in links)
        return ages and any(re.search(r"\band\b|&", link) for link in links)

    def _only_places(self, starts: list[int]) -> bool:
        """Whether every mention starting at ``starts`` (a person's, before a pronoun) is a word the tagger read as
        a place ("Charlotte's city council" before "Charlotte Mayor Jennifer Roberts" is named): until the text
        names the person as one, a place word is the place, and a pronoun cannot mean it."""
        # Latest first, stopping at the first mention that is no place (a per-pronoun list of every mention's token
        # made the people stage quadratic in the article's length).
        return all(
            (t := self.index.token_at(s)) is not None and t.ent_type_ in ("GPE", "LOC") for s in reversed(starts)
        )

    @staticmethod
    def _antecedent_features(tok: Any, distance: int, fits: bool) -> dict[str, float]:
        """Distance and the grammatical role of a person's last mention ``tok`` (roles within 600 characters)."""
        f = {"distance": distance / 300.0}
        if tok is None or distance >= 600:
            return f
        head = _name_head(tok)
        if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "Lee's predecessor, John Park, was less sure": the name apposed to the subject
        if head.dep_ in ("nsubj", "nsubjpass"):
            f["subject_fit" if fits else "subject_unknown"] = 1.0
            verb = head.head
            own = _opens_paragraph(verb)
            f["reported"] = float(verb.dep_ == "ccomp" and not own)
            f["root_subject"] = float(own or verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))
            # "Ode was asked about the dam": the subject of a passive "asked" is the one asked, who answers next.
            passive = head.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
            f["asker"] = float(cue_lemma(verb) in QUESTION_LEMMAS and not passive)
        elif head.dep_ in ("dobj", "pobj", "iobj", "poss", "attr", "dative"):
            f["object"] = 1.0
        f["main_subject"] = float(_main_subject(tok))
        return f

    def _last_speaker(self, pos: int) -> Person | None:
        """The speaker of the latest quotation that ends before ``pos`` (as resolved so far), or None."""
        before = [q for q in self.ex.quotes if q.end <= pos and q.speaker is not None]
        return max(before, key=lambda q: q.end).speaker if before else None

    def add_person(self, name: str, span: Span) -> Person:
        """A person the text names outside the parsed names (a nickname in a naming clause), with that mention."""
        pid = self.match([norm(w) for w in name.split()], span.start)
        if pid is None:
            pid = len(self.people)
            self.people.append(Person(id=f"p{pid + 1}", name=name))
            self.keys.append([norm(w) for w in name.split()])
        self._add_mention(pid, span.start, span.end, "name")
        return self.people[pid]

    def first_name_before(self, word: str) -> str | None:
        """The one first name the headline or the text writes right before capitalised ``word`` ("Bryn" of
        "Bryn Halloway quits" when the body says only "Halloway said"): a capitalised word in gender-guesser's
        table that is no title, role, body or not-a-name word; None when none or two differ. A name the tagger
        read as a body's is then a person's surname (English names a person by first name and surname first,
        by surname alone after)."""
        pattern = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+)[ \t]+" + re.escape(word) + r"(?![\w-])")
        found = set()
        for source in (self.ex.article.title or "", self.text):
            for m in pattern.finditer(source):
                low = norm(m.group(1))
                if low in _NO_NAME_START or low in STOP_WORDS or low in self.body_lower:
                    continue
                if _gender_detector().get_gender(m.group(1)) != "unknown":
                    found.add(m.group(1))
        return found.pop() if len(found) == 1 else None

    def add_titled_person(self, title: str, name: str, span: Span) -> Person:
        """ "Mr Hockney" whose surname the tagger read as a place or an organisation: the one person of that
        surname the title's gender allows ("Damien Hockney"), else a new person with that title (a courtesy
        title makes a person: trial10 M1)."""
        key = [norm(w) for w in name.split()]
        gender = _title_gender(title)
        pid = self.match(key, span.start, surname_only=True, gender=gender)
        if pid is None:
            pid = len(self.people)
            self.people.append(Person(id=f"p{pid + 1}", name=name, title=title))
            self.keys.append(key)
            if gender is not None:
                self.people[pid].gender, self.people[pid].gender_evidence = gender, f"title '{title}'"
                self.note_gender(self.people[pid], span.start, gender)
        self._add_mention(pid, span.start, span.end, "name")
        return self.people[pid]

    def person_with_role(self, role: str, organisation: str) -> Person | None:
        """The one person the article gave ``role`` (a head noun, "spokeswoman") at ``organisation``.

        "MTV spokeswoman Jeannie Kedas" or "Jeannie Kedas, a spokeswoman for MTV" make her the
        answer for "a spokeswoman for MTV"; None unless exactly one person fits. The person ``organisation``
        names ("a spokesman for Mr Kell") is never their own spokesperson.
        """
        org = organisation.lower()
        org_words = set(re.findall(r"[a-z]+", org))

        def fits(p: Person) -> bool:
            # A role guessed for someone by salience alone is no evidence they hold it (``tying_descriptors``).
            if not any(role in d.lower().split() for d in self.tying_descriptors(p) + [p.title or ""]):
                return False
            if p.name and org_words & set(re.findall(r"[a-z]+", p.name.lower())):
                return False  # "a spokesman for Mr Kell" speaks for Kell and is someone else
            return any(
                org in self.text[max(0, m.start - 60) : m.end + 60].lower() for m in p.mentions if m.kind == "name"
            )

        found = [p for p in self.people if fits(p)]
        return found[0] if len(found) == 1 else None

    def shares_name_word(self, word: str) -> bool:
        """Whether two people or more have the name word ``word`` ("Kane" for Robert and Michael Kane)."""
        low = norm(word)
        return sum(1 for i, key in enumerate(self.keys) if low in key and self.people[i].kind == "person") > 1

    def only_person_described(
        self, head: str, before: int | None = None, modifiers: tuple[str, ...] = (), at: int | None = None
    ) -> Person | None:
        """The one person whose title or a descriptor has the word ``head`` ("spokeswoman"), or None when
        none or several have it. ``before``: among several, the one whose title or descriptors also hold
        every office ``modifiers`` word ("the vice president" is not the president), and of those the one
        the text last named before that offset (outside quotations): after "Sens. Marco Rubio and Ted Cruz"
        and "Sen. Jeff Flake", "Rubio said yes. ... the senator said" is Rubio. ``at``: the start of the description
        asked about (a descriptor guessed from it ties it: ``tying_descriptors``)."""
        found = [
            i
            for i, p in enumerate(self.people)
            if p.kind == "person" and head in self._role_words(p, at) and not self._other_office(p, head, modifiers, at)
        ]
        if len(found) == 1:
            return self.people[found[0]]
        if before is None or not found:
            return None
        found = [i for i in found if all(w in self._role_words(self.people[i], at) for w in modifiers)]
        if not found:
            return None
        latest = {i: self._latest_outside(i, before) for i in found}
        best = max(latest, key=latest.get)
        return self.people[best] if latest[best] >= 0 else None

    def only_person_by_synonym(self, span: Span, head: str) -> Person | None:
        """The one person met before definite description ``span`` (head noun ``head``) whom the text gave another
        word for the same job (``ROLE_SYNONYMS``: "the Gunners manager" for "Arsenal boss Arsene Wenger", "the
        congressman" for "Rep. Peter King"), holding it as no other office (``_other_office``). A head that names
        the top of any body ("the Pentagon chief", ``LOOSE_ROLE_HEADS``) needs modifiers, each tied to the person
        by a word of their title, descriptors or name's surroundings or a word for the same domain
        (``OFFICE_DOMAIN_WORDS``: "Pentagon" and "Defense"). None when no one, or several, fit."""
        synonyms = ROLE_SYNONYMS.get(head)
        if not synonyms:
            return None
        words, modifiers = _description_modifiers(span.text)
        loose = head in LOOSE_ROLE_HEADS
        if loose and not modifiers:
            return None
        found = []
        for i, p in enumerate(self.people):
            if p.kind != "person" or not self._met_before(i, span.start):
                continue
            held = synonyms & self._role_words(p, span.start)
            if not held or all(self._other_office(p, w, words, span.start) for w in held):
                continue
            if loose and not self.modifiers_tied(p, span):
                continue
            found.append(p)
        return found[0] if len(found) == 1 else None

    def only_person_of_age_band(self, span: Span, head: str) -> Person | None:
        """The one person met before description ``span`` whose age the text gave within the band its head noun
        ``head`` names, of the gender it shows (``AGE_BAND_WORDS``): "Zianna Roe, 9, ... the grade-school girl
        said", "Ollie Grant, 11, ... the schoolboy said". None when the head names no age band, or no one, or
        several people, fit."""
        band = AGE_BAND_WORDS.get(head)
        if band is None:
            return None
        lo, hi, gender = band
        found = [
            p
            for i, p in enumerate(self.people)
            if p.kind == "person"
            and p.age is not None
            and lo <= p.age <= hi
            and self._met_before(i, span.start)
            and (gender is None or (p.gender or first_name_gender(p.name)) in (None, "unknown", gender))
        ]
        return found[0] if len(found) == 1 else None

    def modifiers_tied(self, p: Person, span: Span) -> bool:
        """Whether every modifier of description ``span`` ("pentagon" and "health" of "the Pentagon chief", "the
        health chief"; ``_description_modifiers``) is tied to ``p`` (``_modifier_tied``): a loose head
        (``LOOSE_ROLE_HEADS``) names a body's top only with them ("Police chief Tom Bell" is not "the health
        chief")."""
        _, modifiers = _description_modifiers(span.text)
        return all(self._modifier_tied(p, w, span.start) for w in modifiers)

    def _modifier_tied(self, p: Person, word: str, pos: int) -> bool:
        """Whether lower-case modifier ``word`` is tied to ``p`` before offset ``pos``: a word of the same stem,
        or of the same domain (``OFFICE_DOMAIN_WORDS``), in their title, a descriptor or the words written with
        one of their names (``fits_modifiers``)."""
        return any(self.fits_modifiers(p, {w}, pos) for w in {word} | OFFICE_DOMAIN_WORDS.get(word, frozenset()))

    def holder_to_be(self, office: str, before: int) -> Person | None:
        """The one person named before offset ``before`` with ``office`` and "-elect" or "-designate" written before
        (a title, "President-elect Rob Marr", or a descriptor, "Rob Marr, the governor-elect"): whom "the future
        president" or "the incoming governor" means. None when no one or several are."""
        pattern = re.compile(rf"\b{re.escape(office)}-(?:elect|designate)\b", re.IGNORECASE)
        written_before = re.compile(pattern.pattern + r",?\s+$", re.IGNORECASE)
        found = []
        for p in self.people:
            if p.kind != "person":
                continue
            names = [m for m in p.mentions if m.kind == "name" and m.start < before]
            near = [self.text[max(0, m.start - 40) : m.start] for m in names]
            if any(pattern.search(t) for t in [p.title or "", *p.descriptors]) or any(map(written_before.search, near)):
                found.append(p)
        return found[0] if len(found) == 1 else None

    def only_affiliated(self, word: str, before: int) -> Person | None:
        """The one person named before offset ``before`` whose descriptors give the party or people ``word`` names
        (``affiliation``: "Dutchwoman" finds "Dutch diplomat"), or None when no one or several do."""
        form = affiliation(word)
        found = [
            p
            for i, p in enumerate(self.people)
            if p.kind == "person"
            and any(form in map(affiliation, d.split()) for d in p.descriptors)
            and self._met_before(i, before)
        ]
        return found[0] if len(found) == 1 else None

    def by_generation(self, surname: str, younger: bool) -> Person | None:
        """The person "the younger Paladino" (``younger``) or "the elder Paladino" means: of the family the text
        gives (the people named with ``surname``, and whoever it ties to one of them as child or parent: "his son
        William"), the younger or elder of two whose ages it gives, else the child or the parent of the one pair
        it relates. None unless exactly one person fits."""
        key = norm(surname)
        family = {i for i, k in enumerate(self.keys) if key in k and self.people[i].kind == "person"}
        by_name = {p.name: i for i, p in enumerate(self.people) if p.name}
        pairs = set()  # (child, parent)
        for i, p in enumerate(self.people):
            for rel, other in p.relations:
                j = by_name.get(other)
                if j is not None and rel in ("child_of", "parent_of"):
                    pair = (i, j) if rel == "child_of" else (j, i)
                    if family & set(pair):
                        pairs.add(pair)
        members = family | {i for pair in pairs for i in pair}
        ages = sorted((self.people[i].age, i) for i in members if self.people[i].age is not None)
        if len(ages) == 2 and ages[0][0] != ages[1][0]:
            return self.people[ages[0][1] if younger else ages[1][1]]
        found = {child if younger else parent for child, parent in pairs}
        return self.people[found.pop()] if len(found) == 1 else None

    def _other_office(self, p: Person, head: str, words: Any, at: int | None = None) -> bool:
        """Whether ``p`` holds role ``head`` only as another office: every title or tying descriptor of theirs with
        that word qualifies it by a word of ``OTHER_OFFICE_WORDS`` that the description's ``words`` lack ("Shadow
        chancellor Oliver Letwin" is not "the Chancellor", "Vice President Joe Biden" not "the president",
        "Deputy Prime Minister John Prescott" not "the prime minister")."""
        have = {w.lower() for w in words}
        found = False
        for text in [" ".join(title_words(p.title or "")), *self.tying_descriptors(p, at)]:
            said = re.findall(r"[a-z]+", text.lower())
            if head not in said:
                continue
            if not (set(said[: said.index(head)]) & OTHER_OFFICE_WORDS) - have:
                return False
            found = True
        return found

    def _role_words(self, p: Person, at: int | None = None) -> set[str]:
        """The words of ``p``'s title and of the descriptors that tie a description at offset ``at``."""
        words = {w for d in self.tying_descriptors(p, at) for w in d.lower().split()}
        return set(title_words(p.title or "")) | words

    def _latest_outside(self, pid: int, pos: int) -> int:
        _, outside = self.mention_starts(pid)
        k = bisect.bisect_left(outside, pos)
        return outside[k - 1] if k else -1

    def person_at(self, start: int, end: int) -> Person | None:
        """The person one of whose names overlaps ``[start, end)``, or None."""
        k = bisect.bisect_left(self.name_starts, end)
        found = None
        # Names are short: only spans starting shortly before ``start`` can reach it.
        while k > 0 and self.name_spans[k - 1][0] > start - 300:
            k -= 1
            s, e, i = self.name_spans[k]
            if start < e:
                found = i
        return self.people[found] if found is not None else None

    def nearest_person_before(self, pos: int, window: int) -> Person | None:
        """The person named last in the ``window`` characters before offset ``pos`` (a relative pronoun's
        antecedent: "Trump's reference followed an attack from Clinton, who said" is Clinton), or None."""
        k = bisect.bisect_left(self.name_starts, pos)
        if k > 0 and self.name_spans[k - 1][0] >= pos - window:
            return self.people[self.name_spans[k - 1][2]]
        return None

    def introduced_unnamed(self, head: str, before: int) -> bool:
        """Whether the text before offset ``before`` brought in someone by an indefinite description with head
        noun ``head`` ("a long-time missionary pilot", "an aide") or as one of a group ("one of the country's top
        economists"): a later "the pilot", "the economist" is that person (a definite description
        refers back to the discourse referent an indefinite one introduced)."""
        if not head:
            return False
        one = rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b"
        of_group = rf"\bone of\s+(?:[\w'\u2019-]+\s+){{0,4}}{_plural_pattern(head)}\b"
        found = re.finditer(f"{one}|{of_group}", self.text[:before], re.IGNORECASE)
        return any(not self._named_next(m.end(), before) for m in found)

    def _named_next(self, pos: int, before: int) -> bool:
        """Whether the indefinite description ending at ``pos`` ends its sentence and the next sentence opens with a
        person named there for the first time: "none stood out as much as a young girl. Zianna Roe, in braids,
        spoke ...": the article brings her in, then names her, so a later "the girl" is that named person. Only
        a name before offset ``before`` counts."""
        end = re.match(r"[^.!?\n\u201c\u201d\"]{0,80}[.!?]\s+", self.text[pos:before])
        if end is None:
            return False
        start = pos + end.end()
        person = self.person_at(start, start + 1)
        return person is not None and min(self.mention_starts(self.people.index(person))[0], default=-1) == start

    def _met_before(self, pid: int, pos: int) -> bool:
        every, _ = self.mention_starts(pid)
        return bool(every) and every[0] < pos

    def resolve_description(self, span: Span) -> Person | None:
        """The person a description (``"the 35-year-old"``, ``"the minister"``) refers to, by age, role or
        title and gender (its words', or the pronoun that takes it up in its sentence); tied to no one, the
        person a pronoun in its place would mean (``rank_description``); or None."""
        low = span.text.lower()
        words = re.findall(r"[a-z\-]+", low)
        head = words[-1] if words else ""
        outright = self._by_age_or_office_to_be(low, words, span.start)
        if outright is not None:
            return outright
        gender = self._description_gender(span, low, words)
        if YEAR_OLD.search(low) and head.endswith("year-old"):
            return self._of_untold_age(span, gender)
        # Tied by a descriptor, among the people met before: a definite description refers back ("the union
        # president" is the president named before it, not one the article brings in later).
        places = _proper_modifiers(span.text)
        addressed = self.addressees(span)
        tied = [p for p in self._tied_by_role(span, head, words, places) if p not in addressed]
        if _PAST_WORDS & set(words) and tied:
            # "the former minister" is not the minister now in office ("Health Minister Tom Kerr ... Paul Hanson, who
            # led the department until 2019, ... the former minister added"): someone whose own descriptor says
            # former, else the person just named as an agent, whom no other office ties (``recent_referent``).
            holders = [p for p in tied if self._holds_now(p, head, span.start)]
            if holders:
                tied = [p for p in tied if p not in holders]
                if not tied:
                    return self.recent_referent(span, agents_only=True, skip=lambda p: p in holders)
        if not tied:
            # "the Pentagon chief": "Defense Secretary X"; "the schoolboy": "Ollie Grant, 11"
            other = self.only_person_by_synonym(span, head) or self.only_person_of_age_band(span, head)
            if other is not None and other not in addressed:
                return other
        fitting = [p for p in tied if self.fits_modifiers(p, places, span.start)]
        if tied and not fitting:
            # "the Arizona senator" after "Sen. Bob Menendez (D-N.J.)" and "Sen. John McCain (R-Ariz.)": the head
            # ties Menendez by his title, the modifier McCain; with no one tied by both, the modifier decides.
            ranked = self.rank_description(span.start, gender or "unknown")
            other = [p for p in ranked if p not in addressed and places and self.fits_modifiers(p, places, span.start)]
            if other:
                return other[0]
        tied = fitting or tied
        if not tied and low.startswith("the ") and NEW_ANCHOR.search(low):
            return None  # "the owner of a small bakery": someone new, anchored to something new (``NEW_ANCHOR``)
        if len(tied) == 1:
            return tied[0]
        if not tied and words[:1] in (["her"], ["his"], ["their"]) and head in OWNED_PEOPLE_HEADS:
            # "her husband", "his neighbour", "their friend" is someone the article did not tie to a name, never
            # the most salient person (who is likely the possessor: someone's neighbour is not themselves).
            return None
        if not tied and head in OFFICE_TITLES:
            # "The minister said": an office has one holder, and the article names that holder's office; a
            # person never given it is not the minister, however prominent (issue 11, kind 3), unless the
            # description re-names the person just named (``renamed_office_holder``).
            return None if "former" in words else self.renamed_office_holder(span, head)
        if not tied and head in SPEAKS_FOR_HEADS:
            # "the M&S spokesman" tied to no one speaks for a body or a person: someone the sentence before names
            # as its subject ("Rear Admiral John Stufflebeem said ... the Pentagon spokesman said"), never the
            # article's most salient name (user report H5).
            return self.recent_referent(span, agents_only=True)
        if not tied and low.startswith("the ") and self.introduced_unnamed(head, span.start):
            return None  # "a long-time missionary pilot ... the pilot": that unnamed person, not a prominent one
        if tied:
            # Several people hold the role: the one a pronoun there would mean (recency, subjecthood, salience).
            ranked = [p for p in self.rank_description(span.start, gender or "unknown") if p in tied]
            return ranked[0] if ranked else tied[-1]
        answered = self.answered_person(span, gender)
        if answered is not None:
            return answered
        # Otherwise the person a pronoun in its place would refer to: a definite description with no tie is an
        # anaphor like "he" or "she" ("Trump asserted ... the president-elect tweeted"; "Clinton said Trump ...,
        # to which the real-estate mogul responded"), whose referent is the recent subject or the person just
        # named, not the article's most frequent name (Poesio and Vieira 1998, "A corpus-based investigation
        # of definite description use": most anaphoric definites have an antecedent within a few sentences).
        ranked = [p for p in self.rank_description(span.start, gender or "unknown") if p not in addressed]
        return self._first_fitting(ranked, places, span.start)

    def _description_gender(self, span: Span, low: str, words: list[str]) -> str | None:
        """ "female" or "male" by a description's own words ("the actress", "first lady"), else by the pronoun
        that takes it up in its sentence (``_gender_after``), else None."""
        if set(words) & FEMALE_WORDS or "first lady" in low:
            return "female"
        if set(words) & MALE_WORDS:
            return "male"
        return self._gender_after(span)

    def _by_age_or_office_to_be(self, low: str, words: list[str], pos: int) -> Person | None:
        """The person a description (lower-cased ``low``, its words ``words``, at offset ``pos``) names outright: by
        the age it gives ("the 35-year-old"), or as an office's holder-to-be ("the future president": the one
        titled "President-elect", ``holder_to_be``); None otherwise."""
        ya = YEAR_OLD.search(low)
        if ya:
            age = int(ya.group(1))
            found = next((p for p in self.people if p.age == age), None)
            if found is not None:
                return found
        if words and FUTURE_HOLDER & set(words):
            return self.holder_to_be(words[-1], pos)
        return None

    def _holds_now(self, p: Person, head: str, at: int) -> bool:
        """Whether ``p`` holds the office ``head`` now by what the article said before offset ``at``: a title or
        descriptor with that head and no "former"/"ex" ("Health Minister Tom Kerr"), and none with it that says
        former ("former health minister")."""
        with_head = [
            d
            for d in [p.title or "", *self.tying_descriptors(p, at)]
            if head in title_words(d) or affiliation(head) in map(affiliation, d.split())
        ]
        past = [d for d in with_head if _PAST_WORDS & set(re.findall(r"[a-z]+", d.lower()))]
        return bool(with_head) and not past

    def _tied_by_role(self, span: Span, head: str, words: list[str], places: set[str]) -> list[Person]:
        """The people met before description ``span`` (head noun ``head``, lower-case ``words``, proper modifiers
        ``places``) whose descriptor or title has its head, not as another office (``_other_office``), and, for a
        loose head ("the health chief"), with its modifiers tied to them (``modifiers_tied``)."""
        tied = [
            p
            for i, p in enumerate(self.people)
            if head
            and (
                any(
                    affiliation(head) in map(affiliation, d.split()) and not _other_places(places, d)
                    for d in self.tying_descriptors(p, span.start)
                )
                or head in title_words(p.title or "")
            )
            and self._met_before(i, span.start)
            and not self._other_office(p, head, words, span.start)
        ]
        if head in LOOSE_ROLE_HEADS:
            tied = [p for p in tied if self.modifiers_tied(p, span)]  # "the health chief" is not "Police chief X"
        return tied

    def _of_untold_age(self, span: Span, gender: str | None) -> Person | None:
        """The person "the 22-year-old" (``span``, of ``gender`` or None) means when no one was given that age: the
        best ranked (as a pronoun there would rank them, ``rank_description``: "Molik won in 56 minutes ... 'Bring
        it on,' said the 23-year-old"), among those given no other age, and of those first the ones named as
        people (``_named_as_a_person``), not a one-word name the tagger took for a person ("Norwich have signed
        midfielder Graham Stuart ... the 34-year-old told the club": a club is no one of any age). The sports and
        court pages' common second reference (an age on first reference, or none, and "the N-year-old" after).
        None when no one fits."""
        told = YEAR_OLD.search(span.text)
        age = int(told.group(1)) if told else None
        addressed = self.addressees(span)
        ranked = [
            p
            for p in self.rank_description(span.start, gender or "unknown")
            if p not in addressed and p.age in (None, age)
        ]
        people = [p for p in ranked if self._named_as_a_person(p, span.start)]
        return (people or ranked or [None])[0]

    def _named_as_a_person(self, p: Person, pos: int) -> bool:
        """Whether the text names ``p`` as a person: a first name, a title, a known gender or a description of a
        person among their descriptors."""
        if p.title or p.gender in ("female", "male") or first_name_gender(p.name) is not None:
            return True
        if p.name and len(p.name.split()) > 1 and given_name(p.name.split()[0]):
            return True
        return any(describes_a_person(d) for d in self.tying_descriptors(p, pos))

    def _first_fitting(self, ranked: list[Person], places: set[str], pos: int) -> Person | None:
        """The best of ``ranked`` whom the text ties to every proper modifier ``places`` (``fits_modifiers``), else
        the best of them (a modifier the text never tied to anyone does not overrule the ranking); None when empty."""
        fitting = [p for p in ranked if places and self.fits_modifiers(p, places, pos)]
        return fitting[0] if fitting else (ranked[0] if ranked else None)

    def _premodifiers(self, start: int, end: int) -> str:
        """The words written with the name at ``[start, end)``: the run of capitalised words, possessives and role
        nouns right before it ("Palestinian President", "North Korea's leader", up to six tokens) and a short
        parenthesis right after it ("(R-Ariz.)")."""
        tok = self.index.token_at(start)
        if tok is None:
            return ""
        i = tok.i
        while i > max(0, tok.i - 6):
            prev = self.doc[i - 1]
            low = prev.text.lower()
            if not (prev.text[:1].isupper() or low in ("'s", "\u2019s") or low in ROLE_NOUNS or low in OFFICE_TITLES):
                break
            i -= 1
        after = re.match(r"\s*\([^()]{1,15}\)", self.text[end : end + 20])
        return self.text[self.doc[i].idx : start] + (after.group(0) if after else "")

    def fits_modifiers(self, p: Person, places: set[str], pos: int) -> bool:
        """Whether the text ties ``p`` to each proper modifier in ``places`` ("palestinian" of "the Palestinian
        leader", "arizona" of "the Arizona senator") before offset ``pos``: a word of the same stem
        (``_same_stem``) in their title, a descriptor, or the words written with one of their names
        (``_premodifiers``). True when ``places`` is empty."""
        if not places:
            return True
        texts = [p.title or "", *self.tying_descriptors(p, pos)]
        texts += [self._premodifiers(m.start, m.end) for m in p.mentions if m.kind == "name" and m.start < pos]
        words = {norm(w).rstrip(".") for t in texts for w in re.findall(r"[A-Za-z][\w.]*", t)}
        return all(any(_same_stem(place.rstrip("."), w) for w in words) for place in places)

    def addressees(self, span: Span) -> list[Person]:
        """The people a description at ``span`` speaks to, by the verb it is the subject of: its object, indirect
        object or the object of "to" ("the comedian asks Brody", "the coach told Reyes", "the envoy said to
        Haddad"), and the subject of the clause it reports ("The former finance officer said Mr Ebbers knew": a
        name there is someone other than the description's referent, as in binding theory's principle C). A
        speaker is not the one spoken to or of, so these never resolve the description."""
        head = self.index.token_at(span.end - 1)
        if head is None or head.dep_ != "nsubj":
            return []
        found = []
        for c in head.head.children:
            objects = [c] if c.dep_ in ("dobj", "dative", "iobj") else []
            if c.dep_ in ("prep", "dative") and c.text.lower() == "to":
                objects = [o for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "ccomp":
                objects = [o for o in c.children if o.dep_ in ("nsubj", "nsubjpass") and self._reported_by(o, c.head)]
            for o in objects:
                p = self.person_at(o.idx, o.idx + len(o))
                if p is not None and p.kind == "person":
                    found.append(p)
        return found

    def _reported_by(self, subject: Any, verb: Any) -> bool:
        """Whether ``subject`` opens a clause that ``verb`` reports right after it ("said Mr Ebbers knew"): nothing
        between them ends a sentence or is a quotation mark (the parser may hang the next sentence on the verb)."""
        lo, hi = sorted((verb.i, subject.i))
        return not any(t.text in _CLAUSE_BREAKS for t in self.doc[lo + 1 : hi])

    def renamed_office_holder(self, span: Span, head: str) -> Person | None:
        """The person an office tied to no one ("the senator", ``head`` its last word) re-names: the one named in
        its sentence or the narrative sentence before (``recent_referent``; elegant variation: "Sayles has invited
        nurses to testify. The senator has long called for more funding"), unless the article gave that person
        another office ("President Tom Hale criticised Japan. ... the prime minister said" is someone else) or the
        description a place the text never tied to them ("Carl Jensen said ... the Ohio governor said" may be
        someone new, ``fits_modifiers``). None otherwise: an office no one near holds brings its holder in unnamed.
        Someone who holds the office only as another (``_other_office``: "Shadow chancellor Oliver Letwin" is not
        "the Chancellor") is passed over."""
        words = re.findall(r"[a-z-]+", span.text.lower())
        if head in CASE_OFFICES:
            return None  # "Okafor was stabbed ... the detective said": the parties of a case, never its officers
        person = self.recent_referent(span, office=True, skip=lambda p: self._other_office(p, head, words, span.start))
        if person is None:
            return None
        # An office the person held once ("former welfare minister Frank Field") is none they hold now.
        held = {
            w
            for d in [person.title or "", *self.tying_descriptors(person, span.start)]
            if not {"former", "ex"} & set(re.findall(r"[a-z]+", d.lower()))
            for w in title_words(d)
        }
        # A secretary of state is a minister of the cabinet ("Education Secretary Ruth Kelly ... the minister said":
        # the British and Commonwealth usage), so a bare "the minister" re-names a secretary; "the prime minister"
        # or "the trade minister" names an office of its own.
        bare = words in (["minister"], ["the", "minister"])
        same_office = {head, "secretary"} if head == "minister" and bare else {head}
        # Another word for the office (``ROLE_SYNONYMS``: "the congressman" for "Rep."), and, for a member of a
        # parliament ("the Salford MP", "the senator"), the offices members hold: "Home Office minister Hazel
        # Blears ... the Salford MP told the committee" (in Westminster systems ministers sit in parliament).
        same_office |= ROLE_SYNONYMS.get(head, frozenset())
        if head in PARLIAMENT_MEMBER_HEADS:
            same_office |= MEMBERS_OFFICES
        if held & OFFICE_TITLES - same_office:
            return None
        places = _proper_modifiers(span.text)
        if self.fits_modifiers(person, places, span.start):
            return person
        # "Sanders worked with Friedman ... The Vermont senator asked Friedman", "Sarah Palin endorsed Trump ... the
        # former Alaskan governor": a place the text never tied to anyone re-names the person just named as well
        # as "he" would; only a place the text tied to someone else makes the office theirs, or someone new's.
        others = [
            p
            for i, p in enumerate(self.people)
            if p is not person and p.kind == "person" and self._met_before(i, span.start)
        ]
        if any(self.fits_modifiers(p, places, span.start) for p in others):
            return None
        return person

    def past_office_chain(self, span: Span, head: str) -> Person | None:
        """Whom a past office tied to no one at ``span`` ("the former mayor", ``head`` its last word) means when its
        own sentence and the one before name no one: whom the first description of that past office written
        before it, outside quotations ("the former New York mayor's debut" right after the name), re-names
        (``recent_referent``), unless that person's gender clashes with the one the description is taken up by
        ("The former mayor defended herself" is no man named just before). A story names a past office once
        beside the name and repeats it far from any name; the repeats mean whom the first one meant. None when
        there is no earlier use or it re-names no one."""
        pattern = rf"\b[Tt]he\s+former\s+(?:[\w.\-]+\s+){{0,3}}?{re.escape(head)}\b"
        first = next((f for f in re.finditer(pattern, self.text[: span.start]) if not self._in_quote(f.start())), None)
        if first is None:
            return None
        earlier = Span.of(self.text, first.start(), first.end())
        words = re.findall(r"[a-z\-]+", earlier.text.lower())
        gender = self._description_gender(earlier, earlier.text.lower(), words)
        return self.recent_referent(
            earlier, skip=lambda p: gender is not None and (p.gender or first_name_gender(p.name)) not in (None, gender)
        )

    def recent_referent(
        self, span: Span, office: bool = False, skip: Any = None, agents_only: bool = False
    ) -> Person | None:
        """The person a definite description at ``span`` re-names when it is tied to no one: the best of
        ``rank_description`` among those named in its own sentence or the narrative sentence before it (quoted
        sentences skipped). A description whose sentence and the one before name no one ("The storm closed the
        port. "Q," the harbour master said") brings someone new in: None. An office ("the minister") is re-named
        only when ``office`` (``renamed_office_holder``); ``skip``: a test that passes a person over; ``agents_only``:
        only someone the window names as an agent (``_named_as_agent``), for a description that is no office."""
        low = span.text.lower()
        words = re.findall(r"[a-z\-]+", low)
        if not words or self.introduced_unnamed(words[-1], span.start):
            return None
        if words[-1] in OFFICE_TITLES and "former" not in words and not office:
            # "The minister said": the office's one holder, whom the article names; a former holder ("the former
            # governor") is a description of a person's past, which the article need not have given anyone.
            return None
        if words[-1].endswith("s") and not words[-1].endswith("ss"):
            return None  # "the researchers", "the protesters": a group, never one person named before
        gender = "female" if set(words) & FEMALE_WORDS else "male" if set(words) & MALE_WORDS else "unknown"
        answered = self.answered_person(span, None if gender == "unknown" else gender)
        if answered is not None:
            return answered
        since = self._narrative_sentence_before(span.start)
        addressed = self.addressees(span)
        ranked = [p for p in self.rank_description(span.start, gender) if p not in addressed]
        if skip is not None:
            ranked = [p for p in ranked if not skip(p)]
        places = _proper_modifiers(span.text)
        fitting = [p for p in ranked if places and self.fits_modifiers(p, places, span.start)]
        if fitting:
            return fitting[0]  # "the North Korean dictator": the one named with "North Korea's", however far back
        recent = [p for p in ranked if self._latest_outside(self.people.index(p), span.start) >= since]
        if agents_only:
            recent = [p for p in recent if self._named_as_agent(p, since, span.start)]
        return recent[0] if recent else None

    def _named_as_agent(self, person: Person, lo: int, hi: int) -> bool:
        """Whether ``person`` is named between offsets ``lo`` and ``hi``, outside quotations, as anything but the
        object of a verb or a preposition, a passive subject, a possessor or the subject of words another reports
        ("Okafor was stabbed", "officers arrested Hall", "a message to Lyle", "Grant's mother", "police said Hall
        fled"): a description re-names someone the story has
        had act or speak, not the victim, the accused or someone spoken of (user reports on court and crime
        news, round 21). A name the parser gives no such role counts as an agent."""
        for m in person.mentions:
            if not lo <= m.start < hi or self._in_quote(m.start):
                continue
            tok = self.index.token_at(m.end - 1)
            while tok is not None and tok.dep_ in ("compound", "flat", "conj") and tok.head is not tok:
                tok = tok.head
            if tok is None:
                return True
            # "The coroner told the inquest Okafor died": the subject of words someone else reports is spoken of.
            reported = tok.dep_ == "nsubj" and tok.head is not tok and any(is_cue(a) for a in tok.head.ancestors)
            if tok.dep_ not in NOT_AGENT_DEPS and not reported:
                return True
        return False

    def answered_person(self, span: Span, gender: str | None) -> Person | None:
        """The person a description tied to no one means when it answers ("to which the real-estate mogul
        responded", "The businessman replied"): the one other person named in the clause it answers, the latest
        clause before it, in its sentence or the narrative sentence before, whose subject is a person and which
        names someone else ("Dunn said Voss was rooting for a crash"). A reply answers the words just reported,
        so it is the person they were about, not their speaker (issue 11, kind 3). None when the description is
        not the subject of a verb of answering (``REPLY_LEMMAS``), answers a question ("Asked about it, the
        senator replied"), or no clause, or several people, fit; ``gender`` ("female", "male" or None) must
        agree."""
        head = self.index.token_at(span.end - 1)
        if head is None or head.dep_ != "nsubj" or cue_lemma(head.head) not in REPLY_LEMMAS:
            return None
        since = self._narrative_sentence_before(span.start)
        before = [t for t in self.doc[: head.i] if t.idx >= since]
        if any(cue_lemma(t) in QUESTION_LEMMAS for t in before if t.sent == head.sent):
            return None
        for t in reversed(before):
            # The subject speaks outside quotation marks; the words it answers may be reported ones (an indirect
            # quotation), so the people they name are read inside them too.
            subject = self.person_at(t.idx, t.idx + len(t)) if t.dep_ == "nsubj" and not self._in_quote(t.idx) else None
            if subject is None or subject.kind != "person":
                continue
            named = {
                id(p): p
                for u in t.head.subtree
                if t.i < u.i < head.i and u.pos_ == "PROPN"
                for p in [self.person_at(u.idx, u.idx + len(u))]
                if p is not None and p is not subject and p.kind == "person"
            }
            if not named:
                continue
            found = list(named.values())
            if len(found) == 1 and gender in (None, found[0].gender or gender):
                return found[0]
            return None
        return None

    def _narrative_sentence_before(self, pos: int) -> int:
        """The start of the sentence before the one at ``pos`` that is not wholly inside a quotation (``pos``'s
        own sentence start when there is none)."""
        tok = self.index.token_at(pos)
        if tok is None:
            return pos
        sent = tok.sent
        start = sent.start
        while start > 0:
            prev = self.doc[start - 1].sent
            words = [t for t in prev if not t.is_punct and not t.is_space]
            if words and not all(self._in_quote(t.idx) for t in words):
                return prev.start_char
            start = prev.start
        return sent.start_char

    def _gender_after(self, span: Span) -> str | None:
        """The gender a description shows by the pronoun that takes it up in its own sentence, before anyone
        else is named: "The cookbook author was hospitalized after she experienced bleeding" -> "female"; a
        reflexive on the description's own verb: "The former mayor defended herself" -> "female"."""
        tok = self.index.token_at(span.start)
        if tok is None:
            return None
        head = self.index.token_at(span.end - 1)
        for t in tok.sent:
            if t.idx < span.end or self.quoted_words.covers(t.idx):
                continue
            if t.pos_ == "PROPN" and self.person_at(t.idx, t.idx + len(t)) is not None:
                return None  # someone else named first: the pronoun may be theirs
            reflexive = _REFLEXIVE_GENDER.get(t.text.lower())
            if reflexive and head is not None and head.dep_ in ("nsubj", "nsubjpass") and t.head.i == head.head.i:
                return reflexive  # "The former mayor defended herself": the verb's own subject, taken up
            g = PRONOUNS.get(t.text.lower())
            if g not in ("male", "female") or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not self._in_quote(t.idx):
                return g
            # "The heavy metal star said he could have been killed": the subject of the clause the description's
            # own verb reports is the description (reported speech is the article's wording); a spokesman's "she"
            # is the one spoken for, so the heads that speak for someone show nothing.
            verb = head.head if head is not None and head.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and t.head.dep_ == "ccomp" and t.head.head.i == verb.i:
                return None if norm(head.text) in SPEAKS_FOR_HEADS else g
        return None

    def rank_description(self, pos: int, gender: str) -> list[Person]:
        """The people a definite description tied to no one (at offset ``pos``, of ``gender`` or "unknown") may
        refer back to, best first: scored as a pronoun there would be (``rank_pronoun``), except that the
        preferred centre is the latest subject of a main clause, not of any clause. A description re-names the
        topic the article just spoke of, as the subject of the sentence before does ("Kentucky Sen. Rand Paul
        said the trouble that Trump may face ... The former GOP presidential candidate said"): centering ranks
        main-clause subjects first (Kameyama 1998, "Intrasentential centering")."""
        model = active_antecedent_model()
        cands = self.pronoun_candidates(pos, gender)
        roots = [f for _, f in cands if f.get("root_subject")]
        latest_root = max(roots, key=lambda f: -f["distance"]) if roots else None
        scored = []
        for n, (i, f) in enumerate(cands):
            f = dict(f, latest_subject=float(f is latest_root)) if roots else f
            scored.append((model.score(f), n, self.people[i]))
        return [p for _, _, p in sorted(scored, key=lambda c: (-c[0], c[1]))]


# The head nouns of a description of a person (H4 of trial6: "initiative", "party", "class background",
# "Results of a consultation exercise" were stored as people's descriptors): role nouns, offices, titles,
# kin, unnamed sources, and agent nouns by their ending ("campaigner", "governor", "economist", "historian").
# Words of an age band ("girl", "teenager") name a person as much as a role does: "the grade-school girl said".
_PERSON_HEADS = (
    ROLE_NOUNS
    | OFFICE_TITLES
    | ALL_TITLES
    | frozenset(RELATION_WORDS)
    | frozenset(UNNAMED_HEADS)
    | frozenset(AGE_BAND_WORDS)
)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ant")
_COMPLEMENT = re.compile(r"\s+(?:of|for|at|to|with|from|in|on|and|who|whose)\s+.*$", re.I)
_AFFILIATION = re.compile(r"^(?:of|at|from|with|for)\s", re.I)
# A complement with an indefinite article inside a definite description ("the leader of a think tank", "the
# owner of an Ohio bakery"): the thing it is anchored to is new, and so is the person (Poesio and Vieira 1998).
NEW_ANCHOR = re.compile(r"\s(?:of|from|at|for|with|in)\s+(?:a|an)\s")
# Tokens that end a sentence or open or close a quotation: no reported clause reaches across them.
_CLAUSE_BREAKS = frozenset([".", "!", "?", ":", ";", '"', "\u201c", "\u201d", "Xquote"])
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|its|our)\s+", re.I)


def _proper_modifiers(phrase: str) -> set[str]:
    """The capitalised words inside a description between its first word and its head, possessive marks dropped:
    the places and bodies that pin it to one person ("the former Massachusetts's governor" -> {"massachusetts"})."""
    words = re.findall(r"[A-Za-z][\w.\-'\u2019]*", phrase)[1:-1]
    return {norm(re.sub(r"['\u2019]s$", "", w)) for w in words if w[:1].isupper()}


def _description_modifiers(phrase: str) -> tuple[list[str], list[str]]:
    """The lower-case words of description ``phrase`` (possessive marks dropped) and its modifiers: the words
    between its first word and its head that are no function words nor words of tenure (``_TENURE_WORDS``)."""
    words = re.findall(r"[a-z][a-z-]*", re.sub(r"['\u2019]s\b", "", phrase.lower()))
    return words, [w for w in words[1:-1] if w not in STOP_WORDS and w not in _TENURE_WORDS]


def _same_stem(a: str, b: str) -> bool:
    """Whether lower-case words ``a`` and ``b`` share a stem: the shorter's letters but its last (at least four)
    open the longer ("korean"/"korea", "palestinian"/"palestine", "arizona"/"ariz"); shorter words must be equal."""
    k = min(len(a), len(b))
    if k < 4:
        return a == b
    n = max(4, k - 1)
    return a[:n] == b[:n]


def _other_places(places: set[str], descriptor: str) -> bool:
    """Whether a description pinned by capitalised ``places`` and a person's ``descriptor`` pinned by others name
    different offices: "the former Massachusetts's governor" is not "former New Mexico governor"."""
    theirs = _proper_modifiers("the " + descriptor)
    return bool(places) and bool(theirs) and not places & theirs


# Entity types of words that name no person (a date, a work, a place, a nationality...).
_NO_PERSON_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "GPE", "NORP"})


def _typed_no_person(tok: Any) -> bool:
    """Whether the tagger typed proper noun ``tok`` as no person (``_NO_PERSON_TYPES``), unless an age in
    apposition shows it is one (``_given_an_age``)."""
    return tok.ent_type_ in _NO_PERSON_TYPES and not _given_an_age(tok)


def _aged_name_token(tok: Any) -> bool:
    """Whether ``tok`` is a name given an age (``_given_an_age``) or a word of that name before it ("Mohamed" of
    "Mohamed Soltan, 32"): a person's name even where the tagger typed it a place."""
    return _given_an_age(tok) or (tok.dep_ == "compound" and tok.head.i > tok.i and _given_an_age(tok.head))


def _given_an_age(tok: Any) -> bool:
    """Whether proper noun ``tok`` has an age in apposition, set off by commas ("Yevhen Zosin, 74, a resident") or by
    a comma and the sentence's end ("a lawsuit from Mohamed Soltan, 32."): news gives people their age so, never a
    place, whatever entity type the tagger gave the name."""
    for child in tok.children:
        if child.dep_ == "appos" and child.tag_ == "CD" and child.text.isdigit() and 0 < int(child.text) < 120:
            doc = tok.doc
            return (
                child.i > 0
                and doc[child.i - 1].text == ","
                and (child.i + 1 >= len(doc) or doc[child.i + 1].text in (",", ".", ";"))
            )
    return False


def describes_a_person(phrase: str) -> bool:
    """Whether ``phrase`` reads as a description of a person: "Lib Dem leader", "chairman of the Bar Council",
    "34-year-old", "of Landell Mills" (an affiliation). Its head noun (the last word before a complement)
    must name a person (``_PERSON_HEADS``, an agent noun's ending); a kin word after a possessive
    ("Prime Minister's wife") is someone else's relation, not a description of this person."""
    phrase = _DETERMINER.sub("", phrase.strip())
    if _AFFILIATION.match(phrase) or YEAR_OLD.search(phrase):
        return True
    words = _COMPLEMENT.sub("", phrase).split()
    if not words:
        return False
    head = norm(words[-1])
    if head in RELATION_WORDS and any(w.endswith(("'s", "\u2019s")) for w in words[:-1]):
        return False
    singular = head[:-1] if head.endswith("s") and head[:-1] in _PERSON_HEADS else head
    return (
        singular in _PERSON_HEADS
        or is_role_compound(singular)
        or (head.isalpha() and len(head) > 4 and head.rstrip("s").endswith(_AGENT_ENDINGS))
    )


def _with_glued_number(tok: Any) -> str:
    """``tok``'s text with a number written against it: "100m" of "100m champion" (the tagger splits "100" off
    as a number, which a description otherwise leaves out with ages: trial 7 M6 gave "m champion")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and not before.whitespace_ and before.text.isdigit():
        return before.text + tok.text
    return tok.text


def numbered_thing(tok: Any) -> bool:
    """Whether proper noun ``tok`` has a number in digits right after it that counts it ("Number 10 said",
    "Terminal 5", "Apollo 11"): the name of a building, a place or a thing, never a person's (trial10 M2)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.text.isdigit() and nxt.head.i == tok.i and nxt.dep_ == "nummod"


def _affiliated(tok: Any) -> bool:
    """Whether ``tok`` is a party or people word the tagger marks (NORP): "Democrat", "Democratic", "Dutch"."""
    return tok.ent_type_ == "NORP" and tok.text[:1].isupper()


def _indices_of_words(doc: Any, words: Any) -> list[int]:
    """The indices of the tokens whose lower-case text is one of ``words``, read from the doc's array.

    A set of the words' ids (made once for a frozen word list) looked up token by token: ``numpy.isin``
    sorted the 185 role nouns again for every call (0.17 ms -> 0.07 ms a call on a PolNeAR dev article)."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    if not len(doc):
        return []
    wanted = _word_hashes(words) if isinstance(words, frozenset) else {get_string_id(w) for w in words}
    return [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in wanted]


@functools.lru_cache(maxsize=16)
def _word_hashes(words: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``words``, the ``LOWER`` values of tokens of those lower forms: a hash, or
    for one of spaCy's symbols ("mark", "root", "dep") its number, as ``StringStore`` gives them."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def _antecedent_of_who(tok: Any) -> bool:
    """Whether proper noun ``tok`` heads a relative clause opened by "who" ("Britain's Queen Elizabeth II, who
    said"): English uses "who" for people, so the noun phrase names a person even where the tagger found no
    person entity and the noun is no subject."""
    return any(
        c.dep_ == "relcl" and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "who" for w in c.children)
        for c in tok.children
    )


def _propn_indices(doc: Any) -> list[int]:
    """The indices of the tokens tagged proper nouns, read from the doc's array (no Token per token)."""
    import numpy as np
    from spacy.attrs import POS
    from spacy.parts_of_speech import PROPN

    return np.nonzero(doc.to_array(POS) == PROPN)[0].tolist() if len(doc) else []


def _proper_and_place_words(doc: Any) -> tuple[set[str], set[str]]:
    """(the words tagged proper nouns, the words the article uses as a place anywhere: a GPE or LOC
    entity, or a proper noun after "in"/"near"..., so "officials in Kyiv" makes "Kyiv said" a place).

    Read from the doc's arrays: only the tokens that qualify become Token objects (iterating the whole
    doc made one per token, about a million per 300 articles)."""
    import numpy as np
    from spacy.attrs import ENT_TYPE, POS

    arr = doc.to_array([POS, ENT_TYPE])
    if not len(arr):
        return set(), set()
    strings = doc.vocab.strings
    propn = _propn_indices(doc)
    places = np.nonzero((arr[:, 1] == strings.add("GPE")) | (arr[:, 1] == strings.add("LOC")))[0].tolist()
    proper = {doc[i].text for i in propn}
    as_place = Counter(doc[i].text for i in places) + Counter(doc[i].text for i in propn if _after_locative(doc[i]))
    # A word the tagger reads as a person's name more often than as a place is a name that it once misread
    # ("Salinas beat ..." four times, "Salinas' womb" a place once): a surname, not a place, in this article.
    as_person = Counter(doc[i].text for i in np.nonzero(arr[:, 1] == strings.add("PERSON"))[0].tolist())
    place = {w for w, n in as_place.items() if as_person[w] <= max(n, 1)}
    return proper, place


# Nouns for people that a name before them modifies ("Chelsea chairman", "Commons officials", "Trump aides").
_PEOPLE_NOUNS = frozenset(ROLE_NOUNS | UNNAMED_HEADS)
_LOCATIVES = frozenset({"in", "near", "outside", "across", "throughout", "inside"})
_GENDERED_PRONOUNS = frozenset(w for w, g in PRONOUNS.items() if g in ("female", "male"))


def _after_locative(tok: Any) -> bool:
    """A lone proper noun right after "in"/"near"/"outside" ("officials in Kyiv"), not a possessive."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.i == 0 or doc[tok.i - 1].text.lower() not in _LOCATIVES:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or (nxt.pos_ != "PROPN" and nxt.tag_ != "POS" and nxt.text not in ("'s", "\u2019s"))


_INITIAL = re.compile(r"[A-Z]\.")
# A first name written as initials in one token: "P.J.", "J.R.R." (a lone "J." is ``_INITIAL``).
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# "O'Reilly", "D'Angelo": a capital, an apostrophe and a capitalised word is a surname whatever the tagger calls it.
_CLAN_NAME = re.compile(r"[A-Z]['\u2019][A-Z][a-z]+")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _surname_title(title: str | None) -> bool:
    """Whether a lone word after ``title`` is a surname ("Mr Blair", "Sen. Flake"): after any title but a royal
    one or a knighthood, whose next word is a given name ("King Juan" is King Juan Carlos, ``ROYAL_TITLES``;
    "Sir Keir" is Sir Keir Starmer, ``KNIGHTHOOD_TITLES``)."""
    return title is not None and norm(title.split()[-1]) not in ROYAL_TITLES | KNIGHTHOOD_TITLES


# A number opening a stage name: "50" of "50 Cent", "9th" of "9th Wonder".
_NUMERAL_NAME_START = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")
# A word, then such a number and a capitalised word: where ``PersonTable._numeral_stage_names`` looks.
_NUMERAL_AFTER_WORD = re.compile(r"\b([A-Za-z]+)[ \t]+(\d{1,3}(?:st|nd|rd|th)?)[ \t]+[A-Z]")


def _swapped_pair(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped, first letter kept ("mikkleson"/"mikkelson")."""
    if len(a) != len(b) or a == b or a[:1] != b[:1]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_VOWELS = "aeiou"


def _vowel_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one vowel written as another, first letter kept ("hauser"/"houser")."""
    if len(a) != len(b) or a == b or a[:1] != b[:1]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


def _folded(word: str) -> str:
    """``word`` without its accents ("limón" -> "limon", "müller" -> "muller")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _skeleton(word: str) -> str:
    """How a name is spelt whatever its transliteration: accents dropped, first letter kept, then its
    consonants only, an "h" after a consonant dropped and a doubled letter written once ("mohammed",
    "muhammad" -> "mhmd"; "chaturvedi", "chaturvedy" -> "ctrvd"; "mukherjee", "mukerjee" -> "mkrj")."""
    word = _folded(word)
    out = word[:1]
    prev = word[:1]
    for c in word[1:]:
        if c in "aeiouy" or not c.isalpha():
            prev = c
            continue
        if c == "h" and prev not in "aeiouy" or c == out[-1:]:
            prev = c
            continue
        out += c
        prev = c
    return out


def _transliterated(a: str, b: str) -> bool:
    """Whether two name words are one name spelt two ways, as romanised names are ("Mohammed"/"Muhammad",
    "Chaturvedi"/"Chaturvedy", "Mukherjee"/"Mukerjee", "Limón"/"Limon"): the same first letter and
    ``_skeleton``, and otherwise alike (Indel ratio 70 or more), or the same letters but for accents.
    Both six letters or more unless only accents differ: "Smith" and "Smyth", "Allen" and "Allan" may be
    two families. Source: the romanisation variants of Arabic and Indic names in news style guides (AP,
    Reuters: "Muhammad" and "Mohammed" are both in use for one name)."""
    fa, fb = _folded(a), _folded(b)
    if fa == fb:
        return a != b
    if fa[:1] != fb[:1] or min(len(fa), len(fb)) < 6 or _skeleton(fa) != _skeleton(fb):
        return False
    return fuzz.ratio(fa, fb) >= 70


def _plural_pattern(noun: str) -> str:
    """A pattern for the regular plural of singular ``noun`` ("economist" -> economists, "spokesman" ->
    spokesmen, "deputy" -> deputies)."""
    if noun.endswith("man"):
        return re.escape(noun[:-3]) + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return re.escape(noun[:-1]) + "ies"
    return re.escape(noun) + "(?:s|es)"


def _plural_role(word: str) -> bool:
    """Whether lower-case ``word`` is the plural of a role noun ("inspectors", "analysts", "officials"): a group
    written with a capital at a sentence start ("Inspectors found ...") names nobody."""
    return len(word) > 3 and word.endswith("s") and (word[:-1] in ROLE_NOUNS or word in UNNAMED_HEADS)


def _product_code_last(words: list[str]) -> bool:
    """Whether a run of mixed-case words ends in an all-capitals word that is no regnal number or post-nominal
    ("Ford Bronco SUV", "Galaxy Tab LTE"): a product or model name. A person's name ends so only with a
    number ("Carl XVI Gustaf" is led by one, "John Smith III") or letters after it ("Jane Roe MP")."""
    if len(words) < 2 or any(w.isupper() for w in words[:-1]):
        return False
    last = words[-1].rstrip(".")
    return len(last) > 1 and last.isupper() and not _ROMAN.match(last) and norm(last) not in POST_NOMINALS


def _inside_person(tok: Any) -> bool:
    """Whether ``tok`` is a capitalised word continuing a person the tagger found ("O'Connor" of "Matthew
    O'Connor", which the tagger may call an adverb)."""
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.text[:1].isupper()


def _name_word(tok: Any) -> bool:
    """A word that can be part of a name: letters, with an apostrophe inside ("O'Brien", "Nyong'o").
    spaCy keeps such a word one token but does not count it alphabetic."""
    return tok.is_alpha or _NAME_WORD.fullmatch(tok.text) is not None


_COURTESY = frozenset({"mr", "mrs", "ms", "miss"})


def _title_gender(title: str | None) -> str | None:
    """ "female" or "male" for a courtesy title that tells it ("Mrs", "Mr", "Lady"; lexicon's gendered
    words), else None."""
    last = norm((title or "").split()[-1]) if title else ""
    return "female" if last in FEMALE_WORDS else "male" if last in MALE_WORDS else None


def _to_sentence_end(words: list[str]) -> list[str]:
    """A run of capitalised words cut after the word that ends a sentence ("Mr. Trump. But I've" is
    "Trump"); an initial ("J.") or an honorific ("Dr.") ends none, and an abbreviated generational suffix
    keeps its full stop, which is part of the name as written ("Donald Trump Sr.")."""
    for n, word in enumerate(words):
        if word.endswith(".") and len(word.rstrip(".")) > 1 and norm(word) not in HONORIFICS:
            if n and norm(word) in NAME_SUFFIXES:
                return words[: n + 1]
            return words[:n] + [word.rstrip(".")]
    return words


def first_name_start(words: list[str]) -> int:
    """Index of the first name in a run of capitalised ``words``, leaving out the words glued before
    "first name + surname" ("Firefighter Robert Savarese", a tweet's "Mirror Donald Trump", a party's "Tory Liam
    Fox", ``PARTY_MEMBER_WORDS``): 0 unless the
    run has three words or more, no particle, no initial or first name before, and exactly one surname
    word after a first name in gender-guesser's table. An English name puts the first name first, so
    capitalised words before it that are no first names are a role, a description or another name's end;
    longer names ("Aung San Suu Kyi") and names led by a surname stay whole."""
    if len(words) < 3 or norm(words[0]) in SURNAME_FIRST_FAMILY_NAMES:
        return 0  # "Nguyen Van Minh": a family name written first
    if norm(words[0]) in PARTY_MEMBER_WORDS and _gender_detector().get_gender(words[1]) != "unknown":
        return 1  # "Tory Liam Fox": the party before a first name and a surname
    for k in range(1, len(words) - 1):
        before = words[k - 1]
        if before in NAME_PARTICLES or _gender_detector().get_gender(before) != "unknown" or _INITIAL.fullmatch(before):
            return 0  # a first name (or an initial) already leads the run
        if len(words) - k == 2 and words[k][:1].isupper() and _gender_detector().get_gender(words[k]) != "unknown":
            return k
    return 0


def _without_repeat(words: list[str]) -> list[str]:
    """A run of name words cut where its first word comes again: "Sir John Hawkins John Hawkins's book" is
    the name twice, and a name never repeats its first word."""
    first = norm(words[0]) if words else ""
    for k in range(1, len(words)):
        if norm(words[k]) == first and not (k == 1 < len(words) - 1 and _doubled_first_name(words[0])):
            return words[:k]
    return words


def _doubled_first_name(word: str) -> bool:
    """Whether ``word``, written twice before a surname, is a doubled first name ("Dee Dee Roe", "Bo Bo Roe"): a
    short first name in gender-guesser's table, capitalised with lower case after. Titles of works that repeat
    a word ("Bye Bye Birdie", "Spend Spend Spend") repeat words that are no first names."""
    return (
        2 <= len(word) <= 8
        and word[:1].isupper()
        and word[1:].islower()
        and _gender_detector().get_gender(word) != "unknown"
    )


def _masked(tok: Any) -> bool:
    """The focus stage's placeholder for a quotation's words: never a name."""
    return tok.text == "Xquote"


# Where a capital says nothing about a word: the start of a text, a line, a sentence or a quotation.
_OPENING_BEFORE = re.compile(
    r"(?:^|\n)[ \t\"'\u201c\u2018(\[*\-\u2022]*$|[.!?:;\u2013\u2014][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]*$"
)
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _capital_only_from_position(text: str, tok: Any) -> bool:
    """Whether a one-word name run is a newsroom's label before a colon (``lexicon.pages.NOT_SPEAKER_LABELS``), or a
    common word capitalised only by where it stands: the tagger reads it as no proper noun and gives it no
    entity, and every time the article writes the word with a capital it opens a line, a sentence or a clause
    after a colon or a dash ("Gusts reached 90mph", "Yup - the senator had ..."). A name is capitalised
    wherever it stands, so it shows up inside a sentence too; and the tagger's proper noun ("Okafor said ...",
    met only at sentence starts) stays a name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.text.upper() in NOT_SPEAKER_LABELS and nxt is not None and nxt.text == ":":
        return True  # "Correction: An earlier version ...", "Update: ...": a newsroom's label, whatever the tagger read
    if tok.ent_type_ in _NAME_ENTITIES or tok.pos_ == "PROPN" or not tok.text[:1].isupper() or tok.text.isupper():
        return False  # the tagger's proper noun ("Okafor said ...") is a name wherever it stands
    for m in re.finditer(rf"(?<![\w\-]){re.escape(tok.text)}(?![\w\-])", text):
        if not _OPENING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return False
    return True


def _display_name(words: list[str]) -> str:
    """A name as the article would print it: "John legend" -> "John Legend", but "Chance the Rapper" and
    "Luis de Miranda" (particles, ``NAME_PARTICLES``, keep the case they were written in)."""
    kept = NAME_PARTICLES | {"the", "of"}
    # "REBECCA Cooke, 34, said": a tabloid's capitals on the first word are typography, not the name; a
    # regnal or generational number ("Carl XVI Gustaf", "John Smith III") and initials ("P.J.") are written in
    # capitals. A name of two words or more all in capitals ("LAVERNE COX:" heading a transcript's answers) is
    # typography too, first name included: each word of two letters or more is cased ("Al Gore").
    all_caps = len(words) > 1 and all(w.isupper() for w in words)
    shouted = len(words) > 1 and not all_caps
    return " ".join(
        _title_cased(w)
        if all_caps and _CAPITALS_WORD.fullmatch(w) and not (k and _ROMAN.match(w))
        else w.capitalize()
        if (w.islower() and w not in kept)
        or (shouted and w.isupper() and len(w) > 2 and not _ROMAN.match(w) and not _JOINED_INITIALS.fullmatch(w))
        else w
        for k, w in enumerate(words)
    )


def _title_cased(word: str) -> str:
    """A name's word in capitals written as a name: "COX" -> "Cox", "O'BRIEN" -> "O'Brien", "SMITH-JONES" ->
    "Smith-Jones" (a capital after an apostrophe or a hyphen)."""
    return re.sub(r"(^|['\u2019\-])([A-Z])([A-Z]*)", lambda m: m.group(1) + m.group(2) + m.group(3).lower(), word)


# A word in capitals that is a name's word, not initials: "COX", "O'BRIEN", "SMITH-JONES".
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'\u2019\-]*[A-Z]")


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\.?$")


# The capitalised word right before a position, with only spaces between ("New " before "York Times").
_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019.\-]*)[ \t]+$")
WORD_BEFORE_REACH = 80  # characters before a word in which _WORD_BEFORE looks for the capitalised word before it
# ", mayor of Dunmore," after a name (no article: those are the apposition facts() reads), and " was the
# architect of the library": the phrase a role-noun check then accepts or not.
_NOT_A_ROLE_START = r"(?!(?:a|an|the|who|whose|which|that|and|but|or|nor|his|her|their|its|our|my)\s)"
_BARE_APPOSITION = re.compile(
    r",\s+" + _NOT_A_ROLE_START + r"([a-z][^,.;:\u201c\u201d\"]{2,60}?)(?:,|\.(?:\s|$)|;| who | whose )"
)
# A relative clause on the name gives a role as a copula or appointment would ("Anna Berg, who is the chancellor,";
# "Rita Olsen, who was named head coach on Monday,"): the clause's subject is the name it follows.
_WHO_OPTIONAL = r"(?:,\s+who)?(?:\s+(?:also|now|currently|still|then|later|once))?"
_DEFINITE_COPULA = re.compile(
    _WHO_OPTIONAL + r"\s+(?:is|was|has been|had been|serves as|served as)\s+the\s+"
    r"([a-z][^,.;:\u201c\u201d\"]{2,50}?)(?:[,.;]| who | and | with )"
)
# A role given by a verb of becoming or appointment: "Omar Haddad became chief executive of the airline in 2019",
# "Ana Costa was named finance minister on Monday" (the article's word for the role may then stand for the name).
_BECAME_ROLE = re.compile(
    _WHO_OPTIONAL + r"\s+(?:became|has become|had become|was named|was appointed|was elected|has been named|"
    r"has been appointed|was promoted to|was sworn in as|took over as)\s+(?:the\s+|a\s+|an\s+)?"
    r"([a-z][^,.;:\u201c\u201d\"]{2,50}?)(?:[,.;]| who | and | with | in (?=\d)| on | since | last | this )"
)
# A role left by a verb of leaving: "John Hart resigned as health minister on Monday", "Ana Costa, who stepped down
# as chief executive in May," (the role is then a past one: "former health minister").
_LEFT_ROLE = re.compile(
    _WHO_OPTIONAL + r"\s+(?:resigned|resigns|stepped down|steps down|quit|quits|retired|retires|was ousted|was sacked|"
    r"was fired|was removed|was dismissed|has resigned|has stepped down|had resigned|had stepped down)\s+as\s+"
    r"(?:the\s+)?([a-z][^,.;:\u201c\u201d\"]{2,50}?)(?:[,.;]| who | and | with | in | on | after | last | this )"
)
_ROLE_HEADS = frozenset(ROLE_NOUNS | OFFICE_TITLES)
_HEADLINE_BREAK = re.compile(r"[,:;!?|\"\u201d]$|^[-\u2013\u2014|]+$")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# The last two words in square brackets, a first name and a surname: "[House Leader Jane Roe]", "[Jane Roe]".
# A nickname in quotation marks between a first name and a surname: 'Robert "Bobby" Lane', "Thomas 'Tommy' Lane".
_QUOTED_NICKNAME = re.compile(
    r"(?<![\w'\u2019-])(?P<first>[A-Z][a-z]+)[ \t]+[\"\u201c'\u2018](?P<nick>[A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?)"
    r"[\"\u201d'\u2019][ \t]+(?P<last>[A-Z][\w'\u2019-]*[a-z])(?![\w-])"
)
_BRACKETED_NAME = re.compile(r"\[(?:[A-Z][\w.'\u2019-]*\s+){0,4}([A-Z][a-z]+)\s+([A-Z][\w'\u2019-]*[a-z])\]")
# A first name an editor put in brackets between a title and a surname: "Coach (Frank) Vogel", "Judge (Harold)
# Greene", "Prime Minister (Junichiro) Koizumi".
_TITLE_BRACKETED_FIRST = re.compile(
    r"(?<![\w'\u2019-])(?P<title>[A-Z][a-z]+\.?)[ \t]+\((?P<first>[A-Z][a-z]+)\)[ \t]+"
    r"(?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'\u2019-])"
)
_CAP_RUN = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")


# A capitalised word right after a first name that is also a country: "Israel Katz", "Jordan Peterson".
_BEFORE_CAPITALISED_WORD = re.compile(r"[ \t]+[A-Z][a-z]")

# A dateline's place: all-caps words opening a paragraph, before "(", a dash or a comma ("KATHMANDU (Reuters) -").
_DATELINE_PLACE = re.compile(
    r"[ \t]*([A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,2})(?=[ \t]*(?:\(|,|-|\u2013|\u2014))"
)


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted(country_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@functools.cache
def _capital_pattern() -> re.Pattern[str]:
    names = sorted(CAPITAL_CITIES, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@functools.cache
def _country_prefilter() -> Prefilter:
    return Prefilter([_country_pattern()])  # one RE2 pass instead of Python's scan of 250 names at every offset


@functools.cache
def _gender_detector() -> Any:
    import gender_guesser.detector  # loads its name table (about 40,000 first names) once, on first use

    return gender_guesser.detector.Detector(case_sensitive=False)


def given_name_gender(word: str) -> str | None:
    """ "male" or "female" when ``word`` is a first name given (almost) only to men or to women in gender-guesser's
    table, else None ("mostly_" and androgynous names, words not in the table)."""
    guess = _gender_detector().get_gender(word)
    return guess if guess in ("male", "female") else None


def given_name(word: str) -> bool:
    """Whether ``word`` is a first name in gender-guesser's table (any gender, "andy" and "mostly_" ones too)."""
    return _gender_detector().get_gender(word) != "unknown"


# Words that put an office in a person's past ("the former minister", "ex-minister Tom Kerr").
_REFLEXIVE_GENDER = {"herself": "female", "himself": "male"}  # the gender a reflexive shows ("defended herself")
_PAST_WORDS = frozenset({"former", "ex"})


def first_name_gender(name: str | None) -> str | None:
    """ "female" or "male" when the first word of a full ``name`` is a first name given (almost) only to
    women or to men in gender-guesser's table (Michael, Jörg: 40,000 names from 55 countries), or a hyphenated
    one whose parts all are, else None ("mostly_" and androgynous names, one-word names, names not in the
    table). A leading initial is passed over ("C. Stewart Verdery" is Stewart)."""
    words = (name or "").split()
    if len(words) > 2 and _INITIAL.fullmatch(words[0]):
        words = words[1:]  # "J. Edgar Hoover": the name used after the initial tells
    if len(words) < 2:
        return None
    guess = _gender_detector().get_gender(words[0])
    if guess == "unknown" and "-" in words[0]:
        # A compound given name the table lacks ("Jean-Marc", "Hans-Peter", "Marie-Claire") has the gender its
        # parts share; parts that differ ("Jean-Marie" is a man's name) decide nothing.
        parts = {_gender_detector().get_gender(w) for w in words[0].split("-") if w}
        guess = parts.pop() if len(parts) == 1 else "unknown"
    if guess in ("female", "male") and _english_usage_differs(words[0], guess):
        return None
    return guess if guess in ("female", "male") else None


# Where English news is written: gender-guesser's country columns read for a name's use in English.
_ENGLISH_COUNTRIES = ("great_britain", "usa")


@functools.lru_cache(maxsize=4096)
def _english_usage_differs(first: str, guess: str) -> bool:
    """Whether first name ``first``, given to ``guess`` ("male") over all gender-guesser's countries, leans the
    other way in Britain or the United States ("Jean", "Jan": men's names in France and the Netherlands, women's
    in English; trial10 M11): then the name tells no gender."""
    other = "female" if guess == "male" else "male"
    return any(_gender_detector().get_gender(first, c) in (other, f"mostly_{other}") for c in _ENGLISH_COUNTRIES)


def _topic_of_question_to(tok: Any, pronoun: Any) -> bool:
    """Whether the name at ``tok`` lies inside a subjectless clause of asking that modifies the verb whose
    subject is ``pronoun``: "Asked if Mr Blunkett could return, he replied ...", "When asked about Smith, she
    said ...". The understood subject of "asked" is the main clause's subject (subject control of a fronted
    participial adjunct), so the person asked about is the topic of the question, not the one who answers."""
    if tok is None or pronoun is None or pronoun.dep_ not in ("nsubj", "nsubjpass") or tok.doc is not pronoun.doc:
        return False
    verb = pronoun.head
    for up in tok.ancestors:
        if up.i == verb.i:
            return False
        if up.head.i == verb.i and up.dep_ == "advcl" and cue_lemma(up) in QUESTION_LEMMAS:
            return not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children)
    return False


def _name_head(tok: Any) -> Any:
    """The token a name's words hang on: up from ``tok`` over "compound" and "flat" ("Jack" -> "Stone"); None
    for None."""
    head = tok
    while head is not None and head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    return head


def _other_gender_before(tok: Any, covers: Any) -> bool:
    """Whether a personal pronoun of the gender other than he/she ``tok``'s stands before it in its sentence outside
    quotation marks (``covers``): "She said that he would lose": the sentence goes on with her, so "he" is someone
    else than the person the sentence before named."""
    gender = PRONOUNS.get(tok.lower_)
    return any(
        PRONOUNS.get(t.lower_) in ("female", "male") and PRONOUNS.get(t.lower_) != gender and not covers(t.idx)
        for t in tok.sent
        if t.i < tok.i
    )


def _pronoun_subject(sent: Any) -> bool:
    """Whether the main verb of sentence ``sent`` has "he" or "she" for its subject ("She skirted the question")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in sent.root.children)


def main_clause_subject(tok: Any) -> bool:
    """Whether the name at token ``tok`` is the subject of a clause no other verb reports (``_main_subject``)."""
    return tok is not None and _main_subject(tok)


def _main_subject(tok: Any) -> bool:
    """Whether the name at ``tok`` is the subject of a clause that is not reported by another verb."""
    head = _name_head(tok)
    # "The former chief inspector, Richard Butler, told ...": the subject's own name; through a chain of
    # appositions too ("Her son, the striker Jack Stone, spoke": Stone is in apposition to "striker", itself
    # in apposition to the subject; trial 12 F3).
    while head.dep_ == "appos" and head.head is not head and head.head.dep_ in ("nsubj", "nsubjpass", "appos"):
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    if _opens_paragraph(verb):
        return True
    # "The saga ended with Mr Blunkett quitting", "the deal that Smith signed": the subject of a clause inside a
    # phrase or a relative clause is no clause subject a later he/she continues (centering reads main clauses).
    return verb.dep_ not in ("ccomp", "pcomp", "relcl", "acl")


def _opens_paragraph(verb: Any) -> bool:
    """Whether clause ``verb`` hangs on a word of an earlier paragraph: a line break lies between that word and the
    clause's first word. The parser runs a paragraph into the sentence before when the line between was blanked
    (a heading the focus stage skipped: "He said: "Q"\n\nCanada's Ann Roe wants ..." makes "wants" a ccomp of
    "said"), yet a paragraph opens a sentence of its own: its clause is a main clause."""
    head = verb.head
    if head is verb or head.i > verb.i:
        return False
    return any("\n" in t.text_with_ws for t in verb.doc[head.i : verb.left_edge.i])


def _parent_and_child(a: list[str], b: list[str]) -> bool:
    """Whether two full names differ only by a generational suffix ("Marcus Holloway" and "Marcus Holloway Jr."):
    two people, a father and his son."""
    core_a = [w for w in a if w not in NAME_SUFFIXES]
    core_b = [w for w in b if w not in NAME_SUFFIXES]
    return len(core_a) >= 2 and core_a == core_b and (len(a) != len(core_a)) != (len(b) != len(core_b))


def joined_letters(doc: Any, i: int) -> tuple[int, int] | None:
    """The first and last token index of "S and P" / "A & M" around token ``i`` (one capital letter joined by
    "and" or "&" to another; wire copy's Standard & Poor's): a firm's initials, never a person's first name.
    None when token ``i`` is no such letter."""

    def letter(j: int) -> bool:
        return 0 <= j < len(doc) and len(doc[j].text) == 1 and doc[j].text.isupper()

    def joiner(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].lower_ in ("and", "&")

    if letter(i) and joiner(i + 1) and letter(i + 2):
        return i, i + 2
    if letter(i) and joiner(i - 1) and letter(i - 2):
        return i - 2, i
    return None


# Dependency labels of a verb's arguments (spaCy's English scheme): a word in one of these roles is no modifier.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "iobj", "pobj", "attr", "ccomp", "xcomp", "advcl"})


def _tied_to_name(before: Any, name: list[Any]) -> bool:
    """Whether token ``before``, right before the name tokens ``name``, belongs to the name's phrase: it modifies a
    name word ("NYU professor Jane Roe") or the name is in apposition to it ("the scientist Jane Roe"). A word
    the parse puts elsewhere is no descriptor of the person: "the party establishment abhors Trump", where a verb
    the tagger took for a noun, parsed with Trump as its object or as its verb (trial8 M2)."""
    inside = {t.i for t in name}
    if before.tag_ == "NNS" and before.text[:1].islower():
        # A plural common noun right before one person's name describes no one person: a verb the tagger took for
        # a plural noun ("abhors"; with the headline its own sentence the parse makes it the name's compound) or a
        # group ("dancers Ann Roe and Tom Ash"). A title in capitals ("Senators") is not lower case.
        return False
    if before.head.i in inside:
        return before.dep_ not in _ARGUMENT_DEPS  # "abhors" parsed as the subject of a verb "Trump"

    return any(t.head.i == before.i and t.dep_ in ("appos", "compound", "flat", "nmod") for t in name)


# The Arabic article written joined to a surname ("al-Assad", "el-Sisi"), which news also leaves off ("Assad").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)")
# An American legislator's party and state after the name: "(D-Vt.)", "(R-N.Y.)", ", I-South Carolina,".
_PARTY_AND_STATE = re.compile(r"(?<![\w\-])[DRI]-(?:[A-Z][a-z]*\.?){1,2}(?: [A-Z][a-z]+)?(?=\s*[),])")


def _surname(key: list[str]) -> str:
    """The surname of a normalised name, past a generational suffix: "donald trump jr" -> "trump"."""
    core = [w for w in key if w not in NAME_SUFFIXES] or key
    return core[-1]


# A word that may open a sentence before a name and still describe the person: "Actor Ann Roe", "81-year-old Ann Roe".
_OPENING_POS = ("NOUN", "ADJ", "NUM")


class NameKeys(list):  # type: ignore[type-arg]
    """The normalised name words of each person (a list of word lists, by person index) with two look-ups that
    spare a scan of every person per name (quadratic in an article of thousands of names, issue 9).

    ``sharing_a_word(key)``: in index order, every person whose words, as they are or as they were, share a
    word with ``key`` (a superset of the people whose name contains ``key`` or is contained in it; an empty
    name shares with everyone). ``same_initials(key)``: every person with a name, now or before, of as many
    words with the same initials. Callers test the exact condition on what they get. Only ``append`` and item
    assignment change the list (a key is never edited in place).
    """

    def __init__(self) -> None:
        super().__init__()
        self._by_word: dict[str, set[int]] = {}
        self._by_initials: dict[tuple[str, ...], set[int]] = {}
        self._empty: set[int] = set()
        self._by_skeleton: dict[str, set[int]] = {}  # ``_skeleton`` of a full name's surname -> people

    def _note(self, i: int, key: list[str]) -> None:
        if not key:
            self._empty.add(i)
        for w in key:
            self._by_word.setdefault(w, set()).add(i)
            if not w.isascii():
                self._by_word.setdefault(_folded(w), set()).add(i)  # "lópez" is also "lopez"
            if _ARABIC_ARTICLE.match(w):
                self._by_word.setdefault(_ARABIC_ARTICLE.sub("", w), set()).add(i)  # "al-assad" is also "assad"
        self._by_initials.setdefault(tuple(w[:1] for w in key), set()).add(i)
        if len(key) > 1:
            self._by_skeleton.setdefault(_skeleton(key[-1]), set()).add(i)

    def append(self, key: list[str]) -> None:
        """Add the name words of a new person."""
        super().append(key)
        self._note(len(self) - 1, key)

    def __setitem__(self, i: Any, key: Any) -> None:
        super().__setitem__(i, key)
        self._note(i if i >= 0 else len(self) + i, key)

    def sharing_a_word(self, key: list[str]) -> list[int]:
        """See the class."""
        if not key:
            return list(range(len(self)))
        found = set(self._empty)
        for w in set(key):
            found |= self._by_word.get(w, set())
        return sorted(found)

    def same_initials(self, key: list[str]) -> list[int]:
        """See the class."""
        return sorted(self._by_initials.get(tuple(w[:1] for w in key), set()))

    def same_skeleton(self, word: str) -> list[int]:
        """Every person of a full name (two words or more) whose surname, now or before, has ``word``'s
        ``_skeleton``: the candidates for a transliterated or unaccented spelling of it."""
        return sorted(self._by_skeleton.get(_skeleton(word), set()))


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    if n > len(longer) or (n and shorter[0] not in longer):
        return False  # most pairs of names share no word: one membership test answers them
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
