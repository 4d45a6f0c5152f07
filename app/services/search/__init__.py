"""Search as a use case: the federated Meilisearch query, or PostgreSQL full-text search when it is away.

- ``request``: the request and its validation, a partner key's scope, the result;
- ``meili``: the Meilisearch query (filters, federation, facets, highlights) and title suggestions;
- ``fallback``: the same search answered by PostgreSQL (``degraded``).

Either way each hit's ``url`` is the record's canonical URL on the site (app/services/site_links.py),
computed here from its type and slug when the search answers: the same URL the record's own REST and
GraphQL representations give, whatever the site settings were when the index was built.

The engine, the indexes and keeping them in step with the database are infrastructure (app/search).
"""

from __future__ import annotations

import logging
from typing import Any

from meilisearch_python_sdk.errors import MeilisearchApiError
from sqlalchemy.ext.asyncio import AsyncSession

from app.search.engine import SearchEngine, SearchUnavailable
from app.services.search.fallback import database_search
from app.services.search.meili import meili_search, meili_suggest
from app.services.search.request import (
    MAX_LIMIT,
    SUGGEST_LIMIT,
    SearchRequest,
    SearchResult,
    SearchScope,
    check_query,
    suggestion,
)
from app.services.site_links import SiteLinks

__all__ = ["MAX_LIMIT", "SearchRequest", "SearchResult", "SearchScope", "search", "suggest"]

log = logging.getLogger(__name__)


def _linked(hits: list[dict[str, Any]], links: SiteLinks) -> list[dict[str, Any]]:
    for hit in hits:
        hit["url"] = links.url(hit["type"], hit["slug"])
    return hits


async def search(
    *,
    engine: SearchEngine | None,
    session: AsyncSession,
    request: SearchRequest,
    links: SiteLinks,
    scope: SearchScope | None = None,
) -> SearchResult:
    """Search the public records (within a partner key's scope); the database answers when Meilisearch can't."""
    result = await _search(engine=engine, session=session, request=request, scope=scope)
    _linked(result.hits, links)
    return result


async def _search(
    *, engine: SearchEngine | None, session: AsyncSession, request: SearchRequest, scope: SearchScope | None
) -> SearchResult:
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


async def suggest(
    *, engine: SearchEngine | None, session: AsyncSession, q: str, links: SiteLinks, scope: SearchScope | None = None
) -> tuple[list[dict[str, Any]], bool]:
    """Top titles for search-as-you-type (within a partner key's scope), and whether the database answered."""
    suggestions, degraded = await _suggest(engine=engine, session=session, q=q, scope=scope)
    return _linked(suggestions, links), degraded


async def _suggest(
    *, engine: SearchEngine | None, session: AsyncSession, q: str, scope: SearchScope | None
) -> tuple[list[dict[str, Any]], bool]:
    check_query(q)
    if not q.strip():
        return [], False
    request = SearchRequest(q=q, limit=SUGGEST_LIMIT)
    if scope is not None:
        request = scope.narrow(request) or request  # asking for nothing narrows to the whole scope: never None
    if engine is not None:
        try:
            return await meili_suggest(engine, request), False
        except SearchUnavailable as exc:
            log.warning("suggestions degraded to the database: %s", exc)
        except MeilisearchApiError as exc:
            log.error("suggestions degraded to the database after a Meilisearch error: %s", exc)
    result = await database_search(session=session, request=request)
    return [suggestion(h, h["_formatted"]["title"]) for h in result.hits], True
