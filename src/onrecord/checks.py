"""Checks of the library's parameter values, one place for each rule, each failing as E030.

A message names the parameter as the library spells it (``max_chars``); the CLI shows the same error
under its flag (``--max-chars``), and the HTTP API under its query parameter, so each interface's
user reads the name they typed.
"""

from __future__ import annotations

from .errors import Err, OnrecordError

# The largest whole number SQLite stores (a signed 64-bit integer): a count or offset past it cannot reach the store.
LARGEST_COUNT = 2**63 - 1


def check_count(value: object, parameter: str, minimum: int = 1) -> int:
    """``value`` when it is a whole number of at least ``minimum`` and at most ``LARGEST_COUNT``; else
    OnrecordError E030 naming ``parameter``.

    A bool is refused (``True`` is not a count), and so is a float, even a whole one.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise OnrecordError(Err.E030, option=parameter, detail=f"{value!r} is not a whole number")
    if value < minimum:
        raise OnrecordError(Err.E030, option=parameter, detail=f"{value} is less than {minimum}")
    if value > LARGEST_COUNT:
        raise OnrecordError(Err.E030, option=parameter, detail=f"{value} is more than {LARGEST_COUNT}")
    return value


def check_optional_count(value: object, parameter: str, minimum: int = 1) -> int | None:
    """None, or ``value`` checked by ``check_count``."""
    return None if value is None else check_count(value, parameter, minimum)
