"""lifecycle: worker processes that die with their parent, and a graceful stop on SIGTERM (issue 9).

After SIGKILL or SIGTERM of ``onrecord ingest`` its extraction workers (about 164 MB each) used to
live on. Now each worker asks the kernel for SIGKILL when its parent dies (Linux ``prctl``
``PR_SET_PDEATHSIG``) and, where that is not available, a watchdog thread notices that its parent
changed and exits. SIGTERM or SIGINT (Ctrl-C) sent to the ingest itself sets a flag: the run stops
reading, finishes and commits the batches in flight, and returns, so the rerun carries on from there.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # linux/prctl.h
WATCHDOG_SECONDS = 1.0


def die_with_parent(pdeathsig: bool = True) -> None:
    """Call in a child process: it ends when the process that started it ends.

    ``pdeathsig`` asks Linux to kill the child at once when its parent dies. Linux sends that signal
    when the *thread* that started the child exits, so a child started from a short-lived thread (the
    web replaces extraction processes from request threads) must pass False and rely on the watchdog,
    which notices the parent's exit within ``WATCHDOG_SECONDS``.

    Also restores the default SIGTERM action and ignores SIGINT (a forked child inherits the
    parent's handlers; Ctrl-C reaches the whole process group and the parent decides).
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    try:
        if pdeathsig:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watchdog below does the job
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="onrecord-parent-watchdog").start()


def _watch_parent(parent: int) -> None:
    stop = threading.Event()
    while not stop.wait(WATCHDOG_SECONDS):
        if os.getppid() != parent:
            os._exit(1)


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)  # `kill PID` and Ctrl-C: both ask for the same clean stop


class StopFlag:
    """Set by SIGTERM or SIGINT (or by hand); the ingest loop polls it between records."""

    def __init__(self) -> None:
        self.signal: int | None = None

    def __bool__(self) -> bool:
        return self.signal is not None

    def set(self, signum: int = signal.SIGTERM) -> None:
        """Ask the run to stop after the batches in flight."""
        self.signal = signum


@contextmanager
def stop_on_signals() -> Iterator[StopFlag]:
    """A StopFlag that SIGTERM or SIGINT (``STOP_SIGNALS``) sets while the block runs (only in the main
    thread; elsewhere the flag is only set by hand): Ctrl-C then stops a run as cleanly as ``kill``
    does, instead of a KeyboardInterrupt wherever it lands. The previous handlers are restored afterwards."""
    flag = StopFlag()
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return
    previous = {signum: signal.signal(signum, lambda signum, frame: flag.set(signum)) for signum in STOP_SIGNALS}
    try:
        yield flag
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


stop_on_sigterm = stop_on_signals  # the earlier name (it stops on SIGINT too)
