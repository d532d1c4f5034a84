"""The parse stage: spaCy over each article's ``parse_text``, batched over articles.

Unlike the other stages this one runs over a batch (``nlp.pipe`` is much faster over many texts
than one at a time), so it is registered ``batched``: ``parse(states, nlp, budget, batch_size)``
yields each state with ``doc`` set, in input order, while the docs are alive (once a process has
parsed ``OPEN_VOCABULARY_TOKENS`` tokens, inside spaCy's ``memory_zone``: the caller finishes each
state before asking for the next).

Long texts are parsed in paragraph-aligned chunks and joined again, so memory stays bounded and
token offsets still index the whole text; a long one is parsed piece by piece so its time budget
(``ArticleState.deadline``) is checked between pieces.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

from ...nlp import serial_blas
from ..budget import Budget, blank_from, now, parser_copy
from ..registry import register_stage
from ..state import ArticleState

CHUNK_CHARS = 100_000  # characters per parser call for a long text; spaCy's default max_length is 1,000,000
# Tokens a process parses before its batches go into spaCy memory zones. Outside a zone the words
# met stay in the vocabulary (spaCy's default, as textacy runs it); a zone drops them at its end, so a
# long run's memory stays flat, but every zone looks its words up afresh. PolNeAR dev (302 articles,
# 164,000 tokens parsed): the tokenizer took 0.9 s CPU without zones, 1.6 s with a zone per 32
# articles. 500,000 tokens leave at most that many words in the vocabulary (about 30 MB, far fewer in
# practice: 45,000 words for PolNeAR dev); the parse is the same either way.
OPEN_VOCABULARY_TOKENS = 500_000
_PARSED_OPEN: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()


# Articles each network but the parser runs at once (see ``pipeline.PARSE_BATCH``). spaCy's listeners read
# the shared tok2vec output from ``doc.tensor`` at prediction time, so components may batch differently.
NETWORK_BATCH = 4


def _network_batches(nlp: Any) -> dict[str, dict[str, int]]:
    """``component_cfg`` for ``nlp.pipe``: every component but the parser at ``NETWORK_BATCH`` documents."""
    return {name: {"batch_size": NETWORK_BATCH} for name in nlp.pipe_names if name != "parser"}


@register_stage("parse", requires=("parse_text",), assigns=("doc",), batched=True)
def parse(states: list[ArticleState], nlp: Any, budget: Budget, batch_size: int) -> Iterator[ArticleState]:
    """Yield each state of ``states`` with ``doc`` set to the parse of its ``parse_text`` (input order).

    The docs may live in ``nlp.memory_zone()`` (``OPEN_VOCABULARY_TOKENS``): use each state before
    taking the next one.
    """
    texts = [parser_copy(st.parse_text or st.clean_text) for st in states]
    used = _PARSED_OPEN.get(nlp, 0)
    zone = nlp.memory_zone() if used >= OPEN_VOCABULARY_TOKENS else contextlib.nullcontext()
    with zone:
        short = [n for n, t in enumerate(texts) if len(t) <= CHUNK_CHARS]
        with serial_blas():
            parses = nlp.pipe((texts[n] for n in short), batch_size=batch_size, component_cfg=_network_batches(nlp))
            docs: dict[int, Any] = dict(zip(short, parses, strict=False))
        for n, st in enumerate(states):
            st.start_clock()  # a short text was parsed with its batch; a long one's parse starts its own clock
            if n not in docs:
                with serial_blas():
                    docs[n] = _parse_long(nlp, budget, st, texts[n])
            st.doc = docs.pop(n)
            if used < OPEN_VOCABULARY_TOKENS:
                _PARSED_OPEN[nlp] = _PARSED_OPEN.get(nlp, 0) + len(st.doc)
            yield st


PARSE_SHARE_LEFT = 0.25  # the share of the time budget the parse leaves to the stages after it


def _parse_long(nlp: Any, budget: Budget, st: ArticleState, text: str) -> Any:
    parts = []
    for chunk_start, chunk in _offsets(chunk_text(text)):
        # The parse may take three quarters of the budget: the stages after it need the rest.
        spent = st.deadline is not None and now() > st.deadline - (budget.seconds or 0.0) * PARSE_SHARE_LEFT
        if spent and text[chunk_start:].strip():
            st.warnings.append(
                f"the time budget of {budget.seconds:g} s per article ran out at character {chunk_start:,}; "
                "the rest was not parsed: its quotations are kept, attributed only where no parse is needed"
            )
            text = blank_from(text, chunk_start)  # the rest is parsed as blank: cheap, offsets hold
            # The later stages skip the unparsed rest and finish what was parsed within the grace (ArticleState).
            st.stopped_at, st.stopped_in = chunk_start, "parse"
        parts.append(nlp(text[chunk_start : chunk_start + len(chunk)]))
    return parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def _offsets(pieces: list[str]) -> Iterator[tuple[int, str]]:
    start = 0
    for piece in pieces:
        yield start, piece
        start += len(piece)


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut text into pieces of about ``size`` characters at line breaks; ``"".join(pieces) == text``."""
    if len(text) <= size:
        return [text]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        pieces.append(text[start:end])
        start = end
    return pieces
