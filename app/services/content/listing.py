"""Finding content: filters, sort orders and keyset pages, lookups by id or slug, and whole-table batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import NotFoundError, ValidationFailedError
from app.models.base import ContentStatus, Language
from app.models.content_types import ContentModel, ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
from app.services.auth import Principal
from app.services.common import check_filter_values
from app.services.content.visibility import visible_clause
from app.services.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, SortField, keyset_after
from app.services.slugs import is_id

SORTABLE = ("published_at", "title", "created_at", "updated_at")
DEFAULT_SORT = "-published_at"
_FILTERED = ("themes", "kinds", "languages", "statuses", "organisations", "years", "tags", "audiences")


@dataclass(frozen=True)
class ContentFilter:
    """List filters: values within a field are OR'ed, fields are AND'ed.

    ``kinds``, ``tags`` and ``audiences`` belong to one content type each (its ``ContentSpec.filters``)
    and are ignored for the other.
    """

    themes: Sequence[str] = ()
    kinds: Sequence[str] = ()
    languages: Sequence[Language] = ()
    statuses: Sequence[ContentStatus] = ()
    organisations: Sequence[str] = ()
    years: Sequence[int] = ()
    tags: Sequence[str] = ()
    audiences: Sequence[str] = ()
    published_after: datetime | None = None
    published_before: datetime | None = None

    def key(self) -> tuple[Any, ...]:
        """The filter as a hashable value: equal for filters that select the same items."""
        return tuple(
            (name, tuple(sorted(map(str, value))) if isinstance(value, (list, tuple)) else str(value))
            for name, value in sorted(self.__dict__.items())
        )

    def check_sizes(self) -> None:
        check_filter_values(self, _FILTERED)


def sort_column(spec: ContentSpec, name: str) -> SQLColumnExpression[Any]:
    model = spec.model
    if name == "published_at":
        # Drafts have no publication date yet; they sort by creation time (the listing index covers this).
        return func.coalesce(model.published_at, model.created_at)
    if name == "updated_at":
        return func.coalesce(model.updated_at, model.created_at)
    return col(getattr(model, name))


def sort_value(item: ContentModel, name: str) -> Any:
    if name == "published_at":
        return item.published_at or item.created_at
    if name == "updated_at":
        return item.updated_at or item.created_at
    return getattr(item, name)


def sort_types(sort: Sequence[SortField]) -> list[type]:
    return [str if f.name == "title" else datetime for f in sort] + [int]


def _linked_to(link: Any, model: Any, target: Any, slugs: Sequence[str]) -> ColumnElement[bool]:
    return exists().where(link.owner == model.id, link.target == target.id, col(target.slug).in_(slugs))


def filter_clauses(spec: ContentSpec, actor: Principal, filters: ContentFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a list: the visibility rule, then every filter that is set."""
    filters.check_sizes()
    model = spec.model
    clauses: list[ColumnElement[bool]] = [visible_clause(spec, actor)]
    if filters.statuses:
        if not actor.sees_drafts and set(filters.statuses) != {ContentStatus.published}:
            raise ValidationFailedError("only editors can list drafts or archived content", field="status")
        clauses.append(col(model.status).in_(filters.statuses))
    if filters.themes:
        clauses.append(_linked_to(spec.themes, model, Theme, filters.themes))
    if filters.organisations:
        clauses.append(_linked_to(spec.organisations, model, Organisation, filters.organisations))
    for own in spec.filters:
        values = [own.normalise(str(v)) for v in getattr(filters, own.name)]
        if values:
            column = own.column
            clauses.append(type_coerce(column, PG_ARRAY(String)).overlap(values) if own.array else column.in_(values))
    if filters.languages:
        clauses.append(col(model.language).in_(filters.languages))
    published_at = col(model.published_at)
    if filters.years:
        clauses.append(
            or_(
                *(
                    and_(
                        published_at >= datetime(year, 1, 1, tzinfo=UTC),
                        published_at < datetime(year + 1, 1, 1, tzinfo=UTC),
                    )
                    for year in filters.years
                )
            )
        )
    if filters.published_after is not None:
        clauses.append(published_at >= filters.published_after)
    if filters.published_before is not None:
        clauses.append(published_at < filters.published_before)
    return clauses


def check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationFailedError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")


async def list_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    filters: ContentFilter,
    sort: Sequence[SortField],
    after: Sequence[Any] | None = None,
    limit: int = DEFAULT_LIMIT,
    with_total: bool = True,
) -> Page[Any]:
    """One page of the items ``actor`` may see, in ``sort`` order with id as the tie-breaker."""
    check_limit(limit)
    statement = page_statement(spec, actor, filters, sort=sort, after=after, limit=limit + 1, columns=[spec.model])
    rows = list((await session.scalars(statement)).all())
    next_after = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_after = (*(sort_value(last, f.name) for f in sort), last.id)
    total = await count_content(session=session, actor=actor, spec=spec, filters=filters) if with_total else 0
    return Page(items=rows, next_after=next_after, total=total)


def page_statement(
    spec: ContentSpec,
    actor: Principal,
    filters: ContentFilter,
    *,
    sort: Sequence[SortField],
    after: Sequence[Any] | None,
    limit: int,
    columns: Sequence[Any],
) -> Select[Any]:
    """``SELECT columns`` of the items ``actor`` may see that match ``filters``: ``limit`` of them in ``sort``
    order with id as the tie-breaker, after the keyset ``after``."""
    model = spec.model
    order_columns = [sort_column(spec, f.name) for f in sort] + [col(model.id)]
    descending = [f.descending for f in sort] + [sort[-1].descending if sort else True]
    query: Select[Any] = select(*columns).where(*filter_clauses(spec, actor, filters))
    if after is not None:
        query = query.where(keyset_after(order_columns, descending, after))
    order = [c.desc() if d else c.asc() for c, d in zip(order_columns, descending, strict=True)]
    return query.order_by(*order).limit(limit)


async def count_content(*, session: AsyncSession, actor: Principal, spec: ContentSpec, filters: ContentFilter) -> int:
    """How many items ``actor`` may see that match ``filters`` (a list's ``meta.total``)."""
    clauses = filter_clauses(spec, actor, filters)
    return await session.scalar(select(func.count()).select_from(spec.model).where(*clauses)) or 0


async def get_content(*, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str) -> Any:
    """One item by id or slug; a draft is 'not found' for anyone who may not see it."""
    by_id = is_id(id_or_slug)
    statement = _lookup(spec, actor, by_id=by_id)
    item = await session.scalar(statement, {"key": int(id_or_slug) if by_id else id_or_slug})
    if item is None:
        raise NotFoundError(f"no {spec.label} {id_or_slug!r}")
    return item


def select_content(spec: ContentSpec) -> Select[ContentModel]:
    """``SELECT`` of ``spec``'s rows. Typed by hand: mypy types ``select`` of a union of classes as a select of
    their common base (``ContentColumns``), which lacks the columns only one content type has."""
    return cast("Select[ContentModel]", select(spec.model))


_LOOKUPS: dict[tuple[Any, ...], Select[Any]] = {}  # (type, by id, visibility)


def _lookup(spec: ContentSpec, actor: Principal, *, by_id: bool) -> Select[Any]:
    """``get_content``'s query, built once per shape (building SQL per request costs more than running it);
    what ``visible_clause`` gives depends on the actor only through ``visibility`` (a preview of one record
    is built each time rather than kept: there would be one per record)."""
    shape = (spec.entity, by_id, actor.visibility)
    statement = _LOOKUPS.get(shape)
    if statement is None:
        model = spec.model
        key = col(model.id) == bindparam("key") if by_id else col(model.slug) == bindparam("key")
        statement = select(model).where(key, visible_clause(spec, actor))
        if actor.draft_record is None:
            _LOOKUPS[shape] = statement
    return statement


async def get_content_for_update(*, session: AsyncSession, spec: ContentSpec, id_or_slug: str) -> Any:
    """The item row locked for this transaction, so concurrent writers queue instead of racing."""
    model = spec.model
    key = col(model.id) == int(id_or_slug) if is_id(id_or_slug) else col(model.slug) == id_or_slug
    item = await session.scalar(select(model).where(key).with_for_update())
    if item is None:
        raise NotFoundError(f"no {spec.label} {id_or_slug!r}")
    return item


async def content_by_ids(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, Any]:
    """Items by id that ``actor`` may see (translations, GraphQL nodes)."""
    if not ids:
        return {}
    model = spec.model
    rows = await session.scalars(select(model).where(col(model.id).in_(ids), visible_clause(spec, actor)))
    return {item.id: item for item in rows.all() if item.id is not None}
