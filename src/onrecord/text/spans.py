"""Character spans: (start, end) pairs of offsets into a text, end exclusive.

Which span or paragraph holds an offset is answered by bisection (O(log n) per look-up): stages ask
once per token or mention, and a linear scan made a 1M-character article quadratic (issue 9).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past white space at both ends; ``start == end`` when only space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` with spaces in place, keeping line breaks (lengths never change)."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


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
