"""CORS for the service's own frontends: the origins in ``KENNISBANK_CORS_ORIGINS``, on GraphQL and the REST API.

A site built on the Kennisbank (Next.js, Astro, the static example in examples/site) fetches from the
browser. Listed origins (exact, normalised: ``app.settings.normalise_origin``) get a grant on every answer
of ``/graphql`` and ``/api/v1/...``, and their preflights are answered here. Any other origin gets no
``Access-Control-Allow-*`` header at all, so the browser keeps the answer from the page.

No credentials: the API reads no cookies, callers authenticate with ``Authorization: Bearer`` (or a
preview token in ``X-Preview-Token``), which a cross-origin ``fetch`` sends without credentials mode. So
``Access-Control-Allow-Credentials`` is never sent, and a wildcard origin is refused by the settings.

The partner routes keep their own rules (app/web/cors.py ``partner_facing``: search, the token refresh, the
public labels); this module leaves them alone. Grants are added to every answer as it leaves, cached answers
(app/web/response_cache, which sits inside) included: the kept answer carries none, each request gets the
grant of its own origin, and ``Vary: Origin`` tells shared caches that the answer depends on it.
"""

from __future__ import annotations

from collections.abc import Collection

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.settings import normalise_origin
from app.web.cors import partner_facing

API_PREFIX = "/api/v1/"
PREFLIGHT_MAX_AGE = b"600"
ALLOW_METHODS = b"GET, HEAD, POST, PUT, PATCH, DELETE"
ALLOW_HEADERS = b"Authorization, Content-Type, If-Match, If-None-Match, X-Preview-Token, X-Request-ID, Cache-Control"
EXPOSE_HEADERS = b"ETag, Link, Location, Retry-After, X-Request-ID, Kennisbank-Cache, Content-Range"
VARY = (b"Origin", b"X-Preview-Token")
_CORS_PREFIX = b"access-control-"


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _granted(origin: str | None, allowed: Collection[str]) -> str | None:
    """The origin to grant, or None: only an exact (normalised) match of a listed origin."""
    if not origin or not allowed:
        return None
    try:
        normal = normalise_origin(origin)
    except ValueError:
        return None
    return origin if normal in allowed else None


def _with_vary(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` with Origin and X-Preview-Token merged into its Vary (one header, no duplicates)."""
    values: list[bytes] = []
    rest: list[tuple[bytes, bytes]] = []
    for name, value in headers:
        if name.lower() == b"vary":
            values += [v.strip() for v in value.split(b",") if v.strip()]
        else:
            rest.append((name, value))
    seen = {v.lower() for v in values}
    values += [v for v in VARY if v.lower() not in seen]
    return [*rest, (b"vary", b", ".join(values))]


class SiteCors:
    """Grants for ``origins`` on ``graphql_path`` and the REST API (the partner routes excepted)."""

    def __init__(self, app: ASGIApp, *, origins: Collection[str], graphql_path: str) -> None:
        self.app = app
        self.origins = frozenset(origins)
        self.graphql_path = graphql_path

    def _covers(self, path: str) -> bool:
        return path == self.graphql_path or (path.startswith(API_PREFIX) and not partner_facing(path))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._covers(scope["path"]):
            await self.app(scope, receive, send)
            return
        origin = _header(scope, b"origin")
        granted = _granted(origin, self.origins)
        if scope["method"] == "OPTIONS" and origin and _header(scope, b"access-control-request-method"):
            await self._preflight(granted, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                # Whatever an inner layer (or a kept answer) carried, the grant is this request's alone.
                headers = [(k, v) for k, v in message.get("headers", ()) if not k.lower().startswith(_CORS_PREFIX)]
                if granted is not None:
                    headers.append((b"access-control-allow-origin", granted.encode("latin-1")))
                    headers.append((b"access-control-expose-headers", EXPOSE_HEADERS))
                message = {**message, "headers": _with_vary(headers)}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    @staticmethod
    async def _preflight(granted: str | None, send: Send) -> None:
        """204 with the grant for a listed origin; 204 without any for the rest (the browser then refuses)."""
        headers = [
            (b"vary", b"Origin, Access-Control-Request-Method, Access-Control-Request-Headers"),
            (b"content-length", b"0"),
        ]
        if granted is not None:
            headers += [
                (b"access-control-allow-origin", granted.encode("latin-1")),
                (b"access-control-allow-methods", ALLOW_METHODS),
                (b"access-control-allow-headers", ALLOW_HEADERS),
                (b"access-control-max-age", PREFLIGHT_MAX_AGE),
            ]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
