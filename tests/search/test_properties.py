"""Property: whatever sequence of writes happens, once the outbox drains the index shows exactly what is public."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.models.knowledge import KnowledgeItem, KnowledgeItemUpdate
from app.search.engine import SearchEngine
from app.search.service import SearchRequest, meili_search
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content import KNOWLEDGE, delete_content, publish_content, unpublish_content
from app.services.knowledge import update_knowledge_item
from tests import factories
from tests.search.test_worker import index_ids

WORDS = ["gender", "vrede", "klimaat", "budget", "onderwijs", "gezondheid", "landbouw", "migratie"]
operation = st.tuples(st.sampled_from(["create", "edit", "publish", "unpublish", "delete"]), st.integers(0, 7))


async def apply(sessionmaker: async_sessionmaker[AsyncSession], ops: list[tuple[str, int]], run: int) -> None:
    ids: list[str] = []  # not slugs: a draft's slug follows its title
    for n, (op, pick) in enumerate(ops):
        async with sessionmaker() as session, session.begin():
            if op == "create" or not ids:
                title = f"{WORDS[pick]} dossier {run} {n}"
                ids.append(str((await factories.knowledge_item(session, title, publish=pick % 2 == 0)).id))
                continue
            item_id = ids[pick % len(ids)]
            if op == "edit":
                data = KnowledgeItemUpdate(title=f"{WORDS[pick]} herzien {run} {n}")
                await update_knowledge_item(session=session, actor=SYSTEM, id_or_slug=item_id, data=data)
            elif op == "publish":
                await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item_id)
            elif op == "unpublish":
                await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item_id)
            else:
                await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item_id)
                ids.remove(item_id)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=10))
async def test_after_draining_the_index_holds_exactly_the_published_records(
    ops: list[tuple[str, int]],
    sessionmaker: async_sessionmaker[AsyncSession],
    worker: SyncWorker,
    search_engine: SearchEngine,
) -> None:
    run = len(ops) * 1000 + sum(p for _, p in ops)
    await apply(sessionmaker, ops, run)
    await worker.drain()

    async with sessionmaker() as session:
        rows = (await session.execute(select(KnowledgeItem.id, KnowledgeItem.title, KnowledgeItem.status))).all()
    published: dict[int, Any] = {id_: title for id_, title, status in rows if status == "published"}
    assert await index_ids(search_engine, EntityType.knowledge_item) == set(published)
    for id_, title in published.items():
        result = await meili_search(search_engine, SearchRequest(q=title, types=["knowledge_item"], limit=50))
        assert id_ in {h["id"] for h in result.hits}, title
