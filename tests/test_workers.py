"""The background workers as `kennisbank sync-worker` composes them (app/workers.py): due schedules are carried
out and their records indexed, in one ``--once`` pass of a real process."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.models.knowledge import KnowledgeItem
from app.search.engine import SearchEngine
from tests import factories
from tests.cli.test_cli import kennisbank
from tests.factories import in_
from tests.meili import MeiliServer
from tests.search.test_worker import index_ids


@pytest.mark.e2e
async def test_sync_worker_once_carries_out_due_schedules_and_indexes_them(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
    committed_url: str,
    meili: MeiliServer,
    search_engine: SearchEngine,
):
    async with committed_sessionmaker() as session, session.begin():
        item = await factories.knowledge_item(session, "Gepland en gemist", publish_at=in_(3600))
        # The moment passed while nothing ran.
        await session.execute(
            update(KnowledgeItem)
            .where(KnowledgeItem.id == item.id)
            .values(publish_at=func.now() - timedelta(minutes=5))
        )
    env = {
        "DATABASE_URL": committed_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": search_engine.prefix,
    }
    result = await asyncio.to_thread(kennisbank, "sync-worker", "--once", env=env)
    assert result.returncode == 0, result.stderr
    async with committed_sessionmaker() as session:
        stored = await session.get(KnowledgeItem, item.id)
        assert stored is not None and stored.status == "published" and stored.publish_at is None
    assert item.id in await index_ids(search_engine, EntityType.knowledge_item)
