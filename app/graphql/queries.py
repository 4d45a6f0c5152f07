"""The Query root: objects by global id or slug, lists as connections; all reads go through services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import strawberry
from strawberry import relay
from strawberry.types.field import StrawberryField

from app.errors import NotFoundError, ValidationFailedError
from app.graphql import mixed
from app.graphql.connections import After, Before, Connection, First, Last, organisation_slice, page_args
from app.graphql.content_lists import content_list
from app.graphql.context import Info
from app.graphql.enums import Language
from app.graphql.ids import key_of
from app.graphql.inputs import KnowledgeItemFilter, OrganisationFilterInput, OrganisationOrder, PositionPaperFilter
from app.graphql.limits import MAX_NODE_IDS
from app.graphql.search import SearchConnection, SearchFacetName, SearchFilter, SearchSort, resolve_search
from app.graphql.types import KnowledgeItem, Organisation, PositionPaper, Theme, WorkingGroup
from app.services import organisations, themes, working_groups
from app.services.content import listing
from app.services.search import MAX_LIMIT as MAX_SEARCH_LIMIT

T = TypeVar("T")
NODE_TYPES: dict[str, Any] = {t.__name__: t for t in (KnowledgeItem, PositionPaper, Organisation, Theme, WorkingGroup)}


async def or_none(load: Callable[[], Awaitable[T]]) -> T | None:
    """A record, or null when it does not exist or is not visible (a draft for the public)."""
    try:
        return await load()
    except NotFoundError:
        return None


async def nodes_of(info: Info, ids: list[relay.GlobalID]) -> list[relay.Node | None]:
    by_type: dict[str, list[str]] = {}
    for gid in ids:
        by_type.setdefault(gid.type_name, []).append(gid.node_id)
    found: dict[tuple[str, str], Any] = {}
    for type_name, node_ids in by_type.items():
        node_type = NODE_TYPES.get(type_name)
        if node_type is None:
            continue
        for node_id, node in zip(node_ids, await node_type.resolve_nodes(info=info, node_ids=node_ids), strict=True):
            found[(type_name, node_id)] = node
    return [found.get((gid.type_name, gid.node_id)) for gid in ids]


def content_item(node: Any, *, description: str) -> StrawberryField:
    """A field for one ``KnowledgeItem`` or ``PositionPaper`` (its ``SPEC``) by global id or slug."""

    async def resolve(info: Info, id: relay.GlobalID | None = None, slug: str | None = None) -> Any:
        key = key_of(id, slug, node.__name__)
        ctx = info.context
        row = await or_none(
            lambda: ctx.db.run(listing.get_content, actor=ctx.principal, spec=node.SPEC, id_or_slug=key)
        )
        return node.from_model(row) if row is not None else None

    return strawberry.field(resolve, description=description, graphql_type=node | None)


@strawberry.type
class Query:
    @strawberry.field(description="Any object by its global id; null when absent or not visible.")
    async def node(self, info: Info, id: relay.GlobalID) -> relay.Node | None:
        return (await nodes_of(info, [id]))[0]

    @strawberry.field(description=f"Objects by global id (at most {MAX_NODE_IDS}), in the order asked.")
    async def nodes(self, info: Info, ids: list[relay.GlobalID]) -> list[relay.Node | None]:
        if len(ids) > MAX_NODE_IDS:
            raise ValidationFailedError(f"at most {MAX_NODE_IDS} ids in one nodes() call", field="ids")
        return await nodes_of(info, ids)

    @strawberry.field(
        description="Full-text search over the published knowledge base, position papers and directory: "
        "the same search as GET /api/v1/search (an X-Search-Key header applies a partner key's filters)."
    )
    async def search(
        self,
        info: Info,
        query: str = "",
        filter: SearchFilter | None = None,
        facets: list[SearchFacetName] | None = None,
        sort: SearchSort = SearchSort.RELEVANCE,
        first: Annotated[
            int | None, strawberry.argument(description=f"Page size (1 to {MAX_SEARCH_LIMIT}, default 20).")
        ] = None,
        after: After = None,
        locale: Annotated[
            Language | None,
            strawberry.argument(description="Language of the facet labels (default NL)."),
        ] = None,
    ) -> SearchConnection:
        return await resolve_search(
            info, query=query, filter=filter, facets=facets, sort=sort, first=first, after=after, locale=locale
        )

    knowledge_item = content_item(
        KnowledgeItem, description="A knowledge item by global id or slug; null for a draft unless you edit."
    )

    knowledge_items = content_list(
        KnowledgeItem,
        KnowledgeItemFilter,
        description="Knowledge items: the same filters and sort orders as GET /knowledge-items.",
    )

    position_paper = content_item(
        PositionPaper, description="A position paper by global id or slug; null for a draft unless you edit."
    )

    position_papers = content_list(
        PositionPaper,
        PositionPaperFilter,
        description="Position papers: the same filters and sort orders as GET /position-papers.",
    )

    content = mixed.content

    @strawberry.field(description="An organisation by global id or slug.")
    async def organisation(
        self, info: Info, id: relay.GlobalID | None = None, slug: str | None = None
    ) -> Organisation | None:
        key = key_of(id, slug, "Organisation")
        row = await or_none(lambda: info.context.db.run(organisations.get_organisation, id_or_slug=key))
        return Organisation.from_model(row) if row is not None else None

    @strawberry.field(description="The partner directory: the same filters and sort orders as GET /organisations.")
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
        page = await organisation_slice(
            info.context,
            filters=(filter or OrganisationFilterInput()).to_service(),
            order=order_by,
            args=page_args(info, first, after, last, before),
        )
        return page.connection(Organisation.from_model)

    @strawberry.field(description="A theme by global id or slug.")
    async def theme(self, info: Info, id: relay.GlobalID | None = None, slug: str | None = None) -> Theme | None:
        key = key_of(id, slug, "Theme")
        row = await or_none(lambda: info.context.db.run(themes.get_theme, id_or_slug=key))
        return Theme.from_model(row) if row is not None else None

    @strawberry.field(description="All themes, by Dutch name.")
    async def themes(self, info: Info) -> list[Theme]:
        return [Theme.from_model(t) for t in await info.context.db.run(themes.list_themes)]

    @strawberry.field(description="A working group by global id or slug.")
    async def working_group(
        self, info: Info, id: relay.GlobalID | None = None, slug: str | None = None
    ) -> WorkingGroup | None:
        key = key_of(id, slug, "WorkingGroup")
        row = await or_none(lambda: info.context.db.run(working_groups.get_working_group, id_or_slug=key))
        return WorkingGroup.from_model(row) if row is not None else None

    @strawberry.field(description="All working groups (optionally of some themes, by slug), by name.")
    async def working_groups(self, info: Info, themes: list[str] | None = None) -> list[WorkingGroup]:
        rows = await info.context.db.run(working_groups.list_working_groups, themes=themes or ())
        return [WorkingGroup.from_model(g) for g in rows]
