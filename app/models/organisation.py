"""The partner directory: organisations, their themes, and alliance/network membership."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import EmailStr
from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel

from app.models.base import (
    DESCRIPTION_MAX,
    NAME_MAX,
    SLUG_MAX,
    URL_MAX,
    CountryCode,
    Link,
    Slug,
    Url,
    WriteSchema,
    created_at_field,
    timestamp_field,
)
from app.models.content import enum_check


class OrganisationKind(StrEnum):
    member = "member"
    partner = "partner"
    alliance = "alliance"
    network = "network"
    government = "government"
    knowledge_institute = "knowledge_institute"
    funder = "funder"


class OrganisationStatus(StrEnum):
    active = "active"
    inactive = "inactive"


# Only these kinds have member organisations of their own.
GROUPING_KINDS = frozenset({OrganisationKind.alliance, OrganisationKind.network})
ROLE_MAX = 64


class OrganisationBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    acronym: str | None = Field(default=None, max_length=32)
    description: str = Field(default="", max_length=DESCRIPTION_MAX)
    description_en: str = Field(default="", max_length=DESCRIPTION_MAX, description="English; empty: none yet.")
    city: str | None = Field(default=None, max_length=NAME_MAX)
    member_since: date | None = None


class Organisation(OrganisationBase, table=True):
    __table_args__ = (
        enum_check("kind", OrganisationKind),
        enum_check("status", OrganisationStatus),
        CheckConstraint("country ~ '^[A-Z]{2}$'", name="country_iso"),
    )

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True)
    kind: OrganisationKind = Field(sa_type=String(32))
    status: OrganisationStatus = Field(default=OrganisationStatus.active, sa_type=String(16))
    website: str | None = Field(default=None, max_length=URL_MAX)
    email: str | None = Field(default=None, max_length=320)
    country: str | None = Field(default=None, max_length=2)
    logo_url: str | None = Field(default=None, max_length=URL_MAX)
    version: int = Field(default=1, nullable=False)
    created_at: datetime = created_at_field()
    updated_at: datetime | None = timestamp_field()


class OrganisationTheme(SQLModel, table=True):
    __tablename__ = "organisation_theme"

    organisation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    )
    theme_id: int = Field(sa_column=Column(Integer, ForeignKey("theme.id", ondelete="RESTRICT"), primary_key=True))


class AllianceMembership(SQLModel, table=True):
    """An organisation's membership of an alliance or network, with its role there."""

    __tablename__ = "alliance_membership"
    __table_args__ = (CheckConstraint("alliance_id <> member_id", name="not_self"),)

    alliance_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    )
    member_id: int = Field(
        sa_column=Column(Integer, ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    role: str = Field(default="member", max_length=ROLE_MAX)


# The directory's link tables, seen from the organisation (an alliance's members; its themes).
ALLIANCE_MEMBERS = Link(
    AllianceMembership, AllianceMembership.alliance_id, AllianceMembership.member_id, AllianceMembership.role
)
ORGANISATION_THEMES = Link(OrganisationTheme, OrganisationTheme.organisation_id, OrganisationTheme.theme_id)


class MemberRef(WriteSchema):
    organisation: str = Field(min_length=1, max_length=SLUG_MAX, description="Slug of the member organisation.")
    role: str = Field(default="member", min_length=1, max_length=ROLE_MAX)


class OrganisationWrite(WriteSchema):
    """Fields shared by create and update; relation fields are given as slugs."""

    acronym: str | None = Field(default=None, max_length=32)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    description_en: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    website: Url | None = None
    email: EmailStr | None = None
    country: CountryCode | None = None
    city: str | None = Field(default=None, max_length=NAME_MAX)
    member_since: date | None = None
    logo_url: Url | None = None
    status: OrganisationStatus | None = None
    themes: list[str] | None = Field(default=None, max_length=20)
    members: list[MemberRef] | None = Field(default=None, max_length=500)


class OrganisationCreate(OrganisationWrite):
    slug: Slug | None = None
    name: str = Field(min_length=1, max_length=NAME_MAX)
    kind: OrganisationKind


class OrganisationUpdate(OrganisationWrite):
    slug: Slug | None = None
    name: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    kind: OrganisationKind | None = None
