"""The per-request GraphQL context: the request's session, principal, cursor codec and dataloaders."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import orjson
import strawberry
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.fastapi import BaseContext

from app.graphql.database import Database
from app.graphql.loaders import Loaders
from app.services.auth import Principal
from app.services.pagination import CursorCodec
from app.services.site_links import SiteLinks, site_links
from app.web.deps import READ_METHODS, CurrentPrincipal, request_session


class GraphQLContext(BaseContext):
    """What every resolver sees as ``info.context``."""

    def __init__(
        self,
        *,
        session: AsyncSession,
        principal: Principal,
        cursors: CursorCodec,
        secret: str,
        links: SiteLinks,
    ) -> None:
        super().__init__()
        self.links = links  # canonical URLs (app/services/site_links.py)
        self.db = Database(session)
        self.principal = principal
        self.cursors = cursors
        self.secret = secret  # signs preview tokens (app/services/preview.py)
        self.loaders = Loaders(self.db, principal)

    def reset_loaders(self) -> None:
        """Drop cached relations after a write, so the payload shows the state just written."""
        self.loaders = Loaders(self.db, self.principal)


Info = strawberry.Info[GraphQLContext, None]


async def get_graphql_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A query reads without a transaction, as REST GETs do; a request that may hold a mutation gets one."""
    async with request_session(request, read_only=await _only_queries(request)) as session:
        yield session


async def _only_queries(request: Request) -> bool:
    """Whether the request surely runs no mutation: a GET (mutations are refused there), or a JSON body whose
    document lacks the word ``mutation`` (an operation cannot be one without it). Anything else (a persisted
    query sent by hash only, a multipart upload, a body that is not JSON) gets a transaction."""
    if request.method in READ_METHODS:
        return True
    if request.headers.get("content-type", "").partition(";")[0].strip() != "application/json":
        return False
    try:
        body = orjson.loads(await request.body())
    except orjson.JSONDecodeError:
        return False
    query = body.get("query") if isinstance(body, dict) else None
    return isinstance(query, str) and "mutation" not in query


GraphQLSession = Annotated[AsyncSession, Depends(get_graphql_session, scope="function")]


async def get_context(request: Request, session: GraphQLSession, principal: CurrentPrincipal) -> GraphQLContext:
    """The FastAPI dependency behind ``context_getter``: the same auth as REST, a session like theirs."""
    return GraphQLContext(
        session=session,
        principal=principal,
        cursors=request.app.state.cursors,
        secret=request.app.state.settings.secret_key.get_secret_value(),
        links=site_links(request.app.state.settings),
    )
