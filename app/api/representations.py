"""How records look over REST: plain dicts built from rows and their batch-loaded relations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.api_key import ApiKey
from app.models.change import ChangeEvent
from app.models.content import Attachment
from app.models.knowledge import KnowledgeItem
from app.models.organisation import Organisation
from app.models.position_paper import PositionPaper
from app.models.theme import Theme
from app.models.working_group import WorkingGroup
from app.services import organisations as organisation_service
from app.services import working_groups as working_group_service
from app.services.auth import Principal
from app.services.content import KNOWLEDGE, ContentSpec, relations_of
from app.services.themes import themes_by_ids

CONTENT_INCLUDES = ("themes", "organisations", "attachments", "translation")
ORGANISATION_INCLUDES = ("themes", "members", "member_of")


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def theme_ref(theme: Theme, *, full: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": theme.id, "slug": theme.slug, "name_nl": theme.name_nl, "name_en": theme.name_en}
    if full:
        ref["description"] = theme.description
    return ref


def organisation_ref(org: Organisation, role: str | None = None, *, full: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"id": org.id, "slug": org.slug, "name": org.name}
    if role is not None:
        ref["role"] = role
    if full:
        ref |= {"acronym": org.acronym, "kind": org.kind, "country": org.country, "website": org.website}
    return ref


def attachment_doc(attachment: Attachment, *, full: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": attachment.id,
        "file_name": attachment.file_name,
        "media_type": attachment.media_type,
        "size": attachment.size,
        "url": attachment.url,
    }
    if full:
        doc["extracted_text"] = attachment.extracted_text
    return doc


def theme_doc(theme: Theme) -> dict[str, Any]:
    return theme_ref(theme, full=True) | {
        "version": theme.version,
        "created_at": iso(theme.created_at),
        "updated_at": iso(theme.updated_at),
    }


async def content_docs(
    *,
    session: AsyncSession,
    actor: Principal,
    spec: ContentSpec,
    items: Sequence[KnowledgeItem | PositionPaper],
    include: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Render items with their relations, all relations of all items loaded in one query."""
    ids = [item.id for item in items if item.id is not None]
    relations = await relations_of(
        session=session, actor=actor, spec=spec, ids=ids, attachment_text="attachments" in include
    )
    full_themes = "themes" in include
    full_organisations = "organisations" in include
    docs = []
    for item in items:
        assert item.id is not None
        related = relations[item.id]
        partner = related.translation
        doc: dict[str, Any] = {
            "id": item.id,
            "type": spec.entity.value,
            "slug": item.slug,
            "title": item.title,
            "summary": item.summary,
            "body": item.body,
            "language": item.language,
            "status": item.status,
            "themes": [_pick(t, THEME_REF, THEME_FULL, full_themes) for t in related.themes],
        }
        orgs = [_pick(o, ORGANISATION_REF, ORGANISATION_FULL, full_organisations) for o in related.organisations]
        if spec is KNOWLEDGE:
            assert isinstance(item, KnowledgeItem)
            doc |= {
                "kind": item.kind,
                "tags": item.tags,
                "organisations": orgs,
                "source_url": item.source_url,
                "cover_image_url": item.cover_image_url,
            }
        else:
            assert isinstance(item, PositionPaper)
            for org in orgs:
                org.pop("role", None)
            doc |= {
                "audience": item.audience,
                "ministry": item.ministry,
                "occasion": item.occasion,
                "signatories": orgs,
            }
        doc |= {
            "attachments": [
                _pick(a, ATTACHMENT_REF, ATTACHMENT_FULL, "attachments" in include) for a in related.attachments
            ],
            "translation": None
            if partner is None
            else _pick(partner, TRANSLATION_REF, TRANSLATION_FULL, "translation" in include),
            "published_at": iso(item.published_at),
            "publish_at": iso(item.publish_at),
            "unpublish_at": iso(item.unpublish_at),
            "created_at": iso(item.created_at),
            "updated_at": iso(item.updated_at),
            "version": item.version,
        }
        docs.append(doc)
    return docs


# The keys of embedded records, in the order theme_ref, organisation_ref and attachment_doc give them.
THEME_REF = ("id", "slug", "name_nl", "name_en")
THEME_FULL = (*THEME_REF, "description")
ORGANISATION_REF = ("id", "slug", "name", "role")
ORGANISATION_FULL = (*ORGANISATION_REF, "acronym", "kind", "country", "website")
ATTACHMENT_REF = ("id", "file_name", "media_type", "size", "url")
ATTACHMENT_FULL = (*ATTACHMENT_REF, "extracted_text")
TRANSLATION_REF = ("id", "slug", "language", "title")
TRANSLATION_FULL = (*TRANSLATION_REF, "summary")


def _pick(loaded: dict[str, Any], short: tuple[str, ...], full: tuple[str, ...], want_full: bool) -> dict[str, Any]:
    return {key: loaded[key] for key in (full if want_full else short)}


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
            "theme": theme_ref(themes[g.theme_id]) if g.theme_id in themes else None,
            "members": [organisation_ref(o, r) for o, r in members.get(g.id, [])],  # type: ignore[arg-type]
            "version": g.version,
            "created_at": iso(g.created_at),
            "updated_at": iso(g.updated_at),
        }
        for g in groups
    ]


def api_key_doc(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "role": key.role,
        "prefix": key.prefix,
        "created_at": iso(key.created_at),
        "last_used_at": iso(key.last_used_at),
        "expires_at": iso(key.expires_at),
        "revoked_at": iso(key.revoked_at),
    }


def change_doc(event: ChangeEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.entity_type,
        "record_id": event.entity_id,
        "slug": event.slug,
        "op": event.op,
        "version": event.data.get("version"),
        "occurred_at": iso(event.occurred_at),
    }
