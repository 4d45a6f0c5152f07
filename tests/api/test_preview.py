"""Previews (app/services/preview.py, app/api/preview_tokens.py): drafts for previewer keys and preview tokens,
read-only, scoped, expiring, never cacheable by shared caches, never kept by the response cache."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import httpx
import orjson
import pytest

from app.models.api_key import Role
from app.models.base import utcnow
from app.services.preview import PreviewTokens
from tests import factories
from tests.conftest import _token, start_app

K = "/api/v1/knowledge-items"
P = "/api/v1/position-papers"


@pytest.fixture
async def drafts(session):
    """A draft knowledge item, another draft, a draft position paper and a published item."""
    draft = await factories.knowledge_item(session, "Concept over vrede")
    other = await factories.knowledge_item(session, "Ander concept")
    paper = await factories.position_paper(session, "Concept-inbreng")
    public = await factories.knowledge_item(session, "Gepubliceerd stuk", publish=True)
    await session.commit()
    return {"draft": draft, "other": other, "paper": paper, "public": public}


async def mint(client: httpx.AsyncClient, headers: dict[str, str], **body: object) -> dict[str, object]:
    answer = await client.post("/api/v1/preview-tokens", headers=headers, json=body)
    assert answer.status_code == 201, answer.text
    assert answer.headers["cache-control"] == "no-store"
    return answer.json()  # type: ignore[no-any-return]


def preview(token: object) -> dict[str, str]:
    return {"X-Preview-Token": str(token)}


async def test_a_token_for_one_record_shows_that_draft_only(client, editor_headers, drafts):
    draft, other, paper = drafts["draft"], drafts["other"], drafts["paper"]
    grant = await mint(client, editor_headers, type="knowledge_item", id=draft.slug, expires_in=600)
    assert grant["type"] == "knowledge_item" and grant["id"] == draft.id and str(grant["token"]).startswith("kbp_")
    headers = preview(grant["token"])

    shown = await client.get(f"{K}/{draft.slug}", headers=headers)
    assert shown.status_code == 200 and shown.json()["status"] == "draft"
    assert shown.headers["cache-control"] == "private, no-store"
    assert (await client.get(f"{K}/{draft.id}", headers=headers)).status_code == 200
    # Out of scope: another draft, a draft of the other type with the same id, stay invisible.
    assert (await client.get(f"{K}/{other.slug}", headers=headers)).status_code == 404
    assert (await client.get(f"{P}/{paper.slug}", headers=headers)).status_code == 404
    listed = (await client.get(f"{K}?limit=100", headers=headers)).json()["data"]
    assert draft.id in {d["id"] for d in listed} and other.id not in {d["id"] for d in listed}
    # Without the token the draft is a 404 as ever.
    assert (await client.get(f"{K}/{draft.slug}")).status_code == 404


async def test_a_token_for_all_drafts_shows_every_draft(client, editor_headers, drafts):
    grant = await mint(client, editor_headers)
    assert grant["type"] is None and grant["id"] is None
    for path in (f"{K}/{drafts['draft'].slug}", f"{K}/{drafts['other'].slug}", f"{P}/{drafts['paper'].slug}"):
        answer = await client.get(path, headers=preview(grant["token"]))
        assert answer.status_code == 200 and answer.headers["cache-control"] == "private, no-store"


async def test_an_expired_token_is_a_401(client, app, drafts):
    tokens = PreviewTokens(app.state.settings.secret_key.get_secret_value())
    expired = tokens.sign(scope="*", expires_at=utcnow() - timedelta(seconds=1))
    answer = await client.get(f"{K}/{drafts['draft'].slug}", headers=preview(expired))
    assert answer.status_code == 401 and "expired" in answer.json()["detail"]
    assert answer.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "forged",
    [
        "kbp_",
        "kbp_Kg.AAAA",
        "kb_notapreview",
        "kbp_" + "A" * 400,
        # signed with another secret
        PreviewTokens("another secret entirely").sign(scope="*", expires_at=utcnow() + timedelta(hours=1)),
    ],
)
async def test_a_forged_or_malformed_token_is_a_401(client, drafts, forged):
    answer = await client.get(f"{K}/{drafts['draft'].slug}", headers=preview(forged))
    assert answer.status_code == 401 and answer.json()["detail"] == "invalid preview token"


async def test_a_token_whose_scope_was_tampered_with_is_refused(client, editor_headers, drafts):
    grant = await mint(client, editor_headers, type="knowledge_item", id=str(drafts["draft"].id))
    body, _, mac = str(grant["token"])[4:].partition(".")
    import base64

    payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
    widened = "*|" + payload.partition("|")[2]
    forged = "kbp_" + base64.urlsafe_b64encode(widened.encode()).decode().rstrip("=") + "." + mac
    assert (await client.get(f"{K}/{drafts['other'].slug}", headers=preview(forged))).status_code == 401


async def test_writes_with_a_token_are_refused(client, editor_headers, drafts):
    grant = await mint(client, editor_headers)
    headers = preview(grant["token"])
    draft = drafts["draft"]
    writes = [
        client.post(K, headers=headers, json={"title": "Nieuw", "kind": "report", "language": "nl"}),
        client.patch(f"{K}/{draft.id}", headers=headers, json={"title": "Anders"}),
        client.post(f"{K}/{draft.id}/publish", headers=headers),
        client.delete(f"{K}/{draft.id}", headers=headers),
        client.post("/api/v1/preview-tokens", headers=headers, json={}),
        client.post("/api/v1/api-keys", headers=headers, json={"name": "x", "role": "admin"}),
        client.patch("/api/v1/themes/x", headers=headers, json={"name_en": "y"}),
    ]
    for answer in [await w for w in writes]:
        assert answer.status_code == 403, answer.text
        assert answer.json()["type"].endswith("permission-denied") and answer.json()["reason"] == "read_only"
    assert (await client.get(f"{K}/{draft.id}", headers=editor_headers)).json()["title"] == draft.title


async def test_only_editors_mint_tokens(client, reader_headers, drafts):
    assert (await client.post("/api/v1/preview-tokens", json={})).status_code == 401
    assert (await client.post("/api/v1/preview-tokens", headers=reader_headers, json={})).status_code == 403


async def test_minting_checks_its_input(client, editor_headers, drafts):
    async def status(body: dict[str, object]) -> int:
        return (await client.post("/api/v1/preview-tokens", headers=editor_headers, json=body)).status_code

    assert await status({"type": "knowledge_item"}) == 422  # type without id
    assert await status({"id": "x"}) == 422
    assert await status({"type": "theme", "id": "x"}) == 422
    assert await status({"expires_in": 86_401}) == 422
    assert await status({"expires_in": 10}) == 422
    assert await status({"type": "knowledge_item", "id": "no-such-item"}) == 404


async def test_a_key_and_a_token_together_are_refused(client, editor_headers, drafts):
    grant = await mint(client, editor_headers)
    answer = await client.get(K, headers=editor_headers | preview(grant["token"]))
    assert answer.status_code == 422


async def test_a_previewer_key_reads_drafts_and_writes_nothing(client, sessionmaker, drafts):
    headers = {"Authorization": f"Bearer {await _token(sessionmaker, Role.previewer)}"}
    draft = drafts["draft"]
    shown = await client.get(f"{K}/{draft.slug}", headers=headers)
    assert shown.status_code == 200 and shown.headers["cache-control"] == "private, no-store"
    drafts_listed = await client.get(f"{K}?status=draft&limit=100", headers=headers)
    assert drafts_listed.status_code == 200 and draft.id in {d["id"] for d in drafts_listed.json()["data"]}
    for answer in (
        await client.patch(f"{K}/{draft.id}", headers=headers, json={"title": "Anders"}),
        await client.post(f"{K}/{draft.id}/publish", headers=headers),
        await client.post("/api/v1/preview-tokens", headers=headers, json={}),
    ):
        assert answer.status_code == 403 and answer.json()["reason"] == "read_only"


async def test_the_graphql_face_reads_with_a_token_and_refuses_its_mutations(client, editor_headers, drafts):
    draft = drafts["draft"]
    grant = await mint(client, editor_headers, type="knowledge_item", id=draft.slug)
    query = {"query": "query($s: String!) { knowledgeItem(slug: $s) { title status } }", "variables": {"s": draft.slug}}
    shown = await client.post("/graphql", json=query, headers=preview(grant["token"]))
    assert shown.json()["data"]["knowledgeItem"]["title"] == draft.title
    as_get = await client.get(
        "/graphql",
        params=query | {"variables": orjson.dumps({"s": draft.slug}).decode()},
        headers=preview(grant["token"]),
    )
    assert as_get.json()["data"]["knowledgeItem"]["status"] == "DRAFT"
    assert as_get.headers["cache-control"] == "private, no-store"
    other = {
        "query": "query($s: String!) { knowledgeItem(slug: $s) { title } }",
        "variables": {"s": drafts["other"].slug},
    }
    assert (await client.post("/graphql", json=other, headers=preview(grant["token"]))).json()["data"][
        "knowledgeItem"
    ] is None
    mutation = {
        "query": "mutation { publishKnowledgeItem(slug: " + orjson.dumps(draft.slug).decode() + ") { __typename } }"
    }
    refused = (await client.post("/graphql", json=mutation, headers=preview(grant["token"]))).json()
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    mint_again = {"query": "mutation { createPreviewToken { __typename } }"}
    refused = (await client.post("/graphql", json=mint_again, headers=preview(grant["token"]))).json()
    assert refused["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def test_editors_mint_tokens_over_graphql(client, editor_headers, drafts):
    from strawberry import relay

    gid = str(relay.GlobalID("KnowledgeItem", str(drafts["draft"].id)))
    mutation = {
        "query": "mutation($id: ID) { createPreviewToken(id: $id, expiresIn: 120) {"
        " ... on PreviewTokenPayload { token expiresAt recordId } ... on Error { code } } }",
        "variables": {"id": gid},
    }
    payload = (await client.post("/graphql", json=mutation, headers=editor_headers)).json()["data"][
        "createPreviewToken"
    ]
    assert payload["recordId"] == gid and payload["token"].startswith("kbp_")
    shown = await client.get(f"{K}/{drafts['draft'].id}", headers=preview(payload["token"]))
    assert shown.status_code == 200
    anonymous = (await client.post("/graphql", json=mutation)).json()["data"]["createPreviewToken"]
    assert anonymous == {"code": "UNAUTHENTICATED"}


async def test_preview_answers_are_never_kept_or_served_by_the_response_cache(committed_url: str) -> None:
    async with start_app(committed_url) as started:
        client = started.client
        cache = started.app.state.response_cache
        deadline = time.monotonic() + 5
        while not cache.listening:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
        editor = await started.headers(Role.editor)
        made = (
            await client.post(K, headers=editor, json={"title": "Geheim concept", "kind": "report", "language": "nl"})
        ).json()
        token = (await client.post("/api/v1/preview-tokens", headers=editor, json={})).json()["token"]
        path = f"{K}/{made['slug']}"
        listing = f"{K}?limit=50"
        for _ in range(2):  # a second request would be a hit if the first were kept
            shown = await client.get(path, headers=preview(token))
            assert shown.status_code == 200 and "kennisbank-cache" not in shown.headers
            listed = await client.get(listing, headers=preview(token))
            assert "kennisbank-cache" not in listed.headers and made["id"] in {d["id"] for d in listed.json()["data"]}
        # and the public, cached or not, never sees the draft
        for _ in range(2):
            assert (await client.get(path)).status_code == 404
            public = await client.get(listing)
            assert made["id"] not in {d["id"] for d in public.json()["data"]}
        assert (await client.get(listing)).headers.get("kennisbank-cache") == "hit"
        query = {"query": "query($s: String!) { knowledgeItem(slug: $s) { title } }", "variables": {"s": made["slug"]}}
        for _ in range(2):
            answer = await client.post("/graphql", json=query, headers=preview(token))
            assert answer.json()["data"]["knowledgeItem"]["title"] == "Geheim concept"
            assert "kennisbank-cache" not in answer.headers
        assert (await client.post("/graphql", json=query)).json()["data"]["knowledgeItem"] is None
