"""Items as the REST API shows them: exactly the fields of their ``ContentSpec.public`` model, as JSON
built by PostgreSQL.

The model is the description (and OpenAPI's schema). ``document_column`` turns it into one
``json_build_object`` over the item's row, its relations as correlated sub-selects, so that every read is
one statement whose rows are the answer: an item by id or slug, a page of a list, a batch of an export,
or the items a write just changed. Embedded records come compact (the required fields of their summary
model) or, with ``include``, full (all of them). Statements are built once per shape (type, who may see
drafts, includes): building SQL costs more than running it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Integer, Select, any_, bindparam, case, func, literal_column, select
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.dialects.postgresql import JSON, aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col

from app.errors import NotFoundError
from app.models.change import EntityType
from app.models.content import Attachment
from app.models.content_public import (
    COMPUTED_FIELDS,
    AttachmentOut,
    OrganisationSummary,
    ThemeSummary,
    TranslationSummary,
)
from app.models.content_types import ContentSpec
from app.models.organisation import Organisation
from app.models.theme import Theme
from app.services.auth import Principal
from app.services.content.listing import ContentFilter, check_limit, page_statement, sort_column
from app.services.content.visibility import visible_clause
from app.services.pagination import Page, SortField
from app.services.slugs import is_id

INCLUDES = ("themes", "organisations", "attachments", "translation")


@dataclass(frozen=True, slots=True)
class Document:
    """An item's representation, with what the ETag and the response cache need to know about it."""

    id: int
    version: int
    translation_id: int | None  # answers showing the item change when its translation does
    doc: dict[str, Any]


# ----- the JSON expression -----


def _object(fields: dict[str, Any]) -> Any:
    """``json_build_object`` of ``fields`` in their order (names are identifiers, written as literals)."""
    parts: list[Any] = []
    for name, value in fields.items():
        parts += [literal_column(f"'{name}'"), value]
    return func.json_build_object(*parts, type_=JSON)


def _array(value: Any, order_by: Sequence[Any]) -> Any:
    return func.coalesce(func.json_agg(aggregate_order_by(value, *order_by)), literal_column("'[]'::json"))


def _iso(column: Any) -> Any:
    """A timestamp as Python's ``isoformat()`` writes it in UTC (microseconds only when there are any)."""
    whole: Any = literal_column("""'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'""")
    fraction: Any = literal_column("""'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'""")
    pattern = case((func.date_trunc(literal_column("'second'"), column) == column, whole), else_=fraction)
    return func.to_char(func.timezone(literal_column("'UTC'"), column), pattern)


def _shape(model: type[BaseModel], columns: dict[str, Any], *, full: bool, also: tuple[str, ...] = ()) -> Any:
    """An embedded record: its model's required fields (plus ``also``), or with ``full`` all of them."""
    names = [n for n, f in model.model_fields.items() if full or f.is_required() or n in also]
    return _object({name: columns[name] for name in names})


def _linked(*, model: Any, link: Any, target: Any, record: Any, order_by: list[Any]) -> Any:
    """The records an item links to through a link table, as a JSON array."""
    return (
        select(_array(record, order_by))
        .select_from(link.table)
        .join(target, target.id == link.target)
        .where(link.owner == model.id)
        .scalar_subquery()
        .correlate(model)
    )


def _relations(spec: ContentSpec, actor: Principal, includes: frozenset[str]) -> dict[str, Any]:
    model = spec.model
    theme = _shape(ThemeSummary, _columns(Theme, ThemeSummary), full="themes" in includes)
    link = spec.organisations
    role = link.role if link.role is not None else literal_column(f"'{link.default_role}'")
    organisation = _shape(
        OrganisationSummary,
        _columns(Organisation, OrganisationSummary) | {"role": role},
        full="organisations" in includes,
        also=("role",) if link.role is not None else (),
    )
    attachment = _shape(AttachmentOut, _columns(Attachment, AttachmentOut), full="attachments" in includes)
    partner = aliased(model)
    translation = _shape(TranslationSummary, _columns(partner, TranslationSummary), full="translation" in includes)
    return {
        "type": literal_column(f"'{spec.entity.value}'"),
        "themes": _linked(
            model=model, link=spec.themes, target=Theme, record=theme, order_by=[Theme.name_nl, Theme.id]
        ),
        link.field: _linked(
            model=model,
            link=link,
            target=Organisation,
            record=organisation,
            order_by=[Organisation.name, Organisation.id],
        ),
        "attachments": select(_array(attachment, [Attachment.id]))
        .where(spec.attachment_owner == model.id)
        .scalar_subquery()
        .correlate(model),
        "translation": select(translation)
        .where(col(partner.id) == model.translation_id, visible_clause(spec, actor, partner))
        .scalar_subquery()
        .correlate(model),
    }


def _columns(table: Any, model: type[BaseModel]) -> dict[str, Any]:
    return {name: getattr(table, name) for name in model.model_fields if hasattr(table, name)}


def document_column(spec: ContentSpec, actor: Principal, includes: frozenset[str]) -> Any:
    """The item's public representation as one JSON value over ``spec``'s row.

    Given to statements as its SQL text, rendered once: SQLAlchemy derives a statement's cache key from
    its whole expression tree on every execution, and this tree is most of a list page's statement.
    """
    expression = select(_document_expression(spec, actor, includes).label("doc")).select_from(spec.model)
    sql = str(expression.compile(dialect=registry.load("postgresql")(), compile_kwargs={"literal_binds": True}))
    column = sql[len("SELECT ") : sql.rindex(" AS doc")]  # compiled with its FROM, so the sub-selects correlate
    return literal_column(f"({column})", type_=JSON).label("doc")


def _document_expression(spec: ContentSpec, actor: Principal, includes: frozenset[str]) -> Any:
    relations = _relations(spec, actor, includes)
    fields: dict[str, Any] = {}
    for name, info in spec.public.model_fields.items():
        if name in COMPUTED_FIELDS:
            continue  # computed from the document (app/api/content/common.py ``shown``)
        if name in relations:
            fields[name] = relations[name]
        elif info.annotation in (datetime, datetime | None):
            fields[name] = _iso(getattr(spec.model, name))
        else:
            fields[name] = getattr(spec.model, name)
    return _object(fields)


_SELECTS: dict[tuple[EntityType, tuple[str, ...], frozenset[str]], Select[Any]] = {}


def _documents(spec: ContentSpec, actor: Principal, includes: frozenset[str]) -> Select[Any]:
    """``SELECT doc, id, version, translation_id`` of the items ``actor`` may see (to add a WHERE to)."""
    shape = (spec.entity, actor.visibility, includes)
    statement = _SELECTS.get(shape)
    if statement is None:
        model = spec.model
        statement = select(
            document_column(spec, actor, includes), col(model.id), col(model.version), col(model.translation_id)
        ).where(visible_clause(spec, actor))
        if actor.draft_record is None:  # a one-record preview is built each time: there would be one per record
            _SELECTS[shape] = statement
    return statement


async def _rows(session: AsyncSession, statement: Select[Any], params: dict[str, Any] | None = None) -> list[Any]:
    """Run a document statement on the session's connection (Core: none of the ORM's per-statement work)."""
    connection = await session.connection()
    return list(await connection.execute(statement, params))


def _document(row: Any) -> Document:
    return Document(id=row.id, version=row.version, translation_id=row.translation_id, doc=row.doc)


# ----- reads -----

_LOOKUPS: dict[tuple[EntityType, tuple[str, ...], frozenset[str], bool], Select[Any]] = {}


async def read_document(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str, include: Sequence[str] = ()
) -> Document:
    """One item by id or slug, in one statement; a draft is 'not found' for anyone who may not see it."""
    by_id = is_id(id_or_slug)
    includes = frozenset(include)
    shape = (spec.entity, actor.visibility, includes, by_id)
    statement = _LOOKUPS.get(shape)
    if statement is None:
        key = spec.model.id if by_id else spec.model.slug
        statement = _documents(spec, actor, includes).where(col(key) == bindparam("key"))
        if actor.draft_record is None:
            _LOOKUPS[shape] = statement
    rows = await _rows(session, statement, {"key": int(id_or_slug) if by_id else id_or_slug})
    if not rows:
        raise NotFoundError(f"no {spec.label} {id_or_slug!r}")
    return _document(rows[0])


async def documents_by_id(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, ids: Sequence[int], include: Sequence[str] = ()
) -> list[Document]:
    """Items by id, in the order given, as they are in this session's transaction (after a write)."""
    await session.flush()
    includes = frozenset(include)
    statement = _documents(spec, actor, includes).where(
        col(spec.model.id) == any_(bindparam("ids", type_=PG_ARRAY(Integer)))
    )
    found = {row.id: _document(row) for row in await _rows(session, statement, {"ids": list(ids)})}
    return [found[i] for i in ids if i in found]


async def list_documents(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    filters: ContentFilter,
    sort: Sequence[SortField],
    after: Sequence[Any] | None,
    limit: int,
    include: Sequence[str] = (),
) -> Page[Document]:
    """One page of a list as documents, in one statement (the keyset rules of ``listing.list_content``)."""
    check_limit(limit)
    sort_values: list[Any] = [sort_column(spec, f.name).label(f"sort_{i}") for i, f in enumerate(sort)]
    base = _documents(spec, actor, frozenset(include))
    statement = page_statement(
        spec, actor, filters, sort=sort, after=after, limit=limit + 1, columns=[*base.selected_columns, *sort_values]
    )
    rows = await _rows(session, statement)
    next_after = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_after = (*(last._mapping[f"sort_{i}"] for i in range(len(sort))), last.id)
    return Page(items=[_document(row) for row in rows], next_after=next_after, total=0)


async def document_batches(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, include: Sequence[str] = (), batch_size: int = 500
) -> AsyncIterator[list[Document]]:
    """Every item ``actor`` may see, in id order, a batch at a time (exports never hold it all in memory)."""
    model = spec.model
    statement = (
        _documents(spec, actor, frozenset(include))
        .where(col(model.id) > bindparam("after"))
        .order_by(col(model.id))
        .limit(batch_size)
    )
    after = 0
    while True:
        rows = await _rows(session, statement, {"after": after})
        if not rows:
            return
        yield [_document(row) for row in rows]
        after = rows[-1].id
