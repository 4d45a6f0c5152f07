"""Request ids, access logs and Prometheus metrics: one pure ASGI middleware and the metrics it counts.

The request id is the caller's ``X-Request-ID`` when it is short and plain, else a new one; it is
returned in ``X-Request-ID`` and bound to every log line of the request. Metrics are labelled by route
template (``/api/v1/knowledge-items/{item_id}``), never the raw path, so their number stays bounded.
``GET /metrics`` (app/api/metrics.py) exposes them.
"""

from __future__ import annotations

import re
import time
import uuid

import structlog
from fastapi import Request
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.web.problems import unexpected_error

log = structlog.get_logger("kennisbank.access")
_REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:@/+=-]{1,128}$")
UNMATCHED = "unmatched"

REQUESTS = Counter("kennisbank_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram(
    "kennisbank_http_request_duration_seconds",
    "Time from request to the end of the response body",
    ["method", "route"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
RATE_LIMITED = Counter("kennisbank_rate_limited", "Requests refused with 429", ["limit"])


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers") or ():
        if name == b"x-request-id":
            return value.decode("ascii") if _REQUEST_ID.match(value) else uuid.uuid4().hex
    return uuid.uuid4().hex


def route_template(scope: Scope, status: int) -> str:
    """The matched route's full path template; plain Starlette routes (docs, openapi.json) are looked up."""
    # FastAPI keeps a route of an included router relative to that router; the resolved route context
    # it records in the scope has the full template (tests/web/test_observability.py pins this).
    context = (scope.get("fastapi") or {}).get("effective_route_context")
    template = getattr(context, "path_format", None)
    if isinstance(template, str):
        return template
    route = scope.get("route")
    if route is None and status != 404 and "app" in scope:
        # FastAPI marks only its API routes in the scope; the few others have fixed paths.
        route = next((r for r in scope["app"].routes if getattr(r, "path", None) == scope["path"]), None)
    return str(getattr(route, "path", None) or UNMATCHED)


class RequestObservation:
    """Bind a request id, time the request, count it by route and status, and log one access line."""

    def __init__(self, app: ASGIApp, *, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = request_id_from(scope)
        tokens = structlog.contextvars.bind_contextvars(request_id=request_id)
        status = 500
        response_started = False
        header = (b"x-request-id", request_id.encode())

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), header]}
            await send(message)

        try:
            try:
                await self.app(scope, receive, send_with_id)
            except Exception as exc:
                # Answer here rather than in Starlette's outermost handler, so the 500 carries the id
                # and the security headers too; the handler logs the error with the id bound.
                if response_started:
                    raise
                response = await unexpected_error(Request(scope), exc)
                await response(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            method = scope["method"]
            route = route_template(scope, status)
            REQUESTS.labels(method, route, str(status)).inc()
            LATENCY.labels(method, route).observe(elapsed)
            if self.access_log:
                log.info(
                    "request",
                    method=method,
                    path=scope["path"],
                    route=route,
                    status=status,
                    duration_ms=round(elapsed * 1000, 2),
                )
            structlog.contextvars.reset_contextvars(**tokens)
