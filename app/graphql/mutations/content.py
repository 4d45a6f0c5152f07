"""Create, update and delete a knowledge item or position paper (``createKnowledgeItem`` ...).

The rules are app/services/content/writes.py's; REST's routes (app/api/content/writing.py) call the same.
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolvers built here.

from typing import Annotated, Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay
from strawberry.types.field import StrawberryField

from app.graphql.context import Info
from app.graphql.ids import key_of
from app.graphql.inputs import CONTENT_WRITE_INPUTS
from app.graphql.mutations.common import (
    RESULTS,
    DeletePayload,
    DeleteResult,
    ExpectedVersion,
    Id,
    Slug,
    payload_of,
    validated,
    write,
)
from app.models.content_types import ContentSpec
from app.services.auth import Principal
from app.services.content.listing import get_content
from app.services.content.writes import create_content, delete_content, update_content


def create(spec: ContentSpec) -> StrawberryField:
    create_input, _ = CONTENT_WRITE_INPUTS[spec.entity]

    async def create_item(info: Info, input: Annotated[Any, strawberry.argument(graphql_type=create_input)]) -> Any:
        async def work(session: AsyncSession, actor: Principal) -> object:
            data = validated(spec.create, input)
            return payload_of(spec, await create_content(session=session, actor=actor, spec=spec, data=data))

        return await write(info, work)

    return strawberry.mutation(
        create_item, description=f"Create a {spec.label} as a draft (editors).", graphql_type=RESULTS[spec.entity]
    )


def update(spec: ContentSpec) -> StrawberryField:
    _, update_input = CONTENT_WRITE_INPUTS[spec.entity]

    async def update_item(
        info: Info,
        input: Annotated[Any, strawberry.argument(graphql_type=update_input)],
        id: Id = None,
        slug: Slug = None,
        expected_version: ExpectedVersion = None,
    ) -> Any:
        async def work(session: AsyncSession, actor: Principal) -> object:
            key = key_of(id, slug, spec.noun)
            data = validated(spec.update, input)
            row = await update_content(
                session=session, actor=actor, spec=spec, id_or_slug=key, data=data, expected_version=expected_version
            )
            return payload_of(spec, row)

        return await write(info, work)

    return strawberry.mutation(
        update_item,
        description=f"Change a {spec.label} (editors); fields left out keep their value.",
        graphql_type=RESULTS[spec.entity],
    )


def delete(spec: ContentSpec) -> StrawberryField:
    async def delete_item(
        info: Info, id: Id = None, slug: Slug = None, expected_version: ExpectedVersion = None
    ) -> DeleteResult:
        async def work(session: AsyncSession, actor: Principal) -> DeletePayload:
            row = await get_content(session=session, actor=actor, spec=spec, id_or_slug=key_of(id, slug, spec.noun))
            await delete_content(
                session=session, actor=actor, spec=spec, id_or_slug=str(row.id), expected_version=expected_version
            )
            return DeletePayload(deleted_id=relay.GlobalID(spec.noun, str(row.id)), slug=row.slug)

        return await write(info, work)

    return strawberry.mutation(delete_item, description=f"Delete a {spec.label} (editors).")
