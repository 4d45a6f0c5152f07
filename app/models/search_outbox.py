"""The search outbox: one row per record whose search document may have changed, written in the same
transaction as the change; the sync worker (app/search/worker.py) drains it into Meilisearch."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Column, DateTime, Identity, Index, String, Text, func, text
from sqlmodel import Field, SQLModel

from app.models.base import created_at_field
from app.models.content import enum_check


class OutboxStatus(StrEnum):
    pending = "pending"
    dead = "dead"  # failed search_max_attempts times; kept with its error until someone looks


class SearchOutbox(SQLModel, table=True):
    """A pending search sync; the row only says *which* record, the worker re-reads *what* it is now."""

    __tablename__ = "search_outbox"
    __table_args__ = (
        Index("ix_search_outbox_claim", "status", "available_at", "id"),
        enum_check("status", OutboxStatus),
    )

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
    entity_type: str = Field(max_length=32)
    entity_id: int = Field(sa_type=BigInteger)
    status: OutboxStatus = Field(
        default=OutboxStatus.pending,
        sa_column=Column(String(16), nullable=False, server_default=text("'pending'")),
    )
    attempts: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    # Backoff: a failed row is not claimed again before this moment.
    available_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now()))
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = created_at_field()
