"""Search honours the publication window by the clock, not by the scheduler: an expired item leaves every
search surface at its ``unpublish_at`` even when no scheduler runs (and its document is still indexed)."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import httpx
import pytest

from app.models.api_key import Role
from app.models.change import EntityType
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from tests.conftest import start_app
from tests.factories import in_
from tests.meili import MeiliServer

BASE = "/api/v1/knowledge-items"
SEARCH = """query($q: String!) { search(query: $q, facets: [TYPE]) {
  degraded estimatedTotalCount facets { name values { value count } }
  edges { node { __typename ... on KnowledgeItem { slug } } } } }"""
LIFETIME_S = 8.0


async def surfaces(client: httpx.AsyncClient, title: str, slug: str) -> dict[str, Any]:
    """Where anonymous search finds the item (REST search and suggest, GraphQL search), and whether each
    answer came from Meilisearch."""
    rest = (await client.get("/api/v1/search", params={"q": title, "facets": "type"})).json()
    suggest = (await client.get("/api/v1/search/suggest", params={"q": title})).json()
    graphql = (await client.post("/graphql", json={"query": SEARCH, "variables": {"q": title}})).json()["data"]
    found = graphql["search"]
    return {
        "rest": slug in {h["slug"] for h in rest["data"]},
        "rest_total": rest["meta"]["total"],
        "rest_facet": next(
            (v["count"] for v in rest["meta"]["facets"].get("type", []) if v["value"] == "knowledge_item"), 0
        ),
        "suggest": slug in {s["slug"] for s in suggest["suggestions"]},
        "graphql": slug in {e["node"].get("slug") for e in found["edges"]},
        "graphql_total": found["estimatedTotalCount"],
        "degraded": rest["meta"]["degraded"] or suggest["degraded"] or found["degraded"],
    }


@pytest.mark.slow  # waits out the item's publication window
async def test_search_hides_an_item_the_moment_its_unpublish_at_passes_without_a_scheduler(
    committed_url: str, meili: MeiliServer
) -> None:
    prefix = f"w{uuid.uuid4().hex[:10]}_"
    engine = SearchEngine(url=meili.url, api_key=meili.master_key, prefix=prefix)
    try:
        async with start_app(
            committed_url,
            meili_url=meili.url,
            meili_master_key=meili.master_key,
            search_prefix=prefix,
            search_worker=True,
            search_timeout_ms=30_000,  # a busy test box must not fall back to the database (it hides expired items too)
            scheduler=False,
            webhook_worker=False,
        ) as started:
            client, editor = started.client, await started.headers(Role.editor, name="r")
            title = "Tijdelijk zichtbaar dossier"
            expires = in_(LIFETIME_S)
            created = await client.post(
                BASE,
                headers=editor,
                json={
                    "title": title,
                    "kind": "news",
                    "language": "nl",
                    "publish_at": in_(-60).isoformat(),
                    "unpublish_at": expires.isoformat(),
                },
            )
            assert created.status_code == 201 and created.json()["status"] == "published"
            slug, item_id = created.json()["slug"], created.json()["id"]

            deadline = time.monotonic() + LIFETIME_S - 1.5
            while not ((before := await surfaces(client, title, slug))["rest"] and not before["degraded"]):
                assert time.monotonic() < deadline, f"the sync worker did not index the item in time: {before}"
                await asyncio.sleep(0.1)
            assert before == {
                "rest": True, "rest_total": 1, "rest_facet": 1, "suggest": True, "graphql": True,
                "graphql_total": 1, "degraded": False,
            }  # fmt: skip

            await asyncio.sleep(max(0.0, (expires - in_(0)).total_seconds()) + 0.2)
            assert (await client.get(f"{BASE}/{slug}")).status_code == 404
            assert await surfaces(client, title, slug) == {
                "rest": False, "rest_total": 0, "rest_facet": 0, "suggest": False, "graphql": False,
                "graphql_total": 0, "degraded": False,
            }  # fmt: skip
            # No scheduler archived it: the document is still in Meilisearch, and search leaves it out.
            indexed = await engine.request(
                "GET", f"/indexes/{engine.uid(EntityType.knowledge_item)}/documents/{item_id}"
            )
            assert indexed["id"] == item_id
            # The database fallback applies the same rule (the visibility clause reads the clock).
            started.app.state.search = None
            fallback = (await client.get("/api/v1/search", params={"q": title})).json()
            assert fallback["meta"]["degraded"] is True and slug not in {h["slug"] for h in fallback["data"]}
    finally:
        for entity_type in INDEX_SUFFIX:
            await engine.client.delete_index_if_exists(engine.uid(entity_type))
        await engine.close()
