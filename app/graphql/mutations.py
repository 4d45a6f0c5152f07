"""The Mutation root: editors' writes through the same services and input rules as REST.

Each mutation runs in a savepoint: a failure rolls back everything it wrote and comes back as a
typed error result (``... | ValidationError | NotFoundError | ConflictError | ...``).
"""

# No `from __future__ import annotations`: strawberry must see the real input types of the resolvers
# that content_mutations() builds for each content type.

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, TypeVar

import strawberry
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay
from strawberry.types.field import StrawberryField

from app.errors import KennisbankError
from app.graphql.context import Info
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
from app.graphql.types import KnowledgeItem, Organisation, PositionPaper
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


@dataclass(frozen=True)
class ContentMutations:
    """The write mutations of one content type; Mutation lists them under their schema names."""

    create: StrawberryField
    update: StrawberryField
    publish: StrawberryField
    unpublish: StrawberryField
    restore_revision: StrawberryField
    delete: StrawberryField


def content_mutations(
    *,
    spec: ContentSpec,
    noun: str,
    result: object,
    payload: Callable[[Any], object],
    create_input: type,
    update_input: type,
    create_model: type[BaseModel],
    update_model: type[BaseModel],
    create: Callable[..., Awaitable[Any]],
    update: Callable[..., Awaitable[Any]],
) -> ContentMutations:
    """Build the mutations of one content type, as app/api/content_routes.py builds its REST routes.

    ``noun`` is the GraphQL type name (``KnowledgeItem``); ``result`` is the union the mutations return
    and ``payload`` wraps a saved row in its payload type.
    """
    label = spec.label

    async def write_to(
        info: Info, id: relay.GlobalID | None, slug: str | None, change: Callable[..., Awaitable[Any]], **arguments: Any
    ) -> Any:
        """Run the service call ``change`` on the item given by id or slug; it comes back in its payload."""

        async def work(session: AsyncSession, actor: Principal) -> object:
            row = await change(session=session, actor=actor, spec=spec, id_or_slug=key_of(id, slug, noun), **arguments)
            return payload(row)

        return await write(info, work)

    @strawberry.mutation(description=f"Create a {label} as a draft (editors).", graphql_type=result)
    async def create_item(info: Info, input: Annotated[Any, strawberry.argument(graphql_type=create_input)]) -> Any:
        async def work(session: AsyncSession, actor: Principal) -> object:
            row = await create(session=session, actor=actor, data=_validated(create_model, input))
            return payload(row)

        return await write(info, work)

    @strawberry.mutation(
        description=f"Change a {label} (editors); fields left out keep their value.", graphql_type=result
    )
    async def update_item(
        info: Info,
        input: Annotated[Any, strawberry.argument(graphql_type=update_input)],
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> Any:
        async def work(session: AsyncSession, actor: Principal) -> object:
            key = key_of(id, slug, noun)
            data = _validated(update_model, input)
            row = await update(
                session=session, actor=actor, id_or_slug=key, data=data, expected_version=expected_version
            )
            return payload(row)

        return await write(info, work)

    @strawberry.mutation(
        description=f"Publish a {label} (editors); the first publication date is kept.", graphql_type=result
    )
    async def publish_item(
        info: Info,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
        published_at: datetime | None = None,
    ) -> Any:
        return await write_to(
            info, id, slug, content.publish_content, expected_version=expected_version, published_at=published_at
        )

    @strawberry.mutation(description=f"Take a {label} back to draft (editors).", graphql_type=result)
    async def unpublish_item(
        info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> Any:
        return await write_to(info, id, slug, content.unpublish_content, expected_version=expected_version)

    @strawberry.mutation(
        description="Write a revision's content back as a new change (editors); status and schedule are kept.",
        graphql_type=result,
    )
    async def restore_item_revision(
        info: Info,
        number: int,
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> Any:
        return await write_to(
            info, id, slug, revisions.restore_revision, number=number, expected_version=expected_version
        )

    @strawberry.mutation(description=f"Delete a {label} (editors).")
    async def delete_item(
        info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> DeleteResult:
        async def work(session: AsyncSession, actor: Principal) -> DeletePayload:
            row = await content.get_content(session=session, actor=actor, spec=spec, id_or_slug=key_of(id, slug, noun))
            await content.delete_content(
                session=session, actor=actor, spec=spec, id_or_slug=str(row.id), expected_version=expected_version
            )
            return DeletePayload(deleted_id=relay.GlobalID(noun, str(row.id)), slug=row.slug)

        return await write(info, work)

    return ContentMutations(
        create=create_item,
        update=update_item,
        publish=publish_item,
        unpublish=unpublish_item,
        restore_revision=restore_item_revision,
        delete=delete_item,
    )


knowledge_item_mutations = content_mutations(
    spec=KNOWLEDGE,
    noun="KnowledgeItem",
    result=KnowledgeItemResult,
    payload=lambda row: KnowledgeItemPayload(knowledge_item=KnowledgeItem.from_model(row)),
    create_input=KnowledgeItemCreateInput,
    update_input=KnowledgeItemUpdateInput,
    create_model=KnowledgeItemCreate,
    update_model=KnowledgeItemUpdate,
    create=knowledge.create_knowledge_item,
    update=knowledge.update_knowledge_item,
)
position_paper_mutations = content_mutations(
    spec=POSITION_PAPERS,
    noun="PositionPaper",
    result=PositionPaperResult,
    payload=lambda row: PositionPaperPayload(position_paper=PositionPaper.from_model(row)),
    create_input=PositionPaperCreateInput,
    update_input=PositionPaperUpdateInput,
    create_model=PositionPaperCreate,
    update_model=PositionPaperUpdate,
    create=position_papers.create_position_paper,
    update=position_papers.update_position_paper,
)


@strawberry.type
class Mutation:
    create_knowledge_item = knowledge_item_mutations.create
    update_knowledge_item = knowledge_item_mutations.update
    publish_knowledge_item = knowledge_item_mutations.publish
    unpublish_knowledge_item = knowledge_item_mutations.unpublish
    restore_knowledge_item_revision = knowledge_item_mutations.restore_revision
    delete_knowledge_item = knowledge_item_mutations.delete

    create_position_paper = position_paper_mutations.create
    update_position_paper = position_paper_mutations.update
    publish_position_paper = position_paper_mutations.publish
    unpublish_position_paper = position_paper_mutations.unpublish
    restore_position_paper_revision = position_paper_mutations.restore_revision
    delete_position_paper = position_paper_mutations.delete

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
