"""Character spans: (start, end) pairs of offsets into a text, end exclusive."""

from __future__ import annotations

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


def any_overlap(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with any of ``spans``."""
    return any(overlaps(span, other) for other in spans)


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` with spaces in place, keeping line breaks (lengths never change)."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "
