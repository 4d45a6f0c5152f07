"""PostgreSQL restarted in the middle of a burst of writes: clean 503s, no partial rows, no app restart."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import create_sessionmaker
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.models.change import ChangeEvent
from app.models.knowledge import KnowledgeItem
from app.models.search_outbox import SearchOutbox
from app.services.auth import SYSTEM, create_api_key
from app.settings import Settings
from tests.e2e.faults.conftest import PrivatePostgres
from tests.meili import free_port

pytestmark = pytest.mark.slow

WRITES = 200
CONCURRENCY = 8
RESTART_AFTER = 60  # answered writes before PostgreSQL goes down
REQUEST_TIMEOUT_S = 20.0


@asynccontextmanager
async def served(settings: Settings) -> AsyncIterator[str]:
    """The real app behind uvicorn on a loopback port, in this event loop; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(300):
            if server.started:
                break
            assert not task.done(), "uvicorn stopped at start-up"
            await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=15)


async def editor_token(database_url: str) -> str:
    engine = create_async_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            _, token = await create_api_key(
                session=session, actor=SYSTEM, data=ApiKeyCreate(name="burst", role=Role.editor)
            )
        return token
    finally:
        await engine.dispose()


def assert_clean_503(response: httpx.Response) -> None:
    assert response.headers["content-type"] == "application/problem+json", response.text
    assert int(response.headers["retry-after"]) >= 1
    body = response.json()
    assert body["status"] == 503 and body["type"].endswith("/service-unavailable"), body


async def test_postgres_restarted_during_a_write_burst_fails_cleanly_loses_nothing_and_recovers(
    private_postgres: PrivatePostgres,
) -> None:
    url = private_postgres.url()
    token = await editor_token(url)
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=url, scheduler=False, access_log=False, db_pool_size=8, db_max_overflow=0
    )
    answers: dict[str, int] = {}
    restarted = asyncio.Event()
    down_for = 0.0

    async def restart_postgres() -> None:
        nonlocal down_for
        started = time.monotonic()
        await asyncio.to_thread(private_postgres.stop, "fast")
        await asyncio.sleep(0.5)  # writes keep arriving while nothing listens
        await asyncio.to_thread(private_postgres.start)
        down_for = time.monotonic() - started
        restarted.set()

    async with served(settings) as base, httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as http:
        headers = {"Authorization": f"Bearer {token}"}
        gate = asyncio.Semaphore(CONCURRENCY)
        restart: asyncio.Task[None] | None = None

        async def write(n: int) -> None:
            nonlocal restart
            title = f"Burst {n}"
            async with gate:
                if len(answers) >= RESTART_AFTER and restart is None:
                    restart = asyncio.create_task(restart_postgres())
                body = {"title": title, "kind": "news", "language": "nl"}
                response = await http.post("/api/v1/knowledge-items", headers=headers, json=body)
            if response.status_code != 201:
                assert response.status_code == 503, (title, response.status_code, response.text)
                assert_clean_503(response)
            answers[title] = response.status_code

        # Every write is answered, none hangs (each request also has its own timeout).
        await asyncio.wait_for(asyncio.gather(*(write(n) for n in range(WRITES))), timeout=180)
        burst = Counter(answers.values())
        assert restart is not None
        await asyncio.wait_for(restarted.wait(), timeout=60)

        # The same app, not restarted, serves writes again once PostgreSQL is back (pre-ping drops dead
        # pooled connections).
        for _ in range(100):
            ready = await http.get("/readyz")
            if ready.status_code == 200:
                break
            await asyncio.sleep(0.1)
        assert ready.status_code == 200, ready.text
        for n in range(10):
            title = f"After {n}"
            body = {"title": title, "kind": "news", "language": "nl"}
            response = await http.post("/api/v1/knowledge-items", headers=headers, json=body)
            assert response.status_code == 201, response.text
            answers[title] = 201

    assert burst[503] > 0, f"the restart ({down_for:.1f} s) failed no write: {burst}"
    engine = create_async_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = (await session.execute(select(KnowledgeItem.id, KnowledgeItem.title))).all()
            outbox = Counter((await session.scalars(select(SearchOutbox.entity_id))).all())
            created = Counter(
                (await session.scalars(select(ChangeEvent.entity_id).where(ChangeEvent.op == "created"))).all()
            )
            audit_total = await session.scalar(select(func.count()).select_from(ChangeEvent))
    finally:
        await engine.dispose()
    titles = Counter(title for _, title in rows)
    # Every acknowledged write is there exactly once; nothing is there that nobody wrote.
    acknowledged = {t for t, status in answers.items() if status == 201}
    assert all(titles[t] == 1 for t in acknowledged), [t for t in acknowledged if titles[t] != 1]
    assert set(titles) <= set(answers) and max(titles.values()) == 1
    # A write answered 503 may have committed just before its connection died; if so it is complete.
    for item_id, _title in rows:
        assert outbox[item_id] == 1 and created[item_id] == 1, item_id
    assert sum(outbox.values()) == len(rows) and audit_total == len(rows)
    committed_anyway = sorted(t for t, status in answers.items() if status == 503 and titles[t])
    print(
        f"burst of {WRITES}: {dict(burst)}; PostgreSQL down {down_for:.2f} s; {len(rows)} rows, "
        f"{len(committed_anyway)} of them answered 503 (committed as the connection died)"
    )
