"""Themes: list, read, create, update, delete (refused while content still uses the theme)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.change import ChangeOp, EntityType
from app.models.knowledge import KnowledgeItemTheme
from app.models.organisation import OrganisationTheme
from app.models.position_paper import PositionPaperTheme
from app.models.theme import Theme, ThemeCreate, ThemeUpdate
from app.models.working_group import WorkingGroup
from app.services.auth import Principal, require_admin, require_editor
from app.services.common import ExpectedVersion, flush_or_conflict, get_by_id_or_slug, slug_for
from app.services.directory import finish_change, for_change, record_directory_change, refuse_while_used, rename


async def list_themes(*, session: AsyncSession) -> list[Theme]:
    """All themes, by Dutch name."""
    return list((await session.scalars(select(Theme).order_by(col(Theme.name_nl), col(Theme.id)))).all())


async def get_theme(*, session: AsyncSession, id_or_slug: str) -> Theme:
    """One theme by id or slug."""
    return await get_by_id_or_slug(session=session, model=Theme, id_or_slug=id_or_slug, label="theme")


async def create_theme(*, session: AsyncSession, actor: Principal, data: ThemeCreate) -> Theme:
    """Create a theme (editors)."""
    require_editor(actor)
    slug = await slug_for(session=session, model=Theme, explicit=data.slug, source=data.name_nl)
    theme = Theme(
        slug=slug,
        name_nl=data.name_nl,
        name_en=data.name_en,
        description=data.description,
        description_en=data.description_en,
    )
    session.add(theme)
    await flush_or_conflict(session, "theme")
    await record_directory_change(session=session, entity=EntityType.theme, record=theme, op=ChangeOp.created)
    return theme


async def update_theme(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, data: ThemeUpdate, expected_version: ExpectedVersion
) -> Theme:
    """Apply the given fields (editors); content embedding the theme is re-synced by the change."""
    require_editor(actor)
    theme = await get_theme(session=session, id_or_slug=id_or_slug)
    theme = await for_change(session=session, entity=EntityType.theme, record=theme, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    for field in ("name_nl", "name_en", "description", "description_en"):
        if changes.get(field) is not None:
            setattr(theme, field, changes[field])
    await rename(session=session, record=theme, changes=changes)
    await finish_change(session=session, entity=EntityType.theme, record=theme, label="theme")
    return theme


# Everything that names a theme: while any does, the theme stays.
THEME_REFERENCES = {
    "knowledge_items": KnowledgeItemTheme.theme_id,
    "position_papers": PositionPaperTheme.theme_id,
    "organisations": OrganisationTheme.theme_id,
    "working_groups": WorkingGroup.theme_id,
}


async def delete_theme(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, expected_version: ExpectedVersion
) -> None:
    """Delete an unused theme (admins); a theme still in use is a conflict naming the counts."""
    require_admin(actor)
    theme = await get_theme(session=session, id_or_slug=id_or_slug)
    theme = await for_change(session=session, entity=EntityType.theme, record=theme, expected=expected_version)
    await refuse_while_used(session=session, record=theme, label="theme", references=THEME_REFERENCES)
    await session.execute(delete(Theme).where(col(Theme.id) == theme.id))
    await record_directory_change(session=session, entity=EntityType.theme, record=theme, op=ChangeOp.deleted)


async def themes_by_ids(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, Theme]:
    """Themes by id in one query (GraphQL dataloaders)."""
    if not ids:
        return {}
    rows = await session.scalars(select(Theme).where(col(Theme.id).in_(ids)))
    return {theme.id: theme for theme in rows.all() if theme.id is not None}
