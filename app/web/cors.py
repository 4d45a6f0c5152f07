"""CORS for partner sites: only the partner routes, only with a partner key, only from that key's own origins.

The partner routes are search (``GET /api/v1/search``, ``/api/v1/search/suggest``) and the tenant-token
refresh (``POST /api/v1/search-keys/{id}/token``). A browser asks first (preflight ``OPTIONS``) whether
it may send ``X-Search-Key`` cross-origin; the preflight carries no key value, so every origin gets the
same answer: that method with that header, no credentials. The real request then decides:

- a success carries ``Access-Control-Allow-Origin`` only when the key in ``X-Search-Key`` is valid and
  lists that origin (``request.state.cors_origin``, set by the route);
- a refusal of the key itself (401 unknown, revoked or expired; 403 another site's origin) carries a
  grant for the requesting origin, so the page can tell "no access from this site" and "key expired" from
  an outage. Their problem bodies say only that; nothing else is answered to such a request.

Without a grant the browser hides the answer from the page. No other route grants anything here, and
nothing here ever allows credentials.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

SEARCH_PATHS = frozenset({"/api/v1/search", "/api/v1/search/suggest"})
TOKEN_PATH = re.compile(r"^/api/v1/search-keys/[0-9]{1,18}/token$")
# Public names any origin may read (the route grants ``*`` itself); no key, no preflight needed.
OPEN_PATHS = frozenset({"/api/v1/search/labels"})
STATE_KEY = "cors_origin"
PREFLIGHT_MAX_AGE = "600"
KEY_REFUSALS = frozenset({401, 403})
_CORS = frozenset({b"access-control-allow-origin", b"access-control-allow-credentials"})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def partner_method(path: str) -> str | None:
    """The one method a partner page may use on ``path``; None for every other route."""
    if path in SEARCH_PATHS:
        return "GET"
    if TOKEN_PATH.match(path):
        return "POST"
    return None


def partner_facing(path: str) -> bool:
    """Whether ``path`` keeps the partner rules above (no other CORS layer may add or take grants there)."""
    return path in OPEN_PATHS or partner_method(path) is not None


class PartnerCors:
    """Preflights for the partner routes, and the per-key ``Access-Control-Allow-Origin`` on their answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = partner_method(scope["path"]) if scope["type"] == "http" else None
        if method is None:
            await self.app(scope, receive, send)
            return
        origin = _header(scope, b"origin")
        if scope["method"] == "OPTIONS" and origin and _header(scope, b"access-control-request-method"):
            await self._preflight(origin, method, send)
            return
        with_key = _header(scope, b"x-search-key") is not None
        state = scope.setdefault("state", {})  # shared with the handler, which records a granted origin

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in _CORS]
                headers.append((b"vary", b"Origin, X-Search-Key"))
                granted = state.get(STATE_KEY) == origin
                refused = with_key and message["status"] in KEY_REFUSALS
                if origin and (granted or refused):
                    headers.append((b"access-control-allow-origin", origin.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    @staticmethod
    async def _preflight(origin: str, method: str, send: Send) -> None:
        headers = [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-methods", method.encode()),
            (b"access-control-allow-headers", b"X-Search-Key"),
            (b"access-control-max-age", PREFLIGHT_MAX_AGE.encode()),
            (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
            (b"content-length", b"0"),
        ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
