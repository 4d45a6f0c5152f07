"""What generated clients need, declared in OpenAPI and true of the running API: the bearer scheme on the
operations that take a key, If-Match / If-None-Match where they are honoured, typed batch operations."""

from __future__ import annotations

import re
from typing import Any

from tests import factories

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (4).to_bytes(4, "big") * 2 + b"\x08\x02"


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    }


def header_parameters(op: dict[str, Any]) -> set[str]:
    return {p["name"] for p in op.get("parameters", []) if p["in"] == "header"}


def test_the_bearer_scheme_is_declared_where_a_key_is_accepted_or_required(client):
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    assert spec["components"]["securitySchemes"]["bearerAuth"] | {"description": ""} == {
        "type": "http",
        "scheme": "bearer",
        "description": "",
    }
    ops = operations(spec)
    required = [{"bearerAuth": []}]
    optional = [{}, {"bearerAuth": []}]
    for name in ("createKnowledgeItem", "updateTheme", "publishPositionPaper", "listApiKeys", "batchKnowledgeItems"):
        assert ops[name][2]["security"] == required, name
    for name in ("getOrganisation", "listChanges", "getMedia"):
        assert ops[name][2]["security"] == optional, name
    for name in ("listKnowledgeItems", "getPositionPaper", "listContent", "exportRecords"):
        assert ops[name][2]["security"] == [*optional, {"previewToken": []}], name
    for name in ("healthz", "search"):
        assert "security" not in ops[name][2], name
    for name, (_, _, op) in ops.items():
        if "403" in op["responses"]:  # a role is needed: so is a key
            assert op.get("security") == required, name


def test_conditional_headers_are_parameters_exactly_where_they_are_honoured(client):
    ops = operations(client._transport.app.openapi())  # type: ignore[attr-defined]
    with_if_match = {name for name, (_, _, op) in ops.items() if "If-Match" in header_parameters(op)}
    nouns = ("KnowledgeItem", "PositionPaper")
    expected = {f"{verb}{noun}" for verb in ("update", "delete", "publish", "unpublish") for noun in nouns}
    expected |= {f"{verb}{noun}" for verb in ("update", "delete") for noun in ("Theme", "Organisation", "WorkingGroup")}
    expected |= {f"restore{noun}Revision" for noun in nouns}
    expected |= {f"{verb}{noun}Attachment" for verb in ("upload", "update", "delete") for noun in nouns}
    assert with_if_match == expected
    with_if_none_match = {name for name, (_, _, op) in ops.items() if "If-None-Match" in header_parameters(op)}
    assert {"getKnowledgeItem", "listKnowledgeItems", "getTheme", "listWorkingGroups"} <= with_if_none_match
    assert all(ops[name][0] == "get" for name in with_if_none_match)
    assert not {name for name in with_if_none_match if name.startswith(("create", "update"))}


async def _records(client, session, editor_headers) -> dict[str, str]:
    """A record of every type, addressed by slug, for the path parameters."""
    theme = await factories.theme(session, "Vrede")
    organisation = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(session, "Een item", publish=True, themes=[theme.slug])
    paper = await factories.position_paper(session, "Een standpunt", publish=True)
    group = await client.post("/api/v1/working-groups", json={"name": "Een werkgroep"}, headers=editor_headers)
    assert group.status_code == 201, group.text
    return {
        "knowledge-items": item.slug,
        "position-papers": paper.slug,
        "themes": theme.slug,
        "organisations": organisation.slug,
        "working-groups": group.json()["slug"],
    }


def _concrete(path: str, slugs: dict[str, str]) -> str:
    resource = path.split("/")[3] if path.startswith("/api/v1/") else ""
    values = {
        "id_or_slug": slugs.get(resource.split(".")[0], ""),
        "number": "1",
        "attachment_id": "1",
        "kind": "report",
        "slug": slugs["themes"],
        "language": "nl",
        "webhook_id": "1",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


async def test_every_declared_if_match_is_honoured(client, session, editor_headers, admin_headers):
    """A tag that names no record at its version is refused with 412 by each operation that declares If-Match."""
    slugs = await _records(client, session, editor_headers)
    ops = operations(client._transport.app.openapi())  # type: ignore[attr-defined]
    stale = admin_headers | {"If-Match": '"ki999999-v1"'}  # admins may also delete organisations
    for name, (method, path, op) in sorted(ops.items()):
        if "If-Match" not in header_parameters(op):
            continue
        url = _concrete(path, slugs)
        if name.startswith("upload"):
            response = await client.post(url, headers=stale, files={"file": ("a.png", PNG, "image/png")})
        elif method == "patch":
            response = await client.patch(url, headers=stale, json={"alt": "x"} if "attachments" in path else {})
        else:
            response = await client.request(method.upper(), url, headers=stale)
        assert response.status_code == 412, (name, url, response.status_code, response.text)


async def test_every_declared_if_none_match_is_honoured(client, session, editor_headers):
    """Each GET that declares If-None-Match answers 304 to the ETag it gave."""
    slugs = await _records(client, session, editor_headers)
    await client.patch(f"/api/v1/knowledge-items/{slugs['knowledge-items']}", json={}, headers=editor_headers)
    ops = operations(client._transport.app.openapi())  # type: ignore[attr-defined]
    checked = 0
    for name, (_, path, op) in sorted(ops.items()):
        if "If-None-Match" not in header_parameters(op):
            continue
        url = _concrete(path, slugs)
        first = await client.get(url, headers=editor_headers)
        assert first.status_code == 200 and first.headers.get("etag"), (name, url, first.status_code)
        again = await client.get(url, headers=editor_headers | {"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304, (name, url, again.status_code)
        checked += 1
    assert checked >= 20


def test_batch_operations_are_typed_by_the_content_type(client):
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    schemas = spec["components"]["schemas"]
    _, _, op = operations(spec)["batchKnowledgeItems"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    request = schemas[body["$ref"].rsplit("/", 1)[1]]
    items = request["properties"]["operations"]["items"]
    assert items["discriminator"]["propertyName"] == "op"
    kinds = {ref.rsplit("/", 1)[1] for ref in items["discriminator"]["mapping"].values()}
    assert kinds == {"KnowledgeItemBatchCreate", "KnowledgeItemBatchUpdate", "BatchPublishOperation"}
    create, update = schemas["KnowledgeItemBatchCreate"], schemas["KnowledgeItemBatchUpdate"]
    assert create["properties"]["data"]["$ref"].endswith("/KnowledgeItemCreate")
    assert update["properties"]["data"]["$ref"].endswith("/KnowledgeItemUpdate")
    assert "id_or_slug" in update["required"]
    publish = schemas["BatchPublishOperation"]["properties"]["published_at"]
    assert {"type": "string", "format": "date-time"} in publish["anyOf"]
    paper = schemas["PositionPaperBatchCreate"]["properties"]["data"]
    assert paper["$ref"].endswith("/PositionPaperCreate")


def test_the_preview_token_is_declared_on_the_reads_that_show_drafts_with_it(client):
    spec = client._transport.app.openapi()  # type: ignore[attr-defined]
    scheme = spec["components"]["securitySchemes"]["previewToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-Preview-Token")
    ops = operations(spec)
    declared = {name for name, (_, _, op) in ops.items() if {"previewToken": []} in op.get("security", [])}
    nouns = ("KnowledgeItem", "PositionPaper")
    expected = {f"get{noun}" for noun in nouns} | {f"related{noun}Content" for noun in nouns}
    expected |= {"listKnowledgeItems", "listPositionPapers", "listContent", "exportRecords"}
    assert declared == expected
    for name in declared:
        method, _, op = ops[name]
        assert method == "get" and "403" not in op["responses"], name
        assert "X-Preview-Token" not in header_parameters(op), name  # a scheme, not a parameter as well


async def _preview_token(client, editor_headers) -> dict[str, str]:
    minted = await client.post("/api/v1/preview-tokens", json={}, headers=editor_headers)
    assert minted.status_code == 201, minted.text
    return {"X-Preview-Token": minted.json()["token"]}


async def test_every_declared_preview_token_shows_a_draft(client, session, editor_headers):
    """Each operation declaring previewToken shows a draft to a token's holder that it hides from the public."""
    item = await factories.knowledge_item(session, "Concept-item")
    paper = await factories.position_paper(session, "Concept-standpunt")
    drafts = {"knowledge-items": item.slug, "position-papers": paper.slug}
    token = await _preview_token(client, editor_headers)
    ops = operations(client._transport.app.openapi())  # type: ignore[attr-defined]
    checked = 0
    for name, (_, path, op) in sorted(ops.items()):
        if {"previewToken": []} not in op.get("security", []):
            continue
        resource = "position-papers" if "PositionPaper" in name else "knowledge-items"
        url = path.replace("{id_or_slug}", drafts[resource]).replace("{resource}", resource)
        url += "?limit=100" if name.startswith("list") else ""
        public, previewed = await client.get(url), await client.get(url, headers=token)
        assert previewed.status_code == 200, (name, url, previewed.status_code, previewed.text)
        assert public.status_code == 404 or drafts[resource] not in public.text, (name, url)
        assert "{id_or_slug}" in path or drafts[resource] in previewed.text, (name, url)
        forged = await client.get(url, headers={"X-Preview-Token": token["X-Preview-Token"][:-2] + "AA"})
        assert forged.status_code == 401, (name, url, forged.status_code)
        checked += 1
    assert checked == 8


async def test_operations_without_the_preview_token_refuse_or_ignore_it(client, session, editor_headers):
    """Writes and role-bound reads refuse a token's holder (403); the other keyed reads show it only what
    the public sees; operations without any scheme ignore the header altogether."""
    slugs = await _records(client, session, editor_headers)
    await factories.knowledge_item(session, "Concept-item")
    token = await _preview_token(client, editor_headers)
    forged = {"X-Preview-Token": "kbp_forged.AAAA"}
    ops = operations(client._transport.app.openapi())  # type: ignore[attr-defined]
    for name, (method, path, op) in sorted(ops.items()):
        security = op.get("security", [])
        if {"previewToken": []} in security or method != "get" or "{digest}" in path:
            continue
        url = _concrete(path, slugs)
        if not security:
            plain, with_forged = await client.get(url), await client.get(url, headers=forged)
            assert with_forged.status_code == plain.status_code != 401, (name, url, with_forged.status_code)
        elif "403" in op["responses"]:
            assert (await client.get(url, headers=token)).status_code == 403, (name, url)
        else:
            public, previewed = await client.get(url), await client.get(url, headers=token)
            assert (previewed.status_code, previewed.json()) == (public.status_code, public.json()), (name, url)
    for name, (method, _, op) in ops.items():
        if method != "get" and op.get("security"):
            assert "403" in op["responses"], name  # every keyed write needs a role a token never has
    writes = [
        ("POST", "/api/v1/knowledge-items", {"title": "Nieuw", "kind": "report", "language": "nl"}),
        ("PATCH", f"/api/v1/knowledge-items/{slugs['knowledge-items']}", {"title": "Anders"}),
        ("POST", f"/api/v1/position-papers/{slugs['position-papers']}/unpublish", None),
        ("DELETE", f"/api/v1/themes/{slugs['themes']}", None),
    ]
    for method, url, body in writes:
        answer = await client.request(method, url, headers=token, json=body)
        assert answer.status_code == 403 and answer.json()["reason"] == "read_only", (method, url, answer.text)
