"""The authorization matrix: every committed REST route by every role, allowed or refused as documented.

Documented rules (README, REST API): anonymous callers and readers read published content; writes,
publishing and unpublishing need an editor (anonymous: 401, reader: 403); API keys and deleting
directory records (themes, organisations, working groups) are the admin's (401 anonymous, 403 reader
and editor). "Allowed" means the request got past authorization: any
status but 401 and 403 (a 404, 409 or 422 from the request itself still counts as allowed).
Each cell runs on its own rolled-back transaction with one published record of every kind.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.models.working_group import WorkingGroupCreate
from app.services.auth import SYSTEM, create_api_key
from app.services.working_groups import create_working_group
from app.settings import Settings
from tests import factories

READ, WRITE, ADMIN = "read", "write", "admin"
ROLES = ("anonymous", "reader", "editor", "admin")
ALLOWED: dict[str, set[str]] = {
    READ: set(ROLES),
    WRITE: {"editor", "admin"},
    ADMIN: {"admin"},
}
K, P = "/api/v1/knowledge-items", "/api/v1/position-papers"
T, ORG, W = "/api/v1/themes", "/api/v1/organisations", "/api/v1/working-groups"

# (method, path, body, rule); {k} {p} {t} {o} {w} are the slugs of the test's records, {key} an API key id.
MATRIX: list[tuple[str, str, Any, str]] = [
    ("GET", "/api/v1/changes", None, READ),
    ("GET", "/api/v1/export/knowledge-items.ndjson", None, READ),
    ("GET", "/api/v1/search?q=vrede", None, READ),
    ("GET", "/api/v1/search/suggest?q=vre", None, READ),
    ("GET", K, None, READ),
    ("GET", K + "/{k}", None, READ),
    ("GET", K + "/{k}.jsonld", None, READ),
    ("GET", K + "/{k}/cite", None, READ),
    ("POST", K, {"title": "Nieuw", "kind": "report", "language": "nl"}, WRITE),
    ("PATCH", K + "/{k}", {"summary": "Anders"}, WRITE),
    ("POST", K + "/{k}/unpublish", None, WRITE),
    ("POST", K + "/{k}/publish", None, WRITE),
    ("DELETE", K + "/{k}", None, WRITE),
    (
        "POST",
        K + ":batch",
        {"operations": [{"op": "create", "data": {"title": "B", "kind": "report", "language": "nl"}}]},
        WRITE,
    ),
    ("GET", P, None, READ),
    ("GET", P + "/{p}", None, READ),
    ("GET", P + "/{p}.jsonld", None, READ),
    ("GET", P + "/{p}/cite", None, READ),
    ("POST", P, {"title": "Nieuw", "language": "nl"}, WRITE),
    ("PATCH", P + "/{p}", {"summary": "Anders"}, WRITE),
    ("POST", P + "/{p}/unpublish", None, WRITE),
    ("POST", P + "/{p}/publish", None, WRITE),
    ("DELETE", P + "/{p}", None, WRITE),
    ("POST", P + ":batch", {"operations": [{"op": "create", "data": {"title": "B", "language": "nl"}}]}, WRITE),
    ("GET", T, None, READ),
    ("GET", T + "/{t}", None, READ),
    ("POST", T, {"name_nl": "Nieuw", "name_en": "New"}, WRITE),
    ("PATCH", T + "/{t}", {"name_en": "Other"}, WRITE),
    ("DELETE", T + "/{t}", None, ADMIN),
    ("GET", ORG, None, READ),
    ("GET", ORG + "/{o}", None, READ),
    ("POST", ORG, {"name": "Nieuw", "kind": "partner"}, WRITE),
    ("PATCH", ORG + "/{o}", {"name": "Anders"}, WRITE),
    ("DELETE", ORG + "/{o}", None, ADMIN),
    ("GET", W, None, READ),
    ("GET", W + "/{w}", None, READ),
    ("POST", W, {"name": "Nieuw"}, WRITE),
    ("PATCH", W + "/{w}", {"name": "Anders"}, WRITE),
    ("DELETE", W + "/{w}", None, ADMIN),
    ("GET", "/api/v1/api-keys", None, ADMIN),
    ("POST", "/api/v1/api-keys", {"name": "nieuw", "role": "reader"}, ADMIN),
    ("DELETE", "/api/v1/api-keys/{key}", None, ADMIN),
    ("GET", "/feeds/all.atom", None, READ),
    ("GET", "/oai?verb=Identify", None, READ),
]


@pytest.fixture(scope="module")
def matrix_app(database_url: str) -> FastAPI:
    """One app for the matrix's ~180 cells (building it is most of a cell's cost); sessions are per cell."""
    return create_app(Settings(database_url=database_url, _env_file=None))  # type: ignore[call-arg]


@pytest.fixture
async def matrix_client(matrix_app, engine, sessionmaker) -> AsyncIterator[httpx.AsyncClient]:
    matrix_app.state.engine = engine
    matrix_app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=matrix_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path", "body", "rule"), MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX])
async def test_route_allows_exactly_the_documented_roles(matrix_client, session, role, method, path, body, rule):
    theme = await factories.theme(session, "Vrede")
    organisation = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(session, "Vrede en veiligheid", publish=True)
    paper = await factories.position_paper(session, "Inbreng", publish=True)
    group = await create_working_group(session=session, actor=SYSTEM, data=WorkingGroupCreate(name="Werkgroep"))
    key, _ = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="other", role=Role.reader))
    await session.flush()
    slugs = {"k": item.slug, "p": paper.slug, "t": theme.slug, "o": organisation.slug, "w": group.slug, "key": key.id}
    headers = {}
    if role != "anonymous":
        _, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name=role, role=Role(role)))
        headers = {"Authorization": f"Bearer {token}"}
    response = await matrix_client.request(method, path.format(**slugs), json=body, headers=headers)
    if role in ALLOWED[rule]:
        assert response.status_code not in (401, 403), (response.status_code, response.text)
        assert response.status_code < 500, response.text
    else:
        expected = 401 if role == "anonymous" else 403
        assert response.status_code == expected, (response.status_code, response.text)
        assert response.headers["content-type"] == "application/problem+json"


async def test_drafts_are_invisible_to_anonymous_callers_and_readers(client, session, reader_headers, editor_headers):
    draft = await factories.knowledge_item(session, "Concept")
    for headers in ({}, reader_headers):
        assert (await client.get(f"{K}/{draft.slug}", headers=headers)).status_code == 404
        listed = (await client.get(K, headers=headers)).json()["data"]
        assert draft.slug not in {i["slug"] for i in listed}
        export = (await client.get("/api/v1/export/knowledge-items.ndjson", headers=headers)).text
        assert draft.slug not in export
        assert (await client.get(f"{K}/{draft.slug}.jsonld", headers=headers)).status_code == 404
    assert (await client.get(f"{K}/{draft.slug}", headers=editor_headers)).status_code == 200
