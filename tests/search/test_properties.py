"""Property: whatever writes happen, once the outbox drains the index shows exactly what is public now.

A hypothesis state machine drives creates, edits, publishes, unpublishes and deletes through the
services against a committed database; at random points (and at the end) the real sync worker drains
the outbox and the index is compared with the database: every public document is a record published
right now, with its current title, and every published record is found by its exact title.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, rule, run_state_machine_as_test
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import create_sessionmaker
from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItem, KnowledgeItemUpdate
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content, unpublish_content
from app.services.content.writes import delete_content, update_content
from app.services.search.meili import meili_search
from app.services.search.request import SearchRequest
from tests import factories
from tests.meili import FAST_WORKER, MeiliServer

T = TypeVar("T")
WORDS = ["gender", "vrede", "klimaat", "budget", "onderwijs", "gezondheid", "landbouw", "migratie"]
words = st.sampled_from(WORDS)


def run_machine(database_url: str, meili: MeiliServer) -> None:
    """Run the state machine on an event loop of its own, in a thread (hypothesis drives rules synchronously)."""
    loop = asyncio.new_event_loop()

    def wait(work: Awaitable[T]) -> T:
        return loop.run_until_complete(work)

    database = create_async_engine(database_url, pool_size=2)
    sessionmaker = create_sessionmaker(database)
    search = SearchEngine(url=meili.url, api_key=meili.master_key, prefix=f"p{uuid.uuid4().hex[:10]}_")
    wait(search.setup([EntityType.knowledge_item]))
    worker = SyncWorker(sessionmaker=sessionmaker, engine=search, config=FAST_WORKER)
    serial = iter(range(1_000_000))

    async def write(op: Any, **kwargs: Any) -> Any:
        async with sessionmaker() as session, session.begin():
            return await op(session=session, actor=SYSTEM, **kwargs)

    class PublicIndexMatchesTheDatabase(RuleBasedStateMachine):
        items = Bundle("items")

        def __init__(self) -> None:
            super().__init__()
            self.ids: set[int] = set()  # the records this run created and has not deleted

        @rule(target=items, word=words, publish=st.booleans())
        def create(self, word: str, publish: bool) -> int:
            async def create() -> int:
                async with sessionmaker() as session, session.begin():
                    title = f"{word} dossier {next(serial)}"
                    return (await factories.knowledge_item(session, title, publish=publish)).id  # type: ignore[return-value]

            item_id = wait(create())
            self.ids.add(item_id)
            return item_id

        @rule(item=items, word=words)
        def edit(self, item: int, word: str) -> None:
            data = KnowledgeItemUpdate(title=f"{word} herzien {next(serial)}")
            wait(write(update_content, spec=KNOWLEDGE, id_or_slug=str(item), data=data))

        @rule(item=items)
        def publish(self, item: int) -> None:
            wait(write(publish_content, spec=KNOWLEDGE, id_or_slug=str(item)))

        @rule(item=items)
        def unpublish(self, item: int) -> None:
            wait(write(unpublish_content, spec=KNOWLEDGE, id_or_slug=str(item)))

        @rule(item=consumes(items))
        def delete(self, item: int) -> None:
            wait(write(delete_content, spec=KNOWLEDGE, id_or_slug=str(item)))
            self.ids.discard(item)

        @rule()
        def drain_and_compare(self) -> None:
            wait(self.compare())

        async def compare(self) -> None:
            await worker.drain()
            async with sessionmaker() as session:
                rows = (
                    await session.execute(
                        select(KnowledgeItem.id, KnowledgeItem.title).where(
                            KnowledgeItem.id.in_(self.ids), KnowledgeItem.status == "published"
                        )
                    )
                ).all()
            published = {id_: title for id_, title in rows}
            index = search.client.index(search.uid(EntityType.knowledge_item))
            documents = (await index.get_documents(limit=1000, fields=["id", "title"])).results
            # Only records published right now, each with its current title; none missing.
            assert {int(d["id"]): d["title"] for d in documents} == published
            for id_, title in published.items():
                found = await meili_search(search, SearchRequest(q=title, types=["knowledge_item"], limit=50))
                assert id_ in {h["id"] for h in found.hits}, title

        def teardown(self) -> None:
            wait(self.compare())
            for item in self.ids:  # the next run starts from an empty index
                wait(write(delete_content, spec=KNOWLEDGE, id_or_slug=str(item)))
            self.ids.clear()
            wait(worker.drain())

    try:
        run_state_machine_as_test(
            PublicIndexMatchesTheDatabase,
            settings=settings(
                max_examples=12,
                stateful_step_count=10,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        for uid in [search.uid(t) for t in INDEX_SUFFIX]:
            wait(search.client.delete_index_if_exists(uid))
        wait(search.close())
        wait(database.dispose())
        loop.close()


@pytest.mark.slow  # a hypothesis state machine
async def test_after_draining_the_index_holds_exactly_the_published_records(
    committed_url: str, meili: MeiliServer
) -> None:
    await asyncio.to_thread(run_machine, committed_url, meili)
