"""workers: extraction for the web in a pool of processes, and searches the client can walk away from.

Extraction holds the GIL for as long as it runs, so in the server's own process one large article
stalled every endpoint (issue 9). Here it runs in separate processes (``spawn``: no fork of a
threaded server), each with the pipeline loaded once and the web's budget (``WEB_BUDGET``: a
250 KB body of any shape returns in seconds). A search runs in a thread while the request
watches for the client leaving; when it leaves, the search is interrupted (``corpus.guard``).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ...pipeline.budget import Budget

# Per article, for the web: tokens and seconds that keep one request within a few seconds on one core.
WEB_BUDGET = Budget(chars=1_000_000, parse_tokens=12_000, seconds=6.0)
DISCONNECT_POLL_SECONDS = 0.1

_WORKER_PIPELINE: Any = None


def _start(budget: Budget) -> None:
    from ...corpus.lifecycle import die_with_parent
    from ...pipeline import Pipeline

    global _WORKER_PIPELINE
    die_with_parent()
    _WORKER_PIPELINE = Pipeline(budget=budget)


def _extract(
    text: str, title: str | None, date: str | None, kinds: list[str] | None, min_confidence: float | None = None
) -> dict[str, Any]:
    from ... import extract

    # The library's extract (it reads HTML as a page, validates, filters), on this worker's pipeline.
    ex = extract(text, title=title, date=date, kinds=kinds, min_confidence=min_confidence, pipeline=_WORKER_PIPELINE)
    return ex.to_dict()


class ExtractionPool:
    """A lazily started pool of extraction processes; a broken pool is replaced on the next call."""

    def __init__(self, processes: int | None = None, budget: Budget = WEB_BUDGET) -> None:
        self.processes = processes or max(1, min(2, os.cpu_count() or 1))
        self.budget = budget
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    self.processes, mp_context=ctx, initializer=_start, initargs=(self.budget,)
                )
            return self._pool

    def warm(self) -> list[Future[Any]]:
        """Start every process now (each loads the model), so the first request does not wait."""
        pool = self._executor()
        return [pool.submit(_extract, "Warm up.", None, None, None) for _ in range(self.processes)]

    async def extract(
        self,
        text: str,
        title: str | None,
        date: str | None,
        kinds: list[str] | None,
        min_confidence: float | None = None,
    ) -> dict[str, Any]:
        """The extraction as a dict, computed in a worker process; RuntimeError if the worker died,
        the library's OnrecordError for a bad input (a page without an article...)."""
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor(), _extract, text, title, date, kinds, min_confidence)
        except BrokenProcessPool as exc:
            self.close()
            raise RuntimeError("the extraction process died (out of memory?); try a shorter text") from exc

    def close(self) -> None:
        """Stop the processes now; running extractions are abandoned."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()  # shutdown() alone waits for a running extraction
            pool.shutdown(wait=False, cancel_futures=True)


async def cancellable(is_disconnected: Callable[[], Any], fn: Callable[[threading.Event], Any]) -> Any:
    """Run ``fn(cancel)`` in a thread; set ``cancel`` when the client disconnects, and return its result."""
    cancel = threading.Event()
    task = asyncio.ensure_future(asyncio.to_thread(fn, cancel))
    try:
        while not task.done():
            done, _ = await asyncio.wait({task}, timeout=DISCONNECT_POLL_SECONDS)
            if not done and await is_disconnected():
                cancel.set()
        return task.result()
    finally:
        cancel.set()  # the handler itself was cancelled: stop the search too
