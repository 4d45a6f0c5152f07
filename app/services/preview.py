"""Preview tokens: a site's preview (Next.js draft mode, Astro preview) reads drafts without a key that writes.

A token is stateless: ``kbp_`` + the scope and expiry, HMAC-SHA256-signed with ``KENNISBANK_SECRET_KEY``
(under a key of its own, so a pagination cursor can never pass for one). It names one record
(``knowledge_item:12``) or every draft (``*``), and when it stops working. Editors mint them; whoever holds
one reads as a previewer: GETs and GraphQL queries, never a write. A token cannot be revoked before it
expires except by changing the secret key, so lifetimes are short (an hour by default, a day at most).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import AuthenticationError
from app.models.api_key import Role
from app.models.base import utcnow
from app.models.content_types import spec_of
from app.models.preview import PreviewTokenCreate, PreviewType
from app.services.auth import Principal, require_editor
from app.services.content.listing import get_content

TOKEN_PREFIX = "kbp_"
MAX_TOKEN_LENGTH = 300
_MAC_BYTES = 16
ALL_DRAFTS = "*"


@dataclass(frozen=True, slots=True)
class PreviewGrant:
    """A minted token and what it shows."""

    token: str
    expires_at: datetime
    type: PreviewType | None
    id: int | None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class PreviewTokens:
    """Signs and checks preview tokens with a key derived from the service's secret."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"kennisbank-preview-token:" + secret.encode()).digest()

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()[:_MAC_BYTES]

    def sign(self, *, scope: str, expires_at: datetime) -> str:
        payload = f"{scope}|{int(expires_at.timestamp())}".encode()
        return TOKEN_PREFIX + _b64(payload) + "." + _b64(self._mac(payload))

    def principal(self, token: str, *, now: datetime | None = None) -> Principal:
        """Who a token's holder reads as; AuthenticationError for a forged, malformed or expired token."""
        invalid = AuthenticationError("invalid preview token", reason="invalid_preview_token")
        if not token.startswith(TOKEN_PREFIX) or len(token) > MAX_TOKEN_LENGTH:
            raise invalid
        body, _, mac = token[len(TOKEN_PREFIX) :].partition(".")
        try:
            payload, signature = _unb64(body), _unb64(mac)
        except ValueError:
            raise invalid from None
        if not hmac.compare_digest(signature, self._mac(payload)):
            raise invalid
        scope, _, expiry = payload.decode().partition("|")
        if not expiry.isdigit():
            raise invalid
        if int(expiry) <= (now or utcnow()).timestamp():
            raise AuthenticationError("this preview token has expired: ask for a new one", reason="expired")
        if scope == ALL_DRAFTS:
            return Principal(role=Role.previewer, name="preview token")
        entity, _, record = scope.partition(":")
        if not record.isdigit():
            raise invalid
        return Principal(role=Role.previewer, name="preview token", draft_record=(entity, int(record)))


async def create_preview_token(
    *, session: AsyncSession, actor: Principal, tokens: PreviewTokens, data: PreviewTokenCreate
) -> PreviewGrant:
    """A token showing one record (by id or slug, drafts included) or every draft, for editors."""
    require_editor(actor)
    expires_at = (utcnow() + timedelta(seconds=data.expires_in)).replace(microsecond=0).astimezone(UTC)
    if data.type is None or data.id is None:
        return PreviewGrant(tokens.sign(scope=ALL_DRAFTS, expires_at=expires_at), expires_at, None, None)
    record = await get_content(session=session, actor=actor, spec=spec_of(data.type), id_or_slug=data.id)
    scope = f"{data.type}:{record.id}"
    return PreviewGrant(tokens.sign(scope=scope, expires_at=expires_at), expires_at, data.type, record.id)
