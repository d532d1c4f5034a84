"""Token helpers the attribution rules and features share: sentences, cue verbs, subjects, noun phrases.

All offsets are character offsets into ``ArticleState.clean_text`` (which has the length of the text as
given); tokens are spaCy tokens of the parse over ``ArticleState.parse_text``.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from ....lexicon.cues import (
    ACTION_CUE_LEMMAS,
    CONTENT_NOUN_FORMS,
    CUE_LEMMAS,
    CUE_WORD_FORMS,
    DOCUMENT_NOUNS,
    FORM_TO_LEMMA,
    RULE_TEXT_NOUNS,
    STATEMENT_NOUNS,
    WEAK_CUE_LEMMAS,
)
from ....lexicon.organisations import BODY_NOUNS, COLLECTIVE_SOURCES, ORG_HEADS, ORG_WORDS, PUBLICATION_NOUNS
from ....lexicon.people import (
    FEMALE_WORDS,
    GENERIC_GROUP_WORDS,
    MALE_WORDS,
    PARTY_MEMBER_WORDS,
    RELATION_WORDS,
    SPEAKS_FOR_HEADS,
    UNNAMED_HEADS,
)
from ....lexicon.titles import ABBREVIATIONS, OFFICE_TITLES, ROLE_NOUNS
from ...state import ArticleState

_SENT_END = re.compile(r"[.!?]+(?=[\s\"'\u201c\u201d\u2018\u2019)]*(?:\s|$))")
PRONOUNS = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "themselves": "plural",
    "i": "self",
    "we": "plural",
    "you": "other",
    "it": "neuter",
}
RELATIVE = {"who", "which", "that", "whom"}
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_NP_DEPS_LEFT = {
    "det",
    "amod",
    "compound",
    "nummod",
    "poss",
    "nmod",
    "quantmod",
    "case",
    "punct",
    "npadvmod",
    "advmod",
    "prep",
    "pobj",
    "cc",
    "conj",
    "hyph",
}


class TokenIndex:
    """Character offsets to spaCy tokens."""

    def __init__(self, doc: Any) -> None:
        from spacy.attrs import IDX, IS_SPACE

        self.doc = doc
        columns = doc.to_array([IDX, IS_SPACE]).T.tolist() if len(doc) else [[], []]
        self.starts: list[int] = columns[0]
        self._space: list[int] = columns[1]
        self._tokens: list[Any] | None = None

    def tokens_in(self, start: int, end: int) -> list[Any]:
        """The non-space tokens starting in ``[start, end)`` (character offsets), in order; O(log n + k).

        The doc's tokens are made once (``list(doc)``) and shared by every call: the stages ask for the
        same sentences again and again (PolNeAR dev: 611,000 tokens asked for, 180,000 in the docs)."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        if self._tokens is None:
            self._tokens = list(self.doc)
        tokens, space = self._tokens, self._space
        return [tokens[k] for k in range(i, j) if not space[k]]

    def token_at(self, offset: int) -> Any | None:
        """The token covering character ``offset``, or None when it falls on white space or outside the doc."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= offset < tok.idx + len(tok) else None


def token_index(ex: ArticleState) -> TokenIndex:
    """The article's token index, built once and shared by the stages that need it."""
    if ex.token_index is None or ex.token_index.doc is not ex.doc:
        ex.token_index = TokenIndex(ex.doc)
    return ex.token_index


def sentence_bounds(text: str, lo: int, hi: int) -> list[int]:
    """Offsets where a new sentence starts in narrative text text[lo:hi]."""
    cuts = []
    for m in _SENT_END.finditer(text, lo, hi):
        # Never inside parentheses: "Harry M. Reid (D-Nev.) said".
        window = text[max(lo, m.start() - 40) : m.start()]
        if window.rfind("(") > window.rfind(")"):
            continue
        if text[m.start()] == ".":
            word = re.search(r"([\w.]+)$", text[max(lo, m.start() - 12) : m.start()])
            w = word.group(1).lower() if word else ""
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:\w\.)+\w", w):
                continue
        cuts.append(m.end())
    return cuts


def cue_lemma(tok: Any) -> str:
    """The cue verb's lemma from our own table (the pipeline runs without a lemmatizer)."""
    low = tok.text.lower()
    return FORM_TO_LEMMA.get(low) or (tok.lemma_.lower() if tok.lemma_ else low)


def is_cue(tok: Any) -> bool:
    """Whether ``tok`` is a speech or writing verb (``lexicon.cues``): a verb by its lemma, or an
    inflected cue form the tagger took for a noun or adjective ("says" as NNS)."""
    lemma = cue_lemma(tok)
    if lemma not in CUE_LEMMAS and tok.text.lower() not in CUE_WORD_FORMS:
        return False
    if tok.tag_.startswith("VB"):
        return lemma in CUE_LEMMAS
    # A verb the tagger missed ("says" as NNS, "Says" as NNP): only inflected forms, never the bare noun "report"
    # or "state" ("the state's epidemic").
    low = tok.text.lower()
    return (
        low in CUE_WORD_FORMS
        and low.endswith(("s", "ed", "id", "ld", "te", "ote"))
        and low not in ("report", "reports", "comments", "statement")
        and low not in CUE_LEMMAS
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
        and tok.pos_ in ("NOUN", "PROPN", "ADJ", "AUX")
    )


def noun_phrase(tok: Any, lo: int, hi: int) -> tuple[int, int]:
    """The character span of the noun phrase headed by tok, clipped to [lo, hi)."""
    if tok.pos_ == "PRON" or tok.text.lower() in PRONOUNS or tok.text.lower() in RELATIVE:
        return tok.idx, tok.idx + len(tok)
    left = tok
    for child in tok.lefts:
        if (
            child.dep_
            in ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod", "advmod", "punct", "hyph")
            and child.idx >= lo
        ):
            left = child if child.i < left.i else left
            for sub in child.subtree:
                if sub.i < left.i and sub.idx >= lo:
                    left = sub
    before = tok.doc[left.i - 1] if left.i > 0 else None
    if tok.dep_ == "amod" and before is not None and before.dep_ == "det" and before.head is tok.head:
        left = before  # "The 29-year-old wrote", its article hung on the verb (``_nominal_adjective_subject``)
    right = tok
    for child in tok.rights:
        if (
            child.dep_ in ("compound", "flat", "nummod")
            or (child.dep_ == "prep" and child.text.lower() in ("for", "of", "at", "to", "with", "from", "close"))
            or (child.dep_ == "amod" and child.text.lower() == "close")
        ):
            # An apposition or a relative clause inside ("of Teachers (NUT)", "of X, which ...") is no part of it.
            aside = {t.i for a in child.subtree if a.dep_ in ("relcl", "appos") for t in a.subtree}
            for sub in child.subtree:
                if sub.i > right.i and sub.idx + len(sub) <= hi and sub.i not in aside:
                    right = sub
        else:
            break
    # Do not run past a comma-delimited apposition or a clause, nor across a line break (a title without a
    # full stop runs into the next line for the parser: "... In June\n\nMayor Ines Roth said").
    toks = [t for t in tok.doc[left.i : right.i + 1]]
    breaks = [k for k, t in enumerate(toks) if t.is_space and "\n" in t.text]
    if breaks:
        at = next((k for k, t in enumerate(toks) if t.i == tok.i), 0)
        toks = toks[
            max([k + 1 for k in breaks if k < at], default=0) : min([k for k in breaks if k > at], default=len(toks))
        ]
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("cc", "punct", "advmod")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    if not toks:
        return tok.idx, tok.idx + len(tok)
    if len(toks) > 14:
        toks = [t for t in toks if t.i <= tok.i][-6:]
    start = max(lo, toks[0].idx)
    end = min(hi, toks[-1].idx + len(toks[-1]))
    if end <= start:  # the phrase lies outside the window: fall back to the head word itself
        return tok.idx, tok.idx + len(tok)
    return start, end


def is_mask(tok: Any) -> bool:
    """The placeholder the focus stage puts in place of a long quotation's words."""
    return tok.text == "Xquote"


def _names_a_person(tok: Any) -> bool:
    """Whether noun ``tok`` is a name or a role of a person ("director", "spokeswoman": ``ROLE_NOUNS``)."""
    return tok.pos_ == "PROPN" or tok.text.lower() in ROLE_NOUNS or tok.text.lower() in OFFICE_TITLES


def subject_of(verb: Any) -> Any | None:
    """The grammatical subject of ``verb`` (a nominal subject first, then a clausal one; for a relative
    clause its antecedent; else the subject of a governing verb up to four heads up), never the masked
    quotation; None when there is none."""
    # A nominal subject first: a quotation is sometimes parsed as the clausal subject of its cue. A dash
    # taken for a noun ("public ― Trump boasted") is no subject.
    nominal = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)]
    fronted = [c for c in nominal if c.i < verb.i and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","]
    if len(nominal) > 1 and fronted and fronted[0] is nominal[0] and not _names_a_person(fronted[0]):
        # "Outside court, Priya's father Dev Shah said": a verb has one subject, so of two the parser found, the
        # first, set off by a comma, is a fronted phrase it mislabelled; the one nearest the verb is the subject.
        # A person's description there is the subject with a name in apposition ("Trump's state director, Bob
        # Ladunchik stressed").
        before = [c for c in nominal if c.i < verb.i]
        return before[-1]
    if nominal:
        return nominal[0]
    nominal_adjective = _nominal_adjective_subject(verb)
    if nominal_adjective is not None:
        return nominal_adjective
    for child in verb.children:
        if child.dep_ in SUBJ_DEPS and _wordlike(child):
            return child
    if verb.dep_ == "relcl":
        return verb.head
    shared = _coordinated_subject(verb)
    if shared is not None and not across_paragraphs(shared, verb):
        return shared
    finite = _finite_conjunct_of(verb)
    if finite is not None:
        return finite
    # "X went on to say", "and claims he said", "punctuated his list by saying": climb to a verb with a subject.
    head = verb
    for _ in range(4):
        if head.head is head or head.dep_ in ("relcl", "ROOT", "ccomp"):
            break
        head = head.head
        for child in head.children:
            if child.dep_ in SUBJ_DEPS and not is_mask(child):
                return child if not across_paragraphs(child, verb) else hung_on_paragraph_before(verb)
    return hung_on_paragraph_before(verb) if shared is not None else _name_hung_before(verb)


def _nominal_adjective_subject(verb: Any) -> Any | None:
    """The subject of ``verb`` when the parser read it as the noun of an adjective used as a noun: "The 29-year-old
    wrote on Instagram" parsed with "The" as the verb's determiner and "old" as its adjectival modifier (a finite
    verb takes no determiner, so the words before it are a noun phrase, its subject). The adjective is returned;
    None when ``verb`` has no determiner before it or no adjective after that determiner."""
    if verb.tag_ not in _FINITE_TAGS:
        return None
    dets = [c for c in verb.children if c.dep_ == "det" and c.i < verb.i]
    if not dets:
        return None
    adjectives = [c for c in verb.children if c.dep_ == "amod" and dets[0].i < c.i < verb.i]
    return adjectives[-1] if adjectives else None


# Finite verb tags: past, present third person, present other.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _finite_conjunct_of(verb: Any) -> Any | None:
    """The subject of the finite verb a finite ``verb`` is really coordinated with, when the parser hung it on a
    bare infinitive inside a clause below ("Bell said the rules would take effect in May and promised to "listen"",
    "she insisted there was "no way" the council could lose, and criticised the union": "promised" and
    "criticised" coordinate with "said" and "insisted", since a finite verb never coordinates with the infinitive
    after "would" or "could", nor with the participle of "could have beaten"). The nearest full verb above with
    the same tag and a nominal subject gives it (a copula is passed by: "there was "no way" the council could
    lose, and criticised"); None when ``verb`` is no such conjunct or none is found within six heads."""
    head = verb.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE_TAGS or not (head.tag_ == "VB" or head.tag_ == "VBN" and modal):
        return None
    node = verb.head
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.tag_ != verb.tag_ or node.pos_ != "VERB":
            continue
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)), None)
        if subj is not None and not across_paragraphs(subj, verb):
            return subj
    return None


def _name_hung_before(verb: Any) -> Any | None:
    """The subject the parser hung elsewhere: a finite verb with none, right after a proper noun it made an
    apposition ("... deflection to Clinton's hypothesis Trump agreed he paid no taxes and said, "Q"" with no
    comma before "Trump"), or the first of such coordinated verbs ("agreed ... and said"). None otherwise."""
    while True:
        before = verb.doc[verb.i - 1] if verb.i else None
        if verb.tag_ in ("VBD", "VBZ", "VBP") and before is not None and before.pos_ == "PROPN":
            return before if before.dep_ == "appos" and _wordlike(before) else None
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
            return None
        verb = verb.head


def across_paragraphs(a: Any, b: Any) -> bool:
    """Whether a line break (a paragraph break in the working text) lies between tokens ``a`` and ``b``:
    no sentence runs over one, so neither is the other's subject or verb whatever the parse says."""
    # The span's own text, not ``doc.text[lo:hi]``: spaCy rebuilds ``doc.text`` from every token on each call.
    lo, hi = sorted((a.i, b.i))
    return "\n" in a.doc[lo:hi].text_with_ws


def hung_on_paragraph_before(verb: Any) -> Any | None:
    """The subject of ``verb`` when the parser joined its paragraph to the one before ("... toward the GOP." then
    "81-year-old Ann Roe, a nominal Republican, said:", which does not open with a capital): the last noun of
    the verb's paragraph, before it, that the parser hung on a word of the paragraph before. None without one."""
    doc = verb.doc
    found = None
    for tok in reversed(doc[max(0, verb.i - 60) : verb.i]):
        if tok.is_space and "\n" in tok.text:
            return found
        if found is None and tok.pos_ in ("PROPN", "NOUN", "PRON") and across_paragraphs(tok.head, tok):
            found = tok
    return None


def _wordlike(tok: Any) -> bool:
    return not is_mask(tok) and any(ch.isalnum() for ch in tok.text)


def _coordinated_subject(verb: Any) -> Any | None:
    """The subject a verb shares with the verb coordinated before it: "Swanson surfaced after a few seconds,
    yelled "Q", and ..." (the parser often hangs the second verb on the clause's governor as a ``ccomp``).

    Only a verb right after a comma, with no subject of its own, whose sibling before it (same head, a
    clause) has one; None otherwise.
    """
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    # A finite verb with no subordinator hung as an adverbial clause is the same misparse of a coordination.
    finite_advcl = (
        verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "mark" for c in verb.children)
    )
    if verb.dep_ not in ("ccomp", "conj") and not finite_advcl:
        return None
    siblings = [t for t in verb.head.children if t.i < verb.i and t.dep_ in ("ccomp", "conj") and t.pos_ == "VERB"]
    for sib in reversed(siblings):
        subj = next((c for c in sib.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)), None)
        if subj is not None:
            return subj
    return None


def coordinated_reporter(cue: Any) -> Any | None:
    """The speaker of a cue coordinated with a reporting verb whose reported clause the parser made its first
    conjunct: "Lee agreed he paid no taxes and said, "Q"" (the parser hangs "said" on "paid", whose subject is
    spoken about) -> Lee, the subject of "agreed". Only a cue with no subject of its own that opens a direct
    quotation (a comma or colon, then a quotation mark, within a few words); None otherwise."""
    if cue.dep_ != "conj" or any(c.dep_ in SUBJ_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    doc = cue.doc
    after = (cue.whitespace_ + doc[cue.i + 1 : cue.i + 16].text_with_ws)[:50]  # not doc.text: rebuilt on each call
    if not _OPENS_QUOTE.match(after):
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)), None)


# A cue's object or addressee, then a comma or colon and an opening quotation mark: 'said, "', 'told reporters: "'.
_OPENS_QUOTE = re.compile(r"[^\"\u201c\u201d.;]{0,35}?[,:]\s*[\"\u201c]")


def participle_speaker(cue: Any) -> Any | None:
    """The speaker of a participle cue closing a sentence of reported speech: "He denied activists had
    forced the changes, telling the BBC "Q"" -> He; "... an architect who said he was stiffed, saying, "Q""
    -> the main clause's subject.

    The parser hangs ", saying/telling/adding" on the nearest verb, often one inside the reported clause or
    a relative clause, whose subject is spoken about; in news prose such a participle after a comma goes
    with the sentence's main clause. None unless the cue is such a participle (VBG after a comma, no
    subject of its own) and a reported or relative clause lies between it and a main verb with a subject.
    """
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj") or cue.i == 0:
        return None
    if cue.doc[cue.i - 1].text != "," or any(c.dep_ in SUBJ_DEPS for c in cue.children):
        return None
    crossed = False
    node = cue
    for _ in range(12):
        if node.head.i == node.i:
            break
        # A content clause of a noun ("addressed reports that X has emerged, saying") is crossed like a ccomp.
        crossed = crossed or node.dep_ in ("ccomp", "relcl") or (node.dep_ == "acl" and _has_mark(node))
        node = node.head
    if not crossed or node.head.i != node.i:
        return None
    return next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and _wordlike(c)), None)


def _has_mark(clause: Any) -> bool:
    """Whether the clause headed by ``clause`` opens with a subordinating conjunction ("that X has emerged")."""
    return any(c.dep_ == "mark" for c in clause.children)


def quoted_speaker(cue: Any) -> Any | None:
    """The speaker of "X quotes/quoted/cites/reported Y as saying "Q"": Y, the object of the quoting verb, whoever
    its subject is (an outlet or a report relays the words; it does not say them); in the passive, "Y was
    quoted (by X) as saying", Y is the verb's subject. None for other cues."""
    prep = cue.head
    if cue.tag_ != "VBG" or prep.i == cue.i or prep.lower_ != "as":
        return None
    verb = prep.head
    if cue_lemma(verb) not in ("quote", "cite", "report"):
        return None
    role = "nsubjpass" if is_passive(verb) else "dobj"
    return next((c for c in verb.children if c.dep_ == role and _wordlike(c)), None)


def personish(tok: Any) -> bool:
    """Whether ``tok`` could refer to a speaker: a personal or relative pronoun, a noun or proper noun,
    or a PERSON/ORG/NORP/GPE entity (not "it", not "you")."""
    low = tok.text.lower()
    if low in PRONOUNS:
        return PRONOUNS[low] not in ("neuter", "other")
    if low in RELATIVE or low in ("one", "another", "others"):
        return True
    return tok.pos_ in ("PROPN", "NOUN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def is_passive(verb: Any) -> bool:
    """Whether ``verb`` is in the passive voice ("is said", "was criticised")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def agent_of(verb: Any) -> Any | None:
    """The agent of a passive verb ("criticised for X by campaigners" -> campaigners), else None.

    In a passive cue the subject is what was spoken about, the agent is the speaker (issue 11, kind 8).
    The parser often hangs "by ..." on the noun before it, so a "by" one prepositional phrase down counts.
    """
    if not is_passive(verb):
        return None
    frontier = list(verb.children)
    for _ in range(3):
        nxt = []
        for tok in frontier:
            if tok.dep_ in ("agent", "prep") and tok.text.lower() == "by":
                return next((g for g in tok.children if g.dep_ == "pobj"), None)
            if tok.dep_ in ("prep", "pobj", "dobj"):
                nxt.extend(tok.children)
        frontier = nxt
    return None


# How a noun of saying takes what was said: a clause ("the claim that ...", "his pledge to ..."), an apposition, or
# a phrase of topic ("his comments about women being ...").
_CONTENT_DEPS = frozenset({"acl", "ccomp", "appos"})
_TOPIC_PREPS = frozenset({"about", "of", "on"})
_COPULA_FORMS = frozenset({"is", "was", "are", "were", "been", "be"})


def _content_of(noun: Any, child: Any) -> bool:
    """Whether ``child`` of ``noun`` holds what ``noun`` says: a content clause or phrase, not a relative clause
    (a "relcl" counts only with the conjunction "that" of a content clause: "the claim that Ford plans ...")."""
    if child.dep_ in _CONTENT_DEPS:
        return True
    if child.dep_ == "relcl":
        return _has_mark(child)
    return child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS


def statement_owner(tok: Any, lo: int) -> Any | None:
    """The possessor of a noun of saying whose content holds token ``tok`` (the first word of a quotation):
    "Clinton's comments that half his supporters belong in a "basket of deplorables"" -> Clinton, "His reply was
    that "nothing has changed"" -> His, whoever is
    the subject of the clause inside (issue 11, kind 8) or of the sentence. Only a noun at or after character
    ``lo`` and before ``tok``; a speech verb met first on the way up (not a weak cue, ``WEAK_CUE_LEMMAS``) governs
    the words itself, and None is returned, as it is when no such noun is found."""
    node = tok
    for _ in range(10):
        head = node.head
        if head is node or head.idx < lo or head.sent.start != tok.sent.start:
            return None
        if head.pos_ in ("VERB", "AUX") and is_cue(head) and cue_lemma(head) not in WEAK_CUE_LEMMAS:
            return None
        if head.i < tok.i and head.lower_ in CONTENT_NOUN_FORMS and _content_of(head, node):
            return next((c for c in head.children if c.dep_ == "poss" and _wordlike(c)), None)
        if head.lower_ in _COPULA_FORMS and node.dep_ == "ccomp" and _has_mark(node):
            # "Obama's response, Winfrey said, was that "we remain whole."": the clause is what the noun said.
            noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if noun is None or noun.lower_ not in CONTENT_NOUN_FORMS or noun.i > tok.i:
                return None
            return next((c for c in noun.children if c.dep_ == "poss" and _wordlike(c)), None)
        node = head
    return None


def in_saying_content(verb: Any) -> bool:
    """Whether clause ``verb`` lies in what a noun of saying holds ("comments about women being "pigs"",
    ``CONTENT_NOUN_FORMS``), below any verb of saying: its subject is then talked about, not the speaker
    (issue 11, kind 8: scare quotes about someone are the commenter's or nobody's)."""
    node = verb
    for _ in range(6):
        head = node.head
        if head is node or (head.pos_ in ("VERB", "AUX") and is_cue(head)):
            return False
        if head.lower_ in CONTENT_NOUN_FORMS and _content_of(head, node):
            return True
        node = head
    return False


def reporter_above(cue: Any, lo: int, hi: int) -> Any:
    """The verb of saying that reports the clause an action cue stands in: "Trump said that Clinton has been
    hitting him "with ..."" -> said (``ACTION_CUE_LEMMAS``); the reporter must lie in characters [lo, hi) and a
    clausal complement must be crossed on the way up. ``cue`` itself when there is none, or it is no action cue."""
    if cue_lemma(cue) not in ACTION_CUE_LEMMAS:
        return cue
    node, crossed = cue, False
    for _ in range(8):
        if node.head is node:
            break
        crossed = crossed or node.dep_ == "ccomp"
        node = node.head
        if crossed and lo <= node.idx < hi and is_cue(node) and cue_lemma(node) not in WEAK_CUE_LEMMAS:
            return node
    return cue


@functools.cache
def _source_nouns() -> frozenset[str]:
    """The common nouns that name someone who can speak or something that carries words (lower case, singular
    and plural as the lexicons list them): people's roles, relations and groups, bodies, documents, statements
    and rule texts (``lexicon.titles``, ``lexicon.people``, ``lexicon.organisations``, ``lexicon.cues``). PolNeAR
    and the news gold take a document for a source ("A 2014 House Intelligence Committee report" said), so the
    document nouns count."""
    words = ROLE_NOUNS | OFFICE_TITLES | set(UNNAMED_HEADS) | SPEAKS_FOR_HEADS | COLLECTIVE_SOURCES
    words |= set(RELATION_WORDS) | set(FEMALE_WORDS) | set(MALE_WORDS) | PARTY_MEMBER_WORDS | GENERIC_GROUP_WORDS
    words |= ORG_WORDS | ORG_HEADS | BODY_NOUNS | PUBLICATION_NOUNS
    words |= DOCUMENT_NOUNS | STATEMENT_NOUNS | RULE_TEXT_NOUNS | CONTENT_NOUN_FORMS
    return frozenset(w.lower().rstrip(".") for w in words)


# Endings of agent nouns (the one who does: "firefighter", "campaigner", "economist", "historian", "resident",
# "applicant", "employee"), singular and plural; "-ment" nouns ("statement", "government") are no agents by
# ending (the lexicons list the ones that speak).
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants", "ee", "ees")


def could_be_source(tok: Any) -> bool:
    """Whether the mention headed by ``tok`` could be the source of a quotation: a person, a body or a text
    that carries words. True for a personal or relative pronoun (not "you"; "it" may stand for a body), a proper
    noun, a PERSON, ORG, NORP or GPE entity, a capitalised word inside a sentence (a name the tagger read as a
    common noun), and a common noun the lexicons list as a person, a group, a body, a document or a statement
    (``_source_nouns``) or with an agent noun's ending; False for any other noun ("lighter winds", "the next
    round of arrests", "the book's title"): a thing the clause is about, which speaks no words. ``tok``: a spaCy
    token."""
    low = tok.text.lower()
    if low in PRONOUNS or low in RELATIVE or low in ("one", "another", "others"):
        return low != "you"
    if not personish(tok):
        return False
    if tok.pos_ != "NOUN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return True  # a name the tagger read as a common noun ("Flake said")
    if tok.doc[tok.i + 1 : tok.i + 3].text.replace(" ", "").startswith("-old"):
        return True  # "the 30-year-old"
    stem = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else low
    if low in _source_nouns() or stem in _source_nouns() or low[:-1] in _source_nouns():
        return True
    return low.endswith(_AGENT_ENDINGS) and not low.endswith(("ment", "ments"))
