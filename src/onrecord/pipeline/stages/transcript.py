"""Interview and debate transcripts: each speaker turn is a quotation of the one who takes it, without marks.

A transcript marks whose turn it is with a label before a colon at the start of a line, not with quotation
marks: ``BAIER: But they're illegal.`` / ``JAKE TAPPER: Take a listen.`` (a name in capitals), and in a printed
interview ``Q: ...`` (the interviewer's question) and ``A: ...`` (the answer). Each turn's words, from after the
colon to the end of its line, are the labelled speaker's own words. They stand in no quotation marks, so they are
recorded as kind "indirect" with the evidence ``TRANSCRIPT_RULE`` (a reader tells them from reported speech by
it): PolNeAR annotates such turns so, an attribution with the label for source and the colon for cue, and the
news gold (quotations in marks only) counts none of them as a quotation; as "direct" they were 12 false
quotations on one judged news set (2026-12-02). A turn runs on over the lines after it up to the next turn,
leaving out stage directions in brackets ("(APPLAUSE)", "(END VIDEO CLIP)"); the last turn stops at its own
line, since the writer's prose follows a quoted exchange. A quotation in marks inside a turn stays the quote
finder's; the turn is its words on either side.

The label is the speaker mention, resolved to the person the article names ("BAIER" is Bret Baier when the
article names him, else a person named "Baier"). "Q" and "A" are never people: a question is the interviewer's,
whom a printed interview does not name at the question, and it is recorded as no quotation; it ends the answer
before it. An answer ("A") is the one interviewed: the person named most often before the first turn (the
introduction that says who was interviewed), or nobody when no one is named there. Answers are recorded only
with ``ANSWERS`` on: PolNeAR dev annotates every Q and A turn of one printed interview and none of another's,
and with them on its indirect precision fell from 0.8604 to 0.8527 (recall 0.3580 to 0.3597, F1 0.5056 to
0.5060, 2026-12-02).

A line such as "WATCH: ..." or "UPDATE: ..." is no turn (``lexicon.pages.NOT_SPEAKER_LABELS``), and an
article counts as a transcript only with ``MIN_TURNS`` turns or more by ``MIN_VOICES`` labels or more: a lone
"NOTE:" line, or a list of "WASHINGTON:" items by one label, is none.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ...lexicon.pages import NOT_SPEAKER_LABELS
from ...model import Quote, Span
from .attribution.rules import Attribution

TRANSCRIPT_RULE = "transcript turn"
QUESTION_LABEL = "Q"
ANSWER_LABEL = "A"
MIN_TURNS = 3
MIN_VOICES = 2
TURN_CONFIDENCE = 0.8
ANSWERS = False  # whether a printed interview's "A:" turns are recorded (see the module docstring)
MAX_LABEL_WORDS = 4
MIN_PART_WORDS = 2  # a turn's words beside a quotation in marks: fewer are a stray "he said" or a dash
_WORD = re.compile(r"\w+")
_EDGE = frozenset(",;:.\u2014\u2013-")

# "SEN. TED CRUZ (R-TX):", "JAKE TAPPER:", "O'MALLEY:", "Q:", "A:" at the start of a line.
_TURN = re.compile(
    r"[ \t]*(?P<label>Q|A|(?:[A-Z][A-Z.'\u2019\-]*[A-Z.])(?:[ \t]+[A-Z][A-Z.'\u2019\-]*[A-Z.]){0,3})"
    r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*:[ \t]+(?=\S)"
)
# "(APPLAUSE)", "[CROSSTALK]", "….": a line with no words of the speaker's own.
_DIRECTION = re.compile(r"[ \t]*(?:[(\[][^()\[\]]*[)\]]|[.\u2026 \t]*)[ \t]*")


def _label_ok(label: str) -> bool:
    if label in (QUESTION_LABEL, ANSWER_LABEL):
        return True
    words = label.split()
    if len(words) > MAX_LABEL_WORDS or label.rstrip(".") in NOT_SPEAKER_LABELS or label in NOT_SPEAKER_LABELS:
        return False
    return sum(c.isalpha() for c in label) >= 2


def _turn_lines(text: str, paragraphs: Any) -> list[tuple[int, re.Match[str]]]:
    """(paragraph index, label match) of each line that opens with a speaker label."""
    found = []
    for k, (s, e) in enumerate(paragraphs):
        m = _TURN.match(text, s, e)
        if m is not None and m.end() < e and _label_ok(m.group("label")):
            found.append((k, m))
    return found


def _interviewee(ex: ArticleState, before: int) -> tuple[Span, int] | None:  # noqa: F821
    """The mention and head token of the person named most often before offset ``before`` (the introduction to a
    printed interview), or None when nobody is named there."""
    if ex.doc is None:
        return None
    ents = [e for e in ex.doc.ents if e.label_ == "PERSON" and e.end_char <= before]
    if not ents:
        return None
    counts = Counter(e[-1].text for e in ents)
    top, n = counts.most_common(1)[0]
    if sum(1 for c in counts.values() if c == n) > 1 and n == 1:
        return None  # names met once each: the introduction does not say who answers
    last = [e for e in ents if e[-1].text == top][-1]
    longest = max((e for e in ents if e[-1].text == top), key=lambda e: len(e))
    chosen = longest if len(longest) > len(last) else last
    return Span.of(ex.article.text, chosen.start_char, chosen.end_char), chosen[-1].i


def _around(piece: tuple[int, int], marked: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """``piece`` less the quotations in ``marked`` (a turn that quotes someone in marks is the turn's words on
    either side; the quotation is the quote finder's), each part trimmed of spaces and kept when it holds
    ``MIN_PART_WORDS`` words or more."""
    parts, s = [], piece[0]
    for a, b in sorted(marked):
        if b <= s or a >= piece[1]:
            continue
        parts.append((s, a))
        s = max(s, b)
    parts.append((s, piece[1]))
    kept = []
    for a, b in parts:
        while a < b and (text[a].isspace() or text[a] in _EDGE):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(_WORD.findall(text, a, b)) >= (MIN_PART_WORDS if len(parts) > 1 else 1):
            kept.append((a, b))
    return kept


def transcript_turns(ex: Any, marked: list[tuple[int, int]]) -> list[tuple[Quote, Attribution]]:
    """The speaker turns of a transcript in ``ex`` as quotations (kind "indirect") with their attributions (see the
    module docstring); [] when the article is no transcript. ``marked``: the spans of the quotations in marks, marks
    included, which no turn overlaps."""
    text, paragraphs = ex.clean_text, ex.paragraphs
    turns = _turn_lines(text, paragraphs)
    labels = Counter(m.group("label") for _, m in turns)
    if len(turns) < MIN_TURNS or len(labels) < MIN_VOICES:
        return []
    answerer = _interviewee(ex, paragraphs[turns[0][0]][0]) if ANSWER_LABEL in labels else None
    found: list[tuple[Quote, Attribution]] = []
    for n, (k, m) in enumerate(turns):
        label = m.group("label")
        pieces = [(m.end(), paragraphs[k][1])]
        if n + 1 < len(turns):
            for j in range(k + 1, turns[n + 1][0]):
                s, e = paragraphs[j]
                if text[s:e].strip() and not _DIRECTION.fullmatch(text, s, e):
                    pieces.append((s, e))
        colon = text.index(":", m.start("label") + len(label))
        cue = Span.of(ex.article.text, colon, colon + 1)
        if label == QUESTION_LABEL or (label == ANSWER_LABEL and not ANSWERS):
            continue  # an unnamed interviewer's question: it only ends the turn before it
        # The label is the turn's speaker mention; an answer's speaker is the one interviewed, whose head token
        # goes with it for the people stage to resolve (``SpeakerResolver.labelled``).
        mention, head = Span.of(ex.article.text, m.start("label"), m.end("label")), None
        if label == ANSWER_LABEL:
            head = answerer[1] if answerer is not None else None
        for s, e in (cut for piece in pieces for cut in _around(piece, marked, text)):
            q = Quote(
                start=s,
                end=e,
                text=ex.article.text[s:e],
                kind="indirect",
                content="clause",
                speaker_mention=mention,
                cue=cue,
                confidence=TURN_CONFIDENCE,
                evidence=TRANSCRIPT_RULE,
                paragraph=paragraphs.index_of(s) if hasattr(paragraphs, "index_of") else 0,
            )
            found.append((q, Attribution(TRANSCRIPT_RULE, mention, cue, TURN_CONFIDENCE, head_index=head)))
    return found
