"""The per-request GraphQL context: the request's session, principal, cursor codec and dataloaders."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.fastapi import BaseContext

from app.graphql.loaders import Loaders
from app.services.auth import Principal
from app.services.pagination import CursorCodec
from app.web.deps import CurrentPrincipal, SessionDep

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


class GraphQLContext(BaseContext):
    """What every resolver sees as ``info.context``."""

    def __init__(self, *, session: AsyncSession, principal: Principal, cursors: CursorCodec) -> None:
        super().__init__()
        self.db = Database(session)
        self.principal = principal
        self.cursors = cursors
        self.loaders = Loaders(self.db, principal)

    def reset_loaders(self) -> None:
        """Drop cached relations after a write, so the payload shows the state just written."""
        self.loaders = Loaders(self.db, self.principal)


Info = strawberry.Info[GraphQLContext, None]


async def get_context(request: Request, session: SessionDep, principal: CurrentPrincipal) -> GraphQLContext:
    """The FastAPI dependency behind ``context_getter``: the same session and auth as REST."""
    return GraphQLContext(session=session, principal=principal, cursors=request.app.state.cursors)
