"""The change log every write appends to, in the writing transaction, with the search outbox and webhook events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import ChangeEvent, ChangeOp, EntityType
from app.search.outbox import enqueue_sync
from app.services.webhooks import enqueue_event


async def record_change(
    *,
    session: AsyncSession,
    entity_type: EntityType,
    entity_id: int,
    op: ChangeOp,
    slug: str,
    public: bool,
    version: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Append one change and queue its search sync and webhook deliveries; all commit or roll back with the
    write that caused them. ``details`` are extra fields for the webhook event of a public record."""
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
    await enqueue_event(
        session=session,
        entity_type=entity_type,
        entity_id=entity_id,
        op=op,
        slug=slug,
        public=public,
        version=version,
        details=details,
    )
