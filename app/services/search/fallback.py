"""The search answered by PostgreSQL while Meilisearch is away: full-text search in Dutch and English.

Slower and without facets, but down only when the database is; answers say ``degraded``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Select,
    String,
    and_,
    case,
    cast,
    extract,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.db import statement_timeout
from app.models.base import Language
from app.models.change import EntityType
from app.models.content_types import spec_of
from app.models.organisation import Organisation, OrganisationStatus, OrganisationTheme
from app.models.theme import Theme
from app.search.documents import SUMMARY_OF_DESCRIPTION
from app.search.indexes import INDEX_SUFFIX
from app.services.auth import ANONYMOUS
from app.services.content.listing import ContentFilter, filter_clauses
from app.services.content.relations import organisations_for, themes_for
from app.services.organisations import themes_of_organisations
from app.services.search.request import POST, PRE, SearchRequest, SearchResult, marked

# The fallback's statements stop after this long (a 503 then): while Meilisearch is down under load, slow
# full-text scans must not hold every pooled connection.
FALLBACK_STATEMENT_TIMEOUT_MS = 5000
TEXT_CONFIGS = ("dutch", "english")
HEADLINE_OPTIONS = f"StartSel={PRE}, StopSel={POST}, HighlightAll=true"


@dataclass(frozen=True)
class _Scored:
    rank: float
    published_at: datetime | None
    title: str
    hit: dict[str, Any]


def _text_match(q: str, title: Any, document: Any) -> tuple[ColumnElement[bool], ColumnElement[float]]:
    """Full-text match in Dutch and English (accents folded), or a title close enough to catch typos."""
    folded_q = func.unaccent(q)
    folded_doc = func.unaccent(document)
    matches: list[ColumnElement[bool]] = []
    rank: ColumnElement[float] = cast(literal(0.0), Float)
    for config in TEXT_CONFIGS:
        vector = func.to_tsvector(config, folded_doc)
        query = func.websearch_to_tsquery(config, folded_q)
        matches.append(vector.op("@@")(query))
        rank = rank + func.ts_rank(vector, query)
    similarity = func.word_similarity(folded_q, func.unaccent(title))
    matches.append(similarity > 0.5)
    return or_(*matches), rank + similarity


def _headline(q: str, text_column: Any, language: Any) -> Any:
    """The text with matches marked, stemmed in the record's own language."""
    config = cast(case((language == "en", "english"), else_="dutch"), REGCONFIG)
    query = func.websearch_to_tsquery(config, func.unaccent(q))
    return func.ts_headline(config, func.coalesce(text_column, ""), query, HEADLINE_OPTIONS)


async def database_search(*, session: AsyncSession, request: SearchRequest) -> SearchResult:
    """The same search answered by PostgreSQL: slower and without facets, but never down with the database.

    Each statement is bounded (``FALLBACK_STATEMENT_TIMEOUT_MS``), in a read-only session too: a full-text
    scan must not hold a pooled connection for long while Meilisearch is away.
    """
    async with statement_timeout(session, FALLBACK_STATEMENT_TIMEOUT_MS):
        return await _database_search(session, request)


async def _database_search(session: AsyncSession, request: SearchRequest) -> SearchResult:
    q = request.q.strip()
    wanted = request.offset + request.limit
    scored: list[_Scored] = []
    total = 0
    for entity_type in request.entity_types:
        built = _fallback_query(entity_type, request, q)
        if built is None:
            continue
        query, clause = built
        total += await session.scalar(select(func.count()).select_from(query.where(clause).subquery())) or 0
        rows = (await session.execute(query.where(clause).order_by(*_fallback_order(query, q)).limit(wanted))).all()
        for row in rows:
            scored.append(_scored(entity_type, row, q))
    if q:
        scored.sort(key=lambda s: (-s.rank, s.title))
    elif request.sort in ("title", "-title"):
        scored.sort(key=lambda s: s.title, reverse=request.sort == "-title")
    else:
        oldest_first = request.sort == "oldest"
        epoch = datetime.min.replace(tzinfo=UTC)
        scored.sort(key=lambda s: s.published_at or epoch, reverse=not oldest_first)
    hits = [s.hit for s in scored[request.offset : wanted]]
    await _add_relations(session, hits)
    return SearchResult(
        query=request.q,
        hits=hits,
        estimated_total_hits=total,
        limit=request.limit,
        offset=request.offset,
        degraded=True,
    )


async def _add_relations(session: AsyncSession, hits: list[dict[str, Any]]) -> None:
    """Theme and organisation slugs of a page of fallback hits, one query per type and relation."""
    for entity_type in INDEX_SUFFIX:
        ids = [h["id"] for h in hits if h["type"] == entity_type]
        if not ids:
            continue
        if entity_type == EntityType.organisation:
            themes = await themes_of_organisations(session=session, ids=ids)
            organisations: dict[int, list[Any]] = {}
        else:
            spec = spec_of(entity_type)
            themes = await themes_for(session=session, spec=spec, ids=ids)
            organisations = await organisations_for(session=session, spec=spec, ids=ids)
        for hit in hits:
            if hit["type"] == entity_type:
                hit["themes"] = [t.slug for t in themes.get(hit["id"], [])]
                hit["organisations"] = [o.slug for o, _role in organisations.get(hit["id"], [])]


def _fallback_order(query: Select[Any], q: str) -> list[Any]:
    rank = query.selected_columns.rank
    return [rank.desc(), query.selected_columns.published_at.desc().nulls_last()]


def _fallback_query(
    entity_type: EntityType, request: SearchRequest, q: str
) -> tuple[Select[Any], ColumnElement[bool]] | None:
    if entity_type == EntityType.organisation:
        if request.languages or request.organisations:
            return None  # directory entries have neither, as in the index
        model: Any = Organisation
        title, body = col(Organisation.name), col(Organisation.description)
        summary: Any = func.left(Organisation.description, SUMMARY_OF_DESCRIPTION)
        clauses = [col(Organisation.status) == OrganisationStatus.active]
        if request.kinds:
            clauses.append(col(Organisation.kind).in_(request.kinds))
        if request.themes:
            clauses.append(
                select(col(OrganisationTheme.organisation_id))
                .join(Theme, col(Theme.id) == OrganisationTheme.theme_id)
                .where(col(OrganisationTheme.organisation_id) == Organisation.id, col(Theme.slug).in_(request.themes))
                .exists()
            )
        if request.years:
            clauses.append(extract("year", col(Organisation.member_since)).in_(request.years))
        published_at: Any = cast(literal(None), DateTime(timezone=True))  # no publication date: a typed NULL
        language: Any = literal(None, String)
        extra = [language.label("language"), col(Organisation.kind).label("kind")]
    else:
        spec = spec_of(entity_type)
        model = spec.model
        title, summary, body = col(model.title), col(model.summary), col(model.body)
        # Search's kind facet is the content type's own "kinds" filter; a type without one has no kind.
        kind_filter = next((f for f in spec.filters if f.name == "kinds"), None)
        if request.kinds and kind_filter is None:
            return None
        clauses = filter_clauses(
            spec,
            ANONYMOUS,
            ContentFilter(
                themes=request.themes,
                kinds=request.kinds,
                # A key's fixed languages scope content only (the directory above ignores them).
                languages=[Language(v) for v in request.languages or request.scope_languages],
                organisations=request.organisations,
                years=request.years,
            ),
        )
        published_at = model.published_at
        kind = kind_filter.column if kind_filter is not None else literal(None, String)
        language = model.language
        extra = [language.label("language"), kind.label("kind")]
    if q:
        match, rank = _text_match(q, title, func.concat_ws(" ", title, summary, body))
        columns = [
            rank.label("rank"),
            _headline(q, title, language).label("title_marked"),
            _headline(q, summary, language).label("summary_marked"),
        ]
    else:
        match = true()
        columns = [literal(0.0).label("rank"), title.label("title_marked"), summary.label("summary_marked")]
    query = select(
        model.id.label("id"), model.slug.label("slug"), title.label("title"), summary.label("summary"),
        published_at.label("published_at"), *extra, *columns,
    ).where(and_(*clauses))  # fmt: skip
    return query, match


def _scored(entity_type: EntityType, row: Any, q: str) -> _Scored:
    published = row.published_at
    hit = {
        "type": str(entity_type),
        "id": row.id,
        "slug": row.slug,
        "title": row.title,
        "summary": row.summary,
        "url": None,  # the canonical URL, set by app.services.search when it answers
        "language": row.language,
        "kind": row.kind,
        "year": published.year if published else None,
        "published_at": published.isoformat() if published else None,
        "themes": [],
        "organisations": [],
        "_formatted": {"title": marked(row.title_marked), "summary": marked(row.summary_marked)},
    }
    return _Scored(rank=float(row.rank or 0), published_at=published, title=row.title, hit=hit)
