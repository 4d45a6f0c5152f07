"""Same-title creates racing each other: every one gets a slug of its own; only an explicit slug conflicts.

The creates run concurrently through the real app on a database where they really commit, each request
in its own transaction on its own pooled connection.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.conftest import StartedApp

CONCURRENT = 20
CREATES = {
    "knowledge-items": {"title": "Zelfde titel", "kind": "report", "language": "nl"},
    "position-papers": {"title": "Zelfde standpunt", "language": "nl"},
    "themes": {"name_nl": "Zelfde thema", "name_en": "Same theme"},
    "organisations": {"name": "Zelfde organisatie", "kind": "member"},
    "working-groups": {"name": "Zelfde werkgroep"},
}


async def create_many(
    client: httpx.AsyncClient, headers: dict[str, str], resource: str, body: dict[str, Any]
) -> list[httpx.Response]:
    return list(
        await asyncio.gather(
            *(client.post(f"/api/v1/{resource}", json=body, headers=headers) for _ in range(CONCURRENT))
        )
    )


@pytest.mark.parametrize("resource", list(CREATES))
async def test_concurrent_creates_with_one_title_all_get_a_slug_of_their_own(
    started_app: StartedApp, started_editor: dict[str, str], resource: str
) -> None:
    client = started_app.client
    answers = await create_many(client, started_editor, resource, CREATES[resource])
    assert [a.status_code for a in answers] == [201] * CONCURRENT, [a.text for a in answers if a.status_code != 201]
    slugs = {a.json()["slug"] for a in answers}
    assert len(slugs) == CONCURRENT
    base = min(slugs, key=len)
    assert slugs == {base} | {f"{base}-{n}" for n in range(2, CONCURRENT + 1)}


async def test_an_explicit_slug_still_conflicts_under_concurrency(
    started_app: StartedApp, started_editor: dict[str, str]
) -> None:
    client = started_app.client
    body = CREATES["knowledge-items"] | {"slug": "gekozen-slug"}
    answers = await create_many(client, started_editor, "knowledge-items", body)
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201] + [409] * (CONCURRENT - 1)
    assert all(a.json()["field"] == "slug" for a in answers if a.status_code == 409)
