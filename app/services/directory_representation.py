"""How directory records (themes, organisations, working groups) look in REST answers and exports.

Content has its own: app/services/content/representation.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.organisation import Organisation
from app.models.theme import Theme
from app.models.working_group import WorkingGroup
from app.services import organisations as organisation_service
from app.services import working_groups as working_group_service
from app.services.themes import themes_by_ids

ORGANISATION_INCLUDES = ("themes", "members", "member_of")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def theme_ref(theme: Theme, *, full: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": theme.id, "slug": theme.slug, "name_nl": theme.name_nl, "name_en": theme.name_en}
    if full:
        ref["description"] = theme.description
        ref["description_en"] = theme.description_en
    return ref


def organisation_ref(org: Organisation, role: str | None = None, *, full: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": org.id, "slug": org.slug, "name": org.name}
    if role is not None:
        ref["role"] = role
    if full:
        ref |= {"acronym": org.acronym, "kind": org.kind, "country": org.country, "website": org.website}
    return ref


def theme_doc(theme: Theme) -> dict[str, Any]:
    return theme_ref(theme, full=True) | {
        "version": theme.version,
        "created_at": iso(theme.created_at),
        "updated_at": iso(theme.updated_at),
    }


async def organisation_docs(
    *, session: AsyncSession, organisations: Sequence[Organisation], include: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Render organisations with their themes, members (alliances) and memberships, batch-loaded."""
    ids = [o.id for o in organisations if o.id is not None]
    themes = await organisation_service.themes_of_organisations(session=session, ids=ids)
    members = await organisation_service.members_of(session=session, alliance_ids=ids)
    member_of = await organisation_service.memberships_of(session=session, member_ids=ids)
    docs = []
    for org in organisations:
        assert org.id is not None
        docs.append(
            {
                "id": org.id,
                "slug": org.slug,
                "name": org.name,
                "acronym": org.acronym,
                "kind": org.kind,
                "status": org.status,
                "description": org.description,
                "description_en": org.description_en,
                "website": org.website,
                "email": org.email,
                "country": org.country,
                "city": org.city,
                "member_since": iso(org.member_since),
                "logo_url": org.logo_url,
                "themes": [theme_ref(t, full="themes" in include) for t in themes.get(org.id, [])],
                "members": [organisation_ref(m, r, full="members" in include) for m, r in members.get(org.id, [])],
                "member_of": [
                    organisation_ref(a, r, full="member_of" in include) for a, r in member_of.get(org.id, [])
                ],
                "version": org.version,
                "created_at": iso(org.created_at),
                "updated_at": iso(org.updated_at),
            }
        )
    return docs


async def working_group_docs(*, session: AsyncSession, groups: Sequence[WorkingGroup]) -> list[dict[str, Any]]:
    ids = [g.id for g in groups if g.id is not None]
    members = await working_group_service.members_of_groups(session=session, group_ids=ids)
    themes = await themes_by_ids(session=session, ids=[g.theme_id for g in groups if g.theme_id is not None])
    return [
        {
            "id": g.id,
            "slug": g.slug,
            "name": g.name,
            "description": g.description,
            "description_en": g.description_en,
            "theme": theme_ref(themes[g.theme_id]) if g.theme_id in themes else None,
            "members": [organisation_ref(o, r) for o, r in members.get(g.id, [])],
            "version": g.version,
            "created_at": iso(g.created_at),
            "updated_at": iso(g.updated_at),
        }
        for g in groups
        if g.id is not None
    ]
