"""Revisions: a snapshot of a knowledge item or position paper after every change, for history and restore."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, Identity, Integer, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.models.base import NAME_MAX, created_at_field
from app.models.change import ChangeOp
from app.models.content import enum_check


class ContentRevision(SQLModel, table=True):
    """Revision ``number`` of one record: its full content as saved by one change, who made it and when.

    The content before change n is revision n - 1. There is no foreign key on purpose: a deleted
    record's history stays (its last revision has op ``deleted``), though it can no longer be restored.
    """

    __tablename__ = "content_revision"
    __table_args__ = (
        UniqueConstraint("entity_type", "entity_id", "number", name="uq_content_revision_number"),
        CheckConstraint("entity_type IN ('knowledge_item', 'position_paper')", name="entity_type_valid"),
        enum_check("op", ChangeOp),
    )

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
    entity_type: str = Field(sa_type=String(32))
    entity_id: int = Field(sa_type=BigInteger)
    number: int = Field(sa_type=Integer)
    version: int = Field(sa_type=Integer)
    op: ChangeOp = Field(sa_type=String(16))
    actor: str = Field(max_length=NAME_MAX, description="Name of the API key that made the change.")
    restored_from: int | None = Field(default=None, description="The revision this change restored, if any.")
    data: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    created_at: datetime = created_at_field()
