"""indirect: reported speech and other attributions, with the content as the quote's span.

Patterns, read off the dependency parse of paragraphs with a cue verb:

* ``X said (that) CLAUSE`` / ``X told Y (that) CLAUSE`` / ``X claimed, argued, warned that CLAUSE`` /
  ``X assured, reminded, informed Y that CLAUSE`` (``lexicon.cues.ADDRESSED_SPEECH_LEMMAS``, not the one addressed):
  a cue verb with a subject and a clausal complement (ccomp); a participle takes its sentence's
  subject ("..., adding that CLAUSE", "noting that CLAUSE");
* ``CLAUSE, X said.``: the same structure with the clause first;
* ``X's claim that CLAUSE`` / ``his belief that CLAUSE``: a cue noun (``lexicon.cues.NOMINAL_CUES``)
  with a possessor for source and a that-clause for content;
* ``As X noted, CLAUSE`` / ``CLAUSE, as X reported``: the clause an "as" clause holding the cue hangs on;
* ``in X's view, CLAUSE`` / ``in the opinion of X, CLAUSE``: as "according to", a reported belief;
* ``NP was criticized / first reported by X``: a cue of ``lexicon.cues.PASSIVE_CUES`` in the passive with an agent,
  its subject the content and the agent the source;
* ``according to X, CLAUSE``: the sentence's main clause; X is the phrase after "to", headed by
  its own head noun ("a recent poll of Indiana voters" is a poll, never the voters or a person
  named nearby); a relative clause after X (", which is published ...") describes X, it is no content.

Attribution is broader than speech (PolNeAR, Newell et al. 2018, annotates beliefs, intentions,
stances and the findings of documents). Every such quote keeps kind "indirect"; its ``evidence``
(the rule) names the cue family, so a belief or a poll's finding never reads as words spoken:

* "reported speech": the speech verbs above;
* "reported belief": ``X believes/thinks/hopes/fears/expects (that) CLAUSE`` (``lexicon.cues.BELIEF_LEMMAS``);
* "reported finding": ``a poll shows / the report found (that) CLAUSE``, its subject a document, poll
  or record (``DOCUMENT_NOUNS``) or a named organisation, never an abstract noun ("experience shows"); also
  ``CLAUSE, the poll found.`` read off the text (``_trailing_findings``) and ``In a poll, CLAUSE`` (``_in_poll``);
* "reported intention": ``X vowed/pledged/plans to VP``, ``X urged Y to VP`` (``INTENTION_LEMMAS``), ``X's plan /
  pledge / decision to VP`` (``INTENTION_NOUNS``, a possessor for source, read where parsed):
  the "to" infinitive, without the addressee; never a passive ("was intended to"); a request
  (``X asked Y to VP``, ``called on Y to VP``, ``lexicon.cues.REQUEST_CUES``) keeps the person asked;
* "reported stance": ``X called for NP``, ``pushed for NP to VP``, ``spoke about NP``, ``accused Y of NP``
  (``STANCE_PREPOSITIONS``, ``PREPOSITION_CUES``: "referred to NP", "believes in NP"): the preposition's object.

Content that is a phrase, not a clause (PARC 3.0, Pareti 2016; PolNeAR): ``X criticized / endorsed /
announced / opposed NP`` (``lexicon.cues.OBJECT_CUES``; the family is the verb's) takes the direct object
and the complements right after it ("criticized Clinton for her emails", "described the plan as a
disgrace"), never an adjunct of time or place ("in Georgia", "on Tuesday"); a pronoun, a date, a place
or an amount is no content ("said Tuesday", "visited Ohio"), and verbs whose object is the person
addressed ("told reporters") are not among these cues. ``X sought / wants / decided / refused to VP``
(``INFINITIVE_CUES``) is an intention. ``Quote.content`` says the shape ("clause", "infinitive", "noun
phrase"), so a reader who wants reported statements only can leave the rest out. Only the stance verbs' forms
widen the focus stage's parse (``_reporting_forms``); the other cues are read in sentences parsed for another
reason. None is read in a relative clause ("Democrats who attacked her accusers") or under another verb ("tried to
defend"), but for "continued to attack" (a stance kept up) and the verbs of backing in a relative clause. A stance
verb's pronoun object is content ("opposed it"); "back" takes a person only ("backs Mr. Cruz").

A belief, intention or stance whose subject is "I", "we" or "you" outside quotation marks is an
interview's own answer, not a report about a source: nothing is recorded. A content span ends
before a non-restrictive relative clause that closes it (", who worked on ..."), the writer's
gloss on someone named.

What is not reported speech (``non_assertive``): a cue that is negated ("did not say whether",
"would not say", "never said"), governed by a refusal ("declined to say whether", "refused to
say if"), hypothetical ("critics might argue that") or conditional ("if she says that ...")
reports no statement, and nothing is recorded; a negated belief ("doesn't think that ...") is a belief all the
same (``_reports_nothing``). An indirect question ("asked whether the minister
would resign", "wondered if ...") is speech, but a question: its span keeps "whether"/"if", so it
never reads as an assertion. A denial ("denied that it had misled parliament") is speech whose
content the source rejects: the span is the content denied, the cue is "denied" and the evidence
says "reported denial", so the negation is never dropped silently. A cue in title case
("Lawyers Argue That Their Client ...") belongs to a headline or a link, not to prose.

A clause that overlaps a quotation in marks is left to that quotation (the
direct or partial quote already carries it), unless it holds one quoted fragment: then the fragment's
quote grows into a mixed quote of the whole clause or phrase, the fragment kept (``_Finder.mixed``).
A belief verb in the passive with a "to" infinitive ("the Fed is not expected to change rates", "is believed to")
states a belief held by people the text does not name: its subject and infinitive are the content, with no source
mention and the evidence ``SOURCELESS_RULE`` (``_Finder.sourceless``), as PolNeAR annotates them.
A question put to someone ("Asked whether he would resign, the minister said ...", "when asked by a reporter if
...") is the asker's speech, never the answer's: the question is the content, its source the agent after "by" or
nobody named, its evidence ``QUESTION_RULE`` (``_Finder.question_put``).
Limits: a noun-phrase cue in a sentence the focus stage left unparsed, clauses whose parse is broken, and other
sourceless evidentials are missed: "is considered", "is seen as", and the raising verbs of appearance ("X seems
to ...", "a deal looks unlikely"), of which PolNeAR annotates about half (21 of 40 "seems/appears to" on its dev
tune half); a rule for them matched 32 of 46 pieces on the tune half but 11 of 28 on the check half (2026-11-30),
so it was dropped, as was one for agentless passives of judgement ("was accused of", "is considered", "was billed
as": 19 of 26 on tune, 3 of 7 on check). Also tried and dropped (2026-11-30, PolNeAR dev): first-person beliefs
("I think ...", 20 of 26 new pieces right on tune outside broadcast transcripts, 2 of 8 on check); phrase cues in a
relative clause ("a PAC that endorsed Rubio", 10 of 21 on tune); the pronoun of a restrictive relative clause ("a rule
that he said would ...") as a piece of its own (4 of 9; round 20 keeps only "..., which/who he said ..." and "what",
10 of 10, ``_extracted_relative``);
"expect/want NP to VP" (3 of 4 on tune, 0 of 1 on check).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any

from ...lexicon.cues import (
    ADDRESSED_SPEECH_LEMMAS,
    ADDRESSEE_LEMMAS,
    BELIEF_LEMMAS,
    CANDIDATE_CUES,
    CONDITIONAL_MARKS,
    CUE_LEMMAS,
    CUE_WORD_FORMS,
    CUES_READ_WHERE_PARSED,
    DENIAL_LEMMAS,
    DENIED_STATEMENT_NOUNS,
    DOCUMENT_COLLECTIONS,
    DOCUMENT_NOUNS,
    FINDING_LEMMAS,
    FINDING_RECORDS,
    GROUNDS_CUES,
    HEARD_CLAUSE_NOUNS,
    HYPOTHETICAL_MODALS,
    INFINITIVE_CUES,
    INTENTION_LEMMAS,
    INTENTION_NOUNS,
    LABEL_CUES,
    NOMINAL_CUES,
    OBJECT_CONTROL_FORMS,
    OBJECT_CUES,
    OFFERED_SPEECH_NOUNS,
    OWNED_STANCE_NOUNS,
    PASSIVE_CUES,
    PHYSICAL_ATTACKERS,
    PHYSICAL_SENSE_CUES,
    PHYSICAL_TARGETS,
    PREPOSITION_CUES,
    QUANTITY_SOURCES,
    QUESTION_COMPLEMENTISERS,
    REFUSAL_FORMS,
    REPORTING_LEMMAS,
    REQUEST_CUES,
    SOURCELESS_PASSIVE_FORMS,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    STATEMENT_ADJECTIVES,
    UNHELD_IDEA_NOUNS,
    UNWILLING_ADJECTIVES,
    VERBAL_ATTACK_PREPOSITIONS,
    WEAPON_NOUNS,
    attribution_forms,
    object_forms,
    passive_forms,
)
from ...lexicon.organisations import COLLECTIVE_SOURCES, ORG_HEADS
from ...lexicon.people import UNNAMED_HEADS
from ...lexicon.titles import ALL_TITLES, ROLE_HEADS_FOR_OFFICES, norm_word
from ...model import Quote, Span
from ...text.headings import MAX_TITLE_LINE_WORDS, headline_attribution
from ...text.paragraphs import Paragraphs
from ...text.sentences import sentences
from ..registry import register_stage
from ..state import ArticleState
from .attribution import (
    STATEMENT_OWNER,
    Attribution,
    apposed_name,
    cue_lemma,
    noun_phrase,
    personish,
    subject_of,
    token_index,
)
from .attribution.candidates import DATELINE_REST, dateline_end
from .attribution.tokens import across_paragraphs, agent_of, hung_on_paragraph_before, quoted_speaker
from .transcript import transcript_turns

# Verbs an organisation or a document can be the subject of ("it said", "it warned").
DOCUMENT_LEMMAS: frozenset[str] = frozenset(
    ["say", "tell", "report", "announce", "warn", "state", "note", "add", "write", "claim", "estimate", "predict"]
)
_DOCUMENT_OR_FINDING = DOCUMENT_LEMMAS | FINDING_LEMMAS
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")


# The cue lemmas this stage reads, by family: what the source did with the content.
# Speech verbs with an addressee between the cue and the clause ("assured residents that ...") are speech too.
SPEECH_LEMMAS: frozenset[str] = REPORTING_LEMMAS | ADDRESSED_SPEECH_LEMMAS
FAMILY_RULES: dict[str, str] = {
    "speech": "reported speech",
    "belief": "reported belief",
    "finding": "reported finding",
    "intention": "reported intention",
    "stance": "reported stance",
}
_FORM_LEMMA: dict[str, str] = attribution_forms(
    SPEECH_LEMMAS
    | BELIEF_LEMMAS
    | FINDING_LEMMAS
    | INTENTION_LEMMAS
    | frozenset(STANCE_PREPOSITIONS)
    | frozenset(REQUEST_CUES)
)


_OBJECT_FORM_LEMMA: dict[str, str] = object_forms()
_PASSIVE_FORM_LEMMA: dict[str, str] = passive_forms()
_REQUEST_FORM_LEMMA: dict[str, str] = attribution_forms(frozenset(REQUEST_CUES))
# Families of ``lexicon.cues.OBJECT_CUES`` whose forms send a sentence to the parser (``_reporting_forms``): the verbs
# of stance ("criticized the plan", "backs Mr. Cruz"): on PolNeAR dev (2026-12-02) they added about 20 matches per
# half at 0.8 precision. The speech verbs ("recounted the attack", "expressed the hardship") added 8 more matches over
# both halves but the parse of "She expressed ..." gave the people stage a mention that moved a later "she said" to
# another woman (extra5), so they are parsed under guards (``CONTENT_OBJECT_FORMS``), and the beliefs ("They want
# safe homes" in a transcript) are read only where parsed. A bare "back" is mostly the adverb ("came back"): its other
# forms suffice.
_PARSED_OBJECT_FAMILIES = frozenset({"stance"})
_UNPARSED_OBJECT_FORMS = frozenset({"back"})
_PARSED_PREPOSITION_CUES = frozenset({"rail"})  # "railed against the tax code": a stance
# The content's shape (``Quote.content``): a clause, a "to" infinitive, or a noun phrase (a verb's or a
# preposition's object: "criticized the plan", "called for a ban").
CLAUSE, INFINITIVE, NOUN_PHRASE = "clause", "infinitive", "noun phrase"


def attribution_lemma(tok: Any) -> str:
    """``tok``'s lemma in this stage's cue table (participles included: "adding", "noting"), else
    ``cue_lemma``'s."""
    return _FORM_LEMMA.get(tok.text.lower()) or cue_lemma(tok)


def cue_family(lemma: str) -> str | None:
    """The family of an attribution cue: "speech" ("said that"), "belief" ("thinks that", "hopes
    that", ``lexicon.cues.BELIEF_LEMMAS``), "finding" (a poll "shows that", a report "found that",
    ``FINDING_LEMMAS``); None for a word that is not a cue of this stage."""
    if lemma in SPEECH_LEMMAS:
        return "speech"
    if lemma in BELIEF_LEMMAS:
        return "belief"
    if lemma in FINDING_LEMMAS:
        return "finding"
    return None


def _reporting_forms() -> re.Pattern[str]:
    """The word forms of every cue family and "according to": the focus stage keeps the sentences holding one
    for the parser (each form costs parse time on the sentences it matches). Of the phrase cues' forms only the
    stance verbs' are in (``_PARSED_OBJECT_FAMILIES``, round 20): all of them would send 3.3 % more words to the
    parser on PolNeAR dev (145,546 -> 150,307 of 217,956, 2026-11-30) for 39 more of its reported-speech quotes at
    0.70 precision, and one process's extraction fell from 3.2x to 2.98x textacy's speed (issue 12 asks for 3x); the
    stance verbs alone gave about 40 matches at 0.8 (2026-12-02). The rest are read where a sentence is parsed for
    another reason, as are the cue verbs of ``lexicon.cues.CUES_READ_WHERE_PARSED``."""
    nominal = {f for noun in NOMINAL_CUES for f in (noun, noun + "s")}
    nominal |= {f"{noun}{end} that" for noun in HEARD_CLAUSE_NOUNS for end in ("", "s")}
    stances = {**STANCE_NOUNS, **OWNED_STANCE_NOUNS}.items()  # "his support for", "attacks on" (round 20)
    nominal |= {f"{noun}{end} {prep}" for noun, preps in stances for prep in preps for end in ("", "s")}
    widening = {f for f, lemma in _FORM_LEMMA.items() if lemma not in CUES_READ_WHERE_PARSED}
    widening |= {
        f
        for f, lemma in _OBJECT_FORM_LEMMA.items()
        if (OBJECT_CUES.get(lemma) in _PARSED_OBJECT_FAMILIES or lemma in _PARSED_PREPOSITION_CUES)
        and f not in _UNPARSED_OBJECT_FORMS
    }
    forms = sorted(widening | nominal, key=len, reverse=True)
    return re.compile(r"\b(?:according to|" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)


REPORTING_FORMS = _reporting_forms()


def _content_object_forms() -> re.Pattern[str]:
    """The word forms of the speech verbs whose object is what was said (``lexicon.cues.OBJECT_CUES``: "recounted
    the attack", "expressed concern"): the focus stage keeps a sentence holding one for the parser, but only that
    sentence (not the one before it that names a he/she subject's referent), only by a past or "-ing" form (a bare
    "detail", "voice" or "question" is mostly the noun), and not where the sentence opens with he/she: the parse of
    "She expressed ..." gave the people stage a pronoun whose referent was never parsed, and a later "she said" went
    to another woman (extra5). On PolNeAR dev (2026-12-02) they added 7 finds, 6 right, over both halves."""
    forms = {
        f
        for f, lemma in _OBJECT_FORM_LEMMA.items()
        if OBJECT_CUES.get(lemma) == "speech"
        and lemma != "question"  # "was questioned by police", "questioned whether ...": seldom a content object
        and f.endswith(("ed", "ing"))
        and not REPORTING_FORMS.fullmatch(f)
    }
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b", re.IGNORECASE)


CONTENT_OBJECT_FORMS = _content_object_forms()
MIN_CLAUSE_TOKENS = 3


def _clause_span(clause: Any) -> tuple[int, int]:
    """The reported clause's characters: its subtree without a leading "that", edge punctuation, or
    a participle hung on after a comma (", conceding the race"), which is the reporter's narration,
    not what was said. A leading "whether"/"if" stays: it makes the clause a question ("asked
    whether ...") or a condition ("said if he were elected, ..."), and without it the clause would
    read as an assertion."""
    toks = [t for t in clause.subtree]
    for child in clause.rights:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            left = min(t.i for t in child.subtree)
            if left > 0 and child.doc[left - 1].text == ",":
                toks = [t for t in toks if t.i < left - 1]
                break
    toks = without_trailing_gloss(_before_according(_before_next_cue(_within_line(toks, clause), clause)))
    while toks and (toks[0].dep_ == "mark" and toks[0].text.lower() == "that" or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    # "said Clinton is honest, and three-quarters said ...": the parser leaves the joining "and" of the next
    # statement in the clause's subtree; the clause ends before it.
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc" and toks[-1].lower_ in _JOINERS):
        toks = toks[:-1]
    if not toks:
        return clause.idx, clause.idx
    return toks[0].idx, span_end(toks)


_JOINERS = frozenset({"and", "but", "while", "whereas", "or"})
# What may stand between two clauses of one statement the parser hung on the cue apart: nothing, "and", "or",
# "and that", "but that" ("said that A, and that B"); a bare "but" may open the writer's own clause.
_JOINED = re.compile(r"(?:(?:and|or)(?: then)?(?: that)?|but that)?")
_MODALS = frozenset({"would", "could", "will", "might", "should", "can", "may"})


def _modal_tail(verb: Any, end: int, text: str) -> int:
    """The end of a reported clause [.., end) with the subjectless modal predicate the parser joined to the cue
    after it: in "said she hoped to get her account back, and then would continue to campaign" the
    "would continue" is the clause's (a speaker reporting her own plan), not a second act of the cue's
    subject, which a past cue would not join with a bare modal. A predicate that reports content of its own
    ("and would add that ...") is the source's own act and stays out."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.idx < end or any(c.dep_ in _CLAUSE_SUBJECTS for c in conj.children):
            continue
        if cue_family(attribution_lemma(conj)) is not None or any(c.dep_ == "ccomp" for c in conj.children):
            return end
        if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in conj.children) or verb.tag_ != "VBD":
            return end
        if not _JOINED.fullmatch(text[end : conj.left_edge.idx].strip(" ,")) or conj.left_edge.idx == end:
            return end
        span = _trimmed(list(conj.subtree))
        return span[1] if span is not None else end
    return end


def _clause_before_inverted_cue(finder: _Finder, verb: Any) -> bool:
    """'The plant is hanging on, but it is under pressure from imports, said its chief executive, John Ferriola.':
    the parser may join an inverted trailing cue ("said X" after a comma, its subject after it) to the sentence's
    verb as a second predicate; the words before the comma, a finite clause with its own subject, are the content.
    Whether one was recorded."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].text != "," or head.i > verb.i:
        return False
    if not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children) or cue_family(cue_lemma(verb)) != "speech":
        return False
    if not _finite(head) or not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        return False
    if any(t.i > verb.i for t in head.subtree if not t.is_punct and t.i not in {x.i for x in verb.subtree}):
        return False  # the sentence goes on after the cue's phrase: no trailing cue
    start = max(head.sent.start, min(t.i for t in head.subtree))
    span = _trimmed(_after_last_break(list(doc[start : verb.i - 1])))
    subj = _speaker_of(verb)
    if span is None or subj is None or span[1] - span[0] < 10 or not finder.same_paragraph(*span, verb.idx):
        return False
    if finder.overlaps(span[0], verb.idx + len(verb)):
        return False
    finder.add(*span, "reported speech", subj, verb, 0.7)
    return True


_OFFER_FORMS: frozenset[str] = frozenset(attribution_forms(frozenset(["offer"])))


def _offered_speech(finder: _Finder, tok: Any) -> None:
    """'Sanders offered some pointed advice to Clinton', 'offered their thoughts and prayers to the victims': "offer"
    with an object that is something said (``lexicon.cues.OFFERED_SPEECH_NOUNS``) reports it, a noun phrase with
    its complements (``_with_complements``). Nothing for "offered no explanation" (an absence), a passive ("was
    offered a scholarship"), or an offer in a relative clause, under another verb or in a headline (as
    ``_Finder.more_cues``)."""
    if tok.dep_ in _NOT_TAKEN or tok.dep_ in _REDUCED_RELATIVE or _unasserted(tok) or _passive_cue(tok):
        return
    if non_assertive(tok) is not None or in_title_case(tok):
        return
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.lower_.removesuffix("s") not in OFFERED_SPEECH_NOUNS:
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return
    toks = _with_complements(tok, list(obj.subtree))
    for c in tok.children:  # "offered advice | to Hillary Clinton": the one addressed, hung on the verb as a dative
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.left_edge.i == toks[-1].i + 1:
            toks = toks + list(c.subtree)
    span = _trimmed(without_trailing_gloss(toks))
    promised = next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.i > obj.i and c.left_edge.lower_ == "that"), None
    )
    shape = NOUN_PHRASE
    if promised is not None:  # "offered her firmest promise yet that she would not allow it": what was promised
        span, shape = _clause_span(promised), CLAUSE
    subj = _named_source(tok, "speech")
    if span is None or subj is None or not finder.same_paragraph(*span, tok.idx):
        return
    if finder.overlaps(min(tok.idx, span[0]), span[1]):
        finder.mixed_phrase(span, subj, tok)
        return
    finder.add(*span, FAMILY_RULES["speech"], subj, tok, 0.6, shape=shape)


def _finding_shape(toks: list[Any]) -> str | None:
    """The shape of a finding stated without tense (``_Finder.finding_phrase``; ``toks`` in text order): a clause
    when a verb form follows its subject ("found Clinton leading by seven points", "showed staff favoring her"),
    else a noun phrase ("polls show high levels of discontent"). None for "find it" with a predicate ("has found
    it difficult to satisfy users", "finds it useful"): the subject's experience of a task, no finding at all."""
    if toks[0].lower_ == "it" and len(toks) > 1 and toks[1].pos_ in ("ADJ", "ADV"):
        return None
    first = next((t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")), None)
    if first is not None and any(t.tag_.startswith("VB") and t.i > first.i for t in toks):
        return CLAUSE
    return NOUN_PHRASE


def _passive_cue(verb: Any) -> bool:
    """Whether cue ``verb`` is in the passive ("the results of which will be announced", "no allegiances would be
    disclosed", "was told that ..."): its subject is what was said or the one told, never the source, and the clause
    the parser may hang on it is the writer's. A passive with an agent is read by ``_Finder.passive``."""
    # "he's said he'll fight": the parser may read the "'s" of "has" as a passive's "is"
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children)


def _before_second_source(others: list[Any], s: int, e: int) -> int:
    """The end of a reported clause [s, e) before the subject of a second cue of the same verb that the parser left
    inside it: in "One in three said A and one in four said B" the parser joins "one in four" to A's last noun and
    hangs the second "said" on the first, with no subject; A ends before "and one in four" (a joining word and at
    most ``MAX_SECOND_SOURCE_TOKENS`` words without a verb, right before the second cue)."""
    for more in others:
        if cue_family(attribution_lemma(more)) is None or subject_of(more) is not None or more.idx < e:
            continue
        doc = more.doc
        between = doc[max(0, more.i - MAX_SECOND_SOURCE_TOKENS - 1) : more.i]
        if between[-1].idx + len(between[-1]) != e:
            continue  # the second cue does not follow the clause's last word
        joiner = next((t for t in reversed(between) if t.dep_ == "cc" and t.lower_ in ("and", "but")), None)
        if joiner is None or joiner.idx <= s or any(t.pos_ in ("VERB", "AUX") for t in doc[joiner.i : more.i]):
            continue
        kept = [t for t in doc[: joiner.i] if t.idx >= s]
        while kept and (kept[-1].is_punct or kept[-1].is_space):
            kept = kept[:-1]
        if kept:
            return kept[-1].idx + len(kept[-1])
    return e


MAX_SECOND_SOURCE_TOKENS = 6  # "and one in four", "but most Republicans": the second source's words


def _within_line(toks: list[Any], clause: Any) -> list[Any]:
    """``toks`` up to the first line break after the clause's verb: a title ending in ";" or no full stop
    ("Trump says praise from Putin helps the U.S.;") runs into the next line for the parser, but a reported
    clause never crosses a line break (the ``same_paragraph`` test would drop the whole clause)."""
    brk = next((t.i for t in toks if t.i > clause.i and t.is_space and "\n" in t.text), None)
    toks = toks if brk is None else [t for t in toks if t.i < brk]
    # Nor does it start before one: a title or a quotation closing the paragraph before ("Carly Fiorina: 'Bill
    # Clinton's fair game.'" above "Donald Trump is on solid ground ..., Carly Fiorina said") runs into the
    # clause for the parser, which may hang it on the clause's verb; the clause starts after the line break.
    doc = clause.doc  # (``Doc.text`` joins the whole text on each call: the tokens between are read instead)
    ordered = sorted(toks, key=lambda t: t.i)
    start = 0
    for k in range(1, len(ordered)):
        if ordered[k].i > clause.i:
            break
        if any(t.is_space and "\n" in t.text for t in doc[ordered[k - 1].i : ordered[k].i]):
            start = k
    return ordered[start:] if start else toks


def _before_according(toks: list[Any]) -> list[Any]:
    """``toks`` up to a ", according to X" the parser hung inside the clause: "said Wall Street hurts the
    economy, according to exit polls" names a second source, the one that reports the whole statement."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower_ == "according" and toks[k - 1].text == "," and toks[k + 1].lower_ == "to":
            return toks[: k - 1]
    return toks


def _before_next_cue(toks: list[Any], clause: Any) -> list[Any]:
    """``toks`` up to a second cue joined to the clause: "Six in 10 said Clinton is honest, and
    three-quarters said the same of Sanders" or "said A and said B" give two statements, and the
    parser often hangs the second on the first's clause (as it does a subjectless speech verb,
    ``_second_act``); the joining word and comma are dropped."""
    for t in toks:
        if t.i <= clause.i or t.dep_ not in ("conj", "advcl") or not t.tag_.startswith("VB"):
            continue
        if cue_family(attribution_lemma(t)) is None and not _second_act(t, clause):
            continue
        if _shares_clause(t, clause):
            continue  # "says Obama is acting unlawfully and showing disregard for ...": the clause's own verb
        if _second_complement(t):
            continue  # "said that A but that those requests were denied": "that" opens a second clause of the cue
        left = min(x.i for x in t.subtree)
        kept = [x for x in toks if x.i < left]
        while kept and (kept[-1].is_punct or kept[-1].is_space or kept[-1].lower_ in _JOINERS):
            kept = kept[:-1]
        return kept or toks
    return toks


def _second_complement(verb: Any) -> bool:
    """Whether ``verb``, joined to the reported clause, opens with the complementizer "that" of its own ("said
    he asked twice but that those requests were denied", "said the plan would raise taxes and that it would add
    costs"): a "that" clause cannot stand as a sentence, so it is a second complement of the same cue, whatever
    its verb ("denied", "add" are cues elsewhere), not a second act of the source."""
    return verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)


def _shares_clause(verb: Any, clause: Any) -> bool:
    """Whether a belief or finding verb ("showing", "fears") is the reported clause's second predicate: joined
    to the clause's verb with no subject and no clause of its own ("says Obama is acting unlawfully and showing
    disregard for ..."), it says what the clause's subject did. With a clause of its own ("said he heard gunfire
    and suspected that ...") it is as often the source's own second act, and a speech verb so joined always
    is (``_second_act``): neither is shared."""
    if verb.dep_ != "conj" or verb.head.i != clause.i:
        return False
    if any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ == "ccomp" for c in verb.children):
        return False
    return cue_family(attribution_lemma(verb)) in ("belief", "finding") and not _second_act(verb, clause)


def _second_act(verb: Any, clause: Any) -> bool:
    """Whether ``verb`` is a speech verb (``lexicon.cues.CUE_LEMMAS``) joined to the reported clause's own
    verb with no subject of its own and with content of its own: "said he makes $41,000 a year and
    questioned how ...", "said the plan would cost jobs, and called him a liar" report a second act of
    the source, which the parser hangs on the first clause."""
    if verb.dep_ != "conj" or verb.head.i != clause.i or cue_lemma(verb) not in CUE_LEMMAS:
        return False
    children = list(verb.children)
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in children):
        return False
    # Only a verb that reports content of its own (a clause, or a label: "called him a liar"); "met the
    # director and cited a list of concerns" keeps the clause's subject acting.
    return any(c.dep_ in ("ccomp", "oprd") for c in children) or bool(_label(verb))


def _for_to_clause(verb: Any, preps: frozenset[str]) -> list[Any] | None:
    """'pushed for the mayor to resign', 'called for the city and its partners to build a bridge': the tokens
    of the "for NP to VP" clause right after a stance cue taking "for", without the "for", which the parser
    reads as the mark of a clause of its own (advcl) rather than as the cue's preposition; None when there is none.
    """
    if "for" not in preps:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or not _infinitive(clause):
            continue
        first = clause.left_edge
        if first.i != verb.i + 1 or first.lower_ != "for" or first.dep_ != "mark":
            continue
        if any(c.dep_ == "nsubj" for c in clause.children):
            return [t for t in clause.subtree if t.i > first.i]
    return None


_GLOSS_DEPS = frozenset({"relcl"})
# A phrase content also ends before an appositive after a comma ("mocked Carson's story about a knife, an event that
# Carson says led him to faith"): the writer's gloss on what the stance is on (``_Finder.object``).
_PHRASE_GLOSS_DEPS = frozenset({"relcl", "appos"})
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "\u2015", "--"})  # comma and dashes that set a gloss off


def without_trailing_gloss(toks: list[Any], deps: frozenset[str] = _GLOSS_DEPS) -> list[Any]:
    """``toks`` without a non-restrictive relative clause that ends them: "the FBI had secured the
    cooperation of Bryan Pagliano, who worked on Clinton's campaign" keeps the words up to the comma.
    The clause after the comma describes someone named in the content (the writer's gloss as often as
    the source's words); PolNeAR's content spans end at the comma too (Newell et al. 2018). A dash sets
    the clause off as a comma does ("Lazio — who was regarded as a lightweight —")."""
    if not toks:
        return toks
    last = max(t.i for t in toks if not (t.is_punct or t.is_space)) if any(not t.is_punct for t in toks) else -1
    ids = {t.i for t in toks}
    for t in toks:
        if t.dep_ not in deps or t.head.i not in ids:
            continue
        sub = [x.i for x in t.subtree]
        left = min(sub)
        if t.dep_ == "appos" and t.doc[left - 1].text != ",":
            continue  # "echoed her line of criticism — that ...": a dash opens what the line is
        if max(sub) >= last and left > toks[0].i and t.doc[left - 1].text in _ASIDE_MARKS:
            return [x for x in toks if x.i < left - 1]
    return toks


def _name_before(verb: Any) -> Any | None:
    """A capitalised word right before the verb that the parser took for a modifier: "Ms Early said".

    The small English model tags an unusual surname (Early, Quickly, Little) as an adverb or an
    adjective and leaves the verb without a subject; a name-shaped word (capitalised, not the
    sentence's first word unless a title precedes it) next to the verb is the subject.
    """
    if verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if not prev.text[:1].isupper() or not prev.is_alpha:
        return None
    if prev.dep_ == "pobj" and prev.head.i == prev.i - 1 and prev.head.dep_ == "prep":
        return _prepositions_hang_on(prev, verb)
    if prev.head.i != verb.i:
        # "the editorial board of the Washington Post Trump said that ...": the parser hung the name on
        # the phrase before it; a proper name right before a finite cue that has no subject is its subject.
        return prev if prev.tag_ == "NNP" and verb.tag_ in ("VBD", "VBZ") and prev.i > prev.sent.start else None
    before = verb.doc[prev.i - 1] if prev.i > 0 else None
    titled = before is not None and norm_word(before.text) in ALL_TITLES
    first_word = prev.i == prev.sent.start
    return prev if titled or (not first_word and prev.tag_ == "NNP") else None


def _prepositions_hang_on(obj: Any, verb: Any) -> Any | None:
    """The noun a chain of prepositional phrases ending in ``obj`` hangs on, when that noun stands before ``verb``
    ("a staff member at Hillcrest College in Berwick told him ...": "member", never "Berwick"), else None. A
    name right after its preposition is that preposition's object, a place or a body the subject is at, in or
    from; English puts the subject before the whole chain, and the parser, missing it, leaves the verb bare."""
    top = obj
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head is not top.head:
        top = top.head.head
    return top if top is not obj and top.pos_ in ("NOUN", "PROPN") and top.i < verb.i else None


_SUBJECTS = ("nsubj", "nsubjpass")


def _speaker_of(verb: Any, family: str | None = None) -> Any | None:
    """The cue's subject, when it can be a source (a person, group, pronoun or name); ``family`` is the
    cue family read (default ``cue_family`` of the verb): a finding needs a document for subject, and
    a belief, intention or stance is never a first or second person's."""
    quoted = quoted_speaker(verb)
    if quoted is not None:
        return quoted  # "Reuters quoted the mayor as saying the show ...": the mayor, not the outlet that relays
    outer = _outer_cue(verb) or _participle_outside_content(verb)
    if outer is not None:
        return _speaker_of(outer, family)
    subj = _controller(verb) or subject_of(verb) or _name_before(verb) or _line_subject(verb)
    if subj is None or subj.text.lower() in ("this", "that", "there"):
        return None
    subj = _past_dateline(subj)
    if across_paragraphs(subj, verb):
        # The parser ran a line above (a tweet's signature, a caption, a headline) into the cue's sentence: the
        # verb's subject in its own paragraph, if the parser gave it one too ("Budget row\n\nThe treasury denied").
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and not across_paragraphs(c, verb)), None)
        if subj is None:
            return None
    if subj.text.lower() == "it":
        # "..., it said": an organisation or a document speaking; never with a verb of belief.
        return subj if attribution_lemma(verb) in _DOCUMENT_OR_FINDING else None
    family = family or cue_family(attribution_lemma(verb))
    if attribution_lemma(verb) in ADDRESSED_SPEECH_LEMMAS and not _addresser(subj):
        return None  # "The attack reminded Europeans that ...": a thing that reminds, nobody who spoke
    if family == "finding":
        return subj if _documentish(subj) else None
    if family != "speech" and subj.text.lower() in _SPEAKER_PRONOUNS:
        return None  # "I think ...", "you've been talking about ...": an interview's own words, not a report
    if personish(subj) or subj.text[:1].isupper() or _respondents(subj):
        return subj
    return None


def _line_subject(verb: Any) -> Any | None:
    """The subject of a cue the parser left without one because it ran the paragraph before into the cue's
    sentence ('... FAST!"' then 'Sen. Ann Roe, R-Fla., appearing on Fox News, said the mayor failed ...': the
    closing mark went with the next line, and the name became an object of the line before): the noun of the
    cue's own line, before it, hung on a word of the line before (``attribution.tokens``). None when the
    sentence does not run over a line break before the cue."""
    sent = verb.sent
    if not across_paragraphs(sent[0], verb):
        return None
    return hung_on_paragraph_before(verb)


def _controller(verb: Any) -> Any | None:
    """The object that does what a cue in an open complement says, when the verb above takes one ("The video
    prompted some viewers to argue that ...", "led critics to say"): object control, the object the sayer, not the
    subject (the video argued nothing); only verbs of causing or persuading (``lexicon.cues.OBJECT_CONTROL_FORMS``):
    "used his speech to call for", "chose the capital to announce" give a means, not a sayer. None when the cue is
    no such complement."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or head.lower_ not in OBJECT_CONTROL_FORMS:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)


def _past_dateline(subj: Any) -> Any:
    """The source a wire dateline's place stands before: the parser may take "Boise" in "Boise, Idaho (CNN) Ann Lee
    said ..." for the cue's subject; the name after the dateline spoke (its last word, a suffix "Jr." aside), as the
    attribution stage reads it (``attribution.candidates.DATELINE_REST``). ``subj`` itself otherwise."""
    doc = subj.doc
    end = dateline_end(doc, subj.i)
    if end is None:
        return subj
    k = next((t.i for t in doc[subj.i + 1 : subj.i + 14] if t.idx >= end), len(doc))
    while k < len(doc) and (doc[k].is_space or doc[k].text in _DASHES):
        k += 1
    run = _name_run(doc, k)
    core = [t for t in run if t.text.lower().rstrip(".") not in _NAME_SUFFIXES]
    return core[-1] if core else subj


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})


def _name_run(doc: Any, k: int) -> list[Any]:
    """The proper nouns from token ``k`` on (a name after a dateline: "Mark Rowe Jr.")."""
    run = []
    while k < len(doc) and doc[k].pos_ == "PROPN":
        run.append(doc[k])
        k += 1
    return run


def _dateline_name(subj: Any) -> tuple[int, int] | None:
    """The characters of the name ``subj`` ends when a wire dateline stands right before it ("Boise, Idaho (CNN)
    Mark Rowe Jr. said"; ``_past_dateline``), else None: the parser's phrase for it may reach into the dateline."""
    doc = subj.doc
    k = subj.i
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1
    j = k - 1
    while j > 0 and (doc[j].is_space or doc[j].text in _DASHES):
        j -= 1
    if j < 0 or doc[j].text != ")" or DATELINE_REST.search(doc[max(0, j - 8) : j + 1].text) is None:
        return None
    run = _name_run(doc, k)
    if not run:
        return None  # no name after the dateline: "KIEV (SatireWire.com) — Leaders from Europe declared ..."
    return run[0].idx, run[-1].idx + len(run[-1])


def _addresser(subj: Any) -> bool:
    """Whether the subject of an addressee verb (``lexicon.cues.ADDRESSED_SPEECH_LEMMAS``: "assured residents
    that ...") can be someone who addresses people: a personal pronoun, a name, or a noun for a person, an
    office, a group or an organisation ("officials", "the company"); an event or a thing ("the attack
    reminded Europeans that ...") only brings something to mind."""
    if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in _SOURCE_ENTS:
        return subj.lower_ not in ("it", "this", "that")
    low = subj.lower_
    heads = _PERSON_OR_GROUP_HEADS
    return low in heads or low.removesuffix("s") in heads or low in COLLECTIVE_SOURCES


_PERSON_OR_GROUP_HEADS = ROLE_HEADS_FOR_OFFICES | frozenset(UNNAMED_HEADS) | ORG_HEADS


def _respondents(subj: Any) -> bool:
    """Whether a cue's subject is a share of a group ("One in three said", "most of them said", "Nearly a
    third say", "21,000 said"): a quantity word of ``lexicon.cues.QUANTITY_SOURCES`` or a number, which the
    tagger reads as an adjective or a numeral and ``personish`` therefore rejects."""
    return subj.lower_ in QUANTITY_SOURCES or subj.tag_ == "CD"


def _named_source(verb: Any, family: str) -> Any | None:
    """``_speaker_of`` for a cue whose content is a phrase, less a bare singular common noun ("History
    suggests the opposite", "Experience shows ..."): English takes a singular count noun as subject only
    with a determiner ("the senator"), so a bare one is a mass or abstract noun, never a source."""
    subj = _speaker_of(verb, family)
    if subj is None or subj.tag_ != "NN" or subj.ent_type_ in _SOURCE_ENTS:
        return subj
    return subj if any(c.dep_ in _DETERMINED for c in subj.children) else None


_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_DETERMINED = frozenset({"det", "poss", "compound", "amod", "nummod"})
_SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# Named entities that are never a noun phrase's content: "said Tuesday", "visited Ohio".
_NOT_CONTENT_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _finite(clause: Any) -> bool:
    """Whether a clause's verb is finite (a tensed verb or a modal): "the poll shows Clinton leads",
    never "expects the works to take two years"."""
    return clause.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in clause.children
    )


# Nouns whose "to" infinitive names an act someone may have grounds or room for, not one done: "no reason to think
# ...", "the right to say ...", "no need to explain ..." (trial 17: "no reason" came out as the source of a belief).
_GROUNDS_FOR_ACTS = frozenset({"reason", "reasons", "need", "cause", "right", "chance", "grounds", "excuse"})
_REDUCED_RELATIVE = frozenset({"acl", "amod"})  # "rules agreed in May to ...": a participle on a noun
# Verbs of backing a candidate or a cause that a relative clause reports as its noun's stance ("who endorsed Reed"),
# and of praising or condemning one ("Roe, who once praised the deal"): on PolNeAR dev (2026-12-02) the latter added
# 2 finds, both right; "attack", "blast" and "slam" stay out ("Democrats who attacked her accusers" describes them).
_ENDORSING = frozenset(
    {"support", "endorse", "oppose", "back", "praise", "criticize", "criticise", "condemn", "denounce"}
)
# Pronouns a stance verb takes for its content ("opposed it", "endorsed her", "blamed them for ..."): PolNeAR marks the
# pronoun, what the stance is about; speech verbs' pronoun objects ("repeated it", "explained this") are left out.
_STANCE_PRONOUNS = frozenset({"it", "him", "her", "them"})
_NOT_TAKEN = frozenset({"relcl", "xcomp"})  # a phrase-content cue that describes someone or is only attempted


_GOING_ON = frozenset({"continue", "continues", "continued", "continuing"})


def _noun_object(clause: Any) -> Any | None:
    """``clause``, a clausal complement the parser made of a noun phrase, when it is one: after a curly apostrophe
    ("applauded Clinton’s remarks") the parser reads the noun as a verb's clause; a plural or singular noun with no
    subject and no verb of its own is the object all the same, as is a "verb" with a possessor ("Quinn’s remarks")."""
    if clause.tag_ not in ("NN", "NNS", "NNP", "NNPS") and not any(c.dep_ == "poss" for c in clause.children):
        return None
    if any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass", "cop") for c in clause.children):
        return None
    return clause


def _continued(verb: Any) -> bool:
    """Whether ``verb`` is a "to" infinitive under "continue" ("Trump continued to attack her record"): a stance kept
    up is a stance taken, unlike one tried ("tried to defend") or decided on ("voted to endorse")."""
    return verb.dep_ == "xcomp" and verb.head.lower_ in _GOING_ON and _to_infinitive(verb)


def _outer_cue(verb: Any) -> Any | None:
    """The cue whose clause a subjectless coordinated cue hangs in: "said she did not condone violence
    and hoped that ..." (the parser joins "hoped" to "condone"): "hoped" shares the subject of "said",
    not of the clause it hangs on. None when ``verb`` has a subject of its own or no cue above it."""
    if verb.dep_ != "conj" or any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children):
        return None
    node = verb.head
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and cue_family(attribution_lemma(node.head)) is not None:
            return node.head
        node = node.head
    return None


def _participle_outside_content(verb: Any) -> Any | None:
    """The verb whose subject a cue participle after a comma takes when the parser hung it on the verb of a content
    clause: in "she argued that the city bears no blame, noting the state can repeal the law" or "dismissed reports
    that the envoy had emerged as a pick, saying that ..." the participle goes with the sentence's act, not the
    clause ("the city", "the envoy" noted nothing). Only when the clause's verb is no cue itself ("the firm denied
    the claim, saying ..." is the firm's). None otherwise."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children):
        return None
    node = verb.head
    if node.dep_ not in ("ccomp", "acl") or cue_family(attribution_lemma(node)) is not None:
        return None
    if node.dep_ == "acl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    above = node.head
    for _ in range(3):
        if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
            break
        above = above.head
    return above if above.pos_ in ("VERB", "AUX") and above.i < verb.i else None


def physical_attack(verb: Any, target: Any, attacker: Any | None) -> bool:
    """Whether an attack cue (``lexicon.cues.PHYSICAL_SENSE_CUES``: "attacked", "attacks on", "resisted") is a
    physical act, no stance voiced: a weapon as instrument ("with a knife"), an armed group, a weapon, an animal or
    weather as ``attacker`` (``PHYSICAL_ATTACKERS``), or a ``target`` that is a body of uniformed people, a place,
    a building, a vehicle or a person named by a common noun (``PHYSICAL_TARGETS``: "attacked police", "attacked a
    convoy", "attacked a woman"). A complement of grounds or a label ("attacked police for their response",
    "attacked the plan as a waste", ``VERBAL_ATTACK_PREPOSITIONS``) keeps it verbal. ``verb`` is the cue verb or
    noun; ``attacker`` the verb's subject or agent, if any."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in VERBAL_ATTACK_PREPOSITIONS for p in preps):
        return False
    if any(p.lower_ == "with" and any(o.lower_ in WEAPON_NOUNS for o in p.children) for p in preps):
        return True
    if attacker is not None and attacker.lower_ in PHYSICAL_ATTACKERS:
        return True
    return target is not None and target.pos_ != "PROPN" and target.lower_ in PHYSICAL_TARGETS


def _documentish(subj: Any) -> bool:
    """Whether a finding's subject names a document, poll or record (``lexicon.cues.DOCUMENT_NOUNS``:
    "the poll", "surveys", "an internal memo") or an organisation by name ("Gallup found"); an
    abstract noun ("experience shows that") names no source."""
    low = subj.text.lower()
    if low in DOCUMENT_NOUNS or low.rstrip("s") in DOCUMENT_NOUNS or _record_or_records(subj):
        return True
    return subj.pos_ == "PROPN" or subj.ent_type_ == "ORG"


def _record_or_records(subj: Any) -> bool:
    """Whether a finding's subject is a record of ``lexicon.cues.FINDING_RECORDS`` ("photos showed ...") or a
    body of documents (``DOCUMENT_COLLECTIONS``) of documents or records: "an average of recent polls shows",
    "a new batch of emails showed"."""
    if subj.lower_ in FINDING_RECORDS:
        return True
    if subj.lower_ not in DOCUMENT_COLLECTIONS:
        return False
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    docs = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return docs is not None and (docs.lower_ in DOCUMENT_NOUNS or docs.lower_.rstrip("s") in DOCUMENT_NOUNS)


def _document_subject(subj: Any) -> bool:
    """Whether a finding's subject is a document, poll or record by its noun (``lexicon.cues.DOCUMENT_NOUNS``)
    or an organisation ("Gallup"): a person's name, unlike in ``_documentish``, does not do ("Smith found
    the keys" reports no finding)."""
    low = subj.lower_
    return (
        low in DOCUMENT_NOUNS
        or low.rstrip("s") in DOCUMENT_NOUNS
        or subj.ent_type_ == "ORG"
        or _record_or_records(subj)
    )


# Verbs of saying that also take evidence for subject: "the minister revealed that ..." is speech, "the figures
# revealed that ..." (``_thing_subject``) a finding, which PolNeAR annotates all the same but no one said.
EVIDENTIAL_SPEECH_LEMMAS = frozenset({"suggest", "reveal", "confirm", "imply", "signal", "disclose"})


def _thing_subject(subj: Any) -> bool:
    """Whether a cue's subject is a thing, not someone who can speak: a common noun that is neither a person, a
    role, a group of people nor an organisation (``_PERSON_OR_GROUP_HEADS``) and no entity that speaks ("the
    latest figures", "allegations", "two days of evidence", "truckloads of armed men" by its head)."""
    if subj.pos_ != "NOUN" or subj.ent_type_ in _SOURCE_ENTS or _respondents(subj):
        return False
    forms = {subj.lower_, subj.lemma_.lower(), subj.lower_.removesuffix("s")}
    return not forms & _PERSON_OR_GROUP_HEADS


def _reports_speech(clause: Any) -> bool:
    """Whether a reported clause is itself a source's statement ("that Carlson said hunters should ..."):
    a reporting verb with a source and a clause of its own. The words reported are the inner source's;
    the outer source only relays them (nested attribution, Pareti 2016, "PARC 3.0")."""
    lemma = cue_lemma(clause)
    if lemma not in SPEECH_LEMMAS:
        return False
    return _speaker_of(clause) is not None and any(c.dep_ == "ccomp" for c in clause.children)


_GOVERNING_DEPS = frozenset({"xcomp", "acomp"})  # "declined to say", "was not ready to say"
MAX_GOVERNORS = 2  # how far up a cue's governing verbs a negation or a refusal is looked for


def non_assertive(verb: Any) -> str | None:
    """Why cue ``verb`` reports no statement, or None when it reports one.

    "negated" ("did not say whether", "would not say", "never said"), "refusal" (governed by
    ``lexicon.cues.REFUSAL_FORMS``: "declined to say whether", "refused to say if"; or by
    ``UNWILLING_ADJECTIVES``: "was unable to say when"), "aside" (``_worth_doing``: "it is worth noting that"),
    "hypothetical"
    (a modal of ``HYPOTHETICAL_MODALS``: "critics might argue that") or "conditional" ("if she says
    that ...") or "imperative" (``_imperative``: "Say what you will about X, ..."). The negation or the
    modal may sit on the verb or on a verb governing it through an open complement ("was not prepared
    to say"), up to ``MAX_GOVERNORS`` levels.
    """
    node = verb
    for level in range(MAX_GOVERNORS + 1):
        if level and (node.lower_ in REFUSAL_FORMS or node.lower_ in UNWILLING_ADJECTIVES):
            return "refusal"
        children = list(node.children)  # spaCy walks the subtree's edge for each pass: once is enough
        if not level and _imperative(node, children):
            return "imperative"
        if not level and _worth_doing(node):
            return "aside"
        if not level and _nobody_says(children):
            return "nobody"
        if _addressed(node, children):
            return "addressed"
        if any(c.dep_ == "neg" for c in children) or _under_without(node):
            return "negated"
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in children):
            return "hypothetical"
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children):
            return "conditional"
        if node.dep_ not in _GOVERNING_DEPS or node.head is node:
            break
        node = node.head
    return None


_NEGATIVE_QUANTIFIERS = frozenset({"few", "nobody", "noone"})  # "none said ..." tallies a poll: PolNeAR keeps it


def _nobody_says(children: list[Any]) -> bool:
    """Whether a cue's subject (among its ``children``) is a negative quantifier: "Few argue against such
    powers", "No one disputes that ...", "Nobody thinks ...". The sentence denies that people say or believe
    it; no source holds the content (trial 15 F2, speaker "Few")."""
    for c in children:
        if c.dep_ not in _SUBJECTS:
            continue
        if c.lower_ in _NEGATIVE_QUANTIFIERS and not any(d.lower_ == "a" for d in c.children):
            return True  # "a few said ...": some people did
        if c.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _relative_phrase(subj: Any) -> bool:
    """Whether subject ``subj`` is a relative phrase ("all of which", "some of whom", "none of which"): the clause
    is a relative one, its subject the noun it hangs on; the phrase itself is no content."""
    return any(t.tag_ in ("WDT", "WP") for t in subj.subtree)


def _reports_nothing(verb: Any) -> bool:
    """Whether cue ``verb`` of a clause reports nothing (``non_assertive``), a negated belief excepted: "she
    doesn't think Clinton can address the issues", "Traders don't expect a deal before 2017" state what the
    source believes, its negation inside the belief (English raises a clause's negation to a verb of belief,
    "neg-raising": Horn 1978), and PolNeAR annotates them as it does other beliefs (Newell et al. 2018). A negated
    verb of saying ("did not say whether", "would not say") still reports no statement."""
    why = non_assertive(verb)
    if why == "negated" and cue_family(attribution_lemma(verb)) == "belief":
        return not any(c.dep_ == "neg" for c in verb.children)  # the negation on the belief verb itself only
    return why is not None


def _under_without(verb: Any) -> bool:
    """Whether ``verb`` is a gerund governed by "without" ("spoke for an hour without referring to the
    candidates", "it goes without saying that ..."): the preposition negates it, as "not" would."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def _worth_doing(verb: Any) -> bool:
    """Whether ``verb`` is a gerund after "worth" ("it is worth noting that ...", "worth pointing out that ..."):
    the writer's own aside, with no source (its subject is the dummy "it")."""
    return verb.tag_ == "VBG" and verb.head.lower_ == "worth"


def _addressed(verb: Any, children: list[Any]) -> bool:
    """Whether ``verb`` is an addressee verb (``lexicon.cues.ADDRESSEE_LEMMAS``) in the passive: "Asked whether
    he would resign, the minister said ...", "was asked to comment on the findings". Its subject is the one
    asked or told, so the question or the request is not that person's speech (nor anyone's the text names)."""
    if verb.tag_ != "VBN" or attribution_lemma(verb) not in ADDRESSEE_LEMMAS:
        return False
    if any(c.dep_ == "auxpass" for c in children):
        return True
    return not any(c.dep_ in ("nsubj", "aux") for c in children)  # "Asked on Monday whether ...": no "has"


def _imperative(verb: Any, children: list[Any]) -> bool:
    """Whether ``verb`` is a bare form opening its sentence with no subject or auxiliary: an imperative
    ("Say what you will about X, ...", "Imagine that the plan fails"), which asks and reports nobody."""
    return (
        verb.tag_ == "VB"
        and bool(verb.is_sent_start)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children)
    )


_OPEN_MARKS = QUESTION_COMPLEMENTISERS | CONDITIONAL_MARKS


def _unasserted(verb: Any) -> bool:
    """Whether ``verb`` sits in a clause nobody asserts: a question or a condition ("would not say whether
    his party would support the bill", "if they back the plan"), or under a cue that reports no
    statement (``non_assertive``), up to ``MAX_GOVERNORS`` + 1 clauses up."""
    node = verb
    for _ in range(MAX_GOVERNORS + 1):
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
        if non_assertive(node) is not None:
            return True
    return False


def in_title_case(verb: Any) -> bool:
    """Whether cue ``verb`` is capitalised inside its line, as words are in a headline or a link
    ("Trump's Lawyers Argue That Their Client Is Above the Law"); prose capitalises a verb only at
    a sentence's start, and all-capitals copy capitalises every word (not title case). The article's
    own title (``in_title_line``) is read as prose."""
    text = verb.text
    if not text[:1].isupper() or text.isupper() or verb.i == verb.sent.start:
        return False
    prev = verb.doc[verb.i - 1]
    return not (prev.is_punct or prev.is_space) and not in_title_line(verb)


_LEADING_SPACE = re.compile(r"\s*")


def in_title_line(tok: Any) -> bool:
    """Whether ``tok`` stands in the article's title: its first line, followed by more text and at most
    ``text.headings.MAX_TITLE_LINE_WORDS`` words long. A title is written in title case, and its cue
    attributes as a sentence's would ("Trump Says He Never Pledged To ...": PolNeAR annotates 166
    attributions in the titles of its dev articles)."""
    text = tok.doc.text
    start = _LEADING_SPACE.match(text).end()
    end = text.find("\n", start)
    return start <= tok.idx < end and len(text[start:end].split()) <= MAX_TITLE_LINE_WORDS


_COORDINATOR_OPENING = re.compile(r"(?:And|But|Or|Nor)\b")


def _rejoined_start(text: str, s: int, paragraph: tuple[int, int]) -> int:
    """The start of a reported clause the parser cut at an abbreviation ("banks in the U.S. And
    Britain ...", a capitalised "And" in wire copy): when the clause opens with a capitalised
    coordinator and the sentence splitter of ``text.sentences`` (which knows abbreviations) finds
    no sentence end before it, the clause starts where that sentence starts."""
    if not _COORDINATOR_OPENING.match(text, s):
        return s
    for lo, hi in sentences(text, paragraph[0], paragraph[1]):
        if lo < s < hi:
            return lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    return s


def _clause_after(clause: Any, verb: Any) -> tuple[int, int]:
    """The clause's span; when its subtree runs across the verb ("which she said was ..."), only
    the part after the verb (the relative pronoun is not the reported content)."""
    s, e = _clause_span(clause)
    if s < verb.idx < e:
        toks = [t for t in clause.subtree if t.i > verb.i and not t.is_space]
        while toks and (toks[0].is_punct or toks[0].dep_ == "mark" and toks[0].text.lower() == "that"):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return verb.idx, verb.idx
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    return s, e


def _trimmed(toks: list[Any]) -> tuple[int, int] | None:
    """The characters of ``toks`` without edge punctuation or white space; None when nothing is left. A
    quotation mark opened inside keeps its closing mark (and the stop before it): 'episode of "Star Dance."'
    ended 'episode of "Star Dance' (trial 11 M5, trial 10 L1)."""
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    return (toks[0].idx, span_end(toks)) if toks else None


_CLOSING_MARKS = frozenset('"\u201d\u2019')


def span_end(toks: list[Any]) -> int:
    """Where a span of ``toks`` (edge punctuation trimmed) ends: after its last token, or after the closing
    quotation mark (and a stop before it) of a mark it opened: 'episode of "Star Dance."' ended 'episode of
    "Star Dance' (trial 11 M5, trial 10 L1); the mark may hang on the main verb, outside ``toks``."""
    end = toks[-1].idx + len(toks[-1])
    if not _opens_a_mark(toks):
        return end
    doc = toks[-1].doc
    for tok in doc[toks[-1].i + 1 : min(len(doc), toks[-1].i + 3)]:
        if not tok.is_punct:
            break
        if tok.text in _CLOSING_MARKS:
            # 'fell, "and it will fall again," an official said': a cue just after the mark with a source of
            # its own takes the quotation; after '..., "Q," he said' the pronoun is the clause's source again.
            after = list(doc[tok.i + 1 : min(len(doc), tok.i + 5)])
            cue = next((k for k, t in enumerate(after) if t.lower_ in CUE_WORD_FORMS), None)
            own_source = cue is not None and not (cue == 1 and after[0].pos_ == "PRON")
            return end if own_source else tok.idx + len(tok)
    return end


def _opens_a_mark(toks: list[Any]) -> bool:
    """Whether ``toks`` open a double quotation mark they do not close (a straight mark counts by parity)."""
    curly_open = sum(t.text == "\u201c" for t in toks)
    curly_close = sum(t.text == "\u201d" for t in toks)
    straight = sum(t.text == '"' for t in toks)
    return curly_open > curly_close or straight % 2 == 1


CUE_PHRASE_TOKENS = 8  # words a mid-sentence cue's phrase may run to its comma ("explained earlier in the hearing,")


def _parenthetical_spans(verb: Any) -> list[tuple[int, int]] | None:
    """'The turbines, she said, offered ...': a cue between commas inside the clause it reports.

    The parser attaches the cue as parataxis of the sentence's verb (or of its root when it misreads
    the verb as a noun: "the number of independents shrinks"). The reported content is the sentence
    without the interrupting "she said": two pieces, one quotation split by its cue as a split direct
    quotation is (PolNeAR marks the same two fragments of one attribution), when the words before the
    commas hold the subject of the interrupted verb, are a clause of their own ("If the law conflicts
    with the rules, she said, members must ...": the condition is part of what was said), or are a
    sentence adverb or a noun phrase ("Otherwise, she said, ...", "Still, it said, ...": the source's
    own connective; in PolNeAR dev 39 of 46 such leads are content). An opening prepositional phrase
    ("On Tuesday, she said, ...", "In an interview, he said, ...") or a time adverbial ("Five years ago")
    more often sets the occasion than states anything (4 of 9 there): the words after alone.
    """
    if verb.dep_ != "parataxis" or verb.i == 0:
        return None
    if verb.head.pos_ not in ("VERB", "AUX") and verb.head.dep_ != "ROOT":
        return None
    doc = verb.doc
    subjects = [t.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    left = min(subjects) if subjects else verb.i
    left = min([t.i for t in doc[left].subtree] + [left])
    if left == 0 or doc[left - 1].text != ",":
        return None
    if verb.head.dep_ == "relcl":
        return _relative_after_cue(verb, left)
    sent = verb.sent
    after = next((t.i for t in doc[verb.i + 1 : min(verb.i + CUE_PHRASE_TOKENS, sent.end)] if t.text == ","), None)
    if after is None:
        return None
    tail = _trimmed(without_trailing_gloss(list(doc[after + 1 : sent.end])))
    if tail is not None and doc[after + 1].lower_ in _CLAUSE_JOINERS:
        tail = _joined_clause(list(doc[after + 2 : sent.end]), verb)
        if tail is None:  # "The plant is doing well, she said, and then she left": the words before the cue alone
            lead = list(doc[sent.start : left - 1])
            head = _trimmed(lead)
            return [head] if head is not None and not _occasion(lead) else None
    if tail is None or len([t for t in doc[after + 1 : sent.end] if not t.is_punct]) < MIN_CLAUSE_TOKENS:
        return None  # a trailing "..., she said." is the ccomp rule's case
    lead = [t for t in doc[sent.start : left - 1]]
    head = _trimmed(lead)
    subject = any(t.dep_ in _CLAUSE_SUBJECTS and t.head.i == verb.head.i for t in lead)
    if head is None:
        return [tail]
    return [tail] if _occasion(lead) and not subject and not opening_clause(lead) else [head, tail]


_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})


def _relative_after_cue(verb: Any, left: int) -> list[tuple[int, int]] | None:
    """'the harbour plan, which, she said, would have cost the town too much': a cue between commas right after the
    relative pronoun of a relative clause reports that clause; the content is the relative clause after the cue
    (one piece, the cue and the pronoun outside it), to the clause's end, never the sentence's main clause it
    interrupts ('The scheme, which, he added, was drawn up in a hurry, goes back to committee'). The words before
    the pronoun are the writer's. None when the pronoun does not open the clause the cue interrupts (trial 14 F11).
    """
    doc, rel = verb.doc, verb.head
    if left < 2 or doc[left - 2].lower_ not in _RELATIVE_PRONOUNS or doc[left - 2].head.i != rel.i:
        return None
    after = next((t.i for t in doc[verb.i + 1 : min(verb.i + CUE_PHRASE_TOKENS, rel.i + 1)] if t.text == ","), None)
    if after is None:
        return None
    span = _trimmed([t for t in rel.subtree if t.i > after])
    return [span] if span is not None and span[1] - span[0] >= 10 else None


_EXTRACTED_RELATIVES = frozenset({"which", "who", "whom"})
_ASIDE_OPENERS = frozenset({",", "(", "\u2014", "\u2013", "--", "-"})


def _extracted_relative(clause: Any, verb: Any) -> Any | None:
    """'policies, which he said had harmed the economy', 'Fiorina, who he said would make a great running mate',
    'what the senators said was gerrymandering': a relative pronoun of a clause set off by a comma or a dash (or a
    free relative "what") before the source, standing for a word of the reported clause after the cue (the
    parser hangs it on that clause). PolNeAR annotates the pronoun as the first piece of the content, the clause
    after the cue as the second; a restrictive "that" or "which" ("a rule change that he said would ...") it
    annotates with its noun as often as not (PolNeAR dev: 4 of 9 restrictive pronouns alone, 10 of 10 of these). The
    pronoun, else None."""
    if clause.i < verb.i:
        return None
    for c in clause.children:
        if c.i >= verb.i or c.tag_ not in ("WDT", "WP") or c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        before = c.doc[c.i - 1].text if c.i > 0 else ""
        if c.lower_ == "what" or c.lower_ in _EXTRACTED_RELATIVES and before in _ASIDE_OPENERS:
            return c
    return None


def _that_opened(clause: Any, verb: Any) -> bool:
    """'says that after the attacks, Santilli, a proud veteran, was ready to reenlist': a finite clause opened by the
    conjunction "that" right after the cue is the reported clause even when the parser lost its subject (here to a
    conjunct of the opening phrase); the words between "that" and the verb hold it."""
    if clause.i < verb.i or verb.i + 1 >= len(verb.doc):
        return False
    that = verb.doc[verb.i + 1]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i != clause.i:
        return False
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in verb.doc[that.i + 1 : clause.i]):
        return False
    auxiliaries = (c for c in clause.children if c.dep_ in ("aux", "auxpass"))
    return clause.tag_ in _FINITE_TAGS or any(c.tag_ in _FINITE_TAGS for c in auxiliaries)


def _zero_relative_noun(clause: Any, verb: Any, subj: Any) -> tuple[int, int] | None:
    """'a probe the agency said was ongoing', 'failings it said are outweighed by her strengths': a relative clause
    with no pronoun whose cue's clause lacks its subject; the noun the relative clause hangs on, right before the
    source, stands for it, and PolNeAR annotates that noun phrase as the first piece. Its characters, else None."""
    if verb.dep_ != "relcl" or clause.i < verb.i or any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 != subj.left_edge.i or noun.i > verb.i:
        return None
    if any(t.tag_ in ("WDT", "WP") for t in verb.doc[noun.i : clause.i]):
        return None
    return _trimmed(list(verb.doc[noun.left_edge.i : noun.i + 1]))


_OCCASION_NOUNS = frozenset(
    [
        "interview",
        "statement",
        "speech",
        "call",
        "letter",
        "email",
        "e-mail",
        "memo",
        "meeting",
        "conference",
        "hearing",
        "debate",
        "rally",
        "appearance",
        "visit",
        "post",
        "tweet",
        "video",
        "broadcast",
        "show",
        "remark",
        "briefing",
        "session",
        "event",
        "address",
        "testimony",
        "town",
        "hall",
        "op-ed",
        "column",
        "article",
        "book",
        "report",
        "filing",
        "message",
        "note",
        "episode",
        "podcast",
        "program",
        "radio",
        "television",
        "tv",
    ]
)


def _occasion(lead: list[Any]) -> bool:
    """Whether the words before a mid-sentence cue set its occasion: a prepositional phrase of a time, a place or
    an occasion of speaking ("On Tuesday", "In Moscow", "In an interview", ``_OCCASION_NOUNS``) or a time adverbial
    ("Five years ago", "Last week"), not a connective, a noun phrase or a phrase of the statement's own ("Beyond
    that, he said, ...", "In some ways, they noted, ...": PolNeAR annotates those as the statement's first piece;
    dev, round 20: 3 more pieces matched, none wrong)."""
    ids = {t.i for t in lead}
    root = next((t for t in lead if t.head.i not in ids), lead[0])
    timed = root.dep_ in ("advmod", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in lead)
    if lead[0].dep_ == "prep" or root.dep_ == "prep":
        return any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT") for t in lead) or any(
            t.lower_.removesuffix("s") in _OCCASION_NOUNS for t in lead
        )
    return timed


def opening_clause(lead: list[Any]) -> bool:
    """Whether the words before a mid-sentence cue are a subordinate clause of their own, a finite verb
    with its subject ("If the law conflicts with the rules", "As polling day nears"): a condition or a
    circumstance the source stated, unlike an opening phrase of time ("Five years ago", "On Tuesday")."""
    return any(
        t.tag_ in _FINITE_TAGS and any(c.dep_ in _CLAUSE_SUBJECTS and c.i in {x.i for x in lead} for c in t.children)
        for t in lead
    )


_ELLIPTICAL_SUBJECTS = frozenset({"he", "she", "they", "it", "we"})


def _elliptical(clause: Any, verb: Any) -> bool:
    """'Jeff Flake said he would.', 'Officials said it would not.': a reported clause cut to its subject pronoun and
    an auxiliary or a modal (its verb phrase left out, the one before it understood), ending the sentence. Too
    short for the length rule, but a statement (PolNeAR dev annotates 3 of the 4 there are)."""
    words = [t for t in clause.subtree if not t.is_punct]
    if clause.i < verb.i or len(words) not in (2, 3) or words[0].lower_ not in _ELLIPTICAL_SUBJECTS:
        return False
    if words[0].dep_ != "nsubj" or words[1].tag_ not in ("MD", "VBD", "VBZ", "VBP"):
        return False
    if len(words) == 3 and words[2].dep_ != "neg":
        return False
    after = words[-1].nbor(1) if words[-1].i + 1 < len(words[-1].doc) else None
    return after is not None and after.text in (".", "!", ";")


def _has_subject(clause: Any, verb: Any) -> bool:
    """Whether a clause reads as a finite statement: it has a subject, or its subject is the
    relative pronoun before the cue ("which she said was ..."), or it is coordinated with one."""
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return True
    if any(t.dep_ in _CLAUSE_SUBJECTS and t.i < clause.i for t in clause.subtree):
        return True  # "the girl was pepper-sprayed": the subject hung on a word of the verb group
    if clause.i > verb.i and any(t.i < verb.i for t in clause.subtree):
        return True
    if verb.dep_ == "relcl" and clause.i > verb.i:
        return True  # "a probe the agency said was ongoing": the noun the relative clause hangs on is its subject
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children)


_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_GAP_DEPS = frozenset(
    {
        "prep",
        "dobj",
        "npadvmod",
        "advmod",
        "quantmod",
        "nummod",
        "amod",
        "det",
        "pobj",
        "compound",
        "poss",
        "case",
        "nmod",
    }
)


_COPULA_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"})

_ASIDE_CLOSERS = frozenset({",", "\u2014", "\u2013", "--"})


def _clause_after_aside(verb: Any) -> tuple[int, int] | None:
    """'insisted the remarks, made to his team-mate, were meant to push him': a reported clause whose subject
    carries an aside set off by commas or dashes. The parser reads the subject as the cue's object and the
    clause's predicate as a second verb or a subjectless clause of the cue. Read as one clause (subject
    to predicate's end) when the predicate is finite, directly follows the closing comma of the aside
    (no "and", no adverb between) and the object's own phrase holds the aside's opening comma. Character
    span [start, end) of the clause, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ == "PERSON":
        return None
    pred = next((c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.i > obj.i), None)
    if pred is None or any(c.dep_ in ("cc", "preconj") and c.i < pred.i for c in verb.children):
        return None
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in pred.children):
        return None
    first = pred.left_edge
    if first.i != pred.i and not (first.dep_ in ("aux", "auxpass", "neg") and first.head.i == pred.i):
        return None
    if not (pred.tag_ in _FINITE_TAGS or (first.dep_ in ("aux", "auxpass") and first.tag_ in _FINITE_TAGS)):
        return None
    doc = verb.doc
    closer = doc[first.i - 1]
    if closer.text not in _ASIDE_CLOSERS or obj.right_edge.i not in (closer.i - 1, closer.i):
        return None  # the closing comma may hang on the object or on the cue
    if not any(t.text in _ASIDE_CLOSERS and obj.i < t.i < closer.i for t in obj.subtree):
        return None  # "said the plan, visited the site": a list of the source's acts, no aside in the object
    end = pred.right_edge
    while end.i > pred.i and end.is_punct:
        end = doc[end.i - 1]
    return obj.left_edge.idx, end.idx + len(end)


def _displaced_subject(clause: Any, verb: Any) -> Any | None:
    """'The office said about half of the cuts reflected ...': the clause's subject hung on the cue.

    The small parser often reads a quantity ("about half", "most of") or a noun right after the cue
    as the cue's object or phrase and leaves the finite clause after it subjectless. When only such
    words stand between the cue (and, for "tell", its addressee) and a finite clause, they are the
    clause's subject: the first of them, or None when the clause does not read so.
    """
    if clause.i < verb.i:
        return None
    finite = clause.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in clause.children
    )
    if not finite:
        return None
    doc = verb.doc
    gap = list(doc[verb.i + 1 : min(t.i for t in clause.subtree)])
    if cue_lemma(verb) == "tell":  # skip the addressee: "told reporters about half ... were"
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
        if told is None:
            return None
        last = max(t.i for t in told.subtree)
        gap = [t for t in gap if t.i > last]
    if not gap or any(t.is_punct or t.is_space or t.lower_ in ("that", "if", "whether") for t in gap):
        return None
    if any(t.dep_ not in _GAP_DEPS for t in gap) or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in gap):
        return None
    return gap[0]


def _fronted_subject(clause: Any, verb: Any) -> tuple[int, int] | None:
    """'Fraudsters, he said in the video, don't last long': the subject of a subjectless reported clause
    that opens the sentence before a cue set off by commas. The small parser hangs such a noun phrase on
    the cue (as an adverbial or object); it is the clause's subject when it is the whole stretch before
    the comma that precedes the cue's own subject, is headed by a noun, name or pronoun, and a comma
    closes the cue's phrase before the clause. The noun phrase's characters, else None."""
    doc = verb.doc
    if clause.i < verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    lead = list(doc[verb.sent.start : subj.left_edge.i - 1])
    ids = {t.i for t in lead}
    roots = [t for t in lead if t.head.i not in ids]
    if len(roots) != 1 or roots[0].head.i != verb.i or roots[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not any(t.text == "," for t in doc[verb.i + 1 : clause.left_edge.i]):
        return None
    return _trimmed(lead)


# Conjunctions that open the rest of a statement after a mid-sentence cue ("..., he said, because he prizes
# electability"): the source's reason, limit or condition. "as" and "while" are left out: after a cue they
# more often open the reporter's narration ("..., they said Friday, as they bristled at ...").
REASON_CONJUNCTIONS: frozenset[str] = frozenset(
    ["because", "until", "unless", "although", "though", "since", "so", "if", "once", "before", "after"]
)


def _comma_after_cue_phrase(verb: Any, clause: Any, room: int) -> int | None:
    """The comma that ends a mid-sentence cue's phrase ("said Mr. Clarke,", "the agency said in a June report,"):
    within ``CUE_PHRASE_TOKENS`` words of a cue that follows its reported clause, no other punctuation before it
    but a full stop, and at least ``room`` tokens of the sentence after it. Its token index, else None."""
    doc, sent = verb.doc, verb.sent
    comma = next((t.i for t in doc[verb.i + 1 : min(verb.i + CUE_PHRASE_TOKENS, sent.end)] if t.text == ","), None)
    if comma is None or comma + room >= sent.end or any(t.i > verb.i for t in clause.subtree):
        return None
    if any(t.is_punct and t.text != "." for t in doc[verb.i + 1 : comma]):
        return None
    return comma


def _reason_after_cue(verb: Any, clause: Any) -> tuple[int, int] | None:
    """'He is leaning toward Kasich, he said, because he prizes electability': the subordinate clause after
    a cue that follows its reported clause is the statement's second piece (PolNeAR marks both pieces of
    one attribution). The cue's phrase (its subject after it, a day: "said Mr. Clarke", "said Tuesday") runs
    to a comma within ``CUE_PHRASE_TOKENS`` words; the rest of the sentence must open with one of
    ``REASON_CONJUNCTIONS`` and hold a finite verb. Its characters, else None."""
    doc, sent = verb.doc, verb.sent
    comma = _comma_after_cue_phrase(verb, clause, 1)
    if comma is None:
        return None
    rest = list(doc[comma + 1 : sent.end])
    words = [t for t in rest if not (t.is_punct or t.is_space)]
    if len(words) < MIN_CLAUSE_TOKENS + 1 or words[0].lower_ not in REASON_CONJUNCTIONS:
        return None
    if not any(t.tag_ in _FINITE_TAGS for t in words) or any(t.text in '"\u201c\u201d' for t in rest):
        return None
    return _trimmed(rest)


_CLAUSE_JOINERS = frozenset({"and", "but"})


def _joined_after_cue(verb: Any, clause: Any) -> tuple[int, int] | None:
    """'The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid 0.8 percent':
    a clause joined by "and" or "but" after a mid-sentence cue that follows its reported clause goes on with the
    statement (PolNeAR marks both pieces of one attribution). As for ``_reason_after_cue``, the cue's phrase runs to a
    comma within ``CUE_PHRASE_TOKENS`` words; the rest must read as the statement's (``_joined_clause``)."""
    doc, sent = verb.doc, verb.sent
    comma = _comma_after_cue_phrase(verb, clause, 2)
    if comma is None:
        return None
    if doc[comma + 1].lower_ not in _CLAUSE_JOINERS:
        return None
    return _joined_clause(list(doc[comma + 2 : sent.end]), verb)


def _joined_clause(rest: list[Any], verb: Any) -> tuple[int, int] | None:
    """The characters of ``rest``, the words after "and"/"but" that follow cue ``verb``, when they are a clause of
    their own that goes on with the statement: one head, finite, with a subject that is not the cue's own subject
    ("..., she said, and then she left" is the source's next act), reporting nothing itself ("and he added that
    ..." is a second statement), no quotation mark among them. None otherwise."""
    words = [t for t in rest if not (t.is_punct or t.is_space)]
    if len(words) < MIN_CLAUSE_TOKENS or any(t.text in '"\u201c\u201d' for t in rest):
        return None
    ids = {t.i for t in rest}
    heads = [t for t in words if t.head.i not in ids or t.head.i == t.i]
    head = heads[0] if len(heads) == 1 else None
    if head is None or not _finite(head) or cue_family(attribution_lemma(head)) is not None:
        return None
    subj = next((c for c in head.children if c.dep_ in _CLAUSE_SUBJECTS), None)
    own = subject_of(verb)
    if subj is None or any(c.dep_ == "ccomp" for c in head.children):
        return None
    if own is not None and subj.lower_ == own.lower_ and subj.pos_ == "PRON":
        return None
    return _trimmed(rest)


_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "dative", "oprd"})


def _as_content(verb: Any) -> tuple[int, int] | None:
    """The clause an "as" clause holding cue ``verb`` hangs on, without the "as" clause: "As the Times noted,
    | Clinton raised $1.1 million" or "Clinton raised $1.1 million, | as the Times noted". Only when the cue is
    an adverbial clause opened by "as", its clause a verb, and the rest one stretch on one side of it; None
    otherwise (an "as" of time or manner under a noun: "as he left", "such as")."""
    children = list(verb.children)
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return None
    if any(c.dep_ in _OWN_CONTENT or c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return None  # "as she maintained her status", "as voters responded to ...": the cue has content of its own
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    inner = {t.i for t in verb.subtree}
    words = [i for i in inner if not (verb.doc[i].is_punct or verb.doc[i].is_space)]
    lo, hi = min(words), max(words)
    rest = [t for t in head.subtree if t.i not in inner and not (t.is_punct or t.is_space)]
    if not rest or not (all(t.i > hi for t in rest) or all(t.i < lo for t in rest)):
        return None
    # A comma sets the "as" clause off ("As the Times noted, ...", "..., as the Times noted"); without one it is
    # one of time ("rode the will of the crowd as he replied").
    comma = verb.doc[hi + 1] if rest[0].i > hi else verb.doc[lo - 1]
    if comma.text != ",":
        return None
    if not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        return None
    return _trimmed(rest)


def _reporting_agent(verb: Any) -> Any | None:
    """The agent of a passive or reduced passive cue ("As reported by Western Journalism", "as was noted by
    the court"), never the subject of the clause the cue hangs on; None for an active cue."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return agent_of(verb)
    by = next((c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _person_asked(verb: Any, prep: str) -> Any | None:
    """The person a request is made of: the verb's object ("asked supporters"), or the object of ``prep``
    after it ("called on the chief executive"); None when there is none."""
    if not prep:
        return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    head = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == prep and c.i > verb.i), None)
    return next((c for c in head.children if c.dep_ == "pobj"), None) if head is not None else None


def _that_clause_after_phrase(verb: Any) -> Any | None:
    """'said in a statement that CLAUSE': the parser hangs the that-clause on the phrase's noun.

    A clause opened by "that" under a prepositional phrase of the verb (or its object) reports
    what was said, as a ccomp would.
    """
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                marks = [c for c in clause.children if c.dep_ == "mark" and c.text.lower() == "that"]
                if clause.dep_ in ("acl", "relcl", "ccomp") and clause.pos_ in ("VERB", "AUX") and marks:
                    return clause
        deeper = _that_clause_deeper(prep)
        if deeper is not None:
            return deeper
    return None


MAX_PHRASE_BEFORE_THAT = 12  # words of the cue's phrase before its that-clause ("in one of a series of messages")


def _that_clause_deeper(prep: Any) -> Any | None:
    """'said in one of a series of Twitter messages that the truck was carrying arms': a that-clause the parser
    hangs on a noun deeper in the cue's phrase. Read as the cue's clause when "that" is a conjunction ("mark")
    opening it, the clause has a subject, and only the phrase's words (no punctuation) stand between the
    phrase's start and "that"."""
    for clause in prep.subtree:
        that = clause.left_edge
        if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if that.lower_ != "that" or that.dep_ != "mark" or that.head.i != clause.i:
            continue
        if not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
            continue
        between = list(prep.doc[prep.i : that.i])
        if len(between) > MAX_PHRASE_BEFORE_THAT or any(t.is_punct for t in between):
            continue
        return clause
    return None


def _clause_on_addressee(verb: Any) -> Any | None:
    """'assured residents that the water was safe', 'told reporters that ...': the parser may hang the
    that-clause on the person addressed as if it described them (``acl``); after an addressee verb
    (``lexicon.cues.ADDRESSEE_LEMMAS``) a clause opened by the conjunction "that" right after its object
    is what was said. A relative "that" ("told the reporters that were there") is the clause's subject, no
    conjunction, and is never read."""
    if attribution_lemma(verb) not in ADDRESSEE_LEMMAS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if obj is None:
        return None
    for clause in obj.rights:
        opener = clause.left_edge
        if clause.dep_ in ("acl", "relcl") and opener.lower_ == "that" and opener.dep_ == "mark":
            return clause if clause.right_edge.i == obj.right_edge.i else None  # the clause ends the phrase
    return None


def _that_after(verb: Any) -> tuple[int, int] | None:
    """'CBS reported that the decision ... was made': "that" right after the cue opens the reported
    clause even when the parser read the clause's subject as the cue's object (no ccomp). The span is
    the rest of the cue's right-hand words, which must hold a finite verb."""
    doc = verb.doc
    k = verb.i + 1
    if cue_lemma(verb) == "tell":
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
        k = max(t.i for t in told.subtree) + 1 if told is not None else k
    if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark":
        return None
    right = [c for c in verb.children if c.i > k and c.dep_ not in ("punct", "cc", "conj")]
    if not right:
        return None
    end = max(t.i for c in right for t in c.subtree)
    toks = list(doc[k + 1 : end + 1])
    if not any(t.tag_ in _FINITE_TAGS for t in toks):
        return None
    return _trimmed(toks)


_SETTING_ADVERBS = frozenset(
    {"here", "there", "yesterday", "today", "tonight", "now", "then", "again", "recently", "earlier", "later"}
)
_COMPLEMENT_PREPOSITIONS = frozenset({"for", "of", "as", "to", "against", "over", "about"})


def _label(verb: Any) -> list[Any]:
    """What a naming verb says: "called | the charges fabricated", "called out | his rival for ...": the
    object with its predicate (the parser reads either as a direct object or a predicate, ``oprd``) and
    the complements after it; nothing for a bare "called Smith" (a telephone call, a visit)."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd")]
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if not right or not (out or any(c.dep_ == "oprd" for c in right)) or right[0].pos_ == "PRON" and len(right) < 2:
        return []
    return _with_complements(verb, list(verb.doc[right[0].left_edge.i : right[0].right_edge.i + 1]))


def _to_infinitive(tok: Any) -> bool:
    """Whether ``tok`` is a verb with a "to" of its own ("to raise taxes", "not to endorse")."""
    return tok.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _infinitive(tok: Any) -> bool:
    """Whether ``tok`` heads a "to" infinitive hung on a verb (an open complement or an adverbial clause)."""
    return tok.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _with_complements(verb: Any, toks: list[Any]) -> list[Any]:
    """``toks`` (the verb's object) and the verb's complements right after it, which finish the
    content: "criticized Clinton | for her emails", "described the plan | as a disgrace", "urged
    him | to run" (``_COMPLEMENT_PREPOSITIONS``, an open complement or a predicate). An adjunct of
    time, place or occasion ("endorsed Clinton | in Georgia | on Tuesday", "during a call") is the
    reporter's setting, not the content; PolNeAR's content spans end before it (Newell et al. 2018)."""
    for c in verb.children:
        if c.i <= toks[-1].i:
            continue
        if c.left_edge.i != toks[-1].i + 1:
            break
        infinitive = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in _SETTING_ADVERBS:
            break  # "endorsed Trump | here on Sunday", "praised the plan | yesterday": the reporter's setting
        complement = c.dep_ in ("xcomp", "oprd", "dobj", "advmod") or infinitive
        if not (complement or c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPOSITIONS):
            break
        toks = toks + list(c.subtree)
    return toks


class _Taken:
    """Character spans already taken by a quotation, queried by overlap in about constant time.

    Spans are filed in buckets of ``_BUCKET`` characters (a list scanned per candidate was quadratic
    in the number of quotations, issue 9).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.buckets: dict[int, list[tuple[int, int]]] = {}
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        """File the span [start, end)."""
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            self.buckets.setdefault(b, []).append((start, end))

    def _near(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        for b in range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1):
            yield from self.buckets.get(b, ())

    def overlaps(self, start: int, end: int, but: tuple[int, int] | None = None) -> bool:
        """Whether a filed span (other than ``but``) overlaps [start, end)."""
        return any(a < end and start < b and (a, b) != but for a, b in self._near(start, end))

    def starts_within(self, start: int, end: int) -> bool:
        """Whether a filed span starts in [start, end)."""
        return any(start <= a < end for a, _ in self._near(start, end))


_BUCKET = 256
MAX_ACCORDING_PER_SENTENCE = 3  # "according to" attributions tried per sentence (news has one, rarely two)


# Modifiers of "support" that make it money or means rather than a stance ("financial support for the convention").
_MONEY_BACKING = frozenset({"financial", "monetary", "material", "logistical", "military", "technical"})
# Verbs that react to a stance named by a possessive phrase ("cheered Clinton's attacks on Trump", "critiquing
# Sanders over his opposition to ..."): the phrase is their object, not a stance the possessor is reported taking.
_REACTING = ("cheer", "applaud", "welcom", "critiqu", "criticiz", "criticis", "slam", "blast", "mock", "question")
# Nouns of speech whose object names a stance ("references to ... his support for the bill").
_NAMING_NOUNS = frozenset({"reference", "mention", "remark", "comment", "question", "complaint", "jab"})
_ALL_STANCE_NOUNS = STANCE_NOUNS.keys() | OWNED_STANCE_NOUNS.keys()


class _Finder:
    """Reported-speech candidates of one article, kept clear of quotations and of each other."""

    def __init__(self, ex: ArticleState) -> None:
        self.ex = ex
        self.text = ex.clean_text
        marked = [(q.open_start if q.open_start is not None else q.start, q.close_end or q.end) for q in ex.quotes]
        self.taken = _Taken(marked)
        self.marks = _Taken(marked)  # the quotations in marks alone
        self.found: list[tuple[Quote, Attribution]] = []
        self.group = max((q.group for q in ex.quotes if q.group is not None), default=0)
        paragraphs = ex.paragraphs
        self.paragraphs = paragraphs if isinstance(paragraphs, Paragraphs) else Paragraphs(paragraphs)

    def overlaps(self, s: int, e: int) -> bool:
        """Whether [s, e) touches a quotation or an earlier find."""
        return self.taken.overlaps(s, e)

    def outside_nested(self, s: int, e: int) -> bool:
        """Whether [s, e) touches a quotation in marks, or an earlier find it does not hold whole. An "according
        to" clause may hold a statement of its own: "More than 6 in 10 voters said that Wall Street hurts the
        economy, according to exit polls" reports the poll's finding, the voters' statement nested in it (PolNeAR
        annotates both; Pareti 2016 on nested attribution)."""
        if self.marks.overlaps(s, e):
            return True
        return any(q.start < e and s < q.end and not (s <= q.start and q.end <= e) for q, _ in self.found)

    def add(
        self,
        s: int,
        e: int,
        rule: str,
        subj: Any,
        cue: Any,
        conf: float,
        group: int | None = None,
        shape: str = CLAUSE,
    ) -> None:
        """Record reported speech [s, e) with its source (subj) and cue verb; pieces of one split
        statement share ``group``; ``shape`` is the content's (``Quote.content``)."""
        ms, me = _dateline_name(subj) or noun_phrase(subj, cue.sent.start_char, cue.sent.end_char)
        named = apposed_name(subj, cue.idx) if subj.i < cue.i else None
        if named is not None:  # "Another diplomat, former envoy Tom Garland, changed his account to say"
            first = named
            while first.i > 0 and first.nbor(-1).ent_type_ == "PERSON" and first.nbor(-1).pos_ == "PROPN":
                first = first.nbor(-1)
            ms, me, subj = first.idx, named.idx + len(named), named
        lemma = attribution_lemma(cue)
        if lemma in DENIAL_LEMMAS:
            rule = "reported denial"  # the content is what the source denied: never read it as asserted
        elif rule == FAMILY_RULES["speech"]:
            family = cue_family(lemma) or "speech"
            if family == "speech" and lemma in EVIDENTIAL_SPEECH_LEMMAS and _thing_subject(subj):
                family = "finding"  # "the figures suggest that ...": evidence points, nobody speaks
            rule = FAMILY_RULES.get(family, rule)  # a belief or a finding is no speech
        q = Quote(start=s, end=e, text=self.ex.article.text[s:e], kind="indirect", confidence=conf, group=group)
        q.content = shape
        a = Attribution(
            rule, Span.of(self.text, ms, me), Span.of(self.text, cue.idx, cue.idx + len(cue)), conf, head_index=subj.i
        )
        self.found.append((q, a))
        self.taken.add(s, e)

    def file_pieces(self, pieces: list[tuple[Quote, Attribution]]) -> None:
        """Record attributions found beside a phrase ("according to X"); the pieces of one statement (group
        -1, ``_beside_phrase``) get a group of their own."""
        if pieces and pieces[0][0].group == -1:
            self.group += 1
        for q, a in pieces:
            q.group = self.group if q.group == -1 else q.group
            self.found.append((q, a))
            self.taken.add(q.start, q.end)

    def same_paragraph(self, s: int, e: int, pos: int) -> bool:
        """Whether [s, e) lies in the paragraph holding pos."""
        p = self.paragraphs.index_of(pos)
        return self.paragraphs.index_of(s) == p and self.paragraphs.index_of(e - 1) == p

    def verb(self, tok: Any) -> None:
        """One reporting verb: its clausal complement, or the sentence it interrupts; nothing for a
        cue that reports no statement (``non_assertive``) or stands in a headline (``in_title_case``), nor
        for a question put to someone (``asked_opening``: ``question_put`` reads it)."""
        if _reports_nothing(tok) or in_title_case(tok) or _passive_cue(tok) or asked_opening(tok, self.text):
            return
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in tok.children):
            return  # "could not determine if the crew knew it was ...": a question, nobody's belief
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("acl", "relcl") and tok.head.lower_ in _GROUNDS_FOR_ACTS and infinitive:
            return  # "there is no reason to think ...", "the right to say ...": a ground for an act nobody did
        # "In an interview focused on policy, Trump said defeating ISIS is ...": the parser may hang a participle
        # before the cue as a second clause; a clause with a subject is the one reported.
        clauses = sorted((c for c in tok.children if c.dep_ == "ccomp"), key=lambda c: not _has_subject(c, tok))
        clause = clauses[0] if clauses else _that_clause_after_phrase(tok) or _clause_on_addressee(tok)
        if clause is None:
            if self.clause_after_aside(tok) or _clause_before_inverted_cue(self, tok):
                return
            if not self.as_clause(tok) and not self.that_after(tok) and not self.finding_phrase(tok):
                self.parenthetical(tok)
            return
        s, e = _clause_after(clause, tok)
        if _reports_speech(clause) and self.overlaps(s, e):
            # 'Breitbart reported that Carlson said ... "hunt or kill deer"': the quoted words are the innermost
            # source's; the inner cue ("said") attributes them.
            return
        for more in clauses[1:]:
            # "told HuffPost that she was disheartened there have not been ...": the parser split one clause;
            # but a second cue ("One in three said A and one in four said B") is a statement of its own
            if cue_family(attribution_lemma(more)) is not None:
                continue
            ms, me = _clause_span(more)
            if (more.i > tok.i) == (clause.i > tok.i) and ms >= e and _JOINED.fullmatch(self.text[e:ms].strip(" ,")):
                e = me  # "said that A, and that B": one statement of two clauses
        e = _before_second_source(clauses[1:], s, e)
        if clause.i > tok.i:
            e = _modal_tail(tok, e, self.text)
        if not self.same_paragraph(s, e, tok.idx):
            return  # the parser joined paragraphs; reported speech never crosses one
        if s < tok.idx:
            s = _rejoined_start(self.text, s, self.paragraphs[self.paragraphs.index_of(s)])
        gap = (min(e, tok.idx), max(s, tok.idx))
        if self.taken.starts_within(*gap):
            return  # a quotation stands between the verb and the clause
        if cue_family(attribution_lemma(tok)) in ("belief", "finding") and not _finite(clause):
            # "expects the works to take two years": a forecast about things, no clause held by a source;
            # but a document's finding may be a clause without tense ("the poll shows the race tightening").
            self.finding_phrase(tok)
            return
        if not _has_subject(clause, tok) and not _that_opened(clause, tok):
            moved = _displaced_subject(clause, tok)
            if moved is None:
                if self.clause_after_aside(tok):
                    return
                # "told CNN in the interview taped on Monday": a participle, not a reported clause, unless
                # its subject opens the sentence before the cue ("Fraudsters, he said in a video, don't last").
                fronted = _fronted_subject(clause, tok)
                if fronted is not None and e - s >= 10:
                    self.split(fronted, (s, e), tok)
                return
            s = moved.idx
        short = e - s < 10 or len(list(clause.subtree)) < MIN_CLAUSE_TOKENS
        if short and not _elliptical(clause, tok) or self.overlaps(tok.idx, tok.idx + len(tok)):
            return
        subj = _speaker_of(tok)
        if subj is None or s <= subj.idx < e:
            return
        if self.overlaps(s, e):
            self.mixed(s, e, subj, tok)
            return
        tail = _reason_after_cue(tok, clause) or _joined_after_cue(tok, clause) if clause.i < tok.i else None
        if tail is None or self.overlaps(*tail) or not self.same_paragraph(*tail, tok.idx):
            if not self.with_first_piece(clause, tok, subj, (s, e)):
                self.add(s, e, "reported speech", subj, tok, 0.7)
            return
        self.group += 1  # "The plant was thriving, he said, until it went bankrupt": one statement, two pieces
        for piece in ((s, e), tail):
            self.add(*piece, "reported speech", subj, tok, 0.7, group=self.group)

    def with_first_piece(self, clause: Any, tok: Any, subj: Any, span: tuple[int, int]) -> bool:
        """Record the clause ``span`` after cue ``tok`` with the word before the source that stands for its subject
        as a first piece, one group: the relative pronoun of "policies, which he said had harmed the economy"
        (``_extracted_relative``) or the noun of "a probe the agency said was ongoing" (``_zero_relative_noun``).
        Whether recorded."""
        pronoun = _extracted_relative(clause, tok)
        first = (pronoun.idx, pronoun.idx + len(pronoun)) if pronoun is not None else None
        first = first or _zero_relative_noun(clause, tok, subj)
        if first is None or self.overlaps(*first) or not self.same_paragraph(*first, tok.idx):
            return False
        self.group += 1
        for piece in (first, span):
            self.add(*piece, "reported speech", subj, tok, 0.7, group=self.group)
        return True

    def infinitive(self, tok: Any) -> None:
        """'The mayor vowed to reopen the pool', 'urged residents not to travel': a commitment or a
        request (``lexicon.cues.INTENTION_LEMMAS``) whose content is its "to" infinitive."""
        if non_assertive(tok) is not None or in_title_case(tok) or any(c.dep_ == "auxpass" for c in tok.children):
            return  # "the tax was intended to ...": a purpose, nobody's undertaking
        if tok.dep_ in _REDUCED_RELATIVE:
            return  # "rules agreed in May to make lenders ...": the rules agreed nothing
        if _described_or_means(tok):
            return
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if comp is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return
        span = _trimmed(without_trailing_gloss(list(comp.subtree)))
        subj = _speaker_of(tok, "intention")
        if span is None or subj is None or len(list(comp.subtree)) < MIN_CLAUSE_TOKENS:
            return
        if not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(tok.idx, span[1]):
            self.mixed_phrase(span, subj, tok)
            return
        self.add(*span, FAMILY_RULES["intention"], subj, tok, 0.65, shape=INFINITIVE)

    def request(self, tok: Any, prep: str) -> None:
        """'Quinn asked supporters to run for office', 'called on the chief executive to resign': a request
        (``lexicon.cues.REQUEST_CUES``) whose content is the person asked with the "to" infinitive after them."""
        if non_assertive(tok) is not None or in_title_case(tok) or tok.dep_ in _REDUCED_RELATIVE:
            return
        if any(c.dep_ == "auxpass" for c in tok.children) or _unasserted(tok):
            return
        asked = _person_asked(tok, prep)
        comp = next((c for c in tok.children if c.i > tok.i and _infinitive(c)), None)
        if asked is None or comp is None or asked.right_edge.i + 1 != comp.left_edge.i:
            return
        span = _trimmed(without_trailing_gloss(list(tok.doc[asked.left_edge.i : comp.right_edge.i + 1])))
        subj = _speaker_of(tok, "intention")
        if span is None or subj is None or not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(*span):
            self.mixed_phrase(span, subj, tok)
            return
        self.add(*span, FAMILY_RULES["intention"], subj, tok, 0.65, shape=INFINITIVE)

    def more_cues(self, tok: Any, lemma: str) -> None:
        """The cues whose content is a phrase, not a clause (``lexicon.cues.OBJECT_CUES``, ``INFINITIVE_CUES``,
        ``PREPOSITION_CUES``): their forms are not among those the focus stage keeps sentences for, so they
        cost no parse; they are read where the sentence was parsed for another reason. A cue in a relative
        clause ("Democrats who attacked her accusers") describes the one it hangs on, and one under another
        verb ("tried to defend", "voted to endorse") an attempt or a decision, not a stance taken: neither is read."""
        if tok.dep_ == "relcl" and lemma in _ENDORSING and not _unasserted(tok):
            self.endorsed_in_relative(tok)
            return
        if tok.dep_ in _NOT_TAKEN and not _continued(tok) or _unasserted(tok):
            return
        if lemma in OBJECT_CUES:
            self.object(tok, lemma)
        if lemma in INFINITIVE_CUES:
            self.infinitive(tok)
        if lemma in PREPOSITION_CUES:
            self.stance(tok, PREPOSITION_CUES[lemma])

    def endorsed_in_relative(self, tok: Any) -> None:
        """'Rep. Ann Roe, who endorsed Smith on Sunday, ...', 'a super PAC that backed Reed': a relative clause
        whose pronoun is the subject of a verb of backing (``_ENDORSING``) states the stance of the person or
        group it hangs on (PolNeAR attributes it, the pronoun for source). The content is the object; the mention
        the pronoun, resolved as in "who said ...", when the noun it stands for can be a source (a person, a name,
        an office, a group)."""
        if non_assertive(tok) is not None or in_title_case(tok):
            return
        pronoun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        source = tok.head
        if pronoun is None or pronoun.lower_ not in ("who", "that", "which") or not _addresser(source):
            return
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or obj.pos_ == "PRON" or obj.tag_ in ("WDT", "WP") or obj.ent_type_ in _NOT_CONTENT_ENTS:
            return
        span = _trimmed(without_trailing_gloss(_with_complements(tok, list(obj.subtree))))
        if span is None or span[1] - span[0] < 3 or not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(tok.idx, span[1]):
            return
        self.add(*span, FAMILY_RULES["stance"], pronoun, tok, 0.55, shape=NOUN_PHRASE)

    def stance(self, tok: Any, preps: frozenset[str] | None = None) -> None:
        """'The senator called for an end to sugar subsidies', 'spoke about the need for ...': a stance
        or topic (``lexicon.cues.STANCE_PREPOSITIONS``) whose content is the preposition's object."""
        if non_assertive(tok) is not None or in_title_case(tok) or any(c.dep_ == "auxpass" for c in tok.children):
            return
        if tok.dep_ in _REDUCED_RELATIVE:
            return
        preps = preps or STANCE_PREPOSITIONS.get(attribution_lemma(tok), frozenset())
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in preps), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None:
            toks = _for_to_clause(tok, preps)
            if toks is None:
                return
        else:
            toks = list(obj.subtree)
        for more in tok.children:  # "called for an end | to sugar subsidies": the parser hung the noun's
            if more.dep_ == "prep" and more.lower_ in ("to", "of") and more.i == toks[-1].i + 1:  # phrase on the verb
                toks += list(more.subtree)
            elif _infinitive(more) and more.left_edge.i == toks[-1].i + 1:
                toks += list(more.subtree)  # "called for contestants | to wear shorter dresses": what is called for
        span = _trimmed(without_trailing_gloss(toks))
        subj = _speaker_of(tok, "stance")
        if span is None or subj is None or span[1] - span[0] < 6 or sum(not t.is_punct for t in toks) < 2:
            return
        if not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(tok.idx, span[1]):
            self.mixed_phrase(span, subj, tok)
            return
        self.add(*span, FAMILY_RULES["stance"], subj, tok, 0.6, shape=NOUN_PHRASE)

    def object(self, tok: Any, lemma: str) -> None:
        """'The senator criticized the plan', 'announced his candidacy', 'supports the deal': a cue
        (``lexicon.cues.OBJECT_CUES``) whose content is its direct object, a noun phrase."""
        if non_assertive(tok) is not None or in_title_case(tok) or tok.dep_ in _REDUCED_RELATIVE:
            return
        if any(c.dep_ == "auxpass" or c.dep_ == "ccomp" and _noun_object(c) is None for c in tok.children):
            return
        if lemma in GROUNDS_CUES and tok.tag_ == "VBG" and tok.dep_ == "advcl":
            return  # "declined to comment, citing the talks": the grounds given for an act, not a stance taken
        if tok.dep_ in ("csubj", "csubjpass"):
            return  # "Criticizing the police will alienate ...": an act named, no stance taken
        if lemma in LABEL_CUES:
            toks = _label(tok)
        else:
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
            obj = obj or next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if obj is None or obj.tag_ in ("WDT", "WP") or obj.ent_type_ in _NOT_CONTENT_ENTS:
                return
            if obj.pos_ == "PRON" and not (OBJECT_CUES[lemma] == "stance" and obj.lower_ in _STANCE_PRONOUNS):
                return  # "opposed it", "praised her": the one a stance is taken on; "said this" is no content
            if lemma in PHYSICAL_SENSE_CUES and physical_attack(tok, obj, subject_of(tok)):
                return  # "Protesters attacked police", "gunmen attacked a convoy": violence, no stance voiced
            if lemma in CANDIDATE_CUES and not (obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her")):
                return  # "backs Mr. Cruz", "backed her": a candidate; "backed the tactics", "backs them up" vary
            if OBJECT_CUES[lemma] == "speech" and obj.ent_type_ == "PERSON":
                return  # "questioned Tom Reed": a person spoken to, not what was said
            if lemma in DENIAL_LEMMAS and obj.lower_.removesuffix("s") not in DENIED_STATEMENT_NOUNS:
                return  # "denied the request": something asked for, nothing asserted
            toks = _with_complements(tok, list(obj.subtree))
        family = OBJECT_CUES[lemma]
        span = _trimmed(without_trailing_gloss(toks, _PHRASE_GLOSS_DEPS)) if toks else None
        subj = _named_source(tok, family)
        if span is None or subj is None or span[1] - span[0] < 2:
            return
        if not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(min(tok.idx, span[0]), span[1]):
            self.mixed_phrase(span, subj, tok)
            return
        self.add(*span, FAMILY_RULES[family], subj, tok, 0.6, shape=NOUN_PHRASE)

    def passive(self, tok: Any, lemma: str) -> None:
        """'The plan was criticized by the mayor', 'the move was first reported by MSNBC': a cue of
        ``lexicon.cues.PASSIVE_CUES`` in the passive whose subject is the content and whose agent after "by"
        the source. Nothing without an agent (the text names no source), for a pronoun subject ("it was
        reported by"), or for a cue in a relative clause or under another verb (``more_cues``)."""
        if tok.dep_ in _NOT_TAKEN or tok.dep_ in _REDUCED_RELATIVE or _unasserted(tok):
            return
        if non_assertive(tok) is not None or in_title_case(tok) or not any(c.dep_ == "auxpass" for c in tok.children):
            return
        content = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        agent = agent_of(tok)
        if content is None or agent is None or content.pos_ == "PRON" or content.tag_ in ("WDT", "WP"):
            return
        if not (personish(agent) or agent.text[:1].isupper()) or agent.pos_ == "PRON" and agent.lower_ == "it":
            return
        span = _trimmed(without_trailing_gloss(list(content.subtree)))
        if span is None or span[1] - span[0] < 3 or not self.same_paragraph(*span, tok.idx):
            return
        if self.overlaps(span[0], agent.idx + len(agent)):
            return
        if lemma in PHYSICAL_SENSE_CUES and physical_attack(tok, content, agent):
            return  # "Two officers were attacked by a mob": violence, no stance voiced
        self.add(*span, FAMILY_RULES[PASSIVE_CUES[lemma]], agent, tok, 0.55, shape=NOUN_PHRASE)

    def nominal(self, noun: Any) -> None:
        """'the company's claim that the water was safe', 'his belief that ...': a cue noun
        (``lexicon.cues.NOMINAL_CUES``) whose that-clause is the content and whose possessor the source."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if owner is None and clause is not None and _heard_noun(noun) is not None:
            self.heard(noun)
            return
        if owner is None or clause is None or not (personish(owner) or owner.lower_ in ("its", "their")):
            return
        if NOMINAL_CUES[noun.lower_.removesuffix("s")] != "speech" and owner.lower_ in ("my", "our", "your"):
            return  # an interview's own "my belief that ...", not a report
        s, e = _clause_span(clause)
        if e - s < 10 or not self.same_paragraph(s, e, noun.idx) or self.overlaps(noun.idx, e):
            return
        family = NOMINAL_CUES[noun.lower_.removesuffix("s")]
        self.add(s, e, FAMILY_RULES[family], owner, noun, 0.6)

    def heard(self, noun: Any) -> None:
        """'news that the FBI had reopened a probe', 'amid rumors that ...', 'critics raised concerns that ...', 'made
        the case that ...': a noun of something said, heard or held (``lexicon.cues.HEARD_CLAUSE_NOUNS``, or a
        ``NOMINAL_CUES`` noun with no possessor) whose complement that-clause is the content. The source is the
        subject of the verb that takes the noun as object, a person or a group ("raised concerns"), else nobody
        named (no mention, evidence ``SOURCELESS_RULE``). Nothing for a relative clause ("news that laid bare ..."),
        a possessor (``nominal``), "I"/"we"/"you" taking the noun (an interview's own view), a noun under a
        negation or in a question or a condition, or in a title."""
        clause = _that_complement(noun)
        if clause is None or in_title_case(noun) or not _has_subject(clause, noun):
            return
        family = _heard_noun(noun) or NOMINAL_CUES.get(noun.lower_.removesuffix("s"), "speech")
        verb = noun.head if noun.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") else None
        if noun.dep_ == "pobj" and verb is not None:
            verb = verb.head if verb.dep_ == "prep" else None  # "amid reports that": the phrase hangs on a verb
        if verb is not None and (_unasserted(verb) or non_assertive(verb) is not None):
            return
        if any(c.dep_ == "neg" or c.lower_ in ("no", "little") for c in noun.children):
            return  # "there is no evidence that", "left little doubt that": nothing held
        if noun.lower_ in _MADE_ONLY and (verb is None or verb.lemma_ != "make"):
            return  # "the case that": only "made the case that" argues a point
        if noun.dep_ == "pobj" and noun.lower_.removesuffix("s") in UNHELD_IDEA_NOUNS:
            return  # "as for the notion that ...": the writer takes up a thought, nobody is said to hold it
        subj = None
        if verb is not None and noun.dep_ == "dobj":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in ("i", "we", "you"):
                return
            subj = subj if subj is not None and _addresser(subj) else None  # "the attack raised fears that": nobody's
        s, e = _clause_span(clause)
        if e - s < 10 or not self.same_paragraph(s, e, noun.idx) or self.overlaps(noun.idx, e):
            return
        if subj is not None:
            self.add(s, e, FAMILY_RULES[family], subj, noun, 0.55)
            return
        q = Quote(start=s, end=e, text=self.ex.article.text[s:e], kind="indirect", confidence=0.5)
        q.content = CLAUSE
        cue = Span.of(self.text, noun.idx, noun.idx + len(noun))
        self.found.append((q, Attribution(SOURCELESS_RULE, None, cue, 0.5)))
        self.taken.add(s, e)

    def stance_noun(self, noun: Any) -> None:
        """'The senator toned down his criticism of the levy', 'stepped up his attacks on the mayor', 'delivered
        a blistering critique of the budget': a noun of ``lexicon.cues.STANCE_NOUNS`` taken by a verb (as its
        object, or in a phrase on it: "doubled down on attacks on ..."), with no possessor or a pronoun one; the
        object of the noun's preposition is the content, the verb's subject the source (a stance, never
        "I"/"we"/"you")."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" or in_title_case(noun):
            return  # "cheered Clinton's attacks on Trump": the named owner's stance, which the verb reacts to
        preps = STANCE_NOUNS.get(noun.lower_.removesuffix("s"))
        if preps is None:
            return  # "his support for ...": read with its possessor alone (``owned_stance``)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in preps), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        verb = noun.head if noun.dep_ == "dobj" else None
        on_verb = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "with", "in")
        if on_verb and noun.head.head.pos_ in ("VERB", "AUX"):
            # "doubled down on attacks on ...", "peppered him with attacks on ..."; not "critiqued Sanders over his
            # opposition to ...", where the stance is the object's, the one the verb's subject takes up
            verb = noun.head.head
        if obj is None or verb is None or verb.dep_ in _NOT_TAKEN or verb.dep_ in _REDUCED_RELATIVE:
            return
        if non_assertive(verb) is not None or _unasserted(verb) or obj.pos_ == "PRON" and obj.lower_ == "it":
            return
        subj = _named_source(verb, "stance")
        if noun.lower_.removesuffix("s") in PHYSICAL_SENSE_CUES and physical_attack(noun, obj, subject_of(verb)):
            return  # "militants stepped up their attacks on army posts": violence, no stance voiced
        span = _trimmed(without_trailing_gloss(list(obj.subtree)))
        if span is None or subj is None or span[1] - span[0] < 3 or not self.same_paragraph(*span, noun.idx):
            return
        if self.overlaps(noun.idx, span[1]):
            return
        self.add(*span, FAMILY_RULES["stance"], subj, noun, 0.55, shape=NOUN_PHRASE)

    def owned_stance(self, noun: Any) -> None:
        """'Trump's opposition to trade liberalization', 'his endorsement of Clinton', 'their criticism of Trump': a
        noun of stance (``lexicon.cues.STANCE_NOUNS`` or ``OWNED_STANCE_NOUNS``) with a possessor, who is the
        source; the object of the noun's preposition is the content, however short (PolNeAR marks "Trump"). Not for
        "my", "our", "your" (a stance of the one speaking), nor under a question or a denial, nor where an earlier
        find holds the phrase ("said his support for Trump was firm": the statement holds the stance)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in ("my", "our", "your") or in_title_case(noun):
            return
        if not (personish(owner) or owner.lower_ in ("his", "her", "their", "its") or owner.text[:1].isupper()):
            return
        low = noun.lower_.removesuffix("s")
        preps = STANCE_NOUNS.get(low) or OWNED_STANCE_NOUNS[low]
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in preps), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if obj is None or obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that"):
            return
        if obj.ent_type_ in ("DATE", "TIME"):
            return  # "his remarks on Saturday": when they were made, not what about
        if any(c.lower_ in _MONEY_BACKING for c in noun.children if c.dep_ == "amod"):
            return  # "their financial support for the convention": money given, no stance stated
        if low in PHYSICAL_SENSE_CUES and physical_attack(noun, obj, owner):
            return  # "their attacks on army posts": violence, no stance voiced
        if noun.sent.text.rstrip().endswith("?"):
            return  # "What do you think of Trump's attack on Carson?"
        if owner.tag_ in ("NNS", "NNPS"):
            return  # "tracks Americans' support for the candidates": a poll's measure of a crowd, not a stance stated
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
            return  # "penalizing groups for their opposition to ...": the grounds of someone else's act
        head = noun
        while head.dep_ in ("prep", "pobj", "dobj", "conj", "appos") and head.head is not head:
            head = head.head
            if head.pos_ == "NOUN" and head.lower_.removesuffix("s") in _NAMING_NOUNS | STANCE_NOUNS.keys():
                return  # "references to his record and his support for the bill": what the references name
        lemma = attribution_lemma(head) if head.pos_ in ("VERB", "AUX") else ""
        if lemma and (cue_family(lemma) is not None or lemma in OBJECT_CUES or head.lower_.startswith(_REACTING)):
            return  # "criticized Trump's support for ...", "pointed to Clinton's support for ...": the whole phrase
            # is what the verb's subject reports or reacts to (PolNeAR marks it so)
        if head.pos_ in ("VERB", "AUX") and (non_assertive(head) is not None or _unasserted(head)):
            return
        span = _trimmed(without_trailing_gloss(list(obj.subtree)))
        if span is None or not self.same_paragraph(*span, noun.idx):
            return
        start = min(t.idx for t in owner.subtree)
        if self.overlaps(start, span[1]):
            return
        self.add(*span, FAMILY_RULES["stance"], owner, noun, 0.5, shape=NOUN_PHRASE)

    def intended(self, noun: Any) -> None:
        """'her plan to raise taxes', 'Obama's pledge to close the prison', 'the union's decision not to endorse': a
        noun of ``lexicon.cues.INTENTION_NOUNS`` with a possessor for source and a "to" infinitive for content (a
        reported intention, the infinitive alone). Nothing without a possessor ("a plan to ...": nobody's) or
        for "my", "our", "your" (an interview's own plan, not a report)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in ("my", "our", "your") or in_title_case(noun):
            return
        if not (personish(owner) or owner.lower_ in ("its", "their", "his", "her") or owner.text[:1].isupper()):
            return
        comp = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and _to_infinitive(c)), None)
        if comp is None or len(list(comp.subtree)) < MIN_CLAUSE_TOKENS:
            return
        span = _trimmed(without_trailing_gloss(list(comp.subtree)))
        if span is None or not self.same_paragraph(*span, noun.idx) or self.overlaps(noun.idx, span[1]):
            return
        self.add(*span, FAMILY_RULES["intention"], owner, noun, 0.6, shape=INFINITIVE)

    def split(self, head: tuple[int, int], tail: tuple[int, int], cue: Any) -> None:
        """One statement split by its cue ("Fraudsters, he said, don't last long"): two pieces, one group."""
        subj = _speaker_of(cue)
        if subj is None or self.overlaps(head[0], tail[1]):
            return
        if not all(self.same_paragraph(s, e, cue.idx) for s, e in (head, tail)):
            return
        self.group += 1
        for s, e in (head, tail):
            self.add(s, e, "reported speech", subj, cue, 0.7, group=self.group)

    def finding_phrase(self, tok: Any) -> bool:
        """'One poll shows Cruz 16 points ahead of Trump', 'the poll found Clinton leading by seven points',
        'leaked emails showed staff favoring her': a document's finding (``FINDING_LEMMAS``) stated as a
        phrase or a clause without tense, whose content is everything the verb governs to its right. Only
        with a document, poll or record for subject (``lexicon.cues.DOCUMENT_NOUNS``) or an organisation:
        "police found the car" or "Smith showed the letter" report no finding. Whether one was recorded."""
        if cue_family(attribution_lemma(tok)) != "finding" or non_assertive(tok) is not None or in_title_case(tok):
            return False
        if tok.dep_ in _REDUCED_RELATIVE or any(c.dep_ == "auxpass" for c in tok.children):
            return False  # "the figures shown on screen", "was found dead": no document reports anything
        subj = subject_of(tok)
        if subj is None or not _document_subject(subj):
            return False
        right = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
        toks = sorted((t for c in right for t in c.subtree), key=lambda t: t.i)
        if not toks or toks[0].i != tok.i + 1 or sum(not t.is_punct for t in toks) < MIN_CLAUSE_TOKENS:
            return False
        if toks[0].dep_ == "mark" and toks[0].lower_ == "that":
            toks = toks[1:]  # a clause the tagger left without a tensed verb ("that two wards had been understaffed")
        span = _trimmed(without_trailing_gloss(toks))
        shape = _finding_shape(toks)
        if span is None or shape is None or not self.same_paragraph(*span, tok.idx) or self.overlaps(tok.idx, span[1]):
            return False
        self.add(*span, FAMILY_RULES["finding"], subj, tok, 0.6, shape=shape)
        return True

    def as_clause(self, tok: Any) -> bool:
        """'As the Times reported, Clinton raised $1.1 million ...', '..., as the report noted': a cue in a
        clause opened by "as" vouches for the clause it hangs on (``_as_content``); "As reported by X" takes
        the passive's agent for source. Whether one was recorded."""
        span = _as_content(tok)
        if span is None:
            return False
        own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subj = _reporting_agent(tok) or (_speaker_of(tok) if own is not None else None)
        if subj is None or span[1] - span[0] < 10 or self.overlaps(*span) or not self.same_paragraph(*span, tok.idx):
            return False
        self.add(*span, "reported speech", subj, tok, 0.7)
        return True

    def clause_after_aside(self, tok: Any) -> bool:
        """'Alves insisted the remarks, made to a team-mate, were meant to push him' (``_clause_after_aside``):
        whether one was recorded."""
        span = _clause_after_aside(tok)
        subj = _speaker_of(tok) if span is not None else None
        if span is None or subj is None or span[1] - span[0] < 10 or subj.idx >= span[0]:
            return False
        if not self.same_paragraph(*span, tok.idx) or self.overlaps(tok.idx, span[1]):
            return False
        self.add(*span, "reported speech", subj, tok, 0.7)
        return True

    def adjective(self, tok: Any) -> None:
        """'The mayor was adamant that taxes would not rise', 'is confident the deal will pass': an adjective of
        ``lexicon.cues.STATEMENT_ADJECTIVES`` after a copula ("be", "remain"), its clause (on the adjective or
        the copula, after the adjective) the content and the copula's subject the source. Nothing for a
        question ("not certain whether"), a negated or hedged copula, a first or second person, or an unnamed
        thing for subject."""
        head = tok.head
        if head.lower_ not in _COPULA_FORMS or non_assertive(head) is not None or in_title_case(tok):
            return
        clause = next((c for c in (*tok.children, *head.children) if c.dep_ == "ccomp" and c.i > tok.i), None)
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if clause is None or subj is None or not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
            return
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in clause.children):
            return
        if subj.lower_ in _SPEAKER_PRONOUNS or subj.lower_ in ("it", "this", "that", "there"):
            return
        if not (personish(subj) or subj.text[:1].isupper()):
            return
        s, e = _clause_span(clause)
        if e - s < 10 or not self.same_paragraph(s, e, tok.idx) or self.overlaps(tok.idx, e):
            return
        self.add(s, e, FAMILY_RULES[STATEMENT_ADJECTIVES[tok.lower_]], subj, tok, 0.65)

    def that_after(self, tok: Any) -> bool:
        """'X reported that CLAUSE' the parser did not read as a clause; whether one was recorded."""
        span = _that_after(tok)
        subj = _speaker_of(tok)
        if span is None or subj is None or span[1] - span[0] < 10:
            return False
        if not self.same_paragraph(*span, tok.idx) or self.overlaps(tok.idx, span[1]):
            return False
        self.add(*span, "reported speech", subj, tok, 0.7)
        return True

    def parenthetical(self, tok: Any) -> None:
        """'The turbines, she said, offered ...': the pieces of the sentence around the cue, one group."""
        spans = _parenthetical_spans(tok)
        subj = _speaker_of(tok)
        if spans is None or subj is None or self.overlaps(tok.idx, tok.idx + len(tok)):
            return
        if not all(self.same_paragraph(s, e, tok.idx) for s, e in spans):
            return
        if len(spans) == 2 and not self.overlaps(*spans[0]) and self.overlaps(*spans[1]):
            self.lead_of_quotation(spans[0], spans[1], subj, tok)
            return
        if any(self.overlaps(s, e) for s, e in spans) or spans[-1][1] - spans[-1][0] < 10:
            return
        self.group += 1
        for s, e in spans:
            self.add(s, e, "reported speech", subj, tok, 0.7, group=self.group if len(spans) > 1 else None)

    def lead_of_quotation(self, head: tuple[int, int], tail: tuple[int, int], subj: Any, cue: Any) -> None:
        """'An economic downturn, he said, "could be a good time to borrow."': the words before a mid-sentence
        cue are the first piece of the quotation in marks after it (the subject of its verb), so they join
        its group as reported speech; a fragment in marks inside the words after the cue makes them a
        mixed quote first. Nothing when the words after the cue hold no quotation, or more than one."""
        inside = [q for q in self.ex.quotes if q.start < tail[1] and tail[0] < q.end]
        if len(inside) != 1:
            return
        q = inside[0]
        opened = q.open_start if q.open_start is not None else q.start
        if self.text[tail[0] : opened].strip(" \u201c\"'`"):
            # 'The two nations, Xi said, now have a "golden opportunity"': the words after the cue are a
            # reported clause holding the fragment; it becomes the clause (``mixed``) when it reads as one.
            self.mixed(tail[0], max(tail[1], q.close_end or q.end), subj, cue)
            if q.fragment is None:
                return
        if q.group is None:
            self.group += 1
            q.group = self.group
        self.add(*head, "reported speech", subj, cue, 0.7, group=q.group)

    def mixed_phrase(self, span: tuple[int, int], subj: Any, cue: Any) -> None:
        """A phrase content that holds a quoted fragment ('called the ruling "a travesty"', 'vowed to limit
        involvement in "places we have no right to be"', 'accused him of an "artful smear"'): the fragment's
        quote becomes the whole phrase (``mixed``), its attribution kept. Nothing when the cue lies in a
        quotation or a quotation stands between the cue and the phrase."""
        s, e = span
        end_of_cue = cue.idx + len(cue)
        if s < end_of_cue or self.taken.overlaps(cue.idx, end_of_cue) or self.taken.overlaps(end_of_cue, s):
            return
        self.mixed(s, e, subj, cue, keep=True)

    def grown(self, s: int, e: int, cue_at: int, keep: bool) -> Quote | None:
        """The one quoted fragment inside the reported clause [s, e), grown to the clause (``mixed``); None when the
        clause holds no fragment, or more than one, or the fragment is no word of the clause, or when the
        attribution the fragment already holds stays (``keep``, a cue and a speaker; a ``STATEMENT_OWNER``'s)."""
        inside = [q for q in self.ex.quotes if q.start < e and s < q.end]
        if len(inside) != 1:
            return None
        q = inside[0]
        opened = q.open_start if q.open_start is not None else q.start
        closed = q.close_end or q.end
        if q.kind != "partial" or q.fragment is not None or opened < s:
            return None
        comma = _comma_in_mark(self.text, (s, e), (opened, closed), cue_at)
        if not _closes_clause(self.text[e:closed]) and not comma:
            return None
        if self.taken.overlaps(s, e, but=(opened, closed)):
            return None
        keep = keep or (closed > e + 1 and not comma)
        e = max(e, closed)  # 'received the "support of all parties".': the span runs to the closing mark
        inner = q.end - 1 if q.end - 1 > q.start and self.text[q.end - 1] == "," else q.end
        q.fragment = Span.of(self.ex.article.text, q.start, inner)  # '"rigged,"': the comma is the clause's
        q.start, q.end = s, e
        q.text = self.ex.article.text[s:e]
        self.taken.add(s, e)
        held = self.ex.attributions.get(q)
        if keep and held is not None and held.cue is not None and held.mention is not None:
            return None  # the attribution stage read a cue and a speaker for the fragment: the phrase is theirs too
        if held is not None and held.rule == STATEMENT_OWNER:
            return None  # "X said ... Y's claim that Z was "Q"": the fragment is Y's, not the speaker of the clause
        return q

    def mixed_found(self, s: int, e: int, found: Attribution) -> None:
        """'According to Price, Reed has made false claims about them being "rigged"': a clause beside an
        attributing phrase (``_beside_phrase``) holding one quoted fragment is a mixed quote (``mixed``) the phrase
        attributes."""
        q = self.grown(s, e, found.cue.start if found.cue is not None else s, False)
        if q is None:
            return
        self.ex.attributions[q] = found
        q.cue, q.speaker_mention, q.evidence = found.cue, found.mention, found.rule
        low, conf = q.confidence < 0.5, found.confidence
        q.confidence = max(q.confidence, conf) if low else min(q.confidence, conf)

    def mixed(self, s: int, e: int, subj: Any, cue: Any, keep: bool = False) -> None:
        """A reported clause holding one quoted fragment: the fragment's quote becomes the clause.

        'The minister said the budget was "a disgrace" and would go': kind stays "partial", the
        span is the whole clause, ``fragment`` keeps the words in marks. A clause holding a
        direct quotation, or more than one fragment, is left to the quotations. ``keep``: the attribution the
        attribution stage gave the fragment (a cue and a speaker) stays, and only the span grows; so does it
        for a fragment that closes the sentence after the clause ('is an "incredible opportunity."').
        """
        q = self.grown(s, e, cue.idx, keep)
        if q is None:
            return
        ms, me = _dateline_name(subj) or noun_phrase(subj, cue.sent.start_char, cue.sent.end_char)
        a = Attribution(
            "mixed quote",
            Span.of(self.text, ms, me),
            Span.of(self.text, cue.idx, cue.idx + len(cue)),
            0.75,
            head_index=subj.i,
        )
        self.ex.attributions[q] = a
        q.cue, q.speaker_mention, q.evidence = a.cue, a.mention, a.rule
        q.confidence = max(q.confidence, a.confidence) if q.confidence < 0.5 else min(q.confidence, a.confidence)

    def sourceless(self, tok: Any) -> None:
        """'The Fed is not expected to change rates', 'she is widely believed to have won': a belief verb in the
        passive with a "to" infinitive (``lexicon.cues.SOURCELESS_PASSIVE_FORMS``) states a belief or an
        expectation that people the text does not name hold. The content is split around the cue, as PolNeAR
        annotates it: the subject and the infinitive, one group, with no source mention (the speaker stays
        None) and evidence ``SOURCELESS_RULE``. A negated expectation is still one ("is not expected to").
        Nothing for a cue in a question, a condition or a headline, under another verb, in a reduced relative
        ("a video expected to ..."), or in a relative clause whose gap is the subject or the object
        ("which has been expected to be ...", "the changes lawmakers are expected to consider")."""
        if in_title_case(tok) or tok.dep_ in _REDUCED_RELATIVE or tok.dep_ == "xcomp" or _unasserted(tok):
            return
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and _infinitive(c)), None)
        if subj is None or comp is None or subj.tag_ in ("WDT", "WP", "EX") or _relative_phrase(subj):
            return
        if tok.dep_ == "relcl" and _object_gap(comp):
            return
        self.unnamed(subj, list(comp.subtree), tok, SOURCELESS_RULE)

    def unnamed(self, subj: Any, comp: list[Any], tok: Any, rule: str) -> None:
        """Record a content split around cue ``tok`` (the subject ``subj`` and the complement's tokens ``comp``)
        as one group with no source mention: a belief of people the text does not name."""
        comp = [t for t in comp if t.i > tok.i]  # a misparse may hang the relative clause holding the cue on it
        head = _trimmed(_before_aside(subj))
        tail = _trimmed(without_trailing_gloss(comp)) if comp else None
        if head is None or tail is None or sum(not t.is_punct for t in comp) < (1 if comp[0].pos_ == "ADJ" else 2):
            return
        if head[1] > tok.idx:
            return
        if self.overlaps(head[0], tail[1]) or not all(self.same_paragraph(*piece, tok.idx) for piece in (head, tail)):
            return
        self.group += 1
        cue = Span.of(self.text, tok.idx, tok.idx + len(tok))
        for s, e in (head, tail):
            q = Quote(start=s, end=e, text=self.ex.article.text[s:e], kind="indirect", confidence=0.55)
            q.group, q.content = self.group, INFINITIVE
            self.found.append((q, Attribution(rule, None, cue, 0.55)))
            self.taken.add(s, e)

    def question_put(self, tok: Any) -> None:
        """'Asked whether he would resign, the minister said ...', 'when asked by a reporter if that remains his
        view': a question put to the sentence's subject. The content is the question (its "whether"/"if" or
        wh- word kept, so it never reads as an assertion, or the "about" phrase: "Asked about the charges"); its
        source is the one who asked, the agent after "by", or nobody named (no mention, evidence
        ``QUESTION_RULE``). Nothing for a request ("was asked to comment"), which asks for an act, not an answer."""
        if in_title_case(tok) or tok.lower_ != "asked":
            return
        if not _addressed(tok, list(tok.children)) and not asked_opening(tok, self.text):
            return
        if tok.dep_ in _NOT_TAKEN or any(c.dep_ == "neg" for c in tok.children):
            return
        asked = _question_asked(tok)
        span = _trimmed(list(asked.subtree)) if asked is not None else None
        if span is None or span[1] - span[0] < 8 or self.overlaps(tok.idx, span[1]):
            return
        if not self.same_paragraph(*span, tok.idx):
            return
        by = [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children]
        agent = agent_of(tok) or next((g for g in by if g.dep_ == "pobj"), None)  # "when asked by a reporter"
        shape = NOUN_PHRASE if asked.dep_ == "prep" else CLAUSE
        q = Quote(start=span[0], end=span[1], text=self.ex.article.text[span[0] : span[1]], kind="indirect")
        q.confidence, q.content = 0.55, shape
        mention = Span.of(self.text, *noun_phrase(agent, tok.sent.start_char, tok.sent.end_char)) if agent else None
        cue = Span.of(self.text, tok.idx, tok.idx + len(tok))
        self.found.append((q, Attribution(QUESTION_RULE, mention, cue, 0.55, head_index=agent.i if agent else None)))
        self.taken.add(*span)


# The evidence of a belief or an expectation the text gives to nobody it names (``_Finder.sourceless``).
SOURCELESS_RULE = "reported belief, no source"
# The evidence of a question put to someone (``_Finder.question_put``): speech, but the asker's, and no assertion.
QUESTION_RULE = "reported question"
_QUESTION_WORDS = QUESTION_COMPLEMENTISERS | frozenset({"why", "which", "what", "how", "when", "who", "where"})


# What may stand between a sentence's start and an "asked" that opens it: "When asked", "And asked", "Later asked".
_ASKED_LEAD = re.compile(
    r"(?:^|[.!?;][\"'\u201d\u2019]*\s+|\n\s*)[\"'\u201c\u2018]?"
    r"(?:(?:and|but|when|if|once|later|after being|when being|while)\s+)?$",
    re.IGNORECASE | re.MULTILINE,
)
_ASKED_OBJECTS = _QUESTION_WORDS | frozenset({"about"})


def asked_opening(tok: Any, text: str) -> bool:
    """Whether ``tok`` is an "asked" that opens its sentence and is followed by the question ("Asked whether the
    cuts went too far, Park said ...", "When asked about the closures, ..."): a question put to the sentence's
    subject, however the tagger read the word (after a paragraph ending in a closing mark it often reads a
    past tense whose subject is the one who answers), never that person's speech."""
    if tok.lower_ != "asked" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ not in _ASKED_OBJECTS:
        return False
    line_start = text.rfind("\n", 0, tok.idx) + 1
    return _ASKED_LEAD.search(text, max(line_start, tok.idx - 40), tok.idx) is not None


# Heard-clause nouns read only as the object of "make": "made the case that ..." ("in the case that ..." is a
# condition).
_MADE_ONLY = frozenset({"case"})


def _heard_noun(noun: Any) -> str | None:
    """The cue family of a noun of ``lexicon.cues.HEARD_CLAUSE_NOUNS`` ("news", "rumors", "concerns"), else None."""
    low = noun.lower_
    return HEARD_CLAUSE_NOUNS.get(low) or HEARD_CLAUSE_NOUNS.get(low.removesuffix("s"))


def _that_complement(noun: Any) -> Any | None:
    """The clause after ``noun`` opened by the complementiser "that" ("the idea that she would win"), else None; a
    relative clause, whose "that" is its subject or object ("news that laid bare ..."), is none."""
    for c in noun.children:
        opened = any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)
        if c.dep_ in ("acl", "ccomp") and c.i > noun.i and opened:
            return c
    return None


def _described_or_means(tok: Any) -> bool:
    """Whether an intention cue ``tok`` describes someone or names a means, not an undertaking reported: in a
    relative clause ("a rival who has pledged to ban ...", "a state that she hoped to carry") it is the writer's
    description of the noun it hangs on, and a gerund after a preposition ("won them over by urging him to quit",
    "by threatening to impose tariffs") the way another act was done. PolNeAR dev tune: 3 of 12 such
    intentions matched an annotated attribution; the phrase cues (``_Finder.more_cues``) skip relative clauses
    for the same reason."""
    return tok.dep_ in ("relcl", "pcomp")


def _question_asked(tok: Any) -> Any | None:
    """The question hung on a passive "asked": a clause opened by "whether"/"if" or a wh- word ("asked which county
    was his favourite"), or an "about" phrase ("asked about the charges"); None otherwise."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "about":
            return c
        if c.dep_ in ("ccomp", "advcl", "xcomp", "dobj") and c.left_edge.lower_ in _QUESTION_WORDS:
            return c
    return None


def _before_aside(subj: Any) -> list[Any]:
    """The subject ``subj``'s words before a comma that sets an aside off ("Clinton, casting herself as a
    champion of working people, appeared to ..."): the aside is the writer's, not part of the content."""
    toks = list(subj.subtree)
    cut = next((k for k, t in enumerate(toks) if t.i > subj.i and t.text in _ASIDE_MARKS), len(toks))
    return toks[:cut]


def _object_gap(comp: Any) -> bool:
    """Whether the infinitive ``comp`` of a relative clause lacks its object, the gap the relative fills ("the
    changes lawmakers are expected to consider"): its verb takes no object, clause or complement of its own."""
    return comp.pos_ == "VERB" and not any(c.dep_ in _OWN_CONTENT | {"attr", "acomp", "prep"} for c in comp.children)


def _closes_clause(tail: str) -> bool:
    """Whether the text between a clause's end and a fragment's closing mark lets the fragment close the clause:
    nothing, one character, or the sentence's stop with the mark ('is an "incredible opportunity."'). A comma
    and a mark ('said its output fell, "and it will fall again," an official said') leave the sentence running on
    to another cue, whose quotation that is."""
    if tail.strip(_CLOSING_PUNCT):
        return False
    return len(tail) <= 1 or any(c in tail for c in ".!?")


def _comma_in_mark(text: str, clause: tuple[int, int], marks: tuple[int, int], cue_at: int) -> bool:
    """'Reed has made false claims about them being "rigged," Price said': a fragment that opens inside the clause
    (no comma before its mark) and ends it with the comma American style sets inside the closing mark, the
    clause's cue after the mark. Unlike '..., "and it will fall again," an official said', a quotation of its
    own after a comma, the fragment is a word of the clause, and the comma closes the clause, not the fragment."""
    (s, e), (opened, closed) = clause, marks
    if not text[e:closed].strip(" \"'\u201d\u2019").startswith(",") or text[e:closed].strip(_CLOSING_PUNCT):
        return False
    return opened > s and not text[s:opened].rstrip().endswith((",", ":", ";")) and cue_at >= closed


_CLOSING_PUNCT = " .,!?;:\"'\u201d\u2019"
_RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which", "where"})
_CLAUSE_EDGE = frozenset({"and", "but", "so", "while", "whereas", "although", "though", "as", "which"})


def _side(toks: list[Any]) -> list[Any]:
    """Tokens of one side of an "according to" phrase, without edge punctuation or a joining word."""
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].lower_ in _CLAUSE_EDGE):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def _ends_sentence(tok: Any, sent: Any) -> bool:
    """Whether only white space follows ``tok`` in its sentence (a full stop that ends it)."""
    return all(t.is_space for t in tok.doc[tok.i + 1 : sent.end])


def _phrase_head(source: list[Any]) -> Any:
    """The head noun of the phrase after "according to": the word the others hang on ("poll" in
    "a recent poll of Indiana voters", "report" in "a report by the Brookings Institution"), so a
    document is the source, not the people or the author named inside it. Falls back on the last
    noun, name or pronoun when the parse gives no single head."""
    ids = {t.i for t in source}
    nominal = ("PROPN", "NOUN", "PRON")
    roots = [t for t in source if t.head.i not in ids or t.head is t]
    head = next((t for t in roots if t.pos_ in nominal), None)
    return head or next((t for t in reversed(source) if t.pos_ in nominal), source[-1])


def _according(
    ex: ArticleState, index: Any, m: re.Match[str], overlaps: Any, sent: Any, held: Any = None
) -> list[tuple[Quote, Attribution]]:
    """'CLAUSE, according to X' / 'According to X, CLAUSE' / 'A, according to X, and B'.

    The content is each clause beside the phrase, never the phrase or its source: a phrase in
    the middle of a sentence gives the clause before it and the clause after it.
    """
    text = ex.clean_text
    source: list[Any] = []
    for t in index.tokens_in(m.end(), sent.end_char):
        if t.is_punct and t.text not in ("'", "\u2019", "-", ".", "/"):
            break  # "/" joins two outlets' names: "a New York Times/CBS News poll"
        source.append(t)
    while source and source[-1].text == "." and len(source) > 1 and _ends_sentence(source[-1], sent):
        source = source[:-1]  # the sentence's full stop, not an abbreviation's
    if not source:
        return []
    head = _phrase_head(source)
    mention = Span.of(text, source[0].idx, source[-1].idx + len(source[-1]))
    cue = Span.of(text, m.start(), m.end() - 1)
    found = Attribution("according to", mention, cue, 0.65, head_index=head.i)
    return _beside_phrase(ex, sent, (m.start(), source[-1].idx + len(source[-1])), found, overlaps, held)


def _beside_phrase(
    ex: ArticleState, sent: Any, phrase: tuple[int, int], found: Attribution, overlaps: Any, held: Any = None
) -> list[tuple[Quote, Attribution]]:
    """The clauses beside an attributing phrase [start, end) of ``sent`` ("according to X", "in X's view"), each
    a quote attributed as ``found`` says: the clause before the phrase and the clause after it, when each
    reads as a clause (``_clause_side``); a phrase in the middle of a sentence gives both pieces, one group. A lone
    clause that touches a quotation goes to ``held(start, end, found)`` when given (a mixed quote, ``mixed_found``)."""
    start, end = phrase
    before = _relative_tail(_side(_after_last_break([t for t in sent if t.idx < start])))
    rest = [t for t in sent if t.idx >= end and not (t.is_punct or t.is_space)]
    # "according to the survey, which is prepared ...", "..., who spoke on the condition of anonymity": a
    # relative clause goes on describing the source; it is not what the source reported.
    relative = bool(rest) and rest[0].lower_ in _RELATIVE_OPENERS
    after = [] if relative else _side(_before_first_break([t for t in sent if t.idx >= end]))
    clauses = [
        side for side in (before, after) if _clause_side(side) and not (side is after and _participle_phrase(side))
    ]
    if clauses == [after] and before and start > sent.start_char and not relative:
        clauses = [before, after]  # "Over the long term, according to the budget office, deficits will rise"
    out = []
    for side in clauses:
        s, e = side[0].idx, side[-1].idx + len(side[-1])
        if overlaps(s, e):
            if held is not None and len(clauses) == 1:
                held(s, e, found)
            continue
        q = Quote(
            start=s, end=e, text=ex.article.text[s:e], kind="indirect", confidence=found.confidence, content=CLAUSE
        )
        out.append((q, found))
    if len(out) == 2:
        out[0][0].group = out[1][0].group = -1  # one statement in two pieces; ``find_indirect`` numbers the group
    return out


# "In her view, CLAUSE", "in the opinion of most economists, CLAUSE": a phrase that attributes a belief to the
# clause beside it, as "according to" attributes a report. The source is the possessor ("her", "the senator's")
# or the phrase after "of"; "in my view" outside quotation marks is the writer's own, no report. "In the words
# of X" is left out: it vouches for words in marks beside it (a quotation's), rarely for a paraphrase.
_VIEWPOINT = re.compile(
    r"\b[Ii]n (?P<own>his|her|their|its|(?:[\w.-]+\s){0,3}[\w.-]+['\u2019]s?)\s"
    r"(?P<noun>view|opinion|estimation|judge?ment)\b"
    r"|\b[Ii]n the (?P<noun2>view|opinion|estimation|judge?ment) of\s"
)


def _viewpoint(
    ex: ArticleState, index: Any, m: re.Match[str], overlaps: Any, sent: Any
) -> list[tuple[Quote, Attribution]]:
    """'In the mayor's view, the budget is a disgrace' / 'in the opinion of most economists, ...': the clauses
    beside the phrase (``_beside_phrase``), a reported belief with the possessor or the phrase after "of" for
    source and the phrase's noun for cue. Read where the sentence is parsed ("view" is among the forms the
    focus stage keeps sentences for, ``_reporting_forms``; "opinion" is not)."""
    text = ex.clean_text
    if m.group("own"):
        source = [
            t
            for t in index.tokens_in(m.start("own"), m.end("own"))
            if t.tag_ != "POS" and t.text not in ("'", "\u2019")
        ]
        noun, end = m.group("noun"), m.end()
    else:
        source = []
        for t in index.tokens_in(m.end(), sent.end_char):
            if t.is_punct and t.text not in ("'", "\u2019", "-", "."):
                break
            source.append(t)
        noun, end = m.group("noun2"), source[-1].idx + len(source[-1]) if source else m.end()
    if not source or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
        return []
    head = _phrase_head(source)
    if not (personish(head) or head.text[:1].isupper()):
        return []
    cue_start = m.start("noun") if m.group("own") else m.start("noun2")
    mention = Span.of(text, source[0].idx, source[-1].idx + len(source[-1]))
    found = Attribution(
        FAMILY_RULES["belief"], mention, Span.of(text, cue_start, cue_start + len(noun)), 0.6, head_index=head.i
    )
    return _beside_phrase(ex, sent, (m.start(), end), found, overlaps)


# A refusal to speak ("declined to comment", "refused to comment on X"): PolNeAR annotates it as an attribution whose
# content is what the source would not say. Only "decline" and "refuse": "failed to mention" or "avoided saying" report
# an omission the writer noticed, not a refusal the source gave.
_SPEECH_REFUSAL_FORMS: frozenset[str] = frozenset(attribution_forms(frozenset(["decline", "refuse"])))


def _refused_speech(finder: _Finder, tok: Any) -> None:
    """'The campaign declined to comment', 'refused to comment on the donations': a refusal
    (``_SPEECH_REFUSAL_FORMS``) of a speech verb in a "to" infinitive. The content is the infinitive to the first
    comma ("to comment on the donations") and the evidence says "reported refusal", so it never reads as something
    said. Nothing for a refusal to act ("refused to intervene"), for one whose verb holds a clause ("declined to say
    whether X": stored as content, X would read as asserted, ``non_assertive``), a negated or hypothetical one, or one
    in a relative clause or a headline."""
    if tok.dep_ in _NOT_TAKEN or tok.dep_ in _REDUCED_RELATIVE or non_assertive(tok) is not None or in_title_case(tok):
        return
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if comp is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return
    if cue_lemma(comp) not in SPEECH_LEMMAS or any(c.dep_ in ("ccomp", "advcl") for c in comp.children):
        return
    toks = list(comp.subtree)
    comma = next((t.i for t in toks if t.text in (",", ";") and t.i > comp.i), None)
    span = _trimmed(without_trailing_gloss([t for t in toks if comma is None or t.i < comma]))
    subj = _speaker_of(tok, "speech")
    if span is None or subj is None or not finder.same_paragraph(*span, tok.idx) or finder.overlaps(tok.idx, span[1]):
        return
    finder.add(*span, "reported refusal", subj, tok, 0.6, shape=INFINITIVE)


def _is_break(tok: Any) -> bool:
    return tok.is_space and "\n" in tok.text


def _before_first_break(toks: list[Any]) -> list[Any]:
    """``toks`` (in order) up to the first line break: a caption or a summary bullet has no full stop, so the
    parser runs its sentence into the next line, but reported speech never crosses a paragraph break."""
    brk = next((n for n, t in enumerate(toks) if _is_break(t)), None)
    return toks if brk is None else toks[:brk]


def _after_last_break(toks: list[Any]) -> list[Any]:
    """``toks`` (in order) after the last line break (see ``_before_first_break``)."""
    brk = next((n for n in range(len(toks) - 1, -1, -1) if _is_break(toks[n])), None)
    return toks if brk is None else toks[brk + 1 :]


def _clause_side(side: list[Any]) -> bool:
    """Whether one side of an "according to" phrase reads as a clause: enough words, one of them a verb."""
    return len(side) >= MIN_CLAUSE_TOKENS and any(t.pos_ in ("VERB", "AUX") for t in side)


def _participle_phrase(side: list[Any]) -> bool:
    """Whether the words after an attributing phrase are a participle phrase, not a clause: "..., according to
    company leaders, compared with its 25 percent rate" adds the writer's comparison; its head opens it
    ("compared", "including") and has no subject. (Before the phrase, "Counting her delegates, Clinton is ..." is
    a clause the parser may head with its opening participle.)"""
    ids = {t.i for t in side}
    root = next((t for t in side if t.head.i not in ids or t.head.i == t.i), side[0])
    if root.i != side[0].i or root.tag_ not in ("VBN", "VBG"):
        return False
    return not any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ in ("aux", "auxpass") for c in root.children)


def _relative_tail(side: list[Any]) -> list[Any]:
    """The words before "according to" from the relative pronoun of a non-restrictive relative clause that runs
    up to the phrase: in "... pledged delegates, which stood at 263 on Tuesday, according to the AP" the source
    vouches for the figure, not for the sentence it is hung on (PolNeAR's content spans start at "which")."""
    if not side:
        return side
    ids = {t.i for t in side}
    for t in side:
        if t.dep_ != "relcl" or t.head.i not in ids:
            continue
        if t.head.head.i not in ids or t.head.head.i == t.head.i:
            continue  # "The Committee, which backed her, spent ...": a noun at the root, the parser lost the verb
        sub = [x.i for x in t.subtree]
        left = min(sub)
        opener = t.doc[left]
        if (
            max(sub) >= side[-1].i
            and left > side[0].i
            and t.doc[left - 1].text == ","
            and opener.lower_ in _RELATIVE_OPENERS
        ):
            return [x for x in side if x.i >= left]
    return side


def _trailing_finding_pattern() -> re.Pattern[str]:
    """``_trailing_findings``' pattern: a comma, a document's noun phrase (``lexicon.cues.DOCUMENT_NOUNS`` last,
    at most five words before it) and a finding or speech verb, closing the sentence."""
    nouns = sorted(DOCUMENT_NOUNS | {n + "s" for n in DOCUMENT_NOUNS}, key=len, reverse=True)
    verbs = "found|finds|shows?|showed|indicates?|indicated|suggests?|suggested"
    return re.compile(
        r",\s+(?P<source>(?:[\w'\u2019.-]+\s+){0,5}?(?P<noun>" + "|".join(map(re.escape, nouns)) + r"))\s+"
        r"(?P<cue>" + verbs + r")\s*(?=[.;)])"
    )


_TRAILING_FINDING = _trailing_finding_pattern()


def _trailing_findings(index: Any, finder: _Finder) -> None:
    """'Eighty-four percent of voters have an unfavorable view of Trump, the poll found.', '..., Federal Election
    Commission records show.': a finding cue after its clause, its subject a document, poll or record
    (``lexicon.cues.DOCUMENT_NOUNS``), closing the sentence. The small parser often misreads this order (the cue
    as a relative clause of the last noun, "records" as a verb, "shows" as a noun), so it is read off the text:
    the content is the sentence up to the comma, the source the noun, its evidence "reported finding"."""
    text = finder.text
    for m in _TRAILING_FINDING.finditer(text):
        noun, cue = index.token_at(m.start("noun")), index.token_at(m.start("cue"))
        if noun is None or cue is None or finder.overlaps(m.start(), m.end()):
            continue
        lo, hi = finder.paragraphs[finder.paragraphs.index_of(m.start())]
        start = next((a for a, b in sentences(text, lo, hi) if a <= m.start() < b), None)
        if start is None:
            continue
        start += len(text[start : m.start()]) - len(text[start : m.start()].lstrip())
        if m.start() - start < 20 or any(c in text[start : m.start()] for c in '"\u201c\u201d'):
            continue
        if finder.overlaps(start, m.start()):
            continue
        finder.add(start, m.start(), FAMILY_RULES["finding"], noun, cue, 0.6)
        finder.found[-1][1].mention = Span.of(text, m.start("source"), m.end("noun"))  # the parse may cut it short


# "In the most recent YouGov/Economist survey, 71 percent of ...": a poll or survey named at a sentence's opening.
_IN_POLL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<cue>In)\s+(?:[\w'\u2019./-]+\s+){0,7}?(?P<noun>(?i:polls?|surveys?)),\s+"
)


def _in_poll(index: Any, finder: _Finder) -> None:
    """'In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent': a sentence that opens
    with "In" and a poll or survey reports that poll's finding; the rest of the sentence is the content, the
    poll its source (as "according to a poll, ..." is read by ``_according``; PolNeAR annotates both, Newell et
    al. 2018). The sentence must be one of a paragraph's own, hold no quotation and run at least 20 characters."""
    text = finder.text
    for m in _IN_POLL.finditer(text):
        noun, cue = index.token_at(m.start("noun")), index.token_at(m.start("cue"))
        if noun is None or cue is None or finder.overlaps(m.start(), m.end()):
            continue
        lo, hi = finder.paragraphs[finder.paragraphs.index_of(m.start())]
        end = next((b for a, b in sentences(text, lo, hi) if a <= m.start() < b), None)
        if end is None:
            continue
        rest = text[m.end() : end].rstrip()
        while rest and rest[-1] in ".!?;:":
            rest = rest[:-1].rstrip()
        e = m.end() + len(rest)
        if e - m.end() < 20 or any(c in rest for c in '"\u201c\u201d') or finder.overlaps(m.end(), e):
            continue
        finder.add(m.end(), e, FAMILY_RULES["finding"], noun, cue, 0.6)


def _headline(ex: ArticleState, index: Any, overlaps: Any) -> tuple[Quote, Attribution] | None:
    """'Lynch: No outside influence on FBI probe.': the title line's statement and the name before its
    colon (``text.headings.headline_attribution``); None when there is none, or it overlaps a quotation."""
    spans = headline_attribution(ex.clean_text)
    if spans is None:
        return None
    (ss, se), (cs, ce), (s, e) = spans
    head = index.token_at(se - 1)
    if head is None or overlaps(s, e):
        return None
    shape = CLAUSE if any(t.tag_ in _FINITE_TAGS for t in index.tokens_in(s, e)) else NOUN_PHRASE
    q = Quote(start=s, end=e, text=ex.article.text[s:e], kind="indirect", confidence=0.6, content=shape)
    text = ex.clean_text
    return q, Attribution("headline attribution", Span.of(text, ss, se), Span.of(text, cs, ce), 0.6, head_index=head.i)


def _phrase_attributions(ex: ArticleState, index: Any, finder: _Finder) -> None:
    """The article's "according to X" and "in X's view" attributions (``_according``, ``_viewpoint``), filed in
    ``finder``."""
    text = ex.clean_text
    overlaps = finder.taken.overlaps
    # Token.sent walks the whole sentence: look sentences up by bisection instead, and try one a
    # few times only (each try reads the whole sentence; "according to " 20k times took minutes, issue 9).
    sentences = list(ex.doc.sents)
    sent_starts = [sent.start for sent in sentences]
    tries: dict[int, int] = {}
    for m in _ACCORDING.finditer(text):
        first = index.token_at(m.start())
        if first is None or overlaps(m.start(), m.end()):
            continue
        k = bisect.bisect_right(sent_starts, first.i) - 1
        tries[k] = tries.get(k, 0) + 1
        if tries[k] <= MAX_ACCORDING_PER_SENTENCE:
            finder.file_pieces(_according(ex, index, m, finder.outside_nested, sentences[k], finder.mixed_found))
    for m in _VIEWPOINT.finditer(text):
        first = index.token_at(m.start())
        if first is None or overlaps(m.start(), m.end()):
            continue
        sent = sentences[bisect.bisect_right(sent_starts, first.i) - 1]
        finder.file_pieces(_viewpoint(ex, index, m, finder.outside_nested, sent))


def _outside_names(ex: ArticleState, found: list[tuple[Quote, Attribution]]) -> list[tuple[Quote, Attribution]]:
    """``found`` without the contents that lie wholly inside marks the quotes stage read as a name or a title
    ("a demo came in called "Home Again"": "called" names the demo, and "Home Again" is nobody's words). A content
    that begins inside such marks and runs on past them begins at the opening mark: 'say that "reliable"
    describes her' began 'reliable" describes' (trial 16 r05)."""
    from .quotes import CITED, NOT_SPEECH_WHY, TITLE

    names = [(n.start, n.end) for n in ex.noise if n.why in (NOT_SPEECH_WHY[TITLE], NOT_SPEECH_WHY[CITED])]
    if not names:
        return found
    text = ex.article.text
    kept = []
    for q, a in found:
        s, e = q.start, q.end
        if any(a0 <= s and e <= b0 and text[a0:b0].strip() for a0, b0 in names):
            continue
        if any(a0 == s - 1 and b0 < e for a0, b0 in names):
            q.start = s - 1
            q.text = text[q.start : q.end]
        kept.append((q, a))
    return kept


@register_stage(
    "indirect",
    requires=("clean_text", "paragraphs", "kinds", "doc", "quotes", "attributions"),
    assigns=("quotes", "attributions"),
)
def find_indirect(ex: ArticleState) -> ArticleState:
    """Reported speech and other attributions (kind "indirect"; ``evidence`` names the cue family) with their
    cue and source mention, in text order. A transcript's speaker turns (``transcript``), direct quotations
    without marks, are filed first, whatever kinds were asked for."""
    turns = _turns(ex)
    if "indirect" not in ex.kinds or ex.doc is None:
        return _file_turns(ex, turns)
    index = token_index(ex)
    finder = _Finder(ex)
    phrase_cues: list[tuple[Any, str]] = []
    passives: list[tuple[Any, str]] = []
    sourceless: list[Any] = []
    questions: list[Any] = []
    intentions: list[Any] = []  # after the clauses: "said Trump cannot go ahead with his plan to ..." is the clause's
    heard: list[Any] = []  # after the verbs: "Trump's accusation that X, he said, ..." is the verb's statement
    stance_nouns: list[Any] = []
    for tok in ex.doc:
        if tok.tag_ in ("NN", "NNS") and tok.lower_.removesuffix("s") in NOMINAL_CUES:
            finder.nominal(tok)
        elif tok.tag_ in ("NN", "NNS") and _heard_noun(tok) is not None:
            heard.append(tok)
        if tok.tag_ in ("NN", "NNS") and tok.lower_.removesuffix("s") in _ALL_STANCE_NOUNS:
            stance_nouns.append(tok)
        if tok.tag_ in ("NN", "NNS") and tok.lower_.removesuffix("s") in INTENTION_NOUNS:
            intentions.append(tok)
        if tok.tag_ in ("NN", "NNS"):
            continue
        if tok.dep_ == "acomp" and tok.lower_ in STATEMENT_ADJECTIVES:
            finder.adjective(tok)
            continue
        if tok.is_space or not tok.tag_.startswith("VB"):
            continue
        lemma = attribution_lemma(tok)
        if cue_family(lemma) is not None:
            finder.verb(tok)
        if lemma in INTENTION_LEMMAS:
            finder.infinitive(tok)
        if tok.lower_ in _SPEECH_REFUSAL_FORMS:
            _refused_speech(finder, tok)
        asking = lemma if lemma in REQUEST_CUES else _REQUEST_FORM_LEMMA.get(tok.lower_)
        if asking is not None:
            finder.request(tok, REQUEST_CUES[asking])
        if lemma in STANCE_PREPOSITIONS:
            finder.stance(tok)
        more = _OBJECT_FORM_LEMMA.get(tok.lower_)
        if more is not None:
            phrase_cues.append((tok, more))
        elif tok.lower_ in _OFFER_FORMS:
            phrase_cues.append((tok, "offer"))
        if tok.tag_ == "VBN" and tok.lower_ in _PASSIVE_FORM_LEMMA:
            passives.append((tok, _PASSIVE_FORM_LEMMA[tok.lower_]))
        if tok.tag_ == "VBN" and tok.lower_ in SOURCELESS_PASSIVE_FORMS:
            sourceless.append(tok)
        if tok.lower_ == "asked":
            questions.append(tok)
    for tok in intentions:
        finder.intended(tok)
    for tok, lemma in phrase_cues:  # after the clauses: "attacked a tax which he said was ..." is what he said
        if lemma == "offer":
            _offered_speech(finder, tok)
        else:
            finder.more_cues(tok, lemma)
    for tok in heard:  # after the phrase cues: "rejected the notion that ..." is the verb's object
        finder.heard(tok)
    for tok in stance_nouns:
        finder.stance_noun(tok)
    for tok in stance_nouns:  # after: "stepped up his attacks on ..." is the verb's
        finder.owned_stance(tok)
    for tok, lemma in passives:
        finder.passive(tok, lemma)
    for tok in sourceless:
        finder.sourceless(tok)
    for tok in questions:
        finder.question_put(tok)
    _phrase_attributions(ex, index, finder)
    _trailing_findings(index, finder)
    _in_poll(index, finder)
    return _file_turns(_file_found(ex, index, finder), turns)


def _turns(ex: ArticleState) -> list[tuple[Quote, Attribution]]:
    """The speaker turns of a transcript (``transcript.transcript_turns``), clear of the quotations in marks;
    found before the reported speech and filed after it, so that what a turn reports ("I think ...") is
    found inside it as it is in any quotation's words."""
    marked = [(q.open_start if q.open_start is not None else q.start, q.close_end or q.end) for q in ex.quotes]
    return transcript_turns(ex, marked)


def _file_turns(ex: ArticleState, turns: list[tuple[Quote, Attribution]]) -> ArticleState:
    """``ex`` with the speaker ``turns`` and their attributions added."""
    if not turns:
        return ex
    for q, a in turns:
        ex.attributions[q] = a
    ex.quotes = sorted(ex.quotes + [q for q, _ in turns], key=lambda q: q.start)
    return ex


def _without_nested_sourceless(found: list[tuple[Quote, Attribution]]) -> list[tuple[Quote, Attribution]]:
    """``found`` less each group of ``SOURCELESS_RULE`` whose cue lies inside the content of another
    attribution: in "Costs are expected to rise, according to the report" or "the firm said costs are
    expected to rise" the expectation is the named source's, reported in its content, and no belief of
    people the text leaves unnamed (in PolNeAR dev no sourceless belief lies inside another attribution's
    content)."""
    others = [q for q, a in found if a.rule != SOURCELESS_RULE]
    nested = {
        q.group
        for q, a in found
        if a.rule == SOURCELESS_RULE
        and a.cue is not None
        and any(o.start <= a.cue.start and a.cue.end <= o.end for o in others)
    }
    if not nested:
        return found
    return [(q, a) for q, a in found if not (a.rule == SOURCELESS_RULE and q.group in nested)]


def _file_found(ex: ArticleState, index: Any, finder: _Finder) -> ArticleState:
    """Add the finder's attributions outside names and titles in marks (``_outside_names``) and the title
    line's (``_headline``) to ``ex``: each quote with its cue, source mention, evidence and paragraph, all
    quotes in text order."""
    found, overlaps = _without_nested_sourceless(_outside_names(ex, finder.found)), finder.taken.overlaps
    headline = _headline(ex, index, overlaps)  # "Name: 'I Think She Will.'": a title line's words are its speaker's
    if headline is not None:
        found.append(headline)
    if not found:
        return ex
    for q, a in found:
        ex.attributions[q] = a
    ex.quotes = sorted(ex.quotes + [q for q, _ in found], key=lambda q: q.start)
    for q in ex.quotes:
        a = ex.attributions.get(q)
        if q.kind == "indirect" and a is not None:
            q.cue = a.cue
            q.speaker_mention = a.mention
            q.evidence = a.rule
            q.paragraph = max(0, finder.paragraphs.index_of(q.start))
    return ex
