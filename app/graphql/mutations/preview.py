"""Mint a preview token (``createPreviewToken``): read-only access to one draft, or to all of them.

The rule is app/services/preview.py's; REST's ``POST /api/v1/preview-tokens`` calls the same function.
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolvers.

from datetime import datetime
from typing import Annotated

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from app.errors import ValidationFailedError
from app.graphql.context import Info
from app.graphql.errors import MutationError
from app.graphql.mutations.common import write
from app.graphql.types import CONTENT_NODES
from app.models.preview import DEFAULT_PREVIEW_SECONDS, PreviewTokenCreate
from app.services.auth import Principal
from app.services.preview import PreviewTokens, create_preview_token


@strawberry.type
class PreviewTokenPayload:
    token: str = strawberry.field(description="Send as the X-Preview-Token header with GraphQL queries or GETs.")
    expires_at: datetime
    record_id: relay.GlobalID | None = strawberry.field(
        description="The one record the token shows; null: it shows every draft."
    )


PreviewTokenResult = Annotated[PreviewTokenPayload | MutationError, strawberry.union("PreviewTokenResult")]
_TYPES = {node.__name__: spec for spec, node in ((n.SPEC, n) for n in CONTENT_NODES.values())}


@strawberry.mutation(
    description="A short-lived, read-only preview token (editors) for one knowledge item or position paper "
    "(its global id) or, without id, for every draft."
)
async def create_preview_token_mutation(
    info: Info,
    id: Annotated[relay.GlobalID | None, strawberry.argument(description="The record; omit for all drafts.")] = None,
    expires_in: Annotated[
        int, strawberry.argument(description="Seconds until the token stops working (60 to 86400).")
    ] = DEFAULT_PREVIEW_SECONDS,
) -> PreviewTokenResult:
    async def work(session: AsyncSession, actor: Principal) -> PreviewTokenPayload:
        record: dict[str, str] = {}
        if id is not None:
            spec = _TYPES.get(id.type_name)
            if spec is None or not id.node_id.isdigit():
                raise ValidationFailedError("this id is not a knowledge item or position paper id", field="id")
            record = {"type": spec.entity.value, "id": id.node_id}
        data = PreviewTokenCreate.model_validate({"expires_in": expires_in, **record})
        tokens = PreviewTokens(info.context.secret)
        grant = await create_preview_token(session=session, actor=actor, tokens=tokens, data=data)
        node = relay.GlobalID(id.type_name, str(grant.id)) if id is not None and grant.id is not None else None
        return PreviewTokenPayload(token=grant.token, expires_at=grant.expires_at, record_id=node)

    return await write(info, work)
