"""Columns and write schemas shared by the two publishable content types, and their attachments."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from annotated_types import Ge, Le
from pydantic import AwareDatetime
from sqlalchemy import BigInteger, CheckConstraint, Column, ForeignKey, Index, Integer, String, text
from sqlmodel import Field, SQLModel

from app.models.base import (
    BODY_MAX,
    MAX_RELATED,
    NAME_MAX,
    SLUG_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    URL_MAX,
    ContentStatus,
    Language,
    MediaType,
    Slug,
    Url,
    WriteSchema,
    created_at_field,
    timestamp_field,
)


def enum_check(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


def content_table_args(table: str, *extra: Any) -> tuple[Any, ...]:
    """CHECK constraints and the listing index every content table carries."""
    return (
        # Lists read "WHERE status = 'published' ORDER BY coalesce(published_at, created_at) DESC, id DESC".
        Index(f"ix_{table}_listing", "status", text("coalesce(published_at, created_at)"), "id"),
        enum_check("language", Language),
        enum_check("status", ContentStatus),
        CheckConstraint("status = 'draft' OR published_at IS NOT NULL", name="published_has_date"),
        CheckConstraint(
            "unpublish_at IS NULL OR publish_at IS NULL OR unpublish_at > publish_at", name="schedule_order"
        ),
        # The scheduler looks for due rows; only scheduled rows carry these, so the indexes stay tiny.
        Index(f"ix_{table}_publish_at", "publish_at", postgresql_where=text("publish_at IS NOT NULL")),
        Index(f"ix_{table}_unpublish_at", "unpublish_at", postgresql_where=text("unpublish_at IS NOT NULL")),
        *extra,
    )


class ContentColumns(SQLModel):
    """Columns of knowledge items and position papers alike."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True)
    title: str = Field(max_length=TITLE_MAX)
    summary: str = Field(default="", max_length=SUMMARY_MAX)
    body: str = Field(default="", max_length=BODY_MAX)
    language: Language = Field(sa_type=String(8))
    status: ContentStatus = Field(default=ContentStatus.draft, sa_type=String(16))
    published_at: datetime | None = timestamp_field()
    # Scheduling: when a draft goes public (cleared once it has) and when a public item expires
    # (cleared once it has). The visibility rule honours both even before the scheduler runs.
    publish_at: datetime | None = timestamp_field()
    unpublish_at: datetime | None = timestamp_field()
    version: int = Field(default=1, nullable=False)
    created_at: datetime = created_at_field()
    updated_at: datetime | None = timestamp_field()


ALT_MAX = 1_000
# Sizes are GraphQL Ints (32-bit signed); uploads are capped far below this anyway (50 MiB by default).
SIZE_MAX = 2**31 - 1
PIXELS_MAX = 65_535


class AttachmentBase(SQLModel):
    file_name: str = Field(min_length=1, max_length=NAME_MAX)
    media_type: str = Field(min_length=3, max_length=127)
    size: int = Field(ge=0, sa_type=BigInteger)
    url: str = Field(max_length=URL_MAX)
    extracted_text: str = Field(default="", max_length=BODY_MAX)
    # Pixel dimensions of an image, measured from its bytes at upload (null for other files or unreadable ones).
    width: int | None = Field(default=None, ge=1, le=PIXELS_MAX)
    height: int | None = Field(default=None, ge=1, le=PIXELS_MAX)
    alt: str | None = Field(default=None, max_length=ALT_MAX)


class Attachment(AttachmentBase, table=True):
    """A file attached to exactly one knowledge item or position paper."""

    __table_args__ = (CheckConstraint("num_nonnulls(knowledge_item_id, position_paper_id) = 1", name="one_owner"),)

    id: int | None = Field(default=None, primary_key=True)
    knowledge_item_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("knowledge_item.id", ondelete="CASCADE"), index=True)
    )
    position_paper_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("position_paper.id", ondelete="CASCADE"), index=True)
    )
    created_at: datetime = created_at_field()


class AttachmentIn(WriteSchema):
    file_name: str = Field(min_length=1, max_length=NAME_MAX)
    media_type: MediaType
    size: int = Field(ge=0, le=SIZE_MAX)
    url: Url
    extracted_text: str = Field(default="", max_length=BODY_MAX)
    width: int | None = Field(default=None, ge=1, le=PIXELS_MAX, description="Image width in pixels.")
    height: int | None = Field(default=None, ge=1, le=PIXELS_MAX, description="Image height in pixels.")
    alt: str | None = Field(
        default=None, max_length=ALT_MAX, description='Text alternative of an image ("" marks it decorative).'
    )


class AttachmentUpdate(WriteSchema):
    """What can change on an attachment once uploaded: its text alternative."""

    alt: str | None = Field(max_length=ALT_MAX, description='Text alternative of an image ("" marks it decorative).')


# A moment with its offset, within dates every layer (Python, asyncpg, PostgreSQL) round-trips.
ScheduleMoment = Annotated[AwareDatetime, Ge(datetime(1900, 1, 1, tzinfo=UTC)), Le(datetime(2200, 1, 1, tzinfo=UTC))]


class ContentWrite(WriteSchema):
    """Fields shared by create and update of both content types; relations are given as slugs."""

    slug: Slug | None = None
    summary: str | None = Field(default=None, max_length=SUMMARY_MAX)
    body: str | None = Field(default=None, max_length=BODY_MAX)
    themes: list[str] | None = Field(default=None, max_length=MAX_RELATED)
    attachments: list[AttachmentIn] | None = Field(default=None, max_length=MAX_RELATED)
    translation: str | None = Field(
        default=None, max_length=SLUG_MAX, description="Slug of the same content in the other language."
    )
    publish_at: ScheduleMoment | None = Field(
        default=None, description="Publish at this moment (a moment in the past publishes now); null cancels."
    )
    unpublish_at: ScheduleMoment | None = Field(
        default=None, description="Take the published item offline (archive it) at this moment; null cancels."
    )
