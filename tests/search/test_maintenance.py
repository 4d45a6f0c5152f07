"""Reindex (blue/green swap) and the reconciler, on committed data and a real Meilisearch."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.search.engine import SearchEngine, SearchTaskFailed
from app.search.indexes import INDEX_SUFFIX
from app.search.maintenance import reindex, repair, verify, wait_indexed
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.publishing import unpublish_content
from app.services.content.writes import delete_content, update_content
from app.services.search.meili import meili_search
from app.services.search.request import SearchRequest
from tests import factories
from tests.meili import FAST_WORKER
from tests.search.test_worker import index_ids


async def published_ids(sessionmaker: async_sessionmaker[AsyncSession]) -> set[int]:
    from sqlalchemy import select

    from app.models.knowledge import KnowledgeItem

    async with sessionmaker() as session:
        return set((await session.scalars(select(KnowledgeItem.id).where(KnowledgeItem.status == "published"))).all())


async def test_reindex_swaps_in_a_full_index_and_keeps_writes_made_during_the_rebuild(
    committed_sessionmaker: async_sessionmaker[AsyncSession], search_engine: SearchEngine
) -> None:
    sessionmaker = committed_sessionmaker
    async with sessionmaker() as session, session.begin():
        items = [await factories.knowledge_item(session, f"Rapport {n}", publish=True) for n in range(30)]
    worker = SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=FAST_WORKER)
    await worker.drain()

    started = asyncio.Event()
    answers: list[int] = []

    async def write_during_rebuild() -> None:
        await started.wait()
        async with sessionmaker() as session, session.begin():
            await factories.knowledge_item(session, "Nieuw tijdens herbouw", publish=True)
            await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=items[0].slug)
            await update_content(
                spec=KNOWLEDGE,
                session=session,
                actor=SYSTEM,
                id_or_slug=items[1].slug,
                data=KnowledgeItemUpdate(title="Hernoemd"),
            )
        await worker.drain()  # the live (old) index gets them too, as it would in production

    async def search_during_rebuild() -> None:
        while not done.is_set():
            result = await meili_search(search_engine, SearchRequest(types=["knowledge_item"]))
            answers.append(result.estimated_total_hits)
            await asyncio.sleep(0.01)

    def progress(_type: EntityType, phase: str, done_: int, total: int) -> None:
        reports.append((phase, done_, total))
        if done_:
            started.set()

    reports: list[tuple[str, int, int]] = []
    done = asyncio.Event()
    searcher = asyncio.create_task(search_during_rebuild())
    writer = asyncio.create_task(write_during_rebuild())
    counts = await reindex(
        engine=search_engine,
        sessionmaker=sessionmaker,
        types=[EntityType.knowledge_item],
        attachment_text_max=1000,
        progress=progress,
        batch_size=5,
    )
    await writer
    done.set()
    await searcher
    assert counts[EntityType.knowledge_item] >= 30
    assert answers and min(answers) >= 30  # search never went empty
    # Progress is shown twice: documents handed to Meilisearch, then documents it has indexed.
    for phase in ("sent", "indexed"):
        done_counts = [d for p, d, _ in reports if p == phase]
        assert done_counts == sorted(done_counts) and done_counts[0] == 0
        assert done_counts[-1] == counts[EntityType.knowledge_item] == reports[-1][2]

    await worker.drain()
    assert await index_ids(search_engine, EntityType.knowledge_item) == await published_ids(sessionmaker)
    report = await verify(
        engine=search_engine, sessionmaker=sessionmaker, types=list(INDEX_SUFFIX), attachment_text_max=20_000
    )
    assert all(d.clean for d in report.values()), report


async def test_verify_finds_missing_stale_and_orphaned_documents_and_repair_fixes_them(
    committed_sessionmaker: async_sessionmaker[AsyncSession], search_engine: SearchEngine
) -> None:
    sessionmaker = committed_sessionmaker
    async with sessionmaker() as session, session.begin():
        a = await factories.knowledge_item(session, "Aanwezig", publish=True)
        b = await factories.knowledge_item(session, "Verouderd", publish=True)
        c = await factories.knowledge_item(session, "Wees", publish=True)
    worker = SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=FAST_WORKER)
    await worker.drain()
    # Drift behind the worker's back: writes whose outbox rows are lost, and a document removed by hand.
    async with sessionmaker() as session, session.begin():
        await update_content(
            spec=KNOWLEDGE, session=session, actor=SYSTEM, id_or_slug=b.slug, data=KnowledgeItemUpdate(title="Nieuw")
        )
        await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=c.slug)
        from sqlalchemy import delete

        from app.models.search_outbox import SearchOutbox

        await session.execute(delete(SearchOutbox))
    index = search_engine.client.index(search_engine.uid(EntityType.knowledge_item))
    await search_engine.wait(await index.delete_document(str(a.id)))

    report = await verify(
        engine=search_engine, sessionmaker=sessionmaker, types=[EntityType.knowledge_item], attachment_text_max=20_000
    )
    drift = report[EntityType.knowledge_item]
    assert (drift.missing, drift.stale, drift.orphaned) == ([a.id], [b.id], [c.id])

    assert await repair(engine=search_engine, sessionmaker=sessionmaker, report=report, config=FAST_WORKER) == 3
    again = await verify(
        engine=search_engine, sessionmaker=sessionmaker, types=[EntityType.knowledge_item], attachment_text_max=20_000
    )
    assert again[EntityType.knowledge_item].clean


async def test_waiting_for_a_rebuild_names_the_batch_meilisearch_refused(search_engine: SearchEngine) -> None:
    uid = f"{search_engine.prefix}wait_refused"
    index = search_engine.client.index(uid)
    await search_engine.client.delete_index_if_exists(uid)
    good = await index.add_documents([{"id": 1, "title": "een"}], primary_key="id")
    bad = await index.add_documents([{"title": "no id"}], primary_key="id")
    seen: list[int] = []
    try:
        with pytest.raises(SearchTaskFailed, match=f"task {bad.task_uid} failed: missing_document_id"):
            await wait_indexed(search_engine, [(good, 1), (bad, 1)], report=seen.append)
    finally:
        await search_engine.client.delete_index_if_exists(uid)
    assert seen == [0, 1]
