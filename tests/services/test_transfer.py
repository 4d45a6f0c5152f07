"""Export everything, import it into an empty database, export again: the content is equal."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.db import migrate
from app.errors import AuthenticationError, ValidationFailedError
from app.models.api_key import Role
from app.services.auth import ANONYMOUS, SYSTEM
from app.services.transfer import (
    RESOURCES,
    count_records,
    export_records,
    import_records,
    ndjson,
    read_one_snapshot,
)
from tests import factories
from tests.cli.test_cli import kennisbank
from tests.conftest import start_app

VOLATILE = {"id", "created_at", "updated_at", "version"}


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


async def export_all(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    exported = {}
    for resource in RESOURCES:
        response = await client.get(f"/api/v1/export/{resource}.ndjson", headers=headers)
        assert response.status_code == 200
        exported[resource] = {doc["slug"]: doc for doc in map(json.loads, response.text.splitlines())}
    return exported


@pytest.mark.slow  # the whole demo, exported, imported by a real `kennisbank import`, exported again
async def test_demo_content_survives_export_and_import(started_app, started_editor, server_url, tmp_path):
    from tests.conftest import create_database

    client, sessionmaker = started_app.client, started_app.sessionmaker
    from app.services.seed import seed_demo

    async with sessionmaker() as session, session.begin():
        await seed_demo(session=session)
    first = await export_all(client, started_editor)
    assert len(first["knowledge-items"]) >= 150 and any(
        d["status"] == "draft" for d in first["knowledge-items"].values()
    )

    target = await asyncio.to_thread(create_database, server_url, "kb_roundtrip_target")
    await asyncio.to_thread(migrate, target)
    for resource, docs in first.items():
        (tmp_path / f"{resource}.ndjson").write_text("\n".join(json.dumps(d) for d in docs.values()) + "\n")
    result = await asyncio.to_thread(
        kennisbank, "import", *(str(tmp_path / f"{r}.ndjson") for r in RESOURCES), env={"DATABASE_URL": target}
    )
    assert result.returncode == 0, result.stderr
    assert "imported: 4 themes" in result.stdout

    async with start_app(target) as imported:
        second = await export_all(imported.client, await imported.headers(Role.editor, name="x"))
    for resource in RESOURCES:
        assert normalise(second[resource]) == normalise(first[resource]), resource


async def test_import_needs_an_editor(session):
    with pytest.raises(AuthenticationError):
        await import_records(session=session, actor=ANONYMOUS, resource="themes", docs=[])


async def test_attachments_keep_their_dimensions_and_alt_text_through_export_and_import(
    client, session, editor_headers
):
    from app.services.auth import SYSTEM

    image = {"file_name": "kaart.png", "media_type": "image/png", "size": 10, "url": "https://cdn.example.org/k.png"}
    described = image | {"width": 640, "height": 480, "alt": "Kaart van de regio"}
    created = await client.post(
        "/api/v1/knowledge-items",
        headers=editor_headers,
        json={"title": "Met kaart", "kind": "report", "language": "nl", "attachments": [described]},
    )
    assert created.status_code == 201, created.text
    exported = (await export_all(client, editor_headers))["knowledge-items"]["met-kaart"]
    doc = exported | {"slug": "met-kaart-kopie", "translation": None}
    assert await import_records(session=session, actor=SYSTEM, resource="knowledge-items", docs=[doc]) == 1
    copy = (await client.get("/api/v1/knowledge-items/met-kaart-kopie", headers=editor_headers)).json()
    assert [{k: a[k] for k in described} for a in copy["attachments"]] == [described]


async def export_of(session: Any, actor: Any, resource: str) -> list[dict[str, Any]]:
    batches = export_records(session=session, actor=actor, resource=resource)
    return [record async for batch in batches for record in batch]


async def test_export_records_shows_drafts_only_to_who_may_see_them(session):
    await factories.knowledge_item(session, "Openbaar", publish=True)
    await factories.knowledge_item(session, "Geheim concept")
    assert [d["title"] for d in await export_of(session, ANONYMOUS, "knowledge-items")] == ["Openbaar"]
    assert sorted(d["title"] for d in await export_of(session, SYSTEM, "knowledge-items")) == [
        "Geheim concept",
        "Openbaar",
    ]


async def test_count_records_counts_what_the_export_gives(session):
    await factories.knowledge_item(session, "Openbaar", publish=True)
    await factories.knowledge_item(session, "Geheim concept")
    await factories.organisation(session)
    await factories.theme(session)
    for actor in (ANONYMOUS, SYSTEM):
        for resource in RESOURCES:
            expected = len(await export_of(session, actor, resource))
            assert await count_records(session=session, actor=actor, resource=resource) == expected, resource
    assert await count_records(session=session, actor=SYSTEM, resource="knowledge-items") == 2


async def test_export_records_refuses_what_it_cannot_export(session):
    with pytest.raises(ValidationFailedError, match="cannot export 'api-keys'"):
        await export_of(session, SYSTEM, "api-keys")


def test_ndjson_is_one_compact_json_document_a_line():
    assert ndjson([{"a": 1}, {"b": "é"}]) == b'{"a":1}\n{"b":"\xc3\xa9"}\n'
    assert ndjson([]) == b""


async def test_an_export_reads_one_snapshot(committed_sessionmaker):
    """What commits while an export runs shows in none of its files, so its files agree with each other."""
    async with committed_sessionmaker() as session, session.begin():
        await read_one_snapshot(session)
        assert await session.scalar(text("SHOW transaction_isolation")) == "repeatable read"
        before = await export_of(session, SYSTEM, "themes")
        async with committed_sessionmaker() as writer, writer.begin():
            await factories.theme(writer, "Nieuw onderweg")
        assert await export_of(session, SYSTEM, "themes") == before
    async with committed_sessionmaker() as session, session.begin():
        assert await session.scalar(text("SHOW transaction_isolation")) == "read committed"  # the pool's default
