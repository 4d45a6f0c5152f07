"""Conditional requests: the ETags we issue, If-None-Match (REST and GraphQL) and If-Match (REST writes).

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

from fastapi import Request

from app.errors import KennisbankError
from app.models.change import EntityType
from app.services.common import IfMatch, RecordVersion

# Request state: the 200 a 304 stood in for (body, headers), set by json_response for the response cache.
SPARED_ANSWER = "kennisbank_spared_answer"
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


def body_hash(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=10).hexdigest()


def record_etag(record: RecordVersion, body: bytes) -> str:
    """A record's ETag: which record at which version (what If-Match checks), plus a hash of exactly this
    representation (so embedded relations or sparse fields changing also change the tag)."""
    return f'"{ENTITY_CODES[record.entity]}{record.id}-v{record.version}-{body_hash(body)}"'


def etag_matches(if_none_match: str, etag: str) -> bool:
    """If-None-Match against our ETag: weak comparison (RFC 9110 §8.8.3.2) of whole tags, or ``*``."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(f'"{tag}"' == opaque for _, tag in _ENTITY_TAG.findall(if_none_match))


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
