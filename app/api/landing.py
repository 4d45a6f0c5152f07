"""``GET /``: where a newcomer (or a script) starts: the version and links to everything else.

Browsers get a small HTML page, ``Accept: application/json`` gets the same links as JSON. In development
the page also says how to get an API key; in production it lists only what is switched on.
"""

from __future__ import annotations

import html
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from app.api.docs import DOCS_PATH, REDOC_PATH
from app.settings import Settings

LANDING_PATH = "/"
router = APIRouter(include_in_schema=False)
KEY_HOWTO = (
    "Anonymous requests see published content. For drafts and writes, create a key: "
    "`uv run kennisbank apikey create --name me --role editor` (prints the token once; roles: "
    "reader, previewer, editor, admin), then send `Authorization: Bearer <token>`."
)


def links(settings: Settings, app: Any) -> dict[str, dict[str, str]]:
    """What this deployment serves, by name: path and a one-line description."""
    found: dict[str, dict[str, str]] = {}

    def add(name: str, path: str, description: str) -> None:
        found[name] = {"href": path, "description": description}

    if settings.docs_enabled:
        add("docs", DOCS_PATH, "Swagger UI: the REST API, try it out")
        add("redoc", REDOC_PATH, "ReDoc: the REST API reference")
    add("openapi", app.openapi_url, "the OpenAPI document (generate clients from it)")
    add("rest", "/api/v1/knowledge-items", "the REST API under /api/v1 (knowledge items, position papers ...)")
    add("graphql", "/graphql", "GraphQL endpoint (POST, or GET for queries)")
    if settings.graphiql_enabled:
        add("graphiql", "/graphql", "GraphiQL, in a browser")
    add("search", "/api/v1/search?q=gender", "federated search over the published records")
    if not settings.is_production:
        add("embed_demo", "/embed/demo", "the partner search widget on the demo data")
    add("feeds", "/feeds/all.atom", "Atom feed of published content")
    add("oai", "/oai?verb=Identify", "OAI-PMH for harvesters")
    add("health", "/healthz", "liveness")
    add("ready", "/readyz", "readiness: database, search and its sync backlog")
    if settings.metrics:
        add("metrics", "/metrics", "Prometheus metrics")
    return found


def _code_spans(text: str) -> str:
    """``text`` escaped, with its `backticked` parts as <code> (the JSON answer keeps the backticks)."""
    parts = [html.escape(part) for part in text.split("`")]
    return "".join(f"<code>{part}</code>" if i % 2 else part for i, part in enumerate(parts))


@router.get(LANDING_PATH)
async def landing(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    found = links(settings, request.app)
    body: dict[str, Any] = {"name": request.app.title, "version": request.app.version, "links": found}
    if not settings.is_production:
        body["api_keys"] = KEY_HOWTO
    accept = request.headers.get("accept", "")
    if "text/html" not in accept or "application/json" in accept.split(",")[0]:
        return JSONResponse(body, headers={"Vary": "Accept"})
    items = "\n".join(
        f'<li><a href="{html.escape(link["href"])}">{html.escape(name.replace("_", " "))}</a>: '
        f"{html.escape(link['description'])}</li>"
        for name, link in found.items()
    )
    howto = f"<p>{_code_spans(KEY_HOWTO)}</p>" if not settings.is_production else ""
    page = f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{html.escape(request.app.title)}</title>
<style>body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }}</style>
</head>
<body>
<h1>{html.escape(request.app.title)} <small>{html.escape(request.app.version)}</small></h1>
<p>{html.escape(request.app.summary or "")}</p>
<ul>
{items}
</ul>
{howto}
</body>
</html>
"""
    return HTMLResponse(page, headers={"Vary": "Accept"})
