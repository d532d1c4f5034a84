"""attribution: the cue and the local speaker mention of each quotation.

Rules, tried in this order for each quote (the first that fires decides, and
its name goes into the quote's evidence):

1. trailing cue       "Q," X said / "Q," said X / "Q" he wrote alongside...
2. trailing name      "Q," Chrissy Teigen.          (a name with the verb missing)
3. dash               "Q" — X
4. leading cue        X said: "Q" / X said, "Q" / X told Y that "Q"
5. colon              X: "Q"
6. according to       according to X, "Q"
7. governing verb     a partial quote inside a sentence whose verb has a subject
8. same group         a quote split by its attribution, or a paragraph that reopens
9. same paragraph     a later quote in a paragraph that already has a speaker
10. preceding sentence  a bare quote paragraph after "X concluded her post by thanking fans." or "X told
                      the media," (a quoted question goes to the asker of "X questioned Y.")
11. answer            a bare quote after a question put to Y ("X pressed Y on the cost.", "X asked Y: "Q?"")
12. continuation      a bare quote paragraph after a quote by X, nobody else intervening

Before those, a question after a bare "When asked," has no speaker in the story; "as X put it" and an absolute
"with X saying," are cues like "said".

Inside the cue rules: a cue set off by commas ("The cause, writes X, is "Q"") names the noun phrase
between the commas; a participle cue after reported speech (", saying/telling ...") goes with the
main clause's subject; a description with a name in apposition ("The charity's director, Jane Roe,
said") rests on the name; the passive agent speaks ("criticised by X").

Resolving the mention to a person (pronouns, descriptions, surnames) is the
people stage's job; this stage only records where the attribution rests.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from ....lexicon.cues import (
    ADDRESSEE_LEMMAS,
    CONTENT_NOUN_FORMS,
    CUE_PARTICIPLES,
    CUE_WORD_FORMS,
    INVERTIBLE_LEMMAS,
    OPINION_TAG_FORMS,
    QUESTION_VERB_FORMS,
    SAYING_NOUNS,
    SPEAKER_RAISING_FORMS,
    WEAK_CUE_LEMMAS,
)
from ....lexicon.outlets import is_outlet_name
from ....lexicon.people import GENERIC_GROUP_WORDS
from ....lexicon.titles import ALL_TITLES, ROLE_NOUNS
from ....model import Quote, Span
from ....text.partials import coordinated, speaker_words
from ....text.signoff import signoff_name
from ...state import ArticleState
from .tokens import (
    PRONOUNS,
    across_paragraphs,
    agent_of,
    coordinated_reporter,
    could_be_source,
    cue_lemma,
    in_saying_content,
    is_passive,
    noun_phrase,
    participle_speaker,
    quoted_speaker,
    reporter_above,
    sentence_bounds,
    statement_owner,
    token_index,
)
from .tokens import (
    SUBJ_DEPS as _SUBJ_DEPS,
)
from .tokens import (
    is_cue as _is_cue,
)
from .tokens import (
    is_mask as _is_mask,
)
from .tokens import (
    personish as _personish,
)
from .tokens import (
    subject_of as _subject_of,
)

# A line that opens with a quotation mark and nothing else before the quotation ("labels_a_reply").
_OPENING_MARKS = re.compile(r"[ \t]*[\"\u201c\u2018']?")
# A closing quotation right after, a colon, then the next quotation's opening mark on the same line.
_COLON_THEN_MARK = re.compile(r"[ \t]*:[ \t]*[\"\u201c\u2018']?")


@dataclass(slots=True)
class Attribution:
    """Where one quotation's attribution rests: the rule that fired, the speaker mention and the cue."""

    rule: str
    mention: Span | None
    cue: Span | None
    confidence: float
    inherit_from: int | None = None  # index of the quote whose speaker this one shares
    head_index: int | None = None  # spaCy token index of the mention's head, when known
    anchor: Quote | None = None  # the quotation whose speaker this one took (set when the speaker is applied)


# "When asked, "Q?"", "Asked, "Q?"": a question put by someone the sentence does not name.
_ASKED_UNNAMED = re.compile(r"\s*(?:(?:when|if|once|after\s+being|being)\s+)?asked\s*,?\s*", re.IGNORECASE)
# "As Harold Laski put it, "Q"" and ""Q," as one banker put it on Tuesday": the idiom "as X put it" is a cue.
_PUT_IT = r"(?P<cue>(?:(?:has|had|once|so|memorably|aptly|neatly)\s+)?put(?:s|ting)?\s+it)\b"
_AS_PUT_IT_BEFORE = re.compile(
    r"\b[Aa]s\s+(?P<who>[^;:.!?\"\u201c\u201d]{1,60}?),?\s+" + _PUT_IT + r"[^\"\u201c\u201d.!?]{0,30}[,:]?\s*$"
)
_AS_PUT_IT_AFTER = re.compile(r"\s*,?\s*as\s+(?P<who>[^;:.!?\"\u201c\u201d]{1,60}?),?\s+" + _PUT_IT)
# ""Q," as one bank executive told me, and ...": a comment clause after the words, "as" with a subject and a verb of
# saying (Quirk et al. 1985, 15.53), names their speaker as plainly as "as X put it" (the cue checked on the parse).
_AS_SAID_AFTER = re.compile(r"\s*,?\s*as\s+(?P<rest>[^;:.!?,\"\u201c\u201d]{3,80})")
# "In the words of Harold Laski, "Q"", "To quote one banker: "Q"": idioms that name the source of the words that
# follow as plainly as "as X put it" does; the frame ends with them.
_WORDS_OF_BEFORE = re.compile(
    r"\b(?:[Ii]n\s+the\s+(?P<cue>words)\s+of|[Tt]o\s+(?P<cue2>quote))\s+(?P<who>[^;:.!?\"\u201c\u201d]{1,60}?)\s*[,:]?\s*$"
)
# "with one fan yelling, "Q"": an absolute clause, its subject and its participle, closing the frame.
_WITH_SAYING = re.compile(r"\bwith\s+(?P<who>[^;:.!?\"\u201c\u201d]{1,60}?)\s+(?P<cue>[a-z]+ing)\s*[,:]?\s*$")
# A blank line: a paragraph break however the page wrapped its lines.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# "quote Salinas as saying": the words between the cue and "as saying" name the one quoted.
# "as saying", ", saying": a participle of "say" however the tagger read it.
_PARTICIPLE_SAYING = re.compile(r"(?:\bas|,)\s+saying$", re.IGNORECASE)
_QUOTED_AS_SAYING = re.compile(r"\s+([^,.;:\"\u201c\u201d]{1,60}?)\s+as\s+(?:saying|telling|writing)\b")
# '"Q," came the reply from her spokesman' / '"Q," came shouts from the crowd': quotative inversion with "come",
# whose speaker is the one the words came from (group "who"), never the subject of the sentence before.
_CAME_FROM = re.compile(
    r"\s*,?\s*came\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:reply|replies|response|answer|retort|shouts?|cry|cries|chants?|calls?|voices?)"
    r"\s+from\s+(?P<who>[^,.;:!?\"\u201c\u201d()]{2,80})"
)


class Attributor:
    """The hand-written attribution rules over one article; ``run`` gives one ``Attribution`` or None per quote."""

    def __init__(self, ex: ArticleState) -> None:
        self.ex = ex
        self.text = ex.clean_text
        self.idx = token_index(ex)
        self.sent_cuts: dict[int, list[int]] = {}
        # Where the partial quotations start whose governing verbs have only things for subjects (``_governing_verb``;
        # by offset, since ``drop_scare_quotes`` renumbers the quotations).
        self.thing_governed: set[int] = set()

    # -- frames -----------------------------------------------------------
    def _quotes_in(self, p: int) -> list[Quote]:
        """The quotes of paragraph ``p`` (grouped once per article)."""
        groups = self.__dict__.get("_by_paragraph")
        if groups is None:
            groups = {}
            for q in self.ex.quotes:
                groups.setdefault(q.paragraph, []).append(q)
            self.__dict__["_by_paragraph"] = groups
        return groups.get(p, [])

    def _para(self, q: Quote) -> tuple[int, int]:
        return self.ex.paragraphs[q.paragraph]

    def _cuts(self, p: int) -> list[int]:
        if p not in self.sent_cuts:
            lo, hi = self.ex.paragraphs[p]
            # Sentence ends outside quotation marks only.
            inside = sorted((q.open_start, q.close_end or q.end) for q in self._quotes_in(p))
            starts = [a for a, _ in inside]
            reach = list(accumulate((b for _, b in inside), max))  # bisect, not a scan per cut (issue 9)

            def is_inside(c: int) -> bool:
                i = bisect.bisect_left(starts, c) - 1  # the spans with a < c
                return i >= 0 and reach[i] >= c

            self.sent_cuts[p] = [c for c in sentence_bounds(self.text, lo, hi) if not is_inside(c)]
        return self.sent_cuts[p]

    def sentence_cuts(self, p: int) -> list[int]:
        """Offsets where a sentence starts in paragraph ``p``, outside quotation marks."""
        return self._cuts(p)

    def after_frame(self, k: int) -> tuple[int, int]:
        """The ``(start, end)`` text after quotation ``k`` that may attribute it: from its closing mark to
        the next quotation or sentence cut in the same paragraph."""
        q = self.ex.quotes[k]
        lo, hi = self._para(q)
        start = q.close_end if q.close_end is not None else q.end
        end = hi
        quotes = self.ex.quotes
        for j in range(k + 1, len(quotes)):  # no slice: a copy per quote was quadratic (issue 9)
            other = quotes[j]
            if other.paragraph != q.paragraph:
                break
            if other.open_start is not None and other.open_start >= start:
                end = min(end, other.open_start)
                break
        cuts = self._cuts(q.paragraph)
        i = bisect.bisect_right(cuts, start)  # the first cut after start
        if i < len(cuts):
            end = min(end, cuts[i])
        return start, end

    def before_frame(self, k: int) -> tuple[int, int]:
        """The ``(start, end)`` text before quotation ``k`` that may introduce it: from the previous
        quotation's close or the last sentence cut in the paragraph to its opening mark."""
        q = self.ex.quotes[k]
        lo, hi = self._para(q)
        end = q.open_start if q.open_start is not None else q.start
        start = lo
        quotes = self.ex.quotes
        for j in range(k - 1, -1, -1):
            other = quotes[j]
            if other.paragraph != q.paragraph:
                break
            close = other.close_end if other.close_end is not None else other.end
            if close <= end:
                start = max(start, close)
                break
        cuts = self._cuts(q.paragraph)
        i = bisect.bisect_right(cuts, end) - 1  # the last cut at or before end
        if i >= 0 and cuts[i] > start:
            start = cuts[i]
        return start, end

    # -- rules ------------------------------------------------------------
    def _cue_with_subject(self, cue: Any, lo: int, hi: int, allow_object: bool = True) -> tuple[Span, Any] | None:
        quoted = quoted_speaker(cue)
        if quoted is not None:
            s, e = noun_phrase(quoted, min(lo, quoted.idx), max(hi, quoted.idx + len(quoted)))
            return Span.of(self.text, s, e), quoted
        agent = agent_of(cue)
        if agent is not None and _personish(agent) and not _is_mask(agent):
            # "criticised by campaigners": the agent of a passive cue spoke; its subject was spoken about.
            s, e = noun_phrase(agent, min(lo, agent.idx), max(hi, agent.idx + len(agent)))
            return Span.of(self.text, s, e), agent
        if is_passive(cue) and cue_lemma(cue) not in ("quote",):
            return None  # "X is said to be headed for a "romantic" trip": X is spoken about ("X was quoted" spoke)
        aside = self._parenthetical(cue, lo, hi)
        if aside is not None:
            return aside
        subj = participle_speaker(cue) or coordinated_reporter(cue) or _subject_of(cue)
        outside = subj is not None and not (lo <= subj.idx < hi) and subj.dep_ != "relcl" and cue.dep_ != "relcl"
        if outside and not self._same_sentence_outside_quotes(subj, cue):
            # A line run into this sentence by the parser made its subject; the frame's own noun phrase hangs on
            # it as an apposition ("... (@MarsGlobal) 2016\n\nClinton's spokesman, Nick Merrill, retweeted").
            subj = next((c for c in subj.children if c.dep_ == "appos" and lo <= c.idx < hi), None)
        if (
            subj is not None
            and subj.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "X")
            or (subj is not None and subj.text.lower() in PRONOUNS)
        ):
            s, e = noun_phrase(subj, min(lo, subj.idx), max(hi, subj.idx + len(subj)))
            named = apposed_name(subj, hi) or _name_after_role(subj, cue)
            if named is not None:
                return Span.of(self.text, s, named.idx + len(named)), named
            return Span.of(self.text, s, e), subj
        named = _name_before_reduced_cue(cue, lo)
        if named is not None:
            s, e = noun_phrase(named, lo, cue.idx)
            return Span.of(self.text, s, e), named
        if not allow_object:
            return None
        # Inverted ("said X") or mis-parsed: the noun phrase right after the cue, or right before it.
        after = [t for t in self.idx.tokens_in(cue.idx + len(cue), hi)] if cue_lemma(cue) in INVERTIBLE_LEMMAS else []
        for t in after[:4]:
            if t.is_punct:
                break
            if _personish(t) and t.pos_ != "ADP":
                head = t
                while (
                    head.head is not head
                    and head.head.i > cue.i
                    and head.head.idx < hi
                    and head.head.pos_ in ("PROPN", "NOUN")
                ):
                    if head.dep_ in ("compound", "flat", "amod", "det", "nummod", "poss"):
                        head = head.head
                    else:
                        break
                s, e = noun_phrase(head, cue.idx + len(cue), hi)
                return Span.of(self.text, s, e), head
        before = [t for t in self.idx.tokens_in(lo, cue.idx)]
        if before and (_personish(before[-1]) or misread_name(before[-1], cue)) and not before[-1].is_punct:
            s, e = noun_phrase(before[-1], lo, cue.idx)
            return Span.of(self.text, s, e), before[-1]
        return None

    def _parenthetical(self, cue: Any, lo: int, hi: int) -> tuple[Span, Any] | None:
        """A cue set off by commas inside the sentence it attributes: "The biggest reason, writes Beyer, is
        "Q"", "The turbines, she said, offered "Q"". The speaker is the noun phrase between the commas
        (before or after the cue), whatever the parser made the sentence's subject; None when the cue is
        not such an aside.
        """
        doc = cue.doc
        left = [t for t in doc[max(0, cue.i - 5) : cue.i]]
        right = [t for t in doc[cue.i + 1 : cue.i + 6]]
        lcut = next((n for n in range(len(left) - 1, -1, -1) if left[n].text == ","), None)
        rcut = next((n for n in range(len(right)) if right[n].text == ","), None)
        if lcut is None or rcut is None or left[lcut].idx < lo or right[rcut].idx >= hi:
            return None
        before, after = left[lcut + 1 :], right[:rcut]
        if bool(before) == bool(after):
            return None  # both sides or neither: not an aside of the shape "X said" / "said X"
        words = before or after
        if not all(t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or t.text in (".", "-") for t in words):
            return None
        heads = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not heads or not _personish(heads[-1]) or _is_mask(heads[-1]):
            return None
        if after and cue_lemma(cue) not in INVERTIBLE_LEMMAS:
            return None
        return Span.of(self.text, words[0].idx, words[-1].idx + len(words[-1])), heads[-1]

    def _same_sentence_outside_quotes(self, subj: Any, cue: Any) -> bool:
        """Whether subject ``subj`` outside the cue's frame still belongs to the cue's sentence: near it, outside
        quotations, and with no blank line between (the parser runs a line with no full stop, such as an embedded
        post's sign-off "— Mars, Incorporated (@MarsGlobal) September 20, 2016", into the next paragraph's
        sentence; a single line break may only wrap a sentence)."""
        near = abs(subj.i - cue.i) <= 12 or (subj.sent.start == cue.sent.start and abs(subj.i - cue.i) <= 60)
        lo, hi = sorted((subj.idx, cue.idx))
        blank_line = _BLANK_LINE.search(self.text, lo, hi) is not None
        return near and not blank_line and not any(q.start <= subj.idx < q.end for q in self.ex.quotes)

    def _subject_covers(self, cue: Any, pre: list[Any]) -> bool:
        """Whether every word before the cue belongs to the cue's subject ("a smiling and blushing Michelle said")."""
        verbs = [cue] + _raising_chain(cue)
        subj = next((c for v in verbs for c in v.children if c.dep_ in _SUBJ_DEPS and not _is_mask(c)), None)
        if subj is None:
            return False
        covered = (
            {t.i for t in subj.subtree}
            | {t.i for t in verbs}
            | {
                c.i
                for v in verbs
                for c in v.children
                if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.tag_ not in ("WRB", "IN")
            }
        )
        return all(t.i in covered or t.is_punct for t in pre)

    def _trailing_at(self, cue: Any, pre: list[Any], lo: int, hi: int, ends_sentence: bool) -> Attribution | None:
        """The trailing attribution with cue token ``cue`` and the tokens ``pre`` between quote and cue."""
        # "Q." Archos said the focus is ...: a new sentence reporting other speech; "Q." South Africa
        # begins a match ...: a verb that reports speech only weakly, with an object of its own.
        objects = ("ccomp", "dobj") if cue_lemma(cue) in WEAK_CUE_LEMMAS else ("ccomp",)
        if ends_sentence and any(ch.dep_ in objects and ch.i > cue.i for ch in cue.children):
            return None
        found = self._quoted_as_saying(cue, hi) or self._trailing_subject(cue, pre, lo, hi)
        if not found:
            return None
        mention, head = found
        return Attribution(
            "trailing cue",
            mention,
            Span.of(self.text, cue.idx, cue.idx + len(cue)),
            0.95 if head.pos_ == "PROPN" else 0.9,
            head_index=head.i,
        )

    def _quoted_as_saying(self, cue: Any, hi: int) -> tuple[Span, Any] | None:
        """ "Q," local newspapers quote Salinas as saying: the object of "quote" before "as saying" is the speaker,
        the subject only reports the words. Its noun phrase and head, else None."""
        if cue_lemma(cue) != "quote":
            return None
        after = cue.idx + len(cue)
        found = _QUOTED_AS_SAYING.match(self.text, after, hi)
        toks = self.idx.tokens_in(found.start(1), found.end(1)) if found else []
        # A capitalised word is a name whatever the tagger says ("Pike" tagged ADP).
        named = bool(toks) and (_personish(toks[-1]) or toks[-1].text[:1].isupper())
        if not named or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and t.text.islower() for t in toks):
            return None
        return Span.of(self.text, toks[0].idx, toks[-1].idx + len(toks[-1])), toks[-1]

    def _trailing_subject(self, cue: Any, pre: list[Any], lo: int, hi: int) -> tuple[Span, Any] | None:
        """The speaker of a trailing attribution: the noun phrase before the cue, else the one after it."""
        stacked = _stacked_roles(pre)
        if stacked is not None:
            return Span.of(self.text, stacked[0].idx, stacked[-1].idx + len(stacked[-1])), stacked[-1]
        if _named_body_role_name(pre, cue):  # "Fight for Fairness organizing director Kendall Fells told"
            return Span.of(self.text, pre[0].idx, pre[-1].idx + len(pre[-1])), pre[-1]
        run: list[Any] = []
        for t in pre:
            if t.text == "." and run and run[-1].text.lower() in ALL_TITLES and run[-1].whitespace_ == "":
                run.append(t)  # "Sgt. Peter Allan said": the full stop of an abbreviated title
                continue
            if t.is_punct and t.text not in (".", "-", "'", "\u2019"):
                if run:
                    break
                continue
            if run and _word_hyphen(run[-1], t):
                run.append(t)  # "the president-elect said", "the grade-school girl said": one word, not "the grade"
                continue
            if run and t.tag_ in ("VBG", "VBN") and t.dep_ in ("amod", "compound") and t.i < t.head.i < cue.i:
                run.append(t)  # "union organizing director Kendall Fells told": a participle before its noun
                continue
            if run and t.pos_ == "ADV" and t.head.dep_ == "amod" and t.i < t.head.i < t.head.head.i < cue.i:
                run.append(t)  # "a possibly stunned Blitzer asked": an adverb of a modifier inside the noun phrase
                continue
            if not run and _opens_clause(t):
                continue  # "When I began": the subordinator is no part of the speaker's noun phrase
            if (
                t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART")
                or t.text.lower() in PRONOUNS
                or t.text[:1].isupper()
            ):
                run.append(t)
            elif run and t.text.lower() in ("for", "of", "at", "from", "close", "to", "with"):
                run.append(t)  # "a spokesperson for Acme Corp", "a source close to the couple"
            elif run and _joins_premodifiers(t, cue):
                run.append(t)  # "the world 200m and 400m record holder told": one person, two records
            elif run:
                break
        while run and (run[-1].pos_ in ("PART", "ADP", "CCONJ") or run[-1].text in (".", "-", "to", "close")):
            run = run[:-1]
        if run and (any(_personish(t) for t in run) or misread_name(run[-1], cue)):
            heads = [t for t in run if t.pos_ in ("PROPN", "NOUN", "PRON") or t.text.lower() in PRONOUNS]
            head = _name_before_of(run) or _named_subject(run, cue) or (heads[-1] if heads else run[-1])
            owned = head.head
            if head.dep_ == "poss" and head.i < owned.i and owned.idx < cue.idx and owned.pos_ in ("NOUN", "PROPN"):
                # "Q," Her on-duty partner, Officer Ann Roe, told ...: a possessive never speaks; what it owns does.
                run, head = run + [t for t in pre if run[-1].i < t.i <= owned.i], owned
            named = apposed_name(head, cue.idx) or _comma_name([t for t in pre if t.i > run[-1].i])
            if named is not None:  # "Q," the council leader, Mary Okoro, said
                return Span.of(self.text, run[0].idx, named.idx + len(named)), named
            return Span.of(self.text, run[0].idx, run[-1].idx + len(run[-1])), head
        if cue_lemma(cue) in ADDRESSEE_LEMMAS and pre:
            return None
        if cue_lemma(cue) in INVERTIBLE_LEMMAS:
            # "Q," said X: the noun phrase right after the cue, before any clause the parser may attach.
            run = _inverted_run(self.idx.tokens_in(cue.idx + len(cue), hi))
            if run and any(_personish(t) for t in run):
                heads = [t for t in run if t.pos_ in ("PROPN", "NOUN", "PRON") or t.text[:1].isupper()]
                head = heads[-1] if heads else run[-1]
                named = apposed_name(head, hi)
                if named is not None:  # "Q," said the airline's chief executive, Omar Haddad
                    return Span.of(self.text, run[0].idx, named.idx + len(named)), named
                return Span.of(self.text, run[0].idx, run[-1].idx + len(run[-1])), head
        return self._cue_with_subject(cue, lo, hi)

    def _with_saying(self, start: int, end: int) -> re.Match[str] | None:
        """ "..., with fellow star Laverne Cox writing, "Q"": an absolute "with" clause whose participle is a
        cue (``lexicon.cues.CUE_PARTICIPLES``; the tagger often reads it as a noun) introduces the quotation;
        its subject spoke. The match (groups "who" and "cue") when the frame ends so, else None."""
        m = _WITH_SAYING.search(self.text, start, end)
        return m if m is not None and m.group("cue").lower() in CUE_PARTICIPLES else None

    def _as_put_it(self, m: re.Match[str], rule: str) -> Attribution | None:
        """ "As Harold Laski put it, "Q"" / ""Q," as one banker put it": the idiom "as X put it" attributes the
        words to X as plainly as "said" does (``m`` from ``_AS_PUT_IT_BEFORE``/``_AFTER``, X its group "who"; an
        absolute "with X saying" from ``_with_saying`` reads the same way).
        The mention is X, its head the last name in it (else the last noun); None when X is no possible speaker."""
        toks = self.idx.tokens_in(m.start("who"), m.end("who"))
        names = [t for t in toks if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")]
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PRON") or t.text.lower() in PRONOUNS]
        head = names[-1] if names else (nouns[-1] if nouns else None)
        if head is None or not _personish(head) or _is_mask(head):
            return None
        if head.text.lower() in ("it", "this", "that", "i", "we", "you"):
            return None  # "as I put it", "as it puts it": no third party named
        which = "cue" if m.groupdict().get("cue") is not None else "cue2"
        cue = Span.of(self.text, m.start(which), m.end(which))
        conf = 0.9 if head.pos_ == "PROPN" else 0.85
        return Attribution(rule, Span.of(self.text, toks[0].idx, m.end("who")), cue, conf, head_index=head.i)

    def _as_said(self, m: re.Match[str]) -> Attribution | None:
        """ ""Q," as one bank executive told me": the "as X <verb>" clause ``m`` (``_AS_SAID_AFTER``) when its verb
        is a cue (no weak one) whose subject, per the parse, is X ("as police said"), not a clause of time or
        manner ("as the crowd left"); the attribution as ``_as_put_it`` makes it. None otherwise."""
        toks = self.idx.tokens_in(m.start("rest"), m.end("rest"))
        cue = next((t for t in toks if _is_cue(t)), None)
        if cue is None or cue.i == toks[0].i or cue_lemma(cue) in WEAK_CUE_LEMMAS:
            return None
        who = [t for t in toks if t.i < cue.i]
        if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == cue.i for t in who):
            return None
        names = [t for t in who if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")]
        nouns = [t for t in who if t.pos_ in ("NOUN", "PRON") or t.text.lower() in PRONOUNS]
        head = names[-1] if names else (nouns[-1] if nouns else None)
        if head is None or not _personish(head) or _is_mask(head):
            return None
        if head.text.lower() in ("it", "this", "that", "i", "we", "you"):
            return None
        conf = 0.9 if head.pos_ == "PROPN" else 0.85
        mention = Span.of(self.text, who[0].idx, who[-1].idx + len(who[-1]))
        said = Span.of(self.text, cue.idx, cue.idx + len(cue))
        return Attribution("trailing cue", mention, said, conf, head_index=head.i)

    def _introduced_by_colon(self, k: int) -> bool:
        """Whether the narrative text right before quote k ends with a colon ("X said: "Q"")."""
        start, end = self.before_frame(k)
        return self.text[start:end].rstrip().endswith(":")

    def _according(self, cue_start: int, np_start: int, hi: int) -> Attribution | None:
        """ "according to X": X is the noun phrase up to the next punctuation."""
        np_toks = []
        for t in self.idx.tokens_in(np_start, hi):
            if t.is_punct and t.text not in (".", "'", "\u2019", "-"):
                break
            np_toks.append(t)
        while np_toks and np_toks[-1].text == ".":
            np_toks = np_toks[:-1]
        if not np_toks:
            return None
        if np_toks[-1].pos_ == "NOUN":
            # "according to the victim's friend, Brian Roe, ...": the name set off after the description.
            after = [t for t in self.idx.tokens_in(np_toks[-1].idx + len(np_toks[-1]), hi)][:6]
            name = _comma_name(after[: next((n for n in range(1, len(after)) if after[n].is_punct), len(after)) + 1])
            if name is not None:
                np_toks = np_toks + [t for t in after if t.i <= name.i]
        cue_text_end = np_start
        while cue_text_end > cue_start and self.text[cue_text_end - 1].isspace():
            cue_text_end -= 1
        lead = cue_start
        while lead < cue_text_end and not self.text[lead].isalpha():
            lead += 1
        return Attribution(
            "according to",
            Span.of(self.text, np_toks[0].idx, np_toks[-1].idx + len(np_toks[-1])),
            Span.of(self.text, lead, cue_text_end),
            0.85,
            head_index=np_toks[-1].i,
        )

    def _according_at_clause_end(self, k: int, start: int, end: int, toks: list[Any]) -> Attribution | None:
        """A partial quotation in a clause that closes with "according to X" ("But "sickness and navigational
        error" are thought to contribute, according to the Department of Conservation"): X, unless a cue stands
        between the quotation and "according to" or governs the quotation from before it (then "according to"
        names where the report appeared, ``trailing``). None when the frame holds no such phrase."""
        acc = _ACCORDING_AFTER_CLAUSE.search(self.text, start, end)
        if acc is None:
            return self._tag_at_clause_end(k, start, end, toks)
        if any(_is_cue(t) for t in toks if t.idx < acc.start()):
            return None
        if self._cue_above(k) is not None:
            return None
        return self._according(acc.start(), acc.end(), end)

    def _tag_at_clause_end(self, k: int, start: int, end: int, toks: list[Any]) -> Attribution | None:
        """A partial quotation in a sentence that closes with a tag after a comma ("The next round may include the
        many "libraries, pools and parks" and more, the council release states"): the tag reports the whole
        sentence, the words in marks included, as "according to X" at the clause end does
        (``_according_at_clause_end``). A "trailing cue" attribution to the tag's noun phrase, else None (a cue
        between the quotation and the tag, or one governing the quotation from before it)."""
        m = _TAG_AFTER_CLAUSE.search(self.text, start, end)
        if m is None or self._cue_above(k) is not None:
            return None
        cue = next((t for t in toks if t.idx == m.start("cue")), None)
        # The tagger may take the cue for a noun ("the council release states" as one noun phrase): an inflected
        # cue form closing the sentence after a noun phrase is the verb.
        inflected = cue is not None and cue.lower_ in CUE_WORD_FORMS and cue.lower_ != cue_lemma(cue)
        if cue is None or not (_is_cue(cue) or inflected) or cue_lemma(cue) in WEAK_CUE_LEMMAS:
            return None
        if any(_is_cue(t) for t in toks if t.idx < m.start()):
            return None
        who = [t for t in toks if m.start("who") <= t.idx < m.end("who")]
        if len(who) > 5 or not all(
            t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or t.text[:1].isupper() for t in who
        ):
            return None
        heads = [t for t in who if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not heads or not _personish(heads[-1]) or _is_mask(heads[-1]):
            return None
        mention = Span.of(self.text, who[0].idx, who[-1].idx + len(who[-1]))
        cue_span = Span.of(self.text, cue.idx, cue.idx + len(cue))
        return Attribution("trailing cue", mention, cue_span, 0.8, head_index=heads[-1].i)

    def _as_noted_front(self, k: int, start: int, end: int) -> Attribution | None:
        """Quotation ``k`` in a sentence opened by a comment clause ("But, as the audit committee has pointed out,
        the scheme would be used "to track citizens"", ``_AS_NOTED_FRONT``): the clause's subject said what the
        sentence says. The clause must be a noun phrase, auxiliaries and a verb of saying ("pointed out", or a
        cue), and no other cue may stand between it and the quotation. A "leading cue" attribution, else None."""
        m = _AS_NOTED_FRONT.match(self.text, start, end)
        if m is None or any(_is_cue(t) for t in self.idx.tokens_in(m.end(), end)):
            return None
        body = self.idx.tokens_in(m.start("body"), m.end("body"))
        n = next((n for n, t in enumerate(body) if t.tag_.startswith("VB") and t.pos_ != "AUX"), None)
        if n is None or not n:
            return None
        verb = body[n]
        out = n + 1 < len(body) and body[n + 1].lower_ == "out" and verb.lower_ in ("pointed", "points")
        if not out and (not _is_cue(verb) or cue_lemma(verb) in WEAK_CUE_LEMMAS or verb.tag_ in ("VB", "VBG")):
            return None
        who = [t for t in body[:n] if t.pos_ not in ("AUX", "ADV", "PART")]
        if not who or any(t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") for t in who):
            return None
        head = next((t for t in reversed(who) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if head is None or not _personish(head) or _is_mask(head) or head.lower_ in ("it", "this", "that", "we", "i"):
            return None
        mention = Span.of(self.text, who[0].idx, who[-1].idx + len(who[-1]))
        cue_end = body[n + 1] if out else verb
        cue = Span.of(self.text, verb.idx, cue_end.idx + len(cue_end))
        return Attribution("leading cue", mention, cue, 0.85, head_index=head.i)

    def _came_from(self, start: int, end: int) -> Attribution | None:
        """ "Q," came the reply from her spokesman: the noun phrase after "from" (``_CAME_FROM``) is the speaker
        and "came" the cue; None when the frame after the quote is not so."""
        m = _CAME_FROM.match(self.text, start, end)
        if m is None:
            return None
        toks = [t for t in self.idx.tokens_in(m.start("who"), m.end("who")) if not t.is_space]
        while toks and toks[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
            toks = toks[:-1]  # "from the crowd as delegates booed": the phrase ends at its head noun
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns:
            return None
        head = next((t for t in nouns if t.dep_ == "pobj"), nouns[-1])
        toks = [t for t in toks if t.i <= head.i]
        mention = Span.of(self.text, toks[0].idx, head.idx + len(head))
        cue = self.idx.tokens_in(m.start(), m.start("who"))
        came = next((t for t in cue if t.lower_ == "came"), None)
        cue_span = Span.of(self.text, came.idx, came.idx + len(came)) if came is not None else None
        return Attribution("trailing cue", mention, cue_span, 0.8, head_index=head.i)

    def trailing(self, k: int) -> Attribution | None:
        """The attribution after quotation ``k`` (``"Q," X said`` / ``said X``, appositions, a name with no
        verb, a dash sign-off, a trailing "according to"), or None."""
        # Long on purpose: the trailing shapes are tried in one order of precedence over one frame of
        # tokens, and splitting them apart would scatter that order across helpers.
        q = self.ex.quotes[k]
        start, end = self.after_frame(k)
        toks = self.idx.tokens_in(start, end)
        if not toks:
            return None
        came = self._came_from(start, end)
        if came is not None:
            return came
        content = self.text[q.start : q.end].rstrip()
        frame_text = self.text[start:end].strip()
        # A frame that ends in ":" just before the next quote introduces that quote, unless this one
        # ends in a comma.
        if frame_text.endswith((":",)) and not content.endswith(","):
            return None
        if q.kind == "partial" and toks[0].text not in (",", "\u2014", "-", "\u2013") and not content.endswith(","):
            words = [t for t in toks if not t.is_punct]
            if not words or not _is_cue(words[0]):
                return self._according_at_clause_end(k, start, end, toks)
        # "Q." She told him...: a new sentence after a full stop is not this quote's attribution; nor is one
        # that opens with a subordinate clause ("Q." When I began to speak, I saw ...: narration, no tag).
        if content.endswith(".") and (toks[0].text in ("She", "He", "They", "It", "We", "I") or _opens_clause(toks[0])):
            return None
        owned = self._words_of(toks, end)
        if owned is not None:
            return owned
        said = _AS_SAID_AFTER.match(self.text, start, end)
        if said is not None and (found := self._as_said(said)) is not None:
            return found
        ends_sentence = content.endswith((".", "!", "?"))
        if ends_sentence and self._introduced_by_colon(k):
            return None  # X said: "Q." Y said ...: the quote has its attribution before it
        # "Q," X [, apposition, ...] said / "Q," said X: the first cue within reach. Before the first
        # comma only a noun phrase may stand; after it (appositions, relative clauses, parentheses)
        # anything may, until a cue that follows a comma.
        # "Q," chairman, CEO and president Craig Menear said: titles joined by commas before one name.
        first_cue = next((n for n, t in enumerate(toks[:16]) if _is_cue(t)), None)
        if first_cue is not None and _stacked_roles(toks[:first_cue]) is not None:
            return self._trailing_at(toks[first_cue], toks[:first_cue], start, end, ends_sentence)
        seen_comma = False
        last_comma = -1
        depth = 0
        suspicious = False  # a verb, conjunction or preposition before the cue: the parse must vouch for it
        for n, tok in enumerate(toks[:45]):
            if tok.text == "(":
                depth += 1
                continue
            if tok.text == ")":
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            if tok.text == ",":
                seen_comma, last_comma = n > 0, n
                continue
            prev = toks[n - 1].text if n else ","
            if _is_cue(tok) and _coordinated_verb(toks[:n]):
                # 'called Hart a "blowhard," and said his remarks were ...': a second verb of the subject before the
                # quotation, never a tag after it; the words after the cue are its clause, not a speaker (issue 11).
                return None
            if _is_cue(tok) and (
                _adjunct_then_tag(toks, last_comma, n, content) or _clause_then_tag(toks, last_comma, n, content)
            ):
                return self._trailing_at(tok, toks[last_comma + 1 : n], start, end, ends_sentence)
            if (
                (_is_cue(tok) or (content.endswith((",", "?", "!")) and _opinion_tag(tok)))
                and (cue_lemma(tok) not in WEAK_CUE_LEMMAS or n <= 2 or self._quoted_as_saying(tok, end) is not None)
                and (
                    not seen_comma
                    or prev in (",", ")")
                    or toks[n - 1].pos_ in ("ADV",)
                    or _title_without_comma(toks[last_comma + 1 : n])
                    or (content.endswith(",") and _subjectless_after_apposition(tok, toks[:n]))
                )
            ):
                if suspicious and not self._subject_covers(tok, toks[:n]) and not _named_body_role_name(toks[:n], tok):
                    return None
                return self._trailing_at(tok, toks[:n], start, end, ends_sentence)
            if seen_comma:
                if (
                    tok.text in (".", "!", "?", ";")
                    and n + 1 < len(toks)
                    and toks[n + 1].text[:1].isupper()
                    and toks[n + 1].pos_ != "PROPN"
                ):
                    break
                continue
            if _firm_ampersand(toks, n):
                continue  # "Johnson & Johnson said": the ampersand inside one firm's name, no conjunction
            if tok.is_punct:
                if tok.text in ("-", "\u2014", "\u2013", ".", "'", "\u2019", "\u201c", "\u201d", '"'):
                    continue
                break
            if tok.text[:1].isupper() and tok.is_alpha:
                continue  # a name, whatever the tagger says ("Trump" as VB)
            if (
                tok.pos_ in ("VERB", "AUX", "SCONJ", "ADP", "CCONJ") or tok.tag_ in ("WRB", "WDT", "WP", "IN")
            ) and tok.dep_ not in ("amod", "compound", "aux", "auxpass", "neg"):
                suspicious = True
            if n > 12:
                break
        put = _AS_PUT_IT_AFTER.match(self.text, start, end)
        if put is not None and (found := self._as_put_it(put, "trailing cue")) is not None:
            return found
        # "Q," according to X.
        acc = re.match(r"\s*,?\s*according to\s+", self.text[start:end], re.IGNORECASE)
        if acc and q.kind == "partial":
            # "He said the college is "outdated," according to Hawaii News Now": the outlet reports what the
            # cue's subject said; the words are the subject's.
            spoken = self._cue_above(k)
            if spoken is not None:
                return spoken
        if acc:
            found = self._according(start + acc.start(), start + acc.end(), end)
            if found:
                return found
        # Dash attribution: "Q" — X
        if toks[0].text in ("\u2014", "\u2013", "-", "--") and len(toks) > 1:
            # A sign-off is a run of capitalised words ("—Commissioner Idris Okonjo"): the whole run is
            # the mention and its last word the head; else the first noun phrase after the dash.
            run = []
            for t in toks[1:7]:
                if not (t.is_alpha and t.text[:1].isupper() or run and t.text in (".", "-", "'")):
                    break
                run.append(t)
            while run and not run[-1].is_alpha:
                run.pop()
            if len(run) >= 2:
                return Attribution(
                    "dash", Span.of(self.text, run[0].idx, run[-1].idx + len(run[-1])), None, 0.8, head_index=run[-1].i
                )
            named = _sign_off_name_after_role(toks[1:16])
            if named:  # "Q" – ISIS deputy leader, Abu Karim Hassan: the role first, the name after its comma
                return Attribution(
                    "dash",
                    Span.of(self.text, named[0].idx, named[-1].idx + len(named[-1])),
                    None,
                    0.8,
                    head_index=named[-1].i,
                )
            head = next((t for t in toks[1:5] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if head is not None:
                s, e = noun_phrase(head, toks[1].idx, end)
                return Attribution("dash", Span.of(self.text, s, e), None, 0.8, head_index=head.i)
        # A name with the verb missing: "Q," Chrissy Teigen.
        words = [t for t in toks if not t.is_punct]
        if (
            0 < len(words) <= 4
            and all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in words)
            and frame_text.rstrip(".").strip(", ")
            and not frame_text.endswith(":")
            # "Source: Reuters", "Photo: AP": a credit line's label and colon, never a name (no name holds a colon)
            and not any(t.text == ":" for t in toks if words[0].i <= t.i <= words[-1].i)
        ) and (toks[0].text in (",", ".", "\u2014", "-") or content.endswith((",", "."))):
            s, e = words[0].idx, words[-1].idx + len(words[-1])
            return Attribution("trailing name", Span.of(self.text, s, e), None, 0.75, head_index=words[-1].i)
        return None

    def _words_of(self, toks: list[Any], hi: int) -> Attribution | None:
        """ "Q," was the message from Ray Dunne / "Q," is the dry assessment of Graham Lane: the quotation is the
        subject of a copula whose complement is a noun of saying (``CONTENT_NOUN_FORMS``); the one after "from"
        or "of" said it. A "trailing cue" attribution with the noun for cue, else None. ``toks``: the frame's
        tokens after the quotation, ending before character ``hi``."""
        words = [t for t in toks[:8] if not t.is_punct]
        if len(words) < 4 or words[0].lower_ not in ("was", "is", "were", "came"):
            return None
        for prep in words[2:7]:
            noun = prep.head
            if prep.lower_ not in ("from", "of") or noun.i >= prep.i or noun.lower_ not in CONTENT_NOUN_FORMS:
                continue
            who = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if who is None or not _personish(who) or _is_mask(who) or who.idx >= hi:
                return None
            s, e = noun_phrase(who, prep.idx + len(prep), hi)
            named = apposed_name(who, hi)
            if named is not None:
                e, who = named.idx + len(named), named
            cue = Span.of(self.text, noun.idx, noun.idx + len(noun))
            return Attribution("trailing cue", Span.of(self.text, s, e), cue, 0.85, head_index=who.i)
        return None

    def _cue_above(self, k: int) -> Attribution | None:
        """The cue verb that governs partial quotation ``k`` from before it in its sentence, with a subject that
        could speak ("He said he believes the college is "outdated""): a "governing verb" attribution to that
        subject, else None."""
        q = self.ex.quotes[k]
        start, _ = self.before_frame(k)
        first = self.idx.tokens_in(q.start, q.end)
        node = first[0] if first else None
        for _ in range(8):
            if node is None or node.head is node:
                return None
            node = node.head
            if not (start <= node.idx < q.start) or not _is_cue(node):
                continue
            subj = _subject_of(node)
            if subj is None or not (start <= subj.idx < node.idx) or not _personish(subj):
                return None
            if subj.text.lower() in ("it", "this", "that") or subj.dep_ == "nsubjpass":
                return None
            s, e = noun_phrase(subj, start, node.idx)
            cue = Span.of(self.text, node.idx, node.idx + len(node))
            return Attribution("governing verb", Span.of(self.text, s, e), cue, 0.6, head_index=subj.i)
        return None

    def signoff_line(self, k: int) -> Attribution | None:
        """``"Q"`` and then, on a line of its own, ``– Justin Trudeau, Prime Minister of Canada``: a dash
        and a name under a block quotation sign it (the pull-quote and epigraph convention; trial 4 F5).
        The quotation must end its line, and the next line hold only the dash, a name of two or more
        capitalised words and, after a comma or in brackets, a title. A news outlet's name there is a
        credit, not a speaker. None otherwise."""
        q = self.ex.quotes[k]
        if q.kind != "direct" or q.paragraph + 1 >= len(self.ex.paragraphs):
            return None
        _, hi = self._para(q)
        if self.text[q.close_end if q.close_end is not None else q.end : hi].strip():
            return None
        name = signoff_name(self.text, *self.ex.paragraphs[q.paragraph + 1])
        if name is None or is_outlet_name(self.text[name[0] : name[1]]):
            return None
        words = [t for t in self.idx.tokens_in(*name) if t.is_alpha and t.text[:1].isupper()]
        if not words or any(t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in words):
            return None  # "– The council", "– Please Note": a capitalised phrase, not a name
        return Attribution("dash", Span.of(self.text, *name), None, 0.8, head_index=words[-1].i)

    def _headline_colon(self, k: int) -> Attribution | None:
        """``Name: X needs to "Q"``, a headline line that opens with a name and a colon: the quotation in it is
        the name's words (a headline convention), whatever the clause after the colon says. None otherwise."""
        q = self.ex.quotes[k]
        lo, hi = self.ex.paragraphs[q.paragraph]
        line = self.text[lo:hi]
        frame = _HEADLINE_COLON.match(line)
        open_at = q.open_start if q.open_start is not None else q.start
        if frame is None or len(line.rstrip()) > 160 or open_at < lo + frame.end():
            return None
        if q.paragraph > 0 and re.search(r"[.!?][\"'\u201d\u2019]?\s*$", line):
            return None  # a sentence of the body, not a headline line
        if re.search(r"[.!?]\s", self.text[lo + frame.end() : open_at]):
            return None  # a sentence ends between the colon and the quotation
        name_end = lo + frame.end("name")
        head = self.idx.token_at(name_end - 1)
        if head is None or not _personish(head):
            return None
        return Attribution(
            HEADLINE_COLON, Span.of(self.text, lo + frame.start("name"), name_end), None, 0.8, head_index=head.i
        )

    def _colon_name(self, words: list[Any]) -> Attribution | None:
        """``X: "Q"``: a short verbless frame naming someone before a colon (the rule "colon"), else None."""
        if not (
            0 < len(words) <= 6
            and not any(t.pos_ in ("VERB", "AUX") for t in words)
            and any(_personish(t) for t in words)
        ):
            return None
        head = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN", "PRON")), words[-1])
        span = Span.of(self.text, words[0].idx, words[-1].idx + len(words[-1]))
        return Attribution("colon", span, None, 0.8, head_index=head.i)

    def introduces_a_saying(self, k: int) -> bool:
        """Whether quotation ``k`` follows a noun for a saying and a colon ("the old maxim: "No pain, no gain.""):
        the words are the saying's (``lexicon.cues.SAYING_NOUNS``), neither the clause's subject's nor the
        previous speaker's."""
        start, end = self.before_frame(k)
        frame = self.text[start:end].rstrip()
        if not frame.endswith(":"):
            return False
        words = frame[:-1].split()
        if not words or words[-1].lower() not in SAYING_NOUNS:
            return False
        # "was quoted as saying:", "opposed the plan, saying:": the participle of "say" introduces the subject's
        # words; only the noun ("an old saying:") introduces a saying.
        if _PARTICIPLE_SAYING.search(frame[:-1]):
            return False
        tok = self.idx.token_at(start + len(frame) - 2)
        return tok is None or tok.pos_ != "VERB"

    def asked_unnamed(self, k: int) -> bool:
        """Whether quotation ``k`` is a question put to someone by an unnamed asker: "When asked, "Q?" Lee
        replied, "A."" The question is not the words of the one who then replies, nor of the one asked."""
        q = self.ex.quotes[k]
        start, end = self.before_frame(k)
        return (
            _asks_question(self.text[q.start : q.end]) and _ASKED_UNNAMED.fullmatch(self.text, start, end) is not None
        )

    def unvoiced(self, k: int) -> bool:
        """Whether quotation ``k`` has, by its frame, no speaker in the story: a saying (``introduces_a_saying``),
        a question put by an unnamed asker (``asked_unnamed``), the words of a generic group (``of_a_group``) or a
        label answered on its line (``labels_a_reply``)."""
        return self.introduces_a_saying(k) or self.asked_unnamed(k) or self.of_a_group(k) or self.labels_a_reply(k)

    def of_a_group(self, k: int) -> bool:
        """Whether partial quotation ``k`` is governed by a verb whose subject is "who" after a word for a group no
        one in the story is ("given to those who show "strength in the face of adversity"",
        ``lexicon.people.GENERIC_GROUP_WORDS``): the words are nobody's here, not the sentence's subject's."""
        q = self.ex.quotes[k]
        first = self.idx.tokens_in(q.start, q.end)
        if q.kind != "partial" or not first:
            return False
        node = first[0]
        for _ in range(6):
            if node.head is node:
                return False
            node = node.head
            if node.pos_ in ("VERB", "AUX") and not (q.start <= node.idx < q.end):
                subj = next((c for c in node.children if c.dep_ in _SUBJ_DEPS), None)
                if subj is None:
                    continue
                return node.dep_ == "relcl" and subj.lower_ == "who" and node.head.lower_ in GENERIC_GROUP_WORDS
        return False

    def labels_a_reply(self, k: int) -> bool:
        """Whether quotation ``k`` opens its line and is answered on that line, after a colon, by the next one:
        ""He tells it like it is": "Does he? ..."" (a list of claims and their rebuttals). The first is a claim
        set up to be answered, a label with no speaker here, not the words of whoever answers it."""
        q = self.ex.quotes[k]
        if k + 1 >= len(self.ex.quotes) or q.close_end is None:
            return False
        line_start = self.text.rfind("\n", 0, q.start) + 1
        nxt = self.ex.quotes[k + 1]
        return (
            _OPENING_MARKS.fullmatch(self.text[line_start : q.start]) is not None
            and _COLON_THEN_MARK.fullmatch(self.text[q.close_end : nxt.start]) is not None
        )

    def leading(self, k: int) -> Attribution | None:
        """The attribution before quotation ``k`` (``X said: "Q"``, "according to X", a colon frame, the
        verb governing a partial quote), or None."""
        # Long on purpose: like ``trailing``, the leading shapes are tried in one order of precedence
        # over one frame of tokens.
        q = self.ex.quotes[k]
        start, end = self.before_frame(k)
        toks = self.idx.tokens_in(start, end)
        if not toks:
            return None
        frame_text = self.text[start:end].rstrip()
        if self.introduces_a_saying(k):
            return None
        headed = self._headline_colon(k)
        if headed is not None:
            return headed
        # according to X, "Q" (unless a cue verb stands closer to the quote)
        acc = list(re.finditer(r"\b[Aa]ccording to\s+", self.text[start:end]))
        later_cue = acc and any(_is_cue(t) for t in toks if t.idx > start + acc[-1].end())
        if acc and not later_cue:
            found = self._according(start + acc[-1].start(), start + acc[-1].end(), end)
            if found:
                return found
        put = (
            _AS_PUT_IT_BEFORE.search(self.text, start, end)
            or _WORDS_OF_BEFORE.search(self.text, start, end)
            or self._with_saying(start, end)
        )
        if put is not None:
            found = self._as_put_it(put, "leading cue")
            if found is not None:
                return found
        owned = self._statement_owner(k, start) or self._words_were(k, toks) or self._as_noted_front(k, start, end)
        if owned is not None:
            return owned
        cues = [t for t in toks if _is_cue(t) or _introducing_participle(t)]
        if cues:
            inside = self.idx.tokens_in(q.start, q.end)
            cue = _cue_over_quote(cues, _clause_cue(cues), inside[0] if inside else None)
            cue = reporter_above(cue, start, q.start)
            if q.kind == "partial" and cue is cues[-1]:
                cue = _reporter_of_manner(cue, self.idx.tokens_in(q.start, q.end), start, q.start) or cue
            weak = cue_lemma(cue) in WEAK_CUE_LEMMAS
            tail = self.text[cue.idx + len(cue) : end]
            if weak and len(tail) > 40:
                cue = None
            if cue is not None:
                found = self._cue_with_subject(cue, start, end, allow_object=frame_text.endswith((":", ",")))
                if found:
                    mention, head = found
                    conf = 0.9 if frame_text.endswith((":", ",")) or q.kind == "partial" else 0.8
                    return Attribution(
                        "leading cue", mention, Span.of(self.text, cue.idx, cue.idx + len(cue)), conf, head_index=head.i
                    )
        # X: "Q"
        if frame_text.endswith(":"):
            words = [t for t in toks if not t.is_punct]
            named = self._colon_name(words)
            if named is not None:
                return named
            # "She then addressed the supporters again:", "Clinton's response was:": the subject of the clause.
            verbs = [t for t in toks if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj", "relcl")]
            # The main clause's subject first: in "Lee hopes that the video will help:" the video says nothing.
            verbs = [t for t in verbs if t.dep_ != "ROOT"] + [t for t in verbs if t.dep_ == "ROOT"]
            for verb in reversed(verbs):
                subj = _subject_of(verb)
                if (
                    subj is not None
                    and start <= subj.idx < end
                    and could_be_source(subj)
                    and subj.text.lower() not in ("it", "this", "that", "there")
                ):
                    s, e = noun_phrase(subj, start, end)
                    return Attribution("colon", Span.of(self.text, s, e), None, 0.75, head_index=subj.i)
        # A partial quote: the verb that governs it, if it has a subject.
        return self._governing_verb(k, start, end) if q.kind == "partial" else None

    def _governing_verb(self, k: int, start: int, end: int) -> Attribution | None:
        """The verb that governs partial quotation ``k`` from before it in its sentence (the frame ``start`` ..
        ``end``), with a subject that could be its source (``tokens.could_be_source``): a "governing verb"
        attribution to that subject, else None. A subject that is a thing ("Lighter winds will ease the "nasty"
        conditions", "The book's title comes from the lines "Q"") speaks no words: the walk goes on up the tree,
        and when it finds no source the quotation's start is put in ``thing_governed`` (no speaker is guessed
        for it)."""
        q = self.ex.quotes[k]
        first = self.idx.tokens_in(q.start, q.end)
        node = first[0] if first else None
        seen = 0
        while node is not None and seen < 8:
            seen += 1
            head = node.head
            if head is node:
                break
            node = head
            if node.idx < start or node.idx >= q.end and node.idx < (q.close_end or q.end):
                continue
            if not (q.start <= node.idx < q.end) and node.pos_ in ("VERB", "AUX"):
                root = _misread_subject(node)
                if root is not None:
                    s, e = min([root.idx, *(c.idx for c in root.lefts)]), root.idx + len(root)
                    cue = Span.of(self.text, node.idx, node.idx + len(node)) if _is_cue(node) else None
                    return Attribution("leading cue", Span.of(self.text, s, e), cue, 0.85, head_index=root.i)
                subj = _subject_of(node)
                if (
                    subj is not None
                    and subj.dep_ == "nsubjpass"
                    and _is_cue(subj.head)
                    and cue_lemma(subj.head) != "quote"
                ):
                    return None  # "X is said to be "furious"": X is spoken about
                if subj is not None and first[0] in subj.subtree:
                    continue  # "alleging X's "incompetent" security was negligent": the quote is in the subject
                if in_saying_content(node):
                    continue  # "his comments about women being "pigs"": the women are talked about
                reported = None if _is_cue(node) else self._reporter_of_clause(node, q.start)
                if reported is not None:
                    return reported
                if subj is None or subj.idx < start or subj.text.lower() in ("it", "this", "that"):
                    continue
                if not could_be_source(subj):
                    if _personish(subj) and not _is_cue(node):
                        self.thing_governed.add(q.start)
                    continue
                s, e = noun_phrase(subj, start, end)
                # A cue reached past a thing's clause ("The plan was a "good thing", he said") is the whole
                # clause's, which the indirect stage grows the quotation into (``indirect._Finder.mixed``).
                passed = q.start in self.thing_governed
                cue = Span.of(self.text, node.idx, node.idx + len(node)) if _is_cue(node) and not passed else None
                self.thing_governed.discard(q.start)
                return Attribution("governing verb", Span.of(self.text, s, e), cue, 0.6, head_index=subj.i)
        return None

    def _reporter_of_clause(self, verb: Any, hi: int) -> Attribution | None:
        """The speaker of the clause a partial quotation's verb stands in, when that verb is no cue of its own and
        its clause is the content of a verb of saying before the quotation in the same sentence: "The mayor said
        there was "no simple" answer and the budget was "very tight"", "Kallas said diplomats will meet to "discuss
        how to ..."": the words in marks are the reporter's, whoever the inner clause is about (reported speech
        keeps the reporting speaker; Quirk et al. 1985, 14.31). A "governing verb" attribution to the cue's
        subject, or None (no such cue, or one without a subject that could speak). ``hi``: the quotation's start."""
        node, crossed = verb, False
        for _ in range(6):
            if node.head is node or node.dep_ in ("relcl", "acl", "advcl", "ROOT"):
                return None
            crossed = crossed or node.dep_ == "ccomp"
            node = node.head
            if not crossed or not _is_cue(node) or cue_lemma(node) in WEAK_CUE_LEMMAS or node.idx >= hi:
                continue
            if across_paragraphs(node, verb):
                return None
            subj = _subject_of(node)
            if subj is None or subj.idx >= node.idx or not _personish(subj) or subj.dep_ == "nsubjpass":
                return None
            if subj.text.lower() in ("it", "this", "that", "there") or across_paragraphs(subj, verb):
                return None
            s, e = noun_phrase(subj, subj.sent.start_char, node.idx)
            cue = Span.of(self.text, node.idx, node.idx + len(node))
            return Attribution("governing verb", Span.of(self.text, s, e), cue, 0.6, head_index=subj.i)
        return None

    def _words_were(self, k: int, toks: list[Any]) -> Attribution | None:
        """Direct quotation ``k`` given as what someone's words were: "the nurse told reporters Mrs. Reagan's last
        words to her were, "Q"", "His answer was: "Q"". The copula right before the quotation has for subject a
        noun of saying (``CONTENT_NOUN_FORMS``, or "words") with a possessor: the possessor spoke, whoever
        reports it. A "statement owner" attribution with the noun for cue, else None."""
        words = [t for t in toks if not t.is_punct]
        if self.ex.quotes[k].kind != "direct" or not words or words[-1].lower_ not in _COPULA_WORDS:
            return None
        if not self.text[words[-1].idx + len(words[-1]) : self.ex.quotes[k].start].strip(" ,:\u201c\"'"):
            noun = next((c for c in words[-1].children if c.dep_ == "nsubj"), None)
            if noun is None or noun.i < toks[0].i or noun.lower_ not in CONTENT_NOUN_FORMS | _WORDS_NOUNS:
                return None
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or not _personish(owner) or _is_mask(owner):
                return None
            first = owner  # the name's own words only ("told reporters Mrs. Reagan's": not "reporters")
            while first.i > toks[0].i and first.doc[first.i - 1].pos_ == "PROPN":
                first = first.doc[first.i - 1]
            s, e = first.idx, owner.idx + len(owner)
            cue = Span.of(self.text, noun.idx, noun.idx + len(noun))
            return Attribution(STATEMENT_OWNER, Span.of(self.text, s, e), cue, 0.8, head_index=owner.i)
        return None

    def _statement_owner(self, k: int, start: int) -> Attribution | None:
        """Partial quotation ``k`` inside the content of a possessed noun of saying ("pointing to Clinton's
        comments that half his supporters belong in a "basket of deplorables""): a "statement owner" attribution
        to the possessor, with the noun for cue (``tokens.statement_owner``), else None."""
        q = self.ex.quotes[k]
        first = self.idx.tokens_in(q.start, q.end)
        if q.kind != "partial" or not first:
            return None
        owner = statement_owner(first[0], start)
        if owner is None or not _personish(owner) or _is_mask(owner):
            return None
        noun = owner.head
        s, e = noun_phrase(owner, start, owner.idx + len(owner))
        cue = Span.of(self.text, noun.idx, noun.idx + len(noun))
        return Attribution(STATEMENT_OWNER, Span.of(self.text, s, e), cue, 0.7, head_index=owner.i)

    def preceding_sentence(self, k: int) -> Attribution | None:
        """A bare quote paragraph right after a narrative paragraph whose last sentence names the speaker."""
        q = self.ex.quotes[k]
        if q.paragraph == 0:
            return None
        lo, hi = self.ex.paragraphs[q.paragraph - 1]
        if any(o.paragraph == q.paragraph - 1 and o.kind == "direct" for o in self.ex.quotes):
            return None
        cuts = [lo] + [c for c in self._cuts(q.paragraph - 1) if c < hi]
        s_start = cuts[-1] if cuts[-1] < hi - 1 else (cuts[-2] if len(cuts) > 1 else lo)
        sent = self.text[s_start:hi].rstrip()
        if not sent.endswith((".", ":", ",")) or len(sent) > 400:
            return None
        toks = self.idx.tokens_in(s_start, hi)
        # "Lutz told the media at a press conference," closing a paragraph introduces the quote paragraph after it,
        # as a colon does.
        if sent.endswith((":", ",")):
            cues = [t for t in toks if _is_cue(t)]
            if cues:
                found = self._cue_with_subject(cues[-1], s_start, hi)
                if found:
                    mention, head = found
                    return Attribution(
                        "preceding sentence",
                        mention,
                        Span.of(self.text, cues[-1].idx, cues[-1].idx + len(cues[-1])),
                        0.85,
                        head_index=head.i,
                    )
            if sent.endswith(","):
                return None
            words = [t for t in toks if not t.is_punct]
            named = self._colon_name(words)
            if named is not None:
                return named
        question = _asks_question(self.text[q.start : q.end])
        asked = self._asker(toks, s_start, hi) if question else self._person_asked(toks, s_start, hi)
        if asked is not None:
            return asked
        candidates = [t for t in toks if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")] + [
            t for t in toks if _is_cue(t) and t.dep_ != "ROOT"
        ]
        for verb in candidates:
            # "The plan was criticised by Jane Moss, a professor.": the agent of a passive cue spoke, its subject was
            # spoken about (as in ``_cue_with_subject``).
            agent = agent_of(verb) if _is_cue(verb) else None
            subj = agent if agent is not None and not _is_mask(agent) else _subject_of(verb)
            if subj is None or subj.idx < s_start:
                continue
            # "The leader of the Green Party, Jane Moss, disagreed.": a description renamed by a name speaks as the
            # name does.
            named = apposed_name(subj, hi) if subj.dep_ != "nsubjpass" else None
            if named is None and not (subj.pos_ == "PROPN" or subj.text.lower() in ("he", "she", "they")):
                continue
            if named is None and _talked_about(subj, self.text[q.start : q.end]) and personal_name(subj):
                return None  # '... Grell claimed. "If Grell thinks he can ..."': the quote is about Grell, not his
            s, e = noun_phrase(subj, s_start, hi)
            return Attribution(
                "preceding sentence",
                Span.of(self.text, s, e if named is None else named.idx + len(named)),
                None,
                0.7 if _is_cue(verb) or sent.endswith(":") else 0.65,
                head_index=subj.i,
            )
        return None

    def _person_asked(self, toks: list[Any], lo: int, hi: int) -> Attribution | None:
        """The person asked in a narrative sentence ("Williams pressed Pence for specifics.", "Colbert asked her
        about the debate."): a name or a he/she that is the object of a verb of asking someone
        (``lexicon.cues.QUESTION_VERB_FORMS``). Question and answer are an adjacency pair (Schegloff and Sacks
        1973): a bare quotation after the question, itself no question, is the answer of the one asked."""
        for t in toks:
            if not (t.tag_.startswith("VB") and t.text.lower() in QUESTION_VERB_FORMS):
                continue
            if any(ch.dep_ == "xcomp" for ch in t.children):
                continue  # "She asked him to leave": a request, not a question awaiting an answer
            obj = next((ch for ch in t.children if ch.dep_ in ("dobj", "dative")), None)
            if obj is None or _is_mask(obj) or not _personish(obj) or not lo <= obj.idx < hi:
                continue
            s, e = noun_phrase(obj, lo, hi)
            named = apposed_name(obj, hi)  # "pressed the treasurer, Amir Sethi, on the shortfall"
            if named is not None:
                return Attribution(
                    ANSWER, Span.of(self.text, s, named.idx + len(named)), None, 0.65, head_index=named.i
                )
            if obj.pos_ != "PROPN" and PRONOUNS.get(obj.text.lower()) not in ("male", "female"):
                continue
            return Attribution(ANSWER, Span.of(self.text, s, e), None, 0.65, head_index=obj.i)
        return None

    def _asker(self, toks: list[Any], lo: int, hi: int) -> Attribution | None:
        """The one asking in a narrative sentence before a quoted question ("The mayor, Paul Dunn, questioned
        Sethi about the cost. "How much?""): the subject of a verb of asking someone
        (``lexicon.cues.QUESTION_VERB_FORMS``), a name, a he/she or a description with a name in apposition."""
        for t in toks:
            if not (t.tag_.startswith("VB") and t.text.lower() in QUESTION_VERB_FORMS) or is_passive(t):
                continue
            subj = _subject_of(t)
            if subj is None or _is_mask(subj) or not lo <= subj.idx < hi:
                continue
            s, e = noun_phrase(subj, lo, hi)
            named = apposed_name(subj, hi)
            if named is not None:
                return Attribution(
                    "preceding sentence", Span.of(self.text, s, named.idx + len(named)), None, 0.7, head_index=named.i
                )
            if subj.pos_ == "PROPN" or PRONOUNS.get(subj.text.lower()) in ("male", "female"):
                return Attribution("preceding sentence", Span.of(self.text, s, e), None, 0.7, head_index=subj.i)
        return None

    def answer_to_question(self, k: int, asked: Attribution | None) -> Attribution | None:
        """A bare quotation right after a quoted question put to someone: "Gale asked Sethi about the fund. "Is
        it safe?" "It is safe."" -> the second is Sethi's answer (an adjacency pair, Schegloff and Sacks 1973),
        whoever asked. ``asked`` is the attribution of the question, quote ``k - 1``. The one asked is read from
        the sentence that introduced the question, or from the question's own trailing cue ("... ?" Gale asked
        Sethi.). None unless quote ``k`` answers such a question with no other narrative between them."""
        q = self.ex.quotes[k]
        if k == 0 or q.kind != "direct" or _asks_question(self.text[q.start : q.end]):
            return None
        prev = self.ex.quotes[k - 1]
        if not _asks_question(self.text[prev.start : prev.end]) or q.paragraph - prev.paragraph not in (0, 1):
            return None
        close = prev.close_end or prev.end
        open_at = q.open_start if q.open_start is not None else q.start
        if self.text[close:open_at].strip():
            if asked is None or asked.rule != "trailing cue":
                return None
            start, end = self.after_frame(k - 1)
            if self.text[end:open_at].strip():
                return None  # narrative beyond the question's own attribution: someone else may speak
            return self._person_asked(self.idx.tokens_in(start, end), start, end) or self._asked_before(k - 1, asked)
        lo, hi = self._introducing_sentence(k - 1)
        return self._person_asked(self.idx.tokens_in(lo, hi), lo, hi) if hi > lo else None

    def _asked_before(self, k: int, asked: Attribution) -> Attribution | None:
        """The one asked, for question ``k`` whose own cue names only the asker ("Holt pressed Crane. "Why?" she
        asked."): the person the sentence before the question puts it to, when that sentence's asker is the
        cue's pronoun or the cue's own name. None otherwise."""
        q = self.ex.quotes[k]
        open_at = q.open_start if q.open_start is not None else q.start
        lo, hi = self._introducing_sentence(k)
        if hi <= lo or hi > open_at or asked.mention is None or asked.head_index is None:
            return None
        toks = self.idx.tokens_in(lo, hi)
        asker = self._asker(toks, lo, hi)
        said_by = self.ex.doc[asked.head_index]
        same = (
            said_by.lower_ in PRONOUNS
            or asker is not None
            and asker.head_index is not None
            and (self.ex.doc[asker.head_index].lower_ == said_by.lower_)
        )
        return self._person_asked(toks, lo, hi) if asker is not None and same else None

    def exchange_turn(self, k: int, result: list[Attribution | None]) -> Attribution | None:
        """A bare quotation that carries on a question-and-answer exchange: after an answer (rule ``ANSWER``) a
        bare question is the asker's again, and a bare reply to that question is the same answerer's
        ("Holt pressed Crane. "Did you read it?" she asked. / "Parts." / "Which parts?" / "The summary.""): the
        turns of an exchange alternate (Sacks, Schegloff and Jefferson 1974). Only whole-paragraph quotations,
        one a paragraph, each in the paragraph after the one before. None otherwise."""
        q = self.ex.quotes[k]
        if k < 2 or q.kind != "direct" or not self._alone(k) or not self._alone(k - 1):
            return None
        prev = result[k - 1]
        if prev is None or self.ex.quotes[k - 1].paragraph != q.paragraph - 1:
            return None
        question = _asks_question(self.text[q.start : q.end])
        if question and prev.rule == ANSWER:
            return Attribution("continuation", None, None, 0.7, inherit_from=k - 2)
        turn = prev.inherit_from
        if question or prev.rule != "continuation" or turn is None or turn != k - 3:
            return None
        if result[k - 2] is not None and result[k - 2].rule == ANSWER and self._alone(k - 2):
            return Attribution("continuation", None, None, 0.7, inherit_from=k - 2)
        return None

    def _alone(self, k: int) -> bool:
        """Whether quotation ``k`` fills its paragraph alone (nothing but spaces around it)."""
        q = self.ex.quotes[k]
        lo, hi = self.ex.paragraphs[q.paragraph]
        a = q.open_start if q.open_start is not None else q.start
        b = q.close_end or q.end
        return not self.text[lo:a].strip() and not self.text[b:hi].strip()

    def _introducing_sentence(self, k: int) -> tuple[int, int]:
        """The narrative sentence that introduces quote ``k``: the text before it in its sentence, else the last
        sentence of the paragraph before (when that paragraph does not end with a quotation). Empty at (0, 0)."""
        q = self.ex.quotes[k]
        start, end = self.before_frame(k)
        if self.text[start:end].strip():
            return start, end
        para_lo = self.ex.paragraphs[q.paragraph][0]
        if self.text[para_lo:start].strip():  # the quote opens a sentence: the sentence before, if narrative
            before = [o for o in self.ex.quotes[:k] if o.paragraph == q.paragraph]
            lo = max([para_lo] + [o.close_end or o.end for o in before])
            cuts = [lo] + [c for c in self._cuts(q.paragraph) if lo <= c < start - 1]
            return (cuts[-1], start) if self.text[cuts[-1] : start].strip() else (0, 0)
        if q.paragraph == 0:
            return 0, 0
        lo, hi = self.ex.paragraphs[q.paragraph - 1]
        if any(o.paragraph == q.paragraph - 1 and (o.close_end or o.end) >= hi - 2 for o in self.ex.quotes):
            return 0, 0
        cuts = [lo] + [c for c in self._cuts(q.paragraph - 1) if c < hi - 1]
        return cuts[-1], hi

    def preceding_in_paragraph(self, k: int) -> Attribution | None:
        """'Sam Lau said in a statement. "Q."': a quote opening a sentence after a narrative sentence with a cue."""
        q = self.ex.quotes[k]
        lo, _ = self.ex.paragraphs[q.paragraph]
        open_at = q.open_start if q.open_start is not None else q.start
        if q.kind != "direct" or not self.text[lo:open_at].strip():
            return None
        prev_end = max(
            [lo]
            + [
                (o.close_end or o.end)
                for o in self.ex.quotes
                if o.paragraph == q.paragraph and (o.close_end or o.end) <= open_at
            ]
        )
        # Only the sentence right before the quote: "The mayor said the plan was sound. Bill Peel is angry.
        # "Q"" has no cue next to Q.
        cuts = self._cuts(q.paragraph)
        i = bisect.bisect_right(cuts, open_at - 2) - 1  # the last cut before the one that ends at the quote
        if i >= 0 and cuts[i] > prev_end:
            prev_end = cuts[i]
        sent = self.text[prev_end:open_at].strip()
        if not sent.endswith((".", ":")) or len(sent) > 300 or prev_end != lo and not sent:
            return None
        toks = self.idx.tokens_in(prev_end, open_at)
        question = _asks_question(self.text[q.start : q.end])
        asked = self._asker(toks, prev_end, open_at) if question else self._person_asked(toks, prev_end, open_at)
        if asked is not None:
            return asked
        cues = [t for t in toks if _is_cue(t) and cue_lemma(t) not in WEAK_CUE_LEMMAS]
        if not cues:
            return None
        # "It's easy, she says, for people to marvel at it. "Q"": a cue set off by commas is the voice of its whole
        # sentence, whatever verbs of saying its content holds; the quotation after it goes on in that voice.
        aside = next((c for c in cues if self._parenthetical(c, prev_end, open_at) is not None), None)
        if aside is not None:
            mention, head = self._parenthetical(aside, prev_end, open_at)
            return Attribution("preceding sentence", mention, None, 0.7, head_index=head.i)
        found = self._cue_with_subject(cues[-1], prev_end, open_at)
        if not found:
            return None
        mention, head = found
        return Attribution("preceding sentence", mention, None, 0.7, head_index=head.i)

    def _next_trailing(self, result: list[Attribution | None]) -> list[int | None]:
        """For each quote, the next quote of its paragraph attributed by a trailing cue or name."""
        out: list[int | None] = [None] * len(result)
        nearest: dict[int, int] = {}
        for j in range(len(result) - 1, -1, -1):
            paragraph = self.ex.quotes[j].paragraph
            out[j] = nearest.get(paragraph)
            if result[j] is not None and result[j].rule in ("trailing cue", "trailing name"):
                nearest[paragraph] = j
        return out

    def _new_speaker_between(self, k: int, later: int) -> bool:
        """Whether the narrative between quotation ``k`` (opening its paragraph with no cue) and the later quotation
        ``later`` of its paragraph names a person as a clause subject ('"Q1." ... Speaking later, opposition leader
        Ann Lee said ... "Q2," she said'): the paragraph brings in a new voice after Q1, so Q1 is not the later
        speaker's, and goes on the previous paragraph's speaker (the continuation convention) where there is one."""
        quotes = self.ex.quotes
        lo, hi = quotes[k].close_end or quotes[k].end, quotes[later].open_start or quotes[later].start
        spans = [(q.open_start or q.start, q.close_end or q.end) for q in quotes[k + 1 : later]]
        return any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and t.ent_type_ == "PERSON"
            and not any(a <= t.idx < b for a, b in spans)
            for t in self.idx.tokens_in(lo, hi)
        )

    def _paragraph_text_start(self, paragraph: int) -> int:
        """Offset of the first non-space character of a paragraph (cached: one pass per paragraph)."""
        cache = self.__dict__.setdefault("_text_starts", {})
        if paragraph not in cache:
            lo, hi = self.ex.paragraphs[paragraph]
            chunk = self.text[lo:hi]
            cache[paragraph] = lo + len(chunk) - len(chunk.lstrip())
        return cache[paragraph]

    def run(self) -> list[Attribution | None]:
        """One attribution (or None) per quotation, in ``ex.quotes`` order: trailing, then leading rules,
        then split quotes, same-paragraph and continuation inheritance."""
        quotes = self.ex.quotes
        result: list[Attribution | None] = [None] * len(quotes)
        for k in range(len(quotes)):
            if self.ex.out_of_time("attribution", quotes[k].start):
                break  # the rest keep no attribution (pipeline.budget)
            if self.asked_unnamed(k):
                continue
            result[k] = self.trailing(k) or self.signoff_line(k) or self.leading(k)
        # Split quotes: "A," she said, "B." -> B shares A's attribution and group.
        for k in range(1, len(quotes)):
            q, prev = quotes[k], quotes[k - 1]
            a, pa = result[k], result[k - 1]
            if (
                q.paragraph == prev.paragraph
                and pa is not None
                and pa.rule == "trailing cue"
                and a is not None
                and a.cue is not None
                and pa.cue is not None
                and a.cue.start == pa.cue.start
            ):
                _join_split_piece(quotes, k)
        # Nearest attributed quote before, and nearest trailing-attributed quote after, in the same
        # paragraph: kept as we go (a scan of every quote per quote was quadratic, issue 9).
        last_attributed: dict[int, int] = {}
        next_trailing = self._next_trailing(result)
        for k, q in enumerate(quotes):
            if k > 0 and result[k - 1] is not None:
                last_attributed[quotes[k - 1].paragraph] = k - 1
            if result[k] is not None or self.ex.out_of_time("attribution", q.start) or self.unvoiced(k):
                continue
            prev_k = k - 1
            # The paragraph reopens a quote that runs on (multi-paragraph convention).
            if prev_k >= 0 and quotes[prev_k].group == q.group and q.group is not None:
                result[k] = Attribution("same group", None, None, 0.85, inherit_from=prev_k)
                continue
            answer = self.answer_to_question(k, result[prev_k] if prev_k >= 0 else None)
            if answer is not None:
                result[k] = answer
                continue
            # An earlier attributed quote in the same paragraph.
            same = last_attributed.get(q.paragraph)
            if same is not None and q.kind == "direct":
                result[k] = Attribution("same paragraph", None, None, 0.8, inherit_from=same)
                continue
            inline = self.preceding_in_paragraph(k)
            if inline is not None:
                result[k] = inline
                continue
            later = next_trailing[k]
            starts_para = self._paragraph_text_start(q.paragraph) >= (
                q.open_start if q.open_start is not None else q.start
            )
            if later is not None and starts_para and not self._new_speaker_between(k, later):
                result[k] = Attribution("same paragraph", None, None, 0.75, inherit_from=later)
                continue
            if not starts_para:
                continue
            pre = self.preceding_sentence(k)
            if pre is not None:
                result[k] = pre
                continue
            turn = self.exchange_turn(k, result)
            if turn is not None:
                result[k] = turn
                continue
            # Continuation: the previous paragraph ended with a quote that has a speaker.
            if prev_k >= 0 and quotes[prev_k].paragraph == q.paragraph - 1 and result[prev_k] is not None:
                plo, phi = self.ex.paragraphs[q.paragraph - 1]
                pclose = quotes[prev_k].close_end or quotes[prev_k].end
                tail = self.text[pclose:phi]
                trailing_ok = len(tail) < 200 or result[prev_k].rule == "trailing cue"
                if trailing_ok:
                    result[k] = Attribution("continuation", None, None, 0.7, inherit_from=prev_k)
        return result


# The copula before a quotation given as someone's words, and the nouns for words (``Attributor._words_were``).
_COPULA_WORDS = frozenset({"is", "was", "are", "were"})
_WORDS_NOUNS = frozenset({"words", "word"})
# ", according to " after the clause a partial quotation stands in (``Attributor._according_at_clause_end``).
_ACCORDING_AFTER_CLAUSE = re.compile(r",\s*according to\s+", re.IGNORECASE)
# ", the council release states." / ", police said.": a short noun phrase and a cue closing the sentence after a
# comma, the tag of everything before it.
_TAG_AFTER_CLAUSE = re.compile(r",\s+(?P<who>[^,;:.!?\"\u201c\u201d()]{2,50}?)\s+(?P<cue>[a-z]+)\s*[.!?]?\s*$")
# "But, as the audit committee has pointed out, the scheme ...": a comment clause opening the sentence, "as" with a
# subject and a verb of saying (Quirk et al. 1985, 15.53); the clause it comments on is the subject's claim.
_AS_NOTED_FRONT = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till)\s*,?\s*)?[Aa]s\s+(?P<body>[^;:.!?,\"\u201c\u201d]{3,90}),"
)
# The rule name of a partial quotation inside what a possessed noun of saying holds ("Clinton's comments that half
# his supporters belong in a "basket of deplorables""): the possessor's words, not the clause subject's.
STATEMENT_OWNER = "statement owner"
# The rule name of a bare quotation answering a question put to someone ("Lang pressed Moore on the report.
# "Q""): question and answer are an adjacency pair (Schegloff and Sacks 1973), so the one asked answers.
ANSWER = "answer"
_JOINERS = frozenset({",", "and", "&"})
# A headline line opening with one to three capitalised words and a colon: "Mendez: Carter needs to 'Q'".
# The rule name of a headline's "Name: ... 'Q'" frame, a convention of headline writing that settles the speaker.
HEADLINE_COLON = "headline colon"
_HEADLINE_COLON = re.compile(r"\s*(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}):\s")


def personal_name(tok: Any) -> bool:
    """Whether proper noun ``tok`` is a person's name: tagged PERSON here or where the text writes the same word
    elsewhere ("Tobin Grell ... Grell claimed", the bare surname often tagged ORG), and no all-capital acronym (a
    body names itself in its own words: "everyone at the DNC"). A scan of the document: ask it last."""
    if tok.pos_ != "PROPN" or len(tok.text) < 3 or tok.text.isupper():
        return False
    return tok.ent_type_ == "PERSON" or any(t.text == tok.text and t.ent_type_ == "PERSON" for t in tok.doc)


def _talked_about(subj: Any, body: str) -> bool:
    """Whether quotation text ``body`` names the person whose name ends in token ``subj`` in the third person
    (the surname as a word: "If Grell thinks he can push us around"): speakers say "I" of themselves, so the
    sentence before a bare quotation about its subject does not make the subject its speaker (a body does name
    itself: "everyone at the DNC", so callers ask this of persons only)."""
    word = subj.text
    if len(word) < 3 or not word[:1].isupper():
        return False
    return re.search(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w-])", body) is not None


def _asks_question(body: str) -> bool:
    """Whether a quotation's words end with a question mark (closing quotation marks aside)."""
    return body.rstrip(" \u201d\u2019\"'").endswith("?")


def _named_subject(run: list[Any], cue: Any) -> Any | None:
    """The name the parser made the cue's subject when the run goes on past it with a role and no comma
    ("Dr Paul Amis head of exploration said": "Amis", not "exploration"; trial 12 F10), else None."""
    subj = next((t for t in run if t.head.i == cue.i and t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj is run[-1]:
        return None
    role = run[run.index(subj) + 1]  # a lower-case noun right after the name: "Chance the Rapper" is one name
    return subj if role.pos_ == "NOUN" and role.text.islower() else None


def _stacked_roles(pre: list[Any]) -> list[Any] | None:
    """ "Q," chairman, CEO and president Craig Menear said / JPL scientist and study co-author Michael Malaska
    said / minister of mines and energy Tom Alweendo told: roles joined by commas and "and" before one name are
    that person's titles (one speaker, the name
    at the end), not a list of speakers. Returns the tokens from the first role to the name, or None."""
    words = [t for t in pre if not t.is_space]
    while words and words[0].text in _JOINERS | {"\u201d", '"', "'"}:
        words = words[1:]
    if len(words) < 4 or len(words) > 14 or words[-1].pos_ != "PROPN" or not words[-1].text[:1].isupper():
        return None
    joined = [t for t in words if t.text.lower() in _JOINERS]
    roles = [t for t in words if t.text[:1].islower() and t.text.lower() in ROLE_NOUNS]
    # Words of a title only: no article, pronoun, preposition or punctuation (a tagger may call "study" a verb).
    nominal = all(
        t.text.lower() in _JOINERS | {"-", "of", "for"} or (t.is_alpha and t.pos_ not in ("DET", "PRON", "ADP", "AUX"))
        for t in words
    )
    return words if joined and roles and nominal and words[-2].pos_ == "PROPN" else None


def _title_without_comma(words: list[Any]) -> bool:
    """Whether ``words`` (between a comma and a cue) are a title whose closing comma the writer left out:
    "Q," Robby Mook, the campaign's manager told CNN (trial 4, F6); "Q," Jane Roe, head of Acme, a grading
    company in Ohio told Fox (trial 6, H2). Only the words of a noun phrase (a role noun or a name at its
    end, possessives and "of/for/at/in" inside) count; a clause ("which the mayor
    said", "as he said") does not."""
    if not 1 <= len(words) <= 9:
        return False
    glue = {"of", "for", "at", "to", "in", "'s", "\u2019s", "-", "and"}
    # A participle modifying a noun ("a coin grading company", tagged amod or acl) is part of the noun phrase.
    nominal = all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
        or t.text.lower() in glue
        or t.dep_ == "amod"
        or t.tag_ == "VBG"
        for t in words
    )
    head = words[-1]
    return (
        nominal
        and head.pos_ in ("NOUN", "PROPN")
        and head.text.lower() not in PRONOUNS
        and (head.pos_ == "PROPN" or head.text.lower() in ROLE_NOUNS)
    )


# Prepositions that open what a speech verb's words were about or how they were put as a name ("spoke of
# "a new dawn"", "described it as "a farce""): a fragment there quotes the verb's subject.
_CONTENT_PREPOSITIONS = frozenset({"of", "about", "as", "on", "to", "for"})


def _reporter_of_manner(cue: Any, quoted: list[Any], lo: int, hi: int) -> Any | None:
    """The outer verb of saying when a partial quotation describes how an inner one was said: "He said Mr Blair
    had spoken with "such sincerity"" -> said. The fragment hangs on the inner cue through a preposition of
    manner, not as what was said, so the words are the reporter's judgement (the mixed quote's speaker, as the
    indirect stage reads it). The reporter must govern the inner cue's clause as a clausal complement, lie in
    [lo, hi), be no weak cue and have a subject; None otherwise."""
    if not quoted:
        return None
    node = quoted[0]
    for _ in range(6):
        if node.head is node or node.head.i == cue.i:
            break
        node = node.head
    if node.head.i != cue.i or node.dep_ != "prep" or node.text.lower() in _CONTENT_PREPOSITIONS:
        return None
    if cue.dep_ != "ccomp" or not (lo <= cue.head.idx < hi):
        return None
    reporter = cue.head
    if not _is_cue(reporter) or cue_lemma(reporter) in WEAK_CUE_LEMMAS or _subject_of(reporter) is None:
        return None
    return reporter


def _coordinated_verb(before: list[Any]) -> bool:
    """Whether the tokens between a closing mark and a cue are only a coordinating conjunction (and commas):
    '"Q," and said ...', '"Q" but added ...' join a verb to the clause before the quotation."""
    words = [t for t in before if not t.is_punct]
    return len(words) == 1 and words[0].pos_ == "CCONJ" and words[0].lower_ in ("and", "but", "or")


def _clause_cue(cues: list[Any]) -> Any:
    """The cue of the frame before a quotation: the last of ``cues`` (tokens, in text order), unless it is a past
    participle that only modifies a noun ("Ortiz says that's a lesson reflected by the river workers: "Q"") inside
    the clause of an earlier cue: that earlier verb of saying reports the sentence, and the quotation with it, while
    the participle describes a thing ("a lesson reflected by ..."), not anyone saying the words."""
    last = cues[-1]
    if last.dep_ != "acl" or last.tag_ != "VBN":
        return last
    above = {t.i for t in last.ancestors}
    return next((c for c in reversed(cues[:-1]) if c.i in above), last)


def _cue_over_quote(cues: list[Any], cue: Any, first: Any | None) -> Any:
    """The cue of the frame whose clause holds the quotation: ``cue`` (the frame's last) unless the parse puts the
    quotation's first token ``first`` outside its clause and inside that of an earlier cue of ``cues``, which then
    reports the words ("She said it was too early to tell whether it works, and there was "no evidence" yet":
    "tell" heads an infinitive of the adjective, and "said" the clause with the quotation). Only a bare infinitive
    gives way (a participle, "footage of X saying, "Q"", introduces its words however the parser hangs them), and
    never to a weak cue (``WEAK_CUE_LEMMAS``). A cue in a relative clause on the person a verb of telling addresses
    gives way to that verb however the parser hangs the quotation ("told a voter who asked about taxes that "Q"": the
    relative clause describes the one spoken to; ``lexicon.cues.ADDRESSEE_LEMMAS``), when the relative clause's verb
    has words of its own before the quotation ("about taxes"): "asked a resident who said "Q"" is the resident's."""
    addressed = cue.head if cue.dep_ == "relcl" and cue.head.dep_ in ("dobj", "dative") else None
    if addressed is not None and first is not None and cue_lemma(addressed.head) in ADDRESSEE_LEMMAS:
        own = any(c.dep_ in ("prep", "dobj") and cue.i < c.i < first.i for c in cue.children)
        if own and addressed.head.i < cue.i:
            return next((c for c in cues if c.i == addressed.head.i), cue)
    if first is None or cue.tag_ != "VB" or cue.i in {t.i for t in first.ancestors}:
        return cue
    above = {t.i for t in first.ancestors}
    return next(
        (c for c in reversed(cues) if c.i < cue.i and c.i in above and cue_lemma(c) not in WEAK_CUE_LEMMAS), cue
    )


def _misread_subject(verb: Any) -> Any | None:
    """The subject of a verb the parser read as a reduced relative on the sentence's only noun: "The group called
    Trump "a danger"" parsed as "the group [that is] called Trump", which leaves the sentence no verb. A verb with two
    complements (an object and what it is called: "called X "Y"", "branded X "Y"") is a predicate, and the noun it
    hangs on, the sentence's root, its subject (kind 3 of issue 11: the object of a verb of speech never speaks).
    None unless ``verb`` is such a verb and the noun a possible source (``could_be_source``)."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if sum(1 for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")) < 2:
        return None
    return head if could_be_source(head) else None


def _introducing_participle(tok: Any) -> bool:
    """Whether ``tok`` is a cue participle set off by a comma before a colon ("..., adding: "Q"", "...,
    explaining: "Q""): the sentence's speaker goes on with new words. ``FORM_TO_LEMMA`` leaves out most
    present participles (the quotation rules took only "saying" and "telling"); here the comma before, the
    colon after and the verb tag vouch for one. Without the colon ("..., insisting "Q"") the marks often
    hold a fragment of the participle's content, which the indirect stage reads."""
    doc = tok.doc
    return (
        tok.tag_ == "VBG"
        and tok.text.lower() in CUE_PARTICIPLES
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == ","
        and doc[tok.i + 1].text == ":"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _comma_name(words: list[Any]) -> Any | None:
    """The last word of a person's name set off by a comma after a title: ", Elinor Hammarby," (the tokens
    after the title, up to the cue or the end of the frame). None unless ``words`` are a comma, one to four
    capitalised name words the tagger calls a person, and nothing else but punctuation."""
    if len(words) < 2 or words[0].text != ",":
        return None
    name = []
    for t in words[1:]:
        if t.is_punct:
            break
        name.append(t)
    rest = words[1 + len(name) :]
    if not 1 <= len(name) <= 4 or any(not t.is_punct for t in rest):
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) or name[-1].ent_type_ != "PERSON":
        return None
    return name[-1]


def apposed_name(subj: Any, hi: int) -> Any | None:
    """The name set in apposition to a description that is the cue's subject: "The charity's director,
    Barbara Stoke, said" -> the token "Stoke" (the mention then runs from the description to the name).
    None when the subject is itself a name or has no such apposition."""
    if subj.pos_ != "NOUN":
        return None
    for child in subj.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > subj.i and child.idx < hi:
            last = child
            for sub in child.subtree:
                if sub.pos_ == "PROPN" and sub.i >= last.i and sub.idx < hi:
                    last = sub
            if all(t.pos_ == "PROPN" or t.dep_ in ("compound", "flat") for t in subj.doc[child.i : last.i + 1]):
                return last
        if child.dep_ == "appos" and child.i > subj.i and child.text.lower() in ROLE_NOUNS:
            named = _name_closing_role(child, hi)
            if named is not None:  # "Another diplomat, former envoy to Peru Tom Garland, said"
                return named
    return _name_after_of_object(subj, hi)


def _name_after_of_object(subj: Any, hi: int) -> Any | None:
    """The name after a role noun's "of" phrase: "The leader of the Green Party, Jane Moss, disagreed" -> the
    token "Moss". The parser hangs the apposition on the nearest noun ("Party"), but a person's name set off
    after "the <role> of <body>" renames the role's holder, the head of the phrase (Quirk et al. 1985, 17.65).
    Only a role noun (``ROLE_NOUNS``) and a name the entity recogniser takes for a person, closed by a comma
    before ``hi``; None otherwise."""
    if subj.lower_ not in ROLE_NOUNS:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    for child in obj.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i <= obj.i or child.ent_type_ != "PERSON":
            continue
        doc = subj.doc
        if child.idx >= hi or child.i + 1 >= len(doc) or doc[child.i + 1].text != "," or doc[child.i - 1].text == ",":
            continue  # "the head of the union, Jane Moss," with no first name before the surname is no full name
        return child
    return None


def _subjectless_after_apposition(cue: Any, pre: list[Any]) -> bool:
    """ "Q," Nate Silver, the analyst who runs a polling site tweeted: a cue after an apposition whose closing comma
    the writer left out. The frame opens with a name and its comma, and the cue has no subject of its own (the
    parser hung it on the apposition); the speaker is the name. News style sets an apposition off with two commas;
    without the second, the cue is still the sentence's main verb (a cue with its own subject, "whose son told
    police", is another clause's)."""
    comma = next((n for n, t in enumerate(pre) if t.text == ","), None)
    if not comma or not all(t.text[:1].isupper() and t.is_alpha or t.text in (".", "-") for t in pre[:comma]):
        return False
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in pre[:comma]):
        return False
    return cue.tag_ in ("VBD", "VBZ", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


_NAME_JOINERS = frozenset(["for", "of", "and", "the", "on", "in", "&"])


def _named_body_role_name(pre: list[Any], cue: Any) -> bool:
    """ "Q," Fight for Fairness organizing director Kendall Fells told: an organisation's name, whose small words
    ("for", "of") stand between capitalised words, then a role, then the name the cue's subject ends with, right
    before the cue. The parser may read the organisation's first word as a verb; the sentence still names its
    speaker outright."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != cue.i - 1 or subj.pos_ != "PROPN" or not pre or pre[-1].i != subj.i:
        return False
    capital = [t.text[:1].isupper() or t.like_num or t.text == "$" for t in pre]
    for n, t in enumerate(pre):
        if capital[n] or t.pos_ in ("NOUN", "ADJ") or t.tag_ == "VBG":
            continue
        if t.text.lower() in _NAME_JOINERS and 0 < n < len(pre) - 1 and capital[n - 1] and capital[n + 1]:
            continue
        return False
    return True


def _opinion_tag(tok: Any) -> bool:
    """ "Q," Edwards believes / "Q," the coach thinks: a verb of opinion (``OPINION_TAG_FORMS``) tagging the
    quotation before it, with no object or clause of its own to hold the opinion (the caller checks the
    quotation closes on a comma)."""
    if tok.text.lower() not in OPINION_TAG_FORMS or not tok.tag_.startswith("VB"):
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "acomp", "prep") for c in tok.children)


# Tags the tagger gives a first name or surname that is also an English word ("Will", "Dolly", "Rather", "Young").
_MISREAD_NAME_TAGS = frozenset(["MD", "RB", "JJ", "UH"])
# Capitalised adverbs that open a sentence before a verb with its subject left out: never a name.
_OPENING_ADVERBS = frozenset(
    [
        "then",
        "later",
        "also",
        "again",
        "now",
        "once",
        "instead",
        "indeed",
        "earlier",
        "here",
        "there",
        "thus",
        "hence",
        "still",
        "yet",
        "so",
        "just",
        "even",
        "only",
        "soon",
        "often",
        "never",
        "always",
        "ever",
        "already",
        "too",
        "finally",
        "recently",
        "previously",
        "similarly",
        "separately",
        "likewise",
    ]
)


def misread_name(tok: Any, cue: Any) -> bool:
    """ "Q," Will wrote / Dolly writes: "Q": a capitalised word the tagger read as a modal, an adverb, an adjective
    or an interjection, right before a cue in the past or present tense that has no subject of its own, is the
    cue's subject, a name (George Will, Dan Rather); a finite verb of saying needs one."""
    return (
        tok.tag_ in _MISREAD_NAME_TAGS
        and tok.text[:1].isupper()
        and tok.is_alpha
        and tok.text.lower() not in _OPENING_ADVERBS
        and tok.i + 1 == cue.i
        and cue.tag_ in ("VBD", "VBZ", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    )


def _inverted_run(after: list[Any]) -> list[Any]:
    """The noun phrase right after an inverted cue ("Q," said X), from tokens ``after`` the cue: nouns, names,
    determiners and the owner's possessive ("said the airline's chief executive"), and "of"/"for" inside an
    office's or a body's name when a possessive or a full name follows (``_titled_of``, ``_owner_or_name_after``:
    "said Speaker of the House Nora Pellham"); before any clause the parser may attach."""
    run: list[Any] = []
    crossed = None  # where the run went over the "of"/"for" of an office's or a body's name
    for t in after:
        if (
            t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM")
            or (t.text[:1].isupper() and t.is_alpha)
            or (run and t.text in (".", "-"))
            or (run and t.tag_ == "POS")  # "said the airline's chief executive": the owner's possessive
        ):
            run.append(t)
            continue
        if run and t.lower_ in ("of", "for") and _titled_of(run, t):
            crossed = len(run) if crossed is None else crossed
            run.append(t)
            continue
        break
    while run and (run[-1].text in (".", "-") or run[-1].tag_ == "POS"):
        run = run[:-1]
    if crossed is not None and not _owner_or_name_after(run[crossed:]):
        run = run[:crossed]  # "said Larry Levitt of the Kaiser Family Foundation": the name before "of"
    return run


def _titled_of(run: list[Any], of: Any) -> bool:
    """Whether "of"/"for" token ``of`` after the inverted run ``run`` ("said the Bureau", "said Speaker") goes on
    inside one noun phrase with a capitalised name after it: an office's or a body's name ("Speaker of the House",
    "Attorney for the District of Calder", "the Department of Labor"), written before the person who holds it or
    before the body's possessive. The run so far ends in a capitalised word and holds no person the tagger found
    ("said Larry Levitt of the Kaiser Family Foundation" names Levitt before "of"); the word after "of" (or after
    its "the") is capitalised. ``_owner_or_name_after`` then keeps the longer run only when a possessive or a
    full name follows."""
    doc = of.doc
    nxt = of.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "the":
        nxt += 1
    return (
        run[-1].text[:1].isupper()
        and run[-1].is_alpha
        and not any(t.ent_type_ == "PERSON" for t in run)
        and nxt < len(doc)
        and doc[nxt].text[:1].isupper()
        and doc[nxt].is_alpha
    )


def _owner_or_name_after(words: list[Any]) -> bool:
    """Whether ``words``, an inverted run from its first "of"/"for" on, end in whom the office or the body
    introduces: a person's full name ("... of the House Nora Pellham": two proper nouns, the first one the
    tagger put in a person or a first name gender-guesser knows), or a noun after the body's possessive ("... of
    Transport's rail director Petra Shale"): English names the holder right after the office's full title."""
    if len(words) < 3:
        return False
    if any(t.tag_ == "POS" for t in words[1:-1]):
        return True
    first, last = words[-2], words[-1]
    if not all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in (first, last)
    ):
        return False
    from ..people.table import given_name  # the people stage's name table (imported late: it imports this)

    return first.ent_type_ == "PERSON" or given_name(first.text)


def _firm_ampersand(toks: list[Any], n: int) -> bool:
    """Whether ``toks[n]`` is an ampersand between two capitalised words ("Johnson & Johnson", "Mumford & Sons"):
    news writes "&" inside one name, a firm's or a band's, and "and" between two subjects."""
    return (
        toks[n].text == "&"
        and 0 < n < len(toks) - 1
        and toks[n - 1].text[:1].isupper()
        and toks[n + 1].text[:1].isupper()
    )


def _word_hyphen(prev: Any, tok: Any) -> bool:
    """Whether ``tok`` is a hyphen inside one word with ``prev`` ("president-elect", "grade-school"): no space on
    either side of it, so the word runs on after it; an age counts ("the 43-year-old asked")."""
    return tok.text == "-" and prev.whitespace_ == "" and tok.whitespace_ == "" and (prev.is_alpha or prev.like_num)


def _joins_premodifiers(tok: Any, cue: Any) -> bool:
    """Whether ``tok`` is an "and"/"or" inside the premodifiers of the cue's subject: "the world 200m and 400m
    record holder told", "the former Labour and Liberal Democrat councillor said" (the head noun, after the
    conjunction, is one person). Not "Smith and Jones said": there the subject's head comes before "and"."""
    if tok.dep_ != "cc" or tok.text.lower() not in ("and", "or", "&"):
        return False
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.i > tok.i and subj.left_edge.i < tok.i


def _name_before_reduced_cue(cue: Any, lo: int) -> Any | None:
    """The name a cue hangs on when the tagger read "Name, from Place, asked of X: "Q"" as a reduced relative
    clause (the cue an ``acl`` of the name): the name is the cue's subject. None unless the head is a name the
    tagger calls a person, before the cue and inside the frame, a comma stands right before the cue and no
    agent ("asked by") makes the name the one spoken to."""
    head = cue.head
    if cue.dep_ != "acl" or head.pos_ != "PROPN" or head.ent_type_ != "PERSON" or not lo <= head.idx < cue.idx:
        return None
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or any(c.dep_ == "agent" for c in cue.children):
        return None
    return head


def _name_closing_role(role: Any, hi: int) -> Any | None:
    """The last word of the person's name that closes the phrase of role noun ``role`` ("former envoy to
    Peru Tom Garland,"): the phrase's last word before ``hi`` is a name word the tagger calls a person and a
    comma (or the end of the frame) follows it. None otherwise (also when the frame ends before the role's
    phrase, as a parse of a 150,000-word paragraph had it: trial 7 H3)."""
    last = max((t for t in role.subtree if t.idx < hi), key=lambda t: t.i, default=None)
    if last is None or last.pos_ != "PROPN" or last.ent_type_ != "PERSON" or last.i == role.i:
        return None
    after = role.doc[last.i + 1] if last.i + 1 < len(role.doc) else None
    return last if after is None or after.text == "," or after.idx >= hi else None


def _name_after_role(subj: Any, cue: Any) -> Any | None:
    """The last word of a person's name that follows a role noun between an organisation subject and the cue:
    "Acme editor-in-chief Jane Roe said", where the tagger made the organisation the subject. The
    organisation and the role describe the person; the name is the speaker. None unless the words between
    are only a lower-case role (``ROLE_NOUNS``, hyphens joining its parts) or one capitalised title
    (``ALL_TITLES``: "CPUC President Marybel Batjer said") and one to four capitalised words the tagger calls a
    person, ending right before the cue."""
    between = list(subj.doc[subj.i + 1 : cue.i])
    if subj.pos_ != "PROPN" or not 2 <= len(between) <= 10:
        return None
    name = []
    for t in reversed(between):
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ != "PERSON":
            break
        name.insert(0, t)
    role = between[: len(between) - len(name)]
    role_words = [t for t in role if t.text != "-"]
    if not 1 <= len(name) <= 4 or not role_words:
        return None
    if len(role_words) == 1 and role_words[0].text[:1].isupper() and role_words[0].text.lower() in ALL_TITLES:
        return name[-1]  # "CPUC President Marybel Batjer said": a capitalised title between body and name
    if any(not t.text[:1].islower() for t in role_words):
        return None
    if not any(t.text in ROLE_NOUNS for t in role_words) or any(t.pos_ not in ("NOUN", "ADP") for t in role_words):
        return None
    return name[-1]


def _name_before_of(run: list[Any]) -> Any | None:
    """The name that opens "X of ORG", "X at ORG", "X from ORG" ("Bronwyn Curtis of Landell Mills said"):
    the person is X and the organisation describes them. None when the run does not open with a name
    followed by such a preposition ("a spokesperson for Acme Corp" opens with a role)."""
    for n, t in enumerate(run):
        if t.text.lower() in ("of", "at", "from", "for", "with"):
            prev = run[n - 1] if n else None
            return prev if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() else None
    return None


def root_attribution(results: list[Attribution | None], k: int) -> Attribution | None:
    """The attribution quote ``k`` finally rests on, following ``inherit_from`` links (cycles stop)."""
    seen = set()
    a = results[k]
    while a is not None and a.inherit_from is not None and a.inherit_from not in seen:
        seen.add(a.inherit_from)
        a = results[a.inherit_from]
    return a


def _opens_clause(tok: Any) -> bool:
    """Whether ``tok`` is a capitalised subordinator opening a sentence ("When", "While", "After", "If"): what
    follows is a subordinate clause of narration, never a tag ("Q," said X) of the quotation before it."""
    return tok.text[:1].isupper() and (tok.tag_ == "WRB" or tok.pos_ == "SCONJ")


def _is_scare_quote(
    q: Quote, a: Attribution | None, text: str, paragraph: tuple[int, int], after_kept: int | None
) -> bool:
    """A word or two in quotation marks that nobody is said to have said: "so-called 'rebels'".

    A fragment whose clause says whose words they are ('called the plan "a disaster"', 'are
    predicting "nasty" conditions') or that is coordinated with a kept quotation ('"stupid" and
    "dummy"') is a partial quotation (gold guide rule 1), not a scare quote: ``text.partials``.
    ``after_kept`` is the closing offset of the previous quotation when it was kept, else None.
    """
    if q.kind != "partial" or len(q.text.split()) > 3:
        return False
    if a is not None and a.cue is not None:
        return False
    opened = q.open_start if q.open_start is not None else q.start
    return not (coordinated(text, after_kept, opened) or speaker_words(text, opened, paragraph[0]))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those)(?:\s+[a-z][\w-]*){0,2}\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
MIN_LABEL_WORDS, MAX_LABEL_WORDS = 3, 10


def labels_a_noun(q: Quote, text: str, idx: Any) -> bool:
    """Whether the words in marks are a phrase shaped like a sentence (a comma or a pronoun in it) that stands
    between a determiner and the noun right after the closing mark, as that noun's modifier: a label for a
    stance, nobody's words ('the common "not worth it, leave it" approach', 'the "rights for me, not for
    you" idea'; issue 11, the gold guide's rule 1 leaves labels out). A noun or an adjective in that place
    stays a quotation when the other rules keep it ('a "weak and ineffective" leader', 'a "no-go" zone':
    a label of one to three words was someone's words in the judge sets as often as not, so it is not
    dropped here). ``idx``: the article's ``TokenIndex``; offsets index ``text``."""
    if q.kind != "partial" or q.close_end is None or q.open_start is None or idx is None:
        return False
    m = _NEXT_WORD.match(text, q.close_end, q.close_end + 40)
    noun = idx.token_at(m.start(1)) if m else None
    if noun is None or noun.pos_ != "NOUN" or noun.text != m.group(1):
        return False
    words = [t for t in idx.tokens_in(q.start, q.end) if not t.is_punct]
    if not MIN_LABEL_WORDS <= len(words) <= MAX_LABEL_WORDS:
        return False
    shaped = "," in q.text or any(t.pos_ == "PRON" for t in words)
    return shaped and bool(_DETERMINER_BEFORE.search(text, max(0, q.open_start - 40), q.open_start))


def drop_scare_quotes(ex: ArticleState, results: list[Attribution | None]) -> list[Attribution | None]:
    """Remove scare quotes and labels (``labels_a_noun``) from ``ex.quotes`` and their attributions;
    inheritance indexes follow the new order."""
    keep: list[int] = []
    idx = token_index(ex) if ex.doc is not None else None
    for k, q in enumerate(ex.quotes):
        previous = ex.quotes[k - 1] if k and keep and keep[-1] == k - 1 else None
        after_kept = previous.close_end if previous is not None else None
        paragraph = ex.paragraphs[q.paragraph] if ex.paragraphs else (0, len(ex.clean_text))
        if labels_a_noun(q, ex.clean_text, idx):
            continue
        if not _is_scare_quote(q, results[k], ex.clean_text, paragraph, after_kept):
            keep.append(k)
    if len(keep) == len(ex.quotes):
        return results
    remap = {old: new for new, old in enumerate(keep)}
    ex.quotes = [ex.quotes[k] for k in keep]
    kept: list[Attribution | None] = []
    for k in keep:
        a = results[k]
        if a is not None and a.inherit_from is not None:
            if a.inherit_from in remap:
                a.inherit_from = remap[a.inherit_from]
            else:
                a = None
        kept.append(a)
    return kept


def _join_split_piece(quotes: list[Quote], k: int) -> None:
    """Quote ``k`` goes on with quote ``k - 1`` past their shared cue ("A," she said, "and b."): one
    quotation, so one group, with the paragraphs that continue it, and the piece is the speaker's own
    sentence going on, direct however it begins (trial 10 L14: the continuation paragraphs were a
    group of their own and the piece partial)."""
    old, new = quotes[k].group, quotes[k - 1].group
    for q in quotes[k:]:
        if old is None or q.group != old:
            break
        q.group = new
    if quotes[k].kind == "partial":
        quotes[k].kind = "direct"


def _raising_chain(cue: Any) -> list[Any]:
    """The tokens between a cue and the passive verb of perceiving or reporting that governs it, that verb last:
    [heard] for "the caretaker could be heard saying", [as, quoted] for "the mayor was quoted as saying"
    (``lexicon.cues.SPEAKER_RAISING_FORMS``); the verb's subject is the cue's speaker. Empty when the cue has a
    subject of its own or no such verb governs it."""
    if any(c.dep_ in _SUBJ_DEPS for c in cue.children):
        return []
    chain, node = [], cue
    for _ in range(2):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "prep", "advcl", "oprd") or node.head is node:
            return []
        node = node.head
        chain.append(node)
        if node.lower_ in SPEAKER_RAISING_FORMS and node.tag_ == "VBN":
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)
            return chain if passive else []
        if node.lower_ != "as":
            return []
    return []


_ADJUNCT_POS = ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV")


# Subordinators that open a clause the quoted sentence runs on into ("Q" if she loses, said X).
_RUN_ON_SUBORDINATORS = frozenset(
    {"if", "since", "because", "although", "though", "unless", "as", "when", "while", "until", "before", "after"}
)


def _clause_then_tag(toks: list[Any], comma: int, n: int, content: str) -> bool:
    """Whether the frame after a quotation reads "Q" CLAUSE, said X (or X said): the quoted sentence runs on in
    the writer's own subordinate clause ("if she did not win by more", "since so many were decided by one vote")
    to a comma, and the tag after it closes the sentence, so it reports the whole sentence, the words in marks
    first ("Many would call that a defeat" if she did not win by more, said Tom Reyes). The clause holds no cue
    and no sentence end; the tag is a short noun phrase and the cue ``toks[n]``, or an invertible cue right after
    the comma and then a noun phrase. ``toks``: the frame's tokens; ``comma``: the index of the last comma before
    the cue; ``content``: the quotation's text."""
    if content.rstrip().endswith((".", "!", "?", ":")) or comma < 2 or cue_lemma(toks[n]) in WEAK_CUE_LEMMAS:
        return False
    clause = toks[:comma]
    if clause[0].lower_ not in _RUN_ON_SUBORDINATORS or len(clause) > 25:
        return False
    if any(_is_cue(t) or t.text in (".", "!", "?", ";", ":", '"', "\u201c", "\u201d") for t in clause):
        return False
    subject = toks[comma + 1 : n]
    if not subject:  # said X
        after = toks[n + 1 : n + 2]
        return (
            cue_lemma(toks[n]) in INVERTIBLE_LEMMAS
            and bool(after)
            and (after[0].text[:1].isupper() or after[0].pos_ in ("DET", "NOUN", "PROPN"))
        )
    if len(subject) > 4 or not all(
        t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or t.text[:1].isupper() for t in subject
    ):
        return False
    # The tag must close the sentence: ", the mayor said, and Dale agreed" goes on, and the trial 13 reading holds
    # (``test_an_adjunct_with_its_own_verb_is_not_read_as_the_tags``).
    rest = toks[n + 1 : n + 2]
    return not rest or rest[0].text in (".", "!", "?", ";") or rest[0].pos_ in ("ADP", "ADV")


def _adjunct_then_tag(toks: list[Any], comma: int, n: int, content: str) -> bool:
    """Whether the frame after a quotation reads "Q" ADJUNCT, X said: the quoted words run on in the writer's own
    adverbial ("after the holiday", "by the end of the year") to the comma, and a short noun phrase and the cue
    ``toks[n]`` close the sentence ("We expect talks to resume" after the holiday, Dillon said). The quotation is
    the start of the sentence the tag reports, so its words are the tag's subject's. ``toks``: the frame's tokens;
    ``comma``: the index of the last comma before the cue; ``content``: the quotation's text."""
    if content.rstrip().endswith((".", "!", "?", ",", ":")) or comma < 1 or cue_lemma(toks[n]) in WEAK_CUE_LEMMAS:
        return False
    adjunct, subject = toks[:comma], toks[comma + 1 : n]
    if len(adjunct) > 8 or adjunct[0].pos_ != "ADP" or any(t.pos_ not in _ADJUNCT_POS for t in adjunct):
        return False
    if not 1 <= len(subject) <= 4 or not all(
        t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ") or t.text[:1].isupper() for t in subject
    ):
        return False
    rest = toks[n + 1 : n + 2]
    return not rest or rest[0].text in (".", "!", "?", ";") or rest[0].pos_ in ("ADP", "ADV")


def _sign_off_name_after_role(toks: list[Any]) -> list[Any]:
    """The name of a dash sign-off that gives the role first and the name after a comma ("– ISIS deputy leader,
    Abu Karim Hassan", "— Former minister of finance, Ana Ruiz"): two to four capitalised words after the first
    comma, ending the sign-off (a line break, a full stop or the end), with a lower-case role word before the comma.
    Empty otherwise: "– Abu Karim Hassan, the deputy leader" names first, and the run of capitals takes it."""
    comma = next((n for n, t in enumerate(toks) if t.text == ","), None)
    if comma is None or not any(t.is_alpha and t.text.islower() for t in toks[:comma]):
        return []
    name = []
    for t in toks[comma + 1 :]:
        if not (t.is_alpha and t.text[:1].isupper() or name and t.text in ("-", "'")):
            break
        name.append(t)
    rest = toks[comma + 1 + len(name) :]
    ends = not rest or rest[0].is_space or rest[0].text in (".", "\n")
    return name if 2 <= len(name) <= 4 and ends and name[-1].is_alpha else []
