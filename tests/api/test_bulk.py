"""Batch writes, NDJSON exports and the change feed."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy import func, select

from app.models import KnowledgeItem
from tests import factories

BATCH = "/api/v1/knowledge-items:batch"


async def test_batch_creates_and_updates_in_one_transaction(client, session, editor_headers):
    theme = await factories.theme(session)
    existing = await factories.knowledge_item(session, "Bestaand")
    operations = [
        {"op": "create", "data": {"title": f"Batch {i}", "kind": "news", "language": "nl", "themes": [theme.slug]}}
        for i in range(3)
    ]
    operations.append(
        {"op": "update", "id_or_slug": existing.slug, "expected_version": 1, "data": {"summary": "Nieuw"}}
    )
    response = await client.post(BATCH, headers=editor_headers, json={"operations": operations})
    assert response.status_code == 200, response.text
    results = response.json()["data"]
    assert [r["index"] for r in results] == [0, 1, 2, 3] and results[3]["version"] == 2


async def test_a_failing_batch_writes_nothing_and_lists_each_failure(client, session, editor_headers):
    before = await session.scalar(select(func.count()).select_from(KnowledgeItem))
    operations = [
        {"op": "create", "data": {"title": "Goed", "kind": "news", "language": "nl"}},
        {"op": "create", "data": {"title": "Fout", "kind": "poem", "language": "nl"}},
        {"op": "update", "id_or_slug": "bestaat-niet", "data": {"summary": "x"}},
        {"op": "create", "data": {"title": "Onbekend thema", "kind": "news", "language": "nl", "themes": ["zz"]}},
    ]
    response = await client.post(BATCH, headers=editor_headers, json={"operations": operations})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert [(e["index"], e["code"]) for e in errors] == [
        (1, "validation_failed"),
        (2, "not_found"),
        (3, "validation_failed"),
    ]
    assert await session.scalar(select(func.count()).select_from(KnowledgeItem)) == before


async def test_batch_limits_and_auth(client, editor_headers, reader_headers):
    too_many = [{"op": "create", "data": {"title": "x", "kind": "news", "language": "nl"}}] * 501
    assert (await client.post(BATCH, headers=editor_headers, json={"operations": too_many})).status_code in (413, 422)
    op = [{"op": "create", "data": {"title": "x", "kind": "news", "language": "nl"}}]
    assert (await client.post(BATCH, headers=reader_headers, json={"operations": op})).status_code == 403


async def test_export_streams_published_only_unless_editor(client, session, editor_headers):
    await factories.knowledge_item(session, "Openbaar", publish=True)
    await factories.knowledge_item(session, "Geheim concept")
    public = await client.get("/api/v1/export/knowledge-items.ndjson")
    assert public.status_code == 200 and public.headers["content-type"].startswith("application/x-ndjson")
    titles = [json.loads(line)["title"] for line in public.text.splitlines()]
    assert titles == ["Openbaar"]
    editor = await client.get("/api/v1/export/knowledge-items.ndjson", headers=editor_headers)
    assert sorted(json.loads(line)["title"] for line in editor.text.splitlines()) == ["Geheim concept", "Openbaar"]
    assert (await client.get("/api/v1/export/secrets.ndjson")).status_code == 422


async def test_change_feed_mirrors_publication_and_hides_drafts(started_app, started_editor):
    client = started_app.client
    start = (await client.get("/api/v1/changes")).json()["meta"]["next_cursor"]
    created = (
        await client.post(
            "/api/v1/knowledge-items", headers=started_editor, json={"title": "Feed", "kind": "news", "language": "nl"}
        )
    ).json()
    await client.post(f"/api/v1/knowledge-items/{created['id']}/publish", headers=started_editor)
    await client.post(f"/api/v1/knowledge-items/{created['id']}/unpublish", headers=started_editor)
    draft = (
        await client.post(
            "/api/v1/knowledge-items",
            headers=started_editor,
            json={"title": "Nooit openbaar", "kind": "news", "language": "nl"},
        )
    ).json()
    await client.delete(f"/api/v1/knowledge-items/{draft['id']}", headers=started_editor)

    public = (await client.get(f"/api/v1/changes?since={start}")).json()
    assert [(e["slug"], e["op"]) for e in public["data"]] == [("feed", "published"), ("feed", "unpublished")]
    editor = (await client.get(f"/api/v1/changes?since={start}", headers=started_editor)).json()
    assert [e["op"] for e in editor["data"]] == ["created", "published", "unpublished", "created", "deleted"]
    follow_up = (await client.get(f"/api/v1/changes?since={public['meta']['next_cursor']}")).json()
    assert follow_up["data"] == [] and follow_up["meta"]["next_cursor"] == public["meta"]["next_cursor"]


async def test_pagination_is_stable_while_items_are_added(started_app, started_editor):
    client = started_app.client
    for i in range(12):
        body = {"title": f"Vooraf {i}", "kind": "news", "language": "nl"}
        created = (await client.post("/api/v1/knowledge-items", headers=started_editor, json=body)).json()
        await client.post(f"/api/v1/knowledge-items/{created['id']}/publish", headers=started_editor)
    seen: list[int] = []
    url = "/api/v1/knowledge-items?limit=5"
    added = 0
    while url:
        page = await client.get(url)
        seen += [d["id"] for d in page.json()["data"]]
        # Concurrent writers: new items arrive between page requests.
        writes = []
        for _ in range(3):
            added += 1
            writes.append(
                client.post(
                    "/api/v1/knowledge-items",
                    headers=started_editor,
                    json={"title": f"Nieuw {added}", "kind": "news", "language": "nl"},
                )
            )
        for response in await asyncio.gather(*writes):
            await client.post(f"/api/v1/knowledge-items/{response.json()['id']}/publish", headers=started_editor)
        cursor = page.json()["meta"]["next_cursor"]
        url = f"/api/v1/knowledge-items?limit=5&cursor={cursor}" if cursor else None
    assert len(seen) == len(set(seen)), "no duplicates"
    titles = {d["title"] for d in (await client.get("/api/v1/knowledge-items?limit=100")).json()["data"]}
    assert {f"Vooraf {i}" for i in range(12)} <= titles
    first_twelve = [
        d["id"] for d in (await client.get("/api/v1/knowledge-items?limit=100&sort=published_at")).json()["data"]
    ][:12]
    assert set(first_twelve) <= set(seen), "every item that existed at the start was seen"
