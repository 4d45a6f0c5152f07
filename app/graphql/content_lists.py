"""The list fields of a content type (``Query.knowledgeItems``, ``Theme.positionPapers`` ...), built per type.

Every such list takes the same arguments and pages the same way; they differ in the node type, its filter
input, and the filter a parent implies (a theme lists only its own items and refuses ``filter.themes``).
"""

# No `from __future__ import annotations`: strawberry must see the real filter types of the closures.

from dataclasses import dataclass, replace
from typing import Annotated, Any

import strawberry
from strawberry.types.field import StrawberryField

from app.errors import ValidationFailedError
from app.graphql.connections import After, Before, Connection, First, Last, content_slice, page_args
from app.graphql.context import Info
from app.graphql.inputs import ContentOrder


def refuse_implied(filters: Any, name: str) -> Any:
    """``filters`` unless it sets ``name``, which the parent object already implies."""
    if filters is not None and getattr(filters, name):
        raise ValidationFailedError(f"filter.{name} is implied by the parent here", field=name)
    return filters


@dataclass(frozen=True)
class Implied:
    """A filter the parent implies: ``filter_field`` is refused and the service's ``service_field`` set to its slug."""

    filter_field: str
    service_field: str


def content_list(
    node: Any,
    filter_type: type[Any],
    *,
    description: str,
    implied: Implied | None = None,
) -> StrawberryField:
    """A connection field over ``node`` (``KnowledgeItem`` or ``PositionPaper``, whose ``SPEC`` says what to list)."""

    async def resolve(
        root: Any,
        info: Info,
        filter: Annotated[Any, strawberry.argument(graphql_type=filter_type | None)] = None,
        order_by: list[ContentOrder] | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Any:
        filters = (filter or filter_type()).to_service()
        if implied is not None:
            refuse_implied(filter, implied.filter_field)
            filters = replace(filters, **{implied.service_field: (root.slug,)})
        page = await content_slice(
            info.context,
            spec=node.SPEC,
            filters=filters,
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(node.from_model)

    return strawberry.field(resolve, description=description, graphql_type=Connection[node])
