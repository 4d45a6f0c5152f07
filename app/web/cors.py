"""CORS for partner sites: only search, only with a partner key, only from that key's own origins.

A browser asks first (preflight ``OPTIONS``) whether it may send ``X-Search-Key`` cross-origin; the
preflight carries no key value, so every origin gets the same answer: GET with that header, no
credentials. The real request then decides: the search routes grant the ``Origin`` only when the key
in ``X-Search-Key`` is valid and lists that origin (``request.state.cors_origin``, set by
``app/api/search.py``). Without a grant the browser hides the answer from the page. No other route
grants anything, and nothing here ever allows credentials.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

SEARCH_PATHS = frozenset({"/api/v1/search", "/api/v1/search/suggest"})
STATE_KEY = "cors_origin"
PREFLIGHT_MAX_AGE = "600"
_CORS = frozenset({b"access-control-allow-origin", b"access-control-allow-credentials"})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


class PartnerCors:
    """Preflights for the search routes, and the per-key ``Access-Control-Allow-Origin`` on their answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] not in SEARCH_PATHS:
            await self.app(scope, receive, send)
            return
        origin = _header(scope, b"origin")
        if scope["method"] == "OPTIONS" and origin and _header(scope, b"access-control-request-method"):
            await self._preflight(origin, send)
            return
        state = scope.setdefault("state", {})  # shared with the handler, which records a granted origin

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in _CORS]
                headers.append((b"vary", b"Origin, X-Search-Key"))
                granted = state.get(STATE_KEY)
                if origin and granted == origin:
                    headers.append((b"access-control-allow-origin", origin.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    @staticmethod
    async def _preflight(origin: str, send: Send) -> None:
        headers = [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-methods", b"GET"),
            (b"access-control-allow-headers", b"X-Search-Key"),
            (b"access-control-max-age", PREFLIGHT_MAX_AGE.encode()),
            (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
            (b"content-length", b"0"),
        ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
