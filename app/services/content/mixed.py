"""Knowledge items and position papers in one list ("latest from the Kennisbank"), with the lists' filters,
sort orders and keyset pages.

Each type's rows are selected with its own visibility rule and filters (``listing.filter_clauses``) and the
two are merged in PostgreSQL (``UNION ALL``) in the requested order. A row's key, ``2 * id`` plus 0 for a
knowledge item or 1 for a position paper, is unique across both tables: it breaks ties and ends the keyset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.content_types import CONTENT_SPECS, ContentSpec, spec_of
from app.services.auth import Principal
from app.services.content.listing import ContentFilter, check_limit, count_content, filter_clauses, sort_column
from app.services.pagination import DEFAULT_LIMIT, Page, SortField, keyset_after

TYPE_BIT = {spec.entity.value: bit for bit, spec in enumerate(CONTENT_SPECS)}


@dataclass(frozen=True, slots=True)
class MixedRow:
    """One record of the mixed list: ``id`` is its key across both types (what cursors carry)."""

    id: int
    spec: ContentSpec
    record_id: int
    values: dict[str, Any]


def mixed_sort_value(row: MixedRow, name: str) -> Any:
    return row.values[name]


def _part(spec: ContentSpec, actor: Principal, filters: ContentFilter, sort: Sequence[SortField]) -> Select[Any]:
    model = spec.model
    columns: list[Any] = [
        (col(model.id) * 2 + TYPE_BIT[spec.entity.value]).label("key"),
        literal(spec.entity.value).label("type"),
        col(model.id).label("record_id"),
        *(sort_column(spec, f.name).label(f"sort_{i}") for i, f in enumerate(sort)),
    ]
    return select(*columns).where(*filter_clauses(spec, actor, filters))


async def list_mixed_content(
    *,
    session: AsyncSession,
    actor: Principal,
    filters: ContentFilter,
    sort: Sequence[SortField],
    after: Sequence[Any] | None = None,
    limit: int = DEFAULT_LIMIT,
    specs: Sequence[ContentSpec] = CONTENT_SPECS,
    with_total: bool = True,
) -> Page[MixedRow]:
    """One page of the knowledge items and position papers ``actor`` may see, in ``sort`` order."""
    check_limit(limit)
    parts = [_part(spec, actor, filters, sort) for spec in specs]
    merged = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("content")
    order_columns = [merged.c[f"sort_{i}"] for i in range(len(sort))] + [merged.c.key]
    descending = [f.descending for f in sort] + [sort[-1].descending if sort else True]
    query = select(merged)
    if after is not None:
        query = query.where(keyset_after(order_columns, descending, after))
    order = [c.desc() if d else c.asc() for c, d in zip(order_columns, descending, strict=True)]
    rows = list((await session.execute(query.order_by(*order).limit(limit + 1))).all())
    items = [
        MixedRow(
            id=row.key,
            spec=spec_of(row.type),
            record_id=row.record_id,
            values={f.name: row._mapping[f"sort_{i}"] for i, f in enumerate(sort)},
        )
        for row in rows[:limit]
    ]
    next_after = None
    if len(rows) > limit:
        last = items[-1]
        next_after = (*(last.values[f.name] for f in sort), last.id)
    total = 0
    if with_total:
        for spec in specs:
            total += await count_content(session=session, actor=actor, spec=spec, filters=filters)
    return Page(items=items, next_after=next_after, total=total)
