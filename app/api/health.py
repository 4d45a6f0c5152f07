"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.db import check_migrated
from app.errors import ConfigurationError
from app.search.status import search_status

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    summary="Ready to serve: the database is reachable and migrated; reports search status and outbox lag",
    responses={503: {"description": "Not ready; the body says which check failed"}},
)
async def readyz(request: Request) -> JSONResponse:
    checks: dict[str, Any] = {}
    ready = True
    try:
        await check_migrated(request.app.state.engine)
        checks["database"] = {"status": "ok"}
    except ConfigurationError as exc:
        ready = False
        checks["database"] = {"status": "error", "detail": exc.detail}
    except Exception as exc:  # any driver error means "not ready", never a 500
        ready = False
        checks["database"] = {"status": "error", "detail": type(exc).__name__}
    if ready:
        checks["search"] = await search_status(request.app)
    return JSONResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status_code=200 if ready else 503
    )
