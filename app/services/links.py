"""Rows linked through a link table: loaded for many owners in one query and grouped by owner, and replaced.

Every relation the API embeds or a dataloader batches has this shape (an item's themes, an alliance's
members, a theme's working groups ...): one ``SELECT owner, target[, extra] ... WHERE owner IN (...)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import Link
from app.services.common import ids_for_slugs


async def linked(
    *,
    session: AsyncSession,
    link: Link,
    target: Any,
    owner_ids: Sequence[int],
    order_by: Sequence[Any],
    role: Any = None,
) -> dict[int, list[Any]]:
    """``target`` rows linked to each of ``owner_ids``, in ``order_by`` order; where the link has a role (or
    ``role`` gives one, a column or a literal), each is a ``(row, role)`` pair.

    The rows are read-only: SQLAlchemy ``Row``s with ``target``'s columns as attributes, not ORM objects
    (the callers only read them; none is added to the session's identity map).
    """
    if not owner_ids:
        return {}
    role = role if role is not None else link.role
    extra = [link.owner.label(_OWNER)] + ([] if role is None else [role.label(_ROLE)])
    statement = (
        select(*target.__table__.columns, *extra)
        .join_from(link.table, target.__table__, target.id == link.target)
        .where(link.owner.in_(owner_ids))
        .order_by(*order_by)
    )
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in await (await session.connection()).execute(statement):
        owner = row._mapping[_OWNER]
        grouped[owner].append(row if role is None else (row, str(row._mapping[_ROLE])))
    return grouped


_OWNER, _ROLE = "kb_link_owner", "kb_link_role"


async def replace_links(
    *,
    session: AsyncSession,
    link: Link,
    owner_id: int,
    target: Any,
    slugs: Sequence[str],
    field: str,
    roles: Mapping[str, str] | None = None,
) -> None:
    """Make the rows of ``link`` (columns ``link.owner``/``link.target``, and ``link.role`` with ``roles``) name
    exactly the records of ``target`` with these slugs, in order; unknown slugs fail naming ``field``."""
    ids = await ids_for_slugs(session=session, model=target, slugs=slugs, field=field)
    await session.execute(delete(link.table).where(link.owner == owner_id))
    rows = []
    for slug, target_id in zip(dict.fromkeys(slugs), ids, strict=True):
        row: dict[str, int | str] = {link.owner.key: owner_id, link.target.key: target_id}
        if roles is not None:
            row[link.role.key] = roles[slug]
        rows.append(link.table(**row))
    session.add_all(rows)
