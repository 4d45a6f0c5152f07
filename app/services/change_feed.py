"""The change feed: what changed, in an order a mirror can resume from without skipping anything.

Events are read in (transaction id, event id) order, and only from transactions older than every
transaction still running (``pg_snapshot_xmin``). Such transactions are finished, so no event can later
appear before a cursor that was already handed out: a commit that lands late is never skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, literal_column, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.change import ChangeEvent
from app.services.auth import Principal
from app.services.pagination import MAX_LIMIT

FeedPosition = tuple[int, int]  # (txid, event id)
START: FeedPosition = (0, 0)
# The oldest transaction still running: everything below it is final.
HORIZON: ColumnElement[int] = literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


async def list_changes(
    *, session: AsyncSession, actor: Principal, since: FeedPosition = START, limit: int = MAX_LIMIT
) -> tuple[Sequence[ChangeEvent], FeedPosition, bool]:
    """Events after ``since`` that ``actor`` may see, the position to continue from, and whether more wait.

    The public sees changes of public records (and the unpublishing or deletion of once-public ones);
    editors see every change, drafts included.
    """
    query = select(ChangeEvent).where(
        tuple_(col(ChangeEvent.txid), col(ChangeEvent.id)) > tuple_(*since),
        col(ChangeEvent.txid) < HORIZON,
    )
    if not actor.can_edit:
        query = query.where(col(ChangeEvent.public))
    rows = list(
        (await session.scalars(query.order_by(col(ChangeEvent.txid), col(ChangeEvent.id)).limit(limit + 1))).all()
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    position = since
    if rows:
        assert rows[-1].id is not None
        position = (rows[-1].txid, rows[-1].id)
    return rows, position, has_more
