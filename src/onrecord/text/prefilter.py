"""A quick test that none of many Python regular expressions can match a text (RE2, one pass).

Searching a sentence with twenty Python patterns one after another costs twenty scans, and most
sentences match none. ``Prefilter`` compiles a looser union of the patterns for RE2 (a linear-time
automaton: one scan for all of them): lookarounds and word boundaries dropped, named groups made
plain, ``\\w``, ``\\s`` and ``\\d`` widened to their Unicode meaning. Every text that one of the
patterns matches, the union matches too (each change only widens what matches), so "the union
finds nothing" proves that no pattern matches, and only the other texts need the patterns
themselves. A pattern RE2 cannot read (a back-reference), or a text it cannot (a lone surrogate),
makes the prefilter pass everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import re2

_LOOKAROUND = ("(?!", "(?=", "(?<!", "(?<=")
_WORD = r"\p{L}\p{N}_"  # Python's \w on str: letters, digits of every script, underscore
_SPACE = r"\s\p{Z}\x{85}\x{1c}-\x{1f}\x{0b}"  # Python's \s on str (str.isspace)
_DIGIT = r"\p{Nd}"
# RE2's automaton memory for one union: the default (8 MB) runs out on the medium cues' union (twenty
# patterns, 5,000 characters) and RE2 falls back to its slow engine; 64 MB is a cap, not an allocation.
UNION_MEMORY = 64 << 20


def _group_end(pat: str, i: int) -> int:
    """The index just after the group opening at ``pat[i]`` (escapes and character classes skipped)."""
    depth, in_class = 0, False
    while i < len(pat):
        ch = pat[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _escape(esc: str, in_class: bool) -> str:
    """The RE2 form of one escape ``esc`` (two characters, or ``\\uXXXX``) that matches at least as much."""
    wide = {"w": _WORD, "s": _SPACE, "d": _DIGIT}.get(esc[1])
    if wide is not None:
        return wide if in_class else f"[{wide}]"
    if esc[1] in "bB":
        return ""  # a word boundary only narrows a match: dropped
    if esc[1] == "u":
        return r"\x{" + esc[2:] + "}"
    return esc


def loosen(pattern: str) -> str:
    """``pattern`` (Python syntax) rewritten for RE2 so that it matches wherever the original does."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            esc = pattern[i : i + 6] if pattern[i + 1 : i + 2] == "u" else pattern[i : i + 2]
            out.append(_escape(esc, in_class))
            i += len(esc)
            continue
        if not in_class and pattern.startswith(_LOOKAROUND, i):
            i = _group_end(pattern, i)  # a lookaround only narrows a match: dropped
            continue
        if not in_class and pattern.startswith("(?P<", i):
            i = pattern.index(">", i) + 1
            out.append("(?:")
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
        out.append(ch)
        i += 1
    return "".join(out)


def _flags(pattern: re.Pattern[str]) -> str:
    """RE2's inline flags for ``pattern``'s case, line and dot flags (``(?:`` when none)."""
    return "".join(f for flag, f in ((re.I, "i"), (re.M, "m"), (re.S, "s")) if pattern.flags & flag)


class Prefilter:
    """``may_match(text)``: False only when none of ``patterns`` can match ``text`` (see the module docstring)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        patterns = list(patterns)
        parts = [f"(?{_flags(p)}:{loosen(p.pattern)})" for p in patterns]
        try:
            if any(p.flags & re.X for p in patterns):
                raise re2.error("verbose patterns are not rewritten")
            options = re2.Options()
            options.max_mem = UNION_MEMORY
            options.never_capture = True  # only whether it matches is asked
            options.log_errors = False
            self._union: Any = re2.compile("|".join(parts), options)
        except re2.error:
            self._union = None  # something RE2 cannot read: no shortcut

    def may_match(self, text: str) -> bool:
        """Whether one of the patterns may match ``text`` (True is not a promise; False is)."""
        return self.first(text) is not None

    def first(self, text: str, lo: int = 0, hi: int | None = None) -> int | None:
        """The first offset in ``text[lo:hi]`` where one of the patterns may start to match, or None
        when none can match there (no pattern's match starts before it)."""
        hi = len(text) if hi is None else hi
        if self._union is None:
            return lo
        try:
            m = self._union.search(text[lo:hi])
        except UnicodeEncodeError:
            return lo  # a lone surrogate, which UTF-8 (RE2's input) cannot hold: no shortcut
        return None if m is None else lo + m.start()


def finditer(pattern: re.Pattern[str], prefilter: Prefilter, text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, the same ones, tried only where ``prefilter`` (built
    from ``pattern``) may match: the leftmost match starts at one of the prefilter's candidate offsets,
    and ``pattern.match`` at an offset sees the text around it as a search would."""
    pos = 0
    while pos <= len(text):
        start = prefilter.first(text, pos)
        if start is None:
            return
        m = pattern.match(text, start)
        if m is None:
            pos = start + 1
            continue
        if m.end() == m.start():
            yield from pattern.finditer(text, start)  # Python's own rules after an empty match
            return
        yield m
        pos = m.end()


def search(pattern: re.Pattern[str], prefilter: Prefilter, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``pattern.search(text, lo, hi)``, the same match, with the scan started where ``prefilter``
    (built from ``pattern``) first may match: Python's search from a later start sees the same text
    around it (``pos`` does not cut the string), and no match starts earlier."""
    start = prefilter.first(text, lo, hi)
    return None if start is None else pattern.search(text, start, hi)
