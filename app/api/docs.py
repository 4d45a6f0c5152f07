"""The documentation pages (Swagger UI at /docs, ReDoc at /redoc) and the assets they and GraphiQL load,
all from the service itself (app/web/docs_pages.py); outside production unless ``KENNISBANK_DOCS`` says."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse

from app.web.docs_pages import ASSETS, ASSETS_PATH, asset_bytes, redoc_page, swagger_ui_page

DOCS_PATH, REDOC_PATH = "/docs", "/redoc"
router = APIRouter(include_in_schema=False)
assets_router = APIRouter(include_in_schema=False)  # also GraphiQL's, so included whenever either is on


@router.get(DOCS_PATH)
async def swagger_ui(request: Request) -> HTMLResponse:
    return HTMLResponse(swagger_ui_page(openapi_url=request.app.openapi_url, title=request.app.title))


@router.get(REDOC_PATH)
async def redoc(request: Request) -> HTMLResponse:
    return HTMLResponse(redoc_page(openapi_url=request.app.openapi_url, title=request.app.title))


@assets_router.get(ASSETS_PATH + "/{name}")
async def asset(name: str) -> Response:
    """Swagger UI's, ReDoc's and GraphiQL's code, from the installed packages (cached for a day)."""
    if name not in ASSETS:
        raise HTTPException(404, f"no asset named {name!r}")
    return Response(
        asset_bytes(name), media_type=ASSETS[name].media_type, headers={"Cache-Control": "public, max-age=86400"}
    )
