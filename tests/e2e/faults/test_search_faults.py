"""Faults against real servers: Meilisearch down and back, killed mid-batch, and workers racing."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from dataclasses import replace

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.main import create_app
from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItem, KnowledgeItemUpdate
from app.models.search_outbox import SearchOutbox
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content, unpublish_content
from app.services.content.writes import delete_content, update_content
from app.settings import Settings
from tests import factories
from tests.conftest import REPO
from tests.meili import FAST_WORKER, MeiliServer
from tests.search.test_worker import index_ids

pytestmark = pytest.mark.slow


async def published(sessionmaker: async_sessionmaker[AsyncSession]) -> set[int]:
    async with sessionmaker() as session:
        rows = await session.scalars(select(KnowledgeItem.id).where(KnowledgeItem.status == "published"))
        return set(rows.all())


async def pending(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    async with sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(SearchOutbox)) or 0)


async def until_drained(sessionmaker: async_sessionmaker[AsyncSession], *, timeout_s: float = 120) -> None:
    for _ in range(int(timeout_s / 0.1)):
        if not await pending(sessionmaker):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the outbox still holds {await pending(sessionmaker)} rows after {timeout_s} s")


async def random_writes(sessionmaker: async_sessionmaker[AsyncSession], count: int, seed: int) -> None:
    """Creates, publishes, edits, unpublishes and deletes, each write its own transaction."""
    rng = random.Random(seed)
    slugs: list[str] = []
    for n in range(count):
        async with sessionmaker() as session, session.begin():
            action = rng.random()
            if not slugs or action < 0.45:
                item = await factories.knowledge_item(session, f"Stuk {seed}-{n}", publish=rng.random() < 0.7)
                slugs.append(item.slug)
                continue
            slug = rng.choice(slugs)
            if action < 0.65:
                await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=slug)
            elif action < 0.8:
                await update_content(
                    spec=KNOWLEDGE,
                    session=session,
                    actor=SYSTEM,
                    id_or_slug=slug,
                    data=KnowledgeItemUpdate(summary=f"versie {n}"),
                )
            elif action < 0.92:
                await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=slug)
            else:
                await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=slug)
                slugs.remove(slug)


async def test_meilisearch_down_writes_succeed_search_degrades_and_everything_converges_after_restart(
    committed_sessionmaker: async_sessionmaker[AsyncSession], own_meili: MeiliServer, committed_url: str
) -> None:
    sessionmaker = committed_sessionmaker
    engine = SearchEngine(url=own_meili.url, api_key=own_meili.master_key, prefix="kb_", timeout_s=2)
    await engine.setup()
    worker = SyncWorker(sessionmaker=sessionmaker, engine=engine, config=FAST_WORKER)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop))
    try:
        own_meili.stop()
        await random_writes(sessionmaker, 500, seed=1)  # none of these may fail
        assert await pending(sessionmaker) >= 500  # queued, none lost, none dead-lettered

        app = create_app(Settings(database_url=committed_url, _env_file=None))  # type: ignore[call-arg]
        app.state.sessionmaker = sessionmaker
        app.state.search = engine
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            answer = await http.get("/api/v1/search", params={"q": "stuk"})
        assert answer.status_code == 200 and answer.json()["meta"]["degraded"] is True
        assert answer.json()["meta"]["total"] == len(await published(sessionmaker))

        own_meili.start()  # same data directory, same port
        await until_drained(sessionmaker)
        assert await index_ids(engine, EntityType.knowledge_item) == await published(sessionmaker)
    finally:
        stop.set()
        await running
        await engine.close()


async def test_meilisearch_killed_mid_batch_still_ends_equal_to_the_database(
    committed_sessionmaker: async_sessionmaker[AsyncSession], own_meili: MeiliServer
) -> None:
    sessionmaker = committed_sessionmaker
    engine = SearchEngine(url=own_meili.url, api_key=own_meili.master_key, prefix="kb_", timeout_s=2)
    await engine.setup()
    await random_writes(sessionmaker, 150, seed=2)
    small_batches = replace(FAST_WORKER, batch_size=10)
    worker = SyncWorker(sessionmaker=sessionmaker, engine=engine, config=small_batches)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop))
    try:
        for _ in range(20_000):  # until the worker is part-way through
            if await pending(sessionmaker) <= 100:
                break
            await asyncio.sleep(0.005)
        own_meili.stop(signal.SIGKILL)
        await asyncio.sleep(0.3)
        own_meili.start()
        await until_drained(sessionmaker)
        assert await index_ids(engine, EntityType.knowledge_item) == await published(sessionmaker)
    finally:
        stop.set()
        await running
        await engine.close()


@pytest.mark.e2e
async def test_a_sync_worker_killed_after_meilisearch_applied_its_batch_but_before_marking_it_done(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
    committed_url: str,
    meili: MeiliServer,
    search_engine: SearchEngine,
) -> None:
    """A real `kennisbank sync-worker` is frozen (SIGSTOP) as soon as Meilisearch has its batch, left frozen
    until Meilisearch reports the batch applied, then SIGKILLed: it never got to mark its rows done."""
    sessionmaker = committed_sessionmaker
    await random_writes(sessionmaker, 100, seed=3)
    before = await pending(sessionmaker)
    uid = search_engine.uid(EntityType.knowledge_item)
    env = os.environ | {
        "DATABASE_URL": committed_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": search_engine.prefix,
        "KENNISBANK_SCHEDULER": "false",
        "KENNISBANK_WEBHOOK_WORKER": "false",
    }
    worker = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "sync-worker",
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        task = None
        for _ in range(6_000):  # up to a minute for the worker to start and send its first batch
            additions = await search_engine.request("GET", f"/tasks?indexUids={uid}&types=documentAdditionOrUpdate")
            if additions["results"]:
                worker.send_signal(signal.SIGSTOP)
                task = additions["results"][-1]["uid"]
                break
            assert worker.returncode is None, "the sync worker exited"
            await asyncio.sleep(0.01)
        assert task is not None, "the sync worker sent nothing within a minute"
        await search_engine.wait(task)  # Meilisearch applied the batch while the worker was frozen
    finally:
        worker.kill()
        await asyncio.wait_for(worker.wait(), timeout=10)
    assert worker.returncode == -signal.SIGKILL
    assert await index_ids(search_engine, EntityType.knowledge_item)  # the batch is in the index...
    assert await pending(sessionmaker) == before  # ...and none of its rows was marked done

    assert await SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=FAST_WORKER).drain()
    assert await pending(sessionmaker) == 0
    assert await index_ids(search_engine, EntityType.knowledge_item) == await published(sessionmaker)


async def test_two_workers_racing_writers_end_with_the_index_equal_to_the_database(
    committed_sessionmaker: async_sessionmaker[AsyncSession], search_engine: SearchEngine
) -> None:
    sessionmaker = committed_sessionmaker
    config = replace(FAST_WORKER, batch_size=7)
    workers = [SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=config) for _ in range(2)]
    stop = asyncio.Event()
    running = [asyncio.create_task(w.run(stop)) for w in workers]
    for w in workers:
        w.indexes_ready = True
    try:
        await asyncio.gather(random_writes(sessionmaker, 120, seed=4), random_writes(sessionmaker, 120, seed=5))
        await until_drained(sessionmaker)
    finally:
        stop.set()
        await asyncio.gather(*running)
    assert await index_ids(search_engine, EntityType.knowledge_item) == await published(sessionmaker)
