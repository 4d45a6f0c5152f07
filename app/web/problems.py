"""RFC 9457 problem details: every error the REST API returns has this shape."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import (
    AuthenticationError,
    ConflictError,
    KennisbankError,
    NotFoundError,
    PermissionDeniedError,
    ServiceUnavailableError,
    ValidationFailedError,
    VersionMismatchError,
)

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://kennisbank.wo-men.nl/problems/"

STATUS_OF: dict[type[KennisbankError], int] = {
    NotFoundError: 404,
    ConflictError: 409,
    VersionMismatchError: 412,
    ValidationFailedError: 422,
    PermissionDeniedError: 403,
    AuthenticationError: 401,
    ServiceUnavailableError: 503,
}


def problem(
    status: int, code: str, title: str, detail: str, *, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {"type": TYPE_BASE + code.replace("_", "-"), "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


async def domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KennisbankError)
    status = getattr(exc, "http_status", None) or next((s for cls, s in STATUS_OF.items() if isinstance(exc, cls)), 400)
    extra = dict(exc.extra)
    if isinstance(exc, ValidationFailedError) and exc.field:
        extra["errors"] = [{"field": exc.field, "message": exc.detail}]
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return problem(status, exc.code, exc.title, exc.detail, headers=headers, **extra)


async def request_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body",
            "location": str(err.get("loc", ("body",))[0]),
            "message": err.get("msg", "invalid"),
            "type": err.get("type", "invalid"),
        }
        for err in exc.errors()
    ]
    return problem(422, "validation_failed", "Validation failed", "the request is not valid", errors=errors)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(exc.status_code, "http_error")
    return problem(
        exc.status_code,
        code,
        code.replace("_", " ").capitalize(),
        str(exc.detail),
        headers=getattr(exc, "headers", None),
    )


async def database_error(request: Request, exc: Exception) -> JSONResponse:
    """Database failures the services did not foresee: a clear status by SQLSTATE class, never SQL."""
    sqlstate = str(getattr(getattr(exc, "orig", None), "sqlstate", None) or getattr(exc, "sqlstate", "") or "")
    if isinstance(exc, IntegrityError) or sqlstate.startswith("23"):
        return problem(409, "conflict", "Conflict", "the change conflicts with existing data")
    if isinstance(exc, DataError) or sqlstate.startswith("22"):
        return problem(422, "validation_failed", "Validation failed", "a value does not fit its field")
    if sqlstate.startswith("40"):  # serialization failure or deadlock: safe to retry
        return problem(
            503,
            "service_unavailable",
            "Service unavailable",
            "a concurrent change got in the way; try again",
            headers={"Retry-After": "1"},
        )
    if sqlstate and not sqlstate.startswith(("08", "53", "57")):
        log.exception("unexpected database error %s on %s %s", sqlstate, request.method, request.url.path)
        return problem(500, "internal", "Internal error", "something went wrong on our side; it has been logged")
    log.warning("database unavailable on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return problem(
        503,
        "service_unavailable",
        "Service unavailable",
        "the database is unavailable; try again shortly",
        headers={"Retry-After": "2"},
    )


async def pool_exhausted(request: Request, exc: Exception) -> JSONResponse:
    """Every pooled connection stayed busy past the pool timeout: overload, so a retryable 503."""
    log.warning("no database connection free on %s %s", request.method, request.url.path)
    return problem(
        503,
        "service_unavailable",
        "Service unavailable",
        "the service is busy; try again shortly",
        headers={"Retry-After": "1"},
    )


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem(500, "internal", "Internal error", "something went wrong on our side; it has been logged")


def install(app: FastAPI) -> None:
    app.add_exception_handler(KennisbankError, domain_error)
    app.add_exception_handler(RequestValidationError, request_validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(DBAPIError, database_error)
    app.add_exception_handler(ConnectionError, database_error)  # refused/reset before the driver wraps it
    app.add_exception_handler(PoolTimeoutError, pool_exhausted)
    app.add_exception_handler(Exception, unexpected_error)
