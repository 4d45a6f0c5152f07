"""Listing content: filters compose, keyset pages cover everything once (a real PostgreSQL, rolled back)."""

from __future__ import annotations

import pytest

from app.errors import (
    ValidationFailedError,
)
from app.models.content_types import KNOWLEDGE
from app.services.auth import ANONYMOUS, SYSTEM
from app.services.content.listing import ContentFilter, list_content
from app.services.pagination import parse_sort
from tests import factories


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
