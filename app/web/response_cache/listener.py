"""The notification connection that keeps a process's answers current, and the pause after its own writes."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from app.web.response_cache.store import AnswerStore

log = logging.getLogger(__name__)

CHANNEL = "kennisbank_changes"
PING_INTERVAL_S = 10.0
BARRIER_TIMEOUT_S = 2.0


class ResponseCache(AnswerStore):
    """The answers of one process, with the notification connection that keeps them current."""

    def __init__(self, *, max_bytes: int) -> None:
        super().__init__(max_bytes=max_bytes)
        self._connection: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        self._sync_channel = f"kennisbank_sync_{os.getpid()}_{id(self)}"
        self._barrier_ids = itertools.count(1)
        self._barriers: dict[str, list[asyncio.Future[None]]] = {}  # sent, awaiting their echo
        self._waiting: list[asyncio.Future[None]] = []  # writers for the next barrier
        self._sender: asyncio.Task[None] | None = None
        self._settlers: set[asyncio.Task[None]] = set()

    async def listen(self, dsn: str) -> None:
        """Hold the notification connection, reconnecting after a loss; the cache works only meanwhile."""
        backoff = 0.5
        while True:
            connection: asyncpg.Connection | None = None
            try:
                connection = await asyncpg.connect(
                    dsn, timeout=10, server_settings={"application_name": "kennisbank-response-cache"}
                )
                lost = asyncio.Event()
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(CHANNEL, self._on_change)
                await connection.add_listener(self._sync_channel, self._on_sync)
                self._connection = connection
                self.clear()  # whatever happened while nobody listened is unknown
                self.listening = True
                backoff = 0.5
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(lost.wait(), PING_INTERVAL_S)
                    if not lost.is_set():
                        async with self._lock:
                            await connection.execute("SELECT 1", timeout=5)
                log.warning("response cache: lost the notification connection; reconnecting")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("response cache: no notification connection (%s); retrying", exc)
            finally:
                self._stop_listening()
                if connection is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(connection.close(), 2)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)

    def _stop_listening(self) -> None:
        self.listening = False
        self._connection = None
        self.clear()
        for futures in [*self._barriers.values(), self._waiting]:
            self._release(futures)  # nothing is cached any more: nothing to wait for
        self._barriers.clear()

    def _on_change(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.changed(payload)

    def _on_sync(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self._release(self._barriers.pop(payload, []))

    async def barrier(self) -> None:
        """Return once this process has heard every notification committed before the call.

        PostgreSQL delivers notifications in commit order, so once a notification sent after the call
        comes back, every earlier one has been handled. Writers that ask meanwhile share one such
        notification (a write waits one round trip, however many there are). If it does not come back
        in time, forget everything.
        """
        if self._connection is None:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append(future)
        if self._sender is None or self._sender.done():
            self._sender = asyncio.create_task(self._send_barriers(), name="response-cache-barrier")
        try:
            await asyncio.wait_for(asyncio.shield(future), BARRIER_TIMEOUT_S)
        except TimeoutError:
            log.warning("response cache: could not confirm a write's notifications; emptying the cache")
            self.clear()

    def settle(self) -> None:
        """A write just committed here: serve and keep nothing until its notifications are heard.

        The writer does not wait (its response goes out now); reads meanwhile go to the database.
        """
        if self._connection is None:
            return
        self._settling += 1
        self.generation += 1  # answers being made now may predate the write
        task = asyncio.create_task(self._settled(), name="response-cache-settle")
        self._settlers.add(task)
        task.add_done_callback(self._settlers.discard)

    async def _settled(self) -> None:
        try:
            await self.barrier()
        finally:
            self._settling -= 1

    async def _send_barriers(self) -> None:
        """Send one barrier notification for everyone waiting; repeat while more arrive meanwhile."""
        while self._waiting:
            waiting, self._waiting = self._waiting, []
            barrier_id = str(next(self._barrier_ids))
            self._barriers[barrier_id] = waiting
            connection = self._connection
            try:
                if connection is None:
                    raise ConnectionError("not listening")
                async with self._lock:
                    await connection.execute(f"NOTIFY {self._sync_channel}, '{barrier_id}'", timeout=BARRIER_TIMEOUT_S)
            except Exception:
                self.clear()  # nothing kept: nothing stale to wait for
                self._release(self._barriers.pop(barrier_id, []))

    @staticmethod
    def _release(futures: list[asyncio.Future[None]]) -> None:
        for future in futures:
            if not future.done():
                future.set_result(None)


def asyncpg_dsn(database_url: str) -> str:
    """The SQLAlchemy URL as a plain asyncpg DSN."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@asynccontextmanager
async def response_cache_runtime(app: FastAPI, database_url: str) -> AsyncIterator[None]:
    """Listen for change notifications while the app runs (when the cache is on)."""
    cache: ResponseCache | None = app.state.response_cache
    if cache is None:
        yield
        return
    task = asyncio.create_task(cache.listen(asyncpg_dsn(database_url)), name="response-cache-listener")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
