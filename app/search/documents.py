"""Denormalised search documents built from the current database state (published records only).

The relations a document embeds are read here with queries of its own, selecting just the columns it
holds (slugs, names, attachment text): the search infrastructure sits below the services and does not
borrow their loaders, which build whole rows for REST and GraphQL.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from enum import Enum
from typing import Any

import orjson
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.models.change import EntityType
from app.models.content import Attachment
from app.models.content_types import ContentModel, ContentSpec, spec_of
from app.models.organisation import Organisation, OrganisationStatus, OrganisationTheme
from app.models.theme import Theme
from app.queries import public_clause
from app.settings import DEFAULT_SITE_PATHS

SUMMARY_OF_DESCRIPTION = 300

Document = dict[str, Any]


def default_path(entity_type: EntityType, slug: str) -> str:
    """The record's path under the default site paths, the ``url`` a document keeps for pages that read
    Meilisearch directly (the InstantSearch recipe). It ignores KENNISBANK_SITE_URL and _PATHS on purpose,
    so changing them needs no reindex: the API's hits carry the canonical URL, computed when it answers
    (app/services/search)."""
    return DEFAULT_SITE_PATHS[str(entity_type)].replace("{slug}", slug)


def digest(document: Document) -> str:
    """A short fingerprint of everything in the document: the reconciler compares it to find stale copies."""
    body = {k: v for k, v in document.items() if k != "digest"}
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """A column value as JSON: an enum as its value, an array as a list."""
    if isinstance(value, list | tuple):
        return list(value)
    return str(value) if isinstance(value, Enum) else value


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


def _theme_fields(themes: Sequence[Any]) -> dict[str, list[str]]:
    names = [name for t in themes for name in dict.fromkeys((t.name_nl, t.name_en))]
    return {"themes": [t.slug for t in themes], "theme_names": names}


def attachment_text(texts: Sequence[str], limit: int) -> str:
    """The attachments' extracted text joined and cut to ``limit`` characters (Meilisearch indexes words, not files)."""
    return "\n".join(texts)[:limit]


async def _by_owner(session: AsyncSession, ids: Sequence[int], query: Select[Any]) -> dict[int, list[Any]]:
    """The rows of ``query`` (its first column the owner's id) for these owners, grouped by owner, in order."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    if ids:
        for row in (await session.execute(query)).all():
            grouped[row[0]].append(row)
    return grouped


async def _themes(session: AsyncSession, owner: Any, theme_id: Any, ids: Sequence[int]) -> dict[int, list[Any]]:
    query = (
        select(owner, col(Theme.slug), col(Theme.name_nl), col(Theme.name_en))
        .join(Theme, col(Theme.id) == theme_id)
        .where(owner.in_(ids))
        .order_by(col(Theme.name_nl))
    )
    return await _by_owner(session, ids, query)


async def _organisations(session: AsyncSession, spec: ContentSpec, ids: Sequence[int]) -> dict[int, list[Any]]:
    query = (
        select(spec.organisations.owner, col(Organisation.slug), col(Organisation.name))
        .join(Organisation, col(Organisation.id) == spec.organisations.target)
        .where(spec.organisations.owner.in_(ids))
        .order_by(col(Organisation.name))
    )
    return await _by_owner(session, ids, query)


async def _attachment_texts(session: AsyncSession, spec: ContentSpec, ids: Sequence[int]) -> dict[int, list[str]]:
    query = (
        select(spec.attachment_owner, col(Attachment.extracted_text))
        .where(spec.attachment_owner.in_(ids), col(Attachment.extracted_text) != "")
        .order_by(col(Attachment.id))
    )
    grouped = await _by_owner(session, ids, query)
    return {owner: [row.extracted_text for row in rows] for owner, rows in grouped.items()}


def finish(document: Document) -> Document:
    document["digest"] = digest(document)
    return document


async def content_documents(
    *,
    session: AsyncSession,
    entity_type: EntityType,
    items: Sequence[ContentModel],
    attachment_text_max: int,
) -> list[Document]:
    """Documents for knowledge items or position papers, relations loaded in one query each."""
    spec = spec_of(entity_type)
    ids = [item.id for item in items if item.id is not None]
    themes = await _themes(session, spec.themes.owner, spec.themes.target, ids)
    organisations = await _organisations(session, spec, ids)
    attachment_texts = await _attachment_texts(session, spec, ids)
    documents = []
    for item in items:
        assert item.id is not None
        orgs = organisations.get(item.id, [])
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
            "url": default_path(entity_type, item.slug),
            **_theme_fields(themes.get(item.id, [])),
            "organisations": [o.slug for o in orgs],
            "organisation_names": [o.name for o in orgs],
            "attachment_text": attachment_text(attachment_texts.get(item.id, []), attachment_text_max),
            "version": item.version,
        }
        if item.unpublish_at is not None:
            # Search leaves the document out from this moment on, before the scheduler archives the item
            # and the worker deletes it (app/services/search/meili.py). Absent when unset, as on organisations.
            document["unpublish_at"] = _epoch(item.unpublish_at)
        document |= {own.name: _plain(getattr(item, own.name)) for own in spec.own if own.searchable}
        documents.append(finish(document))
    return documents


async def organisation_documents(*, session: AsyncSession, organisations: Sequence[Organisation]) -> list[Document]:
    """Documents for directory entries (active organisations)."""
    ids = [o.id for o in organisations if o.id is not None]
    themes = await _themes(session, OrganisationTheme.organisation_id, OrganisationTheme.theme_id, ids)
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
            "url": default_path(EntityType.organisation, org.slug),
            **_theme_fields(themes.get(org.id, [])),
            "version": org.version,
        }
        documents.append(finish(document))
    return documents


def _public(entity_type: EntityType) -> tuple[Any, Any]:
    """The table of this type and the condition for its records to belong in the public index."""
    if entity_type == EntityType.organisation:
        return Organisation, col(Organisation.status) == OrganisationStatus.active
    model = spec_of(entity_type).model
    return model, public_clause(model)


def _public_rows(entity_type: EntityType) -> Any:
    """A select of the records of this type that belong in the public index."""
    model, public = _public(entity_type)
    return select(model).where(public)


async def public_count(*, session: AsyncSession, entity_type: EntityType) -> int:
    """How many records of this type belong in the public index."""
    model, public = _public(entity_type)
    return int(await session.scalar(select(func.count()).select_from(model).where(public)) or 0)


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
