"""Webhooks: admin-managed subscriptions, one delivery row per (event, subscription) and a log of attempts.

Delivery rows are the webhook outbox: ``record_change`` inserts them in the writing transaction, the
webhook worker (app/services/webhook_worker.py) sends them. The secret is kept in clear because signing
needs it; it is only ever shown to the admin who created (or set) it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import StringConstraints
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import NAME_MAX, URL_MAX, WriteSchema, created_at_field, timestamp_field, utcnow
from app.models.content import enum_check


class WebhookEvent(StrEnum):
    content_published = "content.published"
    content_updated = "content.updated"
    content_unpublished = "content.unpublished"
    content_deleted = "content.deleted"
    organisation_created = "organisation.created"
    organisation_updated = "organisation.updated"
    organisation_deleted = "organisation.deleted"


class EventSelector(StrEnum):
    """What a subscription may list: a single event, or every event of a family."""

    content_published = "content.published"
    content_updated = "content.updated"
    content_unpublished = "content.unpublished"
    content_deleted = "content.deleted"
    organisation_created = "organisation.created"
    organisation_updated = "organisation.updated"
    organisation_deleted = "organisation.deleted"
    content_any = "content.*"
    organisation_any = "organisation.*"


EVENT_MAX = 32
SECRET_MIN, SECRET_MAX = 16, 128
MAX_EVENTS = len(EventSelector)

Secret = Annotated[str, StringConstraints(min_length=SECRET_MIN, max_length=SECRET_MAX, pattern=r"^[\x21-\x7e]+$")]
WebhookUrl = Annotated[str, StringConstraints(min_length=8, max_length=URL_MAX)]


class DeliveryStatus(StrEnum):
    pending = "pending"
    delivered = "delivered"
    failed = "failed"  # retried for the whole retry window without a 2xx


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "webhook_subscription"

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(max_length=URL_MAX)
    events: list[str] = Field(
        default_factory=list, sa_column=Column(ARRAY(String(EVENT_MAX)), nullable=False, server_default=text("'{}'"))
    )
    secret: str = Field(max_length=SECRET_MAX)
    description: str = Field(default="", max_length=NAME_MAX)
    active: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, server_default=text("true")))
    created_at: datetime = created_at_field()
    updated_at: datetime | None = timestamp_field()


class WebhookDelivery(SQLModel, table=True):
    """One event for one subscription: pending until a 2xx, failed when the retry window closes."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        Index("ix_webhook_delivery_claim", "next_attempt_at", "id", postgresql_where=text("status = 'pending'")),
        Index("ix_webhook_delivery_log", "subscription_id", "id"),
        enum_check("status", DeliveryStatus),
    )

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
    subscription_id: int = Field(
        sa_column=Column(Integer, ForeignKey("webhook_subscription.id", ondelete="CASCADE"), nullable=False)
    )
    event: str = Field(max_length=EVENT_MAX)
    # The same for every subscription and every redelivery of one event: receivers deduplicate on it.
    event_id: uuid.UUID = Field(sa_column=Column(UUID(as_uuid=True), nullable=False))
    payload: dict[str, object] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    status: DeliveryStatus = Field(
        default=DeliveryStatus.pending,
        sa_column=Column(String(16), nullable=False, server_default=text("'pending'")),
    )
    attempts: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    # Not claimed before this moment: the backoff after a failure, or the lease of a worker sending it now.
    next_attempt_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    redelivery_of: int | None = Field(default=None, sa_type=BigInteger)
    created_at: datetime = created_at_field()
    delivered_at: datetime | None = timestamp_field()


class WebhookAttempt(SQLModel, table=True):
    """One HTTP attempt at a delivery: what the receiver answered, how long it took, or what went wrong."""

    __tablename__ = "webhook_attempt"
    __table_args__ = (Index("ix_webhook_attempt_delivery", "delivery_id", "id"),)

    id: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(always=True), primary_key=True))
    delivery_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("webhook_delivery.id", ondelete="CASCADE"), nullable=False)
    )
    url: str = Field(sa_column=Column(Text, nullable=False))
    status_code: int | None = None
    duration_ms: int = Field(default=0)
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    attempted_at: datetime = created_at_field()


class WebhookCreate(WriteSchema):
    url: WebhookUrl
    events: list[EventSelector] = Field(min_length=1, max_length=MAX_EVENTS)
    secret: Secret | None = Field(default=None, description="Leave out to have one generated (shown once).")
    description: str = Field(default="", max_length=NAME_MAX)
    active: bool = True


class WebhookUpdate(WriteSchema):
    url: WebhookUrl | None = None
    events: list[EventSelector] | None = Field(default=None, min_length=1, max_length=MAX_EVENTS)
    secret: Secret | None = None
    description: str | None = Field(default=None, max_length=NAME_MAX)
    active: bool | None = None
