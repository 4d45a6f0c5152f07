"""Cacheable reads: anonymous GET queries carry ETag/Cache-Control; APQ lets a CDN cache GETs by hash."""

from __future__ import annotations

import hashlib
import json

from gql import Client, GraphQLRequest
from gql.transport.httpx import HTTPXAsyncTransport

from tests import factories

QUERY = "{ knowledgeItems(first: 5) { edges { node { title } } } }"


async def test_an_anonymous_get_is_public_and_revalidates_with_its_etag(client, session):
    await factories.knowledge_item(session, "Openbaar", publish=True)
    first = await client.get("/graphql", params={"query": QUERY})
    assert first.status_code == 200
    assert first.json()["data"]["knowledgeItems"]["edges"] == [{"node": {"title": "Openbaar"}}]
    assert first.headers["cache-control"] == "public, max-age=60"
    etag = first.headers["etag"]
    again = await client.get("/graphql", params={"query": QUERY}, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    await factories.knowledge_item(session, "Nieuw", publish=True)
    changed = await client.get("/graphql", params={"query": QUERY}, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag


async def test_authenticated_and_failed_gets_are_not_shared(client, editor_headers):
    private = await client.get("/graphql", params={"query": QUERY}, headers=editor_headers)
    assert private.status_code == 200 and private.headers["cache-control"] == "private, no-store"
    assert "etag" not in private.headers
    failed = await client.get("/graphql", params={"query": "{ nope }"})
    assert failed.headers["cache-control"] == "private, no-store"


async def test_posts_carry_no_cache_headers(client):
    response = await client.post("/graphql", json={"query": QUERY})
    assert "etag" not in response.headers


def apq(query: str | None, digest: str) -> dict:
    body: dict = {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})}
    if query is not None:
        body["query"] = query
    return body


async def test_automatic_persisted_queries_over_get(client, session):
    await factories.knowledge_item(session, "Gehasht", publish=True)
    query = "{ knowledgeItems { totalCount } }"
    digest = hashlib.sha256(query.encode()).hexdigest()
    unknown = await client.get("/graphql", params=apq(None, digest))
    assert unknown.status_code == 200
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    registered = await client.get("/graphql", params=apq(query, digest))
    assert registered.json() == {"data": {"knowledgeItems": {"totalCount": 1}}}
    by_hash = await client.get("/graphql", params=apq(None, digest))
    assert by_hash.json() == {"data": {"knowledgeItems": {"totalCount": 1}}}
    assert by_hash.headers["etag"] == registered.headers["etag"]


async def test_a_persisted_query_with_a_wrong_hash_is_refused(client):
    response = await client.get("/graphql", params=apq("{ themes { slug } }", "0" * 64))
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


async def test_a_gql_client_registers_a_persisted_query_over_post(app):
    import httpx2

    # gql sends the query as it prints it; the hash is of the text sent.
    query = GraphQLRequest("{ themes { slug } }").payload["query"]
    digest = hashlib.sha256(query.encode()).hexdigest()
    transport = HTTPXAsyncTransport(
        url="http://testserver/graphql", transport=httpx2.ASGITransport(app=app, raise_app_exceptions=False)
    )
    request = GraphQLRequest(query, extensions={"persistedQuery": {"version": 1, "sha256Hash": digest}})
    async with Client(transport=transport) as session:
        assert await session.execute(request) == {"themes": []}
