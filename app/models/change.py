"""The change log: one row per write to a record, inserted in the writing transaction."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, Identity, Index, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.models.base import created_at_field
from app.models.content import enum_check


class EntityType(StrEnum):
    theme = "theme"
    organisation = "organisation"
    working_group = "working_group"
    knowledge_item = "knowledge_item"
    position_paper = "position_paper"


class ChangeOp(StrEnum):
    created = "created"
    updated = "updated"
    published = "published"
    unpublished = "unpublished"
    deleted = "deleted"


class ChangeEvent(SQLModel, table=True):
    """What changed, in which transaction; the change feed and the search outbox read it."""

    __tablename__ = "change_event"
    __table_args__ = (
        Index("ix_change_event_entity", "entity_type", "entity_id"),
        Index("ix_change_event_feed", "txid", "id"),
        enum_check("entity_type", EntityType),
        enum_check("op", ChangeOp),
    )

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
    # The writing transaction's id: readers only look below the oldest running transaction so
    # that a cursor never skips a row that commits late (see app/services/changes.py).
    txid: int = Field(
        sa_column=Column(BigInteger, nullable=False, server_default=text("pg_current_xact_id()::text::bigint"))
    )
    entity_type: EntityType = Field(sa_type=String(32))
    entity_id: int = Field(sa_type=BigInteger)
    op: ChangeOp = Field(sa_type=String(16))
    slug: str = Field(max_length=120)
    # The record's public visibility after this change; the change feed filters on it.
    public: bool = Field(default=False)
    data: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    occurred_at: datetime = created_at_field()
