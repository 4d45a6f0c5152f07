"""API keys and partner search keys: batched last_used_at, one 401 for every bad key, secrets never logged."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import structlog
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.models.api_key import ApiKey, ApiKeyCreate, Role
from app.models.base import utcnow
from app.models.search_key import SearchKey
from app.services.auth import SYSTEM, create_api_key, hash_token, touch_api_keys
from app.settings import Settings
from app.web.key_usage import KeyUsage, key_usage_runtime


class UpdateCounter:
    """Counts the UPDATEs of ``api_key`` sent on any connection of the engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine.sync_engine
        self.count = 0

    def __enter__(self) -> UpdateCounter:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE API_KEY"):
            self.count += 1


async def new_key(session: AsyncSession, role: Role = Role.editor, **fields: Any) -> tuple[ApiKey, str]:
    key, token = await create_api_key(
        session=session, actor=SYSTEM, data=ApiKeyCreate(name=f"k {role}", role=role, **fields)
    )
    return key, token


@pytest.fixture
def keys_app(settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> Any:
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    return app


@pytest.fixture
async def keys_client(keys_app: Any) -> Any:
    transport = httpx.ASGITransport(app=keys_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def test_many_requests_with_a_key_cost_one_update_per_flush(keys_app, keys_client, session, engine, sessionmaker):
    key, token = await new_key(session)
    other, other_token = await new_key(session, Role.reader)
    await session.flush()
    headers = {"Authorization": f"Bearer {token}"}
    with UpdateCounter(engine) as updates:
        for _ in range(25):
            assert (await keys_client.get("/api/v1/knowledge-items", headers=headers)).status_code == 200
        query = {"query": "{ themes { slug } }"}
        assert (await keys_client.post("/graphql", json=query, headers=headers)).status_code == 200
        assert (await keys_client.get("/api/v1/themes", headers={"Authorization": f"Bearer {other_token}"})).is_success
        assert updates.count == 0  # requests only note the key in memory
        usage: KeyUsage = keys_app.state.key_usage
        assert set(usage.pending()) == {key.id, other.id}
        assert await usage.flush(sessionmaker) == 2
        assert updates.count == 2  # one per key, not one per request (27 requests)
        assert await usage.flush(sessionmaker) == 0 and updates.count == 2
    await session.refresh(key)
    await session.refresh(other)
    assert key.last_used_at is not None and other.last_used_at is not None
    assert utcnow() - key.last_used_at < timedelta(minutes=1)


async def test_anonymous_and_refused_requests_note_no_key(keys_app, keys_client):
    await keys_client.get("/api/v1/knowledge-items")
    await keys_client.get("/api/v1/knowledge-items", headers={"Authorization": "Bearer kb_unknown_key_123456"})
    assert keys_app.state.key_usage.pending() == {}


async def test_last_used_at_never_moves_back(session):
    key, _ = await new_key(session)
    now = utcnow()
    await touch_api_keys(session=session, used_at={key.id: now})
    await touch_api_keys(session=session, used_at={key.id: now - timedelta(hours=1)})  # a slower process
    await session.refresh(key)
    assert key.last_used_at == now


class ObservedUsage(KeyUsage):
    """KeyUsage that says when a flush has written something (the flush runs in a background task)."""

    def __init__(self) -> None:
        super().__init__()
        self.written = asyncio.Event()

    async def flush(self, sessionmaker: async_sessionmaker[AsyncSession]) -> int:
        touched = await super().flush(sessionmaker)
        if touched:
            self.written.set()
        return touched


async def test_the_runtime_flushes_periodically_and_on_shutdown(session, sessionmaker):
    key, _ = await new_key(session)
    await session.flush()
    usage = ObservedUsage()
    app = SimpleNamespace(state=SimpleNamespace(key_usage=usage, sessionmaker=sessionmaker))
    first = utcnow() - timedelta(minutes=5)
    async with key_usage_runtime(app, interval_s=0.05):  # type: ignore[arg-type]
        usage.record(key.id, first)
        await asyncio.wait_for(usage.written.wait(), timeout=5)  # while the app runs
        usage.written.clear()
        assert (await session.scalar(select(ApiKey.last_used_at).where(ApiKey.id == key.id))) == first
        usage.record(key.id)  # seen again just before the app stops: its stop flushes it
    assert usage.written.is_set() and usage.pending() == {}
    await session.refresh(key)
    assert key.last_used_at is not None and key.last_used_at > first


async def test_a_failed_flush_keeps_the_sightings_for_the_next_one(session, sessionmaker):
    key, _ = await new_key(session)
    usage = KeyUsage()
    usage.record(key.id)

    def broken() -> Any:
        raise ConnectionError("database away")

    with pytest.raises(ConnectionError):
        await usage.flush(broken)  # type: ignore[arg-type]
    assert set(usage.pending()) == {key.id}
    assert await usage.flush(sessionmaker) == 1


def _comparable(response: Any) -> tuple[int, tuple[tuple[str, str], ...], bytes]:
    """Status, headers and body bytes, without what differs per request by design (request id, instance)."""
    varying = ("x-request-id", "content-length", "date")
    headers = tuple(sorted((k, v) for k, v in response.headers.items() if k not in varying))
    body = response.content
    if b'"instance"' in body or b'"request_id"' in body:
        parsed = {k: v for k, v in json.loads(body).items() if k not in ("instance", "request_id")}
        body = json.dumps(parsed, sort_keys=True).encode()
    return response.status_code, headers, body


async def test_unknown_revoked_and_expired_api_keys_get_byte_identical_401s(keys_client, session):
    _, revoked = await new_key(session)
    _, expired = await new_key(session)
    rows = (await session.scalars(select(ApiKey).order_by(ApiKey.id.desc()).limit(2))).all()
    rows[1].revoked_at = utcnow()
    rows[0].expires_at = utcnow() - timedelta(seconds=1)
    await session.flush()
    _, valid = await new_key(session)
    tampered = valid[:-4] + ("AAAA" if not valid.endswith("AAAA") else "BBBB")
    answers = []
    for token in ("kb_" + "x" * 43, revoked, expired, tampered, "not-even-our-format"):
        for path in ("/api/v1/knowledge-items", "/api/v1/api-keys"):
            response = await keys_client.get(path, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 401, (token, response.text)
            answers.append(_comparable(response))
    assert len(set(answers)) == 1, answers
    assert b"revoked" not in answers[0][2] and b"expired" not in answers[0][2]
    assert (await keys_client.get("/api/v1/api-keys", headers={"Authorization": f"Bearer {valid}"})).status_code == 403


async def test_unknown_revoked_and_expired_search_keys_get_byte_identical_401s(keys_client, session):
    def search_key(secret: str, **fields: Any) -> SearchKey:
        return SearchKey(name="p", prefix=secret[:10], secret_hash=hash_token(secret), **fields)

    revoked, expired, valid = "kbs_" + "r" * 43, "kbs_" + "e" * 43, "kbs_" + "v" * 43
    session.add_all(
        [
            search_key(revoked, revoked_at=utcnow()),
            search_key(expired, expires_at=utcnow() - timedelta(seconds=1)),
            search_key(valid),
        ]
    )
    await session.flush()
    answers = []
    for secret in ("kbs_" + "u" * 43, revoked, expired, "kb_wrong_kind_of_key_1234"):
        for path in ("/api/v1/search?q=vrede", "/api/v1/search/suggest?q=vre"):
            response = await keys_client.get(path, headers={"X-Search-Key": secret})
            assert response.status_code == 401, (secret, response.text)
            answers.append(_comparable(response))
    assert len(set(answers)) == 1, answers
    assert (await keys_client.get("/api/v1/search?q=vrede", headers={"X-Search-Key": valid})).status_code == 200


def test_keys_are_compared_in_constant_time():
    # Lookups go by SHA-256 digest, then hmac.compare_digest on the digest (app/services/auth.py,
    # app/services/search_keys.py); a plain == on the stored hash would be a timing oracle.
    import inspect

    from app.services import auth, search_keys

    for function in (auth.verify_api_key, search_keys.authenticate_search_key):
        source = inspect.getsource(function)
        assert "hmac.compare_digest(" in source and "hash_token(" in source


async def test_partner_search_secrets_never_reach_the_logs(keys_client, session, capsys):
    secret = "kbs_" + "s" * 43
    session.add(SearchKey(name="p", prefix=secret[:10], secret_hash=hash_token(secret)))
    await session.flush()
    await keys_client.get("/api/v1/search?q=vrede", headers={"X-Search-Key": secret})
    await keys_client.get("/api/v1/search?q=vrede", headers={"X-Search-Key": "kbs_" + "z" * 43})
    structlog.get_logger("app.test").warning(f"partner called with {secret}")
    err = capsys.readouterr().err
    assert err.count('"event"') >= 3
    assert secret not in err and "s" * 20 not in err and "z" * 20 not in err
