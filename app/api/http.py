"""Responses with caching semantics: ETags, conditional GETs, Cache-Control, and If-Match parsing."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import orjson
from fastapi import Request, Response

from app.errors import KennisbankError, VersionMismatchError
from app.services.auth import Principal

PUBLIC_CACHE = "public, max-age=0, must-revalidate"
PRIVATE_CACHE = "private, no-store"
SPARED_ANSWER = "kennisbank_spared_answer"  # request state: the 200 a 304 stood in for (body, headers)
_VERSION_TAG = re.compile(r'^(?:W/)?"v(\d{1,10})(?:-[0-9a-f]*)?"$')


class PreconditionRequiredError(KennisbankError):
    code = "precondition_required"
    title = "Precondition required"
    http_status = 428


def dumps(payload: Any) -> bytes:
    return orjson.dumps(payload, option=orjson.OPT_NON_STR_KEYS)


def no_store(payload: Any, *, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON that no cache may keep: admin answers, secrets and tokens."""
    all_headers = {"Cache-Control": "no-store"} | (headers or {})
    return Response(dumps(payload), status_code=status_code, media_type="application/json", headers=all_headers)


def whole_list(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """A list body for collections that come whole (never paged): the same shape as a page."""
    return {"data": docs, "meta": {"next_cursor": None, "total": len(docs), "limit": len(docs)}}


def body_hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=10).hexdigest()


def version_etag(version: int, body: bytes) -> str:
    """An item's ETag: its version (what If-Match checks) plus a hash of exactly this representation
    (so embedded relations or sparse fields changing also change the tag)."""
    return f'"v{version}-{body_hash(body)}"'


def cache_control(principal: Principal) -> str:
    return PRIVATE_CACHE if principal.can_edit else PUBLIC_CACHE


def etag_matches(if_none_match: str, etag: str) -> bool:
    if if_none_match.strip() == "*":
        return True
    weak = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == weak for tag in if_none_match.split(","))


def json_response(
    request: Request,
    payload: Any,
    *,
    principal: Principal,
    status_code: int = 200,
    version: int | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Serialise once; answer 304 when the client's copy is current (GET/HEAD only)."""
    body = dumps(payload)
    etag = version_etag(version, body) if version is not None else f'"{body_hash(body)}"'
    all_headers = {"ETag": etag, "Cache-Control": cache_control(principal), "Vary": "Authorization, Accept"}
    all_headers |= headers or {}
    if request.method in ("GET", "HEAD") and status_code == 200:
        if_none_match = request.headers.get("if-none-match")
        if if_none_match and etag_matches(if_none_match, etag):
            # The response cache keeps the full answer even when the client was spared its body.
            request.scope.setdefault("state", {})[SPARED_ANSWER] = (body, all_headers)
            return Response(status_code=304, headers=all_headers)
    return Response(body, status_code=status_code, media_type="application/json", headers=all_headers)


def expected_version(request: Request) -> int | None:
    """The version named by If-Match (None for no header or ``*``); 428 when the server requires one."""
    header = request.headers.get("if-match")
    if header is None:
        if request.app.state.settings.require_if_match:
            raise PreconditionRequiredError("send If-Match with the ETag of the version you are changing")
        return None
    header = header.strip()
    if header == "*":
        return None
    for tag in header.split(","):
        match = _VERSION_TAG.match(tag.strip())
        if match:
            return int(match.group(1))
    raise VersionMismatchError("If-Match does not name a version of this record; GET it for a current ETag")


def page_links(request: Request, next_cursor: str | None) -> dict[str, str]:
    """The RFC 8288 Link header pointing at the next page (none on the last page)."""
    if next_cursor is None:
        return {}
    return {"Link": f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'}
