"""``search``: the same federated search as GET /api/v1/search (app/search/service.py), as a connection.

Hits come back as the schema's own object types (through the dataloaders), with their highlights on
the edge; pages are offsets in a signed cursor, as far as Meilisearch's ``maxTotalHits`` allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Annotated, Any, Self

import strawberry
from strawberry import relay
from strawberry.types.base import get_object_definition
from strawberry.types.enum import StrawberryEnumDefinition

from app.errors import ValidationFailedError
from app.graphql.context import Info
from app.graphql.enums import Language, OrganisationKind, graphql_enum_name
from app.graphql.types import CONTENT_NODES, KnowledgeItem, Organisation, PositionPaper
from app.models.base import ContentStatus
from app.search.engine import SearchEngine
from app.search.indexes import MAX_TOTAL_HITS
from app.services.search import MAX_LIMIT, SearchRequest, SearchResult, SearchScope, search
from app.services.search.labels import DEFAULT_LOCALE, label_facets
from app.services.search_keys import authenticate_search_key

CURSOR_SCOPE = "graphql:search"
DEFAULT_FIRST = 20


@strawberry.enum(description="What a search hit can be.")
class SearchType(Enum):
    KNOWLEDGE_ITEM = "knowledge_item"
    POSITION_PAPER = "position_paper"
    ORGANISATION = "organisation"


@strawberry.enum(description="Search result order; RELEVANCE ranks by the query.")
class SearchSort(Enum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    TITLE_DESC = "-title"


@strawberry.enum(description="What search facets can count.")
class SearchFacetName(Enum):
    TYPE = "type"
    THEME = "theme"
    KIND = "kind"
    LANGUAGE = "language"
    YEAR = "year"
    ORGANISATION = "organisation"


@strawberry.input(description="Search filters: any of the values within a field, all fields together.")
class SearchFilter:
    types: list[SearchType] | None = None
    themes: list[str] | None = strawberry.field(default=None, description="Theme slugs.")
    kinds: list[str] | None = strawberry.field(
        default=None,
        description="Knowledge item or organisation kinds as their enum values, e.g. REPORT, TOOLKIT, MEMBER "
        "(the KIND facet's values; the lowercase REST spelling is accepted too).",
    )
    languages: list[Language] | None = None
    years: list[int] | None = None
    organisations: list[str] | None = strawberry.field(default=None, description="Organisation slugs.")


# The SearchFilter field each facet's values are given back to.
FILTER_OF_FACET = {
    "type": "types",
    "theme": "themes",
    "kind": "kinds",
    "language": "languages",
    "year": "years",
    "organisation": "organisations",
}


@strawberry.type(
    description="An organisation as a search hit: the Organisation type with its kind as `organisationKind`, so "
    "that asking `kind` of knowledge items in the same search never conflicts. `id` is the organisation's id."
)
class OrganisationHit(Organisation):
    kind: OrganisationKind = strawberry.field(name="organisationKind", description="What kind of organisation.")

    @classmethod
    def resolve_typename(cls, root: Self, info: Any) -> str:
        return "Organisation"  # global ids stay the organisation's own: node(id:) finds it


SearchResultNode = Annotated[
    KnowledgeItem | PositionPaper | OrganisationHit,
    strawberry.union("SearchResult", description="A search hit: a knowledge item, position paper or organisation."),
]


@strawberry.type(description="The matched words of a hit in <mark>, the rest HTML-escaped.")
class SearchHighlight:
    title: str
    summary: str = strawberry.field(description="Cropped around the matches.")


@strawberry.type(description="One search hit, its highlights, and the cursor that points at it.")
class SearchEdge:
    cursor: str
    node: SearchResultNode
    highlight: SearchHighlight


@strawberry.type(description="How many hits have one value of a facet.")
class FacetValue:
    value: str = strawberry.field(
        description="The value as the matching SearchFilter field takes it (an enum value's name, a slug, a year)."
    )
    label: str = strawberry.field(description="What a person reads, in the search's `locale`.")
    count: int


@strawberry.type(description="The counts of one facet over all hits of the search.")
class SearchFacet:
    name: SearchFacetName
    values: list[FacetValue]


@strawberry.type(description="A page of search hits, Relay style, with facet counts.")
class SearchConnection:
    edges: list[SearchEdge]
    page_info: relay.PageInfo
    estimated_total_count: int = strawberry.field(description="Meilisearch's estimate (exact when degraded).")
    facets: list[SearchFacet]
    degraded: bool = strawberry.field(description="True when the database answered because Meilisearch is away.")

    @strawberry.field(description="The hits of this page, without cursors and highlights.")
    def nodes(self) -> list[SearchResultNode]:
        return [edge.node for edge in self.edges]


async def _scope(info: Info) -> SearchScope | None:
    """A partner key in ``X-Search-Key`` narrows GraphQL search exactly as it does REST search."""
    request = info.context.request
    secret = request.headers.get("x-search-key") if request is not None else None
    if secret is None:
        return None
    origin = request.headers.get("origin") if request is not None else None
    return await info.context.db.run(authenticate_search_key, secret=secret, origin=origin)


async def _nodes(info: Info, hits: list[dict[str, Any]]) -> list[Any]:
    """The hits as schema objects, loaded in one batch per type; hits no longer public are left out."""
    loaders = info.context.loaders

    def ids(type_name: str) -> list[int]:
        return [h["id"] for h in hits if h["type"] == type_name]

    found: dict[tuple[str, int], Any] = {}
    for entity, node in CONTENT_NODES.items():
        for row in await loaders.content(node.SPEC).by_id.load_many(ids(entity.value)):
            # The index can lag a moment behind an unpublish; an editor's loader would still see the draft.
            if row is not None and row.status == ContentStatus.published:
                found[(entity.value, row.id)] = node.from_model(row)
    for org in await loaders.organisation.load_many(ids("organisation")):
        if org is not None and org.id is not None:
            found[("organisation", org.id)] = OrganisationHit.from_model(org)
    return [found.get((h["type"], h["id"])) for h in hits]


@cache
def _filter_names(facet: str) -> Mapping[str, str] | None:
    """GraphQL names by value of the enum the facet's filter takes; None when it takes plain strings or ints.

    Read from the schema's own definition, so facet values follow the filter's enum whatever it is named.
    """
    field = next(
        f for f in get_object_definition(SearchFilter, strict=True).fields if f.python_name == FILTER_OF_FACET[facet]
    )
    of_type: Any = field.type
    while hasattr(of_type, "of_type"):
        of_type = of_type.of_type
    if not isinstance(of_type, StrawberryEnumDefinition):
        return None
    values = of_type.values
    return {str(v.value.value if isinstance(v.value, Enum) else v.value): graphql_enum_name(v.name) for v in values}


def _facet_value(facet: str, value: str) -> str:
    if facet == "kind":  # kinds span two enums, so the filter takes strings: spelled as those enums' values are
        return graphql_enum_name(value)
    names = _filter_names(facet)
    return names.get(value, value) if names is not None else value


def _connection(
    result: SearchResult, nodes: list[Any], offset: int, info: Info, facets: list[SearchFacet]
) -> SearchConnection:
    cursors = info.context.cursors
    edges = [
        SearchEdge(
            cursor=cursors.encode((offset + position + 1,), scope=CURSOR_SCOPE),
            node=node,
            highlight=SearchHighlight(title=hit["_formatted"]["title"], summary=hit["_formatted"]["summary"]),
        )
        for position, (hit, node) in enumerate(zip(result.hits, nodes, strict=True))
        if node is not None
    ]
    reachable = min(result.estimated_total_hits, MAX_TOTAL_HITS)
    page_info = relay.PageInfo(
        has_next_page=offset + len(result.hits) < reachable and len(result.hits) == result.limit,
        has_previous_page=offset > 0,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return SearchConnection(
        edges=edges,
        page_info=page_info,
        estimated_total_count=result.estimated_total_hits,
        facets=facets,
        degraded=result.degraded,
    )


async def resolve_search(
    info: Info,
    *,
    query: str,
    filter: SearchFilter | None,
    facets: list[SearchFacetName] | None,
    sort: SearchSort,
    first: int | None,
    after: str | None,
    locale: Language | None = None,
) -> SearchConnection:
    """Run the search service for a GraphQL ``search`` field."""
    ctx = info.context
    labels_in = str(locale.value) if locale is not None else DEFAULT_LOCALE
    if first is not None and not 1 <= first <= MAX_LIMIT:
        raise ValidationFailedError(f"first must be between 1 and {MAX_LIMIT}", field="first")
    offset = 0
    if after is not None:
        (offset,) = ctx.cursors.decode(after, scope=CURSOR_SCOPE, types=[int])
    given = filter or SearchFilter()
    request = SearchRequest(
        q=query,
        types=[t.value for t in given.types or ()],
        themes=given.themes or (),
        kinds=[kind.lower() for kind in given.kinds or ()],
        languages=[str(lang.value) for lang in given.languages or ()],
        years=given.years or (),
        organisations=given.organisations or (),
        sort=sort.value,
        limit=DEFAULT_FIRST if first is None else first,
        offset=offset,
        facets=[f.value for f in facets or ()],
    )
    scope = await _scope(info)
    engine: SearchEngine | None = getattr(ctx.request.app.state, "search", None) if ctx.request else None
    result = await ctx.db.run(search, engine=engine, request=request, links=ctx.links, scope=scope)
    labelled = await ctx.db.run(label_facets, facets=result.facets, locale=labels_in)
    facet_list = [
        SearchFacet(
            name=SearchFacetName(name),
            values=[FacetValue(value=_facet_value(name, v.value), label=v.label, count=v.count) for v in values],
        )
        for name, values in labelled.items()
    ]
    return _connection(result, await _nodes(info, result.hits), offset, info, facet_list)
