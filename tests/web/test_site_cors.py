"""CORS for the service's own frontends (app/web/site_cors.py): listed origins only, preflights, Vary, the cache."""

from __future__ import annotations

import asyncio
import time

import pytest
from pydantic import ValidationError

from app.settings import Settings, normalise_origin
from tests.conftest import start_app
from tests.web.conftest import AppClient

SITE = "https://www.wo-men.nl"
OTHER = "https://evil.example"
ACAO = "access-control-allow-origin"


def vary(response: object) -> set[str]:
    headers = response.headers  # type: ignore[attr-defined]
    return {v.strip().lower() for v in ",".join(headers.get_list("vary")).split(",") if v.strip()}


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("https://WWW.Wo-Men.nl/", "https://www.wo-men.nl"),
        ("https://www.wo-men.nl:443", "https://www.wo-men.nl"),
        ("http://127.0.0.2:8080", "http://127.0.0.2:8080"),
        ("http://[::1]:80", "http://[::1]"),
    ],
)
def test_origins_are_normalised(raw: str, normal: str) -> None:
    assert normalise_origin(raw) == normal


@pytest.mark.parametrize(
    "bad",
    ["*", "null", "https://*.wo-men.nl", "https://www.wo-men.nl/path", "ftp://x.nl", "wo-men.nl", "https://u:p@x.nl"],
)
def test_a_wildcard_or_anything_but_an_exact_origin_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="origin"):
        Settings(_env_file=None, cors_origins=f"{SITE},{bad}")  # type: ignore[call-arg]


def test_the_setting_is_a_comma_separated_list() -> None:
    settings = Settings(_env_file=None, cors_origins=f" {SITE}/ , http://localhost:3000,{SITE}")  # type: ignore[call-arg]
    assert settings.cors_origin_set == {SITE, "http://localhost:3000"}
    assert Settings(_env_file=None).cors_origin_set == frozenset()  # type: ignore[call-arg]


@pytest.mark.parametrize("path", ["/graphql", "/api/v1/knowledge-items", "/api/v1/organisations/x"])
async def test_a_listed_origin_gets_its_preflight_answered(app_client: AppClient, path: str) -> None:
    async with app_client(cors_origins=SITE) as http:
        answer = await http.options(
            path,
            headers={
                "Origin": SITE,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type, x-preview-token",
            },
        )
    assert answer.status_code == 204
    assert answer.headers[ACAO] == SITE
    allowed = {h.strip().lower() for h in answer.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "if-match", "if-none-match", "x-preview-token"} <= allowed
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in answer.headers
    assert "origin" in vary(answer)


async def test_an_unlisted_origin_gets_no_grant_anywhere(app_client: AppClient) -> None:
    async with app_client(cors_origins=SITE) as http:
        preflight = await http.options("/graphql", headers={"Origin": OTHER, "Access-Control-Request-Method": "POST"})
        query = await http.post(
            "/graphql", json={"query": "{ knowledgeItems(first: 1) { totalCount } }"}, headers={"Origin": OTHER}
        )
        listing = await http.get("/api/v1/themes", headers={"Origin": OTHER})
        # a look-alike: the listed origin with another scheme, port or suffix
        for lookalike in ("http://www.wo-men.nl", "https://www.wo-men.nl:8443", "https://www.wo-men.nl.evil.example"):
            near = await http.get("/api/v1/themes", headers={"Origin": lookalike})
            assert ACAO not in near.headers
    assert preflight.status_code == 204
    assert not [h for h in preflight.headers if h.startswith("access-control-")]
    assert query.status_code == 200 and ACAO not in query.headers
    assert listing.status_code == 200 and ACAO not in listing.headers and "origin" in vary(listing)


async def test_answers_to_a_listed_origin_are_granted_and_expose_what_clients_read(app_client: AppClient) -> None:
    async with app_client(cors_origins=f"{SITE},http://localhost:3000") as http:
        listing = await http.get("/api/v1/knowledge-items?limit=1", headers={"Origin": SITE})
        graphql = await http.get(
            "/graphql",
            params={"query": "{ knowledgeItems(first: 1) { totalCount } }"},
            headers={"Origin": "http://localhost:3000"},
        )
    assert listing.headers[ACAO] == SITE
    exposed = {h.strip().lower() for h in listing.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "link", "x-request-id"} <= exposed
    assert {"origin", "authorization", "accept"} <= vary(listing)  # merged into one Vary
    assert len(listing.headers.get_list("vary")) == 1
    assert graphql.headers[ACAO] == "http://localhost:3000"
    assert {"origin", "authorization"} <= vary(graphql)


async def test_no_origins_configured_grants_nothing(app_client: AppClient) -> None:
    async with app_client() as http:
        answer = await http.get("/api/v1/themes", headers={"Origin": SITE})
        preflight = await http.options("/graphql", headers={"Origin": SITE, "Access-Control-Request-Method": "GET"})
    assert ACAO not in answer.headers and ACAO not in preflight.headers


async def test_the_partner_search_cors_is_unchanged(app_client: AppClient) -> None:
    """The search routes answer partner preflights as before, and a site origin gets no grant there."""
    async with app_client(cors_origins=SITE) as http:
        preflight = await http.options(
            "/api/v1/search", headers={"Origin": SITE, "Access-Control-Request-Method": "GET"}
        )
        search = await http.get("/api/v1/search?q=x", headers={"Origin": SITE})
    assert preflight.headers["access-control-allow-headers"] == "X-Search-Key"
    assert ACAO not in search.headers
    assert "x-search-key" in vary(search)


async def test_every_partner_route_keeps_its_own_rules_when_site_origins_are_set(app_client: AppClient) -> None:
    """The token refresh's partner preflight and the labels' open grant survive a site origin list."""
    partner = "https://partner.example"
    async with app_client(cors_origins=SITE) as http:
        token = await http.options(
            "/api/v1/search-keys/1/token",
            headers={
                "Origin": partner,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "x-search-key",
            },
        )
        labels = await http.get("/api/v1/search/labels", headers={"Origin": partner})
    assert token.headers[ACAO] == partner and token.headers["access-control-allow-methods"] == "POST"
    assert labels.status_code == 200 and labels.headers[ACAO] == "*"


async def test_cached_answers_carry_the_grant_of_each_request(committed_url: str) -> None:
    """The response cache keeps one answer; the grant is decided per request (allowed, foreign, allowed)."""
    async with start_app(committed_url, cors_origins=SITE) as started:
        client = started.client
        cache = started.app.state.response_cache
        deadline = time.monotonic() + 5
        while not cache.listening:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
        path = "/api/v1/knowledge-items?limit=3"
        first = await client.get(path, headers={"Origin": SITE})
        foreign = await client.get(path, headers={"Origin": OTHER})
        again = await client.get(path, headers={"Origin": SITE})
        bare = await client.get(path)
    assert first.headers[ACAO] == SITE and "kennisbank-cache" not in first.headers
    assert foreign.headers.get("kennisbank-cache") == "hit" and ACAO not in foreign.headers
    assert again.headers.get("kennisbank-cache") == "hit" and again.headers[ACAO] == SITE
    assert ACAO not in bare.headers
    for answer in (first, foreign, again, bare):
        assert "origin" in vary(answer)
        assert answer.content == first.content
