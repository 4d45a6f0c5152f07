"""The change log every write appends to, in the writing transaction, and the search outbox with it."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import ChangeEvent, ChangeOp, EntityType
from app.search.outbox import enqueue_sync


async def record_change(
    *,
    session: AsyncSession,
    entity_type: EntityType,
    entity_id: int,
    op: ChangeOp,
    slug: str,
    public: bool,
    version: int | None = None,
) -> None:
    """Append one change and queue its search sync; both commit or roll back with the write that caused them."""
    await session.execute(
        insert(ChangeEvent).values(
            entity_type=entity_type,
            entity_id=entity_id,
            op=op,
            slug=slug,
            public=public,
            data={"version": version} if version is not None else {},
        )
    )
    await enqueue_sync(session=session, entity_type=entity_type, entity_id=entity_id)
