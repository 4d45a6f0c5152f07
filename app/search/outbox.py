"""Writing to and reading the search outbox (the worker claims rows; see worker.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, insert, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped
from sqlmodel import col

from app.models.change import EntityType
from app.models.knowledge import KnowledgeItemOrganisation, KnowledgeItemTheme
from app.models.organisation import OrganisationTheme
from app.models.position_paper import PositionPaperSignatory, PositionPaperTheme
from app.models.search_outbox import OutboxStatus, SearchOutbox

# The record types that have a search index of their own.
INDEXED_TYPES = (EntityType.knowledge_item, EntityType.position_paper, EntityType.organisation)


def _embedders(entity_type: EntityType, entity_id: int) -> list[Select[str, int]]:
    """Queries for the (type, id) of every indexed record whose document embeds this one."""
    links: tuple[tuple[EntityType, Mapped[int], Mapped[int]], ...]
    if entity_type == EntityType.theme:
        links = (
            (EntityType.knowledge_item, col(KnowledgeItemTheme.knowledge_item_id), col(KnowledgeItemTheme.theme_id)),
            (EntityType.position_paper, col(PositionPaperTheme.position_paper_id), col(PositionPaperTheme.theme_id)),
            (EntityType.organisation, col(OrganisationTheme.organisation_id), col(OrganisationTheme.theme_id)),
        )
    elif entity_type == EntityType.organisation:
        links = (
            (
                EntityType.knowledge_item,
                col(KnowledgeItemOrganisation.knowledge_item_id),
                col(KnowledgeItemOrganisation.organisation_id),
            ),
            (
                EntityType.position_paper,
                col(PositionPaperSignatory.position_paper_id),
                col(PositionPaperSignatory.organisation_id),
            ),
        )
    else:
        return []
    return [
        select(literal(str(kind)).label("entity_type"), owner.label("entity_id")).where(target == entity_id)
        for kind, owner, target in links
    ]


async def enqueue_sync(*, session: AsyncSession, entity_type: EntityType, entity_id: int) -> None:
    """Queue the record and every document embedding it for a search sync, in the caller's transaction."""
    if entity_type in INDEXED_TYPES:
        await session.execute(insert(SearchOutbox).values(entity_type=str(entity_type), entity_id=entity_id))
    embedders = _embedders(entity_type, entity_id)
    if embedders:
        await session.execute(
            insert(SearchOutbox).from_select(
                ["entity_type", "entity_id"], union_all(*embedders), include_defaults=False
            )
        )


@dataclass(frozen=True)
class OutboxLag:
    pending: int
    dead: int
    oldest_pending_age_s: float | None


async def outbox_lag(*, session: AsyncSession) -> OutboxLag:
    """How far the search index is behind: pending and dead-letter counts, age of the oldest pending row."""
    row = (
        await session.execute(
            select(
                func.count().filter(col(SearchOutbox.status) == OutboxStatus.pending),
                func.count().filter(col(SearchOutbox.status) == OutboxStatus.dead),
                func.min(SearchOutbox.created_at).filter(col(SearchOutbox.status) == OutboxStatus.pending),
                func.clock_timestamp(),
            )
        )
    ).one()
    pending, dead, oldest, now = row
    age = max(0.0, (now - oldest).total_seconds()) if isinstance(oldest, datetime) else None
    return OutboxLag(pending=pending, dead=dead, oldest_pending_age_s=age)


async def enqueue_many(*, session: AsyncSession, entity_type: EntityType, entity_ids: list[int]) -> None:
    """Queue many records of one indexed type at once (bulk loads that bypass the per-record services)."""
    if entity_type in INDEXED_TYPES and entity_ids:
        await session.execute(
            insert(SearchOutbox), [{"entity_type": str(entity_type), "entity_id": i} for i in entity_ids]
        )
