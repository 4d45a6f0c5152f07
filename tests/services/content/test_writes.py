"""Writing content through the services against a real, migrated PostgreSQL (each test rolled back): slugs,
authorization, versions, the change log, constraints."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    ValidationFailedError,
    VersionMismatchError,
)
from app.models import ChangeEvent, KnowledgeItem
from app.models.api_key import Role
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.services.auth import ANONYMOUS, SYSTEM, Principal
from app.services.content.publishing import publish_content
from app.services.content.writes import delete_content, update_content
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


async def test_position_paper_needs_a_ministry_name_for_a_ministry_audience(session):
    with pytest.raises(ValidationFailedError, match="ministry"):
        await factories.position_paper(session, audience=["ministry"])
    paper = await factories.position_paper(
        session, audience=["ministry", "un_csw"], ministry="Ministerie van Buitenlandse Zaken"
    )
    assert paper.audience == ["ministry", "un_csw"]
