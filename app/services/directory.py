"""What writes to the directory (themes, organisations, working groups) share.

A directory record is public as soon as it exists, so every change of one, its deletion included, is a
public change event; writers take its row lock and check the version they read, as content writers do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ConflictError
from app.models.base import utcnow
from app.models.change import ChangeOp, EntityType
from app.services.changes import record_change
from app.services.common import ExpectedVersion, Versioned, check_version, flush_or_conflict, locked, slug_for

Row = TypeVar("Row", bound=Versioned)


async def for_change(*, session: AsyncSession, entity: EntityType, record: Row, expected: ExpectedVersion) -> Row:
    """``record`` under its row lock, if it is still at the version the writer read."""
    record = await locked(session, record)
    check_version(entity=entity, record=record, expected=expected)
    return record


async def rename(*, session: AsyncSession, record: Any, changes: Mapping[str, Any]) -> None:
    """A new explicit slug from a write's ``changes``, if it names one (409 when taken)."""
    wanted = changes.get("slug")
    if wanted and wanted != record.slug:
        record.slug = await slug_for(
            session=session, model=type(record), explicit=wanted, source="", exclude_id=record.id
        )


async def record_directory_change(
    *, session: AsyncSession, entity: EntityType, record: Any, op: ChangeOp, details: Mapping[str, Any] | None = None
) -> None:
    """The change event of a directory record (public, deletions included)."""
    assert record.id is not None
    await record_change(
        session=session,
        entity_type=entity,
        entity_id=record.id,
        op=op,
        slug=record.slug,
        public=True,
        version=record.version,
        details=details,
    )


async def finish_change(
    *, session: AsyncSession, entity: EntityType, record: Any, label: str, details: Mapping[str, Any] | None = None
) -> None:
    """A new version of an updated record, flushed (409 on a unique race) and logged."""
    record.version += 1
    record.updated_at = utcnow()
    await flush_or_conflict(session, label)
    await record_directory_change(session=session, entity=entity, record=record, op=ChangeOp.updated, details=details)


async def refuse_while_used(
    *, session: AsyncSession, record: Any, label: str, references: Mapping[str, Any], verb: str = "used by"
) -> None:
    """ConflictError naming the counts while any of ``references`` (columns naming the record) do."""
    usage = {
        name: await session.scalar(select(func.count()).where(column == record.id)) or 0
        for name, column in references.items()
    }
    in_use = sum(usage.values())
    if in_use:
        raise ConflictError(f"{label} {record.slug!r} is still {verb} {in_use} records", references=usage)
