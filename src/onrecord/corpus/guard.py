"""guard: bounds on a search, enforced where SQLite runs it (issue 9).

A long query was quadratic (1,000 terms took 30 s), kept running after the client left, and 45
of them starved every other endpoint. Now a query is refused beyond ``MAX_QUERY_CHARS``
characters or ``MAX_QUERY_TERMS`` words, and ``time_limit`` installs SQLite's progress handler
(called every ``PROGRESS_STEPS`` virtual-machine steps), which interrupts the statement when its
time is up or when the caller sets ``cancel`` (the web sets it when the client disconnects).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import Err, OnrecordError

MAX_QUERY_CHARS = 1_000
MAX_QUERY_TERMS = 64
SEARCH_SECONDS = 5.0
PROGRESS_STEPS = 10_000  # SQLite VM steps between checks: about a millisecond

_TERM = re.compile(r"\w+")
_ACTIVE: set[int] = set()  # connections under a time limit now (ids; a connection is used by one thread at a time)


def check_query(text: str | None) -> None:
    """Raise OnrecordError (E025) when a search text is over the length or term limits."""
    if not text:
        return
    if len(text) > MAX_QUERY_CHARS:
        raise OnrecordError(Err.E025, detail=f"{len(text):,} characters, over the limit of {MAX_QUERY_CHARS:,}")
    terms = sum(1 for _ in _TERM.finditer(text))
    if terms > MAX_QUERY_TERMS:
        raise OnrecordError(Err.E025, detail=f"{terms} words, over the limit of {MAX_QUERY_TERMS}")


@contextmanager
def time_limit(
    conn: sqlite3.Connection, seconds: float | None = SEARCH_SECONDS, cancel: threading.Event | None = None
) -> Iterator[None]:
    """Interrupt any statement run on ``conn`` inside the block after ``seconds`` or once ``cancel``
    is set; the interruption is raised as OnrecordError (E026). Nested on the same connection, the
    outer limit governs."""
    if id(conn) in _ACTIVE:
        yield
        return
    deadline = None if seconds is None else time.monotonic() + seconds

    def stop() -> int:
        return int((cancel is not None and cancel.is_set()) or (deadline is not None and time.monotonic() > deadline))

    conn.set_progress_handler(stop, PROGRESS_STEPS)
    _ACTIVE.add(id(conn))
    try:
        yield
    except (sqlite3.OperationalError, OnrecordError) as exc:
        if "interrupted" not in str(exc):
            raise
        why = "the client left" if cancel is not None and cancel.is_set() else f"it ran over {seconds:g} s"
        raise OnrecordError(Err.E026, detail=why) from exc
    finally:
        _ACTIVE.discard(id(conn))
        conn.set_progress_handler(None, 0)
