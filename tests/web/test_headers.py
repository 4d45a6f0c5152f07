"""Security headers on every response; a CSP for the HTML pages that allows exactly what they load."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import httpx
import pytest

from app.main import create_app
from tests import factories

API_PATHS = [
    ("GET", "/healthz"),
    ("GET", "/api/v1/knowledge-items"),
    ("GET", "/api/v1/knowledge-items/no-such-item"),  # a 404 problem
    ("GET", "/api/v1/knowledge-items?nope=1"),  # a 400 problem
    ("POST", "/api/v1/themes"),  # a 401 problem
    ("GET", "/nowhere"),  # no route
    ("GET", "/openapi.json"),
    ("GET", "/graphql?query=%7B__typename%7D"),
    ("GET", "/feeds/knowledge-items.atom"),
    ("GET", "/metrics"),
]


def policy(header: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in header.split(";")) if d}


@pytest.mark.parametrize(("method", "path"), API_PATHS)
async def test_every_response_carries_the_security_headers(client, method, path):
    response = await client.request(method, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    assert policy(response.headers["content-security-policy"]) == {
        "default-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
    assert "server" not in response.headers


async def test_an_unhandled_error_still_carries_headers_and_request_id(settings, sessionmaker, capsys):
    app = create_app(settings)
    app.state.sessionmaker = sessionmaker

    async def broken() -> None:
        raise RuntimeError("boom with Bearer kb_secret_token_value")

    app.add_api_route("/boom", broken)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/boom", headers={"X-Request-ID": "trace-500"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-request-id"] == "trace-500"
    assert "boom" not in response.text
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    error = next(line for line in lines if line["event"].startswith("unhandled error"))
    assert error["request_id"] == "trace-500" and error["level"] == "error"
    assert "RuntimeError" in error["exception"] and "kb_secret" not in error["exception"]


SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)


@pytest.mark.parametrize(
    ("path", "headers"),
    [("/docs", {}), ("/redoc", {}), ("/graphql", {"Accept": "text/html"})],
)
async def test_html_pages_get_a_policy_naming_exactly_their_scripts(client, path, headers):
    response = await client.get(path, headers=headers)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    csp = policy(response.headers["content-security-policy"])
    assert csp["default-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src" if "object-src" in csp else "default-src"] == ["'none'"]
    scripts = csp["script-src"]
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert not any(s.endswith("/") or s.endswith("*") or s in ("https:", "http:") for s in scripts), scripts
    html = response.text
    wanted = {"'self'"}
    sources = []
    for attrs, body in SCRIPT.findall(html):
        src = re.search(r'src="([^"]+)"', attrs)
        if src:
            sources.append(src.group(1))
        elif body.strip():
            wanted.add("'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'")
    assert set(scripts) == wanted
    # Served by the service itself (no CDN at run time): same-origin scripts, allowed by 'self' alone.
    assert sources and all(src.startswith("/_assets/") for src in sources), sources
    for href in re.findall(r'<link[^>]*rel="?stylesheet"?[^>]*href="([^"]+)"', html) + re.findall(
        r'<link[^>]*href="([^"]+)"[^>]*rel="?stylesheet', html
    ):
        assert href.startswith("/_assets/") and csp["style-src"][0] == "'self'"
    assert not any("https://" in source for values in csp.values() for source in values), csp
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_json_items_and_problems_cannot_be_framed_or_run(client, session):
    await factories.knowledge_item(session, "Openbaar", publish=True)
    listing = await client.get("/api/v1/knowledge-items")
    assert listing.status_code == 200
    assert listing.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"


async def test_html_from_anywhere_else_gets_the_api_policy_so_its_scripts_never_run(settings, sessionmaker):
    # An uploaded HTML attachment, say: its inline script must not be allowed by hash.
    from fastapi.responses import HTMLResponse

    app = create_app(settings)
    app.state.sessionmaker = sessionmaker

    async def page() -> HTMLResponse:
        return HTMLResponse("<html><script>alert(document.cookie)</script></html>")

    app.add_api_route("/media/evil.html", page)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/media/evil.html")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
