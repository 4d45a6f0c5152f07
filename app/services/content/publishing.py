"""Publishing a knowledge item or position paper: publish, take back to draft, archive, and the schedule.

Editors call these through REST (``POST .../{id}/publish``) and GraphQL (``publishKnowledgeItem``), the
scheduler (app/services/scheduling.py) through ``run_due_schedule`` when a ``publish_at``/``unpublish_at``
falls due. Each is one change: a new version, a change-log event (so search, feeds and webhooks follow)
and a revision.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ConflictError, ValidationFailedError
from app.models.base import ContentStatus, utcnow
from app.models.change import ChangeOp
from app.models.content_types import ContentModel, ContentSpec
from app.services.auth import Principal, require_editor
from app.services.common import ExpectedVersion, check_version
from app.services.content.listing import get_content_for_update
from app.services.content.record import finish_write
from app.services.content.visibility import was_listed


async def _for_transition(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str, expected: ExpectedVersion
) -> Any:
    require_editor(actor)
    item = await get_content_for_update(session=session, spec=spec, id_or_slug=id_or_slug)
    check_version(entity=spec.entity, record=item, expected=expected)
    return item


async def publish_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
    published_at: datetime | None = None,
    now: datetime | None = None,
) -> Any:
    """Publish an item now (editors), replacing any scheduled ``publish_at``.

    The first publication date is kept when republishing; ``published_at`` sets it explicitly (imports of
    history), also on an item already published. It cannot lie ahead: publishing later is ``publish_at``.
    """
    item = await _for_transition(
        session=session, actor=actor, spec=spec, id_or_slug=id_or_slug, expected=expected_version
    )
    check_published_at(published_at, now=now or utcnow())
    if item.status == ContentStatus.published and item.publish_at is None:
        if published_at is None or published_at == item.published_at:
            return item
        item.published_at = published_at  # a date corrected (an import run again): one change, no new event kind
        await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)
        return item
    item.status = ContentStatus.published
    item.publish_at = None
    item.published_at = published_at or item.published_at or utcnow()
    await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.published)
    return item


def check_published_at(published_at: datetime | None, *, now: datetime) -> None:
    """An explicit first publication date: with its offset, and not in the future."""
    if published_at is None:
        return
    if published_at.tzinfo is None:
        raise ValidationFailedError("published_at needs a time zone offset", field="published_at")
    if published_at > now:
        raise ValidationFailedError(
            "published_at lies in the future: to publish later, schedule it with publish_at", field="published_at"
        )


async def unpublish_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Take an item back to draft (editors); it disappears from every public surface."""
    item = await _for_transition(
        session=session, actor=actor, spec=spec, id_or_slug=id_or_slug, expected=expected_version
    )
    if item.status == ContentStatus.draft:
        return item
    was_public = was_listed(item)
    item.status = ContentStatus.draft
    await finish_write(
        session=session, actor=actor, spec=spec, item=item, op=ChangeOp.unpublished, was_public=was_public
    )
    return item


async def archive_content(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Archive a published item (editors): kept for the record, no longer public."""
    item = await _for_transition(
        session=session, actor=actor, spec=spec, id_or_slug=id_or_slug, expected=expected_version
    )
    if item.published_at is None:
        raise ConflictError("only content that was published can be archived")
    if item.status == ContentStatus.archived:
        return item
    was_public = was_listed(item)
    item.status = ContentStatus.archived
    if item.unpublish_at is not None and item.unpublish_at <= utcnow():
        item.unpublish_at = None  # the expiry has happened
    await finish_write(
        session=session, actor=actor, spec=spec, item=item, op=ChangeOp.unpublished, was_public=was_public
    )
    return item


# ----- the schedule -----

# A write that sets or moves a publish_at/unpublish_at says so on this channel; PostgreSQL delivers it when
# the transaction commits, to the scheduler of every process (app/services/scheduling.py), which then
# recomputes its next moment instead of sleeping through it.
SCHEDULE_CHANNEL = "kennisbank_schedule"


async def apply_schedule(*, session: AsyncSession, item: ContentModel, changes: dict[str, Any]) -> None:
    """Set ``publish_at``/``unpublish_at`` from a write (what is already due happens in ``run_due_schedule``),
    and wake every scheduler once the write commits if a moment was set or moved."""
    before = (item.publish_at, item.unpublish_at)
    if "publish_at" in changes:
        publish_at = changes["publish_at"]
        if publish_at is not None and item.status == ContentStatus.published:
            # Already public: a moment in the past changes nothing, one ahead needs it taken offline first.
            if publish_at > utcnow():
                raise ConflictError(
                    "this item is already published: unpublish it first to schedule its publication",
                    field="publish_at",
                )
        else:
            item.publish_at = publish_at
    if "unpublish_at" in changes:
        item.unpublish_at = changes["unpublish_at"]
    if item.publish_at is not None and item.unpublish_at is not None and item.unpublish_at <= item.publish_at:
        raise ValidationFailedError("unpublish_at must be later than publish_at", field="unpublish_at")
    moments = (item.publish_at, item.unpublish_at)
    if moments != before and any(moment is not None for moment in moments):
        await session.execute(select(func.pg_notify(SCHEDULE_CHANNEL, "")))


async def run_due_schedule(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, item: ContentModel, now: datetime | None = None
) -> None:
    """Carry out whatever of the item's schedule is due at ``now``, through the ordinary services.

    Afterwards nothing about the item is due any more (the scheduler relies on that to make progress):
    a due ``publish_at`` publishes it, a due ``unpublish_at`` archives a published item and is simply
    dropped from one that is not public. Both may be due after downtime: it ends archived, as it would have.
    """
    now = now or utcnow()
    assert item.id is not None
    if item.publish_at is not None and item.publish_at <= now:
        # A first publication is dated at the scheduled moment, even when the scheduler catches up late.
        first = item.publish_at if item.published_at is None else None
        await publish_content(
            session=session, actor=actor, spec=spec, id_or_slug=str(item.id), published_at=first, now=now
        )
    if item.unpublish_at is not None and item.unpublish_at <= now:
        if item.status == ContentStatus.published:
            item.unpublish_at = None  # the expiry happens now; written with the archiving below
            await archive_content(session=session, actor=actor, spec=spec, id_or_slug=str(item.id))
        else:
            item.unpublish_at = None
            await finish_write(session=session, actor=actor, spec=spec, item=item, op=ChangeOp.updated)
