"""Revisions of knowledge items and position papers: recorded with every change, listed, diffed, restored.

Revision n holds the full content as change n left it (the content before change n is revision n - 1),
who made the change (the API key's name) and when; it is written in the transaction of the change.
A restore applies an old revision's content as a new change, so history is never rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFoundError, ValidationFailedError
from app.models.change import ChangeOp
from app.models.knowledge import KnowledgeItemUpdate
from app.models.position_paper import PositionPaperUpdate
from app.models.revision import ContentRevision
from app.services.auth import Principal, require_editor
from app.services.common import ExpectedVersion
from app.services.content import (
    KNOWLEDGE,
    ContentModel,
    ContentSpec,
    attachments_for,
    get_content,
    organisations_for,
    themes_for,
)
from app.services.knowledge import update_knowledge_item
from app.services.position_papers import update_position_paper

# Content fields a restore writes back; status, dates, the schedule and the translation link are workflow
# and links to other records, not content, so they keep their current values.
RESTORED_FIELDS = {
    "title",
    "summary",
    "body",
    "language",
    "themes",
    "attachments",
    "kind",
    "tags",
    "organisations",
    "source_url",
    "cover_image_url",
    "audience",
    "ministry",
    "occasion",
    "signatories",
}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def snapshot(*, session: AsyncSession, spec: ContentSpec, item: ContentModel) -> dict[str, Any]:
    """The item's full content as JSON, relations by slug, in the shape its write schema accepts."""
    assert item.id is not None
    themes = (await themes_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    organisations = (await organisations_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    attachments = (await attachments_for(session=session, spec=spec, ids=[item.id])).get(item.id, [])
    translation = None
    if item.translation_id is not None:
        translation = await session.scalar(select(spec.model.slug).where(spec.model.id == item.translation_id))
    data: dict[str, Any] = {
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
            {
                "file_name": a.file_name,
                "media_type": a.media_type,
                "size": a.size,
                "url": a.url,
                "extracted_text": a.extracted_text,
            }
            for a in attachments
        ],
        "translation": translation,
    }
    if spec is KNOWLEDGE:
        data |= {
            "kind": str(item.kind),  # type: ignore[union-attr]
            "tags": list(item.tags),  # type: ignore[union-attr]
            "organisations": [{"organisation": o.slug, "role": role} for o, role in organisations],
            "source_url": item.source_url,  # type: ignore[union-attr]
            "cover_image_url": item.cover_image_url,  # type: ignore[union-attr]
        }
    else:
        data |= {
            "audience": list(item.audience),  # type: ignore[union-attr]
            "ministry": item.ministry,  # type: ignore[union-attr]
            "occasion": item.occasion,  # type: ignore[union-attr]
            "signatories": [o.slug for o, _ in organisations],
        }
    return data


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
        ContentRevision.entity_type == spec.entity.value, ContentRevision.entity_id == item.id
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


async def _item(*, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str) -> Any:
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
        .where(ContentRevision.entity_type == spec.entity.value, ContentRevision.entity_id.in_(ids))  # type: ignore[attr-defined]
        .order_by(ContentRevision.entity_id, ContentRevision.number)
    )
    for row in rows.all():
        grouped[row.entity_id].append(row)
    return grouped


async def current_snapshots(
    *, session: AsyncSession, spec: ContentSpec, ids: Sequence[int]
) -> dict[int, dict[str, Any]]:
    """The current content of many items, as revisions store it (GraphQL's revision diffs); gone items are absent."""
    items = (await session.scalars(select(spec.model).where(spec.model.id.in_(ids)))).all()  # type: ignore[union-attr]
    return {item.id: await snapshot(session=session, spec=spec, item=item) for item in items}


async def list_revisions(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str
) -> Sequence[ContentRevision]:
    """Every revision of an existing item, oldest first (editors)."""
    item = await _item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    rows = await session.scalars(
        select(ContentRevision)
        .where(ContentRevision.entity_type == spec.entity.value, ContentRevision.entity_id == item.id)
        .order_by(ContentRevision.number)
    )
    return rows.all()


async def _revision(*, session: AsyncSession, spec: ContentSpec, item: ContentModel, number: int) -> ContentRevision:
    revision = await session.scalar(
        select(ContentRevision).where(
            ContentRevision.entity_type == spec.entity.value,
            ContentRevision.entity_id == item.id,
            ContentRevision.number == number,
        )
    )
    if revision is None:
        raise NotFoundError(f"no revision {number} of {spec.label} {item.slug!r}")
    return revision


async def get_revision(
    *, session: AsyncSession, actor: Principal, spec: ContentSpec, id_or_slug: str, number: int
) -> RevisionDiff:
    """Revision ``number`` of an existing item with its field-level diff against the current version (editors)."""
    item = await _item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    revision = await _revision(session=session, spec=spec, item=item, number=number)
    current = await snapshot(session=session, spec=spec, item=item)
    return RevisionDiff(revision=revision, changes=diff(revision.data, current))


async def restore_revision(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    id_or_slug: str,
    number: int,
    expected_version: ExpectedVersion = None,
) -> Any:
    """Write revision ``number``'s content back as a new change (and so a new revision); 404 once deleted."""
    item = await _item(session=session, actor=actor, spec=spec, id_or_slug=id_or_slug)
    revision = await _revision(session=session, spec=spec, item=item, number=number)
    fields = {k: v for k, v in revision.data.items() if k in RESTORED_FIELDS}
    if item.published_at is None and revision.data.get("slug"):
        fields["slug"] = revision.data["slug"]  # a slug is stable once published, free before
    schema: Any = KnowledgeItemUpdate if spec is KNOWLEDGE else PositionPaperUpdate
    update: Any = update_knowledge_item if spec is KNOWLEDGE else update_position_paper
    try:
        data = schema.model_validate(fields)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationFailedError(
            f"revision {number} no longer passes validation ({where}: {first['msg']})", field=where or None
        ) from None
    return await update(
        session=session,
        actor=actor,
        id_or_slug=str(item.id),
        data=data,
        expected_version=expected_version,
        restored_from=number,
    )
