"""Export everything, import it into an empty database, export again: the content is equal."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from app.db import migrate
from app.errors import AuthenticationError
from app.main import create_app
from app.services.auth import ANONYMOUS, SYSTEM
from app.services.transfer import RESOURCES, import_records
from app.settings import Settings
from tests.integration.test_cli import kennisbank

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


async def test_demo_content_survives_export_and_import(live, live_editor, server_url, tmp_path):
    from tests.conftest import create_database

    client, sessionmaker = live
    from app.services.seed import seed_demo

    async with sessionmaker() as session, session.begin():
        await seed_demo(session=session)
    first = await export_all(client, live_editor)
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

    app = create_app(Settings(database_url=target, search_worker=False, _env_file=None))  # type: ignore[call-arg]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as target_client:
            async with app.state.sessionmaker() as session, session.begin():
                from app.models.api_key import ApiKeyCreate, Role
                from app.services.auth import create_api_key

                _, token = await create_api_key(
                    session=session, actor=SYSTEM, data=ApiKeyCreate(name="x", role=Role.editor)
                )
            second = await export_all(target_client, {"Authorization": f"Bearer {token}"})
    for resource in RESOURCES:
        assert normalise(second[resource]) == normalise(first[resource]), resource


async def test_import_needs_an_editor(session):
    with pytest.raises(AuthenticationError):
        await import_records(session=session, actor=ANONYMOUS, resource="themes", docs=[])
