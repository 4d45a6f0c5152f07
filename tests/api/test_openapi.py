"""The OpenAPI document is a contract good enough to generate a working client from."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests import factories


def test_every_operation_is_documented(client):
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    operation_ids = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            assert operation.get("operationId"), (method, path)
            assert operation.get("summary"), (method, path)
            operation_ids.append(operation["operationId"])
            if path.startswith("/api/v1") and method in ("post", "patch", "delete"):
                assert {"401", "422"} <= set(operation["responses"]), (method, path)
    assert len(operation_ids) == len(set(operation_ids))
    assert spec["components"]["schemas"]["KnowledgeItemOut"]["example"]["slug"]


async def test_docs_pages_are_served(client):
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert (await client.get(path)).status_code == 200, path


@pytest.mark.slow  # openapi-python-client generates the client in a real process
async def test_a_generated_client_calls_three_endpoints(client, session, editor_headers, tmp_path: Path):
    theme = await factories.theme(session, "Vrouwen, vrede en veiligheid")
    await factories.knowledge_item(session, "Gegenereerd en gevonden", publish=True, themes=[theme.slug])
    (tmp_path / "openapi.json").write_text(json.dumps((await client.get("/openapi.json")).json()))
    generate = await asyncio.to_thread(
        subprocess.run,
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            "openapi.json",
            "--meta",
            "none",
            "--output-path",
            "kennisbank_client",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert generate.returncode == 0, generate.stdout + generate.stderr
    sys.path.insert(0, str(tmp_path))
    try:
        generated = importlib.import_module("kennisbank_client")
        list_items = importlib.import_module("kennisbank_client.api.knowledge_items.list_knowledge_items")
        get_item = importlib.import_module("kennisbank_client.api.knowledge_items.get_knowledge_item")
        create_item = importlib.import_module("kennisbank_client.api.knowledge_items.create_knowledge_item")
        models = importlib.import_module("kennisbank_client.models")

        transport = client._transport  # the real app over ASGI
        anonymous = generated.Client(base_url="http://testserver").set_async_httpx_client(
            httpx.AsyncClient(transport=transport, base_url="http://testserver")
        )
        page = await list_items.asyncio(client=anonymous, theme=[theme.slug], limit=5)
        assert [item.title for item in page.data] == ["Gegenereerd en gevonden"]
        assert page.meta.total == 1

        item = await get_item.asyncio(client=anonymous, id_or_slug="gegenereerd-en-gevonden")
        assert item.themes[0].slug == theme.slug

        token = editor_headers["Authorization"].removeprefix("Bearer ")
        editor = generated.AuthenticatedClient(base_url="http://testserver", token=token).set_async_httpx_client(
            httpx.AsyncClient(transport=transport, base_url="http://testserver", headers=editor_headers)
        )
        body = models.KnowledgeItemCreate(
            title="Via de client", kind=models.KnowledgeKind.TOOLKIT, language=models.Language.EN
        )
        created = await create_item.asyncio(client=editor, body=body)
        assert created.slug == "via-de-client" and created.status == models.ContentStatus.DRAFT
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("kennisbank_client")]:
            del sys.modules[name]
