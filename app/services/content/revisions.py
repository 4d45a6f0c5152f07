"""Revisions of knowledge items and position papers: recorded with every change, listed and diffed.

Revision n holds the full content as change n left it (the content before change n is revision n - 1),
who made the change (the API key's name) and when; it is written in the transaction of the change.
Writing an old revision back is a new change (``restore.py``), so history is never rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import NotFoundError
from app.models.change import ChangeOp
from app.models.content_types import ContentModel, ContentSpec
from app.models.revision import ContentRevision
from app.services.auth import Principal, require_editor
from app.services.content.listing import get_content, select_content
from app.services.content.relations import attachments_for, organisations_for, themes_for

ATTACHMENT_FIELDS = ("file_name", "media_type", "size", "url", "extracted_text")
# Kept in a snapshot only when set, so revisions taken before these existed still compare equal.
ATTACHMENT_OPTIONAL = ("width", "height", "alt")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


async def snapshot(*, session: AsyncSession, spec: ContentSpec, item: ContentModel) -> dict[str, Any]:
    """The item's full content as JSON, relations by slug, in the shape its write schema accepts."""
    assert item.id is not None
    themes = (await themes_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    organisations = (await organisations_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    attachments = (await attachments_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    translation = None
    if item.translation_id is not None:
        model = spec.model
        translation = await session.scalar(select(col(model.slug)).where(col(model.id) == item.translation_id))
    link = spec.organisations
    return {
        "title": item.title,
        "slug": item.slug,
        "summary": item.summary,
        "body": item.body,
        "language": str(item.language),
        "status": str(item.status),
        "published_at": _iso(item.published_at),
        "publish_at": _iso(item.publish_at),
        "unpublish_at": _iso(item.unpublish_at),
        "themes": [t.slug for t in themes],
        "attachments": [
            {name: getattr(a, name) for name in ATTACHMENT_FIELDS}
            | {name: getattr(a, name) for name in ATTACHMENT_OPTIONAL if getattr(a, name) is not None}
            for a in attachments
        ],
        "translation": translation,
        **{name: _json(getattr(item, name)) for name in spec.own_names},
        link.field: [
            {"organisation": org.slug, "role": role} if link.role is not None else org.slug
            for org, role in organisations
        ],
    }


async def record_revision(
    *,
    session: AsyncSession,
    spec: ContentSpec,
    item: ContentModel,
    actor: Principal,
    op: ChangeOp,
    restored_from: int | None = None,
) -> None:
    """Store the item's current content as its next revision, in the caller's transaction.

    Writers hold the item's row lock (``get_content_for_update``), so max + 1 cannot race; the unique
    constraint would turn a bug there into a rollback, never into two revisions with one number.
    """
    assert item.id is not None
    number = select(func.coalesce(func.max(ContentRevision.number), 0) + 1).where(
        col(ContentRevision.entity_type) == spec.entity.value, col(ContentRevision.entity_id) == item.id
    )
    await session.execute(
        insert(ContentRevision).values(
            entity_type=spec.entity.value,
            entity_id=item.id,
            number=number.scalar_subquery(),
            version=item.version,
            op=op,
            actor=actor.name,
            restored_from=restored_from,
            data=await snapshot(session=session, spec=spec, item=item),
        )
    )


@dataclass(frozen=True)
class RevisionDiff:
    """One revision and how each field differs from the current version (``field: (revision, current)``)."""

    revision: ContentRevision
    changes: dict[str, tuple[Any, Any]]


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field-level differences between two snapshots, in field order."""
    names = list(dict.fromkeys([*old, *new]))
    return {name: (old.get(name), new.get(name)) for name in names if old.get(name) != new.get(name)}


async def editable_item(*, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str) -> Any:
    """An existing item whose history ``actor`` may read (editors)."""
    require_editor(actor)
    return await get_content(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)


async def revisions_of(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, list[ContentRevision]]:
    """The revisions of many items in one query, oldest first (editors; GraphQL's dataloader)."""
    require_editor(actor)
    grouped: dict[int, list[ContentRevision]] = {i: [] for i in ids}
    if not ids:
        return grouped
    rows = await session.scalars(
        select(ContentRevision)
        .where(col(ContentRevision.entity_type) == spec.entity.value, col(ContentRevision.entity_id).in_(ids))
        .order_by(col(ContentRevision.entity_id), col(ContentRevision.number))
    )
    for row in rows.all():
        grouped[row.entity_id].append(row)
    return grouped


async def current_snapshots(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, dict[str, Any]]:
    """The current content of many items, as revisions store it (GraphQL's revision diffs); gone items are absent."""
    model = spec.model
    items = (await session.scalars(select_content(spec).where(col(model.id).in_(ids)))).all()
    return {item.id: await snapshot(session=session, spec=spec, item=item) for item in items if item.id is not None}


async def list_revisions(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str
) -> Sequence[ContentRevision]:
    """Every revision of an existing item, oldest first (editors)."""
    item = await editable_item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    rows = await session.scalars(
        select(ContentRevision)
        .where(col(ContentRevision.entity_type) == spec.entity.value, col(ContentRevision.entity_id) == item.id)
        .order_by(col(ContentRevision.number))
    )
    return rows.all()


async def revision_of(*, session: AsyncSession, spec: ContentSpec, item: ContentModel, number: int) -> ContentRevision:
    """Revision ``number`` of an item, or NotFoundError."""
    revision = await session.scalar(
        select(ContentRevision).where(
            col(ContentRevision.entity_type) == spec.entity.value,
            col(ContentRevision.entity_id) == item.id,
            col(ContentRevision.number) == number,
        )
    )
    if revision is None:
        raise NotFoundError(f"no revision {number} of {spec.label} {item.slug!r}")
    return revision


async def get_revision(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str, number: int
) -> RevisionDiff:
    """Revision ``number`` of an existing item with its field-level diff against the current version (editors)."""
    item = await editable_item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    revision = await revision_of(session=session, spec=spec, item=item, number=number)
    current = await snapshot(session=session, spec=spec, item=item)
    return RevisionDiff(revision=revision, changes=diff(revision.data, current))
