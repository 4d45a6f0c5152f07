"""What every write to an item leaves behind, in its transaction: a new version, the change log, a revision."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import utcnow
from app.models.change import ChangeOp
from app.models.content_types import ContentModel, ContentSpec
from app.services.auth import Principal
from app.services.changes import record_change
from app.services.common import flush_or_conflict
from app.services.content.revisions import record_revision
from app.services.content.visibility import is_public


async def finish_write(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    item: ContentModel,
    op: ChangeOp,
    bump: bool = True,
    was_public: bool = False,
    restored_from: int | None = None,
) -> None:
    """Bump the version, flush (turning unique races into 409), log the change and store the revision.

    The change is public (shown in the anonymous change feed) when the item is public now, or was
    public before this change (so mirrors learn about unpublishing); a draft's history never is.
    """
    if bump:
        item.version += 1
        item.updated_at = utcnow()
    await flush_or_conflict(session, spec.label)
    assert item.id is not None
    await record_change(
        session=session,
        entity_type=spec.entity,
        entity_id=item.id,
        op=op,
        slug=item.slug,
        public=is_public(item) or was_public,
        version=item.version,
        details={
            "title": item.title,
            "language": str(item.language),
            "published_at": item.published_at.isoformat() if item.published_at else None,
        },
    )
    await record_revision(session=session, spec=spec, item=item, actor=actor, op=op, restored_from=restored_from)
