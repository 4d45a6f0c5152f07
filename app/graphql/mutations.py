"""The Mutation root: editors' writes through the same services and input rules as REST.

Each mutation runs in a savepoint: a failure rolls back everything it wrote and comes back as a
typed error result (``... | ValidationError | NotFoundError | ConflictError | ...``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Any, TypeVar

import strawberry
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from app.errors import KennisbankError
from app.graphql.errors import MutationError, error_result, invalid_input
from app.graphql.inputs import (
    KnowledgeItemCreateInput,
    KnowledgeItemUpdateInput,
    OrganisationCreateInput,
    OrganisationUpdateInput,
    PositionPaperCreateInput,
    PositionPaperUpdateInput,
    input_data,
)
from app.graphql.queries import key_of
from app.graphql.types import Info, KnowledgeItem, Organisation, PositionPaper
from app.models.knowledge import KnowledgeItemCreate, KnowledgeItemUpdate
from app.models.organisation import OrganisationCreate, OrganisationUpdate
from app.models.position_paper import PositionPaperCreate, PositionPaperUpdate
from app.services import content, knowledge, organisations, position_papers, revisions
from app.services.auth import Principal, require_editor
from app.services.content import KNOWLEDGE, POSITION_PAPERS, ContentSpec

T = TypeVar("T")
Work = Callable[[AsyncSession, Principal], Awaitable[T]]


@strawberry.type
class KnowledgeItemPayload:
    knowledge_item: KnowledgeItem


@strawberry.type
class PositionPaperPayload:
    position_paper: PositionPaper


@strawberry.type
class OrganisationPayload:
    organisation: Organisation


@strawberry.type(description="What was deleted.")
class DeletePayload:
    deleted_id: relay.GlobalID
    slug: str


KnowledgeItemResult = Annotated[KnowledgeItemPayload | MutationError, strawberry.union("KnowledgeItemResult")]
PositionPaperResult = Annotated[PositionPaperPayload | MutationError, strawberry.union("PositionPaperResult")]
OrganisationResult = Annotated[OrganisationPayload | MutationError, strawberry.union("OrganisationResult")]
DeleteResult = Annotated[DeletePayload | MutationError, strawberry.union("DeleteResult")]

Id = Annotated[relay.GlobalID | None, strawberry.argument(description="Global id (or give slug).")]
Slug = Annotated[str | None, strawberry.argument(description="Slug (or give id).")]
ExpectedVersion = Annotated[
    int | None, strawberry.argument(description="Refuse the change unless the record is at this version.")
]


async def write(info: Info, work: Work[T]) -> T | MutationError:
    """Run ``work`` for an editor in a savepoint; domain errors roll it back and become typed results."""
    ctx = info.context
    try:
        require_editor(ctx.principal)
        async with ctx.db.lock, ctx.db.session.begin_nested():
            result = await work(ctx.db.session, ctx.principal)
    except KennisbankError as exc:
        return error_result(exc, ctx.principal)
    except PydanticValidationError as exc:
        return invalid_input(exc)
    ctx.reset_loaders()
    return result


def _validated(schema: Any, data: Any) -> Any:
    return schema.model_validate(input_data(data))


async def _delete(
    session: AsyncSession, actor: Principal, spec: ContentSpec, key: str, expected_version: int | None
) -> DeletePayload:
    item = await content.get_content(session=session, actor=actor, spec=spec, id_or_slug=key)
    await content.delete_content(
        session=session, actor=actor, spec=spec, id_or_slug=str(item.id), expected_version=expected_version
    )
    type_name = "KnowledgeItem" if spec is KNOWLEDGE else "PositionPaper"
    return DeletePayload(deleted_id=relay.GlobalID(type_name, str(item.id)), slug=item.slug)


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Create a knowledge item as a draft (editors).")
    async def create_knowledge_item(self, info: Info, input: KnowledgeItemCreateInput) -> KnowledgeItemResult:
        async def work(session: AsyncSession, actor: Principal) -> KnowledgeItemPayload:
            data = _validated(KnowledgeItemCreate, input)
            item = await knowledge.create_knowledge_item(session=session, actor=actor, data=data)
            return KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(item))

        return await write(info, work)

    @strawberry.mutation(description="Change a knowledge item (editors); fields left out keep their value.")
    async def update_knowledge_item(
        self,
        info: Info,
        input: KnowledgeItemUpdateInput,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> KnowledgeItemResult:
        async def work(session: AsyncSession, actor: Principal) -> KnowledgeItemPayload:
            key = key_of(id, slug, "KnowledgeItem")
            data = _validated(KnowledgeItemUpdate, input)
            item = await knowledge.update_knowledge_item(
                session=session, actor=actor, id_or_slug=key, data=data, expected_version=expected_version
            )
            return KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(item))

        return await write(info, work)

    @strawberry.mutation(description="Publish a knowledge item (editors); the first publication date is kept.")
    async def publish_knowledge_item(
        self,
        info: Info,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
        published_at: datetime | None = None,
    ) -> KnowledgeItemResult:
        async def work(session: AsyncSession, actor: Principal) -> KnowledgeItemPayload:
            item = await content.publish_content(
                session=session,
                actor=actor,
                spec=KNOWLEDGE,
                id_or_slug=key_of(id, slug, "KnowledgeItem"),
                expected_version=expected_version,
                published_at=published_at,
            )
            return KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(item))

        return await write(info, work)

    @strawberry.mutation(description="Take a knowledge item back to draft (editors).")
    async def unpublish_knowledge_item(
        self, info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> KnowledgeItemResult:
        async def work(session: AsyncSession, actor: Principal) -> KnowledgeItemPayload:
            item = await content.unpublish_content(
                session=session,
                actor=actor,
                spec=KNOWLEDGE,
                id_or_slug=key_of(id, slug, "KnowledgeItem"),
                expected_version=expected_version,
            )
            return KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(item))

        return await write(info, work)

    @strawberry.mutation(
        description="Write a revision's content back as a new change (editors); status and schedule are kept."
    )
    async def restore_knowledge_item_revision(
        self,
        info: Info,
        number: int,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> KnowledgeItemResult:
        async def work(session: AsyncSession, actor: Principal) -> KnowledgeItemPayload:
            item = await revisions.restore_revision(
                session=session,
                actor=actor,
                spec=KNOWLEDGE,
                id_or_slug=key_of(id, slug, "KnowledgeItem"),
                number=number,
                expected_version=expected_version,
            )
            return KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(item))

        return await write(info, work)

    @strawberry.mutation(description="Delete a knowledge item (editors).")
    async def delete_knowledge_item(
        self, info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> DeleteResult:
        async def work(session: AsyncSession, actor: Principal) -> DeletePayload:
            return await _delete(session, actor, KNOWLEDGE, key_of(id, slug, "KnowledgeItem"), expected_version)

        return await write(info, work)

    @strawberry.mutation(description="Create a position paper as a draft (editors).")
    async def create_position_paper(self, info: Info, input: PositionPaperCreateInput) -> PositionPaperResult:
        async def work(session: AsyncSession, actor: Principal) -> PositionPaperPayload:
            data = _validated(PositionPaperCreate, input)
            paper = await position_papers.create_position_paper(session=session, actor=actor, data=data)
            return PositionPaperPayload(position_paper=PositionPaper.from_model(paper))

        return await write(info, work)

    @strawberry.mutation(description="Change a position paper (editors); fields left out keep their value.")
    async def update_position_paper(
        self,
        info: Info,
        input: PositionPaperUpdateInput,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> PositionPaperResult:
        async def work(session: AsyncSession, actor: Principal) -> PositionPaperPayload:
            key = key_of(id, slug, "PositionPaper")
            data = _validated(PositionPaperUpdate, input)
            paper = await position_papers.update_position_paper(
                session=session, actor=actor, id_or_slug=key, data=data, expected_version=expected_version
            )
            return PositionPaperPayload(position_paper=PositionPaper.from_model(paper))

        return await write(info, work)

    @strawberry.mutation(description="Publish a position paper (editors); the first publication date is kept.")
    async def publish_position_paper(
        self,
        info: Info,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
        published_at: datetime | None = None,
    ) -> PositionPaperResult:
        async def work(session: AsyncSession, actor: Principal) -> PositionPaperPayload:
            paper = await content.publish_content(
                session=session,
                actor=actor,
                spec=POSITION_PAPERS,
                id_or_slug=key_of(id, slug, "PositionPaper"),
                expected_version=expected_version,
                published_at=published_at,
            )
            return PositionPaperPayload(position_paper=PositionPaper.from_model(paper))

        return await write(info, work)

    @strawberry.mutation(description="Take a position paper back to draft (editors).")
    async def unpublish_position_paper(
        self, info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> PositionPaperResult:
        async def work(session: AsyncSession, actor: Principal) -> PositionPaperPayload:
            paper = await content.unpublish_content(
                session=session,
                actor=actor,
                spec=POSITION_PAPERS,
                id_or_slug=key_of(id, slug, "PositionPaper"),
                expected_version=expected_version,
            )
            return PositionPaperPayload(position_paper=PositionPaper.from_model(paper))

        return await write(info, work)

    @strawberry.mutation(
        description="Write a revision's content back as a new change (editors); status and schedule are kept."
    )
    async def restore_position_paper_revision(
        self,
        info: Info,
        number: int,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> PositionPaperResult:
        async def work(session: AsyncSession, actor: Principal) -> PositionPaperPayload:
            paper = await revisions.restore_revision(
                session=session,
                actor=actor,
                spec=POSITION_PAPERS,
                id_or_slug=key_of(id, slug, "PositionPaper"),
                number=number,
                expected_version=expected_version,
            )
            return PositionPaperPayload(position_paper=PositionPaper.from_model(paper))

        return await write(info, work)

    @strawberry.mutation(description="Delete a position paper (editors).")
    async def delete_position_paper(
        self, info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> DeleteResult:
        async def work(session: AsyncSession, actor: Principal) -> DeletePayload:
            return await _delete(session, actor, POSITION_PAPERS, key_of(id, slug, "PositionPaper"), expected_version)

        return await write(info, work)

    @strawberry.mutation(description="Add an organisation to the directory (editors).")
    async def create_organisation(self, info: Info, input: OrganisationCreateInput) -> OrganisationResult:
        async def work(session: AsyncSession, actor: Principal) -> OrganisationPayload:
            data = _validated(OrganisationCreate, input)
            org = await organisations.create_organisation(session=session, actor=actor, data=data)
            return OrganisationPayload(organisation=Organisation.from_model(org))

        return await write(info, work)

    @strawberry.mutation(description="Change an organisation (editors); fields left out keep their value.")
    async def update_organisation(
        self,
        info: Info,
        input: OrganisationUpdateInput,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> OrganisationResult:
        async def work(session: AsyncSession, actor: Principal) -> OrganisationPayload:
            key = key_of(id, slug, "Organisation")
            data = _validated(OrganisationUpdate, input)
            org = await organisations.update_organisation(
                session=session, actor=actor, id_or_slug=key, data=data, expected_version=expected_version
            )
            return OrganisationPayload(organisation=Organisation.from_model(org))

        return await write(info, work)
