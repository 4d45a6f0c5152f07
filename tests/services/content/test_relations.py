"""Relations of content: themes and organisations by slug, translations both ways (a real PostgreSQL, rolled back)."""

from __future__ import annotations

import pytest

from app.errors import (
    ValidationFailedError,
)
from app.models.content_types import KNOWLEDGE
from app.services.content.relations import organisations_for, themes_for
from tests import factories


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
