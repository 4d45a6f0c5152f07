"""The partner directory: organisations, their themes and alliance/network members."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, delete, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.errors import ConflictError, ValidationFailedError
from app.models.change import ChangeOp, EntityType
from app.models.knowledge import KnowledgeItemOrganisation
from app.models.organisation import (
    ALLIANCE_MEMBERS,
    GROUPING_KINDS,
    ORGANISATION_THEMES,
    AllianceMembership,
    MemberRef,
    Organisation,
    OrganisationCreate,
    OrganisationTheme,
    OrganisationUpdate,
)
from app.models.position_paper import PositionPaperSignatory
from app.models.theme import Theme
from app.services.auth import Principal, require_admin, require_editor
from app.services.common import (
    ExpectedVersion,
    check_filter_values,
    flush_or_conflict,
    get_by_id_or_slug,
    slug_for,
)
from app.services.directory import finish_change, for_change, record_directory_change, refuse_while_used, rename
from app.services.links import linked, replace_links
from app.services.pagination import MAX_LIMIT, Page, SortField, keyset_after

SORTABLE = ("name", "created_at")
DEFAULT_SORT = "name"
SCALAR_FIELDS = (
    "name",
    "acronym",
    "kind",
    "description",
    "description_en",
    "website",
    "email",
    "country",
    "city",
    "member_since",
    "logo_url",
    "status",
)


@dataclass(frozen=True)
class OrganisationFilter:
    kinds: Sequence[str] = ()
    countries: Sequence[str] = ()
    themes: Sequence[str] = ()
    statuses: Sequence[str] = ()


def organisation_clauses(filters: OrganisationFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    check_filter_values(filters, ("kinds", "countries", "themes", "statuses"))
    if filters.kinds:
        clauses.append(col(Organisation.kind).in_(filters.kinds))
    if filters.countries:
        clauses.append(col(Organisation.country).in_([c.upper() for c in filters.countries]))
    if filters.statuses:
        clauses.append(col(Organisation.status).in_(filters.statuses))
    if filters.themes:
        clauses.append(
            exists().where(
                col(OrganisationTheme.organisation_id) == Organisation.id,
                col(OrganisationTheme.theme_id) == Theme.id,
                col(Theme.slug).in_(filters.themes),
            )
        )
    return clauses


def sort_column(name: str) -> SQLColumnExpression[Any]:
    return col(getattr(Organisation, name))


def sort_value(org: Organisation, name: str) -> Any:
    return getattr(org, name)


def sort_types(sort: Sequence[SortField]) -> list[type]:
    """The Python types of a cursor's values for this sort (for decoding)."""
    return [datetime if f.name == "created_at" else str for f in sort] + [int]


async def list_organisations(
    *,
    session: AsyncSession,
    filters: OrganisationFilter,
    sort: Sequence[SortField],
    after: Sequence[Any] | None = None,
    limit: int = 20,
    with_total: bool = True,
) -> Page[Organisation]:
    """One page of the directory in ``sort`` order, id breaking ties."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationFailedError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
    clauses = organisation_clauses(filters)
    columns = [sort_column(f.name) for f in sort] + [col(Organisation.id)]
    descending = [f.descending for f in sort] + [sort[-1].descending if sort else False]
    query = select(Organisation).where(*clauses)
    if after is not None:
        query = query.where(keyset_after(columns, descending, after))
    order = [c.desc() if d else c.asc() for c, d in zip(columns, descending, strict=True)]
    rows = list((await session.scalars(query.order_by(*order).limit(limit + 1))).all())
    next_after = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_after = (*(sort_value(rows[-1], f.name) for f in sort), rows[-1].id)
    total = (
        (await session.scalar(select(func.count()).select_from(Organisation).where(*clauses)) or 0) if with_total else 0
    )
    return Page(items=rows, next_after=next_after, total=total)


async def get_organisation(*, session: AsyncSession, id_or_slug: str) -> Organisation:
    """One organisation by id or slug."""
    return await get_by_id_or_slug(session=session, model=Organisation, id_or_slug=id_or_slug, label="organisation")


async def organisations_by_ids(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, Organisation]:
    if not ids:
        return {}
    rows = await session.scalars(select(Organisation).where(col(Organisation.id).in_(ids)))
    return {o.id: o for o in rows.all() if o.id is not None}


async def themes_of_organisations(*, session: AsyncSession, ids: Sequence[int]) -> dict[int, list[Theme]]:
    """Themes of many organisations in one query, by name."""
    return await linked(
        session=session, link=ORGANISATION_THEMES, target=Theme, owner_ids=ids, order_by=[Theme.name_nl]
    )


async def members_of(
    *, session: AsyncSession, alliance_ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """Member organisations (with role) of many alliances/networks in one query."""
    return await linked(
        session=session,
        link=ALLIANCE_MEMBERS,
        target=Organisation,
        owner_ids=alliance_ids,
        order_by=[Organisation.name],
    )


async def memberships_of(
    *, session: AsyncSession, member_ids: Sequence[int]
) -> dict[int, list[tuple[Organisation, str]]]:
    """The alliances/networks (with role) many organisations belong to, in one query."""
    membership = ALLIANCE_MEMBERS.reversed()
    return await linked(
        session=session, link=membership, target=Organisation, owner_ids=member_ids, order_by=[Organisation.name]
    )


async def set_members(*, session: AsyncSession, organisation: Organisation, refs: Sequence[MemberRef]) -> None:
    if refs and organisation.kind not in GROUPING_KINDS:
        raise ValidationFailedError("only alliances and networks have member organisations", field="members")
    roles = {r.organisation: r.role for r in refs}
    if organisation.slug in roles:
        raise ValidationFailedError("an organisation cannot be its own member", field="members")
    assert organisation.id is not None
    await replace_links(
        session=session,
        link=ALLIANCE_MEMBERS,
        owner_id=organisation.id,
        target=Organisation,
        slugs=list(roles),
        field="members",
        roles=roles,
    )


async def set_themes(*, session: AsyncSession, organisation_id: int, slugs: Sequence[str]) -> None:
    await replace_links(
        session=session, link=ORGANISATION_THEMES, owner_id=organisation_id, target=Theme, slugs=slugs, field="themes"
    )


def apply_scalars(org: Organisation, changes: dict[str, Any]) -> None:
    for name in SCALAR_FIELDS:
        if name not in changes:
            continue
        value = changes[name]
        if name in ("name", "kind", "status") and value is None:
            raise ValidationFailedError(f"{name} cannot be null", field=name)
        if name in ("website", "logo_url", "email") and value is not None:
            value = str(value)
        if name in ("description", "description_en") and value is None:
            value = ""
        setattr(org, name, value)


async def _apply_relations(*, session: AsyncSession, org: Organisation, data: Any, changes: dict[str, Any]) -> None:
    assert org.id is not None
    if changes.get("themes") is not None:
        await set_themes(session=session, organisation_id=org.id, slugs=changes["themes"])
    if data.members is not None:
        await set_members(session=session, organisation=org, refs=data.members)
    elif "kind" in changes and org.kind not in GROUPING_KINDS:
        has_members = await session.scalar(select(exists().where(col(AllianceMembership.alliance_id) == org.id)))
        if has_members:
            raise ValidationFailedError("remove the members before changing an alliance's kind", field="kind")


async def create_organisation(*, session: AsyncSession, actor: Principal, data: OrganisationCreate) -> Organisation:
    """Add an organisation to the directory (editors)."""
    require_editor(actor)
    changes = data.model_dump(exclude_unset=True)
    slug = await slug_for(session=session, model=Organisation, explicit=data.slug, source=data.name)
    org = Organisation(slug=slug, name=data.name, kind=data.kind)
    apply_scalars(org, changes)
    session.add(org)
    await flush_or_conflict(session, "organisation")
    await _apply_relations(session=session, org=org, data=data, changes=changes)
    await flush_or_conflict(session, "organisation")
    await _record(session, org, ChangeOp.created)
    return org


async def update_organisation(
    *,
    session: AsyncSession,
    actor: Principal,
    id_or_slug: str,
    data: OrganisationUpdate,
    expected_version: ExpectedVersion = None,
) -> Organisation:
    """Apply the given fields to an organisation (editors)."""
    require_editor(actor)
    org = await get_organisation(session=session, id_or_slug=id_or_slug)
    org = await for_change(session=session, entity=EntityType.organisation, record=org, expected=expected_version)
    changes = data.model_dump(exclude_unset=True)
    apply_scalars(org, changes)
    await rename(session=session, record=org, changes=changes)
    await _apply_relations(session=session, org=org, data=data, changes=changes)
    await finish_change(
        session=session, entity=EntityType.organisation, record=org, label="organisation", details={"name": org.name}
    )
    return org


# Content that names an organisation: while any does, it stays in the directory.
ORGANISATION_REFERENCES = {
    "knowledge_items": KnowledgeItemOrganisation.organisation_id,
    "position_papers": PositionPaperSignatory.organisation_id,
}


async def delete_organisation(
    *, session: AsyncSession, actor: Principal, id_or_slug: str, expected_version: ExpectedVersion = None
) -> None:
    """Remove an organisation (admins); refused while content names it as author or signatory."""
    require_admin(actor)
    org = await get_organisation(session=session, id_or_slug=id_or_slug)
    org = await for_change(session=session, entity=EntityType.organisation, record=org, expected=expected_version)
    await refuse_while_used(
        session=session, record=org, label="organisation", references=ORGANISATION_REFERENCES, verb="named by"
    )
    try:
        await session.execute(delete(Organisation).where(col(Organisation.id) == org.id))
    except IntegrityError:
        raise ConflictError(f"organisation {org.slug!r} is still referenced") from None
    await _record(session, org, ChangeOp.deleted)


async def _record(session: AsyncSession, org: Organisation, op: ChangeOp) -> None:
    await record_directory_change(
        session=session, entity=EntityType.organisation, record=org, op=op, details={"name": org.name}
    )


async def list_all_organisations(*, session: AsyncSession, batch_size: int = 500) -> AsyncIterator[list[Organisation]]:
    """The whole directory in id order, a batch at a time (exports)."""
    last_id = 0
    while True:
        query = (
            select(Organisation).where(col(Organisation.id) > last_id).order_by(col(Organisation.id)).limit(batch_size)
        )
        rows = list((await session.scalars(query)).all())
        if not rows:
            return
        yield rows
        assert rows[-1].id is not None
        last_id = rows[-1].id
