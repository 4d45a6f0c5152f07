"""What every mutation shares: the savepoint and typed errors of ``write``, record keys, and payloads.

Each mutation runs in a savepoint: a failure rolls back everything it wrote and comes back as a typed
error result (``... | ValidationError | NotFoundError | ConflictError | ...``); the rule itself is a
service call, never code of the mutation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import strawberry
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from app.errors import KennisbankError
from app.graphql.context import Info
from app.graphql.errors import MutationError, error_result, invalid_input
from app.graphql.ids import key_of
from app.graphql.types import CONTENT_NODES
from app.graphql.write_inputs import input_data
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.services.auth import Principal, require_editor

T = TypeVar("T")
Work = Callable[[AsyncSession, Principal], Awaitable[T]]

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


async def change_record(
    info: Info,
    spec: ContentSpec,
    id: relay.GlobalID | None,
    slug: str | None,
    change: Callable[..., Awaitable[Any]],
    **arguments: Any,
) -> Any:
    """Run the service call ``change`` on the item named by ``id`` or ``slug``; it comes back in its payload,
    or a typed error (a bad id included)."""

    async def work(session: AsyncSession, actor: Principal) -> object:
        key = key_of(id, slug, spec.noun)
        row = await change(session=session, actor=actor, spec=spec, id_or_slug=key, **arguments)
        return payload_of(spec, row)

    return await write(info, work)


def validated(schema: type[BaseModel], data: Any) -> Any:
    """A GraphQL input as the REST API's write schema validates it."""
    return schema.model_validate(input_data(data))


def _payload(spec: ContentSpec) -> type:
    """``<Noun>Payload``: the record a content mutation wrote, under the type's name (``knowledgeItem``)."""
    node = CONTENT_NODES[spec.entity]
    cls = type(f"{spec.noun}Payload", (), {"__annotations__": {spec.entity.value: node}})
    return strawberry.type(cls)


PAYLOADS = {spec.entity: _payload(spec) for spec in CONTENT_SPECS}
RESULTS = {
    spec.entity: Annotated[PAYLOADS[spec.entity] | MutationError, strawberry.union(f"{spec.noun}Result")]
    for spec in CONTENT_SPECS
}


def payload_of(spec: ContentSpec, row: Any) -> Any:
    """The payload of a content mutation that wrote ``row``."""
    return PAYLOADS[spec.entity](**{spec.entity.value: CONTENT_NODES[spec.entity].from_model(row)})


@strawberry.type(description="What was deleted.")
class DeletePayload:
    deleted_id: relay.GlobalID
    slug: str


DeleteResult = Annotated[DeletePayload | MutationError, strawberry.union("DeleteResult")]
