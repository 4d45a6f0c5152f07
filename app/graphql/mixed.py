"""``Query.content``: knowledge items and position papers in one connection ("latest from the Kennisbank").

The rule is app/services/content/mixed.py's; REST's ``GET /api/v1/content`` calls the same function.
"""

# No `from __future__ import annotations`: strawberry must see the real types of the resolver.

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry

from app.graphql.connections import After, Before, Connection, First, Last, keyset_slice, page_args, sort_text
from app.graphql.context import Info
from app.graphql.enums import ContentStatus, Language
from app.graphql.inputs import ContentOrder
from app.graphql.types import CONTENT_NODES, Content
from app.models.content_types import CONTENT_SPECS, ContentSpec, spec_of
from app.services.content import listing
from app.services.content.listing import ContentFilter
from app.services.content.mixed import MixedRow, list_mixed_content, mixed_sort_value
from app.services.pagination import Page, SortField, parse_sort, scope_of


def _values(values: list[Any] | None) -> tuple[Any, ...]:
    return tuple(getattr(v, "value", v) for v in values or ())


@strawberry.enum(description="A content type of the mixed list (REST `?type=knowledge_item`).")
class ContentType(Enum):
    KNOWLEDGE_ITEM = "knowledge_item"
    POSITION_PAPER = "position_paper"


@strawberry.input(description="Filters over both content types: values within a field are OR'ed, fields AND'ed.")
class MixedContentFilter:
    types: list[ContentType] | None = strawberry.field(
        default=None, description="Only these content types (REST `type`); both when omitted."
    )
    themes: list[str] | None = strawberry.field(default=None, description="Theme slugs.")
    organisations: list[str] | None = strawberry.field(
        default=None, description="Organisation slugs (authors, publishers, signatories)."
    )
    languages: list[Language] | None = None
    statuses: list[ContentStatus] | None = strawberry.field(default=None, description="Drafts: editors only.")
    years: list[int] | None = None
    published_after: datetime | None = None
    published_before: datetime | None = None

    def to_service(self) -> ContentFilter:
        return ContentFilter(
            themes=_values(self.themes),
            organisations=_values(self.organisations),
            languages=_values(self.languages),
            statuses=_values(self.statuses),
            years=_values(self.years),
            published_after=self.published_after,
            published_before=self.published_before,
        )

    def specs(self) -> list[ContentSpec]:
        return [spec_of(t.value) for t in dict.fromkeys(self.types)] if self.types else list(CONTENT_SPECS)


@strawberry.field(
    description="Knowledge items and position papers in one list, newest first by default: the filters, "
    "sort orders and paging of knowledgeItems and positionPapers (GET /api/v1/content)."
)
async def content(
    info: Info,
    filter: MixedContentFilter | None = None,
    order_by: list[ContentOrder] | None = None,
    first: First = None,
    after: After = None,
    last: Last = None,
    before: Before = None,
) -> Connection[Content]:
    ctx = info.context
    given = filter or MixedContentFilter()
    filters, specs = given.to_service(), given.specs()
    sort = parse_sort(sort_text(order_by), allowed=listing.SORTABLE, default=listing.DEFAULT_SORT)
    args = page_args(info, first, after, last, before)

    async def fetch(query_sort: Sequence[SortField], keyset: Sequence[Any] | None) -> Page[MixedRow]:
        return await ctx.db.run(
            list_mixed_content,
            actor=ctx.principal,
            filters=filters,
            sort=query_sort,
            after=keyset,
            limit=args.size,
            with_total=args.with_total,
            specs=specs,
        )

    page = await keyset_slice(
        ctx,
        scope=scope_of("graphql:content:" + ",".join(s.entity.value for s in specs), sort),
        sort=sort,
        cursor_types=listing.sort_types(sort),
        args=args,
        fetch=fetch,
        sort_value=mixed_sort_value,
    )
    rows = {
        (row.spec.entity, row.record_id): await ctx.loaders.content(row.spec).by_id.load(row.record_id)
        for row in page.rows
    }

    def node(row: MixedRow) -> Any:
        return CONTENT_NODES[row.spec.entity].from_model(rows[(row.spec.entity, row.record_id)])

    return page.connection(node)
