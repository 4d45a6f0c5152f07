"""Add an organisation to the directory and change it (``createOrganisation``, ``updateOrganisation``)."""

# No `from __future__ import annotations`: strawberry must see the real input types.

from typing import Annotated, Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from app.graphql.context import Info
from app.graphql.errors import MutationError
from app.graphql.ids import key_of
from app.graphql.inputs import OrganisationCreateInput, OrganisationUpdateInput
from app.graphql.mutations.common import ExpectedVersion, Id, Slug, validated, write
from app.graphql.types import Organisation
from app.models.organisation import OrganisationCreate, OrganisationUpdate
from app.services import organisations
from app.services.auth import Principal


@strawberry.type
class OrganisationPayload:
    organisation: Organisation


OrganisationResult = Annotated[OrganisationPayload | MutationError, strawberry.union("OrganisationResult")]


@strawberry.mutation(description="Add an organisation to the directory (editors).")
async def create_organisation(
    info: Info, input: Annotated[Any, strawberry.argument(graphql_type=OrganisationCreateInput)]
) -> OrganisationResult:
    async def work(session: AsyncSession, actor: Principal) -> OrganisationPayload:
        data = validated(OrganisationCreate, input)
        org = await organisations.create_organisation(session=session, actor=actor, data=data)
        return OrganisationPayload(organisation=Organisation.from_model(org))

    return await write(info, work)


@strawberry.mutation(description="Change an organisation (editors); fields left out keep their value.")
async def update_organisation(
    info: Info,
    input: Annotated[Any, strawberry.argument(graphql_type=OrganisationUpdateInput)],
    id: Id = None,
    slug: Slug = None,
    expected_version: ExpectedVersion = None,
) -> OrganisationResult:
    async def work(session: AsyncSession, actor: Principal) -> OrganisationPayload:
        key = key_of(id, slug, "Organisation")
        data = validated(OrganisationUpdate, input)
        org = await organisations.update_organisation(
            session=session, actor=actor, id_or_slug=key, data=data, expected_version=expected_version
        )
        return OrganisationPayload(organisation=Organisation.from_model(org))

    return await write(info, work)
