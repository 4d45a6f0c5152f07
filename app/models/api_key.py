"""API keys: stored only as a SHA-256 hash of a high-entropy token."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import field_validator
from sqlalchemy import String
from sqlmodel import Field, SQLModel

from app.models.base import NAME_MAX, WriteSchema, created_at_field, timestamp_field, utcnow
from app.models.content import enum_check


class Role(StrEnum):
    admin = "admin"
    editor = "editor"
    reader = "reader"
    previewer = "previewer"  # reads drafts (a site's preview deployment), writes nothing


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"
    __table_args__ = (enum_check("role", Role),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=NAME_MAX)
    role: Role = Field(sa_type=String(16))
    # First characters of the token, to let people tell keys apart without revealing them.
    prefix: str = Field(max_length=16)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = created_at_field()
    last_used_at: datetime | None = timestamp_field()
    expires_at: datetime | None = timestamp_field()
    revoked_at: datetime | None = timestamp_field()


def expiry_ahead(value: datetime) -> datetime:
    """A key's expiry must lie ahead: a key made already expired is a mistake, refused (422) rather than kept."""
    if value <= utcnow():
        raise ValueError("expires_at must be in the future")
    return value


class ApiKeyCreate(WriteSchema):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    role: Role
    expires_at: datetime | None = None

    @field_validator("expires_at")
    @classmethod
    def _ahead(cls, value: datetime | None) -> datetime | None:
        # A time without a zone (`kennisbank apikey create --expires 2027-01-01`) is local time, as the
        # database driver would read it.
        return None if value is None else expiry_ahead(value.astimezone(UTC))
