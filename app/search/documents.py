"""Denormalised search documents built from the current database state (published records only)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.change import EntityType
from app.models.content import Attachment
from app.models.organisation import Organisation, OrganisationStatus
from app.models.theme import Theme
from app.services.content import KNOWLEDGE, POSITION_PAPERS, ContentModel, ContentSpec, public_clause
from app.services.content import attachments_for as content_attachments_for
from app.services.content import organisations_for as content_organisations_for
from app.services.content import themes_for as content_themes_for
from app.services.organisations import themes_of_organisations

URL_PATH = {
    EntityType.knowledge_item: "/kennisbank/{slug}",
    EntityType.position_paper: "/standpunten/{slug}",
    EntityType.organisation: "/organisaties/{slug}",
}
CONTENT_SPECS: dict[EntityType, ContentSpec] = {
    EntityType.knowledge_item: KNOWLEDGE,
    EntityType.position_paper: POSITION_PAPERS,
}
SUMMARY_OF_DESCRIPTION = 300

Document = dict[str, Any]


def digest(document: Document) -> str:
    """A short fingerprint of everything in the document: the reconciler compares it to find stale copies."""
    body = {k: v for k, v in document.items() if k != "digest"}
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


def _theme_fields(themes: Sequence[Theme]) -> dict[str, list[str]]:
    names = [name for t in themes for name in dict.fromkeys((t.name_nl, t.name_en))]
    return {"themes": [t.slug for t in themes], "theme_names": names}


def attachment_text(attachments: Sequence[Attachment], limit: int) -> str:
    """The attachments' extracted text joined and cut to ``limit`` characters (Meilisearch indexes words, not files)."""
    text = "\n".join(a.extracted_text for a in attachments if a.extracted_text)
    return text[:limit]


def finish(document: Document) -> Document:
    document["digest"] = digest(document)
    return document


async def content_documents(
    *, session: AsyncSession, entity_type: EntityType, items: Sequence[ContentModel], attachment_text_max: int
) -> list[Document]:
    """Documents for knowledge items or position papers, relations loaded in one query each."""
    spec = CONTENT_SPECS[entity_type]
    ids = [item.id for item in items if item.id is not None]
    themes = await content_themes_for(session=session, spec=spec, ids=ids)
    organisations = await content_organisations_for(session=session, spec=spec, ids=ids)
    attachments = await content_attachments_for(session=session, spec=spec, ids=ids)
    documents = []
    for item in items:
        assert item.id is not None
        orgs = [org for org, _role in organisations.get(item.id, [])]
        document: Document = {
            "id": item.id,
            "type": str(entity_type),
            "slug": item.slug,
            "title": item.title,
            "summary": item.summary,
            "body": item.body,
            "language": str(item.language),
            "year": item.published_at.year if item.published_at else None,
            "published_at": _epoch(item.published_at),
            "url": URL_PATH[entity_type].format(slug=item.slug),
            **_theme_fields(themes.get(item.id, [])),
            "organisations": [o.slug for o in orgs],
            "organisation_names": [o.name for o in orgs],
            "attachment_text": attachment_text(attachments.get(item.id, []), attachment_text_max),
            "version": item.version,
        }
        if item.unpublish_at is not None:
            # Search leaves the document out from this moment on, before the scheduler archives the item
            # and the worker deletes it (app/search/service.py). Absent when unset, as on organisations.
            document["unpublish_at"] = _epoch(item.unpublish_at)
        if entity_type == EntityType.knowledge_item:
            document |= {"kind": str(item.kind), "tags": list(item.tags)}  # type: ignore[union-attr]
        else:
            document |= {"audience": list(item.audience), "ministry": item.ministry, "occasion": item.occasion}  # type: ignore[union-attr]
        documents.append(finish(document))
    return documents


async def organisation_documents(*, session: AsyncSession, organisations: Sequence[Organisation]) -> list[Document]:
    """Documents for directory entries (active organisations)."""
    themes = await themes_of_organisations(session=session, ids=[o.id for o in organisations if o.id is not None])
    documents = []
    for org in organisations:
        assert org.id is not None
        document: Document = {
            "id": org.id,
            "type": str(EntityType.organisation),
            "slug": org.slug,
            "title": org.name,
            "acronym": org.acronym,
            "summary": org.description[:SUMMARY_OF_DESCRIPTION],
            "body": org.description,
            "kind": str(org.kind),
            "country": org.country,
            "city": org.city,
            "year": org.member_since.year if org.member_since else None,
            "url": URL_PATH[EntityType.organisation].format(slug=org.slug),
            **_theme_fields(themes.get(org.id, [])),
            "version": org.version,
        }
        documents.append(finish(document))
    return documents


def _public_rows(entity_type: EntityType) -> Any:
    """A select of the records of this type that belong in the public index."""
    if entity_type == EntityType.organisation:
        return select(Organisation).where(Organisation.status == OrganisationStatus.active)
    model = CONTENT_SPECS[entity_type].model
    return select(model).where(public_clause(model))


async def _documents_for_rows(
    *, session: AsyncSession, entity_type: EntityType, rows: Sequence[Any], attachment_text_max: int
) -> list[Document]:
    if entity_type == EntityType.organisation:
        return await organisation_documents(session=session, organisations=rows)
    return await content_documents(
        session=session, entity_type=entity_type, items=rows, attachment_text_max=attachment_text_max
    )


async def public_documents(
    *, session: AsyncSession, entity_type: EntityType, ids: Sequence[int], attachment_text_max: int
) -> dict[int, Document]:
    """The current document of each given record that is public now; a missing id means "not in the index"."""
    if not ids:
        return {}
    query = _public_rows(entity_type)
    model = query.column_descriptions[0]["entity"]
    rows = list((await session.scalars(query.where(model.id.in_(list(ids))))).all())
    documents = await _documents_for_rows(
        session=session, entity_type=entity_type, rows=rows, attachment_text_max=attachment_text_max
    )
    return {d["id"]: d for d in documents}


async def all_public_documents(
    *, session: AsyncSession, entity_type: EntityType, attachment_text_max: int, batch_size: int = 500
) -> AsyncIterator[list[Document]]:
    """Every public document of a type, in id order and in batches (for reindex and the reconciler)."""
    query = _public_rows(entity_type)
    model = query.column_descriptions[0]["entity"]
    last_id = 0
    while True:
        rows = list((await session.scalars(query.where(model.id > last_id).order_by(model.id).limit(batch_size))).all())
        if not rows:
            return
        last_id = rows[-1].id
        yield await _documents_for_rows(
            session=session, entity_type=entity_type, rows=rows, attachment_text_max=attachment_text_max
        )
