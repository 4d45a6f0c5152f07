"""GraphQL object types, separate from the database models; every relation goes through a dataloader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from app.errors import ValidationFailedError
from app.graphql.connections import Connection, PageArgs, content_slice, organisation_slice, wants_total
from app.graphql.context import GraphQLContext
from app.graphql.enums import (
    Audience,
    ContentStatus,
    KnowledgeKind,
    Language,
    OrganisationKind,
    OrganisationRole,
    OrganisationStatus,
)
from app.graphql.inputs import (
    ContentOrder,
    KnowledgeItemFilter,
    OrganisationFilterInput,
    OrganisationOrder,
    PositionPaperFilter,
)
from app.models import content as content_models
from app.models import knowledge as knowledge_models
from app.models import organisation as organisation_models
from app.models import position_paper as position_paper_models
from app.models import revision as revision_models
from app.models import theme as theme_models
from app.models import working_group as working_group_models
from app.services.auth import require_editor
from app.services.content import KNOWLEDGE, POSITION_PAPERS, ContentSpec

Info = strawberry.Info[GraphQLContext, None]
First = Annotated[int | None, strawberry.argument(description="Page size forwards (1 to 100, default 20).")]
Last = Annotated[int | None, strawberry.argument(description="Page size backwards (1 to 100).")]
After = Annotated[str | None, strawberry.argument(description="Cursor to page forwards from.")]
Before = Annotated[str | None, strawberry.argument(description="Cursor to page backwards from.")]


def _int_ids(node_ids: Iterable[str]) -> list[int]:
    return [int(i) if i.isdigit() and len(i) < 12 else -1 for i in node_ids]


def page_args(info: Info, first: int | None, after: str | None, last: int | None, before: str | None) -> PageArgs:
    return PageArgs.of(first=first, after=after, last=last, before=before, with_total=wants_total(info))


def _without(filters: Any, name: str) -> Any:
    if filters is not None and getattr(filters, name):
        raise ValidationFailedError(f"filter.{name} is implied by the parent here", field=name)
    return filters


@strawberry.type(description="A file attached to a knowledge item or position paper.")
class Attachment:
    file_name: str
    media_type: str
    size: float = strawberry.field(description="Bytes (a Float: files can exceed 2^31).")
    url: str

    @classmethod
    def from_model(cls, row: content_models.Attachment) -> Attachment:
        return cls(file_name=row.file_name, media_type=row.media_type, size=row.size, url=row.url)


@strawberry.type(description="A focus area that content and organisations are tagged with.")
class Theme(relay.Node):
    id: relay.NodeID[int]
    slug: str
    name_nl: str
    name_en: str
    description: str
    version: int
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    def from_model(cls, row: theme_models.Theme) -> Theme:
        assert row.id is not None
        return cls(
            id=row.id,
            slug=row.slug,
            name_nl=row.name_nl,
            name_en=row.name_en,
            description=row.description,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.theme.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="Published knowledge items on this theme (all items for editors).")
    async def knowledge_items(
        self,
        info: Info,
        filter: KnowledgeItemFilter | None = None,
        order_by: list[ContentOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[KnowledgeItem]:
        filters = (_without(filter, "themes") or KnowledgeItemFilter()).to_service()
        filters = replace(filters, themes=(self.slug,))
        page = await content_slice(
            info.context,
            spec=KNOWLEDGE,
            filters=filters,
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(KnowledgeItem.from_model)

    @strawberry.field(description="Published position papers on this theme (all papers for editors).")
    async def position_papers(
        self,
        info: Info,
        filter: PositionPaperFilter | None = None,
        order_by: list[ContentOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[PositionPaper]:
        filters = (_without(filter, "themes") or PositionPaperFilter()).to_service()
        filters = replace(filters, themes=(self.slug,))
        page = await content_slice(
            info.context,
            spec=POSITION_PAPERS,
            filters=filters,
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(PositionPaper.from_model)

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
        filters = (_without(filter, "themes") or OrganisationFilterInput()).to_service()
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
class Organisation(relay.Node):
    id: relay.NodeID[int]
    slug: str
    name: str
    acronym: str | None
    kind: OrganisationKind
    status: OrganisationStatus
    description: str
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
    def from_model(cls, row: organisation_models.Organisation) -> Organisation:
        assert row.id is not None
        return cls(
            id=row.id,
            slug=row.slug,
            name=row.name,
            acronym=row.acronym,
            kind=organisation_models.OrganisationKind(row.kind),
            status=organisation_models.OrganisationStatus(row.status),
            description=row.description,
            website=row.website,
            email=row.email,
            country=row.country,
            city=row.city,
            member_since=row.member_since,
            logo_url=row.logo_url,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.organisation.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

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

    @strawberry.field(description="Knowledge items this organisation authored or published.")
    async def knowledge_items(
        self,
        info: Info,
        filter: KnowledgeItemFilter | None = None,
        order_by: list[ContentOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[KnowledgeItem]:
        filters = (_without(filter, "organisations") or KnowledgeItemFilter()).to_service()
        filters = replace(filters, organisations=(self.slug,))
        page = await content_slice(
            info.context,
            spec=KNOWLEDGE,
            filters=filters,
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(KnowledgeItem.from_model)

    @strawberry.field(description="Position papers this organisation signed.")
    async def position_papers(
        self,
        info: Info,
        filter: PositionPaperFilter | None = None,
        order_by: list[ContentOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[PositionPaper]:
        filters = (_without(filter, "signatories") or PositionPaperFilter()).to_service()
        filters = replace(filters, organisations=(self.slug,))
        page = await content_slice(
            info.context,
            spec=POSITION_PAPERS,
            filters=filters,
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(PositionPaper.from_model)


@strawberry.type(description="An organisation in a group (an alliance, a network), with its role there.")
class OrganisationMember:
    role: str
    organisation: Organisation


@strawberry.type(description="A thematic working group of member organisations.")
class WorkingGroup(relay.Node):
    id: relay.NodeID[int]
    slug: str
    name: str
    description: str
    version: int
    created_at: datetime
    updated_at: datetime | None
    theme_id: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, row: working_group_models.WorkingGroup) -> WorkingGroup:
        assert row.id is not None
        return cls(
            id=row.id,
            slug=row.slug,
            name=row.name,
            description=row.description,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
            theme_id=row.theme_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.working_group.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

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


@strawberry.type(description="One change to a knowledge item or position paper and the content it left.")
class Revision:
    number: int
    version: int
    op: str = strawberry.field(description="created, updated, published, unpublished or deleted.")
    actor: str = strawberry.field(description="Name of the API key that made the change.")
    restored_from: int | None
    created_at: datetime
    content: JSON = strawberry.field(description="The full content as this change left it.")

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
        )


@strawberry.interface(description="What knowledge items and position papers have in common.")
class Content(relay.Node):
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

    @strawberry.field
    async def themes(self, info: Info) -> list[Theme]:
        rows = await info.context.loaders.content(self.SPEC).themes.load(self.id)
        return [Theme.from_model(t) for t in rows]

    @strawberry.field
    async def attachments(self, info: Info) -> list[Attachment]:
        rows = await info.context.loaders.content(self.SPEC).attachments.load(self.id)
        return [Attachment.from_model(a) for a in rows]

    @strawberry.field(description="Every change, oldest first, with the full content it left (editors only).")
    async def revisions(self, info: Info) -> list[Revision]:
        require_editor(info.context.principal)
        rows = await info.context.loaders.content(self.SPEC).revisions.load(self.id)
        return [Revision.from_model(r) for r in rows]

    @staticmethod
    def common(row: Any) -> dict[str, Any]:
        return {
            "id": row.id,
            "slug": row.slug,
            "title": row.title,
            "summary": row.summary,
            "body": row.body,
            "language": Language(row.language),
            "status": ContentStatus(row.status),
            "published_at": row.published_at,
            "publish_at": row.publish_at,
            "unpublish_at": row.unpublish_at,
            "version": row.version,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "translation_id": row.translation_id,
        }


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

    @classmethod
    def from_model(cls, row: knowledge_models.KnowledgeItem) -> KnowledgeItem:
        return cls(
            **cls.common(row),
            kind=knowledge_models.KnowledgeKind(row.kind),
            tags=list(row.tags),
            source_url=row.source_url,
            cover_image_url=row.cover_image_url,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.knowledge.by_id.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="Authors and publishers.")
    async def organisations(self, info: Info) -> list[ContentOrganisation]:
        rows = await info.context.loaders.knowledge.organisations.load(self.id)
        return [
            ContentOrganisation(role=knowledge_models.OrganisationRole(role), organisation=Organisation.from_model(o))
            for o, role in rows
        ]

    @strawberry.field(description="The same item in the other language, if published (or for editors).")
    async def translation(self, info: Info) -> KnowledgeItem | None:
        if self.translation_id is None:
            return None
        row = await info.context.loaders.knowledge.by_id.load(self.translation_id)
        return KnowledgeItem.from_model(row) if row is not None else None


@strawberry.type(description="A lobby document addressed to parliament, a ministry or an international body.")
class PositionPaper(Content):
    SPEC: ClassVar[ContentSpec] = POSITION_PAPERS

    audience: list[Audience]
    ministry: str | None
    occasion: str | None

    @classmethod
    def from_model(cls, row: position_paper_models.PositionPaper) -> PositionPaper:
        return cls(
            **cls.common(row),
            audience=[position_paper_models.Audience(a) for a in row.audience],
            ministry=row.ministry,
            occasion=row.occasion,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids: Iterable[str], required: bool = False) -> list[Any]:
        rows = await info.context.loaders.position_papers.by_id.load_many(_int_ids(node_ids))
        return [cls.from_model(r) if r is not None else None for r in rows]

    @strawberry.field(description="The organisations that signed the paper.")
    async def signatories(self, info: Info) -> list[Organisation]:
        rows = await info.context.loaders.position_papers.organisations.load(self.id)
        return [Organisation.from_model(o) for o, _ in rows]

    @strawberry.field(description="The same paper in the other language, if published (or for editors).")
    async def translation(self, info: Info) -> PositionPaper | None:
        if self.translation_id is None:
            return None
        row = await info.context.loaders.position_papers.by_id.load(self.translation_id)
        return PositionPaper.from_model(row) if row is not None else None
