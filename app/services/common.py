"""Small helpers every service uses: slug allocation, slug-to-id resolution, version checks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ConflictError, NotFoundError, ValidationFailedError, VersionMismatchError
from app.services.slugs import is_id, slugify, with_suffix


async def free_slug(*, session: AsyncSession, model: Any, wanted: str, exclude_id: int | None = None) -> str:
    """``wanted`` if unused in ``model``'s table, else the first free ``wanted-N``."""
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
    """An explicit slug must be free (else 409); a generated one is made free with a suffix."""
    if explicit is not None:
        query = select(model.id).where(model.slug == explicit)
        if exclude_id is not None:
            query = query.where(model.id != exclude_id)
        if await session.scalar(query) is not None:
            raise ConflictError(f"the slug {explicit!r} is already taken", field="slug")
        return explicit
    return await free_slug(session=session, model=model, wanted=slugify(source), exclude_id=exclude_id)


async def get_by_id_or_slug(*, session: AsyncSession, model: Any, id_or_slug: str, label: str) -> Any:
    column = model.id if is_id(id_or_slug) else model.slug
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


def check_version(*, current: int, expected: int | None) -> None:
    if expected is not None and expected != current:
        raise VersionMismatchError(
            f"the record is at version {current}, not {expected}: reload it and apply your change again",
            current_version=current,
        )


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
