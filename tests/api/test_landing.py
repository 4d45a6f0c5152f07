"""``GET /``: the front door, as HTML for browsers and JSON for scripts, and the assets the docs pages load."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from app.web.docs_pages import ASSETS


async def test_a_script_gets_the_links_as_json(client: httpx.AsyncClient) -> None:
    response = await client.get("/", headers={"Accept": "application/json"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert "Accept" in response.headers["vary"]
    body = response.json()
    assert body["name"] == "Kennisbank API" and body["version"]
    links = {name: link["href"] for name, link in body["links"].items()}
    assert links["docs"] == "/docs" and links["redoc"] == "/redoc" and links["openapi"] == "/openapi.json"
    assert links["graphql"] == "/graphql" and links["graphiql"] == "/graphql"
    assert links["embed_demo"] == "/embed/demo" and links["health"] == "/healthz" and links["ready"] == "/readyz"
    assert "kennisbank apikey create" in body["api_keys"]  # development: how to get a key
    for href in links.values():  # every link leads somewhere
        assert (await client.get(href)).status_code != 404, href


async def test_curl_without_accept_gets_json_too(client: httpx.AsyncClient) -> None:
    response = await client.get("/", headers={"Accept": "*/*"})
    assert response.headers["content-type"] == "application/json"


async def test_a_browser_gets_a_page_with_the_links(client: httpx.AsyncClient) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = await client.get("/", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    for href in ('href="/docs"', 'href="/redoc"', 'href="/graphql"', 'href="/embed/demo"', 'href="/readyz"'):
        assert href in page
    assert "<code>uv run kennisbank apikey create --name me --role editor</code>" in page and "`" not in page
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy  # no script of its own


async def test_production_lists_only_what_is_on_and_no_key_howto(app: FastAPI, client: httpx.AsyncClient) -> None:
    app.state.settings = app.state.settings.model_copy(update={"env": "production"})
    body = (await client.get("/", headers={"Accept": "application/json"})).json()
    assert {"docs", "redoc", "graphiql", "embed_demo"}.isdisjoint(body["links"])
    assert {"graphql", "openapi", "health", "ready"} <= set(body["links"]) and "api_keys" not in body


async def test_the_docs_assets_are_served_from_the_installed_packages(client: httpx.AsyncClient) -> None:
    for name, asset in ASSETS.items():
        response = await client.get(f"/_assets/{name}")
        assert response.status_code == 200 and len(response.content) > 1000, name
        assert response.headers["content-type"] == asset.media_type
        assert response.headers["cache-control"] == "public, max-age=86400"
    missing = await client.get("/_assets/..%2Fsettings.py")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
