"""Security headers on every response, and a Content-Security-Policy made to measure for HTML pages.

API responses (JSON, XML, NDJSON) get ``default-src 'none'``: nothing they contain may load or run.
The app's own HTML pages (Swagger UI, ReDoc, GraphiQL, the embed demo: ``html_pages``, named by
app/main.py) load their code from a CDN and carry one inline bootstrap script. Their policy is derived
from the page itself: each external script by its exact URL, each inline script by its SHA-256 hash, so
a script injected into the page would not run, and no other script on those CDNs could be loaded.
Styles are looser (``'unsafe-inline'``): the UIs set style attributes at run time, and CSS cannot run
code.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache

from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
COMMON_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
API_HEADERS = (*COMMON_HEADERS, (b"content-security-policy", API_POLICY.encode()))
_OWN = {name for name, _ in API_HEADERS} | {b"server"}

_SCRIPT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_LINK = re.compile(rb"<link\b([^>]*)>", re.S | re.I)
_ATTR = re.compile(rb"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Stylesheets from Google Fonts pull the font files from their static host.
_FONT_HOSTS = {"https://fonts.googleapis.com": "https://fonts.gstatic.com"}


def _attributes(tag: bytes) -> dict[str, str]:
    return {m.group(1).lower().decode(): (m.group(2) or m.group(3) or b"").decode() for m in _ATTR.finditer(tag)}


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


@lru_cache(maxsize=32)
def html_policy(body: bytes) -> str:
    """The CSP for one HTML page: exactly the scripts, stylesheets and icons it names, nothing else."""
    scripts: list[str] = []
    styles: list[str] = []
    images: list[str] = []
    fonts: list[str] = []
    for match in _SCRIPT.finditer(body):
        src = _attributes(match.group(1)).get("src")
        if src:
            if src.startswith(("https://", "http://")):  # a relative one is covered by 'self'
                scripts.append(src)
        elif match.group(2).strip():
            digest = base64.b64encode(hashlib.sha256(match.group(2)).digest()).decode()
            scripts.append(f"'sha256-{digest}'")
    for match in _LINK.finditer(body):
        attrs = _attributes(match.group(1))
        href, rel = attrs.get("href", ""), attrs.get("rel", "").lower()
        if not href.startswith("https://"):
            continue
        if "stylesheet" in rel:
            styles.append(href)
            if _origin(href) in _FONT_HOSTS:
                fonts.append(_FONT_HOSTS[_origin(href)])
        elif "icon" in rel:
            images.append(href)
    directives = {
        "default-src": ["'none'"],
        "script-src": ["'self'", *scripts],
        "style-src": ["'self'", "'unsafe-inline'", *styles],
        "img-src": ["'self'", "data:", *images],
        "font-src": ["'self'", "data:", *fonts],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],  # ReDoc runs its search index in a blob: worker
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return "; ".join(f"{name} {' '.join(dict.fromkeys(values))}" for name, values in directives.items())


class SecurityHeaders:
    """Add the security headers to every HTTP response; drop any ``Server`` header a framework set.

    Only the paths in ``html_pages`` (the app's own UI pages) get a policy derived from their markup; any
    other HTML (an uploaded file, say) gets the API policy, under which none of its scripts run.
    """

    def __init__(self, app: ASGIApp, *, html_pages: frozenset[str]) -> None:
        self.app = app
        self.html_pages = html_pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        pending_start: Message | None = None
        html_body: list[bytes] = []

        async def send_with_headers(message: Message) -> None:
            nonlocal pending_start
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() not in _OWN]
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if content_type.startswith(b"text/html") and scope["path"] in self.html_pages:
                    # The policy depends on the page: hold the start until the (small) body is complete.
                    pending_start = {**message, "headers": headers}
                    return
                await send({**message, "headers": [*headers, *API_HEADERS]})
                return
            if pending_start is not None and message["type"] == "http.response.body":
                html_body.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = b"".join(html_body)
                policy = (b"content-security-policy", html_policy(body).encode())
                await send({**pending_start, "headers": [*pending_start["headers"], *COMMON_HEADERS, policy]})
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, send_with_headers)
