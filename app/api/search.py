"""Search over REST: thin handlers around app/services/search.

``GET /api/v1/search`` answers in the lists' envelope, ``{"data": [hits], "meta": {...}}``. Its pages are
offsets, not the lists' cursors: hits are ranked by relevance in Meilisearch, which pages by offset (up to
its ``maxTotalHits``) and has no stable key to continue after, so a cursor would only wrap an offset.
"""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request, Response
from pydantic import BaseModel, Field

from app.api.params import StrictQuery
from app.errors import ValidationFailedError
from app.search.engine import SearchEngine
from app.search.indexes import MAX_TOTAL_HITS
from app.services.search import MAX_LIMIT, SearchRequest, SearchResult, SearchScope, search, suggest
from app.services.search.labels import DEFAULT_LOCALE, check_locale, label_facets, preferred_locale, search_labels
from app.services.search_keys import authenticate_search_key
from app.services.site_links import site_links
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
    url: str = Field(description="The record's canonical URL on the site, as its own representation gives it.")
    language: str | None = None
    kind: str | None = None
    year: int | None = None
    published_at: str | None = None
    themes: list[str] = []
    organisations: list[str] = []
    formatted: dict[str, str] = Field(
        alias="_formatted", description="title and summary, HTML-escaped, with matches in <mark>"
    )


class FacetValue(BaseModel):
    value: str = Field(description="What the matching filter parameter takes: a slug, kind, language, type or year.")
    label: str = Field(description="What a person reads, in the answer's locale (a theme's own name, say).")
    count: int


class SearchMeta(BaseModel):
    query: str
    total: int = Field(description="How many records match: Meilisearch's estimate (exact when degraded).")
    limit: int
    offset: int
    next_offset: int | None = Field(description="Pass as `offset` for the next page; null on the last page.")
    facets: dict[str, list[FacetValue]] = Field(
        description="Per asked facet, its values with labels and counts, most frequent first."
    )
    locale: str = Field(description="The labels' language: `locale`, else the best of Accept-Language, else nl.")
    degraded: bool = Field(description="True when PostgreSQL answered because Meilisearch is away (no facets).")
    processing_time_ms: int


class SearchPage(BaseModel):
    data: list[SearchHit]
    meta: SearchMeta


class SearchLabels(BaseModel):
    data: dict[str, dict[str, str]] = Field(description="Label by value, per facet: type, kind, language, theme.")
    meta: dict[str, str] = Field(description="`locale`: the labels' language.")


class Suggestion(BaseModel):
    type: str
    id: int
    slug: str
    title: str
    url: str = Field(description="The record's canonical URL on the site.")
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


def _json(body: dict[str, Any], *, degraded: bool, locale: str | None = None) -> Response:
    """Serialised once with orjson: the handler is the hot path in front of Meilisearch."""
    headers = {"Warning": DEGRADED_WARNING, "X-Search-Degraded": "true"} if degraded else {}
    if locale is not None:
        headers |= {"Content-Language": locale, "Vary": "Accept-Language"}
    return Response(orjson.dumps(body), media_type="application/json", headers=headers)


def answer_locale(locale: str | None, request: Request) -> str:
    """``?locale=`` when given (nl or en, else a 400), else the best of Accept-Language, else Dutch."""
    if locale is not None:
        return check_locale(locale)
    return preferred_locale(request.headers.get("accept-language"))


def next_offset(result: SearchResult) -> int | None:
    after = result.offset + len(result.hits)
    more = len(result.hits) == result.limit and after < min(result.estimated_total_hits, MAX_TOTAL_HITS)
    return after if more else None


LocaleQuery = Annotated[
    str | None,
    Query(description=f"Language of the facet labels: nl or en. Default: Accept-Language, else {DEFAULT_LOCALE}."),
]


@router.get(
    "",
    operation_id="search",
    summary="Search the public knowledge base, position papers and directory",
    response_class=Response,
    responses={200: {"model": SearchPage, "description": "Hits, labelled facet counts and whether search is degraded"}},
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
    locale: LocaleQuery = None,
) -> Response:
    labels_in = answer_locale(locale, request)
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
        links=site_links(request.app.state.settings),
        scope=scope,
    )
    facet_values = await label_facets(session=session, facets=result.facets, locale=labels_in)
    meta = {
        "query": result.query,
        "total": result.estimated_total_hits,
        "limit": result.limit,
        "offset": result.offset,
        "next_offset": next_offset(result),
        "facets": {name: [vars(v) for v in values] for name, values in facet_values.items()},
        "locale": labels_in,
        "degraded": result.degraded,
        "processing_time_ms": result.processing_time_ms,
    }
    return _json({"data": result.hits, "meta": meta}, degraded=result.degraded, locale=labels_in)


@router.get(
    "/suggest",
    operation_id="searchSuggest",
    summary="Top titles for search-as-you-type",
    response_class=Response,
    responses={200: {"model": Suggestions}},
)
async def suggest_endpoint(request: Request, session: SessionDep, scope: PartnerScope, q: str = "") -> Response:
    suggestions, degraded = await suggest(
        engine=_engine(request), session=session, q=q, links=site_links(request.app.state.settings), scope=scope
    )
    return _json({"query": q, "suggestions": suggestions, "degraded": degraded}, degraded=degraded)


@router.get(
    "/labels",
    operation_id="searchLabels",
    summary="Facet labels (type, kind, language, theme) in Dutch or English, for pages searching Meilisearch",
    response_class=Response,
    responses={200: {"model": SearchLabels}},
)
async def labels_endpoint(request: Request, session: SessionDep, locale: LocaleQuery = None) -> Response:
    """Public names only, so any origin may read them (an InstantSearch page labels its facets with them)."""
    labels_in = answer_locale(locale, request)
    labels = await search_labels(session=session, locale=labels_in)
    response = _json({"data": labels, "meta": {"locale": labels_in}}, degraded=False, locale=labels_in)
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
