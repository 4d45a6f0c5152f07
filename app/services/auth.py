"""API keys and who is asking: principals, roles and the permission checks services apply."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import AuthenticationError, NotFoundError, PermissionDeniedError
from app.models.api_key import ApiKey, ApiKeyCreate, Role
from app.models.base import utcnow

TOKEN_PREFIX = "kb_"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is making a request. ``role`` is None for anonymous callers."""

    role: Role | None = None
    key_id: int | None = None
    name: str = "anonymous"
    # A preview token scoped to one record: (entity type, id). None: the role alone decides.
    draft_record: tuple[str, int] | None = None

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.editor, Role.admin)

    @property
    def sees_drafts(self) -> bool:
        """Whether every draft is visible: editors, admins, previewer keys and all-drafts preview tokens."""
        return self.role in (Role.editor, Role.admin, Role.previewer) and self.draft_record is None

    @property
    def private(self) -> bool:
        """Whether answers may show more than the public sees: no shared cache may keep them."""
        return self.role in (Role.editor, Role.admin, Role.previewer)

    @property
    def visibility(self) -> tuple[str, ...]:
        """What the visibility rule gives this caller, as a key (statement and count caches)."""
        if self.sees_drafts:
            return ("drafts",)
        if self.draft_record is not None:
            return ("record", self.draft_record[0], str(self.draft_record[1]))
        return ("public",)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.admin


ANONYMOUS = Principal()
SYSTEM = Principal(role=Role.admin, name="system")


READ_ONLY = "a previewer key or preview token only reads: this needs an API key with the editor or admin role"


def require_editor(actor: Principal) -> None:
    """Anonymous callers must authenticate (401); a reader's or previewer's key lacks the permission (403)."""
    if actor.role is None:
        raise AuthenticationError("this needs an API key with the editor or admin role")
    if actor.role == Role.previewer:
        raise PermissionDeniedError(READ_ONLY, reason="read_only")
    if not actor.can_edit:
        raise PermissionDeniedError("this needs an API key with the editor or admin role")


def require_admin(actor: Principal) -> None:
    if actor.role is None:
        raise AuthenticationError("this needs an API key with the admin role")
    if actor.role == Role.previewer:
        raise PermissionDeniedError(READ_ONLY, reason="read_only")
    if not actor.is_admin:
        raise PermissionDeniedError("this needs an API key with the admin role")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_api_key(*, session: AsyncSession, actor: Principal, data: ApiKeyCreate) -> tuple[ApiKey, str]:
    """Create a key and return it with its token (admins); the token is not stored and can't be shown again."""
    require_admin(actor)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        name=data.name,
        role=data.role,
        prefix=token[: len(TOKEN_PREFIX) + 6],
        token_hash=hash_token(token),
        expires_at=data.expires_at,
    )
    session.add(key)
    await session.flush()
    return key, token


async def list_api_keys(*, session: AsyncSession, actor: Principal) -> list[ApiKey]:
    """Every key, newest first, revoked ones included (admins)."""
    require_admin(actor)
    return list((await session.scalars(select(ApiKey).order_by(col(ApiKey.id).desc()))).all())


async def revoke_api_key(*, session: AsyncSession, actor: Principal, key_id: int) -> ApiKey:
    """Mark a key revoked (admins); it stops working at once. Revoking twice is harmless."""
    require_admin(actor)
    key = await session.get(ApiKey, key_id)
    if key is None:
        raise NotFoundError(f"no API key with id {key_id}")
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key


async def verify_api_key(
    *, session: AsyncSession, token: str, now: datetime | None = None
) -> tuple[Principal, datetime | None]:
    """The principal behind a bearer token and when its key expires. Unknown, revoked and expired keys fail
    identically (AuthenticationError)."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 256:
        raise AuthenticationError("invalid API key")
    digest = hash_token(token)
    key = await session.scalar(select(ApiKey).where(col(ApiKey.token_hash) == digest))
    now = now or utcnow()
    # The lookup is by hash; comparing again in constant time keeps timing independent of the prefix match.
    if (
        key is None
        or not hmac.compare_digest(key.token_hash, digest)
        or key.revoked_at is not None
        or (key.expires_at is not None and key.expires_at <= now)
    ):
        raise AuthenticationError("invalid API key")
    return Principal(role=Role(key.role), key_id=key.id, name=key.name), key.expires_at


async def touch_api_keys(*, session: AsyncSession, used_at: dict[int, datetime]) -> None:
    """Record when keys were last used (called in batches, not once per request); never moves a value back."""
    for key_id, when in sorted(used_at.items()):
        await session.execute(
            update(ApiKey)
            .where(col(ApiKey.id) == key_id, or_(col(ApiKey.last_used_at).is_(None), col(ApiKey.last_used_at) < when))
            .values(last_used_at=when)
        )
