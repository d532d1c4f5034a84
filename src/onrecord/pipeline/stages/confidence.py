"""confidence: a quotation's confidence revised once the people stage has said whom its speaker mention names.

The attribution stage's confidence reads only the candidate (where the mention is, which rule found it).
Whether the reader gets the right *person* also depends on the resolution: on text the rules were never
written against, a speaker left with a one-word name, an organisation or an unnamed source is right far
less often than a person with a full name, a description ("The Republican") than a name, and a quotation
without a cue of its own (a continuation) than one with a cue. The revision is a logistic regression over
the attribution confidence's logit and those facts (``RESOLUTION_FEATURES``), fitted with the speaker model
(``training.py``: cross-fitted on ``CALIBRATION_SETS``, the check halves no rule was written against) and
stored in ``speaker_model.json`` (``resolution``). Quotations in marks without a speaker mention keep their
confidence.

An organisation named at its own cue ("...," the city council said in a statement) stays below 0.5 on
purpose: on text no rule was written against, quotations given to an organisation name the gold speaker
about a third of the time (19 of 61 over the calibration sets, extra4.dev and the check halves of extra3
and extra8, 2026-12-01; of the rest, 29 belong to another speaker or an unnamed source, 8 to a name sharing a
word with ours, 5 are no gold quotation), so a higher figure would not be one a reader could trust.

Reported speech starts from its cue family's prior (``indirect.py``: 0.7 for "said that", 0.65 for
"according to" and intentions, 0.6 for stances) and is scaled by how its speaker was resolved
(``REPORTED_RESOLUTION_FACTORS``), so that a clause left without a speaker, or resting on a pronoun or a
one-word name, reads less sure than one with a full name.
"""

from __future__ import annotations

import math
from typing import Any

from ...lexicon.titles import is_honorific
from ...model import Quote
from ..registry import register_stage
from ..state import ArticleState
from .attribution import PRONOUNS
from .attribution.scorer import active_model
from .social import is_post_quote

RESOLUTION_FEATURES = (
    "logit",
    "one_word_name",
    "organisation",
    "unnamed",
    "pronoun",
    "carried_over",
    "description",
    "no_cue",
)
_CARRIED = ("same paragraph", "same group", "running speaker", "continuation")


def resolution_features(q: Quote) -> dict[str, float] | None:
    """The features of quotation ``q`` (names in ``RESOLUTION_FEATURES``), or None when it is not revised.

    "no_cue": the quotation has no cue of its own (a continuation, a running speaker, a colon, a nearest name).
    Such quotations were right less often than the ranker's score said, for every kind of speaker: on the
    calibration sets a full name without a cue 0.72-0.74 right at a mean confidence of 0.77-0.82, with one
    0.93-0.96 at 0.90-0.94 (2026-12-01); the logit alone could not tell them apart."""
    if q.speaker_mention is None or q.kind not in ("direct", "partial") or is_post_quote(q):
        return None  # an embedded post's author is given by the platform, not found by a cue (``social``)
    p = min(0.9995, max(0.0005, q.confidence))
    speaker = q.speaker
    words = [w for w in (speaker.name or "").split() if not is_honorific(w)] if speaker is not None else []
    return {
        "logit": math.log(p / (1 - p)),
        "one_word_name": float(speaker is not None and speaker.kind == "person" and len(words) == 1),
        "organisation": float(speaker is not None and speaker.kind == "organisation"),
        "unnamed": float(speaker is None or speaker.kind == "unnamed"),
        "pronoun": float(q.speaker_mention.text.lower() in PRONOUNS),
        "carried_over": float((q.evidence or "").startswith(_CARRIED)),
        "description": float(
            q.speaker_mention.text[:1].islower() or q.speaker_mention.text.lower().startswith(("the ", "a ", "an "))
        ),
        "no_cue": float(q.cue is None),
    }


def revised(q: Quote, resolution: dict[str, Any]) -> float:
    """The revised confidence (0..1) of ``q`` under coefficients ``resolution`` ({"weights", "intercept"})."""
    f = resolution_features(q)
    if f is None:
        return q.confidence
    z = resolution["intercept"] + sum(w * f[n] for n, w in zip(RESOLUTION_FEATURES, resolution["weights"], strict=True))
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# Reported speech: the share of matched clauses whose speaker was right, per resolution, over the share
# for all of them (0.93), on polnear.dev --types indirect (1,455 clauses matched, measured on 2026-11-30):
# a full name 0.95, a full name reached by a pronoun 0.90, a one-word name 0.85, a one-word name by a
# pronoun 0.78, an organisation 0.93, an unnamed source 0.93, no speaker 0.56 (rounded, capped at 1).
REPORTED_RESOLUTION_FACTORS: dict[str, float] = {
    "full name": 1.0,
    "full name by pronoun": 0.97,
    "one-word name": 0.91,
    "one-word name by pronoun": 0.84,
    "organisation": 1.0,
    "unnamed": 1.0,
    "no speaker": 0.6,
}


def reported_resolution(q: Quote) -> str:
    """How reported speech ``q``'s speaker was resolved: a key of ``REPORTED_RESOLUTION_FACTORS``."""
    speaker, mention = q.speaker, q.speaker_mention
    if speaker is None:
        return "no speaker"
    if speaker.kind != "person":
        return "organisation" if speaker.kind == "organisation" else "unnamed"
    words = [w for w in (speaker.name or "").split() if not is_honorific(w)]
    by_pronoun = mention is not None and mention.text.lower() in PRONOUNS
    return ("one-word name" if len(words) <= 1 else "full name") + (" by pronoun" if by_pronoun else "")


# A speaker reached through a weak link (``ArticleState.speaker_links``: a pronoun with a second compatible
# person within ``people.speakers.CONTESTED_MARGIN``, a surname two people share) is right less often than
# the revision can see: 4 of 5 contested pronouns were right on the sets the rules were written against
# (celebrity.dev and the tune halves of news.dev and extra.dev, scripts/reliability_table.py's data), so such
# a speaker is never reported above 0.8, below the band a reader would take as sure.
WEAK_LINK_CEILING = 0.8


@register_stage(
    "confidence",
    # "quotes.medium": after the medium stage, whose relay can change a quotation's speaker and cue.
    requires=("quotes", "people", "quotes.speaker", "speaker_links", "attributions", "quotes.medium"),
    assigns=("quotes.confidence",),
)
def revise_confidence(ex: ArticleState) -> ArticleState:
    """Revise the confidence of every quotation with a resolved speaker, and cap it at ``WEAK_LINK_CEILING``
    where the speaker rests on a weak link (no-op for a model without ``resolution``); scale reported
    speech's by its speaker's resolution (``REPORTED_RESOLUTION_FACTORS``)."""
    for q in ex.quotes:
        if q.kind == "indirect":
            q.confidence = round(q.confidence * REPORTED_RESOLUTION_FACTORS[reported_resolution(q)], 3)
    resolution = active_model().resolution
    if resolution:
        for q in ex.quotes:
            q.confidence = round(revised(q, resolution), 3)
            m = q.speaker_mention
            if m is not None and q.kind != "indirect" and (m.start, m.end) in ex.speaker_links:
                q.confidence = min(q.confidence, WEAK_LINK_CEILING)
    _no_surer_than_their_anchors(ex)
    _cut_by_the_budget(ex)
    return ex


# A quotation the time budget cut short (``pipeline.budget``): its speaker is unknown, not "nobody", so its
# confidence says little is known; one that took its speaker by name alone is held to the weak-link ceiling.
BUDGET_CUT_CONFIDENCE = 0.2
BUDGET_EVIDENCE = "time budget spent"


def _cut_by_the_budget(ex: ArticleState) -> None:
    """Lower the confidence of the quotations from where the time budget stopped the work (``stopped_at``): one
    left without speaker to ``BUDGET_CUT_CONFIDENCE`` with the evidence saying why, one whose speaker came by name
    only (``people.speakers.BUDGET_NAME_EVIDENCE``) to ``WEAK_LINK_CEILING``. Trial 21: a 1.24 MB record ran out of
    time in the people stage and every quotation after the stop kept its cue's 0.87 with no speaker."""
    if ex.stopped_at is None:
        return
    for q in ex.quotes:
        if q.start < ex.stopped_at:
            continue
        if q.speaker is None:
            q.confidence = min(q.confidence, BUDGET_CUT_CONFIDENCE)
            if BUDGET_EVIDENCE not in (q.evidence or ""):
                q.evidence = f"{q.evidence}; {BUDGET_EVIDENCE}" if q.evidence else BUDGET_EVIDENCE
        elif BUDGET_EVIDENCE in (q.evidence or ""):
            q.confidence = min(q.confidence, WEAK_LINK_CEILING)


def _no_surer_than_their_anchors(ex: ArticleState) -> None:
    """A quotation that took its speaker from another ("continuation", "same paragraph", "same group") is right
    only if that one is: its confidence is at most its anchor's, when both name the same person (trial 11 M1:
    continuations scored above the quotation with "said", so ``--min-confidence`` kept them and dropped it)."""
    for q in ex.quotes:  # in text order; a chain of continuations takes the least along it
        a = ex.attributions.get(q)
        anchor = a.anchor if a is not None else None
        if anchor is not None and anchor.speaker is not None and anchor.speaker is q.speaker:
            q.confidence = min(q.confidence, anchor.confidence)
