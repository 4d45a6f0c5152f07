"""The requests each comparison cycles through, built from the seeded database."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import asyncpg
import httpx2
import orjson

from app.graphql.enums import graphql_enum_name
from app.models.knowledge import KnowledgeKind
from app.search.engine import SearchEngine
from app.services.search.meili import multi_search_body
from app.services.search.request import SearchRequest
from app.services.seed import _EN_WORDS, _NL_WORDS
from bench.wrk import Req

JSON = (("Content-Type", "application/json"),)
LIST_PATH = "/api/v1/knowledge-items"
INCLUDE = "themes,organisations"
GRAPHQL_PAGE = (
    "query Page($filter: KnowledgeItemFilter) { knowledgeItems(first: 20, filter: $filter) { "
    "edges { cursor node { id slug title summary body language status publishedAt version createdAt updatedAt "
    "kind tags sourceUrl coverImageUrl "
    "themes { id slug nameNl nameEn description version createdAt updatedAt } "
    "organisations { role organisation { id slug name acronym kind status description website country city "
    "memberSince logoUrl version createdAt updatedAt } } } } pageInfo { hasNextPage endCursor } } }"
)


@dataclass
class Corpus:
    items: list[tuple[int, str]]  # (id, slug) of published knowledge items, shuffled
    themes: list[str]
    published: int


async def corpus(dsn: str, sample: int = 2000) -> Corpus:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT id, slug FROM knowledge_item WHERE status = 'published' ORDER BY md5(id::text) LIMIT $1", sample
        )
        themes = [r["slug"] for r in await conn.fetch("SELECT slug FROM theme ORDER BY id")]
        published = await conn.fetchval("SELECT count(*) FROM knowledge_item WHERE status = 'published'")
    finally:
        await conn.close()
    return Corpus(items=[(r["id"], r["slug"]) for r in rows], themes=themes, published=int(published))


# Skips the API's response cache (app/web/response_cache): the database path, measured on its own.
NO_CACHE = (("Cache-Control", "no-cache"),)


def item_gets(c: Corpus, headers: tuple[tuple[str, str], ...] = ()) -> list[Req]:
    return [Req("GET", f"/api/v1/knowledge-items/{slug}", headers) for _, slug in c.items]


def by_id(c: Corpus) -> list[Req]:
    return [Req("GET", f"/pg/{item_id}") for item_id, _ in c.items]


def fixed() -> list[Req]:
    return [Req("GET", "/fixed")]


def conditional_gets(c: Corpus, base: str, n: int = 300) -> list[Req]:
    """Item GETs carrying the ETag the API gave for them, so each is answered 304."""
    out = []
    with httpx2.Client(base_url=base, timeout=30) as client:
        for _, slug in c.items[:n]:
            path = f"/api/v1/knowledge-items/{slug}"
            etag = client.get(path).headers["etag"]
            out.append(Req("GET", path, (("If-None-Match", etag),)))
    return out


def _list_filters(c: Corpus) -> list[dict[str, list[str]]]:
    """The page variants: no filter, each language, each kind, each theme (the same for REST and GraphQL)."""
    variants: list[dict[str, list[str]]] = [{}]
    variants += [{"language": [lang]} for lang in ("nl", "en")]
    variants += [{"kind": [k.value]} for k in KnowledgeKind]
    variants += [{"theme": [t]} for t in c.themes[:10]]
    return variants


def list_pages(c: Corpus, headers: tuple[tuple[str, str], ...] = ()) -> list[Req]:
    out = []
    for f in _list_filters(c):
        query = [("limit", "20"), ("include", INCLUDE)] + [(k, v) for k, vs in f.items() for v in vs]
        out.append(Req("GET", f"{LIST_PATH}?{urlencode(query)}", headers))
    return out


def graphql_pages(c: Corpus, headers: tuple[tuple[str, str], ...] = ()) -> list[Req]:
    names = {"language": "languages", "kind": "kinds", "theme": "themes"}
    out = []
    for f in _list_filters(c):
        # Slugs as they are; GraphQL names the language and kind enum values in SCREAMING_SNAKE_CASE.
        graphql_filter = {names[k]: v if k == "theme" else [graphql_enum_name(x) for x in v] for k, v in f.items()}
        variables: dict[str, Any] = {"filter": graphql_filter or None}
        body = orjson.dumps({"query": GRAPHQL_PAGE, "variables": variables}).decode()
        out.append(Req("POST", "/graphql", (*JSON, *headers), body))
    return out


def search_mix(c: Corpus, n: int = 240, seed: int = 5) -> list[SearchRequest]:
    """Single words, two words, prefixes, typos, a facet filter and facet distribution, in equal shares."""
    rng = random.Random(seed)
    words = _NL_WORDS + _EN_WORDS
    facets = ("theme", "kind", "language", "year")
    out: list[SearchRequest] = []
    for i in range(n):
        word = rng.choice(words)
        shape = i % 6
        if shape == 0:
            out.append(SearchRequest(q=word))
        elif shape == 1:
            out.append(SearchRequest(q=f"{word} {rng.choice(words)}"))
        elif shape == 2:
            out.append(SearchRequest(q=word[: max(3, len(word) // 2)]))
        elif shape == 3:
            j = rng.randrange(1, len(word) - 1)
            out.append(SearchRequest(q=word[:j] + word[j + 1] + word[j] + word[j + 2 :]))
        elif shape == 4:
            themes = (rng.choice(c.themes),) if c.themes else ()
            out.append(SearchRequest(q=word, themes=themes, languages=(rng.choice(["nl", "en"]),)))
        else:
            out.append(SearchRequest(q=word, facets=facets))
    return out


def search_api(mix: list[SearchRequest]) -> list[Req]:
    out = []
    for r in mix:
        query: list[tuple[str, str]] = [("q", r.q)]
        query += [("theme", t) for t in r.themes] + [("language", lang) for lang in r.languages]
        query += [("facets", f) for f in r.facets]
        out.append(Req("GET", f"/api/v1/search?{urlencode(query)}"))
    return out


def search_direct(mix: list[SearchRequest], engine: SearchEngine, key: str) -> list[Req]:
    headers = (("Authorization", f"Bearer {key}"), *JSON)
    return [Req("POST", "/multi-search", headers, orjson.dumps(multi_search_body(engine, r)).decode()) for r in mix]
