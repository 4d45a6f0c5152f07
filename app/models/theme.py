"""Themes: the platform's focus areas that all content and organisations are tagged with."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import (
    DESCRIPTION_MAX,
    NAME_MAX,
    SLUG_MAX,
    Slug,
    WriteSchema,
    created_at_field,
    timestamp_field,
)


class ThemeBase(SQLModel):
    name_nl: str = Field(min_length=1, max_length=NAME_MAX)
    name_en: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=DESCRIPTION_MAX)
    description_en: str = Field(default="", max_length=DESCRIPTION_MAX, description="English; empty: none yet.")


class Theme(ThemeBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True)
    version: int = Field(default=1, nullable=False)
    created_at: datetime = created_at_field()
    updated_at: datetime | None = timestamp_field()


class ThemeCreate(ThemeBase, WriteSchema):
    slug: Slug | None = None


class ThemeUpdate(WriteSchema):
    slug: Slug | None = None
    name_nl: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    name_en: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    description_en: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
