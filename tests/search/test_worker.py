"""The sync worker against a real Meilisearch: the index ends equal to what is public in the database."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import EntityType
from app.models.content import AttachmentIn
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.models.search_outbox import OutboxStatus, SearchOutbox
from app.models.theme import ThemeUpdate
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker, WorkerConfig, backoff_s
from app.services.auth import SYSTEM
from app.services.content.publishing import unpublish_content
from app.services.content.writes import delete_content, update_content
from app.services.themes import update_theme
from tests import factories


async def index_ids(engine: SearchEngine, entity_type: EntityType) -> set[int]:
    docs = await engine.client.index(engine.uid(entity_type)).get_documents(limit=1000, fields=["id"])
    return {int(d["id"]) for d in docs.results}


async def document(engine: SearchEngine, entity_type: EntityType, id_: int) -> dict[str, Any]:
    return await engine.client.index(engine.uid(entity_type)).get_document(str(id_))


async def test_published_records_are_upserted_and_drafts_never_reach_the_index(
    session: AsyncSession, worker: SyncWorker, search_engine: SearchEngine
) -> None:
    theme = await factories.theme(session, "Vrouwen, vrede en veiligheid", slug="vvv")
    org = await factories.organisation(session, "Atria")
    published = await factories.knowledge_item(
        session,
        "Oriëntatie op NAP 1325",
        publish=True,
        themes=[theme.slug],
        tags=["NAP"],
        organisations=[{"organisation": org.slug}],
        attachments=[
            AttachmentIn(
                file_name="nap.pdf",
                media_type="application/pdf",
                size=10,
                url="https://example.org/nap.pdf",
                extracted_text="tekst uit de bijlage",
            )
        ],
    )
    draft = await factories.knowledge_item(session, "Concept")

    assert await worker.drain() > 0
    assert await index_ids(search_engine, EntityType.knowledge_item) == {published.id}
    assert draft.id not in await index_ids(search_engine, EntityType.knowledge_item)
    doc = await document(search_engine, EntityType.knowledge_item, published.id)
    assert doc["type"] == "knowledge_item" and doc["slug"] == published.slug
    assert doc["themes"] == ["vvv"] and doc["theme_names"] == ["Vrouwen, vrede en veiligheid"]
    assert doc["organisations"] == [org.slug] and doc["organisation_names"] == ["Atria"]
    assert doc["url"] == f"/kennisbank/{published.slug}" and doc["year"] == published.published_at.year
    assert doc["attachment_text"] == "tekst uit de bijlage" and doc["tags"] == ["nap"]
    assert await index_ids(search_engine, EntityType.organisation) == {org.id}
    assert (await session.scalar(select(SearchOutbox.id).limit(1))) is None  # done rows are removed


async def test_unpublished_and_deleted_records_leave_the_index(
    session: AsyncSession, worker: SyncWorker, search_engine: SearchEngine
) -> None:
    a = await factories.knowledge_item(session, "Eén", publish=True)
    b = await factories.knowledge_item(session, "Twee", publish=True)
    c = await factories.knowledge_item(session, "Drie", publish=True)
    await worker.drain()
    assert await index_ids(search_engine, EntityType.knowledge_item) == {a.id, b.id, c.id}

    await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=a.slug)
    await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=b.slug)
    await worker.drain()
    assert await index_ids(search_engine, EntityType.knowledge_item) == {c.id}


async def test_a_theme_rename_reaches_every_embedding_document(
    session: AsyncSession, worker: SyncWorker, search_engine: SearchEngine
) -> None:
    theme = await factories.theme(session, "Klimaat")
    item = await factories.knowledge_item(session, publish=True, themes=[theme.slug])
    await worker.drain()
    await update_theme(
        session=session, actor=SYSTEM, id_or_slug=theme.slug, data=ThemeUpdate(name_en="Climate"), expected_version=None
    )
    await worker.drain()
    assert (await document(search_engine, EntityType.knowledge_item, item.id))["theme_names"] == ["Klimaat", "Climate"]


async def test_shuffled_and_duplicated_events_end_in_the_current_state(
    session: AsyncSession, worker: SyncWorker, search_engine: SearchEngine
) -> None:
    items = [await factories.knowledge_item(session, f"Item {n}", publish=n % 3 != 0) for n in range(12)]
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=items[1].slug,
        data=KnowledgeItemUpdate(title="Nieuwe titel"),
    )
    await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=items[2].slug)
    events = list((await session.execute(select(SearchOutbox.entity_type, SearchOutbox.entity_id))).all()) * 3
    random.Random(5).shuffle(events)
    await session.execute(SearchOutbox.__table__.delete())
    await session.execute(insert(SearchOutbox), [{"entity_type": t, "entity_id": i} for t, i in events])

    await worker.drain()
    expected = {i.id for n, i in enumerate(items) if n % 3 != 0 and n != 2}
    assert await index_ids(search_engine, EntityType.knowledge_item) == expected
    assert (await document(search_engine, EntityType.knowledge_item, items[1].id))["title"] == "Nieuwe titel"


async def test_a_row_that_keeps_failing_is_dead_lettered_with_the_error(
    session: AsyncSession, search_engine: SearchEngine, sessionmaker: Any
) -> None:
    # A real failure: an index whose primary key the documents lack makes Meilisearch fail the task.
    uid = search_engine.uid(EntityType.knowledge_item)
    await search_engine.client.delete_index_if_exists(uid)
    await search_engine.client.create_index(uid, primary_key="uid")
    config = WorkerConfig(max_attempts=2, base_delay_s=0.0, max_delay_s=0.0, idle_poll_s=0.01)
    worker = SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=config)
    await factories.knowledge_item(session, publish=True)

    first = await worker.run_batch()
    assert first.failed == 2 and first.synced == 0
    await worker.drain()
    rows = list((await session.scalars(select(SearchOutbox))).all())
    assert {r.status for r in rows} == {OutboxStatus.dead} and {r.attempts for r in rows} == {2}
    assert all("primary key" in (r.last_error or "") for r in rows)


def test_backoff_doubles_and_is_capped() -> None:
    config = WorkerConfig(base_delay_s=1.0, max_delay_s=10.0)
    assert [backoff_s(n, config) for n in (1, 2, 3, 4, 5, 9)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
