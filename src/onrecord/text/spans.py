"""Which span or paragraph holds an offset, by bisection (O(log n) per look-up).

Stages ask these questions once per token or mention; a linear scan made a 1M-character article
quadratic (issue 9), so every look-up here is a binary search over sorted bounds.
"""
from __future__ import annotations

import bisect
from typing import Iterable


class SpanSet:
    """A set of half-open character spans ``[start, end)``, merged where they overlap.

    ``SpanSet([(0, 5), (3, 9)]).covers(7)`` is True; building is O(n log n), each look-up O(log n).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in spans if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, pos: int) -> bool:
        """Whether some span holds offset ``pos``."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def any_in(self, lo: int, hi: int) -> bool:
        """Whether some span starts in ``[lo, hi)``."""
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi


def paragraph_of(paragraphs: list[tuple[int, int]], pos: int, ends: list[int] | None = None) -> int:
    """Index of the first paragraph ending after ``pos`` (``len(paragraphs)`` past the last).

    ``paragraphs`` are sorted, non-overlapping ``(start, end)`` pairs; pass ``ends`` (their end
    offsets) when asking many times, so the list is not rebuilt per look-up.
    """
    if ends is None:
        ends = [hi for _, hi in paragraphs]
    return bisect.bisect_right(ends, pos)
