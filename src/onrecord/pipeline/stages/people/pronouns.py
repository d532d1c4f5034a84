"""Where a speaker pronoun points, before the person table ranks candidates (two conventions of news prose).

1. A chain of sentences with the same subject pronoun ("He made fun of a reporter. He referred to Barbara
   Bush as ... He routinely calls people "stupid"") is about one person: the pronoun is read where the
   chain starts, so the names the chain's sentences mention as objects are not taken for its referent
   (centering: a subject pronoun continues the previous sentence's subject).
2. A person introduced by a description as a clause subject after everyone named ("... a staff member told
   AFP. "Q," he said"; "the pilot had had enough. He looked at me and shouted") is whom the next
   pronoun of that gender means: the newest subject, even without a name.
3. ... unless the description only renames the person just named (elegant variation: "..., Lord Falconer
   said. The constitutional affairs secretary outlined the plans. He denied ..."): a definite description
   whose sentence, or the sentence before it (followed back over sentences whose subject is a he/she of the
   pronoun's gender), names the pronoun's best candidate is that candidate again.
4. A he or she right after a quotation an unnamed person said ("..., one dealer said. "Q2," he added") is that
   person when the description is of one person of a fitting gender (``one_person_head``).
5. A "he added" carries on the speaker of the quotation before it only where that speaker was the sentence's
   own voice: a person named there as an object or possessor ("... and belittled Jeb Bush. He routinely calls
   people "stupid""), or as the subject of a clause another named subject reports ("Cuomo said that Trump is
   wrong to suggest that ... "Q," he said"), is what the sentence is about, not who speaks on
   (``aside_mention``; centering reads main clauses).
6. "it said" is a body, a country or a document, never a person: the latest clause subject before it that is one
   ("The council said ... It said", "according to the report ... "Q," it said"), followed back over
   sentences whose subject is "it" again (wire copy runs "it said ... it added" for paragraphs).

Offsets are characters of ``ArticleState.clean_text``; tokens are spaCy tokens of its parse.
"""

from __future__ import annotations

from typing import Any

from ....lexicon.cues import AUTHORING_FORMS, DOCUMENT_NOUNS, RULE_TEXT_NOUNS, STATEMENT_NOUNS
from ....lexicon.organisations import ORG_HEADS
from ....lexicon.people import FEMALE_WORDS, MALE_WORDS, UNNAMED_HEADS
from ....lexicon.titles import ROLE_NOUNS
from ..attribution import PRONOUNS, noun_phrase
from .table import describes_a_person

# How many sentences back a chain of one subject pronoun is followed.
CHAIN_SENTENCES = 6
# How far before the pronoun (characters) a described subject still counts as the newest person.
DESCRIBED_WINDOW = 400
_SUBJECTS = ("nsubj", "nsubjpass")
# Unnamed-source heads that are not people ("a third one died", "a poll found").
_NOT_PERSONS = frozenset({"one", "someone", "poll", "report", "reports", "statement"})
# How many sentences back (the pronoun's own included) "it said" looks for the body or document it means.
NEUTER_SENTENCES = 4
# Lower-case heads of a body or a document that speaks as "it" ("the council", "the report", "the statement").
_BODY_NOUNS = ORG_HEADS | DOCUMENT_NOUNS | STATEMENT_NOUNS | RULE_TEXT_NOUNS
# Prepositions that tie people to the body they speak for ("analysts at Nomura", "a spokesman for Acme").
_STAFF_PREPOSITIONS = frozenset({"at", "for", "from"})


def _sentence_subject(sent: Any) -> Any | None:
    """The nominal subject of a sentence's root verb, or None."""
    return next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)


def _skipped(text: str, sent: Any, in_quote: Any) -> bool:
    """Whether the parse left out narrative text in ``sent`` (the focus stage blanks paragraphs it does not
    parse, and the words of long quotations)."""
    return any(t.is_space and text[t.idx : t.idx + len(t)].strip() and not in_quote(t.idx) for t in sent)


def chain_start(text: str, doc: Any, tok: Any, gender: str, in_quote: Any) -> Any:
    """The first pronoun of the chain of sentences whose subject is a ``gender`` pronoun ending at ``tok``.

    ``text`` is the article's clean text; ``in_quote(offset) -> bool`` says whether a character offset
    lies inside a quotation (quoted pronouns are the speaker's, not the narrative's). Returns ``tok``
    itself when the sentence before has another subject, or was not parsed.
    """
    start = tok
    for _ in range(CHAIN_SENTENCES):
        sent = start.sent
        if sent.start == 0:
            break
        prev = doc[sent.start - 1].sent
        if _skipped(text, prev, in_quote) or _skipped(text, doc[prev.end - 1 : sent.start + 1], in_quote):
            break
        subj = _sentence_subject(prev)
        if subj is None or PRONOUNS.get(subj.text.lower()) != gender or subj.text.lower() not in ("he", "she"):
            break
        if _named_subject_between(doc, subj.i + 1, start.i, in_quote):
            break  # someone newly named as a subject since (a sentence end the parser missed): the chain ends
        if in_quote(subj.idx):
            break
        start = subj
    return start


def renames_named(doc: Any, head: Any, gender: str, named_at: Any) -> bool:
    """Whether definite description ``head`` (its head token) renames the person ``named_at(lo, hi) -> bool``
    finds a name of between character offsets: one named earlier in the description's sentence, or in the
    sentence before (or before a run of sentences whose subject is a ``gender`` he/she, at most
    ``CHAIN_SENTENCES``)."""
    sent = head.sent
    if named_at(sent.start_char, head.idx):
        return True
    for _ in range(CHAIN_SENTENCES):
        if sent.start == 0:
            return False
        sent = doc[sent.start - 1].sent
        if named_at(sent.start_char, sent.end_char):
            return True
        subj = _sentence_subject(sent)
        if subj is None or subj.text.lower() not in ("he", "she") or PRONOUNS.get(subj.text.lower()) != gender:
            return False
    return False


def _named_subject_between(doc: Any, lo: int, hi: int, in_quote: Any) -> bool:
    """Whether tokens ``lo``..``hi`` hold a proper-noun clause subject outside quotations ("James Campbell, a
    professor, told ABC that ..." before "“Q,” he said", when the parser ran them into one sentence)."""
    return any(t.dep_ in _SUBJECTS and t.pos_ == "PROPN" and not in_quote(t.idx) for t in doc[lo:hi])


def _fits(word: str, gender: str) -> bool:
    """Whether a description's head noun may be called ``gender`` ("spokeswoman" is no "he")."""
    if gender == "male":
        return word not in FEMALE_WORDS
    if gender == "female":
        return word not in MALE_WORDS
    return False


def described_subject(tokens: list[Any], gender: str, in_quote: Any) -> tuple[int, int, Any] | None:
    """The latest singular description of a person that is a clause subject among ``tokens`` ("a staff
    member", "the pilot", "Moore's sister"; a role or unnamed-source noun of the lexicon), as (start, end, head
    token).

    Returns None when there is none, or when its head noun does not fit ``gender``.
    """
    for tok in reversed(tokens):
        low = tok.text.lower()
        if tok.dep_ not in _SUBJECTS or tok.pos_ != "NOUN" or tok.tag_ != "NN" or in_quote(tok.idx):
            continue
        if (low not in ROLE_NOUNS and low not in UNNAMED_HEADS) or low in _NOT_PERSONS:
            continue
        # "a staff member", "the pilot", and one described by whose they are: "Moore's sister", "his lawyer"
        # (someone other than the possessor, whom the article has not named; user reports on crime news, round 21).
        if not any(
            (c.dep_ == "det" and c.text.lower() in ("a", "an", "the")) or c.dep_ == "poss" for c in tok.children
        ):
            continue
        if not _fits(low, gender):
            return None
        s, e = noun_phrase(tok, tok.sent.start_char, tok.sent.end_char)
        return s, e, tok
    return None


def neuter_subject(text: str, doc: Any, tok: Any, in_quote: Any, is_body: Any) -> Any | None:
    """The token of the body, country or document a speaker "it" (token ``tok``) refers to (rule 5 of the
    module docstring): the latest clause subject or "according to" object (``_source_token``) before ``tok``,
    outside quotations and within ``NEUTER_SENTENCES`` parsed sentences, for which ``is_body(token) -> bool``
    holds. A clause whose subject is "it" (``tok``'s own, or an earlier link of the chain) is what "it" said, so
    no subject inside it is the referent ("China is the main supplier, while the U.S. provides the rest, it
    said."). ``text`` is the clean text the parse was made from. None when there is none (also where the parse
    skipped the text between)."""
    tokens = _parsed_before(text, doc, tok, in_quote)
    said = [(t.head.left_edge.i, t.head.right_edge.i) for t in [*tokens, tok] if t.text.lower() == "it"]
    for cand in reversed(tokens):
        if in_quote(cand.idx) or any(lo <= cand.i <= hi for lo, hi in said):
            continue
        if cand.dep_ == "dobj" and cand.lower_ in STATEMENT_NOUNS and cand.head.lower_ in AUTHORING_FORMS:
            # "Dan Pierce shared a statement on Instagram. It read: "Q"": the statement issued last is what "it"
            # means, and its author speaks.
            return cand
        source = _source_token(cand)
        if source is not None and source.text.lower() != "it" and is_body(source):
            return source
    return None


def _parsed_before(text: str, doc: Any, tok: Any, in_quote: Any) -> list[Any]:
    """The tokens of ``tok``'s sentence before it and of the sentences before that: ``NEUTER_SENTENCES`` in all,
    not counting those whose subject is "it" again (a chain of "it said ... it warned ... it added" runs for
    paragraphs of wire copy), at most ``CHAIN_SENTENCES`` * 2, back to the first text the parse skipped (a
    paragraph the focus stage blanked)."""
    tokens: list[Any] = []
    sent_start, end = tok.sent.start, tok.i
    counted = 0
    for _ in range(CHAIN_SENTENCES * 2):
        span = list(doc[sent_start:end])
        blanked = [t.i for t in span if t.is_space and text[t.idx : t.idx + len(t)].strip() and not in_quote(t.idx)]
        if blanked:
            return [t for t in span if t.i > blanked[-1]] + tokens
        tokens = span + tokens
        chained = any(t.lower_ == "it" and t.dep_ in _SUBJECTS and not in_quote(t.idx) for t in span)
        counted += not chained or end == tok.i
        if sent_start == 0 or counted >= NEUTER_SENTENCES:
            break
        end = sent_start
        sent_start = doc[sent_start - 1].sent.start
    return tokens


def _source_token(tok: Any) -> Any | None:
    """What ``tok`` makes a possible source of words: a clause subject (a relative pronoun stands for the noun
    its clause hangs on: "the SITE group, which monitors ..."), or the object of "according to"; else None."""
    if tok.dep_ in _SUBJECTS:
        if tok.text.lower() in ("which", "that") and tok.head.dep_ == "relcl":
            return tok.head.head
        return _staff_body(tok) or tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return tok
    return None


def _staff_body(tok: Any) -> Any | None:
    """The organisation a subject of people works for, when the subject names them only as its staff ("economists
    at Goldman Sachs said", "a spokesman for Acme said"): the head token of the organisation's name after "at",
    "for" or "from" (the tagger's ORG), which a later "it said" means, since a body speaks through its people and
    "it" is never a person. None when ``tok`` is a name, is no noun for people (``describes_a_person``), or has no
    such organisation."""
    if tok.pos_ != "NOUN" or not describes_a_person(tok.text):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _STAFF_PREPOSITIONS:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ == "PROPN" and body.ent_type_ == "ORG":
                return body
    return None


def body_noun(tok: Any) -> bool:
    """Whether ``tok`` is a singular lower-case noun of a body or a document (``_BODY_NOUNS``: "the council", "the
    report"), whatever the tagger made of it after capitalised words ("the CCM's national executive committee")."""
    return tok.text[:1].islower() and tok.tag_ in ("NN", "NNP") and tok.text.lower() in _BODY_NOUNS


def numbered_text(tok: Any) -> bool:
    """Whether capitalised ``tok`` names a document or a text by its number ("Article 5", "Resolution 242"): its
    lower-case form is a noun of a document or a rule text (``_BODY_NOUNS``); the caller checks the number."""
    return tok.text.lower() in _BODY_NOUNS


# Parse labels of a name that is an object or a possessor of its clause, not its subject.
_OBJECT_LABELS = frozenset({"dobj", "pobj", "iobj", "poss", "dative", "attr"})


def aside_mention(tokens: list[Any], in_quote: Any) -> bool:
    """Whether a speaker's mention, the tokens ``tokens``, names someone the sentence is not about (rule 5 of the
    module docstring): its head token is an object or possessor of its clause, or the subject of a clause
    reported by a verb whose own subject stands outside quotations ("Cuomo said that Trump is wrong to suggest
    ...": Trump). ``in_quote(offset) -> bool`` says whether an offset lies inside a quotation (the verb of a
    quotation's own words, "“Q,” Lin said" parsed the other way round, reports nothing). False unless the head is
    a name (a pronoun already carries someone on; "Lin's explanations" is the words' author), and for the object
    of "according to"."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ != "PROPN":
        return False  # "In his statement", "according to Lin's explanations": the words' own author
    if head.dep_ in _OBJECT_LABELS:
        return head.head.lower_ != "to" or head.head.head.lower_ != "according"  # "according to Lin": the voice
    if head.dep_ not in _SUBJECTS or head.head.dep_ != "ccomp":
        return False
    outer = head.head.head
    return any(c.dep_ in _SUBJECTS and c.pos_ in ("PROPN", "NOUN") and not in_quote(c.idx) for c in outer.children)


def one_person_head(tokens: list[Any], gender: str) -> Any | None:
    """The head noun of ``tokens``, the words of an unnamed source's description ("one dealer", "a Western aid
    specialist", "the senior banker"), when they may describe one person a ``gender`` pronoun stands for (rule 4
    of the module docstring): a singular common noun that is no document or body (``_NOT_PERSONS``,
    ``_BODY_NOUNS``) and fits the gender ("spokeswoman" is no "he"). None otherwise; whether the noun names a
    person at all is the caller's to judge."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    low = head.text.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or low in _NOT_PERSONS or low in _BODY_NOUNS:
        return None
    return head if _fits(low, gender) else None
