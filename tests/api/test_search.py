"""GET /api/v1/search and /suggest against a real Meilisearch, and the database fallback when it is down."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.content_types import KNOWLEDGE
from app.models.theme import ThemeCreate
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content
from app.services.themes import create_theme
from tests import factories


async def corpus(session: AsyncSession) -> dict[str, int]:
    vvv = await create_theme(
        session=session,
        actor=SYSTEM,
        data=ThemeCreate(name_nl="Vrouwen, vrede en veiligheid", name_en="Women, peace and security", slug="vvv"),
    )
    climate = await create_theme(
        session=session, actor=SYSTEM, data=ThemeCreate(name_nl="Klimaat", name_en="Climate", slug="klimaat")
    )
    atria = await factories.organisation(session, "Atria", themes=["vvv"])
    nap = await factories.knowledge_item(
        session,
        "Nationaal Actieplan 1325",
        summary="Evaluatie van het vierde <b>NAP</b>",
        themes=[vvv.slug],
        organisations=[{"organisation": atria.slug}],
    )
    await publish_content(
        session=session,
        actor=SYSTEM,
        spec=KNOWLEDGE,
        id_or_slug=nap.slug,
        published_at=datetime(2024, 3, 8, tzinfo=UTC),
    )
    gbv = await factories.knowledge_item(
        session, "Gendergerelateerd geweld tegengaan", kind="toolkit", language="nl", themes=[climate.slug]
    )
    await publish_content(
        session=session,
        actor=SYSTEM,
        spec=KNOWLEDGE,
        id_or_slug=gbv.slug,
        published_at=datetime(2025, 1, 2, tzinfo=UTC),
    )
    paper = await factories.position_paper(
        session, "Climate finance and gender", language="en", themes=[climate.slug], publish=True
    )
    draft = await factories.knowledge_item(session, "Geheim concept over klimaat")
    return {"nap": nap.id, "gbv": gbv.id, "paper": paper.id, "draft": draft.id, "atria": atria.id}


def ids(body: dict, type_: str | None = None) -> set[int]:
    return {h["id"] for h in body["hits"] if type_ is None or h["type"] == type_}


async def test_search_returns_published_hits_with_highlights_and_facets(
    session: AsyncSession, worker: SyncWorker, search_client: httpx.AsyncClient
) -> None:
    made = await corpus(session)
    await worker.drain()

    response = await search_client.get(
        "/api/v1/search", params={"q": "actieplan", "facets": "theme,kind,language,year"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["degraded"] is False and "warning" not in response.headers
    assert ids(body) == {made["nap"]}
    hit = body["hits"][0]
    assert hit["type"] == "knowledge_item" and hit["url"].startswith("/kennisbank/")
    assert hit["_formatted"]["title"] == "Nationaal <mark>Actieplan</mark> 1325"
    assert "&lt;b&gt;NAP&lt;/b&gt;" in hit["_formatted"]["summary"]  # stored markup is escaped, never rendered
    assert body["estimatedTotalHits"] == 1
    assert body["facets"]["theme"] == {"vvv": 1} and body["facets"]["year"] == {"2024": 1}

    everything = (await search_client.get("/api/v1/search", params={"q": "klimaat"})).json()
    assert made["draft"] not in ids(everything, "knowledge_item")


async def test_filters_narrow_the_federated_search(
    session: AsyncSession, worker: SyncWorker, search_client: httpx.AsyncClient
) -> None:
    made = await corpus(session)
    await worker.drain()

    async def found(**params: str) -> set[int]:
        response = await search_client.get("/api/v1/search", params=params)
        assert response.status_code == 200, response.text
        return ids(response.json())

    assert await found(theme="klimaat", type="knowledge_item,position_paper") == {made["gbv"], made["paper"]}
    assert await found(kind="toolkit") == {made["gbv"]}
    assert await found(language="en") == {made["paper"]}
    assert await found(year="2024") == {made["nap"]}
    assert await found(organisation="atria") == {made["nap"]}
    assert await found(type="organisation") == {made["atria"]}
    newest = (await search_client.get("/api/v1/search", params={"type": "knowledge_item", "sort": "newest"})).json()
    assert [h["id"] for h in newest["hits"]] == [made["gbv"], made["nap"]]


async def test_synonyms_and_typos_find_the_field_vocabulary(
    session: AsyncSession, worker: SyncWorker, search_client: httpx.AsyncClient
) -> None:
    made = await corpus(session)
    await worker.drain()

    async def found(q: str) -> set[int]:
        return ids((await search_client.get("/api/v1/search", params={"q": q})).json())

    assert made["gbv"] in await found("GBV")
    assert made["nap"] in await found("women peace and security")
    assert made["nap"] in await found("actieplna")  # a typo


async def test_bad_input_is_a_problem_body_never_a_meilisearch_error(search_client: httpx.AsyncClient) -> None:
    cases = [
        ({"limit": "500"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"facets": "colour"}, "facets"),
        ({"q": "x" * 201}, "q"),
        ({"theme": 'a" OR 1=1'}, "theme"),
        ({"year": "20x4"}, "year"),
        ({"sort": "random"}, "sort"),
        ({"offset": "999"}, "offset"),
        ({"type": "user"}, "type"),
    ]
    for params, field in cases:
        response = await search_client.get("/api/v1/search", params=params)
        assert response.status_code == 422, (params, response.text)
        body = response.json()
        assert response.headers["content-type"] == "application/problem+json"
        assert body["status"] == 422 and any(e["field"].endswith(field) for e in body["errors"]), body
        assert "meili" not in response.text.lower()


async def test_suggest_gives_top_titles(
    session: AsyncSession, worker: SyncWorker, search_client: httpx.AsyncClient
) -> None:
    made = await corpus(session)
    await worker.drain()
    response = await search_client.get("/api/v1/search/suggest", params={"q": "gender"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert {s["id"] for s in suggestions} >= {made["gbv"], made["paper"]}
    assert any("<mark>" in s["highlight"] for s in suggestions)


async def test_meilisearch_down_answers_from_the_database_marked_degraded(
    session: AsyncSession, search_client: httpx.AsyncClient, unreachable_engine: SearchEngine
) -> None:
    made = await corpus(session)
    search_client._transport.app.state.search = unreachable_engine  # type: ignore[attr-defined]

    response = await search_client.get("/api/v1/search", params={"q": "nationale"})
    assert response.status_code == 200, response.text
    assert response.json()["degraded"] is True and response.headers["x-search-degraded"] == "true"
    assert "degraded" in response.headers["warning"]
    assert ids(response.json()) == {made["nap"]}  # Dutch stemming: nationale ~ nationaal
    hit = response.json()["hits"][0]
    assert hit["_formatted"]["title"] == "<mark>Nationaal</mark> Actieplan 1325"
    assert hit["themes"] == ["vvv"] and hit["organisations"] == ["atria"] and hit["year"] == 2024

    english = (await search_client.get("/api/v1/search", params={"q": "gender", "language": "en"})).json()
    assert ids(english) == {made["paper"]}
    typo = (await search_client.get("/api/v1/search", params={"q": "Gendergerelateerd gewled"})).json()
    assert made["gbv"] in ids(typo)
    assert made["draft"] not in ids((await search_client.get("/api/v1/search", params={"q": "concept"})).json())
    suggest = await search_client.get("/api/v1/search/suggest", params={"q": "climate"})
    assert suggest.json()["degraded"] is True and {s["id"] for s in suggest.json()["suggestions"]} == {made["paper"]}


async def test_an_unknown_search_parameter_is_the_same_400_as_everywhere(search_client: httpx.AsyncClient) -> None:
    # Raw Meilisearch filter strings are not accepted: `filter` is an unknown parameter like any typo.
    for query in ("q=vrede&thema=x", "filter=kind%20%3D%20report"):
        response = await search_client.get(f"/api/v1/search?{query}")
        assert response.status_code == 400, response.text
        assert response.json()["type"].endswith("/unknown-parameter") and "meili" not in response.text.lower()
