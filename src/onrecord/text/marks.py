"""Quotation-mark families: which glyphs open, which close, which may do either.

Sources: Unicode's quotation-mark property (U+0022, U+2018-U+201F, U+00AB/U+00BB, U+2039/U+203A,
U+300C-U+300F) and the conventions of English news, which also writes ``...'' and 「...」 /
『...』 (CJK corner brackets, seen in English copy from Japanese and Chinese outlets).
"""

from __future__ import annotations

OPEN, CLOSE, EITHER = 1, 2, 3

# Double-quote glyphs and the direction their shape suggests.
DOUBLE: dict[str, int] = {
    "\u201c": OPEN,
    "\u201e": OPEN,
    "\u00ab": OPEN,
    "\u201f": OPEN,
    "\u201d": CLOSE,
    "\u00bb": CLOSE,
    '"': EITHER,
}
SINGLE: dict[str, int] = {"\u2018": OPEN, "\u201a": OPEN, "\u2019": CLOSE, "'": EITHER, "\u2039": OPEN, "\u203a": CLOSE}
# Bracket-shaped marks: the glyph alone says which way it faces, and each pairs only with its mate.
CORNER_PAIRS: dict[str, str] = {"\u300c": "\u300d", "\u300e": "\u300f"}
CORNER_CLOSERS: dict[str, str] = {v: k for k, v in CORNER_PAIRS.items()}
ALL_MARKS = frozenset(DOUBLE) | frozenset(SINGLE) | frozenset(CORNER_PAIRS) | frozenset(CORNER_CLOSERS)
