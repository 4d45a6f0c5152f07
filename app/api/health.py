"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from app.db import check_migrated
from app.errors import ConfigurationError
from app.search.status import search_status
from app.settings import Settings

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="healthz", summary="The process is up")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    operation_id="readyz",
    summary="Ready to serve: the database is reachable and migrated; reports search status and outbox lag",
    description=(
        "200 while PostgreSQL is reachable and migrated. `status` is `degraded` (still 200: search answers "
        "from the database meanwhile) while Meilisearch does not answer within 500 ms, or while the search "
        "outbox holds more than `KENNISBANK_READY_MAX_PENDING` rows or its oldest row is older than "
        "`KENNISBANK_READY_MAX_LAG_S` seconds (records written that search does not find yet)."
    ),
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
    status = "ok" if ready else "unavailable"
    if ready:
        search = checks["search"] = await search_status(request.app)
        behind = _sync_backlog(search, request.app.state.settings)
        if behind and search["status"] == "ok":
            search["status"], search["detail"] = "degraded", behind
        if search["status"] != "ok":
            status = "degraded"
    return JSONResponse({"status": status, "checks": checks}, status_code=200 if ready else 503)


def _sync_backlog(search: dict[str, Any], settings: Settings) -> str | None:
    """Why search is too far behind the database to call it ready, or None."""
    outbox = search["outbox"]
    pending, age = outbox["pending"], outbox["oldest_pending_age_s"] or 0.0
    if pending > settings.ready_max_pending or age > settings.ready_max_lag_s:
        return (
            f"search is behind: {pending} records wait to be indexed, the oldest for {age:.0f} s "
            f"(thresholds: {settings.ready_max_pending} rows, {settings.ready_max_lag_s:g} s); "
            "until then search may miss them"
        )
    return None
