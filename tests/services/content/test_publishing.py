"""Publishing content: the first publication date survives unpublishing and publishing again (a real PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.models.content_types import KNOWLEDGE
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content, unpublish_content
from tests import factories


async def test_publication_date_is_kept_when_republishing(session):
    item = await factories.knowledge_item(session)
    first = datetime(2015, 3, 8, tzinfo=UTC)
    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug, published_at=first)
    await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    assert item.published_at == first
