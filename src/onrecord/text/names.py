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


def of_form(name: str, heads: frozenset[str]) -> str | None:
    """The "HEAD of FIELD" form of a body's name written "FIELD HEAD": ``"Justice Department"`` ->
    ``"Department of Justice"``, ``"Homeland Security Department"`` -> ``"Department of Homeland Security"``;
    None when the last word is no head in ``heads`` (lower-case) or no field word comes before it. English names
    a public body both ways (AP Stylebook, "department"), so the two forms are one body."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in heads or not all(w[:1].isupper() for w in words[:-1]):
        return None
    return f"{words[-1]} of {' '.join(words[:-1])}"
