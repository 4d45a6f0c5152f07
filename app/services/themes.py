"""Themes: list, read, create, update, delete (refused while content still uses the theme)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ConflictError
from app.models.base import utcnow
from app.models.change import ChangeOp, EntityType
from app.models.knowledge import KnowledgeItemTheme
from app.models.organisation import OrganisationTheme
from app.models.position_paper import PositionPaperTheme
from app.models.theme import Theme, ThemeCreate, ThemeUpdate
from app.models.working_group import WorkingGroup
from app.services.auth import Principal, require_admin, require_editor
from app.services.changes import record_change
from app.services.common import (
    ExpectedVersion,
    check_version,
    flush_or_conflict,
    get_by_id_or_slug,
    locked,
    slug_for,
)


async def list_themes(*, session: AsyncSession) -> list[Theme]:
    """All themes, by Dutch name."""
    return list((await session.scalars(select(Theme).order_by(Theme.name_nl, Theme.id))).all())


async def get_theme(*, session: AsyncSession, id_or_slug: str) -> Theme:
    """One theme by id or slug."""
    return await get_by_id_or_slug(session=session, model=Theme, id_or_slug=id_or_slug, label="theme")


async def create_theme(*, session: AsyncSession, actor: Principal, data: ThemeCreate) -> Theme:
    """Create a theme (editors)."""
    require_editor(actor)
    slug = await slug_for(session=session, model=Theme, explicit=data.slug, source=data.name_nl)
    theme = Theme(slug=slug, name_nl=data.name_nl, name_en=data.name_en, description=data.description)
    session.add(theme)
    await flush_or_conflict(session, "theme")
    assert theme.id is not None
    await record_change(
        session=session,
        entity_type=EntityType.theme,
        entity_id=theme.id,
        op=ChangeOp.created,
        slug=theme.slug,
        public=True,
        version=theme.version,
    )
    return theme


async def update_theme(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, data: ThemeUpdate, expected_version: ExpectedVersion
) -> Theme:
    """Apply the given fields (editors); content embedding the theme is re-synced by the change."""
    require_editor(actor)
    theme = await locked(session, await get_theme(session=session, id_or_slug=id_or_slug))
    check_version(entity=EntityType.theme, record=theme, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    for field in ("name_nl", "name_en", "description"):
        if changes.get(field) is not None:
            setattr(theme, field, changes[field])
    if changes.get("slug") and changes["slug"] != theme.slug:
        theme.slug = await slug_for(
            session=session, model=Theme, explicit=changes["slug"], source="", exclude_id=theme.id
        )
    theme.version += 1
    theme.updated_at = utcnow()
    await flush_or_conflict(session, "theme")
    assert theme.id is not None
    await record_change(
        session=session,
        entity_type=EntityType.theme,
        entity_id=theme.id,
        op=ChangeOp.updated,
        slug=theme.slug,
        public=True,
        version=theme.version,
    )
    return theme


async def theme_usage(*, session: AsyncSession, theme_id: int) -> dict[str, int]:
    """How many records of each kind reference the theme."""
    counts = {}
    for label, column in (
        ("knowledge_items", KnowledgeItemTheme.theme_id),
        ("position_papers", PositionPaperTheme.theme_id),
        ("organisations", OrganisationTheme.theme_id),
        ("working_groups", WorkingGroup.theme_id),
    ):
        counts[label] = await session.scalar(select(func.count()).where(column == theme_id)) or 0
    return counts


async def delete_theme(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, expected_version: ExpectedVersion
) -> None:
    """Delete an unused theme (admins); a theme still in use is a conflict naming the counts."""
    require_admin(actor)
    theme = await locked(session, await get_theme(session=session, id_or_slug=id_or_slug))
    check_version(entity=EntityType.theme, record=theme, expected=expected_version)
    assert theme.id is not None
    usage = await theme_usage(session=session, theme_id=theme.id)
    in_use = sum(usage.values())
    if in_use:
        raise ConflictError(f"theme {theme.slug!r} is still used by {in_use} records", references=usage)
    await session.execute(delete(Theme).where(Theme.id == theme.id))
    await record_change(
        session=session,
        entity_type=EntityType.theme,
        entity_id=theme.id,
        op=ChangeOp.deleted,
        slug=theme.slug,
        public=True,
    )


async def themes_by_owner(
    *, session: AsyncSession, link_owner_column: object, link_theme_column: object, owner_ids: Sequence[int]
) -> dict[int, list[Theme]]:
    """Themes of many owners in one query, in name order: the batch loader behind embedding."""
    if not owner_ids:
        return {}
    rows = await session.execute(
        select(link_owner_column, Theme)
        .join(Theme, Theme.id == link_theme_column)
        .where(link_owner_column.in_(owner_ids))  # type: ignore[attr-defined]
        .order_by(Theme.name_nl)
    )
    grouped: dict[int, list[Theme]] = defaultdict(list)
    for owner_id, theme in rows.all():
        grouped[owner_id].append(theme)
    return grouped


async def themes_by_ids(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, Theme]:
    """Themes by id in one query (GraphQL dataloaders)."""
    if not ids:
        return {}
    rows = await session.scalars(select(Theme).where(Theme.id.in_(ids)))  # type: ignore[union-attr]
    return {theme.id: theme for theme in rows.all() if theme.id is not None}
