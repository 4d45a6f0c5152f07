"""Shared column helpers and the metadata naming convention for every table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import HttpUrl, StringConstraints, UrlConstraints, model_validator
from sqlalchemy import DateTime, func
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

# Stable constraint names, so Alembic autogenerate and hand-written migrations agree.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Lowercase ASCII words joined by hyphens, with at least one letter so a slug never reads as an id.
SLUG_PATTERN = r"^(?:[a-z0-9]+-)*[a-z0-9]*[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
SLUG_MAX = 120
# Input types with their pattern enforced by pydantic (SQLModel's ``Field(regex=...)`` is not).
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Url = Annotated[HttpUrl, UrlConstraints(max_length=2_000)]
MediaType = Annotated[str, StringConstraints(pattern=r"^[\w.+-]+/[\w.+-]+$", min_length=3, max_length=127)]
TITLE_MAX = 300
NAME_MAX = 200
SUMMARY_MAX = 2_000
DESCRIPTION_MAX = 10_000
BODY_MAX = 200_000
URL_MAX = 2_000
TAG_MAX = 64
MAX_TAGS = 20
MAX_RELATED = 50


def utcnow() -> datetime:
    return datetime.now(UTC)


def created_at_field() -> Any:
    return Field(
        default_factory=utcnow,
        sa_column_kwargs={"server_default": func.now(), "nullable": False},
        sa_type=DateTime(timezone=True),
    )


def timestamp_field(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=DateTime(timezone=True), nullable=nullable)


class Language(StrEnum):
    nl = "nl"
    en = "en"


class ContentStatus(StrEnum):
    draft = "draft"
    published = "published"
    archived = "archived"


def _reject_nul(value: Any, path: str) -> None:
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError(f"{path or 'value'} contains a NUL character, which cannot be stored")
    elif isinstance(value, dict):
        for key, item in value.items():
            _reject_nul(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _reject_nul(item, f"{path}[{index}]")


class WriteSchema(SQLModel):
    """Base of every input schema: unknown fields are refused (no mass assignment of id, version,
    status or timestamps) and NUL characters, which PostgreSQL text cannot hold, are rejected."""

    model_config = SQLModelConfig(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_nul_characters(cls, data: Any) -> Any:
        _reject_nul(data, "")
        return data


@dataclass(frozen=True)
class Link:
    """A link table: each row ties an owner row (column ``owner``) to a related row (``target``), with a
    ``role`` column where the link has one."""

    table: Any
    owner: Any
    target: Any
    role: Any = None

    def reversed(self) -> Link:
        """The same table seen from the related row's side."""
        return Link(self.table, self.target, self.owner, self.role)
