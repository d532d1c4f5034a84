"""attribution: the cue and the speaker mention of each quotation, chosen by a learned model.

For each quotation, in text order:

1. the hand-written rules (``rules.py``: trailing and leading cues, dash sign-offs, colons, "according
   to", split quotes, continuation) propose what they find;
2. ``candidates.py`` adds the other plausible speakers (the speaker of the quotation before, the subject
   of the sentence before, the nearest name) and describes each with features;
3. ``scorer.py`` scores every candidate with a logistic regression learned from PolNeAR dev, celebrity
   dev, the tune halves of the news dev sets and the extra5 gold (``training.py``); the best candidate wins when its
   probability reaches the model's threshold, and that probability (Platt-scaled, cross-fitted) is the
   quotation's confidence until the ``confidence`` stage revises it by what the people stage resolved.

Resolving the mention to a person (pronouns, descriptions, surnames) is the people stage's job; this
stage only records where the attribution rests.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ....model import Span
from ...registry import register_stage
from ...state import ArticleState, ByQuote
from .candidates import Candidate, CandidateFinder
from .narrator import first_person, lead_narrator
from .rules import (
    ANSWER,
    HEADLINE_COLON,
    STATEMENT_OWNER,
    Attribution,
    Attributor,
    apposed_name,
    drop_scare_quotes,
    root_attribution,
)
from .scorer import SpeakerModel, active_model, load_model
from .tokens import (
    PRONOUNS,
    TokenIndex,
    cue_lemma,
    noun_phrase,
    personish,
    sentence_bounds,
    subject_of,
    token_index,
)

__all__ = [
    "Attribution",
    "Attributor",
    "Candidate",
    "CandidateFinder",
    "Decision",
    "PRONOUNS",
    "STATEMENT_OWNER",
    "SpeakerModel",
    "TokenIndex",
    "apposed_name",
    "choose_speakers",
    "cue_lemma",
    "load_model",
    "noun_phrase",
    "personish",
    "root_attribution",
    "sentence_bounds",
    "subject_of",
    "token_index",
]

SOURCE_EVIDENCE = {
    "running": "running speaker",
    "prev_subject": "subject of the sentence before",
    "nearest_name": "nearest name before",
    "narrator": "narrator of the piece",
}
# The confidence of a quotation given to the narrator of a first-person piece (``narrator.py``): no gold set has
# enough such pieces to calibrate it, so it sits between a bare "no attribution" (at most 0.45) and the cue-backed
# rules (mostly 0.8-0.93 on the dev sets).
NARRATOR_CONFIDENCE = 0.6


@dataclass(slots=True)
class Decision:
    """The speaker chosen for one quotation: the candidate (or None), its probability, all candidates."""

    chosen: Candidate | None
    probability: float
    candidates: list[Candidate]
    echo_of: int | None = None  # the quote with the same words whose cue-backed speaker this one takes


def choose_speakers(
    ex: ArticleState, attributor: Attributor, results: list[Attribution | None], model: SpeakerModel
) -> list[Decision]:
    """One decision per quote of ``ex``, in text order (a quote's choice feeds the next one's candidates)."""
    finder = CandidateFinder(ex, attributor, results)
    narrator = lead_narrator(ex.doc, ex.clean_text)
    chosen: list[Candidate | None] = []
    decisions: list[Decision] = []
    for k in range(len(ex.quotes)):
        if ex.out_of_time("attribution", ex.quotes[k].start):
            decisions.append(Decision(None, 0.0, []))  # the time budget ran out (pipeline.budget)
            chosen.append(None)
            continue
        if narrator is not None and (told := _narrated(ex, k, finder.candidates(k, chosen), narrator, model)):
            decisions.append(told)
            chosen.append(told.chosen)
            continue
        cands = _in_entry(ex, k, finder.candidates(k, chosen))
        scored = sorted(((model.raw_probability(c), n, c) for n, c in enumerate(cands)), key=lambda t: (-t[0], t[1]))
        best = scored[0][2] if scored else None
        # A headline's colon frame and the answer to a question put to someone name the speaker by conventions
        # (below; ``rules.ANSWER``) the training articles show too seldom for the model to learn.
        settled = next((c for c in cands if c.rule in (HEADLINE_COLON, ANSWER) and "rule" in c.sources), None)
        if attributor.unvoiced(k):
            # "the old maxim: "No pain, no gain."": a saying's words, which no one in the story speaks here;
            # "When asked, "Q?"": a question whose asker the story does not name.
            decisions.append(Decision(None, 0.0, cands))
            # A claim set up to be answered does not end the voice that answers it ("rules.labels_a_reply").
            chosen.append(chosen[-1] if chosen and attributor.labels_a_reply(k) else None)
        elif ex.quotes[k].start in attributor.thing_governed and results[k] is None:
            # "The book's title comes from a poem with the lines "Q"": the verb over the quotation has a thing for
            # subject and no rule found a source; a speaker carried over or named nearby would be a guess.
            decisions.append(Decision(None, 0.0, cands))
            chosen.append(None)
        elif settled is not None:
            # "Mendez: Carter must 'get away from it'": a headline's colon frame names the speaker by the
            # convention of headline writing, which the training articles show too seldom for the model to learn.
            decisions.append(Decision(settled, model.probability(settled), cands))
            chosen.append(settled)
        elif best is not None and scored[0][0] >= model.threshold:
            decisions.append(Decision(best, model.probability(best), cands))
            chosen.append(best)
        else:
            decisions.append(Decision(None, model.probability(best) if best is not None else 0.0, cands))
            chosen.append(None)
    _echo_cued_quotes(ex, decisions)
    return decisions


def _in_entry(ex: ArticleState, k: int, cands: list[Candidate]) -> list[Candidate]:
    """Quote ``k``'s candidates named in its own entry of a live blog (``layout.live_blog_entries``): an entry (a
    time stamp, "LIVE", a subhead) starts a new context, so a speaker named only in an entry before (the running
    speaker, a subject or name there) is no candidate. Every candidate in any other text."""
    entries = ex.layout.entries if ex.layout is not None else []
    if not entries:
        return cands
    start = ex.quotes[k].open_start if ex.quotes[k].open_start is not None else ex.quotes[k].start
    at = bisect.bisect_right(entries, start) - 1
    if at < 0:
        return cands
    return [c for c in cands if c.mention is None or c.mention.start >= entries[at]]


# The fewest words two quotations must share for their repetition to be no accident (a pull quote repeats a
# sentence, not a stock phrase like "a great day").
ECHO_MIN_WORDS = 6
_WORD = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")


def _echo_cued_quotes(ex: ArticleState, decisions: list[Decision]) -> None:
    """A quotation with no cue of its own that repeats the words of one with a cue takes that one's speaker:
    a pull quote set off from the story ("We can build it on time." ... "We can build it on time," Ortiz said),
    or a quote run echoing what was quoted before. Words are compared lower-cased, without punctuation; the
    shorter must lie within the longer and hold ``ECHO_MIN_WORDS`` words or more. Changes ``decisions`` in place."""
    words = [" ".join(_WORD.findall(q.text.lower())) for q in ex.quotes]
    cued = [k for k, d in enumerate(decisions) if d.chosen is not None and d.chosen.cue is not None]
    for k, d in enumerate(decisions):
        if (d.chosen is not None and d.chosen.cue is not None) or len(words[k].split()) < ECHO_MIN_WORDS:
            continue
        if d.chosen is not None and d.chosen.rule in (HEADLINE_COLON, ANSWER):
            continue
        match = next((j for j in cued if j != k and (words[k] in words[j] or words[j] in words[k])), None)
        if match is not None and len(words[match].split()) >= ECHO_MIN_WORDS:
            source = decisions[match]
            decisions[k] = Decision(source.chosen, source.probability, d.candidates, echo_of=match)


def _narrated(
    ex: ArticleState, k: int, cands: list[Candidate], narrator: tuple[Span, int], model: SpeakerModel
) -> Decision | None:
    """Quote ``k`` as the narrator's, when the piece has one (``narrator.py``), the quotation speaks in the first
    person and no candidate rests on a cue of its own ("he told me: ..." keeps its speaker); else None."""
    if any(c.cue is not None for c in cands) or not first_person(ex.quotes[k].text):
        return None
    mention, head = narrator
    if any(c.head == head for c in cands if c.cue is not None):
        return None
    return Decision(Candidate(mention, head, None, {"narrator"}, None, NARRATOR_CONFIDENCE), NARRATOR_CONFIDENCE, cands)


def _apply(ex: ArticleState, k: int, a: Attribution | None, d: Decision) -> Attribution | None:
    """Write decision ``d`` onto quote ``k``; returns the attribution the people stage reads."""
    q = ex.quotes[k]
    c = d.chosen
    if c is None:
        q.evidence = "no attribution found" if ex.stopped_at is None or q.start < ex.stopped_at else "time budget spent"
        # The chance that "nobody" is right is what the best candidate leaves, capped low: a quote
        # without a speaker is seldom what a reader wants.
        q.confidence = round(min(0.45, 1.0 - d.probability), 3)
        return None
    q.confidence = round(d.probability, 3)
    if d.echo_of is not None:
        q.evidence = f"same words as the quote at {ex.quotes[d.echo_of].start}"
        q.speaker_mention = c.mention
        return Attribution(q.evidence, c.mention, None, d.probability, None, c.head)
    if "rule" in c.sources and a is not None:
        q.cue = a.cue
        inherited = a.inherit_from
        # A quote split by its attribution, or continued in the same paragraph, shares the cue the
        # paragraph has; a quote in a later paragraph has none of its own.
        if (
            q.cue is None
            and inherited is not None
            and ex.quotes[inherited].paragraph == q.paragraph
            and a.rule in ("same group", "same paragraph")
        ):
            q.cue = ex.quotes[inherited].cue
        q.evidence = a.rule if inherited is None else f"{a.rule} (speaker of the quote at {ex.quotes[inherited].start})"
    elif "alt_rule" in c.sources:
        q.cue = c.cue
        q.evidence = c.rule or "leading cue"
    else:
        source = next(s for s in ("running", "prev_subject", "nearest_name", "narrator") if s in c.sources)
        q.evidence = SOURCE_EVIDENCE[source]
    q.speaker_mention = c.mention
    anchor = ex.quotes[a.inherit_from] if "rule" in c.sources and a is not None and a.inherit_from is not None else None
    return Attribution(c.rule or q.evidence, c.mention, q.cue, d.probability, None, c.head, anchor=anchor)


@register_stage(
    "attribution",
    requires=("clean_text", "paragraphs", "quotes", "doc"),
    assigns=("quotes", "token_index", "attributions", "quotes.cue", "quotes.speaker_mention"),
)
def attribute(ex: ArticleState) -> ArticleState:
    """Choose cue and speaker mention of every quotation; fills ``ex.attributions`` (one per quote)."""
    attributor = Attributor(ex)
    results = drop_scare_quotes(ex, attributor.run())
    decisions = choose_speakers(ex, attributor, results, active_model())
    applied = [_apply(ex, k, results[k], d) for k, d in enumerate(decisions)]
    ex.attributions = ByQuote(zip(ex.quotes, applied, strict=True))
    return ex
