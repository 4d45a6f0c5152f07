"""The outbox is written in the writing transaction, fanned out to documents that embed the record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.organisation import OrganisationUpdate
from app.models.search_outbox import SearchOutbox
from app.models.theme import ThemeUpdate
from app.search.outbox import outbox_lag
from app.services.auth import SYSTEM
from app.services.organisations import update_organisation
from app.services.themes import update_theme
from tests import factories


async def queued(session: AsyncSession) -> list[tuple[str, int]]:
    rows = await session.execute(select(SearchOutbox.entity_type, SearchOutbox.entity_id).order_by(SearchOutbox.id))
    return [(t, i) for t, i in rows.all()]


async def test_every_content_write_queues_its_record(session: AsyncSession) -> None:
    item = await factories.knowledge_item(session, publish=True)
    paper = await factories.position_paper(session)
    assert await queued(session) == [
        ("knowledge_item", item.id),  # created
        ("knowledge_item", item.id),  # published
        ("position_paper", paper.id),
    ]


async def test_a_rolled_back_write_leaves_no_outbox_row(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    class Boom(Exception):
        pass

    try:
        async with sessionmaker() as session, session.begin():
            await factories.knowledge_item(session, "Teruggedraaid", publish=True)
            assert len(await queued(session)) == 2
            raise Boom
    except Boom:
        pass
    async with sessionmaker() as session:
        assert await queued(session) == []


async def test_a_theme_change_is_fanned_out_to_every_document_embedding_it(session: AsyncSession) -> None:
    theme = await factories.theme(session, "Klimaat")
    org = await factories.organisation(session, "Both ENDS", themes=[theme.slug])
    item = await factories.knowledge_item(session, themes=[theme.slug])
    paper = await factories.position_paper(session, themes=[theme.slug])
    await factories.knowledge_item(session, "Zonder thema")
    before = len(await queued(session))

    await update_theme(
        session=session, actor=SYSTEM, id_or_slug=theme.slug, data=ThemeUpdate(name_en="Climate"), expected_version=None
    )
    assert sorted((await queued(session))[before:]) == sorted(
        [("knowledge_item", item.id), ("position_paper", paper.id), ("organisation", org.id)]
    )


async def test_an_organisation_change_is_fanned_out_to_its_content(session: AsyncSession) -> None:
    org = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(session, organisations=[{"organisation": org.slug}])
    paper = await factories.position_paper(session, signatories=[org.slug])
    before = len(await queued(session))

    await update_organisation(
        session=session, actor=SYSTEM, id_or_slug=org.slug, data=OrganisationUpdate(city="Utrecht")
    )
    assert sorted((await queued(session))[before:]) == sorted(
        [("organisation", org.id), ("knowledge_item", item.id), ("position_paper", paper.id)]
    )


async def test_lag_counts_pending_rows_and_their_age(session: AsyncSession) -> None:
    assert (await outbox_lag(session=session)).pending == 0
    await factories.knowledge_item(session)
    lag = await outbox_lag(session=session)
    assert lag.pending == 1 and lag.dead == 0
    assert lag.oldest_pending_age_s is not None and lag.oldest_pending_age_s >= 0


async def test_the_synthetic_bulk_load_queues_every_record_it_inserts(session: AsyncSession) -> None:
    from app.services.seed import seed_synthetic

    counts = await seed_synthetic(session=session, count=40)
    rows = await queued(session)
    indexed = {"knowledge_items", "position_papers", "organisations"}
    assert len(rows) == sum(v for k, v in counts.items() if k in indexed)
    assert {t for t, _ in rows} == {"knowledge_item", "position_paper", "organisation"}
