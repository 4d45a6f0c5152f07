"""The same client against uvicorn on a loopback port: real HTTP, not only ASGI calls."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
import uvicorn
from fastapi import FastAPI
from gql import Client, GraphQLRequest
from gql.transport.exceptions import TransportQueryError
from gql.transport.httpx import HTTPXAsyncTransport

from tests import factories


@pytest.fixture
async def graphql_url(app: FastAPI) -> AsyncIterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Same event loop as the test, so the app keeps using the test's rolled-back connection.
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve())
    async with asyncio.timeout(10):
        while not server.started:  # noqa: ASYNC110 - uvicorn offers a flag, not an event
            await asyncio.sleep(0.01)
    yield f"http://127.0.0.1:{port}/graphql"
    server.should_exit = True
    await task


async def test_a_page_and_a_mutation_over_http(graphql_url, session, editor_headers):
    await factories.knowledge_item(session, "Over het netwerk", publish=True)
    async with Client(transport=HTTPXAsyncTransport(url=graphql_url)) as anonymous:
        page = await anonymous.execute(GraphQLRequest("{ knowledgeItems { totalCount edges { node { title } } } }"))
        assert page == {"knowledgeItems": {"totalCount": 1, "edges": [{"node": {"title": "Over het netwerk"}}]}}
        with pytest.raises(TransportQueryError) as refused:
            await anonymous.execute(GraphQLRequest("{ knowledgeItems(first: 100000) { totalCount } }"))
        assert refused.value.errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    async with Client(transport=HTTPXAsyncTransport(url=graphql_url, headers=editor_headers)) as editor:
        result = await editor.execute(
            GraphQLRequest(
                """mutation { unpublishKnowledgeItem(slug: "over-het-netwerk") {
                     ... on KnowledgeItemPayload { knowledgeItem { status } } } }"""
            )
        )
        assert result == {"unpublishKnowledgeItem": {"knowledgeItem": {"status": "DRAFT"}}}
