"""Candidate speakers for a quotation, each described by features the speaker model scores.

Where candidates come from (a candidate found by several sources is one candidate with several):

* ``rule``: what the hand-written rules of ``rules.py`` chose (cue, dash sign-off, colon, inheritance, ...);
* ``alt_rule``: what the rules read before the quotation when a rule after it fired first (`X said:
  "Q." Y said the plan ...` has both);
* ``running``: the speaker chosen for the quotation before (exchanges and runs of quotes by one voice);
* ``prev_subject``: the subject of the narrative sentence just before the quotation, with or without a
  speech verb ("Inspector X turned to the reporters. "Q"");
* ``nearest_name``: the closest proper name before the quotation, outside quotation marks.

Features are plain floats keyed by name (``FEATURES`` lists them in model order), so runtime scoring is a
dot product and the model file stays readable.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from ....lexicon.cues import STATEMENT_NOUNS
from ....lexicon.outlets import PLATFORMS
from ....lexicon.people import UNNAMED_HEADS
from ....lexicon.titles import ROLE_NOUNS
from ....model import Span
from ....text.paragraphs import Paragraphs
from ....text.spans import SpanSet
from ...state import ArticleState
from .rules import Attribution, Attributor, apposed_name, personal_name
from .tokens import PRONOUNS, SUBJ_DEPS, could_be_source, is_cue, is_mask, noun_phrase, personish, subject_of

SOURCES = ("rule", "alt_rule", "running", "prev_subject", "nearest_name")
# Rules that read the text after the quotation; when one fired, the rules before it are asked too.
TRAILING_RULES = frozenset({"trailing cue", "trailing name", "dash", "according to"})
# The rules, grouped by how they reach the speaker.
RULE_GROUPS = {
    "trailing cue": "cue",
    "leading cue": "cue",
    "according to": "cue",
    "statement owner": "cue",
    "preceding sentence": "before",
    "answer": "before",
    "governing verb": "governing",
    "trailing name": "signoff",
    "dash": "signoff",
    "colon": "colon",
    "headline colon": "colon",
    "same group": "inherit",
    "same paragraph": "inherit",
    "continuation": "continuation",
}
_GROUPS = sorted(set(RULE_GROUPS.values()))
FEATURES: tuple[str, ...] = (
    ("bias",)
    + tuple(f"src_{s}" for s in SOURCES)
    + tuple(f"rule_{g}" for g in _GROUPS)
    + (
        "rule_conf",
        "n_sources",
        "only_running",
        "head_propn",
        "head_pronoun",
        "head_noun",
        "pron_gendered",
        "pron_plural",
        "pron_first",
        "subject",
        "has_cue",
        "ent_person",
        "ent_org",
        "para_dist",
        "after_quote",
        "log_dist",
        "in_quote",
        "partial",
        "new_sentence_after",
        "lower_desc",
        "indefinite",
        "n_candidates",
        "prev_has_cue",
        "running_same_para",
        "other_voice_between",
        "relative",
        "colon_before",
        "after_stop",
        "new_voice_between",
        "named_voice_before",
        "last_mention_gap",
        "mentions_before",
        "named_in_quote",
        "gender_clash",
        "cue_object",
        "object",
        "possessor",
        "main_person",
    )
)
# Dependency labels of an object (spaCy's English scheme): "told Ann Lee", "gave him", "a spokesman for X".
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj", "pobj"})
_STOP = (".", "!", "?")


def _first_name_gender(mention: str) -> str | None:
    """ "male" or "female" when the first capitalised word of ``mention`` is a first name given (almost) only to
    men or to women in gender-guesser's table (``people.table.first_name_gender``'s source), else None."""
    from ..people.table import given_name_gender  # the people stage imports this module: import at call time

    word = next((w for w in mention.split() if w[:1].isupper()), None)
    if word is None or not word.isalpha():
        return None
    return given_name_gender(word)


def _is_word_char(ch: str) -> bool:
    """What a regular expression's ``\\w`` matches (Python's ``re``: a letter, a digit or the underscore)."""
    return ch.isalnum() or ch == "_"


def _whole_word_at(text: str, word: str) -> list[int]:
    """The offsets where ``word`` stands in ``text`` with no word character on either side: what
    ``re.finditer(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)`` finds, by ``str.find``. A pattern compiled and run
    per candidate name took 0.43 s on PolNeAR dev, this 0.02 s (same offsets, tests/test_ranker_features.py)."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            found.append(at)
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return found


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The rest of a wire dateline after its place: ", Idaho (CNN)", ", Calif. (AP) --".
DATELINE_REST = re.compile(r",(?:\s+[A-Z][\w.'\u2019-]*){1,3}\s+\([A-Z][\w .&-]{0,30}\)")
# The rest of a dateline whose place is in capitals at a line's start: "SAN ANTONIO (AP)", "EL PASO, Texas --",
# "PARIS \u2014" (AP Stylebook, "datelines"); the capitals and the line's start stand for the comma.
DATELINE_CAPS_REST = re.compile(
    r"(?:,(?:\s+[A-Z][\w.'\u2019-]*){1,3})?\s*(?:\([A-Z][\w .&-]{0,30}\)|[\u2014\u2013]|--?(?=\s|[A-Z]))"
)


# How far into its line a word of an opening dateline can stand: four words in capitals, ", State Name" and an
# outlet of up to 32 characters in brackets ("SAN ANTONIO, Texas (The Borowitz Report)—") fit in well under it.
_DATELINE_REACH = 200


def dateline_end(doc: Any, i: int) -> int | None:
    """Where the wire dateline that token ``i`` ends or stands in ends (after its outlet's brackets or its dash),
    or None when the token is in no dateline: a place before "Idaho (CNN)" (``DATELINE_REST``), or any word of
    a line that opens with a place in capitals and its outlet or a dash ("SAN ANTONIO (AP) \u2014",
    ``DATELINE_CAPS_REST``); the parser may take the place or the outlet for a subject.

    Reads only the tokens around ``i`` (``doc.text`` would join the whole article's tokens at every call)."""
    tok = doc[i]
    if tok.pos_ == "PROPN":
        found = _match_after(DATELINE_REST, doc, i, i)
        if found is not None:
            return found
    k = i  # the first token of the line, if it is near enough to open a dateline
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        if tok.idx - doc[k - 1].idx > _DATELINE_REACH:
            return None  # too far into its line to be in an opening dateline
        k -= 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    e = k
    while e < len(doc) and len(doc[e].text) > 1 and doc[e].text.isupper() and doc[e].text.isalpha():
        e += 1
    if e == k or e > k + 4:
        return None
    found = _match_after(DATELINE_CAPS_REST, doc, k, e - 1)
    return found if found is not None and tok.idx < found else None


def _match_after(pattern: re.Pattern[str], doc: Any, first: int, last: int) -> int | None:
    """The document offset where ``pattern`` matching right after token ``last`` ends, read in a window of tokens
    from ``first``; None when it does not match there."""
    window = doc[first : min(len(doc), last + 24)]
    base = doc[first].idx
    found = pattern.match(window.text, doc[last].idx + len(doc[last]) - base)
    return base + found.end() if found is not None else None


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quotation: its mention, head token, cue and the sources that proposed it."""

    mention: Span
    head: int | None  # spaCy token index of the mention's head
    cue: Span | None = None
    sources: set[str] = field(default_factory=set)
    rule: str | None = None
    rule_conf: float = 0.0
    inherit_from: int | None = None
    features: dict[str, float] = field(default_factory=dict)

    def same_as(self, other: Candidate) -> bool:
        """Whether two candidates name the same stretch of text (one candidate, several sources)."""
        if self.head is not None and self.head == other.head:
            return True
        return self.mention.overlaps(other.mention)


class CandidateFinder:
    """Builds the candidates of each quotation of one article (shapes: lists of ``Candidate``)."""

    def __init__(self, ex: ArticleState, attributor: Attributor, results: list[Attribution | None]) -> None:
        self.ex = ex
        self.text = ex.clean_text
        self.attributor = attributor
        self.results = results
        self.idx = attributor.idx
        self.quote_spans = [
            (q.open_start if q.open_start is not None else q.start, q.close_end or q.end) for q in ex.quotes
        ]
        self._quoted = SpanSet(self.quote_spans)  # their union, for _inside_quote in O(log n)
        self._mentions: dict[str, list[int]] = {}  # a name word -> where it stands outside quotations (sorted)
        # By quote: what the sentence or text before it holds, which its candidates' features ask again and again.
        self._prev_subjects: dict[int, Candidate | None] = {}
        self._prev_cues: dict[int, bool] = {}
        self._voices_between: dict[int, bool] = {}
        self._top_person: frozenset[str] | None = None  # the most named person's name words (``_main_person``)
        # Sorted closes, and opens with the furthest close reached so far: the lookups of _sentence_before in
        # O(log n) (a scan of every quotation per quotation was quadratic in a quotation-dense text, issue 9).
        self._closes = sorted(b for _, b in self.quote_spans)
        by_open = sorted(self.quote_spans)
        self._opens = [a for a, _ in by_open]
        self._reach = list(accumulate((b for _, b in by_open), max))

    # -- sources ----------------------------------------------------------
    def candidates(self, k: int, chosen: list[Candidate | None]) -> list[Candidate]:
        """The candidates of quote ``k``; ``chosen`` holds the speakers already chosen for quotes before it."""
        found: list[Candidate] = []
        rule = self._from_rule(k, chosen)
        if rule is not None and rule.rule == "same paragraph" and self._voice_just_before(k, rule):
            rule = None  # still a candidate as the running speaker, but no longer the rules' choice
        if rule is not None:
            found.append(rule)
            if rule.rule in TRAILING_RULES and rule.inherit_from is None:
                alt = self.attributor.leading(k)
                if alt is not None and alt.mention is not None:
                    self._add(
                        found, Candidate(alt.mention, alt.head_index, alt.cue, {"alt_rule"}, alt.rule, alt.confidence)
                    )
        if k > 0 and chosen[k - 1] is not None and self._a_voice(chosen[k - 1]):
            prev = chosen[k - 1]
            self._add(found, Candidate(prev.mention, prev.head, None, {"running"}))
        subj = self._prev_subject(k)
        if subj is not None:
            self._add(found, replace(subj, sources=set(subj.sources)))  # its own copy: found's are changed
        name = self._nearest_name(k)
        if name is not None:
            self._add(found, name)
        for c in found:
            c.features = self.features(k, c, found, chosen)
        return found

    def _a_voice(self, cand: Candidate) -> bool:
        """Whether a quotation's chosen speaker can carry on to the next one as the running voice: not when its
        mention is a thing (``tokens.could_be_source``: "the details of the bill" governed a partial quotation's
        verb); a thing says nothing further."""
        if cand.head is None:
            return True
        head = self.ex.doc[cand.head]
        return head.pos_ != "NOUN" or could_be_source(head)

    @staticmethod
    def _add(found: list[Candidate], cand: Candidate) -> None:
        for c in found:
            if c.same_as(cand):
                c.sources |= cand.sources
                return
        found.append(cand)

    def _from_rule(self, k: int, chosen: list[Candidate | None]) -> Candidate | None:
        a = self.results[k]
        if a is None:
            return None
        mention, head = a.mention, a.head_index
        if a.inherit_from is not None:
            j = a.inherit_from
            root = self.results[j]
            seen = {k}
            while root is not None and root.inherit_from is not None and root.inherit_from not in seen:
                seen.add(root.inherit_from)
                root = self.results[root.inherit_from]
            if j < k and chosen[j] is not None:
                mention, head = chosen[j].mention, chosen[j].head
            elif root is not None:
                mention, head = root.mention, root.head_index
            else:
                mention = None
        if mention is None:
            return None
        mention, head = self._named(mention, head)
        return Candidate(mention, head, a.cue, {"rule"}, a.rule, a.confidence, a.inherit_from)

    def _named(self, mention: Span, head: int | None) -> tuple[Span, int | None]:
        """A relative pronoun speaker rests on its antecedent: "Mr Blair, who described it as "Q""; a wire
        dateline taken for the subject ("Boise, Idaho (CNN) Ann Lee said") gives way to the name after it.

        Returns the (mention, head token index) to use. (A description with a name in apposition, "a
        spokeswoman, Carla Menendez", stays a description: the people stage ties it to the name.)
        """
        if head is None:
            return mention, head
        tok = self.ex.doc[head]
        if tok.text.lower() in ("who", "whom") and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i:
            # "Mr Blair, who has described Africa as a "scar"": the relative pronoun's antecedent spoke.
            antecedent = tok.head.head
            if antecedent.pos_ in ("PROPN", "NOUN") and not self._inside_quote(antecedent.idx):
                s, e = noun_phrase(antecedent, antecedent.sent.start_char, tok.idx)
                return self._named(Span.of(self.text, s, e), antecedent.i)
        dateline = dateline_end(self.ex.doc, head)
        if dateline is not None:
            return self._after_dateline(mention, head, dateline)
        return mention, head

    def _after_dateline(self, mention: Span, head: int, end: int) -> tuple[Span, int | None]:
        """A wire dateline parsed as the subject ("Boise, Idaho (CNN) Ann Lee said"): the name after it spoke."""
        rest = self.text[end : end + 40]
        tok = self.idx.token_at(end + len(rest) - len(rest.lstrip(" -\u2014\u2013")))
        if tok is None or tok.pos_ != "PROPN":
            return mention, head
        run = [tok]
        while run[-1].i + 1 < len(self.ex.doc) and self.ex.doc[run[-1].i + 1].pos_ == "PROPN":
            run.append(self.ex.doc[run[-1].i + 1])
        core = [t for t in run if t.text.lower().rstrip(".") not in _SUFFIXES] or run
        return Span.of(self.text, run[0].idx, run[-1].idx + len(run[-1])), core[-1].i

    def _sentence_before(self, k: int) -> tuple[int, int] | None:
        """The narrative sentence right before quote k: in its paragraph, else the previous paragraph's last."""
        q = self.ex.quotes[k]
        start, end = self.attributor.before_frame(k)
        if self.text[start:end].strip():
            return start, end
        closed = bisect.bisect_right(self._closes, start)  # the quotations closed by start
        lo = max(self.ex.paragraphs[q.paragraph][0], self._closes[closed - 1] if closed else 0)
        if self.text[lo:start].strip():  # the quote opens a sentence: the whole sentence before it
            cuts = [lo] + [c for c in self.attributor.sentence_cuts(q.paragraph) if lo <= c < start - 1]
            return cuts[-1], start
        if q.paragraph == 0:
            return None
        lo, hi = self.ex.paragraphs[q.paragraph - 1]
        opened = bisect.bisect_left(self._opens, hi)  # the quotations opened before hi
        if opened and self._reach[opened - 1] >= max(lo + 1, hi - 2):
            return None  # the paragraph before ends with a quotation
        cuts = [lo] + [c for c in self.attributor.sentence_cuts(q.paragraph - 1) if c < hi - 1]
        return cuts[-1], hi

    def _prev_subject(self, k: int) -> Candidate | None:
        """The subject of the narrative sentence right before quote ``k`` that may speak it, or None. Read once
        per quote (its candidates and each one's features ask again; the same Candidate: not to be changed)."""
        if k not in self._prev_subjects:
            self._prev_subjects[k] = self._find_prev_subject(k)
        return self._prev_subjects[k]

    def _find_prev_subject(self, k: int) -> Candidate | None:
        frame = self._sentence_before(k)
        if frame is None:
            return None
        lo, hi = frame
        toks = [t for t in self.idx.tokens_in(lo, hi) if not self._inside_quote(t.idx)]
        verbs = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")] + [t for t in toks if is_cue(t)]
        for verb in verbs:
            subj = subject_of(verb)
            if subj is None or not (lo <= subj.idx < hi) or is_mask(subj) or not personish(subj):
                continue
            s, e = noun_phrase(subj, lo, hi)
            described = self._described_subject(subj, s, hi)
            if described is not None:
                return described
            if subj.text.lower() in ("we", "us", "i") or not (
                subj.pos_ == "PROPN" or PRONOUNS.get(subj.text.lower()) in ("male", "female", "plural")
            ):
                continue  # a thing ("The sign read ..."), or the writer ("We"), is not the next quote's speaker
            if subj.pos_ == "PROPN" and self._named_in(k, subj.text) and personal_name(subj):
                return None  # '... Grell said. "If Grell thinks he can ..."': the quote is about the subject
            return Candidate(Span.of(self.text, s, e), subj.i, None, {"prev_subject"})
        return None

    def _named_in(self, k: int, word: str) -> bool:
        """Whether quote ``k`` holds capitalised ``word`` as a whole word: a person's name in the third person,
        whom the words are about (people say "I" of themselves; a body names itself: "everyone at the DNC")."""
        q = self.ex.quotes[k]
        return word[:1].isupper() and _whole_word_at(self.text[q.start : q.end], word)

    def _described_subject(self, subj: Any, start: int, hi: int) -> Candidate | None:
        """A subject that is a description of a person: with a name in apposition ("The chief engineer, Rob
        Hale, walked to the podium.") the mention runs to the name; a definite role noun ("The minister turned
        to the reporters.", ``lexicon.titles.ROLE_NOUNS``) or a statement with a possessor ("Fox's answer",
        ``lexicon.cues.STATEMENT_NOUNS``) stands as it is. None for any other noun."""
        if subj.pos_ != "NOUN" or subj.dep_ == "nsubjpass":
            return None  # "The minister is said to be ...": the subject of a passive is spoken about
        named = apposed_name(subj, hi)
        if named is not None:
            return Candidate(Span.of(self.text, start, named.idx + len(named)), named.i, None, {"prev_subject"})
        definite = any(c.dep_ in ("det", "poss") and c.text.lower() not in ("a", "an", "one") for c in subj.children)
        low = subj.text.lower()
        if is_cue(subj.head) and _unnamed_voice(subj, low):
            # "A witness told the court ...", "Police said ...", "Webb's barrister said ...": someone the story does
            # not name speaks in the sentence before, and keeps the quotation that follows rather than a name
            # further back (user reports on court and crime news, round 21).
            return Candidate(Span.of(self.text, start, subj.idx + len(subj)), subj.i, None, {"prev_subject"})
        # "Fox's answer came a day later. "Q"": a statement with its author as possessor (the people stage
        # resolves the author, ``SpeakerResolver.statement_author``).
        owned = any(c.dep_ == "poss" for c in subj.children) and (low in STATEMENT_NOUNS or low[:-1] in STATEMENT_NOUNS)
        if (low in ROLE_NOUNS and definite) or owned:
            return Candidate(Span.of(self.text, start, subj.idx + len(subj)), subj.i, None, {"prev_subject"})
        return None

    def _nearest_name(self, k: int) -> Candidate | None:
        q = self.ex.quotes[k]
        open_at = self.quote_spans[k][0]
        lo = self.ex.paragraphs[max(0, q.paragraph - 2)][0]
        for tok in reversed(self.idx.tokens_in(lo, open_at)):
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or self._inside_quote(tok.idx) or is_mask(tok):
                continue
            if len(tok.text.rstrip(".")) == 1 and tok.head.pos_ != "PROPN":
                continue  # "Q:" and "A:" of a transcript: a letter alone names nobody
            if tok.ent_type_ in ("GPE", "DATE", "TIME", "NORP", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"):
                continue
            if _platform_posted_on(tok):
                continue  # "Tom Reyes posted on Twitter that ...": where the words appeared, never who said them
            head = tok
            while head.dep_ in ("compound", "flat") and head.head is not head and head.head.pos_ == "PROPN":
                head = head.head
            sent = head.sent
            s, e = noun_phrase(head, max(lo, sent.start_char), min(open_at, sent.end_char))
            return Candidate(Span.of(self.text, s, e), head.i, None, {"nearest_name"})
        return None

    def _inside_quote(self, pos: int) -> bool:
        return self._quoted.covers(pos)

    # -- features ---------------------------------------------------------
    def features(
        self, k: int, c: Candidate, found: list[Candidate], chosen: list[Candidate | None]
    ) -> dict[str, float]:
        """The feature vector of candidate ``c`` for quote ``k`` (names in ``FEATURES``)."""
        q = self.ex.quotes[k]
        f: dict[str, float] = {"bias": 1.0}
        for s in c.sources:
            f[f"src_{s}"] = 1.0
        if c.rule is not None:
            f[f"rule_{RULE_GROUPS.get(c.rule, 'cue')}"] = 1.0
            f["rule_conf"] = c.rule_conf
        f["n_sources"] = len(c.sources)
        f["only_running"] = float(c.sources == {"running"})
        f["n_candidates"] = len(found)
        head = self.ex.doc[c.head] if c.head is not None else None
        self._head_features(f, head)
        f.update(self._salience_features(k, c, head))
        f["has_cue"] = float(c.cue is not None)
        f["in_quote"] = float(self._inside_quote(c.mention.start))
        f["partial"] = float(q.kind == "partial")
        f.update(self._position_features(k, c))
        low = c.mention.text.lower()
        f["lower_desc"] = float(c.mention.text[:1].islower() or low.startswith("the "))
        f["indefinite"] = float(low.split()[:1] in (["a"], ["an"], ["one"]))
        f["prev_has_cue"] = float("prev_subject" in c.sources and self._prev_has_cue(k))
        f["gender_clash"] = float(self._gender_clash(c, head, found))
        f.update(self._role_features(head))
        # Agreement filters before salience ranks (as in pronoun resolution): the story's main person whose
        # gender clashes with the "he"/"she" at the quotation's cue is not raised by being the main person.
        f["main_person"] = float(not f["gender_clash"] and self._main_person(head))
        if "running" in c.sources and k > 0:
            f["running_same_para"] = float(self.ex.quotes[k - 1].paragraph == q.paragraph)
            f["other_voice_between"] = float(self._other_voice_between(k))
        if k > 0 and ("running" in c.sources or c.inherit_from is not None):
            # Someone else speaks in the sentence right before the quote: "Tom Bell says the offer is fair. "Q""
            other = any("prev_subject" in o.sources and o is not c and not o.same_as(c) for o in found)
            f["new_voice_between"] = float(other and self._prev_has_cue(k) and self._new_voice_between(k, c))
            # A person named as the subject right before the quote, other than this candidate, speaks next.
            f["named_voice_before"] = float(self._voice_just_before(k, c))
        return f

    def _gender_clash(self, c: Candidate, head: Any, found: list[Candidate]) -> bool:
        """Whether candidate ``c`` names someone whose first name gives one gender while another candidate for
        the same quotation is a "he" or "she" of the other gender standing at a cue of its own ('He apologized
        for having to "crash this party"' after quotations of "Michelle"): agreement in gender, one of the
        features issue 11's design lists. The first name's gender is gender-guesser's (male or female only;
        "mostly_" and androgynous names decide nothing)."""
        if head is None or head.pos_ != "PROPN":
            return False
        own = _first_name_gender(c.mention.text)
        if own is None:
            return False
        for o in found:
            if o is c or o.cue is None or o.head is None:
                continue
            other = PRONOUNS.get(self.ex.doc[o.head].text.lower())
            if other in ("male", "female") and other != own:
                return True
        return False

    @staticmethod
    def _role_features(head: Any) -> dict[str, float]:
        """The syntactic role of a candidate's head besides subject (issue 11's "syntactic role"): ``object``
        when it is an object or a preposition's object ("met Ann Lee", "a spokesman for the club"; not the agent
        of a passive, "was told by Ann Lee", who speaks); ``cue_object`` when the verb over it is a speech verb
        ("Tom Bell told Ann Lee", "said of Ann Lee": the one spoken to or about, not the speaker; "according to"
        names its source and is left out); ``possessor`` for "Ann Lee's lawyer" (the owner of a person, who does
        not speak; the owner of a statement, "Ann Lee's answer", does and is left out)."""
        if head is None:
            return {}
        out: dict[str, float] = {}
        gov = head.head
        if head.dep_ in _OBJECT_DEPS and gov is not head:
            if head.dep_ == "pobj":
                if gov.dep_ == "agent" or gov.text.lower() == "by":
                    return out
                gov = gov.head if gov.dep_ == "prep" else gov
            out["object"] = 1.0
            if is_cue(gov) and gov.text.lower() != "according":
                out["cue_object"] = 1.0
        elif head.dep_ == "poss" and gov.text.lower() not in STATEMENT_NOUNS:
            out["possessor"] = 1.0
        return out

    def _main_person(self, head: Any) -> bool:
        """Whether a proper-noun candidate's head word is the name the article gives most often to a person
        outside quotations (twice at least): the story's main person, its likeliest voice (salience)."""
        if head is None or head.pos_ != "PROPN":
            return False
        if self._top_person is None:
            self._top_person = _most_named(self.ex.doc, self._inside_quote)
        return head.text in self._top_person

    @staticmethod
    def _head_features(f: dict[str, float], head: Any) -> None:
        if head is None:
            return
        low = head.text.lower()
        gender = PRONOUNS.get(low)
        f["head_propn"] = float(head.pos_ == "PROPN")
        f["head_pronoun"] = float(gender is not None)
        f["head_noun"] = float(head.pos_ == "NOUN" and gender is None)
        f["pron_gendered"] = float(gender in ("male", "female"))
        f["pron_plural"] = float(gender == "plural")
        f["pron_first"] = float(gender == "self" or low == "we")
        f["relative"] = float(low in ("who", "which", "that", "whom"))
        f["subject"] = float(head.dep_ in SUBJ_DEPS)
        f["ent_person"] = float(head.ent_type_ == "PERSON")
        f["ent_org"] = float(head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"))

    def _salience_features(self, k: int, c: Candidate, head: Any) -> dict[str, float]:
        """How present a named candidate is when quote ``k`` opens (salience): the paragraphs since its name
        last stood outside quotations (0..1, a third per paragraph, capped at 3; only for a candidate named
        before the quote) and how often it stood there (log1p / 3). A speaker carried over from a quote far
        back ("running") whom the story has not named since has likely given way to whoever it named
        last. Empty for a candidate that is not a proper noun."""
        if head is None or head.pos_ != "PROPN" or len(head.text) < 2 or not head.text[:1].isupper():
            return {}
        word = head.text
        q = self.ex.quotes[k]
        out: dict[str, float] = {}
        positions = self._mentions_of(word)
        n = bisect.bisect_left(positions, self.quote_spans[k][0])
        if n and c.mention.start < self.quote_spans[k][0]:
            out["last_mention_gap"] = min(3, q.paragraph - self._paragraph_of(positions[n - 1])) / 3.0
        out["mentions_before"] = math.log1p(n) / 3.0
        # "If Grell believes he can push us around, he will be disappointed.": a person named in the third
        # person inside the quotation is spoken about; people rarely give their own surname in their words.
        if _whole_word_at(self.text[q.start : q.end], word):
            out["named_in_quote"] = 1.0
        return out

    def _mentions_of(self, word: str) -> list[int]:
        """Where ``word`` stands as a whole word outside quotations (sorted offsets; one scan per word)."""
        found = self._mentions.get(word)
        if found is None:
            found = [at for at in _whole_word_at(self.text, word) if not self._inside_quote(at)]
            self._mentions[word] = found
        return found

    def _position_features(self, k: int, c: Candidate) -> dict[str, float]:
        q = self.ex.quotes[k]
        open_at, close_at = self.quote_spans[k]
        para = self._paragraph_of(c.mention.start)
        after = c.mention.start >= close_at
        dist = c.mention.start - close_at if after else max(0, open_at - c.mention.end)
        body = self.text[q.start : q.end].rstrip()
        out = {
            "colon_before": float(not after and self.text[:open_at].rstrip().endswith(":")),
            "after_stop": float(after and body.endswith(_STOP)),
            "para_dist": float(min(3, abs(q.paragraph - para))),
            "after_quote": float(after),
            "log_dist": math.log1p(dist) / 5.0,
        }
        # "Q." Archos said the focus ...: after a full stop, a new sentence with its own clause is not this
        # quote's attribution.
        if after and c.cue is not None and body.endswith(_STOP):
            cue_tok = self.idx.token_at(c.cue.start)
            if cue_tok is not None and any(
                ch.dep_ in ("ccomp", "dobj", "xcomp") and ch.i > cue_tok.i for ch in cue_tok.children
            ):
                out["new_sentence_after"] = 1.0
        return out

    def _paragraph_of(self, pos: int) -> int:
        paragraphs = self.ex.paragraphs
        if isinstance(paragraphs, Paragraphs):
            n = paragraphs.index_of(pos)  # O(log n): a scan per candidate was quadratic (issue 9)
            return n if n >= 0 else len(paragraphs) - 1
        for n, (lo, hi) in enumerate(paragraphs):
            if lo <= pos < hi:
                return n
        return len(paragraphs) - 1

    def _prev_has_cue(self, k: int) -> bool:
        """Whether the narrative sentence right before quote ``k`` holds a speech verb (read once per quote)."""
        if k not in self._prev_cues:
            frame = self._sentence_before(k)
            self._prev_cues[k] = frame is not None and any(is_cue(t) for t in self.idx.tokens_in(*frame))
        return self._prev_cues[k]

    def _other_voice_between(self, k: int) -> bool:
        """Whether narrative text between the previous quote and this one has a subject with a speech verb
        (read once per quote)."""
        if k not in self._voices_between:
            lo = self.quote_spans[k - 1][1]
            hi = self.quote_spans[k][0]
            tokens = self.idx.tokens_in(lo, hi)
            self._voices_between[k] = any(is_cue(t) and subject_of(t) is not None for t in tokens)
        return self._voices_between[k]

    def _voice_just_before(self, k: int, c: Candidate) -> bool:
        """Whether the narrative sentence right before quote ``k`` has someone other than ``c`` speaking.

        News writing introduces a new voice that way: `... Ms Lee said. Tom Bell says the offer is fair.
        "Q"`: Q is Tom Bell's, not the paragraph's earlier speaker's. A pronoun subject may be ``c`` again.
        """
        subj = self._prev_subject(k)
        if subj is None or subj.same_as(c):
            return False
        head = self.ex.doc[subj.head]
        # A person named as the subject right before the quote speaks next even without a speech verb:
        # "Bill Peel, whose son died, is disappointed with the verdict. "Q"" (issue 11, kind 4).
        named = head.pos_ == "PROPN" and head.ent_type_ == "PERSON"
        return (
            (self._prev_has_cue(k) or named)
            and head.text.lower() not in PRONOUNS
            and (c.head is None or head.text != self.ex.doc[c.head].text)
        )

    def _new_voice_between(self, k: int, c: Candidate) -> bool:
        """Whether the narrative since the quote this candidate carries over introduces someone else speaking.

        `Ann Lee said: "Q1." Tom Bell says the offer is fair. "Q2."`: a cue whose subject names a person
        other than ``c`` (a name or a description, not a pronoun, which may be ``c`` again) breaks the run.
        """
        j = c.inherit_from if c.inherit_from is not None and c.inherit_from < k else k - 1
        lo, hi = self.quote_spans[j][1], self.quote_spans[k][0]
        for t in self.idx.tokens_in(lo, hi):
            if not is_cue(t) or self._inside_quote(t.idx):
                continue
            subj = subject_of(t)
            if subj is None or subj.text.lower() in PRONOUNS or not personish(subj) or is_mask(subj):
                continue
            if c.head is not None and (subj.i == c.head or self.ex.doc[c.head].text == subj.text):
                continue  # the same mention, or the same name again ("Lee said" after "Ann Lee")
            return True
        return False


def _unnamed_voice(subj: Any, low: str) -> bool:
    """Whether noun ``subj`` (lower-cased ``low``), the subject of a speech verb, is a person or group the story
    leaves unnamed: a role or unnamed-source noun with any determiner or a possessor ("a witness", "the
    prosecutor", "Webb's barrister"; ``lexicon.titles.ROLE_NOUNS``, ``lexicon.people.UNNAMED_HEADS``), or a bare
    plural of them ("Police said", "Witnesses told")."""
    singular = low[:-1] if low.endswith("s") and subj.tag_ == "NNS" else low
    if singular not in ROLE_NOUNS and singular not in UNNAMED_HEADS and low not in UNNAMED_HEADS:
        return False
    return subj.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in subj.children)


def _most_named(doc: Any, quoted: Any) -> frozenset[str]:
    """The words of the person name used most often outside quotations in ``doc`` (the last word of each
    "PERSON" entity, ``quoted(offset)`` telling what is inside quotation marks), or empty when none stands
    twice: one pass over the entities, once per article."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not quoted(ent.start_char):
            word = ent[-1].text
            counts[word] = counts.get(word, 0) + 1
    best = max(counts.values(), default=0)
    return frozenset(w for w, n in counts.items() if n == best and n >= 2)


def vector(features: dict[str, float]) -> list[float]:
    """The features in model order (``FEATURES``), missing ones as 0.0."""
    return [float(features.get(name, 0.0)) for name in FEATURES]


def _platform_posted_on(tok: Any) -> bool:
    """Whether ``tok`` names a social platform (``lexicon.outlets.PLATFORMS``) as the object of "on" or "via"
    ("posted on Facebook", "said via Twitter"): the place the words appeared, not a source."""
    return tok.text.lower() in PLATFORMS and tok.dep_ == "pobj" and tok.head.text.lower() in ("on", "via")
