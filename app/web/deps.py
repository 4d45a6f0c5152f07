"""FastAPI dependencies of REST and GraphQL alike: the transactional session and the calling principal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import transaction, wrote
from app.errors import AuthenticationError
from app.services.auth import ANONYMOUS, Principal
from app.web.response_cache import mark_written


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the handler returns, rolled back when it raises."""
    async with transaction(request.app.state.sessionmaker) as session:
        yield session
    if wrote(session):
        mark_written(request)  # the response cache waits for this write's notifications (app/web/response_cache)


# "function" scope commits before the response is sent: a commit that fails (the database restarting)
# answers 503 instead of following a 2xx for a write that never happened.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_principal(request: Request, session: SessionDep) -> Principal:
    """The caller behind ``Authorization: Bearer <key>``, or anonymous without one."""
    header = request.headers.get("authorization")
    if not header:
        return ANONYMOUS
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationError("use the header Authorization: Bearer <api key>")
    principal: Principal = await request.app.state.api_keys.verify(session=session, token=token.strip())
    usage = getattr(request.app.state, "key_usage", None)
    if usage is not None and principal.key_id is not None:
        usage.record(principal.key_id)  # written in batches (app/web/key_usage.py), not per request
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
