"""Growth tests (issue 9): multiplying the input by 4 must multiply the time by about 4, not 16.

Each shape is one that was super-linear before: the markup pattern (exponential), the tweet
pattern (quadratic on any line holding "(@"), Instagram captions and noise lines (a scan per
match), a run of quotation marks (spaCy's affix search), "according to " repeated (a sentence
read per match), one very long line. A ratio is measured on the best of a few timings per size,
each of enough calls to last ``FLOOR``, the sizes in turn and the garbage collector paused, and
retried when over the bound: the bound (``FACTOR * SLACK``) leaves room for a noisy 2-core CI
machine while a quadratic shape fails every try (``test_the_bound_catches_a_quadratic``).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

import pytest

from onrecord.model import Article
from onrecord.pipeline.budget import parser_copy, token_cut
from onrecord.pipeline.stages.clean import clean
from onrecord.pipeline.stages.social import find_social_posts
from onrecord.pipeline.state import ArticleState

FACTOR = 4
SLACK = 2.0  # linear: ratio ~4; allowed: 8; quadratic: ~16
FLOOR = 0.02  # seconds: a timing is of as many calls as last this long; shorter ones are noise


def call_time(fn: Callable[[str], Any], text: str) -> float:
    """Seconds one call of ``fn(text)`` takes, averaged over enough calls to last ``FLOOR`` (as timeit's
    autorange does): a timing of a few milliseconds is mostly the scheduler's noise."""
    calls, started = 0, time.perf_counter()
    while True:
        fn(text)
        calls += 1
        spent = time.perf_counter() - started
        if spent >= FLOOR:
            return spent / calls


def size_times(fn: Callable[[str], Any], small_text: str, large_text: str, repeats: int) -> tuple[float, float]:
    """The best of ``repeats`` timings of each size, taken in turn (a burst of load elsewhere then spoils
    one timing of each size, not every timing of one), with the garbage collector paused."""
    small = large = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            small = min(small, call_time(fn, small_text))
            large = min(large, call_time(fn, large_text))
    finally:
        gc.enable()
    return small, large


def assert_linear(
    fn: Callable[[str], Any], make: Callable[[int], str], n: int, repeats: int = 3, tries: int = 3
) -> None:
    """Pass when the best timings so far are within the bound after one of ``tries`` rounds: a busy
    machine can spoil a round, a quadratic shape fails them all (its ratio is ~16 every time)."""
    small_text, large_text = make(n), make(n * FACTOR)
    ratios = []
    small = large = float("inf")
    for _ in range(tries):
        small_now, large_now = size_times(fn, small_text, large_text, repeats)
        small, large = min(small, small_now), min(large, large_now)
        ratios.append(f"x{large / small:.1f} ({small:.4f} s -> {large:.4f} s)")
        if large <= small * FACTOR * SLACK:
            return
    raise AssertionError(f"x{FACTOR} input took, in {tries} tries: " + ", ".join(ratios))


def test_the_bound_catches_a_quadratic():
    # The harness must still fail a real quadratic (a scan of the text per character), noise or not.
    def quadratic(text: str) -> int:
        return sum(text.count(ch, i) for i, ch in enumerate(text))

    with pytest.raises(AssertionError, match="in 1 tries"):
        assert_linear(quadratic, lambda n: "ab" * (n // 2), 4_000, tries=1)


def run_clean(text: str) -> ArticleState:
    return clean(ArticleState(article=Article(text=text)))


def run_social(text: str) -> ArticleState:
    return find_social_posts(ArticleState(article=Article(text=text)))


STAGE_SHAPES = {
    "markup attributes, no closing bracket": (run_clean, lambda n: "<a" + ' b="x"' * n + "!", 8_000),
    "markup unquoted value run": (run_clean, lambda n: "<a b=" + "x" * (n * 8) + " " + "<a " * n, 8_000),
    "ad labels and noise lines": (run_clean, lambda n: "Advertisement\nRead more: other story\n" * n, 2_000),
    "tweet: a long line holding (@": (run_social, lambda n: "(@" + "a" * (n * 8), 16_000),
    "tweet: spaces before the dash": (run_social, lambda n: " " * (n * 8) + "- Jane (@jane) May 1, 2020", 16_000),
    "tweet: URLs without spaces": (run_social, lambda n: "http://" * n + " (@a) May 1, 2020", 16_000),
    "tweet: dashes": (run_social, lambda n: "- " * n + "(@a) May 1, 2020", 4_000),
    "instagram: many attribution lines": (
        run_social,
        lambda n: "Caption text\nA post shared by Jane (@jane)\n" * n,
        2_000,
    ),
    "parser copy: one long run": (parser_copy, lambda n: "\ud800" + '"' * (n * 8), 40_000),
    "token budget count": (lambda t: token_cut(t, 10**9), lambda n: "word, " * n, 40_000),
}


@pytest.mark.parametrize("name", list(STAGE_SHAPES))
def test_stage_growth_is_linear(name):
    fn, make, n = STAGE_SHAPES[name]
    assert_linear(fn, make, n)


PIPELINE_SHAPES = {
    "quotation marks in a row": (lambda n: '"' * n, 600),
    "according to, repeated": (lambda n: "according to " * (n // 13), 2_000),
    "one long line of words": (lambda n: "word " * (n // 5), 4_000),
    "many short reported sentences": (lambda n: "According to him, they left the room. " * (n // 38), 2_000),
}


@pytest.mark.parametrize("name", list(PIPELINE_SHAPES))
def test_pipeline_growth_is_linear(name, pipeline):
    make, n = PIPELINE_SHAPES[name]
    pipeline(Article(text="Warm up."))
    assert_linear(lambda text: pipeline(Article(text=text)), make, n, repeats=2)
