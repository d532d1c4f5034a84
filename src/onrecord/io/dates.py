"""Article dates: ISO 8601 calendar dates or date-times, checked before they are stored or searched.

Dates are kept as given (a string) once valid: the store compares them as strings, which orders
ISO 8601 correctly, and a malformed value ("not-a-date") would sort among real dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..errors import Err, OnrecordError

_REDUCED = re.compile(r"\A\d{4}(-(0[1-9]|1[0-2]))?\Z")  # ISO 8601 reduced precision: YYYY or YYYY-MM


def is_iso_date(value: str) -> bool:
    """True for an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS][zone])."""
    text = value.strip()
    if _REDUCED.match(text):
        return True
    if len(text) < 10 or not re.match(r"\A\d{4}-\d{2}-\d{2}", text):
        return False  # fromisoformat also takes week dates and compact forms the store cannot compare
    try:
        (date if len(text) == 10 else datetime).fromisoformat(text)
    except ValueError:
        return False
    return True


def check_date(value: object, source: str) -> str | None:
    """``value`` when it is None or a valid ISO 8601 date/date-time string (see ``is_iso_date``).

    Raises OnrecordError E037 (category "bad_input") naming ``source`` and the value otherwise.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not is_iso_date(value):
        raise OnrecordError(Err.E037, source=source, value=str(value)[:80])
    return value.strip()


def record_date(value: object, source: str) -> tuple[str | None, OnrecordError | None]:
    """A record's date for a reader: (the date, None), or (None, the E037 error) when it is not ISO 8601.

    A reader reports the error as a warning and keeps the record without its date (never drops it).
    """
    try:
        return check_date(None if value is None else str(value), source), None
    except OnrecordError as exc:
        return None, exc


# A news story is revised within days of its first publication (corrections, new developments); a page
# whose update is more than a month after it is a living page (an explainer, a live page) or one its
# site saved again (trial 4 F14: BBC "What is Nato?", first published 2012-05-10, updated 2026-04-24).
EVERGREEN_DAYS = 30
_YEAR = re.compile(r"(?<![\w/.-])(19\d\d|20\d\d)(?![\w/-])")  # a year written as a word, not in a URL or date code


def page_date(published: str | None, updated: str | None, text: str) -> tuple[str | None, str | None]:
    """The date of a page's article, from its first-published and last-updated dates (ISO 8601, as
    htmldate gives them), and why that one ("its text names 2025, so it is dated by its update") when
    the two are over ``EVERGREEN_DAYS`` apart (else None).

    The update dates the article when its text names a year after the first publication's (and not
    after the update's): that text was written, at least in part, after the page first appeared, so
    a quotation in it cannot be placed at the first date. Otherwise the first publication dates it
    (a site that saved an old story again changed nothing in it). Either way the reader warns (E048,
    naming both dates), so a user can tell a timeline rests on a choice.
    """
    if not (published and updated):
        return published or updated, None
    try:
        first, last = date.fromisoformat(published[:10]), date.fromisoformat(updated[:10])
    except ValueError:
        return published, None
    if (last - first).days <= EVERGREEN_DAYS:
        return published, None
    later = sorted({int(y) for y in _YEAR.findall(text) if first.year < int(y) <= last.year})
    if later:
        return updated, f"its text names {later[-1]}, so it is dated by its update"
    return published, "its text names no later year, so it is dated by its first publication"
