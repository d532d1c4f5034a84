"""The registry of pipeline stages (in the spirit of spaCy's registered components).

A stage is a function ``ArticleState -> ArticleState`` registered under a name, declaring the
fields of the working state (``state.ArticleState``) it ``requires`` and the ones it ``assigns``
(both are required: a stage that declares nothing cannot be checked). A field of every quotation
is named ``quotes.<field>`` (``quotes.speaker``). A ``batched`` stage (the parse) takes a list of
states and more arguments; see ``stages.parse``. A pipeline is a list
of names; ``check_order`` proves, before any article is read, that every field a stage
requires was assigned by a stage before it (or is given by the input, ``INPUT_FIELDS``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

StageFunc = Callable[..., Any]  # ArticleState -> ArticleState, or for a batched stage see stages.parse

# What an ArticleState holds before any stage ran: the article as given and the kinds asked for.
INPUT_FIELDS = frozenset({"article", "kinds"})


@dataclass(frozen=True, slots=True)
class Stage:
    """A registered stage: its name, its function, the fields it requires and assigns, whether batched."""

    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    batched: bool = False

    def __call__(self, *args: Any) -> Any:
        """Run the stage: ``stage(state) -> state`` (a batched stage takes what its function takes)."""
        return self.func(*args)


STAGES: dict[str, Stage] = {}


def register_stage(
    name: str, *, requires: Iterable[str], assigns: Iterable[str], batched: bool = False
) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the stage ``name``; returns the function unchanged (a decorator).

    Raises ValueError when another function is already registered under ``name``.
    """

    def wrap(func: StageFunc) -> StageFunc:
        old = STAGES.get(name)
        if old is not None and old.func.__qualname__ != func.__qualname__:
            raise ValueError(f"a stage named {name!r} is already registered ({old.func.__module__})")
        STAGES[name] = Stage(name, func, tuple(requires), tuple(assigns), batched)
        return func

    return wrap


def check_order(names: Iterable[str], given: Iterable[str] = INPUT_FIELDS) -> None:
    """Raise ValueError naming the first stage whose requirement no earlier stage assigns.

    Also raises ValueError for an unknown stage name.
    """
    have = set(given)
    for name in names:
        stage = STAGES.get(name)
        if stage is None:
            raise ValueError(f"unknown pipeline stage {name!r}; registered: {', '.join(sorted(STAGES))}")
        missing = [f for f in stage.requires if f not in have]
        if missing:
            raise ValueError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        have.update(stage.assigns)
