"""Input types: one filter and one order input per list, and the write inputs of the mutations.

The content filters follow each type's ``ContentSpec``; the write inputs are derived from the REST API's
write schemas (``KnowledgeItemCreate`` ...), and what they receive is validated by those same schemas, so
both APIs take the same fields under the same rules; a field left out stays out (merge semantics).
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from types import GenericAlias
from typing import Any, ClassVar

import strawberry
from pydantic import BaseModel

from app.graphql.enums import ContentStatus, Language, OrganisationKind, OrganisationStatus
from app.graphql.write_inputs import write_input
from app.models.content import AttachmentIn
from app.models.content_types import CONTENT_SPECS, KNOWLEDGE, POSITION_PAPERS, ContentSpec
from app.models.knowledge import OrganisationRef
from app.models.organisation import MemberRef, OrganisationCreate, OrganisationUpdate
from app.services.content.listing import ContentFilter
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


class _ContentFilterInput:
    """What every content filter input does with its values (the fields come from the content type)."""

    SPEC: ClassVar[ContentSpec]
    # The fields every content type has (``content_filter_input`` declares them with their descriptions).
    themes: list[str] | None
    languages: list[Language] | None
    statuses: list[ContentStatus] | None
    years: list[int] | None
    published_after: datetime | None
    published_before: datetime | None

    def to_service(self) -> ContentFilter:
        """The filter the services take (as REST's filters build it)."""
        own = {f.name: _values(getattr(self, f.name)) for f in self.SPEC.filters}
        return ContentFilter(
            themes=_values(self.themes),
            organisations=_values(getattr(self, self.SPEC.organisations.field)),
            languages=_values(self.languages),
            statuses=_values(self.statuses),
            years=_values(self.years),
            published_after=self.published_after,
            published_before=self.published_before,
            **own,
        )


def content_filter_input(spec: ContentSpec) -> type[Any]:
    """``<Noun>Filter``: the filters both types have, its organisations by their name, and its own filters."""
    label = f"{spec.label}s".replace("knowledge items", "items").replace("position papers", "papers")
    fields: dict[str, tuple[Any, Any]] = {
        "themes": (list[str] | None, strawberry.field(default=None, description="Theme slugs.")),
        spec.organisations.field: (list[str] | None, strawberry.field(default=None, description="Organisation slugs.")),
        **{f.name: (GenericAlias(list, (f.values,)) | None, strawberry.field(default=None)) for f in spec.filters},
        "languages": (list[Language] | None, strawberry.field(default=None)),
        "statuses": (
            list[ContentStatus] | None,
            strawberry.field(default=None, description=f"Drafts and archived {label} are for editors only."),
        ),
        "years": (list[int] | None, strawberry.field(default=None)),
        "published_after": (datetime | None, strawberry.field(default=None)),
        "published_before": (datetime | None, strawberry.field(default=None)),
    }
    namespace: dict[str, Any] = {"SPEC": spec, "__annotations__": {n: t for n, (t, _) in fields.items()}}
    namespace |= {n: f for n, (_, f) in fields.items()}
    cls = type(f"{spec.noun}Filter", (_ContentFilterInput,), namespace)
    return strawberry.input(cls, description="Filters: values within a field are OR'ed, fields are AND'ed.")


KnowledgeItemFilter = content_filter_input(KNOWLEDGE)
PositionPaperFilter = content_filter_input(POSITION_PAPERS)


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


# ----- write inputs: the REST API's write schemas as GraphQL inputs (app/graphql/write_inputs.py) -----

AttachmentInput = write_input(AttachmentIn, name="AttachmentInput")
OrganisationRefInput = write_input(OrganisationRef, name="OrganisationRefInput")
_NESTED: dict[type[BaseModel], type] = {AttachmentIn: AttachmentInput, OrganisationRef: OrganisationRefInput}


def content_write_inputs(spec: ContentSpec) -> tuple[type[Any], type[Any]]:
    """``<Noun>CreateInput`` and ``<Noun>UpdateInput`` from the type's create and update schemas."""
    create = write_input(
        spec.create,
        name=f"{spec.noun}CreateInput",
        description=f"A new {spec.label}; it starts as a draft.",
        nested=_NESTED,
    )
    update = write_input(
        spec.update,
        name=f"{spec.noun}UpdateInput",
        description="Fields to change; fields left out keep their value, null clears.",
        partial=True,
        nested=_NESTED,
    )
    return create, update


CONTENT_WRITE_INPUTS = {spec.entity: content_write_inputs(spec) for spec in CONTENT_SPECS}


MemberRefInput = write_input(MemberRef, name="MemberRefInput")
OrganisationCreateInput = write_input(
    OrganisationCreate,
    name="OrganisationCreateInput",
    description="A new organisation in the directory.",
    nested={MemberRef: MemberRefInput},
)
OrganisationUpdateInput = write_input(
    OrganisationUpdate,
    name="OrganisationUpdateInput",
    description="Fields to change; fields left out keep their value.",
    partial=True,
    nested={MemberRef: MemberRefInput},
)
