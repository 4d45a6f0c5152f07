"""Swagger UI, ReDoc and GraphiQL served by the service itself: no CDN at run time.

Their code comes from PyPI packages locked in uv.lock and is served from the installed package data at
``/_assets/<name>``: Swagger UI and ReDoc from ``fastapi-offline`` (MIT), GraphiQL with React from
``graphene-django-graphiql-static`` (BSD; a data-only wheel here: we read its static files, never import
Django). The pages therefore work offline and on an intranet, and under the service's Content-Security-
Policy (app/web/headers.py): their scripts are same-origin (``'self'``) and each inline bootstrap script is
allowed by its hash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

ASSETS_PATH = "/_assets"
_OFFLINE = "fastapi_offline"
_GRAPHIQL = "graphene_django_graphiql_static"


@dataclass(frozen=True)
class Asset:
    package: str
    path: str
    media_type: str


ASSETS: dict[str, Asset] = {
    "swagger-ui-bundle.js": Asset(_OFFLINE, "static/swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": Asset(_OFFLINE, "static/swagger-ui.css", "text/css; charset=utf-8"),
    "redoc.standalone.js": Asset(_OFFLINE, "static/redoc.standalone.js", "text/javascript; charset=utf-8"),
    "favicon.png": Asset(_OFFLINE, "static/favicon.png", "image/png"),
    "react.production.min.js": Asset(
        _GRAPHIQL, f"static/{_GRAPHIQL}/react.production.min.js", "text/javascript; charset=utf-8"
    ),
    "react-dom.production.min.js": Asset(
        _GRAPHIQL, f"static/{_GRAPHIQL}/react-dom.production.min.js", "text/javascript; charset=utf-8"
    ),
    "graphiql.min.js": Asset(_GRAPHIQL, f"static/{_GRAPHIQL}/graphiql.min.js", "text/javascript; charset=utf-8"),
    "graphiql.min.css": Asset(_GRAPHIQL, f"static/{_GRAPHIQL}/graphiql.min.css", "text/css; charset=utf-8"),
}


@lru_cache(maxsize=len(ASSETS))
def asset_bytes(name: str) -> bytes:
    """The bytes of one named asset, read once from the installed package (KeyError for any other name)."""
    asset = ASSETS[name]
    # files() of the top-level package only: importing graphene_django_graphiql_static's submodules would
    # need Django; its __init__ is a version string.
    return files(asset.package).joinpath(asset.path).read_bytes()


def swagger_ui_page(*, openapi_url: str, title: str) -> bytes:
    """Swagger UI on the service's own copy of its code."""
    response = get_swagger_ui_html(
        openapi_url=openapi_url,
        title=f"{title} - Swagger UI",
        swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS_PATH}/favicon.png",
        swagger_ui_parameters={"persistAuthorization": True},
    )
    return bytes(response.body)


def redoc_page(*, openapi_url: str, title: str) -> bytes:
    """ReDoc on the service's own copy of its code, without Google Fonts."""
    response = get_redoc_html(
        openapi_url=openapi_url,
        title=f"{title} - ReDoc",
        redoc_js_url=f"{ASSETS_PATH}/redoc.standalone.js",
        redoc_favicon_url=f"{ASSETS_PATH}/favicon.png",
        with_google_fonts=False,
    )
    return bytes(response.body)


EXAMPLE_QUERY = """# GraphiQL for the Kennisbank API: run this with the ▶ button (or Ctrl-Enter).
# Editors add their key under Headers: {"Authorization": "Bearer kb_..."}
{
  knowledgeItems(first: 3) {
    edges {
      node {
        title
        slug
        themes { nameNl nameEn }
      }
    }
  }
}
"""


@lru_cache(maxsize=4)
def graphiql_page(graphql_path: str) -> str:
    """GraphiQL (React 17 UMD builds) posting to ``graphql_path``; its one inline script is hashed by the CSP."""
    # "</" could end the script element early; JSON allows the escaped slash.
    settings = json.dumps({"url": graphql_path, "query": EXAMPLE_QUERY}).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kennisbank API - GraphiQL</title>
<link rel="icon" href="{ASSETS_PATH}/favicon.png">
<link rel="stylesheet" href="{ASSETS_PATH}/graphiql.min.css">
<style>html, body, #graphiql {{ height: 100%; margin: 0; }}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="{ASSETS_PATH}/react.production.min.js"></script>
<script src="{ASSETS_PATH}/react-dom.production.min.js"></script>
<script src="{ASSETS_PATH}/graphiql.min.js"></script>
<script id="graphiql-settings" type="application/json">{settings}</script>
<script>
const settings = JSON.parse(document.getElementById("graphiql-settings").textContent);
const fetcher = GraphiQL.createFetcher({{ url: new URL(settings.url, location.href).href }});
ReactDOM.render(
  React.createElement(GraphiQL, {{
    fetcher: fetcher,
    defaultQuery: settings.query,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
  }}),
  document.getElementById("graphiql"),
);
</script>
</body>
</html>
"""
