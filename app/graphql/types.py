"""GraphQL object types, separate from the database models; every relation goes through a dataloader."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, ClassVar, Self

import strawberry
from strawberry import relay
from strawberry.scalars import JSON
from strawberry.types import get_object_definition

from app.errors import ValidationFailedError
from app.graphql.connections import After, Before, Connection, First, Last, organisation_slice, page_args
from app.graphql.content_lists import Implied, content_list, refuse_implied
from app.graphql.context import Info
from app.graphql.enums import (
    Audience,
    ContentStatus,
    KnowledgeKind,
    Language,
    OrganisationKind,
    OrganisationRole,
    OrganisationStatus,
)
from app.graphql.inputs import KnowledgeItemFilter, OrganisationFilterInput, OrganisationOrder, PositionPaperFilter
from app.models import knowledge as knowledge_models
from app.models import revision as revision_models
from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS, ContentSpec, spec_of
from app.services import rich_text
from app.services.content.related import related_content
from app.services.content.revisions import diff as revision_diff


def _int_ids(node_ids: Iterable[str]) -> list[int]:
    return [int(i) if i.isdigit() and len(i) < 12 else -1 for i in node_ids]


class FromRow:
    """``from_model``: the GraphQL object of a database row, its plain fields copied by name (an enum column
    holds its value, which is how GraphQL enums serialise)."""

    ROW_NAMES: ClassVar[dict[str, str]] = {"description_nl": "description"}  # field: row attribute, where they differ

    @classmethod
    def from_model(cls, row: Any) -> Self:
        return cls(**{name: getattr(row, cls.ROW_NAMES.get(name, name)) for name in _columns(cls)})


def localized(dutch: str, english: str, locale: Any) -> str:
    """The text in ``locale`` when there is one, else Dutch (the fallback of every bilingual description)."""
    return (
        english if locale is not None and str(getattr(locale, "value", locale)).lower() == "en" and english else dutch
    )


def _columns(cls: type) -> tuple[str, ...]:
    """The plain (non-resolver) fields of a content type: what ``from_model`` copies from the row."""
    known = _COLUMNS.get(cls)
    if known is None:
        definition = get_object_definition(cls, strict=True)
        resolved = {f.python_name for f in definition.fields if f.base_resolver is not None}
        fields = dataclasses.fields(cls)
        known = _COLUMNS[cls] = tuple(f.name for f in fields if f.name not in resolved and not f.name.startswith("_"))
    return known


_COLUMNS: dict[type, tuple[str, ...]] = {}


@strawberry.type
class Bilingual:
    """A directory record's description: Dutch, and English where written (themes, organisations, groups)."""

    description_nl: strawberry.Private[str]
    description_en: str = strawberry.field(description="The English description as stored; empty when none yet.")

    @strawberry.field(
        description="In `locale` (default Dutch): the English text when asked for and written, else the Dutch one."
    )
    def description(self, locale: Language | None = None) -> str:
        return localized(self.description_nl, self.description_en, locale)


@strawberry.type(description="A file attached to a knowledge item or position paper.")
class Attachment(FromRow):
    id: strawberry.ID = strawberry.field(
        description="The attachment's id as in REST (`.../attachments/{attachment_id}`); not a Relay node id."
    )
    file_name: str
    media_type: str
    size: int = strawberry.field(description="Bytes.")
    url: str
    width: int | None = strawberry.field(description="Image width in pixels, measured at upload; null otherwise.")
    height: int | None = strawberry.field(description="Image height in pixels, measured at upload; null otherwise.")
    alt: str | None = strawberry.field(
        description='Text alternative of an image ("" marks it decorative; null: none given).'
    )


# The content types come first: Theme and Organisation build their lists of them with content_list().
@strawberry.interface(description="What knowledge items and position papers have in common.")
class Content(FromRow, relay.Node):
    SPEC: ClassVar[ContentSpec]

    id: relay.NodeID[int]
    slug: str
    title: str
    summary: str
    body: str
    language: Language
    status: ContentStatus
    published_at: datetime | None
    publish_at: datetime | None = strawberry.field(description="Scheduled publication, until it happens.")
    unpublish_at: datetime | None = strawberry.field(description="Scheduled expiry: archived at this moment.")
    version: int = strawberry.field(description="Increases with every change; send it as expectedVersion.")
    created_at: datetime
    updated_at: datetime | None
    translation_id: strawberry.Private[int | None]

    @strawberry.field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    def url(self, info: Info) -> str:
        return info.context.links.url(self.SPEC.entity, self.slug)

    @strawberry.field(
        description="The body (CommonMark Markdown with tables and strikethrough) as sanitised HTML: headings, "
        "lists, links with safe schemes and rel=noopener, emphasis, tables, blockquotes, code, images from /media."
    )
    def body_html(self) -> str:
        return rich_text.markdown_html(self.body)

    @strawberry.field(
        description="Plain text of the summary (else the body) for meta descriptions: at most `length` "
        "characters (10 to 500), cut between words."
    )
    def excerpt(self, length: int = rich_text.EXCERPT_LENGTH) -> str:
        if not 10 <= length <= 500:
            raise ValidationFailedError("length must be between 10 and 500", field="length")
        return rich_text.excerpt(self.summary, self.body, length=length)

    @strawberry.field
    async def themes(self, info: Info) -> list[Theme]:
        rows = await info.context.loaders.content(self.SPEC).themes.load(self.id)
        return [Theme.from_model(t) for t in rows]

    @strawberry.field(
        description="The first of the record's themes, which come in the order of their Dutch names (for "
        "breadcrumbs); null without themes."
    )
    async def primary_theme(self, info: Info) -> Theme | None:
        rows = await info.context.loaders.content(self.SPEC).themes.load(self.id)
        return Theme.from_model(rows[0]) if rows else None

    @strawberry.field(
        description="Published knowledge items and position papers sharing themes (3 points each), organisations "
        "(2) or tags (1) with this one, best first, then newest; `limit` 1 to 20."
    )
    async def related(self, info: Info, limit: int = 5) -> list[Content]:
        ctx = info.context
        found = await ctx.db.run(
            related_content, actor=ctx.principal, spec=self.SPEC, id_or_slug=str(self.id), limit=limit
        )
        rows = [await ctx.loaders.content(r.spec).by_id.load(r.id) for r in found]
        return [CONTENT_NODES[r.spec.entity].from_model(row) for r, row in zip(found, rows, strict=True) if row]

    @strawberry.field
    async def attachments(self, info: Info) -> list[Attachment]:
        rows = await info.context.loaders.content(self.SPEC).attachments.load(self.id)
        return [Attachment.from_model(a) for a in rows]

    @strawberry.field(
        description="Every change, oldest first, with the full content it left (editors only: null with an "
        "UNAUTHENTICATED or PERMISSION_DENIED error for anyone else, the rest of the record still answered)."
    )
    async def revisions(self, info: Info) -> list[Revision] | None:
        rows = await info.context.loaders.content(self.SPEC).revisions.load(self.id)
        return [Revision.from_model(r) for r in rows]

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.content(cls.SPEC).by_id.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    async def load_translation(self, info: Info) -> Self | None:
        """The same content in the other language, if this caller may see it."""
        if self.translation_id is None:
            return None
        row = await info.context.loaders.content(self.SPEC).by_id.load(self.translation_id)
        return self.from_model(row) if row is not None else None


@strawberry.type(description="An organisation named on a knowledge item, as its author or publisher.")
class ContentOrganisation:
    role: OrganisationRole
    organisation: Organisation


@strawberry.type(description="A publication, report, toolkit, news item ... in the knowledge base.")
class KnowledgeItem(Content):
    SPEC: ClassVar[ContentSpec] = KNOWLEDGE

    kind: KnowledgeKind
    tags: list[str]
    source_url: str | None
    cover_image_url: str | None

    @strawberry.field(description="Authors and publishers.")
    async def organisations(self, info: Info) -> list[ContentOrganisation]:
        rows = await info.context.loaders.content(self.SPEC).organisations.load(self.id)
        return [
            ContentOrganisation(role=knowledge_models.OrganisationRole(role), organisation=Organisation.from_model(o))
            for o, role in rows
        ]

    @strawberry.field(description="The same item in the other language, if published (or for editors).")
    async def translation(self, info: Info) -> KnowledgeItem | None:
        return await self.load_translation(info)


@strawberry.type(description="A lobby document addressed to parliament, a ministry or an international body.")
class PositionPaper(Content):
    SPEC: ClassVar[ContentSpec] = POSITION_PAPERS

    audience: list[Audience]
    ministry: str | None
    occasion: str | None

    @strawberry.field(description="The organisations that signed the paper.")
    async def signatories(self, info: Info) -> list[Organisation]:
        rows = await info.context.loaders.content(self.SPEC).organisations.load(self.id)
        return [Organisation.from_model(o) for o, _ in rows]

    @strawberry.field(description="The same paper in the other language, if published (or for editors).")
    async def translation(self, info: Info) -> PositionPaper | None:
        return await self.load_translation(info)


@strawberry.type(description="A focus area that content and organisations are tagged with.")
class Theme(FromRow, Bilingual, relay.Node):
    id: relay.NodeID[int]
    slug: str
    name_nl: str
    name_en: str
    version: int
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.theme.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    def url(self, info: Info) -> str:
        return info.context.links.url(EntityType.theme, self.slug)

    knowledge_items = content_list(
        KnowledgeItem,
        KnowledgeItemFilter,
        description="Published knowledge items on this theme (all items for editors).",
        implied=Implied(filter_field="themes", service_field="themes"),
    )

    position_papers = content_list(
        PositionPaper,
        PositionPaperFilter,
        description="Published position papers on this theme (all papers for editors).",
        implied=Implied(filter_field="themes", service_field="themes"),
    )

    @strawberry.field(description="Organisations working on this theme.")
    async def organisations(
        self,
        info: Info,
        filter: OrganisationFilterInput | None = None,
        order_by: list[OrganisationOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Organisation]:
        filters = (refuse_implied(filter, "themes") or OrganisationFilterInput()).to_service()
        filters = replace(filters, themes=(self.slug,))
        page = await organisation_slice(
            info.context, filters=filters, order=order_by, args=page_args(info, first, after, last, before)
        )
        return page.connection(Organisation.from_model)

    @strawberry.field(description="The working groups on this theme.")
    async def working_groups(self, info: Info) -> list[WorkingGroup]:
        rows = await info.context.loaders.groups_of_theme.load(self.id)
        return [WorkingGroup.from_model(r) for r in rows]


@strawberry.type(description="An organisation in the directory: a member, partner, alliance, funder ...")
class Organisation(FromRow, Bilingual, relay.Node):
    id: relay.NodeID[int]
    slug: str
    name: str
    acronym: str | None
    kind: OrganisationKind
    status: OrganisationStatus
    website: str | None
    email: str | None
    country: str | None
    city: str | None
    member_since: date | None
    logo_url: str | None
    version: int
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.organisation.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    def url(self, info: Info) -> str:
        return info.context.links.url(EntityType.organisation, self.slug)

    @strawberry.field
    async def themes(self, info: Info) -> list[Theme]:
        return [Theme.from_model(t) for t in await info.context.loaders.organisation_themes.load(self.id)]

    @strawberry.field(description="Member organisations, for alliances and networks.")
    async def members(self, info: Info) -> list[OrganisationMember]:
        rows = await info.context.loaders.alliance_members.load(self.id)
        return [OrganisationMember(role=role, organisation=Organisation.from_model(o)) for o, role in rows]

    @strawberry.field(description="The alliances and networks this organisation is a member of.")
    async def memberships(self, info: Info) -> list[OrganisationMember]:
        rows = await info.context.loaders.memberships.load(self.id)
        return [OrganisationMember(role=role, organisation=Organisation.from_model(o)) for o, role in rows]

    @strawberry.field(description="The working groups this organisation takes part in.")
    async def working_groups(self, info: Info) -> list[WorkingGroupMembership]:
        rows = await info.context.loaders.groups_of_organisation.load(self.id)
        return [WorkingGroupMembership(role=role, working_group=WorkingGroup.from_model(g)) for g, role in rows]

    knowledge_items = content_list(
        KnowledgeItem,
        KnowledgeItemFilter,
        description="Knowledge items this organisation authored or published.",
        implied=Implied(filter_field="organisations", service_field="organisations"),
    )

    position_papers = content_list(
        PositionPaper,
        PositionPaperFilter,
        description="Position papers this organisation signed.",
        implied=Implied(filter_field="signatories", service_field="organisations"),
    )


@strawberry.type(description="An organisation in a group (an alliance, a network), with its role there.")
class OrganisationMember:
    role: str
    organisation: Organisation


@strawberry.type(description="A thematic working group of member organisations.")
class WorkingGroup(FromRow, Bilingual, relay.Node):
    id: relay.NodeID[int]
    slug: str
    name: str
    version: int
    created_at: datetime
    updated_at: datetime | None
    theme_id: strawberry.Private[int | None]

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.working_group.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="The canonical page on the site (KENNISBANK_SITE_URL + the type's path).")
    def url(self, info: Info) -> str:
        return info.context.links.url(EntityType.working_group, self.slug)

    @strawberry.field
    async def theme(self, info: Info) -> Theme | None:
        if self.theme_id is None:
            return None
        row = await info.context.loaders.theme.load(self.theme_id)
        return Theme.from_model(row) if row is not None else None

    @strawberry.field
    async def members(self, info: Info) -> list[OrganisationMember]:
        rows = await info.context.loaders.group_members.load(self.id)
        return [OrganisationMember(role=role, organisation=Organisation.from_model(o)) for o, role in rows]


@strawberry.type(description="A working group an organisation is in, with its role there.")
class WorkingGroupMembership:
    role: str
    working_group: WorkingGroup


@strawberry.type(description="One field that differs between a revision and the current version.")
class RevisionFieldChange:
    field: str
    revision: JSON | None = strawberry.field(description="The field's value in the revision.")
    current: JSON | None = strawberry.field(description="The field's value now.")


@strawberry.type(description="One change to a knowledge item or position paper and the content it left.")
class Revision:
    number: int
    version: int
    op: str = strawberry.field(description="created, updated, published, unpublished or deleted.")
    actor: str = strawberry.field(description="Name of the API key that made the change.")
    restored_from: int | None
    created_at: datetime
    content: dict[str, Any] = strawberry.field(
        description="The full content as this change left it.", graphql_type=JSON
    )
    spec: strawberry.Private[ContentSpec]
    entity_id: strawberry.Private[int]

    @strawberry.field(description="How each field of this revision differs from the current version (as REST's).")
    async def diff(self, info: Info) -> list[RevisionFieldChange]:
        current = await info.context.loaders.content(self.spec).current_content.load(self.entity_id)
        return [
            RevisionFieldChange(field=name, revision=old, current=new)
            for name, (old, new) in revision_diff(self.content, current).items()
        ]

    @classmethod
    def from_model(cls, row: revision_models.ContentRevision) -> Revision:
        return cls(
            number=row.number,
            version=row.version,
            op=str(row.op),
            actor=row.actor,
            restored_from=row.restored_from,
            created_at=row.created_at,
            content=row.data,
            spec=spec_of(row.entity_type),
            entity_id=row.entity_id,
        )


# The GraphQL type of each content type (mutation payloads name them).
CONTENT_NODES = {node.SPEC.entity: node for node in (KnowledgeItem, PositionPaper)}
