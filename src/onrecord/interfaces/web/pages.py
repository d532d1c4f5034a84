"""The server-rendered pages: Analyse, Search, People, a person, a quote, an article."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse

from ...corpus import query
from ...errors import Err, OnrecordError
from ...io.records import decode_noted
from . import render
from .context import Web

SEARCH_FIELDS = ("q", "speaker", "since", "until", "outlet", "medium", "kind", "min_confidence")
# Rows a search page or a person's timeline shows on one screen (``?page=N`` for the next); the pages take no
# ``?limit=``. The JSON API and the CLI page their lists by ``query``'s ``*_LIMIT`` instead.
PAGE_SIZE = 25


def pages_router(web: Web) -> APIRouter:
    """Every HTML page (none in the OpenAPI schema)."""
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def analyse_form(request: Request) -> HTMLResponse:
        return web.page(request, "analyse.html")

    @router.post("/analyse", response_class=HTMLResponse)
    async def analyse(
        request: Request,
        text: str = Form(""),
        title: str = Form(""),
        date: str = Form(""),
        upload: UploadFile | None = None,
    ) -> HTMLResponse:
        notice = None
        if upload is not None and upload.filename:
            try:
                text, notice = upload_text(upload.filename, await upload.read())
            except OnrecordError as exc:
                return web.page(request, "analyse.html", error=str(exc), status_code=400)
        if not text.strip():
            return web.page(request, "analyse.html", error="Paste an article or choose a file first.")
        text = text.replace("\r\n", "\n")  # browsers send a textarea's lines with CRLF
        try:
            result = await web.extract(text, title or None, date or None)
        except HTTPException as exc:
            return web.page(request, "analyse.html", error=str(exc.detail), status_code=exc.status_code)
        text = result.get("text", text)  # a page: the offsets index the article text read from it
        return _article(web, request, render.from_extraction(result), text, stored=False, notice=notice)

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, page_no: int = Query(1, alias="page", ge=1, le=10_000)) -> HTMLResponse:
        form = {k: request.query_params.get(k, "") for k in SEARCH_FIELDS}
        unknown = [k for k in dict.fromkeys(request.query_params) if k not in (*SEARCH_FIELDS, "page")]
        if unknown:  # never answer a misspelt or API-only parameter (?limit=) with results it did not shape
            return _refuse_unknown(web, request, form, page_no, unknown)
        rows, error = _search(web, form, page_no) if any(form.values()) and web.db is not None else ([], None)
        return web.page(
            request,
            "search.html",
            rows=rows,
            form=form,
            searched=any(form.values()) and not error,
            page_no=page_no,
            page_size=PAGE_SIZE,
            error=error,
            media=query.MEDIA,
        )

    @router.get("/people", response_class=HTMLResponse)
    def people_page(request: Request) -> HTMLResponse:
        return web.page(request, "people.html", rows=web.query(lambda c: query.people(c, 100)))

    @router.get("/people/{person_id}", response_class=HTMLResponse)
    def person_page(
        request: Request, person_id: int, page_no: int = Query(1, alias="page", ge=1, le=100_000)
    ) -> HTMLResponse:
        return _person(web, request, web.query(lambda c: query.person(c, str(person_id))), page_no)

    @router.get("/quotes/{quote_id}", response_class=HTMLResponse)
    def quote_page(request: Request, quote_id: int) -> HTMLResponse:
        c = web.query(lambda conn: query.quote(conn, quote_id))
        for v in c["variants"]:
            v["url"] = render.safe_url(v.get("url"))
        return web.page(request, "quote.html", cluster=c, quote_id=quote_id)

    @router.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: int) -> HTMLResponse:
        a = web.query(lambda c: query.article(c, article_id))
        return _article(web, request, render.from_stored(a), a["text"], stored=True)

    return router


def _refuse_unknown(web: Web, request: Request, form: dict[str, str], page_no: int, unknown: list[str]) -> HTMLResponse:
    """The search page with one E030 line (422) naming the query parameters it does not take."""
    accepted = ", ".join((*SEARCH_FIELDS, "page"))
    detail = f"unknown query parameter(s) {', '.join(unknown)}; accepted: {accepted}"
    return web.page(
        request, "search.html", rows=[], form=form, searched=False, page_no=page_no, page_size=PAGE_SIZE,
        error=str(OnrecordError(Err.E030, option="/search", detail=detail)), media=query.MEDIA, status_code=422,
    )  # fmt: skip


def _person(web: Web, request: Request, p: dict[str, Any], page_no: int) -> HTMLResponse:
    """A person's page: the chart counts every quote, the table shows page ``page_no`` (``PAGE_SIZE`` a page)."""
    chart = render.timeline(p["timeline"])
    total = len(p["timeline"])
    p["timeline"] = p["timeline"][(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
    pages = max(1, -(-total // PAGE_SIZE))
    return web.page(
        request, "person.html", person=p, chart=chart, page_no=page_no, pages=pages, total=total, page_size=PAGE_SIZE
    )


def _search(web: Web, form: dict[str, str], page_no: int) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of a search form, or the one-line error to show above it."""
    try:
        floor = float(form["min_confidence"]) if form["min_confidence"] else None
    except ValueError:
        return [], f"min confidence: '{form['min_confidence']}' is not a number between 0 and 1"
    filters = {k: form[k] or None for k in ("speaker", "since", "until", "outlet", "medium", "kind")}
    conn = web.ro()
    try:
        rows = query.search(
            conn, form["q"] or None, **filters, min_confidence=floor, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE
        )
        return rows, None
    except OnrecordError as exc:
        return [], str(exc)
    finally:
        conn.close()


UPLOAD_UNPACKED_BYTES = 20 << 20  # the most a .gz upload may unpack to (a page or WARC record's cap, io/bounded.py)


def upload_text(name: str, raw: bytes) -> tuple[str, str | None]:
    """An uploaded file's text and the warning to show with it, read as the CLI reads a file (trial 8 M6:
    the page refused Windows-1252 text and .gz files that `onrecord extract` reads): a .gz is unpacked
    (at most ``UPLOAD_UNPACKED_BYTES``), then UTF-8, a byte-order mark's UTF-16/32, or Windows-1252 with
    the E049 warning. Raises OnrecordError: E002 empty, E003/E004 not text, E017 a damaged gzip, E021
    too large."""
    data = raw
    if name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as fh:
                data = fh.read(UPLOAD_UNPACKED_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise OnrecordError(Err.E017, source=name, detail=f"not a whole gzip file: {exc}") from exc
        if len(data) > UPLOAD_UNPACKED_BYTES:
            raise OnrecordError(Err.E021, source=name, detail=f"over {UPLOAD_UNPACKED_BYTES >> 20} MB unpacked")
    text, warning = decode_noted(data, name)
    return text, (str(warning) if warning is not None else None)


def _article(
    web: Web, request: Request, view: dict[str, Any], text: str, *, stored: bool, notice: str | None = None
) -> HTMLResponse:
    quotes = view["quotes"]
    return web.page(
        request,
        "article.html",
        view=view,
        text=text,
        segments=render.segments(text, quotes),
        colours=render.speaker_colours(quotes),
        stored=stored,
        notice=notice,
    )
