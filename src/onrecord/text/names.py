"""Forms of one person's name: shared by the people stage (one article) and the store (across articles)."""

from __future__ import annotations


def without_middle_initials(words: list[str]) -> list[str]:
    """A normalised name (lower-case words, full stops off) without its middle initials: ``["donald", "j",
    "trump"]`` -> ``["donald", "trump"]``. A middle initial is a single letter between the first and the last
    word; the first and the last word stay, whatever they are ("j k rowling" -> "j rowling"). News style writes
    a person's middle initial on first reference or in formal copy and leaves it out elsewhere (AP Stylebook,
    "middle initials"), so the two forms name one person unless another initial contradicts it."""
    if len(words) < 3:
        return list(words)
    return [words[0]] + [w for w in words[1:-1] if not (len(w) == 1 and w.isalpha())] + [words[-1]]


def middle_initials(words: list[str]) -> list[str]:
    """The middle initials of a normalised name (``["george", "h", "w", "bush"]`` -> ``["h", "w"]``)."""
    return [w for w in words[1:-1] if len(w) == 1 and w.isalpha()]
