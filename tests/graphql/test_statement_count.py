"""No N+1: a page of knowledge items with every relation costs the same few statements at 10 and 100 items."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.services.auth import SYSTEM
from app.services.content.writes import update_content
from tests import factories

PAGE_QUERY = """
query Page($first: Int!) {
  knowledgeItems(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id slug title summary kind language publishedAt tags
        themes { id slug nameNl }
        organisations { role organisation { id slug name } }
        attachments { fileName mediaType url }
        translation { id slug title language }
      }
    }
  }
}
"""


@contextmanager
def counted_statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """The SQL statements run while the block runs (savepoint bookkeeping of the test harness left out)."""
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")):
            statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


async def make_items(session: AsyncSession, count: int) -> None:
    themes = [await factories.theme(session, f"Thema {i}") for i in range(3)]
    orgs = [await factories.organisation(session, f"Organisatie {i}") for i in range(3)]
    attachment = {
        "file_name": "rapport.pdf",
        "media_type": "application/pdf",
        "size": 1000,
        "url": "https://x.nl/r.pdf",
    }
    for i in range(count):
        item = await factories.knowledge_item(
            session,
            f"Item {i}",
            publish=True,
            language="nl" if i % 2 == 0 else "en",
            themes=[themes[i % 3].slug, themes[(i + 1) % 3].slug],
            organisations=[
                {"organisation": orgs[i % 3].slug},
                {"organisation": orgs[(i + 1) % 3].slug, "role": "publisher"},
            ],
            attachments=[attachment],
        )
        if i % 2 == 1:
            await update_content(
                spec=KNOWLEDGE,
                session=session,
                actor=SYSTEM,
                id_or_slug=item.slug,
                data=KnowledgeItemUpdate(translation=f"item-{i - 1}"),
            )


@pytest.mark.parametrize("count", [10, 100])
async def test_a_page_with_all_relations_costs_six_statements_whatever_its_size(graphql, session, engine, count):
    await make_items(session, count)
    with counted_statements(engine) as statements:
        data = await graphql(PAGE_QUERY, {"first": count})
    edges = data["knowledgeItems"]["edges"]
    assert len(edges) == count
    assert data["knowledgeItems"]["totalCount"] == count
    assert all(len(e["node"]["themes"]) == 2 and len(e["node"]["organisations"]) == 2 for e in edges)
    assert all(e["node"]["attachments"] and e["node"]["translation"] for e in edges)
    # page + count + themes + organisations + attachments + translations
    print(f"\n{count} items: {len(statements)} statements")
    assert len(statements) == 6, "\n".join(statements)
