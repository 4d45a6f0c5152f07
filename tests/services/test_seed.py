"""The demo content: ``app/demo/data`` loaded by ``seed_demo`` through the NDJSON import, on a database of its own."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import migrate
from app.demo import DATA_DIR
from app.models.api_key import Role
from app.models.knowledge import KnowledgeItem
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper
from app.models.theme import Theme
from app.models.working_group import WorkingGroup
from app.services.seed import seed_demo
from app.services.transfer import RESOURCES
from tests.cli.test_cli import kennisbank
from tests.conftest import create_database, start_app

# The whole demo is seeded and exported once for the module (seconds).
pytestmark = pytest.mark.slow

DEMO_FILES = {resource: DATA_DIR / f"{resource}.ndjson" for resource in RESOURCES}
# What a database gives a record; the demo files leave these out.
ASSIGNED = {"id", "version", "created_at", "updated_at"}


def without(keys: set[str], value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without(keys, v) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(keys, v) for v in value]
    return value


def demo_docs(resource: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in DEMO_FILES[resource].read_text().splitlines()]


@dataclass
class Demo:
    sessionmaker: async_sessionmaker[AsyncSession]
    created: dict[str, int]
    told: Counter[str]
    exported: dict[str, list[dict[str, Any]]]


async def export_all(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every record of every resource as an editor's export gives it, in export order."""
    async with start_app(url) as started:
        editor = await started.headers(Role.editor, name="export")
        exported = {}
        for resource in RESOURCES:
            response = await started.client.get(f"/api/v1/export/{resource}.ndjson", headers=editor)
            assert response.status_code == 200
            exported[resource] = [json.loads(line) for line in response.text.splitlines()]
    return exported


@pytest.fixture(scope="module")
async def demo(server_url: str) -> AsyncIterator[Demo]:
    """A database seeded with the demo once (committed), for every test of this module to read."""
    url = await asyncio.to_thread(create_database, server_url, f"kb_demo_{uuid.uuid4().hex[:8]}")
    await asyncio.to_thread(migrate, url)
    async with start_app(url) as started:
        told: Counter[str] = Counter()
        async with started.sessionmaker() as session, session.begin():
            created = await seed_demo(session=session, progress=lambda label, advance: told.update({label: advance}))
        yield Demo(started.sessionmaker, created, told, await export_all(url))


async def test_seeding_twice_creates_nothing_the_second_time(demo: Demo) -> None:
    in_files = {resource: len(demo_docs(resource)) for resource in RESOURCES}
    assert demo.created == {resource.replace("-", "_"): n for resource, n in in_files.items()}
    assert demo.told == {resource.replace("-", " "): n for resource, n in in_files.items()}

    told: Counter[str] = Counter()
    async with demo.sessionmaker() as session, session.begin():
        again = await seed_demo(session=session, progress=lambda label, advance: told.update({label: advance}))
    assert again == dict.fromkeys(demo.created, 0)
    assert told == demo.told  # every record is still reported, as the CLI's progress bars expect


async def test_the_seeded_counts(demo: Demo) -> None:
    async with demo.sessionmaker() as session:

        async def by_status(model: Any) -> dict[str, int]:
            rows = await session.execute(select(model.status, func.count()).group_by(model.status))
            return {status: count for status, count in rows.all()}

        items = await by_status(KnowledgeItem)
        papers = await by_status(PositionPaper)
        assert items["published"] >= 150
        assert items["archived"] >= 1 and items["draft"] >= 1
        assert papers["published"] >= 30 and papers["archived"] >= 1 and papers["draft"] >= 1
        assert await session.scalar(select(func.count()).select_from(Theme)) == 4
        assert await session.scalar(select(func.count()).select_from(Organisation)) == demo.created["organisations"]
        assert await session.scalar(select(func.count()).select_from(WorkingGroup)) == demo.created["working_groups"]
    assert demo.created["organisations"] >= 60 and demo.created["working_groups"] >= 8


async def test_the_demo_files_are_what_an_export_of_the_seeded_demo_gives(demo: Demo) -> None:
    # Every record and property survives the import: statuses, dates, translations, members, attachments.
    for resource in RESOURCES:
        assert without(ASSIGNED, demo.exported[resource]) == demo_docs(resource), resource


def by_slug(demo: Demo, resource: str) -> dict[str, dict[str, Any]]:
    return {doc["slug"]: doc for doc in demo.exported[resource]}


async def test_a_translation_pair_is_linked_both_ways(demo: Demo) -> None:
    items = by_slug(demo, "knowledge-items")
    dutch = items["csw70-toegang-tot-recht-voor-alle-vrouwen-en-meisjes"]
    english = items["csw70-access-to-justice-for-all-women-and-girls"]
    assert (dutch["language"], english["language"]) == ("nl", "en")
    assert dutch["translation"]["slug"] == english["slug"] and english["translation"]["slug"] == dutch["slug"]
    # Linked when the second side was created: neither side needed an extra version for it.
    assert dutch["version"] == english["version"] == 2  # created, published


async def test_archived_content_keeps_its_first_publication_date(demo: Demo) -> None:
    item = by_slug(demo, "knowledge-items")["csw54-en-beijing-15-verslag-van-de-nederlandse-delegatie"]
    assert (item["status"], item["published_at"]) == ("archived", "2010-03-16T09:45:00+00:00")
    paper = by_slug(demo, "position-papers")["brief-aan-de-tweede-kamer-millenniumdoel-3-en-de-begroting-2011"]
    assert (paper["status"], paper["published_at"]) == ("archived", "2010-11-02T07:15:00+00:00")


async def test_alliances_and_working_groups_keep_their_members_roles(demo: Demo) -> None:
    organisations = by_slug(demo, "organisations")
    roles = {m["slug"]: m["role"] for m in organisations["concord"]["members"]}
    assert roles == {"partos": "national platform", "actionaid": "network member"}
    wo_men = {m["slug"]: m["role"] for m in organisations["wo-men"]["members"]}
    assert wo_men["eritrese-vrouwen-initiatief-tilburg"] == "former member" and wo_men["cordaid"] == "member"
    assert {"slug": "concord", "name": "CONCORD Europe", "role": "national platform"} in [
        without({"id"}, m) for m in organisations["partos"]["member_of"]
    ]
    group = by_slug(demo, "working-groups")["werkgroep-1325"]
    assert group["theme"]["slug"] == "vrouwen-vrede-en-veiligheid"
    assert {"slug": "cordaid", "role": "chair"} in [{"slug": m["slug"], "role": m["role"]} for m in group["members"]]


async def test_kennisbank_import_of_the_demo_files_equals_seeding(demo: Demo, fresh_database_url: str) -> None:
    await asyncio.to_thread(migrate, fresh_database_url)
    files = map(str, DEMO_FILES.values())
    imported = await asyncio.to_thread(kennisbank, "import", *files, env={"DATABASE_URL": fresh_database_url})
    assert imported.returncode == 0, imported.stderr
    assert f"imported: {demo.created['themes']} themes" in imported.stdout

    exported = await export_all(fresh_database_url)
    for resource in RESOURCES:  # versions too: the same writes in the same order
        assert without({"id", "created_at", "updated_at"}, exported[resource]) == without(
            {"id", "created_at", "updated_at"}, demo.exported[resource]
        ), resource
