"""Input types: one filter and one order input per list, and the write inputs of the mutations.

Write inputs are turned into the REST API's SQLModel schemas (``KnowledgeItemCreate`` ...), so both
APIs validate with the same rules; a field left out stays out (merge semantics on update).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

import strawberry

from app.graphql.enums import (
    Audience,
    ContentStatus,
    KnowledgeKind,
    Language,
    OrganisationKind,
    OrganisationRole,
    OrganisationStatus,
)
from app.services.content import ContentFilter
from app.services.organisations import OrganisationFilter


@strawberry.enum(description="Sort direction.")
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"


@strawberry.enum(description="What knowledge items and position papers can be sorted by.")
class ContentSortField(Enum):
    PUBLISHED_AT = "published_at"
    TITLE = "title"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


@strawberry.enum(description="What organisations can be sorted by.")
class OrganisationSortField(Enum):
    NAME = "name"
    CREATED_AT = "created_at"


@strawberry.input(description="One sort key; the id breaks ties. Default: newest publication first.")
class ContentOrder:
    field: ContentSortField
    direction: SortDirection = SortDirection.DESC


@strawberry.input(description="One sort key; the id breaks ties. Default: by name.")
class OrganisationOrder:
    field: OrganisationSortField
    direction: SortDirection = SortDirection.ASC


def _values(values: list[Any] | None) -> tuple[Any, ...]:
    return tuple(v.value if isinstance(v, Enum) else v for v in values or ())


def _content_filter(filters: KnowledgeItemFilter | PositionPaperFilter, **specific: tuple[Any, ...]) -> ContentFilter:
    """The filters both content types have, plus ``specific`` ones (as REST's ``common_filters``)."""
    return ContentFilter(
        themes=_values(filters.themes),
        languages=_values(filters.languages),
        statuses=_values(filters.statuses),
        years=_values(filters.years),
        published_after=filters.published_after,
        published_before=filters.published_before,
        **specific,
    )


@strawberry.input(description="Filters: values within a field are OR'ed, fields are AND'ed.")
class KnowledgeItemFilter:
    themes: list[str] | None = strawberry.field(default=None, description="Theme slugs.")
    organisations: list[str] | None = strawberry.field(default=None, description="Organisation slugs.")
    kinds: list[KnowledgeKind] | None = None
    languages: list[Language] | None = None
    statuses: list[ContentStatus] | None = strawberry.field(
        default=None, description="Drafts and archived items are for editors only."
    )
    years: list[int] | None = None
    tags: list[str] | None = None
    published_after: datetime | None = None
    published_before: datetime | None = None

    def to_service(self) -> ContentFilter:
        return _content_filter(
            self, organisations=_values(self.organisations), kinds=_values(self.kinds), tags=_values(self.tags)
        )


@strawberry.input(description="Filters: values within a field are OR'ed, fields are AND'ed.")
class PositionPaperFilter:
    themes: list[str] | None = strawberry.field(default=None, description="Theme slugs.")
    signatories: list[str] | None = strawberry.field(default=None, description="Organisation slugs.")
    audiences: list[Audience] | None = None
    languages: list[Language] | None = None
    statuses: list[ContentStatus] | None = strawberry.field(
        default=None, description="Drafts and archived papers are for editors only."
    )
    years: list[int] | None = None
    published_after: datetime | None = None
    published_before: datetime | None = None

    def to_service(self) -> ContentFilter:
        return _content_filter(self, organisations=_values(self.signatories), audiences=_values(self.audiences))


@strawberry.input(description="Filters: values within a field are OR'ed, fields are AND'ed.")
class OrganisationFilterInput:
    kinds: list[OrganisationKind] | None = None
    countries: list[str] | None = strawberry.field(default=None, description="ISO 3166 alpha-2 codes.")
    themes: list[str] | None = strawberry.field(default=None, description="Theme slugs.")
    statuses: list[OrganisationStatus] | None = None

    def to_service(self) -> OrganisationFilter:
        return OrganisationFilter(
            kinds=_values(self.kinds),
            countries=_values(self.countries),
            themes=_values(self.themes),
            statuses=_values(self.statuses),
        )


# ----- write inputs -----

UNSET: Any = strawberry.UNSET


def input_data(value: Any) -> Any:
    """An input object as plain data for the SQLModel schemas, leaving out fields not given."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: input_data(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not strawberry.UNSET
        }
    if isinstance(value, list):
        return [input_data(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def _publish_at() -> Any:
    return strawberry.field(
        default=UNSET, description="Publish at this moment (one in the past publishes now); null cancels."
    )


def _unpublish_at() -> Any:
    return strawberry.field(default=UNSET, description="Archive the published item at this moment; null cancels.")


@strawberry.input
class AttachmentInput:
    file_name: str
    media_type: str
    size: int
    url: str
    extracted_text: str | None = UNSET


@strawberry.input
class OrganisationRefInput:
    organisation: str = strawberry.field(description="Slug of the organisation.")
    role: OrganisationRole | None = UNSET


@strawberry.input
class MemberRefInput:
    organisation: str = strawberry.field(description="Slug of the member organisation.")
    role: str | None = UNSET


@strawberry.input(description="A new knowledge item; it starts as a draft.")
class KnowledgeItemCreateInput:
    title: str
    kind: KnowledgeKind
    language: Language
    slug: str | None = UNSET
    summary: str | None = UNSET
    body: str | None = UNSET
    tags: list[str] | None = UNSET
    themes: list[str] | None = strawberry.field(default=UNSET, description="Theme slugs.")
    organisations: list[OrganisationRefInput] | None = UNSET
    attachments: list[AttachmentInput] | None = UNSET
    translation: str | None = strawberry.field(default=UNSET, description="Slug of the translation.")
    source_url: str | None = UNSET
    cover_image_url: str | None = UNSET
    publish_at: datetime | None = _publish_at()
    unpublish_at: datetime | None = _unpublish_at()


@strawberry.input(description="Fields to change; fields left out keep their value, null clears.")
class KnowledgeItemUpdateInput:
    title: str | None = UNSET
    kind: KnowledgeKind | None = UNSET
    language: Language | None = UNSET
    slug: str | None = UNSET
    summary: str | None = UNSET
    body: str | None = UNSET
    tags: list[str] | None = UNSET
    themes: list[str] | None = UNSET
    organisations: list[OrganisationRefInput] | None = UNSET
    attachments: list[AttachmentInput] | None = UNSET
    translation: str | None = UNSET
    source_url: str | None = UNSET
    cover_image_url: str | None = UNSET
    publish_at: datetime | None = _publish_at()
    unpublish_at: datetime | None = _unpublish_at()


@strawberry.input(description="A new position paper; it starts as a draft.")
class PositionPaperCreateInput:
    title: str
    language: Language
    slug: str | None = UNSET
    summary: str | None = UNSET
    body: str | None = UNSET
    themes: list[str] | None = UNSET
    attachments: list[AttachmentInput] | None = UNSET
    translation: str | None = UNSET
    audience: list[Audience] | None = UNSET
    ministry: str | None = UNSET
    occasion: str | None = UNSET
    signatories: list[str] | None = strawberry.field(default=UNSET, description="Organisation slugs.")
    publish_at: datetime | None = _publish_at()
    unpublish_at: datetime | None = _unpublish_at()


@strawberry.input(description="Fields to change; fields left out keep their value, null clears.")
class PositionPaperUpdateInput:
    title: str | None = UNSET
    language: Language | None = UNSET
    slug: str | None = UNSET
    summary: str | None = UNSET
    body: str | None = UNSET
    themes: list[str] | None = UNSET
    attachments: list[AttachmentInput] | None = UNSET
    translation: str | None = UNSET
    audience: list[Audience] | None = UNSET
    ministry: str | None = UNSET
    occasion: str | None = UNSET
    signatories: list[str] | None = UNSET
    publish_at: datetime | None = _publish_at()
    unpublish_at: datetime | None = _unpublish_at()


@strawberry.input(description="A new organisation in the directory.")
class OrganisationCreateInput:
    name: str
    kind: OrganisationKind
    slug: str | None = UNSET
    acronym: str | None = UNSET
    description: str | None = UNSET
    website: str | None = UNSET
    email: str | None = UNSET
    country: str | None = UNSET
    city: str | None = UNSET
    member_since: date | None = UNSET
    logo_url: str | None = UNSET
    status: OrganisationStatus | None = UNSET
    themes: list[str] | None = UNSET
    members: list[MemberRefInput] | None = UNSET


@strawberry.input(description="Fields to change; fields left out keep their value.")
class OrganisationUpdateInput:
    name: str | None = UNSET
    kind: OrganisationKind | None = UNSET
    slug: str | None = UNSET
    acronym: str | None = UNSET
    description: str | None = UNSET
    website: str | None = UNSET
    email: str | None = UNSET
    country: str | None = UNSET
    city: str | None = UNSET
    member_since: date | None = UNSET
    logo_url: str | None = UNSET
    status: OrganisationStatus | None = UNSET
    themes: list[str] | None = UNSET
    members: list[MemberRefInput] | None = UNSET
