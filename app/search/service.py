"""Searching: a federated Meilisearch query over the public indexes, or PostgreSQL when Meilisearch is away.

Filters are built here from validated values only; nothing the caller sends reaches Meilisearch as
filter syntax, and no Meilisearch error text reaches the caller.
"""

from __future__ import annotations

import html
import logging
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from meilisearch_python_sdk.errors import MeilisearchApiError
from sqlalchemy import (
    ColumnElement,
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
    text,
    true,
)
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import ValidationFailedError
from app.models.base import SLUG_PATTERN, Language
from app.models.change import EntityType
from app.models.knowledge import KnowledgeItem, KnowledgeKind
from app.models.organisation import Organisation, OrganisationKind, OrganisationStatus, OrganisationTheme
from app.models.theme import Theme
from app.search.documents import CONTENT_SPECS, SUMMARY_OF_DESCRIPTION, URL_PATH
from app.search.engine import SearchEngine, SearchUnavailable
from app.search.indexes import INDEX_SUFFIX, MAX_TOTAL_HITS
from app.services.auth import ANONYMOUS
from app.services.content import ContentFilter, filter_clauses, organisations_for, themes_for
from app.services.organisations import themes_of_organisations

log = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_LIMIT = 50
MAX_VALUES = 20
SUGGEST_LIMIT = 8
# The database fallback's statements stop after this long (a 503 then): while Meilisearch is down under load,
# slow full-text scans must not hold every pooled connection.
FALLBACK_STATEMENT_TIMEOUT_MS = 5000
TYPES = {str(t): t for t in INDEX_SUFFIX}
# Public facet names and the document attribute each counts.
FACETS = {
    "type": "type",
    "theme": "themes",
    "kind": "kind",
    "language": "language",
    "year": "year",
    "organisation": "organisations",
}
SORTS = {
    "relevance": None,
    "newest": "published_at:desc",
    "oldest": "published_at:asc",
    "title": "title:asc",
    "-title": "title:desc",
}
KINDS = {str(k) for k in KnowledgeKind} | {str(k) for k in OrganisationKind}
LANGUAGES = {str(lang) for lang in Language}
SLUG = re.compile(SLUG_PATTERN)
# Private-use characters mark highlights, so the text around them can be HTML-escaped before <mark> goes in.
PRE, POST = "\ue000", "\ue001"
RETRIEVED = [
    "id", "type", "slug", "title", "summary", "url", "language", "year", "published_at", "kind", "themes",
    "organisations",
]  # fmt: skip
LOCALES = {"nl": "nld", "en": "eng"}


@dataclass(frozen=True)
class SearchRequest:
    """A search as the caller asked for it; ``validate`` checks every value before it is used."""

    q: str = ""
    types: Sequence[str] = ()
    themes: Sequence[str] = ()
    kinds: Sequence[str] = ()
    languages: Sequence[str] = ()
    years: Sequence[int] = ()
    organisations: Sequence[str] = ()
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    facets: Sequence[str] = ()

    def validate(self) -> None:
        if len(self.q) > MAX_QUERY_LENGTH:
            raise ValidationFailedError(f"the query is longer than {MAX_QUERY_LENGTH} characters", field="q")
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValidationFailedError(f"limit must be between 1 and {MAX_LIMIT}", field="limit")
        if not 0 <= self.offset <= MAX_TOTAL_HITS - self.limit:
            raise ValidationFailedError(
                f"offset must be between 0 and {MAX_TOTAL_HITS} minus limit; refine the query instead", field="offset"
            )
        if self.sort not in SORTS:
            raise ValidationFailedError(f"sort must be one of: {', '.join(SORTS)}", field="sort")
        checks: list[tuple[str, Sequence[Any], Any]] = [
            ("type", self.types, lambda v: v in TYPES),
            ("theme", self.themes, lambda v: len(v) <= 120 and SLUG.match(v)),
            ("organisation", self.organisations, lambda v: len(v) <= 120 and SLUG.match(v)),
            ("kind", self.kinds, lambda v: v in KINDS),
            ("language", self.languages, lambda v: v in LANGUAGES),
            ("year", self.years, lambda v: 1900 <= v <= 2200),
            ("facets", self.facets, lambda v: v in FACETS),
        ]
        for name, values, ok in checks:
            if len(values) > MAX_VALUES:
                raise ValidationFailedError(f"at most {MAX_VALUES} values for {name}", field=name)
            bad = [str(v) for v in values if not ok(v)]
            if bad:
                raise ValidationFailedError(f"unknown {name}: {', '.join(bad[:5])}", field=name)

    @property
    def entity_types(self) -> list[EntityType]:
        return [TYPES[t] for t in self.types] if self.types else list(INDEX_SUFFIX)


@dataclass(frozen=True)
class SearchScope:
    """The fixed filters of a partner search key: a search made with it can narrow them, never widen them."""

    key_id: int
    themes: Sequence[str] = ()
    languages: Sequence[str] = ()
    kinds: Sequence[str] = ()

    def narrow(self, request: SearchRequest) -> SearchRequest | None:
        """The request within this scope; None when it only asks for values outside it (nothing can match)."""
        within: dict[str, list[str]] = {}
        for name in ("themes", "languages", "kinds"):
            fixed = getattr(self, name)
            if not fixed:
                continue
            asked = getattr(request, name)
            values = [v for v in asked if v in fixed] if asked else list(fixed)
            if not values:
                return None
            within[name] = values
        return replace(request, **within)


@dataclass
class SearchResult:
    query: str
    hits: list[dict[str, Any]]
    estimated_total_hits: int
    limit: int
    offset: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    degraded: bool = False
    processing_time_ms: int = 0


def marked(text: str | None) -> str:
    """HTML-escape highlighted text and turn our private markers into <mark> tags."""
    return html.escape(text or "").replace(PRE, "<mark>").replace(POST, "</mark>")


def _quoted(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def meili_filter(request: SearchRequest) -> list[str]:
    """The filter expression (AND of ORs) from validated values."""
    clauses = []
    for attribute, values in (
        ("themes", request.themes),
        ("kind", request.kinds),
        ("language", request.languages),
        ("year", request.years),
        ("organisations", request.organisations),
    ):
        if values:
            clauses.append(f"{attribute} IN [{', '.join(_quoted(v) for v in values)}]")
    return clauses


def shown_until(moment: float) -> str:
    """A filter leaving out every document whose ``unpublish_at`` has come by ``moment`` (epoch seconds).

    Documents hold ``unpublish_at`` rounded down to the second, so an item leaves search at most a second
    early and never late, whether or not the scheduler has archived it yet.
    """
    return f"(unpublish_at NOT EXISTS OR unpublish_at > {math.floor(moment)})"


def public_filter(request: SearchRequest) -> list[str]:
    """The caller's filters plus the publication window as of now: what every query we send carries."""
    return [*meili_filter(request), shown_until(time.time())]


def _iso(epoch: int | None) -> str | None:
    return datetime.fromtimestamp(epoch, UTC).isoformat() if epoch is not None else None


def _hit(raw: dict[str, Any]) -> dict[str, Any]:
    formatted = raw.get("_formatted") or {}
    return {
        "type": raw.get("type"),
        "id": raw.get("id"),
        "slug": raw.get("slug"),
        "title": raw.get("title"),
        "summary": raw.get("summary"),
        "url": raw.get("url"),
        "language": raw.get("language"),
        "kind": raw.get("kind"),
        "year": raw.get("year"),
        "published_at": _iso(raw.get("published_at")),
        "themes": raw.get("themes") or [],
        "organisations": raw.get("organisations") or [],
        "_formatted": {"title": marked(formatted.get("title")), "summary": marked(formatted.get("summary"))},
    }


async def search(
    *, engine: SearchEngine | None, session: AsyncSession, request: SearchRequest, scope: SearchScope | None = None
) -> SearchResult:
    """Search the public records (within a partner key's scope); the database answers when Meilisearch can't."""
    request.validate()
    if scope is not None:
        narrowed = scope.narrow(request)
        if narrowed is None:
            empty: dict[str, dict[str, int]] = {name: {} for name in request.facets}
            return SearchResult(request.q, [], 0, request.limit, request.offset, facets=empty)
        request = narrowed
    if engine is not None:
        try:
            return await meili_search(engine, request)
        except SearchUnavailable as exc:
            log.warning("search degraded to the database: %s", exc)
        except MeilisearchApiError as exc:
            log.error("search degraded to the database after a Meilisearch error: %s", exc)
    return await database_search(session=session, request=request)


def multi_search_body(engine: SearchEngine, request: SearchRequest) -> dict[str, Any]:
    """The federated multi-search request for a validated search."""
    sort = SORTS[request.sort]
    filters = public_filter(request)
    locales = [LOCALES[lang] for lang in request.languages] or None
    queries = []
    for entity_type in request.entity_types:
        query: dict[str, Any] = {
            "indexUid": engine.uid(entity_type),
            "q": request.q,
            "filter": filters,
            "attributesToRetrieve": RETRIEVED,
            "attributesToHighlight": ["title", "summary"],
            "attributesToCrop": ["summary"],
            "cropLength": 40,
            "highlightPreTag": PRE,
            "highlightPostTag": POST,
        }
        if sort:
            query["sort"] = [sort]
        if locales:
            query["locales"] = locales
        queries.append(query)
    federation: dict[str, Any] = {"limit": request.limit, "offset": request.offset}
    if request.facets:
        attributes = [FACETS[f] for f in request.facets]
        federation["facetsByIndex"] = {q["indexUid"]: attributes for q in queries}
        federation["mergeFacets"] = {}
    return {"federation": federation, "queries": queries}


async def meili_search(engine: SearchEngine, request: SearchRequest) -> SearchResult:
    """One federated multi-search over the requested indexes, with merged facets."""
    answer = await engine.search(multi_search_body(engine, request))
    by_attribute = answer.get("facetDistribution") or {}
    facets = {name: by_attribute.get(FACETS[name], {}) for name in request.facets}
    return SearchResult(
        query=request.q,
        hits=[_hit(h) for h in answer.get("hits", [])],
        estimated_total_hits=int(answer.get("estimatedTotalHits") or 0),
        limit=request.limit,
        offset=request.offset,
        facets=facets,
        processing_time_ms=int(answer.get("processingTimeMs") or 0),
    )


async def suggest(
    *, engine: SearchEngine | None, session: AsyncSession, q: str, scope: SearchScope | None = None
) -> tuple[list[dict[str, Any]], bool]:
    """Top titles for search-as-you-type (within a partner key's scope), and whether the database answered."""
    if len(q) > MAX_QUERY_LENGTH:
        raise ValidationFailedError(f"the query is longer than {MAX_QUERY_LENGTH} characters", field="q")
    if not q.strip():
        return [], False
    request = SearchRequest(q=q, limit=SUGGEST_LIMIT)
    if scope is not None:
        request = scope.narrow(request) or request  # asking for nothing narrows to the whole scope: never None
    if engine is not None:
        queries = [
            {
                "indexUid": engine.uid(t),
                "q": q,
                "filter": public_filter(request),
                "attributesToSearchOn": ["title"],
                "attributesToRetrieve": ["id", "type", "slug", "title", "url"],
                "attributesToHighlight": ["title"],
                "highlightPreTag": PRE,
                "highlightPostTag": POST,
            }
            for t in INDEX_SUFFIX
        ]
        try:
            answer = await _title_search(engine, queries)
            hits = answer.get("hits", [])
            return [_suggestion(h, marked((h.get("_formatted") or {}).get("title"))) for h in hits], False
        except SearchUnavailable as exc:
            log.warning("suggestions degraded to the database: %s", exc)
        except MeilisearchApiError as exc:
            log.error("suggestions degraded to the database after a Meilisearch error: %s", exc)
    result = await database_search(session=session, request=request)
    return [_suggestion(h, h["_formatted"]["title"]) for h in result.hits], True


async def _title_search(engine: SearchEngine, queries: list[dict[str, Any]]) -> Any:
    """The federated title search, leaving out indexes that have no ``title`` field yet.

    Meilisearch refuses ``attributesToSearchOn: ["title"]`` for an index that has never held a document
    with a title (no organisations yet, say): such an index has no hits to give, so it is left out.
    """
    try:
        return await engine.search({"federation": {"limit": SUGGEST_LIMIT}, "queries": queries})
    except MeilisearchApiError as exc:
        if exc.code != "invalid_search_attributes_to_search_on":
            raise
    titled = []
    for query in queries:
        stats = await engine.request("GET", f"/indexes/{query['indexUid']}/stats")
        if "title" in (stats or {}).get("fieldDistribution", {}):
            titled.append(query)
    if not titled:
        return {"hits": []}
    return await engine.search({"federation": {"limit": SUGGEST_LIMIT}, "queries": titled})


def _suggestion(hit: dict[str, Any], highlight: str) -> dict[str, Any]:
    return {key: hit.get(key) for key in ("type", "id", "slug", "title", "url")} | {"highlight": highlight}


# ----- the database fallback -----

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
    """The same search answered by PostgreSQL: slower and without facets, but never down with the database."""
    await session.execute(text(f"SET LOCAL statement_timeout = {FALLBACK_STATEMENT_TIMEOUT_MS}"))
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
            spec = CONTENT_SPECS[entity_type]
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
        title, body = Organisation.name, Organisation.description
        summary = func.left(Organisation.description, SUMMARY_OF_DESCRIPTION)
        clauses = [Organisation.status == OrganisationStatus.active]
        if request.kinds:
            clauses.append(Organisation.kind.in_(request.kinds))
        if request.themes:
            clauses.append(
                select(OrganisationTheme.organisation_id)
                .join(Theme, Theme.id == OrganisationTheme.theme_id)
                .where(OrganisationTheme.organisation_id == Organisation.id, Theme.slug.in_(request.themes))
                .exists()
            )
        if request.years:
            clauses.append(extract("year", Organisation.member_since).in_(request.years))
        published_at: Any = cast(literal(None), Organisation.created_at.type)
        language: Any = literal(None, String)
        extra = [language.label("language"), Organisation.kind.label("kind")]
    else:
        spec = CONTENT_SPECS[entity_type]
        model = spec.model
        title, summary, body = model.title, model.summary, model.body
        kinds = request.kinds if model is KnowledgeItem else ()
        if request.kinds and model is not KnowledgeItem:
            return None
        clauses = filter_clauses(
            spec,
            ANONYMOUS,
            ContentFilter(
                themes=request.themes,
                kinds=kinds,
                languages=[Language(v) for v in request.languages],
                organisations=request.organisations,
                years=request.years,
            ),
        )
        published_at = model.published_at
        kind = model.kind if model is KnowledgeItem else literal(None, String)
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
        "url": URL_PATH[entity_type].format(slug=row.slug),
        "language": row.language,
        "kind": row.kind,
        "year": published.year if published else None,
        "published_at": published.isoformat() if published else None,
        "themes": [],
        "organisations": [],
        "_formatted": {"title": marked(row.title_marked), "summary": marked(row.summary_marked)},
    }
    return _Scored(rank=float(row.rank or 0), published_at=published, title=row.title, hit=hit)
