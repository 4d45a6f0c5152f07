"""Working groups: thematic groups of member organisations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.change import ChangeOp, EntityType
from app.models.organisation import MemberRef, Organisation
from app.models.theme import Theme
from app.models.working_group import GROUP_MEMBERS, WorkingGroup, WorkingGroupCreate, WorkingGroupUpdate
from app.services.auth import Principal, require_admin, require_editor
from app.services.common import (
    ExpectedVersion,
    check_filter_values,
    flush_or_conflict,
    get_by_id_or_slug,
    ids_for_slugs,
    slug_for,
)
from app.services.directory import finish_change, for_change, record_directory_change, rename
from app.services.links import linked, replace_links


async def list_working_groups(*, session: AsyncSession, themes: Sequence[str] = ()) -> list[WorkingGroup]:
    """All working groups (optionally of some themes), by name."""
    check_filter_values(SimpleNamespace(themes=list(themes)), ("themes",))
    query = select(WorkingGroup).order_by(col(WorkingGroup.name), col(WorkingGroup.id))
    if themes:
        query = query.join(Theme, col(Theme.id) == WorkingGroup.theme_id).where(col(Theme.slug).in_(themes))
    return list((await session.scalars(query)).all())


async def get_working_group(*, session: AsyncSession, id_or_slug: str) -> WorkingGroup:
    """One working group by id or slug."""
    return await get_by_id_or_slug(session=session, model=WorkingGroup, id_or_slug=id_or_slug, label="working group")


async def members_of_groups(
    *, session: AsyncSession, group_ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """Members (with role) of many working groups in one query."""
    return await linked(
        session=session, link=GROUP_MEMBERS, target=Organisation, owner_ids=group_ids, order_by=[Organisation.name]
    )


async def _set_members(*, session: AsyncSession, group_id: int, refs: Sequence[MemberRef]) -> None:
    roles = {r.organisation: r.role for r in refs}
    await replace_links(
        session=session,
        link=GROUP_MEMBERS,
        owner_id=group_id,
        target=Organisation,
        slugs=list(roles),
        field="members",
        roles=roles,
    )


async def _theme_id(session: AsyncSession, slug: str | None) -> int | None:
    if slug is None:
        return None
    return (await ids_for_slugs(session=session, model=Theme, slugs=[slug], field="theme"))[0]


async def create_working_group(*, session: AsyncSession, actor: Principal, data: WorkingGroupCreate) -> WorkingGroup:
    """Create a working group (editors)."""
    require_editor(actor)
    slug = await slug_for(session=session, model=WorkingGroup, explicit=data.slug, source=data.name)
    group = WorkingGroup(
        slug=slug,
        name=data.name,
        description=data.description,
        description_en=data.description_en,
        theme_id=await _theme_id(session, data.theme),
    )
    session.add(group)
    await flush_or_conflict(session, "working group")
    assert group.id is not None
    await _set_members(session=session, group_id=group.id, refs=data.members)
    await flush_or_conflict(session, "working group")
    await record_directory_change(session=session, entity=EntityType.working_group, record=group, op=ChangeOp.created)
    return group


async def update_working_group(
    *,
    session: AsyncSession,
    actor: Principal,
    id_or_slug: str,
    data: WorkingGroupUpdate,
    expected_version: ExpectedVersion = None,
) -> WorkingGroup:
    """Apply the given fields to a working group (editors)."""
    require_editor(actor)
    group = await get_working_group(session=session, id_or_slug=id_or_slug)
    group = await for_change(session=session, entity=EntityType.working_group, record=group, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name") is not None:
        group.name = changes["name"]
    if "description" in changes:
        group.description = changes["description"] or ""
    if "description_en" in changes:
        group.description_en = changes["description_en"] or ""
    if "theme" in changes:
        group.theme_id = await _theme_id(session, changes["theme"])
    await rename(session=session, record=group, changes=changes)
    assert group.id is not None
    if data.members is not None:
        await _set_members(session=session, group_id=group.id, refs=data.members)
    await finish_change(session=session, entity=EntityType.working_group, record=group, label="working group")
    return group


async def delete_working_group(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, expected_version: ExpectedVersion = None
) -> None:
    """Delete a working group and its memberships (admins)."""
    require_admin(actor)
    group = await get_working_group(session=session, id_or_slug=id_or_slug)
    group = await for_change(session=session, entity=EntityType.working_group, record=group, expected=expected_version)
    await session.execute(delete(WorkingGroup).where(col(WorkingGroup.id) == group.id))
    await record_directory_change(session=session, entity=EntityType.working_group, record=group, op=ChangeOp.deleted)


async def working_groups_by_ids(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, WorkingGroup]:
    """Working groups by id in one query (GraphQL dataloaders)."""
    if not ids:
        return {}
    rows = await session.scalars(select(WorkingGroup).where(col(WorkingGroup.id).in_(ids)))
    return {group.id: group for group in rows.all() if group.id is not None}


async def working_groups_of_themes(*, session: AsyncSession, theme_ids: Sequence[int]) -> dict[int, list[WorkingGroup]]:
    """The working groups of many themes in one query, by name."""
    if not theme_ids:
        return {}
    rows = await session.scalars(
        select(WorkingGroup)
        .where(col(WorkingGroup.theme_id).in_(theme_ids))
        .order_by(col(WorkingGroup.name), col(WorkingGroup.id))
    )
    grouped: dict[int, list[WorkingGroup]] = defaultdict(list)
    for group in rows.all():
        assert group.theme_id is not None
        grouped[group.theme_id].append(group)
    return grouped


async def working_groups_of_organisations(
    *, session: AsyncSession, organisation_ids: Sequence[int]
) -> dict[int, list[tuple[WorkingGroup, str]]]:
    """The working groups (with role) many organisations are members of, in one query."""
    memberships = GROUP_MEMBERS.reversed()
    return await linked(
        session=session, link=memberships, target=WorkingGroup, owner_ids=organisation_ids, order_by=[WorkingGroup.name]
    )
