"""FastAPI dependencies: the transactional session and the calling principal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.services.auth import ANONYMOUS, Principal, authenticate


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the handler returns, rolled back when it raises."""
    async with request.app.state.sessionmaker() as session, session.begin():
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


async def get_principal(request: Request, session: SessionDep) -> Principal:
    """The caller behind ``Authorization: Bearer <key>``, or anonymous without one."""
    header = request.headers.get("authorization")
    if not header:
        return ANONYMOUS
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        from app.errors import AuthenticationError

        raise AuthenticationError("use the header Authorization: Bearer <api key>")
    return await authenticate(session=session, token=token.strip())


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]
