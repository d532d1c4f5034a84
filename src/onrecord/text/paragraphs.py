"""Paragraphs: the non-blank lines of a working text, and the paragraph holding an offset.

The working text (``ArticleState.clean_text`` after the layout stage) has one paragraph per
line: layout turns the line breaks of hard-wrapped text into spaces, same length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

_LINE = re.compile(r"[^\n]+")


def find_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` holding more than white space, in order."""
    return [m.span() for m in _LINE.finditer(text) if not m.group(0).isspace()]


class Paragraphs(Sequence[tuple[int, int]]):
    """An ordered list of non-overlapping paragraph spans with an O(log n) offset lookup.

    Behaves as a read-only list of ``(start, end)`` pairs, so code that indexes or iterates
    ``ex.paragraphs`` keeps working.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = [s for s, _ in self.spans]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        """The paragraphs of ``text`` (see ``find_paragraphs``)."""
        return cls(find_paragraphs(text))

    def index_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset``, or -1 when it falls between paragraphs."""
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.spans[k][1]:
            return k
        return -1

    def __getitem__(self, k):  # type: ignore[override]
        return self.spans[k]

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def __eq__(self, other: object) -> bool:
        return list(self.spans) == list(other) if isinstance(other, (list, Paragraphs)) else NotImplemented
