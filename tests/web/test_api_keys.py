"""Verified API keys: no database round trip per request, revocation effective within the TTL everywhere."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import event

from app.errors import AuthenticationError
from app.models.api_key import ApiKeyCreate, Role
from app.models.base import utcnow
from app.services.auth import SYSTEM, create_api_key, revoke_api_key
from app.web.api_keys import VerifiedKeys


def count_statements(session) -> list[str]:
    statements: list[str] = []
    event.listen(session.sync_session.bind, "before_cursor_execute", lambda *a: statements.append(a[2]))
    return statements


async def test_a_verified_key_is_answered_from_memory_until_its_ttl(session):
    key, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="w", role=Role.reader))
    keys = VerifiedKeys(ttl_s=0.3)
    statements = count_statements(session)
    first = await keys.verify(session=session, token=token)
    assert first.key_id == key.id and first.role == Role.reader
    lookups = len(statements)
    for _ in range(50):
        assert await keys.verify(session=session, token=token) == first
    assert len(statements) == lookups == 1  # one lookup for 51 requests

    # Revoked elsewhere (another worker): still accepted here until the TTL runs out, then refused.
    await revoke_api_key(session=session, actor=SYSTEM, key_id=key.id)
    await session.flush()
    assert keys.cached(token) == first
    await asyncio.sleep(0.35)
    with pytest.raises(AuthenticationError):
        await keys.verify(session=session, token=token)


async def test_the_revoking_worker_forgets_at_once_and_expiry_needs_no_lookup(session):
    key, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="w", role=Role.editor))
    keys = VerifiedKeys(ttl_s=60)
    await keys.verify(session=session, token=token)
    keys.forget(key.id)
    assert keys.cached(token) is None

    soon = utcnow() + timedelta(seconds=0.3)
    _, expiring = await create_api_key(
        session=session, actor=SYSTEM, data=ApiKeyCreate(name="x", role=Role.editor, expires_at=soon)
    )
    assert (await keys.verify(session=session, token=expiring)).role == Role.editor
    await asyncio.sleep(0.35)
    assert keys.cached(expiring) is None  # expired by the clock, without asking the database


async def test_unknown_tokens_are_never_kept(session):
    keys = VerifiedKeys()
    for n in range(3):
        with pytest.raises(AuthenticationError):
            await keys.verify(session=session, token=f"kb_unknown{n}")
    assert keys.cached("kb_unknown0") is None
