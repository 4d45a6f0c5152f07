"""The search commands as real subprocesses against real PostgreSQL and Meilisearch."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.search.engine import SearchEngine
from tests import factories
from tests.cli.test_cli import kennisbank
from tests.meili import MeiliServer
from tests.search.test_worker import index_ids

# Real `kennisbank` processes (the first also runs `sync-worker`).
pytestmark = pytest.mark.slow


@pytest.mark.e2e
async def test_setup_sync_worker_verify_and_reindex(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
    committed_url: str,
    meili: MeiliServer,
    search_engine: SearchEngine,
) -> None:
    async with committed_sessionmaker() as session, session.begin():
        items = [await factories.knowledge_item(session, f"Publicatie {n}", publish=True) for n in range(5)]
    env = {
        "DATABASE_URL": committed_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": search_engine.prefix,
    }

    def cli(*args: str) -> str:
        result = kennisbank(*args, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "knowledge_items: up to date" in cli("search", "setup")
    drift = kennisbank("search", "verify", env=env)
    assert drift.returncode == 1 and "knowledge_item: 5 missing, 0 stale, 0 orphaned" in drift.stdout
    assert "10 outbox rows synced" in await asyncio.to_thread(cli, "sync-worker", "--once")
    assert "knowledge_item: 0 missing, 0 stale, 0 orphaned" in cli("search", "verify")
    assert "reindexed: 5 knowledge_item" in cli("reindex", "--type", "knowledge_item")
    assert await index_ids(search_engine, EntityType.knowledge_item) == {i.id for i in items}

    unknown = kennisbank("reindex", "--type", "users", env=env)
    assert unknown.returncode == 1 and "unknown type 'users'" in unknown.stderr


def test_search_commands_without_meilisearch_name_the_setting(committed_url: str) -> None:
    result = kennisbank("search", "setup", env={"DATABASE_URL": committed_url})
    assert result.returncode == 1 and "MEILI_URL is not set" in result.stderr and "Traceback" not in result.stderr
