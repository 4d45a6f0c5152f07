"""Parsed and validated documents are cached (app/graphql/caching.py): a cached document is still checked.

Each query is sent twice, so the second answer comes from the caches.
"""

from __future__ import annotations

import httpx

from tests.graphql.conftest import codes, graphql_errors


async def test_a_repeated_syntax_error_is_parse_failed_each_time(client: httpx.AsyncClient) -> None:
    for _ in range(2):
        response = await client.post("/graphql", json={"query": "{ themes { slug "})
        assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["GRAPHQL_PARSE_FAILED"]


async def test_a_repeated_too_deep_query_is_refused_each_time(graphql) -> None:
    inner = "role"
    for _ in range(25):
        inner = f"organisation {{ members {{ {inner} }} }}"
    query = '{ organisation(slug: "a") { members { ' + inner + " } } }"
    for _ in range(2):
        assert codes(await graphql_errors(graphql, query)) == ["QUERY_TOO_DEEP"]


async def test_a_repeated_unknown_field_is_refused_each_time(graphql) -> None:
    for _ in range(2):
        errors = await graphql_errors(graphql, "{ themes { password } }")
        assert codes(errors) == ["GRAPHQL_VALIDATION_FAILED"]
        assert "password" in errors[0]["message"]


async def test_a_repeated_query_over_the_token_limit_is_refused_each_time(graphql) -> None:
    query = "{ " + " ".join("__typename" for _ in range(2100)) + " }"
    for _ in range(2):
        assert codes(await graphql_errors(graphql, query)) == ["TOO_MANY_TOKENS"]


async def test_a_cached_document_is_still_limited_by_its_variables(graphql) -> None:
    query = "query($n: Int) { knowledgeItems(first: $n) { totalCount } }"
    assert (await graphql(query, {"n": 5}))["knowledgeItems"]["totalCount"] >= 0
    errors = await graphql_errors(graphql, query, {"n": 100000})
    assert codes(errors) == ["BAD_USER_INPUT"]
    assert (await graphql(query, {"n": 5}))["knowledgeItems"]["totalCount"] >= 0
