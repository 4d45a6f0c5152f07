"""Bad input and abusive queries: each refused with a coded GraphQL error, before any resolver runs."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from app.settings import Settings
from tests import factories
from tests.graphql.conftest import codes, graphql_errors


async def post(client: httpx.AsyncClient, query: str, variables: dict | None = None, **kw) -> httpx.Response:
    return await client.post("/graphql", json={"query": query, "variables": variables}, **kw)


def error_codes(response: httpx.Response) -> list[str]:
    return [e["extensions"]["code"] for e in response.json()["errors"]]


async def test_a_syntax_error_is_parse_failed(client):
    response = await post(client, "{ knowledgeItems { ")
    assert response.status_code == 200
    assert error_codes(response) == ["GRAPHQL_PARSE_FAILED"]
    strict = await post(client, "{ knowledgeItems { ", headers={"Accept": "application/graphql-response+json"})
    assert strict.status_code == 400
    assert strict.headers["content-type"].startswith("application/graphql-response+json")


async def test_an_unknown_field_is_validation_failed(graphql):
    errors = await graphql_errors(graphql, "{ knowledgeItems { edges { node { password } } } }")
    assert codes(errors) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "password" in errors[0]["message"]


async def test_a_wrong_variable_type_is_bad_user_input(graphql):
    errors = await graphql_errors(
        graphql, "query($n: Int) { knowledgeItems(first: $n) { totalCount } }", {"n": "twintig"}
    )
    assert codes(errors) == ["BAD_USER_INPUT"]
    errors = await graphql_errors(
        graphql, "query($f: KnowledgeItemFilter) { knowledgeItems(filter: $f) { totalCount } }", {"f": {"kinds": ["x"]}}
    )
    assert codes(errors) == ["BAD_USER_INPUT"]


async def test_a_query_fifty_levels_deep_is_refused(graphql):
    inner = "role"
    for _ in range(25):
        inner = f"organisation {{ members {{ {inner} }} }}"
    query = '{ organisation(slug: "a") { members { ' + inner + " } } }"
    errors = await graphql_errors(graphql, query)
    assert codes(errors) == ["QUERY_TOO_DEEP"]


async def test_a_hundred_aliases_of_an_expensive_field_are_refused(graphql):
    fields = " ".join(f"a{i}: knowledgeItems(first: 100) {{ totalCount }}" for i in range(100))
    errors = await graphql_errors(graphql, "{ " + fields + " }")
    assert codes(errors) == ["TOO_MANY_ALIASES"]


async def test_first_100000_is_refused_before_any_query(graphql):
    errors = await graphql_errors(graphql, "{ knowledgeItems(first: 100000) { totalCount } }")
    assert codes(errors) == ["BAD_USER_INPUT"]
    assert "between 1 and 100" in errors[0]["message"]
    errors = await graphql_errors(graphql, "query($n: Int) { knowledgeItems(first: $n) { totalCount } }", {"n": 100000})
    assert codes(errors) == ["BAD_USER_INPUT"]


async def test_nested_connections_multiply_into_the_cost_limit(graphql):
    query = """{ organisations(first: 100) { edges { node {
        knowledgeItems(first: 100) { edges { node { title } } } } } } }"""
    errors = await graphql_errors(graphql, query)
    assert codes(errors) == ["QUERY_TOO_COMPLEX"]
    assert errors[0]["extensions"]["cost"] > errors[0]["extensions"]["maxCost"]


async def test_a_page_of_one_hundred_with_relations_is_within_the_cost_limit(graphql, session):
    await factories.knowledge_item(session, publish=True)
    data = await graphql(
        """{ knowledgeItems(first: 100) { totalCount edges { cursor node {
             id slug title summary kind language publishedAt tags version
             themes { slug nameNl } organisations { role organisation { slug name } }
             attachments { fileName url } translation { slug } } } } }"""
    )
    assert data["knowledgeItems"]["totalCount"] == 1


async def test_too_many_tokens_are_refused(graphql):
    fields = " ".join("__typename" for _ in range(2100))
    errors = await graphql_errors(graphql, "{ " + fields + " }")
    assert codes(errors) == ["TOO_MANY_TOKENS"]


async def test_a_one_megabyte_query_is_refused(client):
    query = "{ themes { slug } }" + " " * (1_000_000 - 19)
    response = await post(client, query)
    assert response.status_code == 413
    assert error_codes(response) == ["QUERY_TOO_LARGE"]


async def test_more_than_one_hundred_node_ids_are_refused(graphql):
    ids = ["VGhlbWU6MQ=="] * 101
    errors = await graphql_errors(graphql, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {"ids": ids})
    assert codes(errors) == ["BAD_USER_INPUT"]


async def test_batches_are_capped(client):
    batch = [{"query": "{ themes { slug } }"}] * 3
    response = await client.post("/graphql", json=batch)
    assert response.status_code == 200 and len(response.json()) == 3
    response = await client.post("/graphql", json=[{"query": "{ themes { slug } }"}] * 11)
    assert response.status_code == 400
    assert error_codes(response) == ["BATCH_TOO_LARGE"]


async def test_an_unexpected_error_has_no_stack_trace(client, monkeypatch):
    from app.services import themes

    async def broken(**_: object) -> None:
        raise RuntimeError("secret internals at /srv/app.py line 3")

    monkeypatch.setattr(themes, "list_themes", broken)
    response = await post(client, "{ themes { slug } }")
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "secret" not in response.text


@pytest.fixture
def production_like(settings: Settings, app: FastAPI, engine, sessionmaker) -> httpx.AsyncClient:
    from app.main import create_app

    locked = create_app(settings.model_copy(update={"graphql_introspection": False, "graphiql": False}))
    locked.state.engine = engine
    locked.state.sessionmaker = sessionmaker
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=locked), base_url="http://testserver")


async def test_introspection_and_graphiql_can_be_switched_off(client, production_like):
    async with production_like as locked:
        response = await post(locked, "{ __schema { types { name } } }")
        assert set(error_codes(response)) == {"INTROSPECTION_DISABLED"}
        page = await locked.get("/graphql", headers={"Accept": "text/html"})
        assert page.status_code == 404
        assert (await post(locked, "{ themes { slug } }")).json() == {"data": {"themes": []}}
    assert "KnowledgeItem" in (await post(client, "{ __schema { types { name } } }")).text
    graphiql = await client.get("/graphql", headers={"Accept": "text/html"})
    assert graphiql.status_code == 200 and "graphiql" in graphiql.text.lower()
