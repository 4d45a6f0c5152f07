"""Searching Meilisearch: one federated multi-search over the public indexes, and title suggestions.

Filters are built here from validated values only (``SearchRequest.validate``), and every query carries
the publication window as of now, so an item leaves search the second its ``unpublish_at`` passes.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime
from typing import Any

from meilisearch_python_sdk.errors import MeilisearchApiError

from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.services.search.request import (
    FACETS,
    POST,
    PRE,
    SORTS,
    SUGGEST_LIMIT,
    SearchRequest,
    SearchResult,
    marked,
    suggestion,
)

RETRIEVED = [
    "id", "type", "slug", "title", "summary", "url", "language", "year", "published_at", "kind", "themes",
    "organisations",
]  # fmt: skip
LOCALES = {"nl": "nld", "en": "eng"}


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
    if request.scope_languages:
        languages = ", ".join(_quoted(v) for v in request.scope_languages)
        clauses.append(f'(language IN [{languages}] OR type = "organisation")')
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


def multi_search_body(engine: SearchEngine, request: SearchRequest) -> dict[str, Any]:
    """The federated multi-search request for a validated search."""
    sort = SORTS[request.sort]
    filters = public_filter(request)
    locales = [LOCALES[lang] for lang in request.languages or request.scope_languages] or None
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


async def meili_suggest(engine: SearchEngine, request: SearchRequest) -> list[dict[str, Any]]:
    """Top titles matching ``request.q`` within its filters, highlighted."""
    queries = [
        {
            "indexUid": engine.uid(t),
            "q": request.q,
            "filter": public_filter(request),
            "attributesToSearchOn": ["title"],
            "attributesToRetrieve": ["id", "type", "slug", "title", "url"],
            "attributesToHighlight": ["title"],
            "highlightPreTag": PRE,
            "highlightPostTag": POST,
        }
        for t in INDEX_SUFFIX
    ]
    answer = await _title_search(engine, queries)
    return [suggestion(h, marked((h.get("_formatted") or {}).get("title"))) for h in answer.get("hits", [])]


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
