"""Partner search keys: a search-only, filter-scoped key for a partner site embedding our search.

A key has two faces. Its secret (``kbs_...``, stored only as a hash) works on our own
``/api/v1/search`` in the ``X-Search-Key`` header. And it owns a Meilisearch API key with only the
``search`` action on the public indexes, which signs short-lived tenant tokens carrying the key's fixed
filters: a partner's frontend searches Meilisearch directly with those. Deleting the Meilisearch key
on revocation makes every token signed with it worthless at once.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from meilisearch_python_sdk.errors import MeilisearchApiError
from meilisearch_python_sdk.models.client import Key
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db import on_rollback
from app.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ServiceUnavailableError,
    ValidationFailedError,
)
from app.models.base import utcnow
from app.models.search_key import SearchKey, SearchKeyCreate, normalised_origin
from app.models.theme import Theme
from app.search.engine import SearchEngine, SearchUnavailable
from app.search.indexes import INDEX_SUFFIX
from app.services.auth import Principal, hash_token, require_admin
from app.services.search.meili import meili_filter, shown_until
from app.services.search.request import KINDS, SearchRequest, SearchScope

log = logging.getLogger(__name__)

SECRET_PREFIX = "kbs_"
# Tenant tokens are short-lived: the partner's backend (or an admin) asks for a fresh one.
TOKEN_TTL = timedelta(hours=24)
# A partner may ask for a shorter life (a page refreshing often leaks less); never a longer one.
MIN_TOKEN_TTL = timedelta(seconds=10)
INVALID = "invalid search key"


@dataclass(frozen=True)
class TenantToken:
    """What a partner's frontend needs to search Meilisearch directly (e.g. with InstantSearch)."""

    url: str
    indexes: dict[str, str]
    token: str
    expires_at: datetime


def scope_of(key: SearchKey) -> SearchScope:
    """The fixed filters of a key, as the search service applies them."""
    assert key.id is not None
    return SearchScope(key_id=key.id, themes=tuple(key.themes), languages=tuple(key.languages), kinds=tuple(key.kinds))


def _require_engine(engine: SearchEngine | None) -> SearchEngine:
    if engine is None:
        raise ServiceUnavailableError("partner search keys need Meilisearch: set MEILI_URL")
    return engine


async def _meili(engine: SearchEngine, method: str, path: str, body: Any = None) -> Any:
    """A call to Meilisearch's key API; its failures become a 503 without Meilisearch's own words."""
    try:
        return await engine.request(method, path, body)
    except SearchUnavailable as exc:
        raise ServiceUnavailableError("Meilisearch is unreachable; try again shortly") from exc


def search_rules(engine: SearchEngine, key: SearchKey, *, expires_at: datetime) -> dict[str, Any]:
    """The tenant token's rules: every public index, each with the key's fixed filters (if any).

    A token's filter is fixed for its life, and Meilisearch has no clock to compare with: so it leaves out
    every item whose ``unpublish_at`` comes before the token expires. A partner searching Meilisearch
    directly never sees an expired item, scheduler or not; an item due to expire leaves those results up
    to a token's life (24 h) early. Our own search (and ``X-Search-Key``) hides it at the moment itself.
    """
    clauses = meili_filter(SearchRequest(themes=key.themes, scope_languages=key.languages, kinds=key.kinds))
    clauses.append(shown_until(expires_at.timestamp()))
    rule = {"filter": " AND ".join(clauses)}
    return {engine.uid(t): dict(rule) for t in INDEX_SUFFIX}


def _sign(
    engine: SearchEngine,
    key: SearchKey,
    parent: dict[str, Any],
    public_url: str,
    now: datetime,
    ttl: timedelta = TOKEN_TTL,
) -> TenantToken:
    expires_at = now + ttl
    if key.expires_at is not None:
        expires_at = min(expires_at, key.expires_at)
    token = engine.client.generate_tenant_token(
        search_rules(engine, key, expires_at=expires_at), api_key=Key.model_validate(parent), expires_at=expires_at
    )
    indexes = {str(t): engine.uid(t) for t in INDEX_SUFFIX}
    return TenantToken(url=public_url, indexes=indexes, token=token, expires_at=expires_at)


async def _check_filters(session: AsyncSession, data: SearchKeyCreate) -> None:
    if data.themes:
        known = set((await session.scalars(select(col(Theme.slug)).where(col(Theme.slug).in_(data.themes)))).all())
        unknown = [slug for slug in data.themes if slug not in known]
        if unknown:
            raise ValidationFailedError(f"unknown theme: {', '.join(unknown[:5])}", field="themes")
    bad_kinds = [kind for kind in data.kinds if kind not in KINDS]
    if bad_kinds:
        raise ValidationFailedError(f"unknown kind: {', '.join(bad_kinds[:5])}", field="kinds")


async def create_search_key(
    *,
    session: AsyncSession,
    engine: SearchEngine | None,
    actor: Principal,
    data: SearchKeyCreate,
    public_url: str,
) -> tuple[SearchKey, str, TenantToken]:
    """Create a partner key and its Meilisearch parent key (admins); returns the secret (shown once) and a token."""
    require_admin(actor)
    engine = _require_engine(engine)
    now = utcnow()
    if data.expires_at is not None and data.expires_at <= now + timedelta(minutes=1):
        raise ValidationFailedError("expires_at must be at least a minute in the future", field="expires_at")
    await _check_filters(session, data)
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    key = SearchKey(
        name=data.name,
        prefix=secret[: len(SECRET_PREFIX) + 6],
        secret_hash=hash_token(secret),
        allowed_origins=list(dict.fromkeys(data.allowed_origins)),
        themes=list(dict.fromkeys(data.themes)),
        languages=list(dict.fromkeys(str(lang) for lang in data.languages)),
        kinds=list(dict.fromkeys(data.kinds)),
        expires_at=data.expires_at,
    )
    session.add(key)
    await session.flush()  # the id names the Meilisearch key
    # The row is written first: if Meilisearch refuses, the request rolls back and nothing is left;
    # if the transaction fails after Meilisearch said yes, the compensation below deletes its key.
    try:
        parent = await _meili(
            engine,
            "POST",
            "/keys",
            {
                "name": f"{engine.prefix}partner-{key.id}",
                "description": f"Kennisbank partner search key {key.id}: {data.name}"[:250],
                "actions": ["search"],
                "indexes": [engine.uid(t) for t in INDEX_SUFFIX],
                "expiresAt": data.expires_at.isoformat() if data.expires_at else None,
            },
        )
    except MeilisearchApiError as exc:
        log.error("Meilisearch refused to create a partner key: %s", exc)
        raise ServiceUnavailableError("the search engine refused to create the key; try again later") from exc
    # Meilisearch can't join our transaction: if it does not commit, the parent key goes again.
    on_rollback(session, partial(_delete_parent_key, engine, parent["uid"]))
    key.meili_key_uid = parent["uid"]
    return key, secret, _sign(engine, key, parent, public_url, now)


async def _delete_parent_key(engine: SearchEngine, uid: str) -> None:
    try:
        await engine.request("DELETE", f"/keys/{uid}")
    except MeilisearchApiError as exc:
        if exc.code != "api_key_not_found":
            raise


async def list_search_keys(*, session: AsyncSession, actor: Principal) -> list[SearchKey]:
    """Every partner key, newest first, revoked ones included (admins)."""
    require_admin(actor)
    return list((await session.scalars(select(SearchKey).order_by(col(SearchKey.id).desc()))).all())


async def _get(session: AsyncSession, key_id: int) -> SearchKey:
    key = await session.get(SearchKey, key_id)
    if key is None:
        raise NotFoundError(f"no search key with id {key_id}")
    return key


async def revoke_search_key(
    *, session: AsyncSession, engine: SearchEngine | None, actor: Principal, key_id: int
) -> SearchKey:
    """Revoke a key (admins): its Meilisearch parent key is deleted, so every token dies with it. Idempotent."""
    require_admin(actor)
    key = await _get(session, key_id)
    if key.meili_key_uid is not None:
        engine = _require_engine(engine)
        try:
            await _meili(engine, "DELETE", f"/keys/{key.meili_key_uid}")
        except MeilisearchApiError as exc:
            if exc.code != "api_key_not_found":  # already gone is what we want
                log.error("Meilisearch refused to delete partner key %s: %s", key.id, exc)
                raise ServiceUnavailableError("the search engine refused to revoke the key; try again") from exc
        key.meili_key_uid = None
    if key.revoked_at is None:
        key.revoked_at = utcnow()
    return key


async def refresh_token(
    *,
    session: AsyncSession,
    engine: SearchEngine | None,
    actor: Principal,
    key_id: int,
    secret: str | None,
    origin: str | None,
    public_url: str,
    ttl: timedelta = TOKEN_TTL,
) -> TenantToken:
    """A fresh tenant token for a key, asked for by an admin or with the key's own secret (from its origins)."""
    if not MIN_TOKEN_TTL <= ttl <= TOKEN_TTL:
        raise ValidationFailedError(
            f"ttl must be between {MIN_TOKEN_TTL.seconds} and {int(TOKEN_TTL.total_seconds())} seconds", field="ttl"
        )
    now = utcnow()
    if secret is not None:
        scope = await authenticate_search_key(session=session, secret=secret, origin=origin, now=now)
        if scope.key_id != key_id:
            raise AuthenticationError(INVALID)
    else:
        require_admin(actor)
    key = await _get(session, key_id)
    if key.revoked_at is not None or key.meili_key_uid is None:
        raise ConflictError("this search key is revoked")
    if key.expires_at is not None and key.expires_at <= now:
        raise ConflictError("this search key has expired")
    engine = _require_engine(engine)
    try:
        parent = await _meili(engine, "GET", f"/keys/{key.meili_key_uid}")
    except MeilisearchApiError as exc:
        log.error("Meilisearch has no parent key for partner key %s: %s", key.id, exc)
        raise ConflictError("this search key no longer exists in the search engine; create a new one") from exc
    return _sign(engine, key, parent, public_url, now, ttl)


async def authenticate_search_key(
    *, session: AsyncSession, secret: str, origin: str | None, now: datetime | None = None
) -> SearchScope:
    """The scope behind an ``X-Search-Key``. Unknown, revoked and expired keys fail identically."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 256:
        raise AuthenticationError(INVALID)
    digest = hash_token(secret)
    key = await session.scalar(select(SearchKey).where(col(SearchKey.secret_hash) == digest))
    now = now or utcnow()
    if (
        key is None
        or not hmac.compare_digest(key.secret_hash, digest)
        or key.revoked_at is not None
        or (key.expires_at is not None and key.expires_at <= now)
    ):
        raise AuthenticationError(INVALID)
    # Browsers always send Origin on cross-site calls; servers need not, and the secret is what protects.
    allowed = {normalised_origin(o) or o for o in key.allowed_origins}
    if origin is not None and (normalised_origin(origin) or origin) not in allowed:
        raise PermissionDeniedError("this search key may not be used from this origin")
    return scope_of(key)
