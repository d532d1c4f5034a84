"""A small registry of pipeline stages, so a pipeline is a list of names."""
from __future__ import annotations

from typing import Callable

from ..model import Extraction

Stage = Callable[[Extraction], Extraction]
STAGES: dict[str, Stage] = {}


def register_stage(name: str) -> Callable[[Stage], Stage]:
    def wrap(func: Stage) -> Stage:
        STAGES[name] = func
        return func

    return wrap
