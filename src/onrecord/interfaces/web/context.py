"""What every web handler shares: the store, the templates, the extraction pool, and the one way
library errors become HTTP errors (``edits_api.STATUS``)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ...corpus.store import connect
from ...errors import Err, OnrecordError
from . import render
from .edits_api import run_and_close, status_error
from .workers import ExtractionFailed, ExtractionPool, ExtractionTimeout

HERE = Path(__file__).parent


class _Reusable:
    """A read-only connection kept per worker thread; close() is a no-op so handlers stay simple."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def close(self) -> None:
        pass


class Web:
    """The web app's shared state: ``db`` (None: no corpus), ``templates``, ``pool`` (extraction)."""

    def __init__(self, db: str | None, pool: ExtractionPool) -> None:
        self.db = db
        self.pool = pool
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.filters["safe_url"] = render.safe_url  # only http(s) links, whatever a row holds
        self._local = threading.local()

    def ro(self) -> Any:
        """This thread's read-only connection to the store; 404 without a store, 503 when it fails."""
        if self.db is None:
            raise status_error(OnrecordError(Err.E036, source="web"))
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = _Reusable(connect(self.db, readonly=True))
            except OnrecordError as exc:
                raise HTTPException(503, str(exc)) from exc
            self._local.conn = conn
        return conn

    def query(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """``fn(connection)``, its OnrecordError as the HTTP error its category gives."""
        return run_and_close(fn, self.ro())

    async def extract(
        self,
        text: str,
        title: str | None,
        date: str | None,
        kinds: list[str] | None = None,
        min_confidence: float | None = None,
    ) -> dict[str, Any]:
        """``onrecord.extract(...).to_dict()`` run in a worker process; HTTP errors for bad input."""
        from ... import check_confidence, check_kinds
        from ...io.dates import check_date
        from ...io.records import refuse_control_characters

        if not text.strip():
            raise HTTPException(422, str(OnrecordError(Err.E002, source="text")))  # the request's input: 422
        try:
            refuse_control_characters(text, "text")  # binary data: E004, as the CLI and the library say
        except OnrecordError as exc:
            raise HTTPException(422, str(exc)) from exc
        try:
            check_kinds(kinds)  # the library validates; checked here too so a bad request never reaches a worker
            check_confidence(min_confidence)
            check_date(date, "date")
            return await run_in_threadpool(self.pool.run, text, title, date, kinds, min_confidence)
        except OnrecordError as exc:  # raised in the worker by onrecord.extract (a page without an article...)
            raise status_error(exc) from exc
        except ExtractionTimeout as exc:  # the worker ran over its hard limit and was replaced
            raise HTTPException(503, str(exc)) from exc
        except ExtractionFailed as exc:
            raise HTTPException(500, str(exc)) from exc

    def page(self, request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        """A template rendered with ``context`` (and whether there is a store, for the menu)."""
        return self.templates.TemplateResponse(
            request, name, {"has_db": self.db is not None, **context}, status_code=status_code
        )
