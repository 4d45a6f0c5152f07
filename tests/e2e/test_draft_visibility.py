"""Drafts are invisible to everyone but editors and admins, on every surface that shows content.

One table: each surface (REST lists and items, GraphQL, search over REST and GraphQL, the NDJSON
export, the change feed, Atom feeds, OAI-PMH) is asked by each role (anonymous, partner search key,
reader, editor, admin) for a draft knowledge item and a draft position paper with unique titles, and
for a published control item and paper (so a surface that shows nothing at all cannot pass). Everything
goes through the real ``kennisbank serve`` (tests/e2e/server.py): the records are made over the
API and committed, and its own sync worker puts the published ones into a real Meilisearch.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from tests.e2e.server import ApiServer

pytestmark = pytest.mark.e2e

ROLES = ("anonymous", "partner", "reader", "editor", "admin")
EDITORS = {"editor", "admin"}
EVERYONE = set(ROLES)
NOBODY: set[str] = set()
K, P = "/api/v1/knowledge-items", "/api/v1/position-papers"
ORIGIN = "https://partner.example"

Fetch = Callable[[httpx.AsyncClient, dict[str, str], dict[str, Any]], Awaitable[str]]


async def rest(http: httpx.AsyncClient, path: str, headers: dict[str, str]) -> str:
    response = await http.get(path, headers=headers)
    assert response.status_code in (200, 404), (path, response.status_code, response.text)
    return response.text if response.status_code == 200 else ""


async def graphql(http: httpx.AsyncClient, query: str, headers: dict[str, str]) -> str:
    response = await http.post("/graphql", json={"query": query}, headers=headers)
    assert response.status_code == 200 and "errors" not in response.json(), response.text
    return response.text


def rest_items(path: str) -> Fetch:
    async def fetch(http, headers, r):
        # Each record by its own slug: a 404 shows nothing.
        return " ".join([await rest(http, f"{slug}{path}", headers) for slug in r["slugs"]])

    return fetch


def get(path: str) -> Fetch:
    async def fetch(http, headers, r):
        return await rest(http, path.format(**r), headers)

    return fetch


def gql(query: str) -> Fetch:
    async def fetch(http, headers, r):
        return await graphql(http, query.replace("$marker", r["marker"]).replace("$theme", r["theme"]), headers)

    return fetch


async def gql_items(http, headers, r):
    queries = [f'{{ {field}(slug: "{slug}") {{ title }} }}' for field, slug in r["fields_and_slugs"]]
    return " ".join([await graphql(http, q, headers) for q in queries])


async def feed_from(http: httpx.AsyncClient, headers: dict[str, str], since: str | None) -> tuple[str, str]:
    """The change feed from a cursor to its end, page by page, and the cursor to continue from."""
    pages = []
    for _ in range(200):
        params = {"limit": 100, "since": since} if since else {"limit": 100}
        response = await http.get("/api/v1/changes", params=params, headers=headers)
        assert response.status_code == 200, response.text
        pages.append(response.text)
        meta = response.json()["meta"]
        since = meta["next_cursor"]
        if not meta["has_more"]:
            return " ".join(pages), str(since)
    raise AssertionError("the change feed did not end within 200 pages")


async def changes(http, headers, r):
    # From where the feed ended before the test made its records (the demo content comes first).
    return (await feed_from(http, headers, r["feed_start"]))[0]


# surface: (fetch, who sees the drafts). The published control must show on every surface for everyone.
SURFACES: dict[str, tuple[Fetch, set[str]]] = {
    "REST item by slug (both types)": (rest_items(""), EDITORS),
    "REST knowledge-items list": (get(K + "?theme={theme}&limit=100"), EDITORS),
    "REST position-papers list": (get(P + "?theme={theme}&limit=100"), EDITORS),
    "GraphQL item by slug (both types)": (gql_items, EDITORS),
    "GraphQL knowledgeItems": (
        gql('{ knowledgeItems(first: 100, filter: {themes: ["$theme"]}) { edges { node { title } } } }'),
        EDITORS,
    ),
    "GraphQL positionPapers": (
        gql('{ positionPapers(first: 100, filter: {themes: ["$theme"]}) { edges { node { title } } } }'),
        EDITORS,
    ),
    "NDJSON export knowledge items": (get("/api/v1/export/knowledge-items.ndjson"), EDITORS),
    "NDJSON export position papers": (get("/api/v1/export/position-papers.ndjson"), EDITORS),
    "change feed": (changes, EDITORS),
    # Search, feeds and OAI-PMH are public surfaces: published records only, whoever asks.
    "REST search": (get("/api/v1/search?q={marker}&limit=50"), NOBODY),
    "REST search suggest": (get("/api/v1/search/suggest?q={marker}"), NOBODY),
    "GraphQL search": (
        gql(
            '{ search(query: "$marker", first: 50) { edges { node { __typename '
            "... on KnowledgeItem { title } ... on PositionPaper { title } } } } }"
        ),
        NOBODY,
    ),
    "REST JSON-LD by slug (both types)": (rest_items(".jsonld"), NOBODY),
    "Atom all": (get("/feeds/all.atom"), NOBODY),
    "Atom knowledge items": (get("/feeds/knowledge-items.atom"), NOBODY),
    "Atom position papers": (get("/feeds/position-papers.atom"), NOBODY),
    "Atom theme": (get("/feeds/themes/{theme}.atom"), NOBODY),
    "OAI-PMH ListRecords": (get("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=theme:{theme}"), NOBODY),
}


async def make(http: httpx.AsyncClient, path: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    response = await http.post(path, json=body, headers=headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_drafts_show_only_to_editors_and_admins_on_every_surface(api_server: ApiServer) -> None:
    marker = "zq" + uuid.uuid4().hex[:10]
    headers = {role: api_server.headers(role) for role in ROLES}
    editor = headers["editor"]
    async with httpx.AsyncClient(base_url=api_server.url, timeout=30) as http:
        partner = await make(
            http, "/api/v1/search-keys", {"name": "Partner", "allowed_origins": [ORIGIN]}, headers["admin"]
        )
        headers["partner"] = {"X-Search-Key": partner["secret"]}
        _, feed_start = await feed_from(http, editor, None)
        theme = await make(http, "/api/v1/themes", {"name_nl": f"Thema {marker}", "name_en": marker}, editor)
        common = {"language": "nl", "themes": [theme["slug"]]}
        shown = await make(http, K, {"title": f"Gepubliceerd {marker}", "kind": "report", **common}, editor)
        shown_paper = await make(http, P, {"title": f"Standpunt {marker}", **common}, editor)
        draft = await make(http, K, {"title": f"Conceptitem {marker}", "kind": "report", **common}, editor)
        draft_paper = await make(http, P, {"title": f"Conceptstandpunt {marker}", **common}, editor)
        for path in (f"{K}/{shown['id']}/publish", f"{P}/{shown_paper['id']}/publish"):
            assert (await http.post(path, headers=editor)).status_code == 200
        for _ in range(300):  # the server's own worker syncs the published pair into Meilisearch
            found = (await http.get("/api/v1/search", params={"q": marker})).json()
            # The feed shows a transaction once every older one has ended (the worker's, say).
            synced = not found["meta"]["degraded"] and len(found["data"]) == 2
            if synced and draft["slug"] in (await feed_from(http, editor, feed_start))[0]:
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError(f"the published records did not reach search and the feed: {found}")

        slugs = [
            f"{K}/{shown['slug']}",
            f"{P}/{shown_paper['slug']}",
            f"{K}/{draft['slug']}",
            f"{P}/{draft_paper['slug']}",
        ]
        fields_and_slugs = [
            ("knowledgeItem", shown["slug"]),
            ("positionPaper", shown_paper["slug"]),
            ("knowledgeItem", draft["slug"]),
            ("positionPaper", draft_paper["slug"]),
        ]
        records = {"marker": marker, "theme": theme["slug"], "slugs": slugs, "fields_and_slugs": fields_and_slugs}
        records["feed_start"] = feed_start
        # A record shows when its title or its slug does (the change feed carries slugs, not titles).
        published = [(shown["title"], shown["slug"]), (shown_paper["title"], shown_paper["slug"])]
        drafts = {
            "draft knowledge item": (draft["title"], draft["slug"]),
            "draft position paper": (draft_paper["title"], draft_paper["slug"]),
        }
        wrong: list[tuple[str, str, str]] = []
        for surface, (fetch, draft_readers) in SURFACES.items():
            for role in ROLES:
                text = await fetch(http, headers[role], records)
                if not any(sign in text for signs in published for sign in signs):
                    wrong.append((surface, role, "the published control is missing"))
                for name, signs in drafts.items():
                    seen = any(sign in text for sign in signs)
                    if _shows_type(surface, name) and seen != (role in draft_readers):
                        wrong.append((surface, role, f"{name} {'shown' if seen else 'hidden'}"))
    assert wrong == [], "\n".join(map(str, wrong))


def _shows_type(surface: str, record: str) -> bool:
    """Whether the surface lists records of that type at all (a knowledge-items list has no papers)."""
    if "knowledge" in surface.lower() or "knowledgeItems" in surface:
        return "knowledge" in record
    if "position" in surface.lower() or "positionPapers" in surface:
        return "position" in record
    return True
