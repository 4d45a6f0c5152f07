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
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

GraphQL = Callable[..., Awaitable[dict[str, Any]]]

# The typed error results every mutation may answer with, for a mutation's selection.
RESULT_FIELDS = """
  __typename
  ... on Error { code message }
  ... on ValidationError { fields { field message } }
  ... on ConflictError { field }
  ... on VersionMismatchError { currentVersion }
"""


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


async def count(session: AsyncSession, model: Any, **where: Any) -> int:
    """How many rows of ``model`` match ``where`` (column = value)."""
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return await session.scalar(query)
