"""The visibility rule of the content services: drafts for editors only (a real PostgreSQL, each test rolled back)."""

from __future__ import annotations

import pytest

from app.errors import (
    NotFoundError,
)
from app.models.api_key import Role
from app.models.content_types import KNOWLEDGE
from app.services.auth import ANONYMOUS, SYSTEM, Principal
from app.services.content.listing import get_content
from app.services.content.publishing import publish_content, unpublish_content
from tests import factories

READER = Principal(role=Role.reader, key_id=1, name="reader")


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
