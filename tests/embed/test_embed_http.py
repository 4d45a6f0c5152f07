"""The widget's script as served, CORS per partner key, and the /embed/demo page (httpx against the app)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
import secrets
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.embed import STATIC
from app.main import create_app
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.settings import Settings
from tests.api.test_search_keys import ORIGIN, corpus, create_key
from tests.conftest import REPO
from tests.meili import MeiliServer

SCRIPT = "/embed/v1/kennisbank-search.js"
DOC = REPO / "docs" / "embedding.md"
GZIP_BUDGET = 15_000
EVIL = "https://evil.example"


def cors_headers(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.startswith("access-control-")}


def csp(header: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in header.split(";")) if d}


async def test_the_script_is_public_immutable_and_revalidates(embed_client: httpx.AsyncClient) -> None:
    response = await embed_client.get(SCRIPT, headers={"Accept-Encoding": "identity"})
    assert response.status_code == 200
    assert response.content == (STATIC / "kennisbank-search.js").read_bytes()
    assert response.headers["content-type"] == "text/javascript; charset=utf-8"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    assert response.headers["cross-origin-resource-policy"] == "cross-origin"
    assert "content-encoding" not in response.headers
    etag = response.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)

    again = await embed_client.get(SCRIPT, headers={"Accept-Encoding": "identity", "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag and again.headers["cache-control"] == response.headers["cache-control"]

    # httpx decodes gzip: the compressed representation is the same script, under a validator of its own.
    zipped = await embed_client.get(SCRIPT, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip" and "Accept-Encoding" in zipped.headers["vary"]
    assert zipped.content == response.content and zipped.headers["etag"] != etag
    head = await embed_client.head(SCRIPT, headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(response.content))
    assert (await embed_client.get("/embed/v2/kennisbank-search.js")).status_code == 404


async def test_the_documented_integrity_hash_and_gzipped_size_match_the_served_bytes(
    embed_client: httpx.AsyncClient,
) -> None:
    body = (await embed_client.get(SCRIPT, headers={"Accept-Encoding": "identity"})).content
    integrity = "sha384-" + base64.b64encode(hashlib.sha384(body).digest()).decode()
    doc = DOC.read_text()
    documented = set(re.findall(r"sha384-[A-Za-z0-9+/=]+", doc))
    assert documented == {integrity}, "update docs/embedding.md: the widget's bytes changed"
    gzipped = len(gzip.compress(body, compresslevel=9, mtime=0))
    assert gzipped < GZIP_BUDGET
    stated = re.search(r"gzipped size: \*\*([0-9.]+) kB\*\*", doc)
    assert stated is not None and stated.group(1) == f"{gzipped / 1000:.1f}", f"docs should say {gzipped / 1000:.1f}"


async def test_a_preflight_allows_the_key_header_for_get_without_credentials(embed_client: httpx.AsyncClient) -> None:
    for path in ("/api/v1/search", "/api/v1/search/suggest"):
        response = await embed_client.options(
            path,
            headers={
                "Origin": EVIL,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "x-search-key",
            },
        )
        # The preflight carries no key, so it cannot tell partners apart: the real request decides.
        assert response.status_code == 204
        assert cors_headers(response) == {
            "access-control-allow-origin": EVIL,
            "access-control-allow-methods": "GET",
            "access-control-allow-headers": "X-Search-Key",
            "access-control-max-age": "600",
        }
        assert "Origin" in response.headers["vary"]


async def test_a_search_answer_grants_only_the_keys_own_origins(
    session: AsyncSession,
    worker: SyncWorker,
    embed_client: httpx.AsyncClient,
    admin_headers: dict[str, str],
) -> None:
    made = await corpus(session)
    await worker.drain()
    key = await create_key(embed_client, admin_headers, allowed_origins=[ORIGIN, "http://127.0.0.1:8123"])
    secret = key["secret"]
    for path in ("/api/v1/search?q=vredesopbouw", "/api/v1/search/suggest?q=vredes"):
        granted = await embed_client.get(path, headers={"X-Search-Key": secret, "Origin": ORIGIN})
        assert granted.status_code == 200, granted.text
        assert cors_headers(granted) == {"access-control-allow-origin": ORIGIN}
        assert {v.strip() for v in granted.headers["vary"].split(",")} >= {"Origin", "X-Search-Key"}
        local = await embed_client.get(path, headers={"X-Search-Key": secret, "Origin": "http://127.0.0.1:8123"})
        assert cors_headers(local) == {"access-control-allow-origin": "http://127.0.0.1:8123"}

        # A refusal of the key is readable by the page that sent it, so it can say why; it holds nothing else.
        elsewhere = await embed_client.get(path, headers={"X-Search-Key": secret, "Origin": EVIL})
        assert elsewhere.status_code == 403 and cors_headers(elsewhere) == {"access-control-allow-origin": EVIL}
        assert elsewhere.json()["detail"] == "this search key may not be used from this origin"
        assert "data" not in elsewhere.json() and "hits" not in elsewhere.json()
        # The same page without a key is public search: answered, but not to a cross-origin page.
        keyless = await embed_client.get(path, headers={"Origin": ORIGIN})
        assert keyless.status_code == 200 and cors_headers(keyless) == {}
        unknown = await embed_client.get(path, headers={"X-Search-Key": "kbs_" + "x" * 43, "Origin": EVIL})
        assert unknown.status_code == 401 and cors_headers(unknown) == {"access-control-allow-origin": EVIL}
        # A query the API refuses, with a key this origin may use: readable too (the widget says "change it").
        long = await embed_client.get(
            path.split("?")[0], params={"q": "x" * 201}, headers={"X-Search-Key": secret, "Origin": ORIGIN}
        )
        assert long.status_code == 422 and cors_headers(long) == {"access-control-allow-origin": ORIGIN}
    ids = {h["id"] for h in (await embed_client.get("/api/v1/search", headers={"X-Search-Key": secret})).json()["data"]}
    assert made["peace"] in ids and made["draft"] not in ids

    assert (await embed_client.delete(f"/api/v1/search-keys/{key['id']}", headers=admin_headers)).status_code == 204
    revoked = await embed_client.get("/api/v1/search", headers={"X-Search-Key": secret, "Origin": ORIGIN})
    assert revoked.status_code == 401 and cors_headers(revoked) == {"access-control-allow-origin": ORIGIN}
    assert revoked.json()["detail"] == "invalid search key"


async def test_the_token_route_answers_a_partner_pages_preflight_and_grants_only_the_keys_origins(
    embed_client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    key = await create_key(embed_client, admin_headers)
    path = f"/api/v1/search-keys/{key['id']}/token"
    preflight = await embed_client.options(
        path,
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "x-search-key",
        },
    )
    assert preflight.status_code == 204
    assert cors_headers(preflight) == {
        "access-control-allow-origin": ORIGIN,
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "X-Search-Key",
        "access-control-max-age": "600",
    }
    granted = await embed_client.post(path, headers={"X-Search-Key": key["secret"], "Origin": ORIGIN})
    assert granted.status_code == 200, granted.text
    assert cors_headers(granted) == {"access-control-allow-origin": ORIGIN}
    assert granted.json()["token"] and granted.headers["cache-control"] == "no-store"

    elsewhere = await embed_client.post(path, headers={"X-Search-Key": key["secret"], "Origin": EVIL})
    assert elsewhere.status_code == 403 and cors_headers(elsewhere) == {"access-control-allow-origin": EVIL}
    assert "token" not in elsewhere.json()
    # An admin's refresh is never a partner page's: no grant, whatever the Origin says.
    admin = await embed_client.post(path, headers={**admin_headers, "Origin": ORIGIN})
    assert admin.status_code == 200 and cors_headers(admin) == {}
    # Other routes under /search-keys stay closed to pages: no preflight answer, no grant.
    listing = await embed_client.options(
        "/api/v1/search-keys", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"}
    )
    assert cors_headers(listing) == {}

    assert (await embed_client.delete(f"/api/v1/search-keys/{key['id']}", headers=admin_headers)).status_code == 204
    revoked = await embed_client.post(path, headers={"X-Search-Key": key["secret"], "Origin": ORIGIN})
    assert revoked.status_code == 401 and cors_headers(revoked) == {"access-control-allow-origin": ORIGIN}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/knowledge-items"),
        ("POST", "/api/v1/knowledge-items"),
        ("GET", "/api/v1/search-keys"),
        ("POST", "/api/v1/search-keys"),
        ("POST", "/graphql"),
        ("GET", "/api/v1/api-keys"),
    ],
)
async def test_editor_and_admin_routes_never_grant_a_partner_origin(
    embed_client: httpx.AsyncClient, admin_headers: dict[str, str], method: str, path: str
) -> None:
    preflight = await embed_client.options(
        path,
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert cors_headers(preflight) == {}
    actual = await embed_client.request(method, path, headers={**admin_headers, "Origin": ORIGIN}, json={})
    assert actual.status_code < 500
    assert cors_headers(actual) == {}


async def test_the_demo_page_shows_a_working_key_and_the_snippet_under_a_strict_policy(
    embed_client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    response = await embed_client.get("/embed/demo")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["cache-control"] == "no-store"
    page = response.text
    secret = re.search(r'<kennisbank-search key="(kbs_[A-Za-z0-9_-]+)" lang="nl">', page)
    assert secret is not None
    assert f"&lt;kennisbank-search key=&quot;{secret.group(1)}&quot;" in page  # the snippet, as text
    assert '<script src="/embed/v1/kennisbank-search.js" defer></script>' in page
    assert "integrity=&quot;sha384-" in page
    search = await embed_client.get("/api/v1/search", headers={"X-Search-Key": secret.group(1)})
    assert search.status_code == 200

    policy = csp(response.headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]  # no inline script, no other host
    assert policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"]

    # A second visit reuses the key; it is an ordinary partner key an admin can see (and revoke).
    again = await embed_client.get("/embed/demo?lang=en")
    assert f'<kennisbank-search key="{secret.group(1)}" lang="en">' in again.text
    keys = (await embed_client.get("/api/v1/search-keys", headers=admin_headers)).json()["data"]
    assert [k["name"] for k in keys] == ["Embed demo page"]
    assert keys[0]["allowed_origins"] == ["http://testserver"]
    await embed_client.delete(f"/api/v1/search-keys/{keys[0]['id']}", headers=admin_headers)
    replaced = re.search(r'key="(kbs_[^"]+)"', (await embed_client.get("/embed/demo")).text)
    assert replaced is not None and replaced.group(1) != secret.group(1)


async def test_the_demo_page_does_not_exist_in_production(
    database_url: str,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    search_engine: SearchEngine,
    meili: MeiliServer,
    tmp_path: Path,
) -> None:
    settings = Settings(  # type: ignore[call-arg]
        env="production",
        database_url=database_url,
        meili_url=meili.url,
        meili_master_key=meili.master_key,
        secret_key=secrets.token_urlsafe(32),
        data_dir=tmp_path,
        _env_file=None,
    )
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.search = search_engine
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        assert (await http.get("/embed/demo")).status_code == 404
        assert (await http.get(SCRIPT)).status_code == 200
    assert not (tmp_path / "embed-demo-search-key").exists()
