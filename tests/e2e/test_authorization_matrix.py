"""The authorization matrix: every REST route and every GraphQL field by every role, allowed or refused as documented.

Documented rules (README: REST API, GraphQL, Partner search keys): anonymous callers and readers read
published content; writes, publishing, unpublishing and revisions need an editor (anonymous: 401,
reader: 403); API keys, partner search keys and deleting directory records (themes, organisations,
working groups) are the admin's (401 anonymous, 403 reader and editor). A partner search key
(``X-Search-Key``) narrows search and may refresh its own tenant token; everywhere else it is no
credential at all, so its holder is anonymous. "Allowed" means the request got past authorization:
any status but 401 and 403 (a 404, 409 or 422 from the request itself still counts as allowed).

The route list is checked against the app's own OpenAPI document and the field lists against the
GraphQL schema, so a new route or field without a row here fails the suite. Each cell runs on its own
rolled-back transaction with one published record of every kind.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from graphql import GraphQLObjectType

from app.graphql.schema import create_schema
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.models.content import Attachment
from app.models.search_key import SearchKeyCreate
from app.models.working_group import WorkingGroupCreate
from app.search.engine import SearchEngine
from app.services.auth import SYSTEM, create_api_key
from app.services.search_keys import create_search_key
from app.services.working_groups import create_working_group
from app.settings import Settings
from tests import factories
from tests.meili import MeiliServer, indexes_of_its_own

# Every route and field by every role: hundreds of cells, for the full run.
pytestmark = pytest.mark.slow

READ, WRITE, EDITORS, ADMIN, TOKEN = "read", "write", "editors", "admin", "token"
ROLES = ("anonymous", "partner", "reader", "editor", "admin")
ALLOWED: dict[str, set[str]] = {
    READ: set(ROLES),
    WRITE: {"editor", "admin"},
    EDITORS: {"editor", "admin"},  # reads that show drafts' history (revisions)
    ADMIN: {"admin"},
    TOKEN: {"admin", "partner"},  # a partner key refreshes its own tenant token
}
K, P = "/api/v1/knowledge-items", "/api/v1/position-papers"
T, ORG, W = "/api/v1/themes", "/api/v1/organisations", "/api/v1/working-groups"
ORIGIN = "https://partner.example"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
FILE = object()  # a multipart upload of PNG
NOT_IN_OPENAPI = {("GET", "/graphql"), ("POST", "/graphql"), ("GET", "/metrics"), ("GET", "/docs")}
NOT_IN_OPENAPI |= {("GET", "/redoc"), ("GET", "/openapi.json")}

# (method, path template as in the OpenAPI document, query string, body, rule)
MATRIX: list[tuple[str, str, str, Any, str]] = [
    ("GET", "/healthz", "", None, READ),
    ("GET", "/readyz", "", None, READ),
    ("GET", "/metrics", "", None, READ),
    ("GET", "/openapi.json", "", None, READ),
    ("GET", "/docs", "", None, READ),
    ("GET", "/redoc", "", None, READ),
    ("GET", "/graphql", "?query=%7Bthemes%7Bslug%7D%7D", None, READ),
    ("POST", "/graphql", "", {"query": "{ themes { slug } }"}, READ),
    ("GET", "/api/v1/changes", "", None, READ),
    ("GET", "/api/v1/export/{resource}.ndjson", "", None, READ),
    ("GET", "/api/v1/search", "?q=vrede", None, READ),
    ("GET", "/api/v1/search/suggest", "?q=vre", None, READ),
    ("GET", "/api/v1/search/labels", "?locale=en", None, READ),
    ("GET", "/api/v1/content", "", None, READ),
    ("GET", K, "", None, READ),
    ("GET", K + "/{id_or_slug}", "", None, READ),
    ("GET", K + "/{id_or_slug}.jsonld", "", None, READ),
    ("GET", K + "/{id_or_slug}/cite", "", None, READ),
    ("GET", K + "/{id_or_slug}/related", "", None, READ),
    ("POST", K, "", {"title": "Nieuw", "kind": "report", "language": "nl"}, WRITE),
    ("PATCH", K + "/{id_or_slug}", "", {"summary": "Anders"}, WRITE),
    ("POST", K + "/{id_or_slug}/unpublish", "", None, WRITE),
    ("POST", K + "/{id_or_slug}/publish", "", None, WRITE),
    ("GET", K + "/{id_or_slug}/revisions", "", None, EDITORS),
    ("GET", K + "/{id_or_slug}/revisions/{number}", "", None, EDITORS),
    ("POST", K + "/{id_or_slug}/revisions/{number}/restore", "", None, WRITE),
    ("POST", K + "/{id_or_slug}/attachments", "", FILE, WRITE),
    ("PATCH", K + "/{id_or_slug}/attachments/{attachment_id}", "", {"alt": "Omslag"}, WRITE),
    ("DELETE", K + "/{id_or_slug}/attachments/{attachment_id}", "", None, WRITE),
    ("DELETE", K + "/{id_or_slug}", "", None, WRITE),
    (
        "POST",
        K + ":batch",
        "",
        {"operations": [{"op": "create", "data": {"title": "B", "kind": "report", "language": "nl"}}]},
        WRITE,
    ),
    ("GET", P, "", None, READ),
    ("GET", P + "/{id_or_slug}", "", None, READ),
    ("GET", P + "/{id_or_slug}.jsonld", "", None, READ),
    ("GET", P + "/{id_or_slug}/cite", "", None, READ),
    ("GET", P + "/{id_or_slug}/related", "", None, READ),
    ("POST", P, "", {"title": "Nieuw", "language": "nl"}, WRITE),
    ("PATCH", P + "/{id_or_slug}", "", {"summary": "Anders"}, WRITE),
    ("POST", P + "/{id_or_slug}/unpublish", "", None, WRITE),
    ("POST", P + "/{id_or_slug}/publish", "", None, WRITE),
    ("GET", P + "/{id_or_slug}/revisions", "", None, EDITORS),
    ("GET", P + "/{id_or_slug}/revisions/{number}", "", None, EDITORS),
    ("POST", P + "/{id_or_slug}/revisions/{number}/restore", "", None, WRITE),
    ("POST", P + "/{id_or_slug}/attachments", "", FILE, WRITE),
    ("PATCH", P + "/{id_or_slug}/attachments/{attachment_id}", "", {"alt": "Omslag"}, WRITE),
    ("DELETE", P + "/{id_or_slug}/attachments/{attachment_id}", "", None, WRITE),
    ("DELETE", P + "/{id_or_slug}", "", None, WRITE),
    ("POST", P + ":batch", "", {"operations": [{"op": "create", "data": {"title": "B", "language": "nl"}}]}, WRITE),
    ("GET", T, "", None, READ),
    ("GET", T + "/{id_or_slug}", "", None, READ),
    ("POST", T, "", {"name_nl": "Nieuw", "name_en": "New"}, WRITE),
    ("PATCH", T + "/{id_or_slug}", "", {"name_en": "Other"}, WRITE),
    ("DELETE", T + "/{id_or_slug}", "", None, ADMIN),
    ("GET", ORG, "", None, READ),
    ("GET", ORG + "/{id_or_slug}", "", None, READ),
    ("POST", ORG, "", {"name": "Nieuw", "kind": "partner"}, WRITE),
    ("PATCH", ORG + "/{id_or_slug}", "", {"name": "Anders"}, WRITE),
    ("DELETE", ORG + "/{id_or_slug}", "", None, ADMIN),
    ("GET", W, "", None, READ),
    ("GET", W + "/{id_or_slug}", "", None, READ),
    ("POST", W, "", {"name": "Nieuw"}, WRITE),
    ("PATCH", W + "/{id_or_slug}", "", {"name": "Anders"}, WRITE),
    ("DELETE", W + "/{id_or_slug}", "", None, ADMIN),
    ("POST", "/api/v1/preview-tokens", "", {"expires_in": 600}, WRITE),
    ("GET", "/api/v1/api-keys", "", None, ADMIN),
    ("POST", "/api/v1/api-keys", "", {"name": "nieuw", "role": "reader"}, ADMIN),
    ("DELETE", "/api/v1/api-keys/{key_id}", "", None, ADMIN),
    ("GET", "/api/v1/search-keys", "", None, ADMIN),
    ("POST", "/api/v1/search-keys", "", {"name": "Partner", "allowed_origins": [ORIGIN]}, ADMIN),
    ("POST", "/api/v1/search-keys/{key_id}/token", "", None, TOKEN),
    ("DELETE", "/api/v1/search-keys/{key_id}", "", None, ADMIN),
    ("GET", "/api/v1/webhooks", "", None, ADMIN),
    ("POST", "/api/v1/webhooks", "", {"url": "https://93.184.215.14/hook", "events": ["content.*"]}, ADMIN),
    ("GET", "/api/v1/webhooks/{webhook_id}", "", None, ADMIN),
    ("PATCH", "/api/v1/webhooks/{webhook_id}", "", {"active": False}, ADMIN),
    ("DELETE", "/api/v1/webhooks/{webhook_id}", "", None, ADMIN),
    ("GET", "/api/v1/webhooks/{webhook_id}/deliveries", "", None, ADMIN),
    ("POST", "/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver", "", None, ADMIN),
    ("GET", "/feeds/all.atom", "", None, READ),
    ("GET", "/feeds/knowledge-items.atom", "", None, READ),
    ("GET", "/feeds/position-papers.atom", "", None, READ),
    ("GET", "/feeds/knowledge-items/{kind}.atom", "", None, READ),
    ("GET", "/feeds/themes/{slug}.atom", "", None, READ),
    ("GET", "/feeds/{language}.atom", "", None, READ),
    ("GET", "/media/{digest}/{file_name}", "", None, READ),
    ("GET", "/oai", "?verb=Identify", None, READ),
    ("POST", "/oai", "", {"verb": "Identify"}, READ),
]


def test_every_route_of_the_app_has_a_row():
    app = create_app(Settings(_env_file=None))  # type: ignore[call-arg]
    documented = {
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if method in ("get", "post", "put", "patch", "delete")
    }
    rows = {(method, path) for method, path, *_ in MATRIX}
    assert documented - rows == set(), "routes without a row in the authorization matrix"
    assert rows - documented - NOT_IN_OPENAPI == set(), "rows for routes the app does not have"
    assert len(rows) == len(MATRIX), "a route has two rows"


@pytest.fixture(scope="module")
async def matrix_search(meili: MeiliServer) -> AsyncIterator[SearchEngine]:
    """Indexes of the module's own on the session's Meilisearch (partner keys need a real one)."""
    async with indexes_of_its_own(meili, f"mx{uuid.uuid4().hex[:8]}_") as engine:
        yield engine


@pytest.fixture(scope="module")
def matrix_app(database_url: str, matrix_search: SearchEngine, tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """One app for the matrix's cells (building it is most of a cell's cost); sessions are per cell."""
    media: Path = tmp_path_factory.mktemp("matrix-media")
    app = create_app(Settings(database_url=database_url, media_dir=media, _env_file=None))  # type: ignore[call-arg]
    app.state.search = matrix_search
    return app


@pytest.fixture
async def matrix_client(matrix_app, engine, sessionmaker) -> AsyncIterator[httpx.AsyncClient]:
    matrix_app.state.engine = engine
    matrix_app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=matrix_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def records(session, search: SearchEngine) -> dict[str, Any]:
    """One published record of every kind, another API key, a partner search key, and a key per role."""
    theme = await factories.theme(session, "Vrede")
    organisation = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(session, "Vrede en veiligheid", publish=True, themes=[theme.slug])
    paper = await factories.position_paper(session, "Inbreng", publish=True)
    group = await create_working_group(session=session, actor=SYSTEM, data=WorkingGroupCreate(name="Werkgroep"))
    key, _ = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="other", role=Role.reader))
    made: dict[str, Any] = {"k": item, "p": paper, "t": theme, "o": organisation, "w": group, "api_key": key}
    for owner, name in ((item, "knowledge_item_id"), (paper, "position_paper_id")):
        attachment = Attachment(
            file_name="a.png", media_type="image/png", size=1, url="http://t/a.png", **{name: owner.id}
        )
        session.add(attachment)
        await session.flush()
        made["ka" if owner is item else "pa"] = attachment.id
    search_key, secret, _ = await create_search_key(
        session=session,
        engine=search,
        actor=SYSTEM,
        data=SearchKeyCreate(name="Partner", allowed_origins=[ORIGIN]),
        public_url=search.url,
    )
    made |= {"search_key": search_key, "headers": {"anonymous": {}, "partner": {"X-Search-Key": secret}}}
    for role in (Role.reader, Role.editor, Role.admin):
        _, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name=role, role=role))
        made["headers"][str(role)] = {"Authorization": f"Bearer {token}"}
    await session.flush()
    return made


async def as_each_role(connection, call: Any) -> dict[str, httpx.Response]:
    """``call(role)`` once per role, each in a savepoint rolled back after it: no cell sees another's writes."""
    responses = {}
    for role in ROLES:
        savepoint = await connection.begin_nested()
        try:
            responses[role] = await call(role)
        finally:
            await savepoint.rollback()
    return responses


def concrete(template: str, made: dict[str, Any]) -> str:
    """The template with the test's records filled in."""
    prefixes = {K: "k", P: "p", T: "t", ORG: "o", W: "w"}
    owner = next((made[v] for k, v in prefixes.items() if template.startswith(k + "/")), None)
    values = {
        "id_or_slug": getattr(owner, "slug", ""),
        "number": 1,
        "resource": "knowledge-items",
        "kind": "report",
        "slug": made["t"].slug,
        "language": "nl",
        "digest": "0" * 64,
        "file_name": "none.pdf",
        "key_id": (made["search_key"] if template.startswith("/api/v1/search-keys") else made["api_key"]).id,
        # No such webhook or attachment: who may ask gets past authorization to a 404, the others are refused.
        "webhook_id": 1,
        "attachment_id": 1,
        "delivery_id": 1,
    }
    return template.format(**values)


@pytest.mark.parametrize(
    ("method", "template", "query", "body", "rule"), MATRIX, ids=[f"{m} {p}{q}" for m, p, q, _, _ in MATRIX]
)
async def test_route_allows_exactly_the_documented_roles(
    matrix_client, matrix_search, connection, session, method, template, query, body, rule
):
    made = await records(session, matrix_search)
    url = concrete(template, made) + query

    async def call(role: str) -> httpx.Response:
        headers = made["headers"][role]
        if body is FILE:
            files = {"file": ("omslag.png", PNG, "image/png")}
            return await matrix_client.request(method, url, files=files, headers=headers)
        if method == "POST" and template == "/oai":
            return await matrix_client.request(method, url, data=body, headers=headers)
        return await matrix_client.request(method, url, json=body, headers=headers)

    wrong = []
    for role, response in (await as_each_role(connection, call)).items():
        if role in ALLOWED[rule]:
            if response.status_code in (401, 403) or response.status_code >= 500:
                wrong.append((role, "should be allowed", response.status_code, response.text[:300]))
        else:
            expected = 401 if role in ("anonymous", "partner") else 403
            problem = response.headers.get("content-type") == "application/problem+json"
            if response.status_code != expected or not problem:
                wrong.append((role, f"should be {expected}", response.status_code, response.text[:300]))
    assert wrong == []


# --- GraphQL ---------------------------------------------------------------------------------------------

GQL_QUERIES: dict[str, tuple[str, str]] = {
    # field: (query, rule); $k/$p/$t/$o/$w are the slugs of the test's records, $kid the item's global id.
    "node": ('{ node(id: "$kid") { id } }', READ),
    "nodes": ('{ nodes(ids: ["$kid"]) { id } }', READ),
    "search": ('{ search(query: "vrede") { estimatedTotalCount } }', READ),
    "knowledgeItem": ('{ knowledgeItem(slug: "$k") { id } }', READ),
    "knowledgeItems": ("{ knowledgeItems(first: 5) { edges { node { id } } } }", READ),
    "positionPaper": ('{ positionPaper(slug: "$p") { id } }', READ),
    "positionPapers": ("{ positionPapers(first: 5) { edges { node { id } } } }", READ),
    "content": ("{ content(first: 5) { edges { node { id } } } }", READ),
    "organisation": ('{ organisation(slug: "$o") { id } }', READ),
    "organisations": ("{ organisations(first: 5) { edges { node { id } } } }", READ),
    "theme": ('{ theme(slug: "$t") { id } }', READ),
    "themes": ("{ themes { id } }", READ),
    "workingGroup": ('{ workingGroup(slug: "$w") { id } }', READ),
    "workingGroups": ("{ workingGroups { id } }", READ),
}
# Fields below the root that carry their own rule (documented "editors only" in the schema).
GQL_NESTED: dict[str, tuple[str, str]] = {
    "KnowledgeItem.revisions": ('{ knowledgeItem(slug: "$k") { revisions { number } } }', EDITORS),
    "PositionPaper.revisions": ('{ positionPaper(slug: "$p") { revisions { number } } }', EDITORS),
}
_RESULT = "{ __typename ... on Error { code } }"
GQL_MUTATIONS: dict[str, str] = {
    "createKnowledgeItem": 'createKnowledgeItem(input: {title: "Nieuw", kind: REPORT, language: NL})',
    "updateKnowledgeItem": 'updateKnowledgeItem(slug: "$k", input: {summary: "Anders"})',
    "publishKnowledgeItem": 'publishKnowledgeItem(slug: "$k")',
    "unpublishKnowledgeItem": 'unpublishKnowledgeItem(slug: "$k")',
    "restoreKnowledgeItemRevision": 'restoreKnowledgeItemRevision(slug: "$k", number: 1)',
    "deleteKnowledgeItem": 'deleteKnowledgeItem(slug: "$k")',
    "updateKnowledgeItemAttachment": 'updateKnowledgeItemAttachment(slug: "$k", attachmentId: "$ka", alt: "Omslag")',
    "createPositionPaper": 'createPositionPaper(input: {title: "Nieuw", language: NL})',
    "updatePositionPaper": 'updatePositionPaper(slug: "$p", input: {summary: "Anders"})',
    "publishPositionPaper": 'publishPositionPaper(slug: "$p")',
    "unpublishPositionPaper": 'unpublishPositionPaper(slug: "$p")',
    "restorePositionPaperRevision": 'restorePositionPaperRevision(slug: "$p", number: 1)',
    "deletePositionPaper": 'deletePositionPaper(slug: "$p")',
    "updatePositionPaperAttachment": 'updatePositionPaperAttachment(slug: "$p", attachmentId: "$pa", alt: "Omslag")',
    "createOrganisation": 'createOrganisation(input: {name: "Nieuw", kind: PARTNER})',
    "updateOrganisation": 'updateOrganisation(slug: "$o", input: {name: "Anders"})',
    "createPreviewToken": "createPreviewToken(expiresIn: 600)",
}


def test_every_graphql_query_field_and_mutation_has_a_row():
    schema = create_schema()._schema
    query_type, mutation_type = schema.query_type, schema.mutation_type
    assert isinstance(query_type, GraphQLObjectType) and isinstance(mutation_type, GraphQLObjectType)
    assert set(query_type.fields) == set(GQL_QUERIES)
    assert set(mutation_type.fields) == set(GQL_MUTATIONS)
    for nested in GQL_NESTED:
        type_name, field = nested.split(".")
        assert field in schema.get_type(type_name).fields  # type: ignore[union-attr]


def fill(query: str, made: dict[str, Any]) -> str:
    from strawberry import relay

    values = {k: made[k].slug for k in ("k", "p", "t", "o", "w")} | {k: made[k] for k in ("ka", "pa")}
    values["kid"] = str(relay.GlobalID("KnowledgeItem", str(made["k"].id)))
    for name in sorted(values, key=len, reverse=True):  # $kid before $k
        query = query.replace("$" + name, str(values[name]))
    return query


GQL_CELLS = [(f, q, r) for f, (q, r) in (GQL_QUERIES | GQL_NESTED).items()]
GQL_CELLS += [(f, "mutation { " + m + " " + _RESULT + " }", WRITE) for f, m in GQL_MUTATIONS.items()]


@pytest.mark.parametrize(("field", "query", "rule"), GQL_CELLS, ids=[f for f, _, _ in GQL_CELLS])
async def test_graphql_field_allows_exactly_the_documented_roles(
    matrix_client, matrix_search, connection, session, field, query, rule
):
    made = await records(session, matrix_search)
    document = fill(query, made)

    async def call(role: str) -> httpx.Response:
        return await matrix_client.post("/graphql", json={"query": document}, headers=made["headers"][role])

    root = field if "." not in field else ("knowledgeItem" if field.startswith("K") else "positionPaper")
    wrong = []
    for role, response in (await as_each_role(connection, call)).items():
        assert response.status_code == 200, response.text
        body = response.json()
        allowed = role in ALLOWED[rule]
        refusal = "UNAUTHENTICATED" if role in ("anonymous", "partner") else "PERMISSION_DENIED"
        if field in GQL_MUTATIONS:
            result = body["data"][field]
            if allowed and not result["__typename"].endswith("Payload"):
                wrong.append((role, "should be allowed", result))
            if not allowed and result != {"__typename": "PermissionDeniedError", "code": refusal}:
                wrong.append((role, f"should be {refusal}", result))
        elif allowed and ("errors" in body or body["data"][root] in (None, [])):
            wrong.append((role, "should be allowed", body))
        elif not allowed and [e["extensions"]["code"] for e in body.get("errors", [])] != [refusal]:
            wrong.append((role, f"should be {refusal}", body))
    assert wrong == []
