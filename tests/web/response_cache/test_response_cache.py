"""The response cache (app/web/response_cache) against a real PostgreSQL: what it keeps, and what empties it.

Every test asserts on what the public sees, and on the ``Kennisbank-Cache: hit`` header only to show that
the stored answer was the one on offer when the change happened.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest

from app.web.response_cache.listener import ResponseCache, asyncpg_dsn
from app.web.response_cache.store import Answer

HIT = "kennisbank-cache"


async def eventually(check: Callable[[], Any], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


@pytest.fixture
async def cached(started_app, started_editor):
    """The live app once its cache listens, with one published knowledge item."""
    client = started_app.client
    cache: ResponseCache = client._transport.app.state.response_cache  # type: ignore[attr-defined]
    await eventually(lambda: cache.listening)
    created = (
        await client.post(
            "/api/v1/knowledge-items",
            headers=started_editor,
            json={"title": "Vrede en veiligheid", "kind": "report", "language": "nl", "summary": "Eerste versie"},
        )
    ).json()
    published = await client.post(f"/api/v1/knowledge-items/{created['id']}/publish", headers=started_editor)
    assert published.status_code == 200
    await eventually(lambda: not cache._settling)
    return client, cache, created


@pytest.fixture
async def outside(cached):
    """A connection of its own, for writes the app does not make (the CLI, psql, another service)."""
    client, _, _ = cached
    url = client._transport.app.state.engine.url.render_as_string(hide_password=False)
    connection = await asyncpg.connect(asyncpg_dsn(url))
    yield connection
    await connection.close()


async def get_twice(client: httpx.AsyncClient, path: str, **kwargs: Any) -> httpx.Response:
    first = await client.get(path, **kwargs)
    second = await client.get(path, **kwargs)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and first.headers["etag"] == second.headers["etag"]
    assert second.headers[HIT] == "hit"
    return second


async def test_an_anonymous_get_is_kept_and_revalidated_without_the_database(cached):
    client, _, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    assert HIT not in (await client.get(path)).headers
    kept = await get_twice(client, path)
    not_modified = await client.get(path, headers={"If-None-Match": kept.headers["etag"]})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified.headers["etag"] == kept.headers["etag"] and not_modified.headers[HIT] == "hit"
    assert "content-type" not in not_modified.headers
    other_tag = await client.get(path, headers={"If-None-Match": f'"ki{item["id"]}-v1-0000"'})
    assert other_tag.status_code == 200 and other_tag.content == kept.content
    fresh = await client.get(path, headers={"Cache-Control": "no-cache"})
    assert fresh.status_code == 200 and HIT not in fresh.headers and fresh.content == kept.content
    # The security headers and the request id are added around the cache, so hits carry them too.
    assert kept.headers["x-content-type-options"] == "nosniff" and kept.headers["x-request-id"]
    await get_twice(client, "/api/v1/knowledge-items?limit=5")


async def test_a_conditional_miss_keeps_the_answer_it_was_spared(cached):
    client, cache, item = cached
    path = f"/api/v1/knowledge-items/{item['id']}"
    etag = (await client.get(path, headers={"Cache-Control": "no-cache"})).headers["etag"]
    cache.clear()  # as another worker would be: it has never answered this
    first = await client.get(path, headers={"If-None-Match": etag})
    assert first.status_code == 304 and HIT not in first.headers
    again = await client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers[HIT] == "hit"
    whole = await client.get(path)
    assert whole.status_code == 200 and whole.headers[HIT] == "hit" and whole.json()["id"] == item["id"]
    assert whole.headers["content-type"] == "application/json" and whole.headers["etag"] == etag


async def test_a_write_through_the_api_is_seen_at_once(cached, started_editor):
    client, _, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    listing = "/api/v1/knowledge-items?limit=5"
    await get_twice(client, path)
    await get_twice(client, listing)
    etag = (await client.get(path)).headers["etag"]
    changed = await client.patch(
        f"/api/v1/knowledge-items/{item['id']}", headers=started_editor | {"If-Match": etag}, json={"title": "Nieuw"}
    )
    assert changed.status_code == 200
    after = await client.get(path)
    assert HIT not in after.headers and after.json()["title"] == "Nieuw"
    assert (await client.get(path, headers={"If-None-Match": etag})).status_code == 200
    assert [d["title"] for d in (await client.get(listing)).json()["data"]][:1] == ["Nieuw"]

    unpublished = await client.post(f"/api/v1/knowledge-items/{item['id']}/unpublish", headers=started_editor)
    assert unpublished.status_code == 200
    assert (await client.get(path)).status_code == 404
    assert item["id"] not in [d["id"] for d in (await client.get(listing)).json()["data"]]


async def test_a_write_from_outside_the_app_is_seen_within_moments(cached, outside):
    client, cache, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    await get_twice(client, path)
    await outside.execute("UPDATE knowledge_item SET title = 'Van buiten' WHERE id = $1", item["id"])
    await eventually(lambda: len(cache) == 0)
    assert (await client.get(path)).json()["title"] == "Van buiten"
    # A theme renamed elsewhere changes every record that embeds it: everything goes.
    await get_twice(client, path)
    await outside.execute("UPDATE theme SET name_nl = name_nl WHERE id = -1")  # even no row counts
    await eventually(lambda: len(cache) == 0)
    # Drafted from outside: gone for the public at once (the listing and its total too).
    listing = "/api/v1/knowledge-items?limit=5"
    before = (await get_twice(client, listing)).json()["meta"]["total"]
    # The total is remembered even when the stored answer is skipped (counting is a scan).
    assert (await client.get(listing, headers={"Cache-Control": "no-cache"})).json()["meta"]["total"] == before
    await outside.execute("UPDATE knowledge_item SET status = 'draft' WHERE id = $1", item["id"])
    await eventually(lambda: len(cache) == 0)
    assert (await client.get(path)).status_code == 404
    fresh = (await client.get(listing, headers={"Cache-Control": "no-cache"})).json()
    assert item["id"] not in [d["id"] for d in fresh["data"]] and fresh["meta"]["total"] == before - 1
    assert (await client.get(listing)).json() == fresh


async def test_a_barrier_returns_only_after_every_earlier_notification_was_heard(cached, outside):
    client, cache, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    for round_ in range(20):
        await get_twice(client, path)
        await outside.execute("UPDATE knowledge_item SET title = $2 WHERE id = $1", item["id"], f"Ronde {round_}")
        await cache.barrier()  # what the cache waits for after a write through the app
        assert len(cache) == 0
    # While a write's notifications are on their way, nothing is served or kept; the writer does not wait.
    await get_twice(client, path)
    cache.settle()
    assert HIT not in (await client.get(path)).headers
    await eventually(lambda: cache._settling == 0)  # type: ignore[attr-defined]
    await get_twice(client, path)


async def test_an_answer_expires_when_the_schedule_changes_what_is_public(cached, started_editor):
    client, cache, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    etag = (await client.get(path)).headers["etag"]
    soon = (datetime.now(UTC) + timedelta(seconds=1.5)).isoformat()
    changed = await client.patch(
        f"/api/v1/knowledge-items/{item['id']}",
        headers=started_editor | {"If-Match": etag},
        json={"unpublish_at": soon},
    )
    assert changed.status_code == 200, changed.text
    # Until this process has heard the write's notifications, nothing is kept (a loaded machine takes a while).
    await eventually(lambda: cache._settling == 0)  # type: ignore[attr-defined]
    await get_twice(client, path)
    await asyncio.sleep(1.6)
    # No write happened (the scheduler may not have run yet); the clock alone hides it.
    assert (await client.get(path)).status_code == 404


async def test_callers_with_keys_are_never_served_or_stored(cached, started_editor):
    client, _, item = cached
    body = {"title": "Concept", "kind": "report", "language": "nl"}
    draft = (await client.post("/api/v1/knowledge-items", headers=started_editor, json=body)).json()
    path = f"/api/v1/knowledge-items/{draft['id']}"
    for _ in range(2):
        seen = await client.get(path, headers=started_editor)
        assert seen.status_code == 200 and HIT not in seen.headers
    assert (await client.get(path)).status_code == 404
    public = f"/api/v1/knowledge-items/{item['slug']}"
    await get_twice(client, public)
    as_editor = await client.get(public, headers=started_editor)
    assert HIT not in as_editor.headers and as_editor.headers["cache-control"] == "private, no-store"


async def test_losing_the_notification_connection_empties_the_cache_until_it_is_back(cached, outside):
    client, cache, item = cached
    path = f"/api/v1/knowledge-items/{item['slug']}"
    await get_twice(client, path)
    terminated = await outside.fetchval(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1",
        "kennisbank-response-cache",
    )
    assert terminated == 1
    await eventually(lambda: not cache.listening or len(cache) == 0)
    assert len(cache) == 0
    # Missed while nobody listened: the cache must not answer from before.
    await outside.execute("UPDATE knowledge_item SET title = 'Tijdens de storing' WHERE id = $1", item["id"])
    assert (await client.get(path)).json()["title"] == "Tijdens de storing"
    await eventually(lambda: cache.listening, timeout_s=15)
    await get_twice(client, path)


def answer(body: bytes, *tokens: str, expires: float = float("inf")) -> Answer:
    return Answer([(b"etag", b'"x"')], body, '"x"', tokens, expires, None)


def key(path: str) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    return (path.encode(), b"", b"testserver", b"http", b"")


def test_an_answer_made_while_a_change_arrived_is_not_kept() -> None:
    cache = ResponseCache(max_bytes=1 << 20)
    cache.listening = True
    started = cache.generation
    cache.changed("knowledge_item:7")
    assert not cache.put(key("/a"), answer(b"old", "knowledge_item:7"), generation=started)
    assert cache.put(key("/a"), answer(b"new", "knowledge_item:7"), generation=cache.generation)
    cache.changed("position_paper:7")
    assert cache.get(key("/a")) is not None
    cache.changed("knowledge_item:7")
    assert cache.get(key("/a")) is None


def test_the_cache_keeps_to_its_size_and_drops_the_least_recently_used() -> None:
    cache = ResponseCache(max_bytes=3 * (1000 + 64 + 200))
    cache.listening = True
    for name in ("a", "b", "c"):
        assert cache.put(key(name), answer(b"x" * 1000, "knowledge_item"), generation=cache.generation)
    assert cache.get(key("a")) is not None  # now b is the least recently used
    cache.put(key("d"), answer(b"x" * 1000, "knowledge_item"), generation=cache.generation)
    assert cache.get(key("b")) is None and cache.get(key("a")) is not None and len(cache) == 3
    assert cache.size <= cache.max_bytes
    cache.changed("knowledge_item:1")  # a list token: every list of the type goes
    assert len(cache) == 0 and cache.size == 0
    assert cache.put(key("e"), answer(b"e", expires=time.monotonic() - 1), generation=cache.generation)
    assert cache.get(key("e")) is None and cache.size == 0
    cache.listening = False
    assert not cache.put(key("f"), answer(b"f"), generation=cache.generation)


PAGE = "{ knowledgeItems(first: 5) { edges { node { slug title themes { slug } } } } }"


async def test_an_anonymous_graphql_query_is_kept_until_anything_changes(cached, started_editor):
    client, _, item = cached
    body = {"query": PAGE}
    first = await client.post("/graphql", json=body)
    kept = await client.post("/graphql", json=body)
    assert first.status_code == kept.status_code == 200 and first.content == kept.content
    assert HIT not in first.headers and kept.headers[HIT] == "hit"
    assert item["slug"] in [e["node"]["slug"] for e in kept.json()["data"]["knowledgeItems"]["edges"]]
    # Another query (or the same one named differently) is another answer.
    other = await client.post("/graphql", json={"query": PAGE.replace("first: 5", "first: 4")})
    assert HIT not in other.headers
    # A write anywhere drops every GraphQL answer.
    etag = (await client.get(f"/api/v1/knowledge-items/{item['id']}", headers=started_editor)).headers["etag"]
    await client.patch(
        f"/api/v1/knowledge-items/{item['id']}", headers=started_editor | {"If-Match": etag}, json={"title": "GraphQL"}
    )
    after = await client.post("/graphql", json=body)
    assert HIT not in after.headers
    assert "GraphQL" in [e["node"]["title"] for e in after.json()["data"]["knowledgeItems"]["edges"]]


async def test_graphql_searches_mutations_errors_and_keys_are_never_kept(cached, started_editor):
    client, cache, _ = cached
    refused = {
        "search": {"query": '{ search(query: "vrede") { edges { node { __typename } } } }'},
        # Refused to an anonymous caller as a typed result, so the answer has no "errors".
        "mutation": {
            "query": 'mutation { createKnowledgeItem(input: {title: "x", kind: REPORT, language: NL}) { __typename } }'
        },
        "error": {"query": "{ knowledgeItems(first: 5) { nope } }"},
        "batch": [{"query": PAGE}],
    }
    for name, body in refused.items():
        for _ in range(2):
            answer = await client.post("/graphql", json=body)
            assert HIT not in answer.headers, name
    for _ in range(2):
        as_editor = await client.post("/graphql", json={"query": PAGE}, headers=started_editor)
        assert as_editor.status_code == 200 and HIT not in as_editor.headers
    assert len(cache) == 0
