"""Hard-wrapping a text the way wire services do, keeping every offset.

``hard_wrap`` replaces the space before each word that would run past ``width`` with a line
break, so the result has the same length as the input and every span of the input indexes it
unchanged. Used to test that extraction does not depend on how a text is wrapped.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")


def hard_wrap(text: str, width: int) -> str:
    """``text`` with each line broken at spaces so no line runs past ``width`` (a longer word stays whole).

    Existing line breaks stay; ``len(hard_wrap(t, w)) == len(t)``. Raises ValueError for ``width < 1``.
    """
    if width < 1:
        raise ValueError(f"wrap width must be at least 1, not {width}")
    chars = list(text)
    line_start = 0
    for m in _WORD.finditer(text):
        newline = text.rfind("\n", line_start, m.start())
        if newline != -1:
            line_start = newline + 1
        if m.end() - line_start > width and m.start() > line_start and text[m.start() - 1] == " ":
            chars[m.start() - 1] = "\n"
            line_start = m.start()
    return "".join(chars)
