"""Thematic working groups of member organisations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer
from sqlmodel import Field, SQLModel

from app.models.base import (
    DESCRIPTION_MAX,
    NAME_MAX,
    SLUG_MAX,
    Link,
    Slug,
    WriteSchema,
    created_at_field,
    timestamp_field,
)
from app.models.organisation import ROLE_MAX, MemberRef


class WorkingGroup(SQLModel, table=True):
    __tablename__ = "working_group"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True)
    name: str = Field(max_length=NAME_MAX)
    description: str = Field(default="", max_length=DESCRIPTION_MAX)
    description_en: str = Field(default="", max_length=DESCRIPTION_MAX, description="English; empty: none yet.")
    theme_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("theme.id", ondelete="RESTRICT"), index=True)
    )
    version: int = Field(default=1, nullable=False)
    created_at: datetime = created_at_field()
    updated_at: datetime | None = timestamp_field()


class WorkingGroupMember(SQLModel, table=True):
    __tablename__ = "working_group_member"

    working_group_id: int = Field(
        sa_column=Column(Integer, ForeignKey("working_group.id", ondelete="CASCADE"), primary_key=True)
    )
    organisation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    role: str = Field(default="member", max_length=ROLE_MAX)


# A working group's members, with their role.
GROUP_MEMBERS = Link(
    WorkingGroupMember, WorkingGroupMember.working_group_id, WorkingGroupMember.organisation_id, WorkingGroupMember.role
)


class WorkingGroupCreate(WriteSchema):
    slug: Slug | None = None
    name: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=DESCRIPTION_MAX)
    description_en: str = Field(default="", max_length=DESCRIPTION_MAX, description="English; empty: none yet.")
    theme: str | None = Field(default=None, max_length=SLUG_MAX, description="Slug of the group's theme.")
    members: list[MemberRef] = Field(default_factory=list, max_length=500)


class WorkingGroupUpdate(WriteSchema):
    slug: Slug | None = None
    name: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    description_en: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    theme: str | None = Field(default=None, max_length=SLUG_MAX)
    members: list[MemberRef] | None = Field(default=None, max_length=500)
