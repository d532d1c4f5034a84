"""The FastAPI application: a JSON API with OpenAPI docs and server-rendered pages.

Every handler is a thin wrapper over ``onrecord.extract`` or ``onrecord.query``.
Article text is untrusted: templates autoescape everything, links are only
rendered for http(s) URLs, a Content-Security-Policy forbids inline script,
request bodies are limited (413 beyond), queries use parameters only and a
read-only connection.
"""
from __future__ import annotations

import sqlite3
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Form, HTTPException, Query, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ...corpus import query
from ...corpus.guard import SEARCH_SECONDS, time_limit
from ...errors import OnrecordError
from ...corpus.store import connect
from . import render
from .edits_api import STATUS, edits_router, status_error  # noqa: F401 - STATUS: the one status table
from .workers import ExtractionFailed, ExtractionPool, ExtractionTimeout, cancellable

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 2 * 1024 * 1024
PAGE_SIZE = 25
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class ExtractRequest(BaseModel):
    """The body of POST /api/extract: the arguments of ``onrecord.extract``."""

    text: str = Field(..., description="The article text, exactly as it should be indexed")
    title: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    kinds: list[str] | None = Field(None, description="Quote kinds to return: direct, partial, indirect (default all)")
    min_confidence: float | None = Field(None, description="Only quotes at least this confident (0 to 1)")


class BodyLimit:
    """ASGI middleware: refuse request bodies over the limit with 413, declared or streamed.

    The body is read (and dropped) before the 413 is sent, up to ``DRAIN_BYTES``, so a client
    that sends its whole body first (Python's http clients do) sees the 413 rather than a reset
    connection. A body without a declared length (chunked) is read up to the limit before the
    application sees it; beyond the limit it gets 413, not a parse error.
    """

    def __init__(self, app: Callable[..., Any], limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _drain(receive)
            await self._reject(send)
            return
        if declared is None and b"chunked" in headers.get(b"transfer-encoding", b"").lower():
            body, more = await _read_up_to(receive, self.limit)
            if more:
                await _drain(receive)
                await self._reject(send)
                return
            await self.app(scope, _replay(body, receive), send)
            return
        seen = 0

        async def limited_receive() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await self._reject(send)

    async def _reject(self, send: Callable[..., Any]) -> None:
        body = f'{{"detail": "request body over the limit of {self.limit} bytes"}}'.encode()
        await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


DRAIN_BYTES = 64 * 1024 * 1024  # read at most this much of a refused body before answering
DRAIN_SECONDS = 10.0


async def _read_up_to(receive: Callable[..., Any], limit: int) -> tuple[bytes, bool]:
    """The body, up to ``limit`` bytes, and whether there was more."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts), False
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts), False


async def _drain(receive: Callable[..., Any]) -> None:
    """Read and drop the rest of a body, within DRAIN_BYTES and DRAIN_SECONDS."""
    import asyncio

    async def loop() -> None:
        size = 0
        while size <= DRAIN_BYTES:
            message = await receive()
            if message["type"] != "http.request":
                return
            size += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    try:
        await asyncio.wait_for(loop(), DRAIN_SECONDS)
    except asyncio.TimeoutError:
        pass


def _replay(body: bytes, receive: Callable[..., Any]) -> Callable[..., Any]:
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # later calls: the disconnect, when it comes

    return replay


class _TooLarge(Exception):
    pass


def create_app(db: str | None = None, max_body: int = DEFAULT_MAX_BODY, extract_processes: int | None = None) -> FastAPI:
    """The app over the store at ``db`` (None: Analyse and /api/extract only), wrapped in ``BodyLimit``;
    extraction runs in ``extract_processes`` worker processes (default: up to 2).

    Raises OnrecordError E015 at start for a store that cannot be opened. (Still one long function of
    nested handlers: splitting it into routers is the next step now that the hardening work on
    /api/extract has landed; the corrections and watches API already lives in edits_api.)
    """
    import fastapi_offline

    # /docs is served from the files the pinned fastapi-offline package ships (Swagger UI), not a CDN:
    # it works offline and under the CSP (our own page and init script, no inline script).
    swagger_ui_path = Path(fastapi_offline.__file__).parent / "static"
    pool = ExtractionPool(extract_processes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.warm()  # the workers load the model while the server starts answering
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(title="onrecord", description="Who said what, about whom, where and when, in news text.", version="0.1.0", lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.extraction_pool = pool
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["safe_url"] = render.safe_url  # only http(s) links, whatever a row holds
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.mount("/vendor/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.include_router(edits_router(db))
    if db is not None and Path(db).exists():
        connect(db, readonly=True).close()  # fail at start, clearly, on a bad store

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    local = threading.local()

    class _Reusable:
        """A read-only connection kept per worker thread; close() is a no-op so handlers stay simple."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def __getattr__(self, name: str) -> Any:
            return getattr(self._conn, name)

        def close(self) -> None:
            pass

    def ro() -> Any:
        if db is None:
            raise HTTPException(404, "no corpus: start the server with --db FILE")
        conn = getattr(local, "conn", None)
        if conn is None:
            try:
                conn = _Reusable(connect(db, readonly=True))
            except OnrecordError as exc:
                raise HTTPException(503, str(exc)) from exc
            local.conn = conn
        return conn

    async def run_extract(
        text: str, title: str | None, date: str | None, kinds: list[str] | None = None, min_confidence: float | None = None
    ) -> dict[str, Any]:
        from ... import check_confidence, check_kinds

        if not text.strip():
            raise HTTPException(422, "the text is empty")
        try:
            check_kinds(kinds)  # the library validates; checked here too so a bad request never reaches a worker
            check_confidence(min_confidence)
            return await run_in_threadpool(pool.run, text, title, date, kinds, min_confidence)
        except OnrecordError as exc:  # raised in the worker by onrecord.extract (a page without an article...)
            raise status_error(exc) from exc
        except ExtractionTimeout as exc:
            raise HTTPException(503, str(exc)) from exc
        except ExtractionFailed as exc:
            raise HTTPException(500, str(exc)) from exc

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"has_db": db is not None, **context}, status_code=status_code)

    # -- JSON API ------------------------------------------------------------------------
    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "docs.html", {})

    @app.post("/api/extract", tags=["api"], summary="Extract quotes from one article (the JSON of `onrecord extract`)")
    async def api_extract(body: ExtractRequest) -> dict[str, Any]:
        return await run_extract(body.text, body.title, body.date, body.kinds, body.min_confidence)

    @app.get("/api/quotes", tags=["api"], summary="Search stored quotes")
    async def api_quotes(
        request: Request,
        q: str = "", speaker: str | None = None, since: str | None = None, until: str | None = None,
        outlet: str | None = None, medium: str | None = None, kind: str | None = None, min_confidence: float | None = None,
        page: int = Query(1, ge=1, le=10_000),
    ) -> dict[str, Any]:
        def run(cancel: threading.Event) -> list[dict[str, Any]]:
            conn = ro()
            try:
                with time_limit(conn, SEARCH_SECONDS, cancel):
                    return query.search(conn, q, speaker=speaker, since=since, until=until, outlet=outlet, medium=medium, kind=kind,
                                        min_confidence=min_confidence, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
            except OnrecordError as exc:
                raise status_error(exc) from exc
            finally:
                conn.close()

        rows = await cancellable(request.is_disconnected, run)
        return {"page": page, "page_size": PAGE_SIZE, "results": rows}

    @app.get("/api/people", tags=["api"], summary="The most quoted people")
    def api_people(top: int = Query(50, ge=1, le=1000)) -> list[dict[str, Any]]:
        conn = ro()
        try:
            return query.people(conn, top)
        finally:
            conn.close()

    @app.get("/api/people/{person_id}", tags=["api"], summary="A person and their timeline")
    def api_person(person_id: int, min_confidence: float | None = None) -> dict[str, Any]:
        return _or_404(lambda c: query.person(c, str(person_id), min_confidence=min_confidence))

    @app.get("/api/quotes/{quote_id}", tags=["api"], summary="A quote and every version of it (its cluster)")
    def api_quote(quote_id: int) -> dict[str, Any]:
        return _or_404(lambda c: query.quote(c, quote_id))

    @app.get("/api/clusters/{cluster_id}", tags=["api"], summary="A quote cluster: first seen, variants, altered words")
    def api_cluster(cluster_id: int) -> dict[str, Any]:
        return _or_404(lambda c: query.cluster(c, cluster_id))

    @app.get("/api/articles/{article_id}", tags=["api"], summary="A stored article with its quotes, people and posts")
    def api_article(article_id: int) -> dict[str, Any]:
        return _or_404(lambda c: query.article(c, article_id))

    def _or_404(fn: Callable[[sqlite3.Connection], dict[str, Any]]) -> dict[str, Any]:
        conn = ro()
        try:
            return fn(conn)
        except OnrecordError as exc:
            raise status_error(exc) from exc
        finally:
            conn.close()

    # -- pages -----------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request) -> HTMLResponse:
        return page(request, "analyse.html")

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    async def analyse(request: Request, text: str = Form(""), title: str = Form(""), date: str = Form(""), upload: UploadFile | None = None) -> HTMLResponse:
        if upload is not None and upload.filename:
            raw = await upload.read()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                return page(request, "analyse.html", error=f"{upload.filename}: the file is not UTF-8 text", status_code=400)
        if not text.strip():
            return page(request, "analyse.html", error="Paste an article or choose a file first.")
        text = text.replace("\r\n", "\n")  # browsers send a textarea's lines with CRLF
        try:
            result = await run_extract(text, title or None, date or None)
        except HTTPException as exc:
            return page(request, "analyse.html", error=str(exc.detail), status_code=exc.status_code)
        text = result.get("text", text)  # a page: the offsets index the article text read from it
        view = render.from_extraction(result)
        return page(request, "article.html", view=view, text=text, segments=render.segments(text, view["quotes"]), colours=render.speaker_colours(view["quotes"]), stored=False)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request, q: str = "", speaker: str = "", since: str = "", until: str = "", outlet: str = "", medium: str = "", kind: str = "",
        min_confidence: str = "", page_no: int = Query(1, alias="page", ge=1, le=10_000),
    ) -> HTMLResponse:
        rows: list[dict[str, Any]] = []
        error = None
        searched = any([q, speaker, since, until, outlet, medium, kind, min_confidence])
        if searched and db is not None:
            conn = ro()
            try:
                floor = float(min_confidence) if min_confidence else None
                rows = query.search(conn, q, speaker=speaker or None, since=since or None, until=until or None, outlet=outlet or None, medium=medium or None,
                                    kind=kind or None, min_confidence=floor, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
            except ValueError:
                error = f"min confidence: '{min_confidence}' is not a number between 0 and 1"
            except OnrecordError as exc:
                error = str(exc)
            finally:
                conn.close()
        form = {"q": q, "speaker": speaker, "since": since, "until": until, "outlet": outlet, "medium": medium, "kind": kind, "min_confidence": min_confidence}
        return page(request, "search.html", rows=rows, form=form, searched=searched and not error, page_no=page_no, page_size=PAGE_SIZE, error=error, media=query.MEDIA)

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request) -> HTMLResponse:
        conn = ro()
        try:
            rows = query.people(conn, 100)
        finally:
            conn.close()
        return page(request, "people.html", rows=rows)

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: int) -> HTMLResponse:
        p = _or_404(lambda c: query.person(c, str(person_id)))
        return page(request, "person.html", person=p, chart=render.timeline(p["timeline"]))

    @app.get("/quotes/{quote_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote_page(request: Request, quote_id: int) -> HTMLResponse:
        c = _or_404(lambda conn: query.quote(conn, quote_id))
        for v in c["variants"]:
            v["url"] = render.safe_url(v.get("url"))
        return page(request, "quote.html", cluster=c, quote_id=quote_id)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: int) -> HTMLResponse:
        a = _or_404(lambda c: query.article(c, article_id))
        view = render.from_stored(a)
        return page(request, "article.html", view=view, text=a["text"], segments=render.segments(a["text"], view["quotes"]), colours=render.speaker_colours(view["quotes"]), stored=True)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        # A page asked for with a malformed id or parameter: an HTML page that says which, not raw JSON.
        where = ", ".join(f"{'/'.join(map(str, e.get('loc', ())[1:]))}: {e.get('msg')} (got '{e.get('input')}')" for e in exc.errors())
        status = 404 if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()) else 400
        detail = f"No such page: {request.url.path} ({where})." if status == 404 else f"Bad request: {where}."
        return templates.TemplateResponse(request, "error.html", {"status": status, "detail": detail, "has_db": db is not None}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail, "has_db": db is not None}, status_code=exc.status_code)

    wrapped = BodyLimit(app, max_body)
    wrapped.fastapi = app  # type: ignore[attr-defined]  (tests reach the FastAPI object)
    return wrapped  # type: ignore[return-value]
