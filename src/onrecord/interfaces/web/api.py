"""The JSON API: one endpoint per library function (``onrecord.extract``, ``onrecord.corpus.query``)."""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ...corpus import query
from ...corpus.guard import SEARCH_SECONDS, time_limit
from ...errors import Err, OnrecordError
from ...io.records import whole_characters
from .context import Web
from .edits_api import (
    LIMIT_DOC,
    MAX_PAGE_SIZE,
    OFFSET_DOC,
    PAGE_DOC,
    limit_doc,
    limit_query,
    refuse_unknown_query,
    status_error,
)
from .edits_api import skip_rows as _skip
from .validation import ERROR_RESPONSES
from .workers import cancellable

PAGE_SIZE = query.SEARCH_LIMIT  # results a page of /api/quotes holds unless ?limit= says otherwise (as the CLI)
PEOPLE_SIZE = query.PEOPLE_LIMIT  # people /api/people lists unless ?limit= says otherwise (as the CLI)
MAX_PEOPLE = 1000


class ExtractRequest(BaseModel):
    """The body of POST /api/extract: the arguments of ``onrecord.extract``."""

    text: str = Field(..., description="The article text, exactly as it should be indexed")
    title: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    kinds: list[str] | None = Field(None, description="Quote kinds to return: direct, partial, indirect (default all)")
    min_confidence: float | None = Field(None, description="Only quotes at least this confident (0 to 1)")


async def _extract_whole(web: Web, body: ExtractRequest) -> dict[str, Any]:
    """POST /api/extract's answer. A lone surrogate escape ("\ud800") is valid JSON but no character (trial 10,
    H6: the answer was a 500): read as U+FFFD, one code point for one so offsets are kept, and said (E053)."""
    text, halves = whole_characters(body.text)
    title, in_title = whole_characters(body.title) if body.title is not None else (None, 0)
    result: dict[str, Any] = await web.extract(text, title, body.date, body.kinds, body.min_confidence)
    if halves or in_title:
        warning = OnrecordError(Err.E053, source="body", count=halves + in_title)
        result["warnings"] = [*result.get("warnings", []), str(warning)]
    return result


def api_router(web: Web) -> APIRouter:
    """/docs (offline Swagger UI) and the /api/ endpoints."""
    router = APIRouter(dependencies=[Depends(refuse_unknown_query)], responses=ERROR_RESPONSES)

    @router.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return web.templates.TemplateResponse(request, "docs.html", {})

    @router.post(
        "/api/extract", tags=["api"], summary="Extract quotes from one article (the JSON of `onrecord extract`)"
    )
    async def api_extract(body: ExtractRequest) -> dict[str, Any]:
        return await _extract_whole(web, body)

    @router.get("/api/quotes", tags=["api"], summary="Search stored quotes")
    async def api_quotes(
        request: Request,
        q: str | None = None,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        medium: str | None = None,
        kind: str | None = None,
        min_confidence: float | None = None,
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
        limit: int = limit_query(PAGE_SIZE),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
    ) -> dict[str, Any]:
        skip = _skip(limit, offset, page)

        def run(cancel: threading.Event) -> list[dict[str, Any]]:
            conn = web.ro()
            try:
                with time_limit(conn, SEARCH_SECONDS, cancel):
                    return query.search(
                        conn,
                        q,
                        speaker=speaker,
                        since=since,
                        until=until,
                        outlet=outlet,
                        medium=medium,
                        kind=kind,
                        min_confidence=min_confidence,
                        limit=limit,
                        offset=skip,
                    )
            except OnrecordError as exc:
                raise status_error(exc) from exc
            finally:
                conn.close()

        rows = await cancellable(request.is_disconnected, run)
        return {"page": page or skip // limit + 1, "page_size": limit, "offset": skip, "results": rows}

    _people_routes(router, web)

    @router.get("/api/quotes/{quote_id}", tags=["api"], summary="A quote and every version of it (its cluster)")
    def api_quote(quote_id: int) -> dict[str, Any]:
        return web.query(lambda c: query.quote(c, quote_id))  # type: ignore[no-any-return]

    @router.get(
        "/api/clusters/{cluster_id}", tags=["api"], summary="A quote cluster: first seen, variants, altered words"
    )
    def api_cluster(cluster_id: int) -> dict[str, Any]:
        return web.query(lambda c: query.cluster(c, cluster_id))  # type: ignore[no-any-return]

    @router.get(
        "/api/articles/{article_id}", tags=["api"], summary="A stored article with its quotes, people and posts"
    )
    def api_article(article_id: int) -> dict[str, Any]:
        return web.query(lambda c: query.article(c, article_id))  # type: ignore[no-any-return]

    return router


def _people_routes(router: APIRouter, web: Web) -> None:
    """/api/people and /api/people/{id} on ``router``: paged as every list is (limit, offset, page)."""

    @router.get("/api/people", tags=["api"], summary="The most quoted people")
    def api_people(
        limit: int | None = Query(None, ge=1, le=MAX_PEOPLE, description=limit_doc(PEOPLE_SIZE)),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
        top: int | None = Query(None, ge=1, le=MAX_PEOPLE, description="The old name of limit"),
    ) -> list[dict[str, Any]]:
        if limit is not None and top is not None and limit != top:
            raise status_error(OnrecordError(Err.E030, option="top", detail="top is the old name of limit; give one"))
        size = limit or top or PEOPLE_SIZE
        skip = _skip(size, offset, page)
        return web.query(lambda c: query.people(c, size, offset=skip))  # type: ignore[no-any-return]

    @router.get("/api/people/{person_id}", tags=["api"], summary="A person and their timeline")
    def api_person(
        person_id: int,
        min_confidence: float | None = None,
        limit: int | None = Query(None, ge=1, le=MAX_PAGE_SIZE, description=f"{LIMIT_DOC} (default all)"),
        offset: int | None = Query(None, ge=0, description=OFFSET_DOC),
        page: int | None = Query(None, ge=1, le=10_000, description=PAGE_DOC),
    ) -> dict[str, Any]:
        skip = _skip(limit, offset, page)
        return web.query(  # type: ignore[no-any-return]
            lambda c: query.person(c, str(person_id), min_confidence=min_confidence, limit=limit, offset=skip)
        )
