"""Partner search keys: tenant tokens against the real Meilisearch, X-Search-Key on /api/v1/search, revocation."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from app.db import create_sessionmaker
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.models.search_key import SearchKey
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM, create_api_key, hash_token
from app.settings import Settings
from tests import factories
from tests.meili import MeiliServer

KEYS = "/api/v1/search-keys"
ORIGIN = "https://partner.example"


async def corpus(session: AsyncSession) -> dict[str, int]:
    vvv = await factories.theme(session, "Vrouwen, vrede en veiligheid", slug="vvv")
    climate = await factories.theme(session, "Klimaat", slug="klimaat")
    peace = await factories.knowledge_item(session, "Vredesopbouw en gender", publish=True, themes=[vvv.slug])
    toolkit = await factories.knowledge_item(
        session, "Toolkit vredesopbouw", kind="toolkit", publish=True, themes=[vvv.slug]
    )
    english = await factories.position_paper(
        session, "Peacebuilding and gender", language="en", publish=True, themes=[vvv.slug]
    )
    other = await factories.knowledge_item(session, "Klimaat en gender", publish=True, themes=[climate.slug])
    draft = await factories.knowledge_item(session, "Concept over vredesopbouw", themes=[vvv.slug])
    return {"peace": peace.id, "toolkit": toolkit.id, "english": english.id, "other": other.id, "draft": draft.id}


async def create_key(client: httpx.AsyncClient, headers: dict[str, str], **body: Any) -> dict[str, Any]:
    response = await client.post(KEYS, json={"name": "Partner", "allowed_origins": [ORIGIN], **body}, headers=headers)
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    return response.json()


async def direct_search(meili: MeiliServer, access: dict[str, Any], **query: Any) -> httpx.Response:
    """A partner's frontend: straight to Meilisearch with the tenant token, as InstantSearch would."""
    queries = [{"indexUid": uid, "q": "", **query} for uid in access["indexes"].values()]
    async with httpx.AsyncClient(base_url=access["url"], timeout=10) as http:
        return await http.post(
            "/multi-search",
            json={"federation": {"limit": 50}, "queries": queries},
            headers={"Authorization": f"Bearer {access['token']}"},
        )


def hit_ids(body: dict[str, Any]) -> set[int]:
    return {h["id"] for h in body.get("data", body.get("hits", []))}


def jwt_payload(token: str) -> dict[str, Any]:
    part = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))))


async def test_a_tenant_token_only_sees_the_allowed_themes_and_never_a_draft(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    search_engine: SearchEngine,
    admin_headers: dict[str, str],
    meili: MeiliServer,
) -> None:
    made = await corpus(session)
    await worker.drain()
    created = await create_key(search_client, admin_headers, themes=["vvv"])
    access = created["meilisearch"]
    assert access["url"] == meili.url
    assert access["indexes"] == {str(t): search_engine.uid(t) for t in INDEX_SUFFIX}

    response = await direct_search(meili, access)
    assert response.status_code == 200, response.text
    assert hit_ids(response.json()) == {made["peace"], made["toolkit"], made["english"]}
    # A filter of the partner's own is ANDed with the token's: it can narrow, never widen.
    wider = await direct_search(meili, access, filter="themes = klimaat")
    assert wider.status_code == 200 and hit_ids(wider.json()) == set()
    assert made["draft"] not in hit_ids((await direct_search(meili, access)).json())

    # Signed by a search-only parent key on the public indexes, never by the master key.
    payload = jwt_payload(access["token"])
    parent = await search_engine.request("GET", f"/keys/{payload['apiKeyUid']}")
    assert parent["actions"] == ["search"] and sorted(parent["indexes"]) == sorted(access["indexes"].values())
    assert parent["key"] != meili.master_key
    assert datetime.fromtimestamp(payload["exp"], UTC) <= datetime.now(UTC) + timedelta(hours=24, minutes=1)
    async with httpx.AsyncClient(base_url=meili.url) as http:
        write = await http.post(
            f"/indexes/{access['indexes']['knowledge_item']}/documents",
            json=[{"id": 999, "title": "injected"}],
            headers={"Authorization": f"Bearer {access['token']}"},
        )
    assert write.status_code == 403


async def test_a_tenant_token_never_shows_an_item_that_expires_while_the_token_lives(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    meili: MeiliServer,
) -> None:
    # A token's filter is fixed for its 24 hours and Meilisearch has no clock: an item whose unpublish_at
    # falls within them is left out from the start, so it can't show after its moment, scheduler or not.
    now = datetime.now(UTC)
    today = await factories.knowledge_item(
        session, "Verloopt vandaag", publish=True, unpublish_at=now + timedelta(hours=1)
    )
    later = await factories.knowledge_item(
        session, "Verloopt overmorgen", publish=True, unpublish_at=now + timedelta(days=2)
    )
    lasting = await factories.knowledge_item(session, "Blijft staan", publish=True)
    await worker.drain()
    access = (await create_key(search_client, admin_headers))["meilisearch"]
    response = await direct_search(meili, access)
    assert response.status_code == 200, response.text
    assert hit_ids(response.json()) == {later.id, lasting.id}
    # Our own search knows the time: it shows the item until its moment.
    ours = (await search_client.get("/api/v1/search")).json()
    assert not ours["meta"]["degraded"] and hit_ids(ours) == {today.id, later.id, lasting.id}


async def test_revoking_a_key_kills_its_tokens_and_its_secret(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    meili: MeiliServer,
) -> None:
    await corpus(session)
    await worker.drain()
    created = await create_key(search_client, admin_headers)
    elsewhere = await search_client.post(
        f"{KEYS}/{created['id']}/token", headers={"X-Search-Key": created["secret"], "Origin": "https://evil.example"}
    )
    assert elsewhere.status_code == 403
    refreshed = await search_client.post(
        f"{KEYS}/{created['id']}/token", headers={"X-Search-Key": created["secret"], "Origin": ORIGIN}
    )
    assert refreshed.status_code == 200, refreshed.text
    tokens = [created["meilisearch"], refreshed.json()]
    for access in tokens:
        assert (await direct_search(meili, access)).status_code == 200

    assert (await search_client.delete(f"{KEYS}/{created['id']}", headers=admin_headers)).status_code == 204
    for access in tokens:
        response = await direct_search(meili, access)
        assert response.status_code == 403 and response.json()["code"] == "invalid_api_key"
    revoked = await search_client.get("/api/v1/search", headers={"X-Search-Key": created["secret"]})
    unknown = await search_client.get("/api/v1/search", headers={"X-Search-Key": "kbs_" + "x" * 43})
    assert revoked.status_code == unknown.status_code == 401
    assert revoked.json() == unknown.json() and revoked.json()["detail"] == "invalid search key"
    listed = (await search_client.get(KEYS, headers=admin_headers)).json()["data"]
    assert [k["id"] for k in listed if k["revoked_at"]] == [created["id"]]
    assert "secret" not in listed[0] and "meilisearch" not in listed[0]
    assert (await search_client.delete(f"{KEYS}/{created['id']}", headers=admin_headers)).status_code == 204
    again = await search_client.post(f"{KEYS}/{created['id']}/token", headers=admin_headers)
    assert again.status_code == 409


async def test_an_expired_key_is_refused_like_an_unknown_one(
    session: AsyncSession, search_client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    past = await search_client.post(
        KEYS,
        json={"name": "Late", "allowed_origins": [ORIGIN], "expires_at": "2020-01-01T00:00:00Z"},
        headers=admin_headers,
    )
    assert past.status_code == 422 and past.json()["errors"][0]["field"] == "expires_at"

    soon = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    created = await create_key(search_client, admin_headers, expires_at=soon)
    assert created["meilisearch"]["expires_at"] <= soon  # a token never outlives its key
    await session.execute(
        update(SearchKey).where(SearchKey.id == created["id"]).values(expires_at=datetime.now(UTC) - timedelta(1))
    )
    expired = await search_client.get("/api/v1/search", headers={"X-Search-Key": created["secret"]})
    unknown = await search_client.get("/api/v1/search", headers={"X-Search-Key": "not-a-key"})
    assert expired.status_code == unknown.status_code == 401 and expired.json() == unknown.json()
    own = await search_client.post(f"{KEYS}/{created['id']}/token", headers={"X-Search-Key": created["secret"]})
    assert own.status_code == 401 and own.json() == unknown.json()
    admin = await search_client.post(f"{KEYS}/{created['id']}/token", headers=admin_headers)
    assert admin.status_code == 409 and "expired" in admin.json()["detail"]


async def test_x_search_key_applies_the_fixed_filters_on_our_search(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    unreachable_engine: SearchEngine,
) -> None:
    made = await corpus(session)
    await worker.drain()
    created = await create_key(search_client, admin_headers, themes=["vvv"], languages=["nl"])
    partner = {"X-Search-Key": created["secret"], "Origin": ORIGIN}

    async def found(headers: dict[str, str], **params: str) -> set[int]:
        response = await search_client.get("/api/v1/search", params=params, headers=headers)
        assert response.status_code == 200, response.text
        return hit_ids(response.json())

    everything = await found({}, q="gender")
    assert {made["peace"], made["english"], made["other"]} <= everything
    assert await found(partner, q="gender") == {made["peace"]}
    assert await found(partner) == {made["peace"], made["toolkit"]}
    assert await found(partner, kind="toolkit") == {made["toolkit"]}  # narrowing further is fine
    assert await found(partner, theme="klimaat") == set()  # widening finds nothing
    assert await found(partner, language="en") == set()
    meta = (await search_client.get("/api/v1/search", params={"facets": "theme,language"}, headers=partner)).json()[
        "meta"
    ]
    assert meta["facets"] == {
        "theme": [{"value": "vvv", "label": "Vrouwen, vrede en veiligheid", "count": 2}],
        "language": [{"value": "nl", "label": "Nederlands", "count": 2}],
    }
    suggestions = (await search_client.get("/api/v1/search/suggest", params={"q": "klimaat"}, headers=partner)).json()
    assert suggestions["suggestions"] == []

    elsewhere = await search_client.get(
        "/api/v1/search", headers={"X-Search-Key": created["secret"], "Origin": "https://evil.example"}
    )
    assert elsewhere.status_code == 403
    assert await found({"X-Search-Key": created["secret"]}) == {made["peace"], made["toolkit"]}  # server-side

    # The database fallback applies the same scope.
    search_client._transport.app.state.search = unreachable_engine  # type: ignore[attr-defined]
    degraded = await search_client.get("/api/v1/search", params={"q": "gender"}, headers=partner)
    assert degraded.json()["meta"]["degraded"] is True and hit_ids(degraded.json()) == {made["peace"]}


async def test_only_admins_manage_keys_and_only_a_hash_is_stored(
    session: AsyncSession,
    search_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    editor_headers: dict[str, str],
) -> None:
    body = {"name": "Partner", "allowed_origins": [ORIGIN]}
    assert (await search_client.post(KEYS, json=body)).status_code == 401
    assert (await search_client.post(KEYS, json=body, headers=editor_headers)).status_code == 403
    assert (await search_client.get(KEYS, headers=editor_headers)).status_code == 403
    bad = await search_client.post(KEYS, json=body | {"themes": ["bestaat-niet"]}, headers=admin_headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "themes"
    bad_origin = await search_client.post(
        KEYS, json=body | {"allowed_origins": ["partner.example/x"]}, headers=admin_headers
    )
    assert bad_origin.status_code == 422

    first = await create_key(search_client, admin_headers)
    second = await create_key(search_client, admin_headers, name="Other")
    row = await session.scalar(select(SearchKey).where(SearchKey.id == first["id"]))
    assert row is not None and row.secret_hash == hash_token(first["secret"])
    assert first["secret"] not in json.dumps([str(getattr(row, c)) for c in SearchKey.model_fields])
    assert first["prefix"] == first["secret"][:10]
    # Another key's secret does not open this key's token endpoint.
    stolen = await search_client.post(f"{KEYS}/{first['id']}/token", headers={"X-Search-Key": second["secret"]})
    assert stolen.status_code == 401
    assert (await search_client.delete(f"{KEYS}/{first['id']}", headers=editor_headers)).status_code == 403
    assert (await search_client.delete(f"{KEYS}/999999", headers=admin_headers)).status_code == 404


@pytest.mark.parametrize("header", ["", "kbs_", "Bearer kbs_abc", "x" * 300])
async def test_malformed_search_keys_get_the_same_401(search_client: httpx.AsyncClient, header: str) -> None:
    response = await search_client.get("/api/v1/search", headers={"X-Search-Key": header})
    assert response.status_code == 401 and response.json()["detail"] == "invalid search key"


# A constraint checked at COMMIT that refuses one name, as a serialization failure would.
REFUSE_AT_COMMIT = (
    """CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.name = 'Faalt bij commit' THEN
            RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON search_key
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()""",
)


async def partner_key_names(engine: SearchEngine) -> list[str]:
    keys = await engine.request("GET", "/keys?limit=1000")
    return sorted(k["name"] for k in keys["results"] if (k["name"] or "").startswith(f"{engine.prefix}partner-"))


async def test_a_commit_that_fails_after_meilisearch_made_the_key_leaves_no_meilisearch_key_behind(
    committed_url: str, search_engine: SearchEngine
) -> None:
    database = create_async_engine(committed_url)
    sessionmaker = create_sessionmaker(database)
    async with sessionmaker() as session, session.begin():
        for statement in REFUSE_AT_COMMIT:
            await session.execute(text(statement))
        _, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="a", role=Role.admin))
    app = create_app(Settings(database_url=committed_url, _env_file=None))  # type: ignore[call-arg]
    app.state.engine = database
    app.state.sessionmaker = sessionmaker
    app.state.search = search_engine
    headers = {"Authorization": f"Bearer {token}"}
    before = await partner_key_names(search_engine)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            body = {"name": "Faalt bij commit", "allowed_origins": [ORIGIN]}
            refused = await http.post(KEYS, json=body, headers=headers)
            # The commit failed (deferred trigger): the caller hears so, never a 201 for a key that isn't there.
            assert refused.status_code == 503 and refused.headers["retry-after"] == "1", refused.text
            assert await partner_key_names(search_engine) == before
            async with sessionmaker() as session:
                assert (await session.scalars(select(SearchKey))).all() == []

            created = await create_key(http, headers)
            assert await partner_key_names(search_engine) == sorted(
                [*before, f"{search_engine.prefix}partner-{created['id']}"]
            )
    finally:
        await database.dispose()


async def test_allowed_origins_are_normalised_as_browsers_send_them_with_a_plain_error(
    search_client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    given = [
        "https://WWW.Partner.example/",
        "https://www.partner.example:443",
        "http://Local.test:80/",
        "http://x.test:8080/",
    ]
    created = await create_key(search_client, admin_headers, allowed_origins=given)
    assert created["allowed_origins"] == ["https://www.partner.example", "http://local.test", "http://x.test:8080"]
    for origin in ("https://www.partner.example", "http://local.test", "http://x.test:8080"):
        answer = await search_client.get(
            "/api/v1/search", headers={"X-Search-Key": created["secret"], "Origin": origin}
        )
        assert answer.status_code == 200, (origin, answer.text)
    wrong_port = await search_client.get(
        "/api/v1/search", headers={"X-Search-Key": created["secret"], "Origin": "http://x.test:8081"}
    )
    assert wrong_port.status_code == 403

    for bad in (
        "https://www.partner.example/zoeken",
        "www.partner.example",
        "ftp://partner.example",
        "https://x:99999",
    ):
        refused = await search_client.post(KEYS, json={"name": "X", "allowed_origins": [bad]}, headers=admin_headers)
        assert refused.status_code == 422, bad
        message = refused.json()["errors"][0]["message"]
        assert "is not an origin" in message and "e.g. https://www.partner.nl" in message
        assert "^" not in message and "[a-z" not in message  # no regex in what a person reads


async def test_a_keys_fixed_languages_scope_content_not_the_directory(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    meili: MeiliServer,
    unreachable_engine: SearchEngine,
) -> None:
    made = await corpus(session)
    atria = await factories.organisation(session, "Atria kennisinstituut")
    await worker.drain()
    created = await create_key(search_client, admin_headers, languages=["nl"])
    partner = {"X-Search-Key": created["secret"], "Origin": ORIGIN}

    ours = (await search_client.get("/api/v1/search", params={"limit": 50}, headers=partner)).json()
    found = {(h["type"], h["id"]) for h in ours["data"]}
    assert ("organisation", atria.id) in found
    assert ("position_paper", made["english"]) not in found and ("knowledge_item", made["peace"]) in found
    # Asking for a language narrows to content in it (the directory has none), within the scope.
    dutch = (await search_client.get("/api/v1/search", params={"language": "nl"}, headers=partner)).json()
    assert "organisation" not in {h["type"] for h in dutch["data"]}
    english = (await search_client.get("/api/v1/search", params={"language": "en"}, headers=partner)).json()
    assert english["data"] == []
    # The tenant token carries the same rule.
    direct = (await direct_search(meili, created["meilisearch"])).json()
    assert atria.id in {h["id"] for h in direct["hits"] if h["type"] == "organisation"}
    assert made["english"] not in {h["id"] for h in direct["hits"] if h["type"] == "position_paper"}
    # And so does the database fallback.
    search_client._transport.app.state.search = unreachable_engine  # type: ignore[attr-defined]
    degraded = (await search_client.get("/api/v1/search", params={"limit": 50}, headers=partner)).json()
    assert degraded["meta"]["degraded"] is True
    assert {(h["type"], h["id"]) for h in degraded["data"]} == found


async def test_a_partner_may_ask_for_a_shorter_lived_token_never_a_longer_one(
    search_client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    created = await create_key(search_client, admin_headers)
    path = f"{KEYS}/{created['id']}/token"
    partner = {"X-Search-Key": created["secret"], "Origin": ORIGIN}
    short = await search_client.post(path, params={"ttl": 30}, headers=partner)
    assert short.status_code == 200, short.text
    lifetime = jwt_payload(short.json()["token"])["exp"] - datetime.now(UTC).timestamp()
    assert 25 <= lifetime <= 31
    assert datetime.fromisoformat(short.json()["expires_at"]).timestamp() == pytest.approx(
        lifetime + datetime.now(UTC).timestamp(), abs=2
    )
    for bad in (5, 86401, -1):
        refused = await search_client.post(path, params={"ttl": bad}, headers=partner)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "ttl"


async def test_issued_keys_carry_the_public_meilisearch_url(
    database_url: str,
    engine: Any,
    sessionmaker: Any,
    search_engine: SearchEngine,
    admin_headers: dict[str, str],
    tmp_path: Any,
) -> None:
    for public in ("https://search.kennisbank.example/", None):
        settings = Settings(database_url=database_url, meili_public_url=public, data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
        app = create_app(settings)
        app.state.engine, app.state.sessionmaker, app.state.search = engine, sessionmaker, search_engine
        # Unset: MEILI_URL, else the URL of the Meilisearch the server runs itself (embedded mode).
        expected = "https://search.kennisbank.example" if public else (settings.meili_url or search_engine.url)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            created = await create_key(http, admin_headers)
            assert created["meilisearch"]["url"] == expected
            refreshed = await http.post(f"{KEYS}/{created['id']}/token", headers=admin_headers)
            assert refreshed.json()["url"] == expected
