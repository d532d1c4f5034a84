"""The FastAPI application: a JSON API with OpenAPI docs and server-rendered pages.

Every handler is a thin wrapper over ``onrecord.extract`` or ``onrecord.query``.
Article text is untrusted: templates autoescape everything, links are only
rendered for http(s) URLs, a Content-Security-Policy forbids inline script,
request bodies are limited (413 beyond), queries use parameters only and a
read-only connection.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...corpus.store import connect
from ...errors import Err, OnrecordError
from .api import PAGE_SIZE, ExtractRequest, api_router  # noqa: F401 - ExtractRequest, PAGE_SIZE: kept importable here
from .context import HERE, Web
from .edits_api import STATUS, edits_router  # noqa: F401 - STATUS: the one status table
from .pages import pages_router
from .validation import FASTAPI_BODY_UNREADABLE, body_unreadable_line, validation_line, value_line
from .workers import ExtractionPool

DEFAULT_MAX_BODY = 2 * 1024 * 1024
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


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
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
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

    with contextlib.suppress(TimeoutError):  # a client that never finishes sending gets its answer anyway
        await asyncio.wait_for(loop(), DRAIN_SECONDS)


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


def create_app(
    db: str | None = None, max_body: int = DEFAULT_MAX_BODY, extract_processes: int | None = None
) -> FastAPI:
    """The app over the store at ``db`` (None: Analyse and /api/extract only), wrapped in ``BodyLimit``;
    extraction runs in ``extract_processes`` worker processes (default: up to 2). The handlers live
    in api.py, pages.py and edits_api.py. Raises OnrecordError E015 at start for a store that
    cannot be opened, E038 for a ``db`` that does not exist (a mistyped path would serve an empty site)."""
    import fastapi_offline

    if db is not None and not Path(db).exists():
        raise OnrecordError(Err.E038, source=db)

    pool = ExtractionPool(extract_processes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool.warm()  # the workers load the model while the server starts answering
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(
        title="onrecord",
        description="Who said what, about whom, where and when, in news text.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.extraction_pool = pool
    web = Web(db, pool)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    # /docs is served from the files the pinned fastapi-offline package ships (Swagger UI), not a CDN:
    # it works offline and under the CSP (our own page and init script, no inline script).
    swagger_ui_path = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/vendor/swagger-ui", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
    app.include_router(api_router(web))
    app.include_router(edits_router(db))
    app.include_router(pages_router(web))
    if db is not None and Path(db).exists():
        connect(db, readonly=True).close()  # fail at start, clearly, on a bad store

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api/"):  # one catalogue line, as every other API error (trial 5, F18)
            route = request.scope.get("route")
            line = validation_line(list(exc.errors()), route, request.headers.get("content-type", ""))
            return JSONResponse({"detail": line}, status_code=422)
        # A page asked for with a malformed id or parameter: an HTML page that says which and what it accepts
        # (trial 12 F17: it showed pydantic's "unable to parse string as an integer"), not raw JSON.
        route = request.scope.get("route")
        where = "; ".join(value_line(e, [str(p) for p in e.get("loc", ())], route) for e in exc.errors())
        status = 404 if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()) else 400
        detail = f"No such page: {request.url.path} ({where})." if status == 404 else f"Bad request: {where}."
        return web.page(request, "error.html", status_code=status, status=status, detail=detail)

    # Starlette's class, which FastAPI's subclasses: FastAPI raises Starlette's own for a body it cannot decode.
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api/"):
            if exc.status_code == 400 and exc.detail == FASTAPI_BODY_UNREADABLE:
                # A JSON body that is not UTF-8 (a binary file sent as JSON; trial 12 F17): one catalogue line.
                line = body_unreadable_line(request.scope.get("route"))
                return JSONResponse({"detail": line}, status_code=422)
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return web.page(request, "error.html", status_code=exc.status_code, status=exc.status_code, detail=exc.detail)

    wrapped = BodyLimit(app, max_body)
    wrapped.fastapi = app  # type: ignore[attr-defined]  (tests reach the FastAPI object)
    return wrapped  # type: ignore[return-value]
