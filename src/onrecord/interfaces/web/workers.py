"""workers: extraction for the web in a pool of processes, and searches the client can walk away from.

Extraction holds the GIL for as long as it runs, so in the server's own process one large article
stalled every endpoint (issue 9). Here it runs in separate processes (``spawn``: no fork of a
threaded server), each with the pipeline loaded once and the web's budget (``WEB_BUDGET``); one
still running after ``HARD_SECONDS`` is killed and replaced, so a request of any shape is
answered within that. A search runs in a thread while the request
watches for the client leaving; when it leaves, the search is interrupted (``corpus.guard``).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from starlette.concurrency import run_in_threadpool

from ...pipeline.budget import Budget

# Per article, for the web: tokens and seconds that keep one request within a few seconds on one core.
WEB_BUDGET = Budget(chars=1_000_000, parse_tokens=6_000, seconds=4.0)
HARD_SECONDS = 7.0  # an extraction still running after this is stopped: its process is killed and replaced
WAIT_SECONDS = 60.0  # how long a request waits for a free extraction process
DISCONNECT_POLL_SECONDS = 0.1


class ExtractionTimeout(Exception):
    """The extraction ran over ``HARD_SECONDS`` and was stopped."""


class ExtractionFailed(Exception):
    """The extraction process died or the pipeline raised; the message says which."""


def _serve(conn: Connection, budget: Budget) -> None:
    """A worker process: load the pipeline, say so, then answer jobs until the pipe closes."""
    from ... import extract
    from ...corpus.lifecycle import die_with_parent
    from ...errors import OnrecordError
    from ...pipeline import Pipeline

    die_with_parent(pdeathsig=False)  # started from request threads: see die_with_parent
    pipeline = Pipeline(budget=budget)
    conn.send(("ready", None))
    while True:
        try:
            text, title, date, kinds, min_confidence = conn.recv()
        except (EOFError, OSError):
            return
        try:
            # The library's extract (it reads HTML as a page, validates, filters), on this worker's pipeline.
            ex = extract(text, title=title, date=date, kinds=kinds, min_confidence=min_confidence, pipeline=pipeline)
            conn.send(("ok", ex.to_dict()))
        except OnrecordError as exc:  # a bad input (a page without an article...): the request's answer
            conn.send(("input", exc))
        except Exception as exc:  # noqa: BLE001 - reported to the request, the worker lives on
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, budget: Budget) -> None:
        ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, budget), daemon=True, name="onrecord-extract")
        self.process.start()
        child.close()
        self._kill_lock = threading.Lock()
        self._killed = False

    def kill(self) -> None:
        """Stop the process and close its pipe; safe to call from several threads at once.

        The pool's closing and a reader thread that saw the pipe break may both retire one worker:
        without the guard both closed the same descriptor, and the second close raised EBADF.
        """
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
        self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):  # a reader thread may be closing it as the pipe breaks
            self.conn.close()


class ExtractionPool:
    """Extraction processes, each answering one request at a time; one that runs over
    ``hard_seconds`` is killed and replaced, so a request never waits longer than that on it.

    Thread-based (no event-loop state), so it works under any server or test client.
    """

    def __init__(
        self, processes: int | None = None, budget: Budget = WEB_BUDGET, hard_seconds: float = HARD_SECONDS
    ) -> None:
        self.processes = processes or max(1, min(2, os.cpu_count() or 1))
        self.budget = budget
        self.hard_seconds = hard_seconds
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def warm(self) -> None:
        """Start the processes now (each loads the model), so the first request does not wait for it."""
        with self._lock:
            self._closed = False
            while len(self._workers) < self.processes:
                self._spawn()

    def _spawn(self) -> None:
        worker = _Worker(self.budget)
        self._workers.add(worker)
        threading.Thread(target=self._when_ready, args=(worker,), daemon=True).start()

    def _when_ready(self, worker: _Worker) -> None:
        try:
            worker.conn.recv()  # ("ready", None) once the model is loaded
        except (EOFError, OSError):
            self._retire(worker)
            return
        self._idle.put(worker)

    def _retire(self, worker: _Worker, replace: bool = False) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            if replace and not self._closed:
                self._spawn()

    def run(
        self,
        text: str,
        title: str | None,
        date: str | None,
        kinds: list[str] | None,
        min_confidence: float | None = None,
    ) -> dict[str, Any]:
        """The extraction as a dict (blocking; call from a thread).

        Raises the library's OnrecordError for a bad input, ExtractionTimeout past ``hard_seconds``
        and ExtractionFailed when the pipeline raised, its process died or no process was free
        within ``WAIT_SECONDS``.
        """
        self.warm()
        try:
            worker = self._idle.get(timeout=WAIT_SECONDS)
        except queue.Empty as exc:
            raise ExtractionFailed(f"no extraction process was free within {WAIT_SECONDS:g} s") from exc
        try:
            worker.conn.send((text, title, date, kinds, min_confidence))
            if not worker.conn.poll(self.hard_seconds):
                self._retire(worker, replace=True)
                raise ExtractionTimeout(f"the extraction ran over {self.hard_seconds:g} s and was stopped")
            status, payload = worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._retire(worker, replace=True)
            raise ExtractionFailed("the extraction process died (out of memory?); try a shorter text") from exc
        self._idle.put(worker)
        if status == "input":
            raise payload
        if status != "ok":
            raise ExtractionFailed(payload)
        return payload  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop every process now; running extractions are abandoned."""
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.kill()


async def cancellable(is_disconnected: Callable[[], Any], fn: Callable[[threading.Event], Any]) -> Any:
    """Run ``fn(cancel)`` in a thread; set ``cancel`` when the client disconnects, and return its result."""
    cancel = threading.Event()
    task = asyncio.ensure_future(run_in_threadpool(fn, cancel))
    try:
        while not task.done():
            done, _ = await asyncio.wait({task}, timeout=DISCONNECT_POLL_SECONDS)
            if not done and await is_disconnected():
                cancel.set()
        return task.result()
    finally:
        cancel.set()  # the handler itself was cancelled: stop the search too
