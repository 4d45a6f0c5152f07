"""Rows linked through a link table, loaded for many owners in one query and grouped by owner.

Every relation the API embeds or a dataloader batches has this shape (an item's themes, an alliance's
members, a theme's working groups ...): one ``SELECT owner, target[, extra] ... WHERE owner IN (...)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession


async def linked(
    *,
    session: AsyncSession,
    owner: Any,
    target_id: Any,
    target: Any,
    owner_ids: Sequence[int],
    order_by: Sequence[Any],
    extra: Any = None,
) -> dict[int, list[Any]]:
    """``target`` rows linked to each of ``owner_ids`` (link columns ``owner`` → ``target_id``), in ``order_by``
    order; with ``extra`` (a column of the link, such as a role) each is a ``(row, extra)`` pair."""
    if not owner_ids:
        return {}
    columns = [owner, target] if extra is None else [owner, target, extra]
    rows = await session.execute(
        select(*columns).join(target, target.id == target_id).where(owner.in_(owner_ids)).order_by(*order_by)
    )
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows.all():
        grouped[row[0]].append(row[1] if extra is None else (row[1], str(row[2])))
    return grouped
