"""GraphQL ``search``: the REST search service behind a union-typed connection, against a real Meilisearch."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.content_types import KNOWLEDGE
from app.models.search_key import SearchKeyCreate
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content
from app.services.search_keys import create_search_key
from tests import factories
from tests.graphql.conftest import GraphQL, codes, graphql_errors

SEARCH = """query($query: String!, $filter: SearchFilter, $first: Int, $after: String, $facets: [SearchFacetName!],
               $locale: Language) {
  search(query: $query, filter: $filter, first: $first, after: $after, facets: $facets, sort: RELEVANCE,
         locale: $locale) {
    estimatedTotalCount degraded
    pageInfo { hasNextPage hasPreviousPage endCursor }
    facets { name values { value label count } }
    edges {
      cursor
      highlight { title summary }
      node {
        __typename
        ... on KnowledgeItem { id title kind themes { slug } }
        ... on PositionPaper { id title language }
        ... on OrganisationHit { id name organisationKind }
      }
    }
  }
}"""


@pytest.fixture
def with_search(app: FastAPI, search_engine: SearchEngine) -> FastAPI:
    app.state.search = search_engine
    return app


async def corpus(session: AsyncSession) -> dict[str, int]:
    vvv = await factories.theme(session, "Vrouwen, vrede en veiligheid", slug="vvv")
    atria = await factories.organisation(session, "Atria vrede", themes=[vvv.slug])
    nap = await factories.knowledge_item(session, "Actieplan vrede en veiligheid", themes=[vvv.slug])
    await publish_content(
        session=session,
        actor=SYSTEM,
        spec=KNOWLEDGE,
        id_or_slug=nap.slug,
        published_at=datetime(2024, 3, 8, tzinfo=UTC),
    )
    paper = await factories.position_paper(
        session, "Vrede begint bij vrouwen", language="nl", publish=True, themes=[vvv.slug]
    )
    draft = await factories.knowledge_item(session, "Geheim concept over vrede", themes=[vvv.slug])
    return {"nap": nap.id, "paper": paper.id, "atria": atria.id, "draft": draft.id}


def titles(result: dict[str, Any]) -> list[str]:
    return [e["node"].get("title") or e["node"].get("name") for e in result["search"]["edges"]]


async def test_search_returns_a_union_of_types_with_highlights_and_facets(
    graphql: GraphQL,
    session: AsyncSession,
    worker: SyncWorker,
    with_search: FastAPI,
) -> None:
    await corpus(session)
    await worker.drain()

    result = await graphql(SEARCH, {"query": "vrede", "facets": ["TYPE", "THEME", "YEAR"]})
    search = result["search"]
    assert search["degraded"] is False and search["estimatedTotalCount"] == 3
    kinds = {e["node"]["__typename"] for e in search["edges"]}
    assert kinds == {"KnowledgeItem", "PositionPaper", "OrganisationHit"}
    assert "Geheim concept over vrede" not in titles(result)
    item = next(e for e in search["edges"] if e["node"]["__typename"] == "KnowledgeItem")
    assert item["highlight"]["title"] == "Actieplan <mark>vrede</mark> en veiligheid"
    assert item["node"]["kind"] == "REPORT" and item["node"]["themes"] == [{"slug": "vvv"}]
    facets = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in search["facets"]}
    # Facet values are what the matching filter takes: SearchType's names, slugs, years.
    assert facets["TYPE"] == {"KNOWLEDGE_ITEM": 1, "POSITION_PAPER": 1, "ORGANISATION": 1}
    assert facets["THEME"] == {"vvv": 3} and facets["YEAR"]["2024"] == 1
    labels = {f["name"]: {v["value"]: v["label"] for v in f["values"]} for f in search["facets"]}
    assert (
        labels["THEME"] == {"vvv": "Vrouwen, vrede en veiligheid"} and labels["TYPE"]["POSITION_PAPER"] == "Standpunt"
    )

    narrowed = await graphql(SEARCH, {"query": "vrede", "filter": {"types": ["KNOWLEDGE_ITEM", "POSITION_PAPER"]}})
    assert sorted(titles(narrowed)) == ["Actieplan vrede en veiligheid", "Vrede begint bij vrouwen"]


async def test_search_pages_forward_and_matches_the_rest_search(
    graphql: GraphQL,
    session: AsyncSession,
    worker: SyncWorker,
    with_search: FastAPI,
) -> None:
    await corpus(session)
    await worker.drain()

    seen: list[str] = []
    after = None
    for _ in range(5):
        page = await graphql(SEARCH, {"query": "vrede", "first": 1, "after": after})
        seen += titles(page)
        info = page["search"]["pageInfo"]
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert len(seen) == 3 and len(set(seen)) == 3

    transport = httpx.ASGITransport(app=with_search)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        rest = (await http.get("/api/v1/search", params={"q": "vrede"})).json()
    assert [h["title"] for h in rest["data"]] == seen


async def test_bad_search_input_is_a_coded_error(graphql: GraphQL, with_search: FastAPI) -> None:
    too_many = await graphql_errors(graphql, SEARCH, {"query": "vrede", "first": 51})
    assert codes(too_many) == ["VALIDATION_FAILED"] and too_many[0]["extensions"]["field"] == "first"
    unknown = await graphql_errors(graphql, SEARCH, {"query": "", "filter": {"kinds": ["nope"]}})
    assert codes(unknown) == ["VALIDATION_FAILED"]
    assert "nope" in unknown[0]["message"] and "meili" not in unknown[0]["message"].lower()
    cursor = await graphql_errors(graphql, SEARCH, {"query": "", "after": "forged"})
    assert codes(cursor) == ["VALIDATION_FAILED"]


async def test_without_meilisearch_the_database_answers_degraded(graphql: GraphQL, session: AsyncSession) -> None:
    await corpus(session)
    result = await graphql(SEARCH, {"query": "vrede", "filter": {"types": ["KNOWLEDGE_ITEM"]}})
    assert result["search"]["degraded"] is True
    assert titles(result) == ["Actieplan vrede en veiligheid"]


async def test_a_partner_search_key_narrows_graphql_search_too(
    graphql: GraphQL,
    session: AsyncSession,
    worker: SyncWorker,
    with_search: FastAPI,
    search_engine: SearchEngine,
) -> None:
    await corpus(session)
    await factories.knowledge_item(session, "Vrede in het Engels", language="en", publish=True)
    await worker.drain()
    _, secret, _ = await create_search_key(
        session=session,
        engine=search_engine,
        actor=SYSTEM,
        data=SearchKeyCreate(name="Partner", allowed_origins=["https://partner.example"], languages=["en"]),
        public_url=search_engine.url,
    )
    scoped = await graphql(SEARCH, {"query": "vrede"}, headers={"X-Search-Key": secret})
    assert sorted(titles(scoped)) == ["Atria vrede", "Vrede in het Engels"]  # languages scope content only
    refused = await graphql_errors(graphql, SEARCH, {"query": "vrede"}, headers={"X-Search-Key": "kbs_nope"})
    assert codes(refused) == ["UNAUTHENTICATED"]


async def test_cached_get_answers_vary_on_the_search_key(app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/graphql", params={"query": '{ search(query: "") { degraded } }'})
    assert response.status_code == 200 and response.headers["cache-control"].startswith("public")
    assert "X-Search-Key" in response.headers["vary"]


async def test_kind_of_items_and_organisations_in_one_search_and_labels_in_english(
    graphql: GraphQL, session: AsyncSession, worker: SyncWorker, with_search: FastAPI
) -> None:
    await corpus(session)
    await worker.drain()
    query = """query($filter: SearchFilter) {
      search(query: "vrede", facets: [TYPE, LANGUAGE, KIND, THEME], locale: EN, filter: $filter) {
        facets { name values { value label count } }
        nodes { __typename ... on KnowledgeItem { kind } ... on OrganisationHit { id organisationKind } }
      }
    }"""
    result = await graphql(query)
    nodes = {n["__typename"]: n for n in result["search"]["nodes"]}
    assert nodes["KnowledgeItem"]["kind"] == "REPORT" and nodes["OrganisationHit"]["organisationKind"] == "MEMBER"
    facets = {f["name"]: {v["value"]: v["label"] for v in f["values"]} for f in result["search"]["facets"]}
    assert facets["THEME"] == {"vvv": "Vrouwen, vrede en veiligheid"}  # the factory's theme has one name
    assert facets["TYPE"]["KNOWLEDGE_ITEM"] == "Knowledge base"
    assert facets["KIND"] == {"REPORT": "Report", "MEMBER": "Member"}
    # Each facet value is accepted as is by the matching filter field.
    language = next(iter(facets["LANGUAGE"]))
    assert facets["LANGUAGE"][language] == "Dutch"
    narrowed = await graphql(
        query, {"filter": {"languages": [language], "types": ["KNOWLEDGE_ITEM"], "kinds": ["REPORT"]}}
    )
    assert [n["__typename"] for n in narrowed["search"]["nodes"]] == ["KnowledgeItem"]
    # The organisation hit's id is the organisation's own global id: node(id:) finds it.
    org_id = nodes["OrganisationHit"]["id"]
    found = await graphql(
        "query($id: ID!) { node(id: $id) { __typename ... on Organisation { name } } }", {"id": org_id}
    )
    assert found["node"] == {"__typename": "Organisation", "name": "Atria vrede"}
    # locale is the Language enum, as in description(locale:): anything else is refused before it runs.
    refused = await graphql_errors(graphql, '{ search(query: "", locale: DE) { degraded } }')
    assert codes(refused) == ["GRAPHQL_VALIDATION_FAILED"] and "Language" in refused[0]["message"]
