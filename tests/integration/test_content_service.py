"""The content services against a real, migrated PostgreSQL (each test rolled back)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationFailedError,
    VersionMismatchError,
)
from app.models import ChangeEvent, KnowledgeItem
from app.models.api_key import Role
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.services.auth import ANONYMOUS, SYSTEM, Principal
from app.services.content.listing import ContentFilter, get_content, list_content
from app.services.content.publishing import publish_content, unpublish_content
from app.services.content.relations import organisations_for, themes_for
from app.services.content.writes import delete_content, update_content
from app.services.pagination import parse_sort
from tests import factories

READER = Principal(role=Role.reader, key_id=1, name="reader")


async def test_slug_is_generated_from_title_with_diacritics_folded(session):
    item = await factories.knowledge_item(session, "Oriëntatie op financiële steun")
    assert item.slug == "orientatie-op-financiele-steun"
    again = await factories.knowledge_item(session, "Oriëntatie op financiële steun")
    assert again.slug == "orientatie-op-financiele-steun-2"


async def test_explicit_duplicate_slug_is_a_conflict(session):
    await factories.knowledge_item(session, "Eerste", slug="gedeelde-slug")
    with pytest.raises(ConflictError, match="already taken"):
        await factories.knowledge_item(session, "Tweede", slug="gedeelde-slug")


async def test_slug_follows_title_until_published_then_is_stable(session):
    item = await factories.knowledge_item(session, "Concepttitel")
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(title="Betere titel"),
    )
    assert item.slug == "betere-titel"
    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(title="Nog een titel"),
    )
    assert item.slug == "betere-titel"
    with pytest.raises(ConflictError, match="stable"):
        await update_content(
            spec=KNOWLEDGE,
            session=session,
            actor=SYSTEM,
            id_or_slug=item.slug,
            data=KnowledgeItemUpdate(slug="andere-slug"),
        )


async def test_drafts_are_invisible_to_the_public_and_visible_to_editors(session):
    draft = await factories.knowledge_item(session, "Geheim concept")
    with pytest.raises(NotFoundError):
        await get_content(session=session, actor=ANONYMOUS, spec=KNOWLEDGE, id_or_slug=draft.slug)
    with pytest.raises(NotFoundError):
        await get_content(session=session, actor=READER, spec=KNOWLEDGE, id_or_slug=str(draft.id))
    assert (await get_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=draft.slug)).id == draft.id

    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=draft.slug)
    assert (await get_content(session=session, actor=ANONYMOUS, spec=KNOWLEDGE, id_or_slug=draft.slug)).id == draft.id
    await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=draft.slug)
    with pytest.raises(NotFoundError):
        await get_content(session=session, actor=ANONYMOUS, spec=KNOWLEDGE, id_or_slug=draft.slug)


async def test_only_editors_write(session):
    item = await factories.knowledge_item(session)
    for actor, error in ((ANONYMOUS, AuthenticationError), (READER, PermissionDeniedError)):
        with pytest.raises(error):
            await publish_content(session=session, actor=actor, spec=KNOWLEDGE, id_or_slug=item.slug)
        with pytest.raises(error):
            await delete_content(session=session, actor=actor, spec=KNOWLEDGE, id_or_slug=item.slug)


async def test_stale_version_is_refused_and_versions_increase(session):
    item = await factories.knowledge_item(session)
    assert item.version == 1
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(summary="Nieuw"),
        expected_version=1,
    )
    assert item.version == 2
    with pytest.raises(VersionMismatchError):
        await update_content(
            spec=KNOWLEDGE,
            session=session,
            actor=SYSTEM,
            id_or_slug=item.slug,
            data=KnowledgeItemUpdate(summary="Oud"),
            expected_version=1,
        )


async def test_relations_resolve_slugs_and_unknown_slugs_are_named(session):
    theme = await factories.theme(session)
    org = await factories.organisation(session, "Bureau Clara Wichmann")
    item = await factories.knowledge_item(
        session, themes=[theme.slug], organisations=[{"organisation": org.slug, "role": "publisher"}]
    )
    assert [t.slug for t in (await themes_for(session=session, spec=KNOWLEDGE, ids=[item.id]))[item.id]] == [theme.slug]
    orgs = (await organisations_for(session=session, spec=KNOWLEDGE, ids=[item.id]))[item.id]
    assert [(o.slug, role) for o, role in orgs] == [(org.slug, "publisher")]
    with pytest.raises(ValidationFailedError, match="unknown themes: bestaat-niet"):
        await factories.knowledge_item(session, "Ander", themes=["bestaat-niet"])


async def test_translations_link_both_ways_and_need_the_other_language(session):
    nl = await factories.knowledge_item(session, "Vrouwen en vrede")
    en = await factories.knowledge_item(session, "Women and peace", language="en", translation=nl.slug)
    assert en.translation_id == nl.id
    await session.refresh(nl)
    assert nl.translation_id == en.id
    with pytest.raises(ValidationFailedError, match="other language"):
        await factories.knowledge_item(session, "Nog een", translation=nl.slug)


async def test_listing_filters_compose_and_keyset_pages_cover_everything_once(session):
    theme_a = await factories.theme(session, "Thema A")
    theme_b = await factories.theme(session, "Thema B")
    created = []
    for i in range(7):
        created.append(
            await factories.knowledge_item(
                session,
                f"Stuk {i}",
                publish=True,
                themes=[theme_a.slug if i % 2 else theme_b.slug],
                language="nl" if i < 5 else "en",
            )
        )
    await factories.knowledge_item(session, "Concept", themes=[theme_a.slug])

    sort = parse_sort("-published_at", allowed=("published_at", "title"), default="-published_at")
    seen, after = [], None
    while True:
        page = await list_content(
            session=session, actor=ANONYMOUS, spec=KNOWLEDGE, filters=ContentFilter(), sort=sort, after=after, limit=3
        )
        seen += [i.id for i in page.items]
        assert page.total == 7
        if page.next_after is None:
            break
        after = page.next_after
    assert sorted(seen) == sorted(i.id for i in created) and len(seen) == len(set(seen))

    filtered = await list_content(
        session=session,
        actor=ANONYMOUS,
        spec=KNOWLEDGE,
        sort=sort,
        limit=100,
        filters=ContentFilter(themes=[theme_a.slug], languages=["nl"]),
    )
    assert {i.title for i in filtered.items} == {"Stuk 1", "Stuk 3"}
    with pytest.raises(ValidationFailedError, match="only editors"):
        await list_content(
            session=session, actor=ANONYMOUS, spec=KNOWLEDGE, sort=sort, filters=ContentFilter(statuses=["draft"])
        )
    drafts = await list_content(
        session=session, actor=SYSTEM, spec=KNOWLEDGE, sort=sort, filters=ContentFilter(statuses=["draft"])
    )
    assert [i.title for i in drafts.items] == ["Concept"]


async def test_every_write_is_logged_in_its_own_transaction(session):
    item = await factories.knowledge_item(session, publish=True)
    await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    ops = (
        await session.scalars(
            select(ChangeEvent.op)
            .where(ChangeEvent.entity_id == item.id, ChangeEvent.entity_type == "knowledge_item")
            .order_by(ChangeEvent.id)
        )
    ).all()
    assert ops == ["created", "published", "deleted"]


async def test_a_rolled_back_write_leaves_no_row_and_no_change(sessionmaker):
    async def counts() -> tuple[int, int]:
        async with sessionmaker() as session:
            changes = await session.scalar(select(func.count()).select_from(ChangeEvent))
            rows = await session.scalar(select(func.count()).where(KnowledgeItem.title == "Half geschreven"))
            return changes or 0, rows or 0

    before = await counts()
    with pytest.raises(ValidationFailedError):
        async with sessionmaker() as session, session.begin():
            # The row is inserted before the unknown theme is found: the rollback must remove it.
            await factories.knowledge_item(session, "Half geschreven", themes=["bestaat-niet"])
    assert await counts() == before


async def test_database_constraints_hold_even_without_the_services(session):
    bad_rows = [
        "INSERT INTO knowledge_item (slug,title,summary,body,language,status,version,kind) "
        "VALUES ('x','x','','','nl','published',1,'report')",  # published without a date
        "INSERT INTO knowledge_item (slug,title,summary,body,language,status,version,kind) "
        "VALUES ('y','y','','','de','draft',1,'report')",  # unknown language
        "INSERT INTO organisation (slug,name,description,kind,status,version,country) "
        "VALUES ('o','o','','member','active',1,'nl')",  # country not ISO upper-case
        "INSERT INTO position_paper (slug,title,summary,body,language,status,version,audience) "
        "VALUES ('p','p','','','nl','draft',1,'{parliament}')",  # unknown audience
    ]
    for sql in bad_rows:
        with pytest.raises(IntegrityError, match="violates"):
            async with session.begin_nested():
                await session.execute(text(sql))


async def test_theme_in_use_cannot_be_deleted(session):
    from app.services.themes import delete_theme

    theme = await factories.theme(session)
    await factories.knowledge_item(session, themes=[theme.slug])
    with pytest.raises(ConflictError) as info:
        await delete_theme(session=session, actor=SYSTEM, id_or_slug=theme.slug, expected_version=None)
    assert info.value.extra["references"]["knowledge_items"] == 1


async def test_position_paper_needs_a_ministry_name_for_a_ministry_audience(session):
    with pytest.raises(ValidationFailedError, match="ministry"):
        await factories.position_paper(session, audience=["ministry"])
    paper = await factories.position_paper(
        session, audience=["ministry", "un_csw"], ministry="Ministerie van Buitenlandse Zaken"
    )
    assert paper.audience == ["ministry", "un_csw"]


async def test_publication_date_is_kept_when_republishing(session):
    item = await factories.knowledge_item(session)
    first = datetime(2015, 3, 8, tzinfo=UTC)
    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug, published_at=first)
    await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    assert item.published_at == first
