"""Working groups: thematic groups of member organisations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.base import utcnow
from app.models.change import ChangeOp, EntityType
from app.models.organisation import MemberRef, Organisation
from app.models.theme import Theme
from app.models.working_group import WorkingGroup, WorkingGroupCreate, WorkingGroupMember, WorkingGroupUpdate
from app.services.auth import Principal, require_admin, require_editor
from app.services.changes import record_change
from app.services.common import (
    ExpectedVersion,
    check_filter_values,
    check_version,
    flush_or_conflict,
    get_by_id_or_slug,
    ids_for_slugs,
    locked,
    slug_for,
)
from app.services.links import linked


async def list_working_groups(*, session: AsyncSession, themes: Sequence[str] = ()) -> list[WorkingGroup]:
    """All working groups (optionally of some themes), by name."""
    check_filter_values(SimpleNamespace(themes=list(themes)), ("themes",))
    query = select(WorkingGroup).order_by(WorkingGroup.name, WorkingGroup.id)
    if themes:
        query = query.join(Theme, Theme.id == WorkingGroup.theme_id).where(Theme.slug.in_(themes))  # type: ignore[attr-defined]
    return list((await session.scalars(query)).all())


async def get_working_group(*, session: AsyncSession, id_or_slug: str) -> WorkingGroup:
    """One working group by id or slug."""
    return await get_by_id_or_slug(session=session, model=WorkingGroup, id_or_slug=id_or_slug, label="working group")


async def members_of_groups(
    *, session: AsyncSession, group_ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """Members (with role) of many working groups in one query."""
    return await linked(
        session=session,
        owner=WorkingGroupMember.working_group_id,
        target_id=WorkingGroupMember.organisation_id,
        target=Organisation,
        owner_ids=group_ids,
        order_by=[Organisation.name],
        extra=WorkingGroupMember.role,
    )


async def _set_members(*, session: AsyncSession, group_id: int, refs: Sequence[MemberRef]) -> None:
    ids = await ids_for_slugs(
        session=session, model=Organisation, slugs=[r.organisation for r in refs], field="members"
    )
    roles = {r.organisation: r.role for r in refs}
    await session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.working_group_id == group_id))
    session.add_all(
        [
            WorkingGroupMember(working_group_id=group_id, organisation_id=oid, role=roles[slug])
            for slug, oid in zip(dict.fromkeys(roles), ids, strict=True)
        ]
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
        slug=slug, name=data.name, description=data.description, theme_id=await _theme_id(session, data.theme)
    )
    session.add(group)
    await flush_or_conflict(session, "working group")
    assert group.id is not None
    await _set_members(session=session, group_id=group.id, refs=data.members)
    await flush_or_conflict(session, "working group")
    await _record(session, group, ChangeOp.created)
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
    group = await locked(session, await get_working_group(session=session, id_or_slug=id_or_slug))
    check_version(entity=EntityType.working_group, record=group, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name") is not None:
        group.name = changes["name"]
    if "description" in changes:
        group.description = changes["description"] or ""
    if "theme" in changes:
        group.theme_id = await _theme_id(session, changes["theme"])
    if changes.get("slug") and changes["slug"] != group.slug:
        group.slug = await slug_for(
            session=session, model=WorkingGroup, explicit=changes["slug"], source="", exclude_id=group.id
        )
    assert group.id is not None
    if data.members is not None:
        await _set_members(session=session, group_id=group.id, refs=data.members)
    group.version += 1
    group.updated_at = utcnow()
    await flush_or_conflict(session, "working group")
    await _record(session, group, ChangeOp.updated)
    return group


async def delete_working_group(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, expected_version: ExpectedVersion = None
) -> None:
    """Delete a working group and its memberships (admins)."""
    require_admin(actor)
    group = await locked(session, await get_working_group(session=session, id_or_slug=id_or_slug))
    check_version(entity=EntityType.working_group, record=group, expected=expected_version)
    await session.execute(delete(WorkingGroup).where(WorkingGroup.id == group.id))
    await _record(session, group, ChangeOp.deleted)


async def _record(session: AsyncSession, group: WorkingGroup, op: ChangeOp) -> None:
    assert group.id is not None
    await record_change(
        session=session,
        entity_type=EntityType.working_group,
        entity_id=group.id,
        op=op,
        slug=group.slug,
        public=True,  # the directory is public, deletions included
        version=group.version,
    )


async def working_groups_by_ids(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, WorkingGroup]:
    """Working groups by id in one query (GraphQL dataloaders)."""
    if not ids:
        return {}
    rows = await session.scalars(select(WorkingGroup).where(WorkingGroup.id.in_(ids)))  # type: ignore[union-attr]
    return {group.id: group for group in rows.all() if group.id is not None}


async def working_groups_of_themes(*, session: AsyncSession, theme_ids: Sequence[int]) -> dict[int, list[WorkingGroup]]:
    """The working groups of many themes in one query, by name."""
    if not theme_ids:
        return {}
    rows = await session.scalars(
        select(WorkingGroup)
        .where(WorkingGroup.theme_id.in_(theme_ids))  # type: ignore[union-attr]
        .order_by(WorkingGroup.name, WorkingGroup.id)
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
    return await linked(
        session=session,
        owner=WorkingGroupMember.organisation_id,
        target_id=WorkingGroupMember.working_group_id,
        target=WorkingGroup,
        owner_ids=organisation_ids,
        order_by=[WorkingGroup.name],
        extra=WorkingGroupMember.role,
    )
