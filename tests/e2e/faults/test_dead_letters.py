"""Meilisearch failing tasks as on a full disk: the rows end as dead letters, visible everywhere, repairable."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from typer.testing import CliRunner, Result

from app.cli import app as cli
from app.main import create_app
from app.models.change import EntityType
from app.models.search_outbox import OutboxStatus, SearchOutbox
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.settings import Settings, get_settings
from tests import factories
from tests.e2e.faults.test_search_faults import published
from tests.meili import FAST_WORKER, MeiliServer, new_server, running
from tests.search.test_worker import index_ids

pytestmark = pytest.mark.slow

FILE_SIZE_LIMIT = 450_000  # bytes per file Meilisearch may write
ITEMS = 9
BODY = 50_000  # characters per record: 0.45 MB of documents, more than the index file may hold


@pytest.fixture
def cramped_meili(meili_bin: str) -> Iterator[MeiliServer]:
    """A Meilisearch that cannot grow any file past FILE_SIZE_LIMIT: its indexing fails with an I/O error."""
    server = new_server(meili_bin)
    server.file_size_limit = FILE_SIZE_LIMIT
    with running(server):
        yield server


def verify_command(env: dict[str, str], *options: str) -> Result:
    """`kennisbank search verify` in this process (a subprocess costs seconds of imports on a busy machine)."""
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli, ["search", "verify", *options], env=env)
    finally:
        get_settings.cache_clear()


async def outbox(sessionmaker: async_sessionmaker[AsyncSession]) -> list[SearchOutbox]:
    async with sessionmaker() as session:
        return list((await session.scalars(select(SearchOutbox))).all())


async def test_disk_full_task_failures_become_dead_letters_that_readyz_metrics_and_verify_report(
    committed_sessionmaker: async_sessionmaker[AsyncSession], committed_url: str, cramped_meili: MeiliServer
) -> None:
    sessionmaker = committed_sessionmaker
    engine = SearchEngine(url=cramped_meili.url, api_key=cramped_meili.master_key, prefix="kb_", timeout_s=5)
    await engine.setup()
    async with sessionmaker() as session, session.begin():
        for n in range(ITEMS):
            body = ("vrede veiligheid gender " * (BODY // 24))[:BODY]  # few distinct words: cheap to index
            await factories.knowledge_item(session, f"Lijvig rapport {n}", publish=True, body=body)
    config = replace(FAST_WORKER, batch_size=10, max_attempts=3)
    worker = SyncWorker(sessionmaker=sessionmaker, engine=engine, config=config)
    stop = asyncio.Event()
    running = asyncio.create_task(worker.run(stop))
    try:
        for _ in range(1200):  # until every row is either synced (gone) or dead
            rows = await outbox(sessionmaker)
            if all(r.status == OutboxStatus.dead for r in rows):
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await running
    dead = await outbox(sessionmaker)
    assert dead and all(r.status == OutboxStatus.dead and r.attempts == 3 for r in dead)
    assert all("io_error" in (r.last_error or "") and "no space left" in (r.last_error or "") for r in dead)
    dead_ids = {r.entity_id for r in dead}
    indexed = await index_ids(engine, EntityType.knowledge_item)
    # Nothing silently lost: every published record is either in the index or a dead letter.
    assert indexed | dead_ids == await published(sessionmaker) and not indexed & dead_ids

    database = create_async_engine(committed_url)
    app = create_app(Settings(database_url=committed_url, _env_file=None))  # type: ignore[call-arg]
    app.state.engine = database
    app.state.sessionmaker = sessionmaker
    app.state.search = engine
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            ready = await http.get("/readyz")
            metrics = (await http.get("/metrics")).text
    finally:
        await database.dispose()
        await engine.close()
    assert ready.status_code == 200  # search trouble never makes the API unready: it reports it
    lag = ready.json()["checks"]["search"]["outbox"]
    assert lag["pending"] == 0 and lag["dead"] == len(dead) and lag["oldest_pending_age_s"] is None
    assert f"kennisbank_search_outbox_dead {float(len(dead))}" in metrics

    env = {
        "DATABASE_URL": committed_url,
        "MEILI_URL": cramped_meili.url,
        "MEILI_MASTER_KEY": cramped_meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": "kb_",
    }
    report = await asyncio.to_thread(verify_command, env)
    assert report.exit_code == 1, report.output
    assert f"knowledge_item: {len(dead_ids)} missing, 0 stale, 0 orphaned" in report.output
    assert f"dead letters: {len(dead)} outbox rows" in report.output

    # Room again (the operator freed the disk): --repair retries the dead letters and the index converges.
    cramped_meili.stop()
    cramped_meili.file_size_limit = None
    cramped_meili.start()
    repaired = await asyncio.to_thread(verify_command, env, "--repair")
    assert repaired.exit_code == 0 and "repaired:" in repaired.output, repaired.output
    engine = SearchEngine(url=cramped_meili.url, api_key=cramped_meili.master_key, prefix="kb_")
    try:
        assert await index_ids(engine, EntityType.knowledge_item) == await published(sessionmaker)
    finally:
        await engine.close()
    assert not await outbox(sessionmaker)
    print(f"{len(dead)} outbox rows ({len(dead_ids)} records) dead-lettered; {len(indexed)} of {ITEMS} indexed")
