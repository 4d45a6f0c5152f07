"""A real GraphQL client (gql over httpx) talking to the real app over ASGI, on the test's transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx2
import pytest
from fastapi import FastAPI
from gql import Client, GraphQLRequest
from gql.transport.exceptions import TransportQueryError
from gql.transport.httpx import HTTPXAsyncTransport
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.settings import Settings

GraphQL = Callable[..., Awaitable[dict[str, Any]]]


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> FastAPI:
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    return app


@pytest.fixture
async def graphql(app: FastAPI) -> AsyncIterator[GraphQL]:
    """``await graphql(query, variables, headers=...)``: the data, or TransportQueryError with the errors."""

    async def execute(query: str, variables: dict[str, Any] | None = None, *, headers: Any = None) -> dict[str, Any]:
        transport = HTTPXAsyncTransport(
            url="http://testserver/graphql",
            headers=headers or {},
            transport=httpx2.ASGITransport(app=app, raise_app_exceptions=False),
        )
        async with Client(transport=transport) as session:
            return await session.execute(GraphQLRequest(query, variable_values=variables))

    yield execute


async def graphql_errors(graphql: GraphQL, query: str, variables: dict[str, Any] | None = None, **kw: Any) -> list[Any]:
    """The errors a query is answered with (it must fail)."""
    with pytest.raises(TransportQueryError) as caught:
        await graphql(query, variables, **kw)
    errors = caught.value.errors
    assert errors
    return errors


def codes(errors: list[Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in errors]
