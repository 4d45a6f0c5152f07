"""The repository's records and the queries that find them.

Records are the published knowledge items and position papers; identifiers are
``oai:kennisbank.wo-men.nl:knowledge-item/<id>``. Sets: ``theme:<slug>`` per theme and
``type:knowledge-item`` / ``type:position-paper``, with ``theme`` and ``type`` as their parents.
A record's datestamp is when it last changed publicly: its last edit, or its publication if that came
later. Lists are ordered by (datestamp, type, id) and resumed after the last record handed out, not at
an offset: a record changed mid-harvest moves to the end of the list instead of shifting the others,
so nothing is skipped.

deletedRecord is ``transient``: an item that was public and then left public view (unpublished,
archived or deleted) is listed as a deleted record, datestamped when it left, for as long as the
change log keeps its events. Deleted records are in their ``type:`` set; once an item is deleted its
themes are gone, so a harvest by theme no longer sees it (which "transient" permits).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, Row, Select, SQLColumnExpression, exists, func, literal, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.change import ChangeEvent, ChangeOp
from app.models.content_types import CONTENT_SPECS, ContentSpec
from app.models.theme import Theme
from app.services.auth import ANONYMOUS
from app.services.content.listing import content_by_ids
from app.services.content.visibility import visible_clause
from app.services.metadata import CitableItem, citable_items
from app.services.oai.arguments import Harvest, OaiError

REPOSITORY_ID = "kennisbank.wo-men.nl"
PAGE_SIZE = 100
# The lower bound Identify reports while the repository is empty.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The record types, in the order lists interleave them at equal datestamps.
TYPES: tuple[tuple[str, ContentSpec], ...] = tuple(
    (spec.entity.value.replace("_", "-"), spec) for spec in CONTENT_SPECS
)
_IDENTIFIER = re.compile(rf"^oai:{re.escape(REPOSITORY_ID)}:(knowledge-item|position-paper)/([1-9][0-9]{{0,9}})$")

# (rank, id, datestamp, deleted) of records of one type, live or deleted.
RecordSelect = Select[int, int | None, datetime, bool]
# The records, and their id and datestamp columns to filter them by.
RecordRows = tuple[RecordSelect, SQLColumnExpression[int | None], SQLColumnExpression[datetime]]


def oai_identifier(record_type: str, item_id: int) -> str:
    """The OAI identifier of one record."""
    return f"oai:{REPOSITORY_ID}:{record_type}/{item_id}"


@dataclass(frozen=True, slots=True)
class Record:
    """One record header's worth, and the item for its metadata (None: the record is deleted)."""

    record_type: str
    item_id: int
    stamp: datetime
    citable: CitableItem | None


def _datestamp_column(spec: ContentSpec) -> ColumnElement[datetime]:
    # GREATEST, not COALESCE: content scheduled to appear later gets the moment it appeared, so an
    # incremental harvest that already passed its last edit still picks it up.
    return func.greatest(col(spec.model.updated_at), col(spec.model.published_at))


def _set_clause(
    spec: ContentSpec, record_type: str, set_spec: str | None, item_id: SQLColumnExpression[int | None]
) -> ColumnElement[bool] | Literal[False] | None:
    """The condition for membership of ``set_spec``; False when the type cannot be in it at all."""
    if set_spec is None or set_spec == "type":
        return None
    if set_spec.startswith("type:"):
        return None if set_spec == f"type:{record_type}" else False
    if set_spec == "theme":
        return exists().where(spec.themes.owner == item_id)
    if set_spec.startswith("theme:"):
        slug = set_spec.removeprefix("theme:")
        return exists().where(
            spec.themes.owner == item_id, spec.themes.target == col(Theme.id), col(Theme.slug) == slug
        )
    return False


def _live_records(spec: ContentSpec, rank: int) -> RecordRows:
    stamp = _datestamp_column(spec)
    item_id = col(spec.model.id)
    query: RecordSelect = select(
        literal(rank).label("rank"), item_id.label("id"), stamp.label("stamp"), literal(False).label("deleted")
    ).where(visible_clause(spec, ANONYMOUS))
    return query, item_id, stamp


def _deleted_records(spec: ContentSpec, rank: int) -> RecordRows:
    """Items whose last public change took them out of public view (unpublished, archived, deleted).

    Read from the change log, which records whether each change was public; an item that never was
    public has no public change and so never shows up, not even as deleted.
    """
    last_public = (
        select(func.max(col(ChangeEvent.id)).label("id"))
        .where(col(ChangeEvent.public), col(ChangeEvent.entity_type) == spec.entity)
        .group_by(col(ChangeEvent.entity_id))
        .subquery(f"last_public_{spec.entity.value}")
    )
    latest = (
        select(col(ChangeEvent.entity_id), col(ChangeEvent.op), col(ChangeEvent.occurred_at))
        .join(last_public, col(ChangeEvent.id) == last_public.c.id)
        .subquery(f"latest_{spec.entity.value}")
    )
    still_public = exists().where(col(spec.model.id) == latest.c.entity_id, visible_clause(spec, ANONYMOUS))
    query = select(
        literal(rank).label("rank"),
        latest.c.entity_id.label("id"),
        latest.c.occurred_at.label("stamp"),
        literal(True).label("deleted"),
    ).where(latest.c.op.in_([ChangeOp.unpublished, ChangeOp.deleted]), ~still_public)
    return query, latest.c.entity_id, latest.c.occurred_at


def _harvest_query(harvest: Harvest) -> RecordSelect | None:
    """(rank, id, datestamp, deleted) of every record the harvest covers, both types and deletions in one union."""
    parts: list[RecordSelect] = []
    for rank, (record_type, spec) in enumerate(TYPES):
        for query, item_id, stamp in (_live_records(spec, rank), _deleted_records(spec, rank)):
            in_set = _set_clause(spec, record_type, harvest.set_spec, item_id)
            if in_set is False:
                continue
            if in_set is not None:
                query = query.where(in_set)
            if harvest.from_ is not None:
                query = query.where(stamp >= harvest.from_)
            if harvest.until is not None:
                query = query.where(stamp < harvest.until)
            parts.append(query)
    if not parts:
        return None
    records = union_all(*parts).subquery("records")
    return select(records.c.rank, records.c.id, records.c.stamp, records.c.deleted)


async def _records(*, session: AsyncSession, rows: Sequence[Row[Any]], site_url: str) -> list[Record]:
    """Load the items of live rows in a few queries; deleted rows need none."""
    loaded: dict[tuple[int, int], CitableItem] = {}
    for rank, (_, spec) in enumerate(TYPES):
        ids = [row.id for row in rows if row.rank == rank and not row.deleted]
        items = await content_by_ids(session=session, actor=ANONYMOUS, spec=spec, ids=ids)
        citables = await citable_items(session=session, spec=spec, items=list(items.values()), base_url=site_url)
        loaded |= {(rank, c.item.id): c for c in citables if c.item.id is not None}
    records = []
    for row in rows:
        citable = loaded.get((row.rank, row.id))
        if row.deleted or citable is not None:  # a live row gone since the first query is left out
            records.append(Record(TYPES[row.rank][0], row.id, row.stamp, citable))
    return records


async def harvest_page(
    *, session: AsyncSession, harvest: Harvest, site_url: str
) -> tuple[list[Record], tuple[datetime, int, int] | None, int]:
    """One page of records, the position after it (None at the end of the list), and the list's size."""
    query = _harvest_query(harvest)
    if query is None:
        return [], None, 0
    records = query.subquery("page")
    page_query = select(records)
    if harvest.after is not None:
        page_query = page_query.where(
            tuple_(records.c.stamp, records.c.rank, records.c.id) > tuple_(*(literal(v) for v in harvest.after))
        )
    rows = (
        await session.execute(page_query.order_by(records.c.stamp, records.c.rank, records.c.id).limit(PAGE_SIZE + 1))
    ).all()
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    last = rows[-1] if rows else None
    after = (last.stamp, last.rank, last.id) if more and last is not None else None
    return await _records(session=session, rows=rows, site_url=site_url), after, total


async def record_by_identifier(*, session: AsyncSession, identifier: str, site_url: str) -> Record:
    """The record an OAI identifier names (deleted if the item left public view), or idDoesNotExist."""
    match = _IDENTIFIER.match(identifier)
    if match is not None:
        record_type, item_id = match.group(1), int(match.group(2))
        rank = [t for t, _ in TYPES].index(record_type)
        spec = TYPES[rank][1]
        candidates = union_all(_live_records(spec, rank)[0], _deleted_records(spec, rank)[0]).subquery("candidates")
        rows = (await session.execute(select(candidates).where(candidates.c.id == item_id))).all()
        records = await _records(session=session, rows=rows, site_url=site_url)
        if records:
            return records[0]
    raise OaiError("idDoesNotExist", f"no record {identifier!r} in this repository")


async def earliest_datestamp(*, session: AsyncSession) -> datetime:
    """The oldest datestamp of any record, deleted ones included."""
    query = _harvest_query(Harvest(verb="ListIdentifiers", metadata_prefix="oai_dc"))
    assert query is not None
    records = query.subquery("all_records")
    return await session.scalar(select(func.min(records.c.stamp))) or EPOCH
