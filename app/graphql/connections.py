"""Relay connections over the services' keyset pagination: first/after forwards, last/before backwards.

Backwards pages run the same service query with every sort direction flipped and the rows reversed,
so both directions share one listing function, its filters and its visibility rule.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from strawberry import relay
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from app.errors import ValidationFailedError
from app.graphql.context import GraphQLContext, Info
from app.models.content_types import ContentSpec
from app.services import organisations
from app.services.content import listing
from app.services.content.listing import ContentFilter
from app.services.organisations import OrganisationFilter
from app.services.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, SortField, parse_sort, scope_of

T = TypeVar("T")
M = TypeVar("M")
First = Annotated[int | None, strawberry.argument(description="Page size forwards (1 to 100, default 20).")]
Last = Annotated[int | None, strawberry.argument(description="Page size backwards (1 to 100).")]
After = Annotated[str | None, strawberry.argument(description="Cursor to page forwards from.")]
Before = Annotated[str | None, strawberry.argument(description="Cursor to page backwards from.")]


@strawberry.type(description="An edge in a connection: one node and the cursor that points at it.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A page of a list, Relay style.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: relay.PageInfo
    total_count: int = strawberry.field(
        description="How many items match in all (counted only when this field is selected)."
    )

    @strawberry.field(description="The nodes of this page, without cursors.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


@dataclass(frozen=True)
class PageArgs:
    """The four Relay arguments, checked: a page goes one direction from at most one cursor."""

    forward: bool
    size: int
    cursor: str | None
    with_total: bool

    @classmethod
    def of(
        cls, *, first: int | None, after: str | None, last: int | None, before: str | None, with_total: bool
    ) -> PageArgs:
        if first is not None and last is not None:
            raise ValidationFailedError("give first or last, not both", field="last")
        if after is not None and before is not None:
            raise ValidationFailedError("give after or before, not both", field="before")
        backward = last is not None or before is not None
        if backward and (first is not None or after is not None):
            raise ValidationFailedError("first/after page forwards and last/before backwards: pick one", field="last")
        size = (last if backward else first) or DEFAULT_LIMIT
        name = "last" if backward else "first"
        given = last if backward else first
        if given is not None and not 1 <= given <= MAX_LIMIT:
            raise ValidationFailedError(f"{name} must be between 1 and {MAX_LIMIT}", field=name)
        return cls(forward=not backward, size=size, cursor=before if backward else after, with_total=with_total)


@dataclass(frozen=True)
class Slice(Generic[M]):
    rows: list[M]
    cursors: list[str]
    page_info: relay.PageInfo
    total: int

    def connection(self, convert: Callable[[M], T]) -> Connection[T]:
        edges = [Edge(cursor=c, node=convert(r)) for r, c in zip(self.rows, self.cursors, strict=True)]
        return Connection(edges=edges, page_info=self.page_info, total_count=self.total)


def wants_total(info: strawberry.Info) -> bool:
    """Whether the query selects ``totalCount`` on this connection (directly or in a fragment)."""

    def selects(selections: Sequence[Any]) -> bool:
        for selection in selections:
            if isinstance(selection, SelectedField) and selection.name == "totalCount":
                return True
            if isinstance(selection, FragmentSpread | InlineFragment) and selects(selection.selections):
                return True
        return False

    return any(selects(field.selections) for field in info.selected_fields)


def page_args(info: Info, first: int | None, after: str | None, last: int | None, before: str | None) -> PageArgs:
    return PageArgs.of(first=first, after=after, last=last, before=before, with_total=wants_total(info))


def flipped(sort: Sequence[SortField]) -> tuple[SortField, ...]:
    return tuple(SortField(f.name, not f.descending) for f in sort)


async def keyset_slice(
    ctx: GraphQLContext,
    *,
    scope: str,
    sort: Sequence[SortField],
    cursor_types: Sequence[type],
    args: PageArgs,
    fetch: Callable[[Sequence[SortField], Sequence[Any] | None], Awaitable[Page[Any]]],
    sort_value: Callable[[Any, str], Any],
    from_cursor: Callable[[tuple[Any, ...]], tuple[Any, ...]] = lambda values: values,
) -> Slice[Any]:
    """One page in either direction; ``fetch(sort, after)`` is the service's listing call."""
    after = None
    if args.cursor is not None:
        after = from_cursor(ctx.cursors.decode(args.cursor, scope=scope, types=cursor_types))
    page = await fetch(sort if args.forward else flipped(sort), after)
    rows = page.items if args.forward else list(reversed(page.items))
    cursors = [ctx.cursors.encode((*(sort_value(r, f.name) for f in sort), r.id), scope=scope) for r in rows]
    more = page.next_after is not None
    info = relay.PageInfo(
        has_next_page=more if args.forward else args.cursor is not None,
        has_previous_page=args.cursor is not None if args.forward else more,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )
    return Slice(rows=rows, cursors=cursors, page_info=info, total=page.total)


def sort_text(order: Sequence[Any] | None) -> str | None:
    """``[{field: TITLE, direction: ASC}]`` as the REST API's ``sort=title`` string."""
    if not order:
        return None
    return ",".join(("-" if o.direction.value == "desc" else "") + o.field.value for o in order)


async def content_slice(
    ctx: GraphQLContext, *, spec: ContentSpec, filters: ContentFilter, order: Sequence[Any] | None, args: PageArgs
) -> Slice[Any]:
    """A page of knowledge items or position papers, through ``listing.list_content``."""
    sort = parse_sort(sort_text(order), allowed=listing.SORTABLE, default=listing.DEFAULT_SORT)

    async def fetch(query_sort: Sequence[SortField], after: Sequence[Any] | None) -> Page[Any]:
        return await ctx.db.run(
            listing.list_content,
            actor=ctx.principal,
            spec=spec,
            filters=filters,
            sort=query_sort,
            after=after,
            limit=args.size,
            with_total=args.with_total,
        )

    return await keyset_slice(
        ctx,
        scope=scope_of(f"graphql:{spec.entity}", sort),
        sort=sort,
        cursor_types=listing.sort_types(sort),
        args=args,
        fetch=fetch,
        sort_value=listing.sort_value,
    )


async def organisation_slice(
    ctx: GraphQLContext, *, filters: OrganisationFilter, order: Sequence[Any] | None, args: PageArgs
) -> Slice[Any]:
    """A page of the partner directory, through ``organisations.list_organisations``."""
    sort = parse_sort(sort_text(order), allowed=organisations.SORTABLE, default=organisations.DEFAULT_SORT)

    async def fetch(query_sort: Sequence[SortField], after: Sequence[Any] | None) -> Page[Any]:
        return await ctx.db.run(
            organisations.list_organisations,
            filters=filters,
            sort=query_sort,
            after=after,
            limit=args.size,
            with_total=args.with_total,
        )

    return await keyset_slice(
        ctx,
        scope=scope_of("graphql:organisation", sort),
        sort=sort,
        cursor_types=organisations.sort_types(sort),
        args=args,
        fetch=fetch,
        sort_value=organisations.sort_value,
    )
