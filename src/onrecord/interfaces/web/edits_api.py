"""The HTTP API for user edits: corrections (``onrecord correct``) and saved searches
(``onrecord watch``), one endpoint per library function in ``onrecord.corpus.edits``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from ...corpus import edits, query
from ...corpus.store import connect
from ...errors import Err, OnrecordError
from .validation import ERROR_RESPONSES

# One table: the kind of trouble (errors.CATEGORY) -> HTTP status.
STATUS = {"bad_input": 422, "ambiguous": 409, "not_found": 404, "unavailable": 503, "failed": 500}


def status_error(exc: OnrecordError) -> HTTPException:
    """The library's error as an HTTP error, its status from ``STATUS``."""
    return HTTPException(STATUS.get(exc.category, 500), str(exc))


# Every list endpoint pages alike, as the CLI's --limit/--offset/--page do (``query.page_offset``).
LIMIT_DOC = "How many rows to return"
OFFSET_DOC = "Rows to skip first (0 or more); not with page"
PAGE_DOC = "The page of `limit` rows to return (1 is the first); not with offset"
MAX_PAGE_SIZE = 500  # rows of quotes one answer holds at most


def limit_doc(default: int) -> str:
    """The description of a list's ``limit`` parameter, naming its default (one of ``query``'s ``*_LIMIT``)."""
    return f"{LIMIT_DOC} (default {default}, as the CLI's --limit)"


def limit_query(default: int, most: int = MAX_PAGE_SIZE) -> Any:
    """A list endpoint's ``limit`` query parameter: 1 to ``most`` rows, ``default`` (a ``query.*_LIMIT``) unless
    given."""
    return Query(default, ge=1, le=most, description=limit_doc(default))


def skip_rows(limit: int | None, offset: int | None, page: int | None) -> int:
    """The rows to skip for ``limit``/``offset``/``page`` (``query.page_offset``); its E030 as a 422."""
    try:
        return query.page_offset(limit, offset, page)
    except OnrecordError as exc:
        raise status_error(exc) from exc


def _query_names(dependant: Any) -> list[str]:
    """The query parameter names a FastAPI endpoint (and its dependencies) declares."""
    names = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        names += _query_names(sub)
    return names


def refuse_unknown_query(request: Request) -> None:
    """A router dependency: a 422 (E030) naming any query parameter the endpoint does not take, with the
    ones it does, so that a misspelt filter (``?text=`` for ``?q=``, ``?page_size=`` for ``?limit=``) is
    never silently ignored and answered with unfiltered results (trial 4, F17)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    accepted = list(dict.fromkeys(_query_names(dependant)))
    unknown = [name for name in dict.fromkeys(request.query_params) if name not in accepted]
    if unknown:
        detail = f"unknown query parameter(s) {', '.join(unknown)}; accepted: {', '.join(accepted) or 'none'}"
        raise status_error(OnrecordError(Err.E030, option=request.url.path, detail=detail))


def run_and_close(fn: Callable[[sqlite3.Connection], Any], conn: sqlite3.Connection) -> Any:
    """``fn(conn)``, its OnrecordError as the HTTP error its category gives; ``conn`` is closed after."""
    try:
        return fn(conn)
    except OnrecordError as exc:
        raise status_error(exc) from exc
    finally:
        conn.close()


class CorrectionRequest(BaseModel):
    """The body of POST /api/corrections: the arguments of edits.merge, edits.split, edits.fix_speaker,
    edits.rename or edits.set_kind."""

    model_config = ConfigDict(extra="forbid")  # a misspelt field (quote_id for quote) is a 422 naming it

    action: str = Field(..., description="merge | split | speaker | name | kind")
    person: str | None = Field(None, description="merge, split, name, kind: the person (id or name)")
    into: str | None = Field(None, description="merge: the person they are the same as")
    quotes: list[int] | None = Field(None, description="split: ids of the quotes that are someone else's")
    name: str | None = Field(None, description="split: who said them; speaker: the quote's speaker; name: the new name")
    quote: int | None = Field(None, description="speaker: the quote id")
    kind: str | None = Field(None, description="kind: person | organisation")
    note: str | None = None


# The body fields each correction needs (``CorrectionRequest``); ``note`` is optional for all.
ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "merge": ("person", "into"),
    "split": ("person", "quotes", "name"),
    "speaker": ("quote", "name"),
    "name": ("person", "name"),
    "kind": ("person", "kind"),
}


class WatchRequest(BaseModel):
    """The body of POST /api/watches: the arguments of edits.add_watch."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field("", description="Words to watch for (search syntax)")
    speaker: str | None = None


def edits_router(db: str | None) -> APIRouter:
    """The corrections and watches endpoints over the store at ``db`` (404 for all when None)."""
    router = APIRouter(dependencies=[Depends(refuse_unknown_query)], responses=ERROR_RESPONSES)

    def run(fn: Callable[[sqlite3.Connection], Any], *, write: bool = False) -> Any:
        if db is None:
            raise status_error(OnrecordError(Err.E036, source="web"))
        try:
            conn = connect(db, create=False) if write else connect(db, readonly=True)
        except OnrecordError as exc:
            raise status_error(exc) from exc
        return run_and_close(fn, conn)

    @router.get("/api/corrections", tags=["corrections"], summary="User corrections (`onrecord correct list`)")
    def api_corrections(
        limit: int = limit_query(query.CORRECTIONS_LIMIT),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
    ) -> list[dict[str, Any]]:
        skip = skip_rows(limit, offset, page)
        return run(lambda c: edits.corrections(c, limit=limit, offset=skip))  # type: ignore[no-any-return]

    @router.post(
        "/api/corrections",
        tags=["corrections"],
        summary="Merge, split, fix a speaker, rename, set a kind (`onrecord correct`)",
    )
    def api_correct(body: CorrectionRequest) -> dict[str, Any]:
        actions: dict[str, Callable[[sqlite3.Connection], int]] = {
            "merge": lambda c: edits.merge(c, body.person or "", body.into or "", note=body.note),
            "split": lambda c: edits.split(c, body.person or "", body.quotes or [], body.name or "", note=body.note),
            "speaker": lambda c: edits.fix_speaker(c, body.quote or 0, body.name or "", note=body.note),
            "name": lambda c: edits.rename(c, body.person or "", body.name or "", note=body.note),
            "kind": lambda c: edits.set_kind(c, body.person or "", body.kind or "", note=body.note),
        }
        if body.action not in actions:
            detail = f"unknown action '{body.action}'; choose from {', '.join(actions)}"
            raise status_error(OnrecordError(Err.E030, option="action", detail=detail))
        missing = [f for f in ACTION_FIELDS[body.action] if getattr(body, f) in (None, "", [])]
        if missing:  # trial 11 L3: a missing name read as '' and was answered "'' matches 10+ people"
            detail = f"'{body.action}' needs {', '.join(ACTION_FIELDS[body.action])}; missing: {', '.join(missing)}"
            raise status_error(OnrecordError(Err.E030, option="/api/corrections", detail=detail))
        return {"id": run(actions[body.action], write=True)}

    @router.get("/api/watches", tags=["watches"], summary="Saved searches (`onrecord watch list`)")
    def api_watches(
        limit: int = limit_query(query.WATCHES_LIMIT),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
    ) -> list[dict[str, Any]]:
        skip = skip_rows(limit, offset, page)
        return run(lambda c: edits.watches(c, limit=limit, offset=skip))  # type: ignore[no-any-return]

    @router.post("/api/watches", tags=["watches"], summary="Save a search (`onrecord watch add`)")
    def api_watch_add(body: WatchRequest) -> dict[str, Any]:
        return {"id": run(lambda c: edits.add_watch(c, body.text, speaker=body.speaker), write=True)}

    @router.get("/api/watches/{watch_id}", tags=["watches"], summary="A saved search, its matches (`watch show`)")
    def api_watch(
        watch_id: int,
        limit: int = limit_query(query.WATCH_MATCHES_LIMIT),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
    ) -> dict[str, Any]:
        skip = skip_rows(limit, offset, page)
        return run(lambda c: edits.watch(c, watch_id, limit=limit, offset=skip))  # type: ignore[no-any-return]

    return router
