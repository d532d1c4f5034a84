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
        self._patterns = frozenset(patterns)
        self._by_index = patterns
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
        self._gate = _AtomGate.of(parts, options) if self._union is not None and len(parts) > 1 else None

    def may_match(self, text: str) -> bool:
        """Whether one of the patterns may match ``text`` (True is not a promise; False is)."""
        return self.first(text) is not None

    def possible(self, text: str) -> frozenset[re.Pattern[str]]:
        """The patterns that may match ``text``: every one that does, and maybe others (empty only when none can).

        For a union of several patterns, the patterns whose atoms ``text`` holds (``_AtomGate``); for one
        pattern, it alone when ``may_match``."""
        if self._gate is None:
            return self._patterns if self.may_match(text) else frozenset()
        try:
            return frozenset(self._by_index[k] for k in self._gate.possible(text))
        except UnicodeEncodeError:
            return self._patterns  # a lone surrogate, which UTF-8 (RE2's input) cannot hold: no shortcut

    def first(self, text: str, lo: int = 0, hi: int | None = None) -> int | None:
        """The first offset in ``text[lo:hi]`` where one of the patterns may start to match, or None
        when none can match there (no pattern's match starts before it)."""
        hi = len(text) if hi is None else hi
        if self._union is None:
            return lo
        try:
            if self._gate is not None and not self._gate.may_match(text[lo:hi]):
                return None
            m = self._union.search(text[lo:hi])
        except UnicodeEncodeError:
            return lo  # a lone surrogate, which UTF-8 (RE2's input) cannot hold: no shortcut
        return None if m is None else lo + m.start()


class _AtomGate:
    """A cheaper first test for a union of several patterns: RE2's ``FilteredRE2`` (``re2.Filter``).

    RE2 reads from each loosened pattern the literal strings ("atoms") that any text it matches must
    hold (in and/or combinations: "told" and one of "magazine", "paper"), and finds them all in one
    pass of a small automaton (literals, any case). A text without a pattern's atoms cannot match it
    (the filter's contract: it only ever rules out what cannot match), so ``may_match`` is False only
    when no pattern can match. A pattern with no atom ("[A-Z]\\w+ said") is tried by itself, in a
    union of those patterns.

    Why: the medium stage's union of twenty-seven patterns builds a large automaton (90,000
    instructions) whose states are made as the text is read: 0.4 s CPU for the 15,300 sentences
    of PolNeAR dev, against 0.04 s for the atoms, which leave 2,100 of those sentences to it.
    """

    def __init__(self, atoms: Any, always: list[int], rest: Any) -> None:
        self._atoms, self._always, self._rest = atoms, frozenset(always), rest

    @classmethod
    def of(cls, parts: list[str], options: Any) -> _AtomGate | None:
        """The gate for the loosened ``parts`` (RE2 syntax), or None when it would rule nothing out."""
        try:
            atoms = re2.Filter()
            for part in parts:
                atoms.Add(part, options)
            atoms.Compile()
            always = atoms.Match("", potential=True) or []  # no atom: every text may match these
        except (re2.error, RuntimeError):
            return None
        if len(always) == len(parts):
            return None
        rest = re2.compile("|".join(parts[k] for k in always), options) if always else None
        return cls(atoms, always, rest)

    def may_match(self, text: str) -> bool:
        """False only when none of the patterns can match ``text``. Raises UnicodeEncodeError for a
        text UTF-8 cannot hold (a lone surrogate)."""
        found = self._atoms.Match(text, potential=True) or []
        if any(k not in self._always for k in found):
            return True
        return self._rest is not None and self._rest.search(text) is not None

    def possible(self, text: str) -> set[int]:
        """The indices of the patterns that may match ``text`` (a superset of those that do). Raises
        UnicodeEncodeError for a text UTF-8 cannot hold."""
        found = set(self._atoms.Match(text, potential=True) or []) - self._always
        if self._rest is not None and self._rest.search(text) is not None:
            found |= self._always
        return found


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
