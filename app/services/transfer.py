"""Import of NDJSON exports (the REST export's format), so content can move between databases.

Records are matched by slug: an existing slug is left alone, so an import can be re-run after a failure.
Relations are given by slug and resolved after every record of the file exists (translations, members).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.knowledge import KnowledgeItemCreate, KnowledgeItemUpdate
from app.models.organisation import MemberRef, Organisation, OrganisationCreate, OrganisationUpdate
from app.models.position_paper import PositionPaperCreate, PositionPaperUpdate
from app.models.theme import Theme, ThemeCreate
from app.models.working_group import WorkingGroup, WorkingGroupCreate
from app.services.auth import Principal, require_editor
from app.services.content import KNOWLEDGE, ContentSpec, archive_content, publish_content
from app.services.knowledge import create_knowledge_item, update_knowledge_item
from app.services.organisations import create_organisation, update_organisation
from app.services.position_papers import create_position_paper, update_position_paper
from app.services.themes import create_theme
from app.services.working_groups import create_working_group

RESOURCES = ("themes", "organisations", "working-groups", "knowledge-items", "position-papers")


async def _existing_slugs(session: AsyncSession, model: Any) -> set[str]:
    return set((await session.scalars(select(model.slug))).all())


def _slugs(refs: Iterable[dict[str, Any]]) -> list[str]:
    return [ref["slug"] for ref in refs]


async def import_records(*, session: AsyncSession, actor: Principal, resource: str, docs: list[dict[str, Any]]) -> int:
    """Create the records of one exported resource that don't exist yet; returns how many were created."""
    require_editor(actor)
    if resource == "themes":
        return await _import_themes(session, actor, docs)
    if resource == "organisations":
        return await _import_organisations(session, actor, docs)
    if resource == "working-groups":
        return await _import_working_groups(session, actor, docs)
    if resource == "knowledge-items":
        return await _import_content(session, actor, KNOWLEDGE, docs)
    from app.services.content import POSITION_PAPERS

    return await _import_content(session, actor, POSITION_PAPERS, docs)


async def _import_themes(session: AsyncSession, actor: Principal, docs: list[dict[str, Any]]) -> int:
    existing = await _existing_slugs(session, Theme)
    new = [d for d in docs if d["slug"] not in existing]
    for doc in new:
        data = ThemeCreate(
            slug=doc["slug"], name_nl=doc["name_nl"], name_en=doc["name_en"], description=doc.get("description") or ""
        )
        await create_theme(session=session, actor=actor, data=data)
    return len(new)


ORGANISATION_FIELDS = (
    "name",
    "acronym",
    "kind",
    "status",
    "description",
    "website",
    "email",
    "country",
    "city",
    "member_since",
    "logo_url",
)


async def _import_organisations(session: AsyncSession, actor: Principal, docs: list[dict[str, Any]]) -> int:
    existing = await _existing_slugs(session, Organisation)
    new = [d for d in docs if d["slug"] not in existing]
    for doc in new:
        fields = {k: doc.get(k) for k in ORGANISATION_FIELDS if doc.get(k) is not None}
        data = OrganisationCreate(slug=doc["slug"], themes=_slugs(doc.get("themes", [])), **fields)
        await create_organisation(session=session, actor=actor, data=data)
    for doc in new:  # members once every organisation exists
        if doc.get("members"):
            refs = [MemberRef(organisation=m["slug"], role=m.get("role") or "member") for m in doc["members"]]
            await update_organisation(
                session=session, actor=actor, id_or_slug=doc["slug"], data=OrganisationUpdate(members=refs)
            )
    return len(new)


async def _import_working_groups(session: AsyncSession, actor: Principal, docs: list[dict[str, Any]]) -> int:
    existing = await _existing_slugs(session, WorkingGroup)
    new = [d for d in docs if d["slug"] not in existing]
    for doc in new:
        data = WorkingGroupCreate(
            slug=doc["slug"],
            name=doc["name"],
            description=doc.get("description") or "",
            theme=(doc.get("theme") or {}).get("slug"),
            members=[MemberRef(organisation=m["slug"], role=m.get("role") or "member") for m in doc.get("members", [])],
        )
        await create_working_group(session=session, actor=actor, data=data)
    return len(new)


def _attachments(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {k: a[k] for k in ("file_name", "media_type", "size", "url", "extracted_text") if a.get(k) is not None}
        for a in doc.get("attachments", [])
    ]


async def _import_content(
    session: AsyncSession, actor: Principal, spec: ContentSpec, docs: list[dict[str, Any]]
) -> int:
    existing = await _existing_slugs(session, spec.model)
    new = [d for d in docs if d["slug"] not in existing]
    for doc in new:
        common = {
            "slug": doc["slug"],
            "title": doc["title"],
            "summary": doc.get("summary") or "",
            "body": doc.get("body") or "",
            "language": doc["language"],
            "themes": _slugs(doc.get("themes", [])),
            "attachments": _attachments(doc),
            # A schedule travels with the record (one already due is carried out on import).
            **{k: doc[k] for k in ("publish_at", "unpublish_at") if doc.get(k)},
        }
        if spec is KNOWLEDGE:
            await create_knowledge_item(
                session=session,
                actor=actor,
                data=KnowledgeItemCreate(
                    **common,
                    kind=doc["kind"],
                    tags=doc.get("tags", []),
                    source_url=doc.get("source_url"),
                    cover_image_url=doc.get("cover_image_url"),
                    organisations=[
                        {"organisation": o["slug"], "role": o.get("role") or "author"}
                        for o in doc.get("organisations", [])
                    ],
                ),
            )
        else:
            await create_position_paper(
                session=session,
                actor=actor,
                data=PositionPaperCreate(
                    **common,
                    audience=doc.get("audience", []),
                    ministry=doc.get("ministry"),
                    occasion=doc.get("occasion"),
                    signatories=_slugs(doc.get("signatories", [])),
                ),
            )
        if doc.get("published_at") and doc["status"] != "draft":
            when = datetime.fromisoformat(doc["published_at"])
            await publish_content(session=session, actor=actor, spec=spec, id_or_slug=doc["slug"], published_at=when)
            if doc["status"] == "archived":
                await archive_content(session=session, actor=actor, spec=spec, id_or_slug=doc["slug"])
    for doc in new:  # translations once both sides exist
        partner = doc.get("translation")
        if partner:
            if spec is KNOWLEDGE:
                await update_knowledge_item(
                    session=session,
                    actor=actor,
                    id_or_slug=doc["slug"],
                    data=KnowledgeItemUpdate(translation=partner["slug"]),
                )
            else:
                await update_position_paper(
                    session=session,
                    actor=actor,
                    id_or_slug=doc["slug"],
                    data=PositionPaperUpdate(translation=partner["slug"]),
                )
    return len(new)
