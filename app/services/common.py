"""Small helpers every service uses: slug allocation, slug-to-id resolution, version checks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import ConflictError, NotFoundError, ValidationFailedError, VersionMismatchError
from app.models.change import EntityType
from app.services.slugs import is_id, slugify, with_suffix

# A slug's family: the slug without its numeric suffixes. Every slug generated from ``wanted`` ("x", "x-2",
# "x-3", ...) is in the family of ``wanted``, so two allocations that could pick the same slug share one.
_NUMERIC_SUFFIXES = re.compile(r"(-[0-9]+)+$")


async def _lock_slug_family(*, session: AsyncSession, model: Any, wanted: str) -> None:
    """Hold the family's lock until this transaction ends, so allocations of one family take turns.

    A slug is only taken once its row commits: without the lock, concurrent creates with one title all
    saw ``x`` free, and all but one failed on the unique index. With it, the next allocation waits for
    the previous transaction to end and then sees its slug (each statement reads what has committed).
    """
    family = _NUMERIC_SUFFIXES.sub("", wanted) or wanted
    key = f"kennisbank.slug:{model.__tablename__}:{family}"
    await session.execute(select(func.pg_advisory_xact_lock(func.hashtextextended(key, 0))))


async def free_slug(*, session: AsyncSession, model: Any, wanted: str, exclude_id: int | None = None) -> str:
    """``wanted`` if unused in ``model``'s table, else the first free ``wanted-N`` (its family locked until commit)."""
    await _lock_slug_family(session=session, model=model, wanted=wanted)
    pattern = wanted.replace("_", r"\_").replace("%", r"\%") + "-%"
    query = select(model.slug).where((model.slug == wanted) | model.slug.like(pattern))
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    taken = set((await session.scalars(query)).all())
    n = 1
    while with_suffix(wanted, n) in taken:
        n += 1
    return with_suffix(wanted, n)


async def slug_for(
    *, session: AsyncSession, model: Any, explicit: str | None, source: str, exclude_id: int | None = None
) -> str:
    """An explicit slug must be free (else 409); a generated one is made free with a suffix.

    Concurrent generated slugs never conflict (``free_slug`` serialises them). An explicit slug takes no
    lock (an import brings thousands in one transaction): one written at the same moment as the same slug
    by another request is a 409 for whichever commits second.
    """
    if explicit is not None:
        query = select(model.id).where(model.slug == explicit)
        if exclude_id is not None:
            query = query.where(model.id != exclude_id)
        if await session.scalar(query) is not None:
            raise ConflictError(f"the slug {explicit!r} is already taken", field="slug")
        return explicit
    return await free_slug(session=session, model=model, wanted=slugify(source), exclude_id=exclude_id)


class _Addressable(Protocol):
    id: int | None
    slug: str


Addressable = TypeVar("Addressable", bound=_Addressable)


async def get_by_id_or_slug(
    *, session: AsyncSession, model: type[Addressable], id_or_slug: str, label: str
) -> Addressable:
    column = col(model.id) if is_id(id_or_slug) else col(model.slug)
    value: int | str = int(id_or_slug) if is_id(id_or_slug) else id_or_slug
    row = await session.scalar(select(model).where(column == value))
    if row is None:
        raise NotFoundError(f"no {label} {id_or_slug!r}")
    return row


async def ids_for_slugs(*, session: AsyncSession, model: Any, slugs: Iterable[str], field: str) -> list[int]:
    """Resolve slugs to ids in the given order; unknown slugs are a validation error naming them."""
    wanted = list(dict.fromkeys(slugs))
    if not wanted:
        return []
    rows = (await session.execute(select(model.slug, model.id).where(model.slug.in_(wanted)))).all()
    found = {slug: id_ for slug, id_ in rows}
    missing = [s for s in wanted if s not in found]
    if missing:
        raise ValidationFailedError(f"unknown {field}: {', '.join(missing)}", field=field)
    return [found[s] for s in wanted]


@dataclass(frozen=True)
class RecordVersion:
    """One record (its type and id) at one version: what an entity tag of ours names."""

    entity: EntityType
    id: int
    version: int


@dataclass(frozen=True)
class IfMatch:
    """The entity tags of an If-Match: a write goes ahead only if one names the record at its current version.

    No tags (the header named none we issued, or only weak ones) matches no record.
    """

    tags: tuple[RecordVersion, ...] = ()


# A write's precondition: a bare version for callers that name the record themselves (GraphQL's
# expectedVersion, a batch operation's expected_version), If-Match's entity tags (REST), or none.
ExpectedVersion = int | IfMatch | None


class Versioned(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def version(self) -> int: ...


def check_version(*, entity: EntityType, record: Versioned, expected: ExpectedVersion) -> None:
    """412 unless ``expected`` names ``record`` at its current version; call it holding the record's row lock."""
    current = record.version
    if expected is None:
        return
    if isinstance(expected, IfMatch):
        if RecordVersion(entity, record.id or 0, current) in expected.tags:
            return
        named = [tag.version for tag in expected.tags if (tag.entity, tag.id) == (entity, record.id)]
        if not named:
            raise VersionMismatchError(
                "If-Match does not name this record: send the ETag you got for it (GET it for a current one)",
                current_version=current,
            )
        expected = named[0]
    if expected != current:
        raise VersionMismatchError(
            f"the record is at version {current}, not {expected}: reload it and apply your change again",
            current_version=current,
        )


Row = TypeVar("Row")


async def locked(session: AsyncSession, record: Row) -> Row:
    """``record`` read again under its row lock (FOR UPDATE), held until the transaction ends: concurrent
    writers take turns, and each checks the version the previous one left."""
    await session.refresh(record, with_for_update=True)
    return record


async def flush_or_conflict(session: AsyncSession, what: str) -> None:
    """Flush, turning a unique-constraint race into a 409 instead of a 500."""
    try:
        await session.flush()
    except IntegrityError as exc:
        constraint = getattr(getattr(exc.orig, "__cause__", None), "constraint_name", None) or ""
        if "slug" in constraint:
            raise ConflictError(f"the slug of this {what} is already taken", field="slug") from None
        raise ConflictError(f"this {what} conflicts with existing data") from None


# Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF); JSON can,
# so records may hold them, and XML renderings (Atom, OAI-PMH) drop them instead of failing.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow."""
    return _NOT_XML.sub("", text)


MAX_FILTER_VALUES = 20


def check_filter_values(filters: object, names: Iterable[str]) -> None:
    """List filters: at most MAX_FILTER_VALUES values each, and no NUL (PostgreSQL text can't hold it).

    Here rather than in one API layer, so REST and GraphQL refuse the same input the same way.
    """
    for name in names:
        values = getattr(filters, name)
        field = name.rstrip("s")
        if len(values) > MAX_FILTER_VALUES:
            raise ValidationFailedError(f"at most {MAX_FILTER_VALUES} values for one filter", field=field)
        if any("\x00" in str(value) for value in values):
            raise ValidationFailedError(f"{field} contains a NUL character", field=field)
