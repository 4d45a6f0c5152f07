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
from app.settings import Settings
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
    return {h["id"] for h in body["data"] if type_ is None or h["type"] == type_}


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
    assert set(body) == {"data", "meta"}
    meta = body["meta"]
    assert meta["degraded"] is False and "warning" not in response.headers
    assert ids(body) == {made["nap"]}
    hit = body["data"][0]
    assert hit["type"] == "knowledge_item" and hit["url"].startswith("https://www.wo-men.nl/kennisbank/")
    assert hit["_formatted"]["title"] == "Nationaal <mark>Actieplan</mark> 1325"
    assert "&lt;b&gt;NAP&lt;/b&gt;" in hit["_formatted"]["summary"]  # stored markup is escaped, never rendered
    assert meta["total"] == 1 and meta["limit"] == 20 and meta["offset"] == 0 and meta["next_offset"] is None
    assert meta["query"] == "actieplan" and meta["locale"] == "nl" and meta["processing_time_ms"] >= 0
    # Facets keyed like the filters, each value labelled (Dutch by default) and counted.
    assert meta["facets"]["theme"] == [{"value": "vvv", "label": "Vrouwen, vrede en veiligheid", "count": 1}]
    assert meta["facets"]["year"] == [{"value": "2024", "label": "2024", "count": 1}]
    assert meta["facets"]["kind"] == [{"value": "report", "label": "Rapport", "count": 1}]
    assert meta["facets"]["language"] == [{"value": "nl", "label": "Nederlands", "count": 1}]
    assert response.headers["content-language"] == "nl"

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
    assert [h["id"] for h in newest["data"]] == [made["gbv"], made["nap"]]


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
        ({"locale": "de"}, "locale"),
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
    assert response.json()["meta"]["degraded"] is True and response.headers["x-search-degraded"] == "true"
    assert "degraded" in response.headers["warning"]
    assert ids(response.json()) == {made["nap"]}  # Dutch stemming: nationale ~ nationaal
    hit = response.json()["data"][0]
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


async def test_facet_labels_follow_the_asked_language_and_pages_carry_the_next_offset(
    session: AsyncSession, worker: SyncWorker, search_client: httpx.AsyncClient
) -> None:
    made = await corpus(session)
    await worker.drain()
    facets = {"facets": "theme,type,kind,language,organisation"}

    async def labels(params: dict[str, str], headers: dict[str, str] | None = None) -> tuple[str, dict[str, dict]]:
        response = await search_client.get("/api/v1/search", params=facets | params, headers=headers)
        assert response.status_code == 200, response.text
        meta = response.json()["meta"]
        assert response.headers["content-language"] == meta["locale"]
        assert "Accept-Language" in response.headers["vary"]
        return meta["locale"], {f: {v["value"]: v["label"] for v in vs} for f, vs in meta["facets"].items()}

    locale, english = await labels({"locale": "en"})
    assert locale == "en"
    assert english["theme"] == {"vvv": "Women, peace and security", "klimaat": "Climate"}
    assert english["type"] == {
        "knowledge_item": "Knowledge base",
        "position_paper": "Position paper",
        "organisation": "Organisation",
    }
    assert english["kind"]["toolkit"] == "Toolkit" and english["kind"]["member"] == "Member"
    assert english["language"] == {"nl": "Dutch", "en": "English"}
    assert english["organisation"] == {"atria": "Atria"}
    # Accept-Language decides without ?locale= (q-values honoured); anything else gets Dutch, the default.
    assert (await labels({}, {"Accept-Language": "de-DE, en-GB;q=0.8, nl;q=0.5"}))[0] == "en"
    assert (await labels({}, {"Accept-Language": "en;q=0.4, nl-BE"}))[0] == "nl"
    locale, dutch = await labels({}, {"Accept-Language": "fr"})
    assert (
        locale == "nl" and dutch["theme"]["vvv"] == "Vrouwen, vrede en veiligheid" and dutch["kind"]["member"] == "Lid"
    )
    assert (await labels({"locale": "nl"}, {"Accept-Language": "en"}))[0] == "nl"  # ?locale= wins

    # The most frequent value first, as a facet list is read.
    types = (await search_client.get("/api/v1/search", params={"facets": "type"})).json()["meta"]["facets"]["type"]
    assert [v["count"] for v in types] == sorted((v["count"] for v in types), reverse=True)

    first = (await search_client.get("/api/v1/search", params={"limit": 2})).json()["meta"]
    assert first["total"] == 4 and first["next_offset"] == 2
    last = (await search_client.get("/api/v1/search", params={"limit": 2, "offset": 2})).json()
    assert last["meta"]["next_offset"] is None and len(last["data"]) == 2
    assert made["draft"] not in ids(last)


async def test_the_labels_route_serves_every_label_to_any_origin(
    session: AsyncSession, search_client: httpx.AsyncClient
) -> None:
    await corpus(session)
    response = await search_client.get(
        "/api/v1/search/labels", params={"locale": "en"}, headers={"Origin": "https://partner.example"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    assert response.headers["cache-control"] == "public, max-age=300"
    body = response.json()
    assert body["meta"] == {"locale": "en"}
    assert body["data"]["theme"] == {"klimaat": "Climate", "vvv": "Women, peace and security"}
    assert body["data"]["type"]["position_paper"] == "Position paper"
    assert body["data"]["language"] == {"nl": "Dutch", "en": "English"}
    assert set(body["data"]) == {"type", "kind", "language", "theme"}
    dutch = (await search_client.get("/api/v1/search/labels")).json()
    assert dutch["meta"]["locale"] == "nl" and dutch["data"]["kind"]["good_practice"] == "Goed voorbeeld"
    refused = await search_client.get("/api/v1/search/labels", params={"locale": "xx"})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "locale"


SITE_QUERY = """query($k: String!, $p: String!, $o: String!) {
  knowledgeItem(slug: $k) { url } positionPaper(slug: $p) { url } organisation(slug: $o) { url }
  search(query: "") { edges { node {
    ... on KnowledgeItem { slug url } ... on PositionPaper { slug url } ... on OrganisationHit { slug url } } } }
}"""


async def test_a_hit_links_to_the_records_canonical_url_on_every_face(
    session: AsyncSession,
    worker: SyncWorker,
    search_client: httpx.AsyncClient,
    unreachable_engine: SearchEngine,
    database_url: str,
) -> None:
    """The same record's url over REST and GraphQL, as a record and as a hit (Meilisearch or the database
    fallback, search and suggest), follows the site settings in force when it answers: indexed under the
    defaults, served under another site and paths without a reindex."""
    await corpus(session)
    await worker.drain()
    app = search_client._transport.app  # type: ignore[attr-defined]
    app.state.settings = Settings(  # type: ignore[call-arg]
        database_url=database_url,
        _env_file=None,
        site_url="https://kennis.example.org/",
        site_paths={"knowledge_item": "/en/knowledge/{slug}/", "organisation": "/who/{slug}"},
    )
    slugs = {
        "knowledge_item": "nationaal-actieplan-1325",
        "position_paper": (await search_client.get("/api/v1/position-papers")).json()["data"][0]["slug"],
        "organisation": "atria",
    }
    records = {
        "knowledge_item": (await search_client.get(f"/api/v1/knowledge-items/{slugs['knowledge_item']}")).json(),
        "position_paper": (await search_client.get(f"/api/v1/position-papers/{slugs['position_paper']}")).json(),
        "organisation": (await search_client.get(f"/api/v1/organisations/{slugs['organisation']}")).json(),
    }
    canonical = {t: r["url"] for t, r in records.items()}
    assert canonical == {
        "knowledge_item": "https://kennis.example.org/en/knowledge/nationaal-actieplan-1325/",
        "position_paper": f"https://kennis.example.org/standpunten/{slugs['position_paper']}",
        "organisation": "https://kennis.example.org/who/atria",
    }

    async def rest_hits() -> dict[str, str]:
        found = (await search_client.get("/api/v1/search", params={"limit": 50})).json()["data"]
        return {h["type"]: h["url"] for h in found if h["slug"] == slugs[h["type"]]}

    async def suggested(q: str) -> set[str]:
        answer = (await search_client.get("/api/v1/search/suggest", params={"q": q})).json()
        return {s["url"] for s in answer["suggestions"]}

    variables = {"k": slugs["knowledge_item"], "p": slugs["position_paper"], "o": slugs["organisation"]}
    graphql = (await search_client.post("/graphql", json={"query": SITE_QUERY, "variables": variables})).json()
    assert "errors" not in graphql, graphql
    data = graphql["data"]
    assert [data["knowledgeItem"]["url"], data["positionPaper"]["url"], data["organisation"]["url"]] == list(
        canonical.values()
    )
    graphql_hits = {e["node"]["url"] for e in data["search"]["edges"] if e["node"]["slug"] in slugs.values()}
    assert graphql_hits == set(canonical.values())
    assert await rest_hits() == canonical
    assert canonical["knowledge_item"] in await suggested("actieplan")

    app.state.search = unreachable_engine  # the database answers: the same URLs
    assert await rest_hits() == canonical
    assert canonical["knowledge_item"] in await suggested("actieplan")
