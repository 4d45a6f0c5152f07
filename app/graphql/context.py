"""The per-request GraphQL context: the request's session, principal, cursor codec and dataloaders."""

from __future__ import annotations

import strawberry
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.fastapi import BaseContext

from app.graphql.database import Database
from app.graphql.loaders import Loaders
from app.services.auth import Principal
from app.services.pagination import CursorCodec
from app.web.deps import CurrentPrincipal, SessionDep


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
