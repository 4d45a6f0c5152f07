"""The partner embed: the widget's script (public, cacheable for a year) and the /embed/demo page."""

from __future__ import annotations

import html
import re

from fastapi import APIRouter, Request, Response

from app.embed import SCRIPT_NAME, widget_script
from app.embed.demo import demo_search_key
from app.errors import NotFoundError, ServiceUnavailableError
from app.web.conditional import etag_matches
from app.web.deps import request_session

router = APIRouter(prefix="/embed", include_in_schema=False)

SCRIPT_PATH = f"/embed/v1/{SCRIPT_NAME}"
YEAR = 365 * 24 * 3600
ORIGIN = re.compile(r"^https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$")


def _accepts_gzip(request: Request) -> bool:
    return any(
        part.split(";")[0].strip() == "gzip" and "q=0" not in part.replace(" ", "")
        for part in request.headers.get("accept-encoding", "").lower().split(",")
    )


@router.api_route(f"/v1/{SCRIPT_NAME}", methods=["GET", "HEAD"])
async def widget(request: Request) -> Response:
    """The <kennisbank-search> web component: immutable, any origin may load it (it holds no secret)."""
    script = widget_script()
    gzipped = _accepts_gzip(request)
    etag = script.etag[:-1] + ('-gz"' if gzipped else '"')
    headers = {
        "Cache-Control": f"public, max-age={YEAR}, immutable",
        "ETag": etag,
        "Vary": "Accept-Encoding",
        # Public and credential-free: `<script integrity crossorigin>` needs a CORS grant to check the hash.
        "Access-Control-Allow-Origin": "*",
        "Cross-Origin-Resource-Policy": "cross-origin",
    }
    if gzipped:
        headers["Content-Encoding"] = "gzip"
    if etag_matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    body = script.gzipped if gzipped else script.body
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        body = b""
    return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)


def snippet(*, base: str, key: str, lang: str) -> str:
    """What a partner pastes into a page."""
    script = widget_script()
    return (
        f'<script src="{base}{SCRIPT_PATH}" integrity="{script.integrity}" crossorigin="anonymous" defer></script>\n'
        f'<kennisbank-search key="{key}" lang="{lang}"></kennisbank-search>'
    )


DEMO_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kennisbank search widget: demo</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }}
pre {{ background: #f6f8fa; padding: 1rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }}
nav a {{ margin-right: 1rem; }}
</style>
</head>
<body>
<h1>Kennisbank search widget</h1>
<p>{intro}</p>
<nav><a href="?lang=nl">Nederlands</a><a href="?lang=en">English</a></nav>
{widget}
<h2>Snippet</h2>
<p>Paste this into a partner page (with that partner's own key; see docs/embedding.md):</p>
<pre><code>{snippet}</code></pre>
<script src="{script_path}" defer></script>
</body>
</html>
"""


@router.get("/demo")
async def demo(request: Request, lang: str = "nl") -> Response:
    """The widget on the demo data, with the snippet to copy; not served in production.

    A GET that may write: the first visit creates the page's partner key, in a transaction of its own
    (GETs otherwise read without one)."""
    settings = request.app.state.settings
    if settings.is_production:
        raise NotFoundError("no such page")
    lang = "en" if lang == "en" else "nl"
    base = str(request.base_url).rstrip("/")
    origin = base if ORIGIN.match(base) else "http://127.0.0.1"
    engine = getattr(request.app.state, "search", None)
    public_url = str(settings.meili_public_url or settings.meili_url or (engine.url if engine else ""))
    try:
        async with request_session(request, read_only=False) as session:
            key = await demo_search_key(
                session=session, engine=engine, data_dir=settings.data_dir, origin=origin, public_url=public_url
            )
    except ServiceUnavailableError:
        key = ""
    if key:
        intro = (
            "The widget below searches the demo data with a partner key created for this page "
            "(named “Embed demo page”, listed and revocable under /api/v1/search-keys)."
        )
        widget_html = f'<kennisbank-search key="{html.escape(key)}" lang="{lang}"></kennisbank-search>'
    else:
        intro = (
            "Partner keys need Meilisearch, which this server is running without, so there is no widget to show. "
            "Start the API with Meilisearch (see README) and reload this page."
        )
        widget_html = ""
    page = DEMO_PAGE.format(
        lang=lang,
        intro=html.escape(intro),
        widget=widget_html,
        snippet=html.escape(snippet(base=base, key=key or "PARTNER_KEY", lang=lang)),
        script_path=SCRIPT_PATH,
    )
    return Response(page, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-store"})
