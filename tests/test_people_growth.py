"""Growth: the people and medium stages stay linear in the article's length (issue 9).

A linear scan per token (``people._in_quote``, ``medium._paragraph_of``, mention look-ups) made a
1M-character article take minutes. Doubling the input may at most about double these stages' time.
"""

import time

from onrecord.model import Article
from onrecord.pipeline import STAGES
from onrecord.text.spans import SpanSet, paragraph_of

PARAGRAPH = (
    "Dana Reyes, 34, met Tom Baker in Paris on Monday. She said the trip was long.\n\n"
    '"We had a good time," Reyes said in an interview. "It was great," he told reporters.\n\n'
    'The 34-year-old said on Instagram that she would return. "Soon," she wrote.\n\n'
)


def _stage_seconds(pipeline, text: str, names=("people", "medium")) -> float:
    spent = [0.0]
    originals = {n: STAGES[n] for n in names}

    def timed(fn):
        def run(ex):
            t = time.perf_counter()
            try:
                return fn(ex)
            finally:
                spent[0] += time.perf_counter() - t

        return run

    try:
        for n in names:
            STAGES[n] = timed(originals[n])
        ex = pipeline(Article(text=text))
    finally:
        STAGES.update(originals)
    assert ex.quotes and ex.people
    return spent[0]


def test_people_and_medium_grow_linearly(pipeline):
    # Linear work doubles; quadratic work would quadruple. 3x and a second try leave room for a busy machine.
    tries = []
    for _ in range(2):
        small = _stage_seconds(pipeline, PARAGRAPH * 120)
        large = _stage_seconds(pipeline, PARAGRAPH * 240)
        tries.append((small, large))
        if large <= 3.0 * small + 0.05:
            return
    raise AssertionError(f"people+medium seconds (n, 2n): {tries}")


def test_span_set_and_paragraph_lookup():
    spans = SpanSet([(10, 20), (15, 30), (40, 45)])
    assert spans.covers(10) and spans.covers(29) and not spans.covers(30) and spans.covers(44)
    assert not spans.covers(9) and not spans.covers(35)
    assert spans.any_in(35, 41) and not spans.any_in(31, 40)
    paras = [(0, 10), (12, 20), (22, 30)]
    assert [paragraph_of(paras, p) for p in (0, 9, 10, 15, 29, 30)] == [0, 0, 1, 1, 2, 3]


def test_crash_on_short_sentence_ending_in_a_name_is_gone():
    import onrecord

    ex = onrecord.extract("Elon Musk bought Twitter")
    assert [p.name for p in ex.people] == ["Elon Musk"]
    assert ex.quotes == []
