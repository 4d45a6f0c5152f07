"""The request's database session as GraphQL resolvers share it (one statement at a time, never cut short)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


class Database:
    """The request's one session, used by one coroutine at a time, never left mid-statement.

    GraphQL resolves sibling fields concurrently, and an AsyncSession must not run two statements at
    once; every service call from a resolver or dataloader goes through ``run``. When a field fails,
    graphql-core cancels its siblings, and a timeout cancels them all: cancelling a coroutine inside a
    statement would leave the connection busy and the transaction unable to end (the request would fail
    with "another operation is in progress"). So the work runs in a task of its own that a cancelled
    resolver stops waiting for, and ``drain`` waits for what is still running before the transaction ends.
    """

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.lock = asyncio.Lock()
        self._running: set[asyncio.Task[Any]] = set()

    async def run(self, work: Callable[..., Awaitable[T]], /, **kwargs: Any) -> T:
        task: asyncio.Task[T] = asyncio.ensure_future(self._locked(work, kwargs))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _locked(self, work: Callable[..., Awaitable[T]], kwargs: dict[str, Any]) -> T:
        async with self.lock:
            return await work(session=self.session, **kwargs)

    async def drain(self) -> None:
        """Wait for every statement still running (their results or errors are no longer wanted)."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
