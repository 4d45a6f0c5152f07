"""Responses with caching semantics: ETags, conditional GETs, Cache-Control, and If-Match parsing.

A record's ETag names the record and its version besides hashing the representation:
``"ki12-v3-<hash>"`` is knowledge item 12 at version 3 (``pp`` position paper, ``th`` theme, ``org``
organisation, ``wg`` working group). If-Match compares strongly (RFC 9110 §13.1.1): a write goes ahead only
when a strong tag in it names this record at its current version (the hash is not compared: every
representation of that version will do), checked by the service under the row lock. If-None-Match compares
weakly and whole tags (``etag_matches``), so another record's tag never yields a 304.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import orjson
from fastapi import Request, Response

from app.errors import KennisbankError
from app.models.change import EntityType
from app.services.auth import Principal
from app.services.common import IfMatch, RecordVersion

PUBLIC_CACHE = "public, max-age=0, must-revalidate"
PRIVATE_CACHE = "private, no-store"
SPARED_ANSWER = "kennisbank_spared_answer"  # request state: the 200 a 304 stood in for (body, headers)
ENTITY_CODES = {
    EntityType.knowledge_item: "ki",
    EntityType.position_paper: "pp",
    EntityType.theme: "th",
    EntityType.organisation: "org",
    EntityType.working_group: "wg",
}
_ENTITY_OF_CODE = {code: entity for entity, code in ENTITY_CODES.items()}
# One entity tag of a list (RFC 9110 §8.8.3): an optional weakness indicator and a quoted opaque tag.
_ENTITY_TAG = re.compile(r'(W/)?"([^"]*)"')
_RECORD_TAG = re.compile(r"^([a-z]{2,3})([1-9][0-9]{0,18})-v([1-9][0-9]{0,9})(?:-[0-9a-f]*)?$")


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


def record_etag(record: RecordVersion, body: bytes) -> str:
    """A record's ETag: which record at which version (what If-Match checks), plus a hash of exactly this
    representation (so embedded relations or sparse fields changing also change the tag)."""
    return f'"{ENTITY_CODES[record.entity]}{record.id}-v{record.version}-{body_hash(body)}"'


def cache_control(principal: Principal) -> str:
    return PRIVATE_CACHE if principal.can_edit else PUBLIC_CACHE


def etag_matches(if_none_match: str, etag: str) -> bool:
    """If-None-Match against our ETag: weak comparison (RFC 9110 §8.8.3.2) of whole tags, or ``*``."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(f'"{tag}"' == opaque for _, tag in _ENTITY_TAG.findall(if_none_match))


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


def parse_if_match(header: str) -> IfMatch | None:
    """The records and versions an If-Match names (None for ``*``: any current version of an existing record).

    Weak tags and tags we did not issue name nothing: under strong comparison they match no record.
    """
    if header.strip() == "*":
        return None
    tags = []
    for weak, opaque in _ENTITY_TAG.findall(header):
        match = _RECORD_TAG.match(opaque)
        if weak or not match or match.group(1) not in _ENTITY_OF_CODE:
            continue
        code, record_id, version = match.groups()
        tags.append(RecordVersion(_ENTITY_OF_CODE[code], int(record_id), int(version)))
    return IfMatch(tags=tuple(tags))


def expected_version(request: Request) -> IfMatch | None:
    """The request's If-Match, for the service to check under the row lock; 428 when one is required.

    A header naming nothing usable is not refused here: the service answers 412 for an existing record,
    and 404 (or 403) as it would without the header (RFC 9110 §13.2.1).
    """
    header = request.headers.get("if-match")
    if header is None:
        if request.app.state.settings.require_if_match:
            raise PreconditionRequiredError("send If-Match with the ETag of the version you are changing")
        return None
    return parse_if_match(header)


def page_links(request: Request, next_cursor: str | None) -> dict[str, str]:
    """The RFC 8288 Link header pointing at the next page (none on the last page)."""
    if next_cursor is None:
        return {}
    return {"Link": f'<{request.url.include_query_params(cursor=next_cursor)}>; rel="next"'}
