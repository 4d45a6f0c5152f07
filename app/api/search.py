"""Search over REST: thin handlers around app/search/service.py."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.params import StrictQuery
from app.errors import ValidationFailedError
from app.search.engine import SearchEngine
from app.services.search import MAX_LIMIT, SearchRequest, SearchScope, search, suggest
from app.services.search_keys import authenticate_search_key
from app.web.deps import SessionDep

# Unknown query parameters are a 400 here too, with the same check as every other route.
router = APIRouter(prefix="/api/v1/search", tags=["search"], dependencies=[StrictQuery])

DEGRADED_WARNING = '199 kennisbank "search is degraded: answered by the database fallback"'


class SearchHit(BaseModel):
    type: str
    id: int
    slug: str
    title: str
    summary: str | None = None
    url: str
    language: str | None = None
    kind: str | None = None
    year: int | None = None
    published_at: str | None = None
    themes: list[str] = []
    organisations: list[str] = []
    formatted: dict[str, str] = Field(
        alias="_formatted", description="title and summary, HTML-escaped, with matches in <mark>"
    )


class SearchPage(BaseModel):
    query: str
    hits: list[SearchHit]
    estimatedTotalHits: int
    limit: int
    offset: int
    facets: dict[str, dict[str, int]]
    degraded: bool
    processingTimeMs: int


class Suggestion(BaseModel):
    type: str
    id: int
    slug: str
    title: str
    url: str
    highlight: str


class Suggestions(BaseModel):
    query: str
    suggestions: list[Suggestion]
    degraded: bool


async def partner_scope(
    request: Request,
    session: SessionDep,
    x_search_key: Annotated[
        str | None, Header(alias="X-Search-Key", description="A partner search key: its fixed filters apply.")
    ] = None,
) -> SearchScope | None:
    """The fixed filters of the partner key in ``X-Search-Key``; None without one (public search)."""
    if x_search_key is None:
        return None
    origin = request.headers.get("origin")
    scope = await authenticate_search_key(session=session, secret=x_search_key, origin=origin)
    if origin is not None:
        request.state.cors_origin = origin  # the key allows this origin: app/web/cors.py grants it
    return scope


PartnerScope = Annotated[SearchScope | None, Depends(partner_scope)]


def _engine(request: Request) -> SearchEngine | None:
    return getattr(request.app.state, "search", None)


def _values(raw: list[str]) -> list[str]:
    """``a,b`` and repeated parameters alike."""
    return list(dict.fromkeys(v.strip() for item in raw for v in item.split(",") if v.strip()))


def _years(raw: list[str]) -> list[int]:
    values = _values(raw)
    if not all(v.isdigit() and len(v) == 4 for v in values):
        raise ValidationFailedError("year must be a four-digit year", field="year")
    return [int(v) for v in values]


def _json(body: dict[str, Any], *, degraded: bool) -> Response:
    """Serialised once with orjson: the handler is the hot path in front of Meilisearch."""
    headers = {"Warning": DEGRADED_WARNING, "X-Search-Degraded": "true"} if degraded else None
    return Response(orjson.dumps(body), media_type="application/json", headers=headers)


@router.get(
    "",
    operation_id="search",
    summary="Search the public knowledge base, position papers and directory",
    response_class=Response,
    responses={200: {"model": SearchPage, "description": "Hits, facet counts and whether search is degraded"}},
)
async def search_endpoint(
    request: Request,
    session: SessionDep,
    scope: PartnerScope,
    q: str = "",
    type: list[str] = Query(default=[], description="knowledge_item, position_paper, organisation"),
    theme: list[str] = Query(default=[], description="Theme slugs (any of)."),
    kind: list[str] = Query(default=[]),
    language: list[str] = Query(default=[]),
    year: list[str] = Query(default=[]),
    organisation: list[str] = Query(default=[], description="Organisation slugs (any of)."),
    sort: str = Query(default="relevance", description="relevance, newest, oldest, title, -title"),
    limit: int = Query(default=20, description=f"1 to {MAX_LIMIT}"),
    offset: int = 0,
    facets: list[str] = Query(default=[], description="theme, kind, language, year, type, organisation"),
) -> Response:
    result = await search(
        engine=_engine(request),
        session=session,
        request=SearchRequest(
            q=q,
            types=_values(type),
            themes=_values(theme),
            kinds=_values(kind),
            languages=_values(language),
            years=_years(year),
            organisations=_values(organisation),
            sort=sort,
            limit=limit,
            offset=offset,
            facets=_values(facets),
        ),
        scope=scope,
    )
    body = {
        "query": result.query,
        "hits": result.hits,
        "estimatedTotalHits": result.estimated_total_hits,
        "limit": result.limit,
        "offset": result.offset,
        "facets": result.facets,
        "degraded": result.degraded,
        "processingTimeMs": result.processing_time_ms,
    }
    return _json(body, degraded=result.degraded)


@router.get(
    "/suggest",
    operation_id="searchSuggest",
    summary="Top titles for search-as-you-type",
    response_class=Response,
    responses={200: {"model": Suggestions}},
)
async def suggest_endpoint(request: Request, session: SessionDep, scope: PartnerScope, q: str = "") -> Response:
    suggestions, degraded = await suggest(engine=_engine(request), session=session, q=q, scope=scope)
    return _json({"query": q, "suggestions": suggestions, "degraded": degraded}, degraded=degraded)
