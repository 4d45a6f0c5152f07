"""The theme services: a theme still in use cannot be deleted (a real PostgreSQL, rolled back)."""

from __future__ import annotations

import pytest

from app.errors import (
    ConflictError,
)
from app.services.auth import SYSTEM
from tests import factories


async def test_theme_in_use_cannot_be_deleted(session):
    from app.services.themes import delete_theme

    theme = await factories.theme(session)
    await factories.knowledge_item(session, themes=[theme.slug])
    with pytest.raises(ConflictError) as info:
        await delete_theme(session=session, actor=SYSTEM, id_or_slug=theme.slug, expected_version=None)
    assert info.value.extra["references"]["knowledge_items"] == 1
