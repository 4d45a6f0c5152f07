"""A worker whose event loop is blocked still stops when told to, and gets its loop back.

Everything a request does runs on the worker's one event loop; CPU-bound code that never yields (a bug,
or input nobody foresaw) holds every other request of the worker, and the signal handler that uvicorn
runs on SIGTERM only sets a flag that the blocked loop never reads. So a daemon thread watches a
heartbeat the loop beats every ``BEAT_S``:

- stalled for ``stall_s`` (``KENNISBANK_LOOP_STALL_S``): ``EventLoopStalled`` is raised in the main
  thread, which is where the loop is stuck: the request that blocked it fails (a 500, logged with the
  stack it was stuck in) and the worker serves again;
- stalled for ``grace_s`` after SIGTERM or SIGINT: ``SystemExit`` is raised there instead, so the
  process ends and its ``finally`` blocks and exit handlers still run (the embedded PostgreSQL and
  Meilisearch are stopped), rather than waiting for a SIGKILL that would skip them.

The exception is delivered with ``PyThreadState_SetAsyncExc``: the interpreter raises it at the next
bytecode the main thread runs (code stuck inside one C call is interrupted when the call returns).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

BEAT_S = 0.1


class EventLoopStalled(RuntimeError):
    """Raised in the main thread when the event loop has not run for longer than allowed."""


def _raise_in(thread_id: int, exc_type: type[BaseException]) -> bool:
    """Schedule ``exc_type`` in the thread; False if the thread is gone."""
    done = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc_type))
    return bool(done == 1)


class LoopWatchdog:
    """Watch the running loop from a thread; ``start`` on the loop, ``stop`` before it closes."""

    def __init__(self, *, stall_s: float, grace_s: float) -> None:
        self.stall_s = stall_s
        self.grace_s = grace_s
        self.beat = time.monotonic()
        self.stopping_since: float | None = None
        self.interruptions = 0
        self.armed = False  # stalls are interrupted only once serving (``arm``); SIGTERM is honoured from ``start``
        self._main = threading.main_thread().ident
        self._done = threading.Event()
        self._beater: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._previous: dict[int, Any] = {}

    def start(self) -> None:
        self.beat = time.monotonic()
        self._beater = asyncio.get_running_loop().create_task(self._beat(), name="loop-watchdog-beat")
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                previous = signal.getsignal(sig)
                self._previous[sig] = previous
                signal.signal(sig, self._signalled(previous))
        self._thread = threading.Thread(target=self._watch, name="loop-watchdog", daemon=True)
        self._thread.start()

    def arm(self) -> None:
        """Interrupt stalls from now on. Start-up is left alone: on a starved machine its imports and checks
        can hold the loop for longer than a request may, and interrupting them only fails the worker."""
        self.beat = time.monotonic()
        self.armed = True

    async def stop(self) -> None:
        self._done.set()
        for sig, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, previous)
        if self._beater is not None:
            self._beater.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._beater

    async def _beat(self) -> None:
        while True:
            self.beat = time.monotonic()
            await asyncio.sleep(BEAT_S)

    def _signalled(self, previous: Any) -> Callable[[int, FrameType | None], None]:
        def handler(signum: int, frame: FrameType | None) -> None:
            if self.stopping_since is None:
                self.stopping_since = time.monotonic()
            if callable(previous):
                previous(signum, frame)
            elif previous == signal.SIG_DFL and signum == signal.SIGINT:
                raise KeyboardInterrupt

        return handler

    def _watch(self) -> None:
        while not self._done.wait(BEAT_S):
            now = time.monotonic()
            stalled = now - self.beat
            if self.stopping_since is not None and now - self.stopping_since > self.grace_s and stalled > self.grace_s:
                self._interrupt(SystemExit, stalled, "still blocked after the shutdown grace; exiting")
                return
            if self.armed and self.stall_s > 0 and stalled > self.stall_s:
                self._interrupt(EventLoopStalled, stalled, "blocked; interrupting what holds it")
                self.beat = time.monotonic()  # one interruption per stall; the loop beats again once free

    def _interrupt(self, exc_type: type[BaseException], stalled: float, what: str) -> None:
        if self._main is None:
            return
        frame = sys._current_frames().get(self._main)
        stack = "".join(traceback.format_stack(frame)[-12:]) if frame is not None else ""
        log.error("event loop %s (no beat for %.1f s) at:\n%s", what, stalled, stack)
        if _raise_in(self._main, exc_type):
            self.interruptions += 1
