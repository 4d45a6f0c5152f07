"""JSON responses with caching semantics: one serialisation, an ETag, Cache-Control and a 304 when current."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Request, Response

from app.services.auth import Principal
from app.services.common import RecordVersion
from app.web.conditional import SPARED_ANSWER, body_hash, etag_matches, record_etag

PUBLIC_CACHE = "public, max-age=0, must-revalidate"
PRIVATE_CACHE = "private, no-store"


def dumps(payload: Any) -> bytes:
    return orjson.dumps(payload, option=orjson.OPT_NON_STR_KEYS)


def no_store(payload: Any, *, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON that no cache may keep: admin answers, secrets and tokens."""
    all_headers = {"Cache-Control": "no-store"} | (headers or {})
    return Response(dumps(payload), status_code=status_code, media_type="application/json", headers=all_headers)


def whole_list(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """A list body for collections that come whole (never paged): the same shape as a page."""
    return {"data": docs, "meta": {"next_cursor": None, "total": len(docs), "limit": len(docs)}}


def cache_control(principal: Principal) -> str:
    return PRIVATE_CACHE if principal.private else PUBLIC_CACHE


def json_response(
    request: Request,
    payload: Any,
    *,
    principal: Principal,
    status_code: int = 200,
    record: RecordVersion | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Serialise once; answer 304 when the client's copy is current (GET/HEAD only).

    ``record`` is the versioned record the payload represents, named by the ETag for If-Match.
    """
    body = dumps(payload)
    etag = record_etag(record, body) if record is not None else f'"{body_hash(body)}"'
    all_headers = {"ETag": etag, "Cache-Control": cache_control(principal), "Vary": "Authorization, Accept"}
    all_headers |= headers or {}
    if request.method in ("GET", "HEAD") and status_code == 200:
        if_none_match = request.headers.get("if-none-match")
        if if_none_match and etag_matches(if_none_match, etag):
            # The response cache keeps the full answer even when the client was spared its body.
            request.scope.setdefault("state", {})[SPARED_ANSWER] = (body, all_headers)
            return Response(status_code=304, headers=all_headers)
    return Response(body, status_code=status_code, media_type="application/json", headers=all_headers)


def page_links(request: Request, next_cursor: str | None) -> dict[str, str]:
    """The RFC 8288 Link header pointing at the next page (none on the last page)."""
    if next_cursor is None:
        return {}
    return {"Link": f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'}
