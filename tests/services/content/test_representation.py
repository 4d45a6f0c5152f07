"""Items as JSON built by PostgreSQL: the public model's fields, in its order, with Python's formats."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from app.db import ReadOnlySessionError, reader
from app.errors import NotFoundError
from app.models.content_public import COMPUTED_FIELDS
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeItem
from app.services.auth import ANONYMOUS, SYSTEM
from app.services.content.representation import documents_by_id, read_document
from tests import factories


async def test_a_document_has_the_public_models_fields_in_order_and_isoformat_timestamps(session):
    theme = await factories.theme(session, description="Over vrede")
    org = await factories.organisation(session, "Atria")
    item = await factories.knowledge_item(
        session,
        themes=[theme.slug],
        organisations=[{"organisation": org.slug, "role": "publisher"}],
        tags=["nap-1325"],
        publish=True,
    )
    whole, fraction = datetime(2024, 10, 31, 9, 0, tzinfo=UTC), datetime(2024, 10, 31, 9, 0, 0, 120000, tzinfo=UTC)
    await session.execute(
        update(KnowledgeItem).where(KnowledgeItem.id == item.id).values(published_at=whole, updated_at=fraction)
    )

    document = await read_document(session=session, actor=ANONYMOUS, spec=KNOWLEDGE, id_or_slug=item.slug)

    doc = document.doc
    # The computed fields (url, primary_theme, the opt-in rich text) are added by the REST layer.
    assert list(doc) == [name for name in KNOWLEDGE.public.model_fields if name not in COMPUTED_FIELDS]
    assert (document.id, document.version) == (item.id, doc["version"])
    assert doc["published_at"] == whole.isoformat() == "2024-10-31T09:00:00+00:00"
    assert doc["updated_at"] == fraction.isoformat() == "2024-10-31T09:00:00.120000+00:00"
    assert doc["type"] == "knowledge_item" and doc["tags"] == ["nap-1325"]
    # Embedded records are compact unless included: the summary model's required fields (and the role).
    assert doc["themes"] == [{"id": theme.id, "slug": theme.slug, "name_nl": theme.name_nl, "name_en": theme.name_en}]
    assert doc["organisations"] == [{"id": org.id, "slug": org.slug, "name": "Atria", "role": "publisher"}]
    full = await read_document(
        session=session, actor=ANONYMOUS, spec=KNOWLEDGE, id_or_slug=str(item.id), include=["themes"]
    )
    assert full.doc["themes"][0]["description"] == "Over vrede"
    computed = {"url": "https://x.example/k", "primary_theme": None}
    KNOWLEDGE.public.model_validate(doc | computed)
    KNOWLEDGE.public.model_validate(full.doc | computed)


async def test_drafts_are_not_found_for_the_public_and_shown_to_editors(session):
    draft = await factories.position_paper(session, "Concept")
    with pytest.raises(NotFoundError):
        await read_document(session=session, actor=ANONYMOUS, spec=POSITION_PAPERS, id_or_slug=draft.slug)
    [document] = await documents_by_id(session=session, actor=SYSTEM, spec=POSITION_PAPERS, ids=[draft.id])
    assert document.doc["status"] == "draft" and document.doc["signatories"] == []
    POSITION_PAPERS.public.model_validate(document.doc | {"url": "https://x.example/p", "primary_theme": None})


async def test_a_read_only_session_refuses_to_write(sessionmaker):
    async with reader(sessionmaker)() as session:
        with pytest.raises(ReadOnlySessionError):
            await factories.theme(session, "Niet geschreven")
