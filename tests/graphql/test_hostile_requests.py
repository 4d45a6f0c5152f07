"""Requests written as attacks (issue 14): each is refused quickly with a coded error and harms nothing else."""

from __future__ import annotations

import asyncio
import gc
import time
import urllib.parse

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.graphql.limits import MAX_SELECTIONS, measure
from app.settings import Settings
from tests import factories


def fragment_bomb(levels: int) -> str:
    """Each fragment spreads the next one twice: 2^levels selections from about 8 tokens per level."""
    fragments = "".join(f"fragment F{i} on Theme {{ ...F{i + 1} ...F{i + 1} }} " for i in range(levels))
    return "{ themes { ...F0 } } " + fragments + f"fragment F{levels} on Theme {{ slug }}"


def codes(response: httpx.Response) -> list[str]:
    return [e["extensions"]["code"] for e in response.json()["errors"]]


@pytest.mark.parametrize("levels", [20, 30, 60])
@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_the_fragment_bomb_is_refused_within_100_ms(client: httpx.AsyncClient, levels: int, method: str):
    query = fragment_bomb(levels)
    await client.post("/graphql", json={"query": "{ __typename }"})  # the app's first request sets it up
    gc.collect()  # a collection of earlier tests' garbage is not this request's work
    started = time.process_time()
    if method == "POST":
        response = await client.post("/graphql", json={"query": query})
    else:
        response = await client.get("/graphql", params={"query": query})
    cpu = time.process_time() - started
    assert response.status_code == 200
    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert cpu < 0.1, f"refusing took {cpu * 1000:.0f} ms of CPU"


async def test_health_answers_while_fragment_bombs_arrive(client: httpx.AsyncClient):
    """Fifty bombs in a row from one client, health probed in between: each probe well under 50 ms."""
    query = fragment_bomb(30)
    probes: list[float] = []

    async def bombs() -> None:
        for _ in range(50):
            response = await client.post("/graphql", json={"query": query})
            assert codes(response) == ["QUERY_TOO_COMPLEX"]

    async def probe_health() -> None:
        while not attack.done():
            started = time.perf_counter()
            assert (await client.get("/healthz")).status_code == 200
            probes.append(time.perf_counter() - started)
            await asyncio.sleep(0)

    attack = asyncio.ensure_future(bombs())
    await asyncio.gather(attack, probe_health())
    assert probes and max(probes) < 0.05, f"slowest health probe {max(probes) * 1000:.0f} ms"


@given(
    levels=st.integers(min_value=1, max_value=40),
    fan_out=st.integers(min_value=1, max_value=4),
    leaves=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_measuring_a_document_visits_each_selection_once(levels: int, fan_out: int, leaves: int):
    """Nested fragments that would expand to fan_out^levels selections cost a walk linear in the document."""
    fields = " ".join(["slug", "nameNl", "nameEn"][:leaves])
    fragments = " ".join(
        f"fragment F{i} on Theme {{ {fields} " + " ".join([f"...F{i + 1}"] * fan_out) + " }" for i in range(levels)
    )
    document = "{ themes { ...F0 } } " + fragments + f" fragment F{levels} on Theme {{ {fields} }}"
    from graphql import parse

    sizes, visited = measure(parse(document))
    selections_written = 1 + 1 + levels * (leaves + fan_out) + leaves
    assert visited <= selections_written
    expected = 1 + sum(leaves * fan_out**i for i in range(levels + 1))
    assert [s.selections for s in sizes.values()] == [expected]


async def test_refusals_of_large_expansions_say_how_large(client: httpx.AsyncClient):
    response = await client.post("/graphql", json={"query": fragment_bomb(12)})
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert error["extensions"]["maxSelections"] == MAX_SELECTIONS
    assert error["extensions"]["selections"] > MAX_SELECTIONS


@pytest.mark.parametrize(
    "query",
    [
        # The same response name 300 times: graphql-core's overlap check compares every pair.
        "{ themes { " + " ".join("a: slug a: nameNl" for _ in range(300)) + " } }",
        # Many fragments spread side by side: compared pairwise.
        "{ themes { "
        + " ".join(f"...G{i}" for i in range(150))
        + " } } "
        + " ".join(f"fragment G{i} on Theme {{ slug nameNl }}" for i in range(150)),
    ],
    ids=["repeated-names", "many-fragments"],
)
async def test_quadratic_validation_inputs_are_refused_first(client: httpx.AsyncClient, query: str):
    await client.post("/graphql", json={"query": "{ __typename }"})
    gc.collect()
    started = time.process_time()
    response = await client.post("/graphql", json={"query": query})
    assert "QUERY_TOO_COMPLEX" in codes(response)
    assert time.process_time() - started < 0.1


async def test_graphiql_introspection_query_is_within_the_limits(client: httpx.AsyncClient):
    from graphql import get_introspection_query

    query = get_introspection_query(descriptions=True, specified_by_url=True, directive_is_repeatable=True)
    response = await client.post("/graphql", json={"query": query})
    assert "errors" not in response.json()
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


# ----- finding 3: an error in one field never breaks the request's database session -----


async def test_an_editor_only_field_is_refused_alone_and_the_rest_answered(client: httpx.AsyncClient, session, caplog):
    item = await factories.knowledge_item(session, publish=True, themes=[(await factories.theme(session)).slug])
    query = f'{{ knowledgeItem(slug: "{item.slug}") {{ slug themes {{ slug }} revisions {{ number }} }} }}'
    for _ in range(5):
        response = await client.post("/graphql", json={"query": query})
        assert response.status_code == 200
        body = response.json()
        assert body["data"]["knowledgeItem"]["slug"] == item.slug
        assert body["data"]["knowledgeItem"]["themes"] == [{"slug": "vrouwen-vrede-en-veiligheid"}]
        assert body["data"]["knowledgeItem"]["revisions"] is None
        assert codes(response) == ["UNAUTHENTICATED"]
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


async def test_a_failing_field_beside_running_loaders_leaves_the_session_usable(
    client: httpx.AsyncClient, session, reader_headers
):
    """A non-null sibling failing cancels the others mid-statement; the session must still commit."""
    themes = [(await factories.theme(session, name=f"Thema {i}")).slug for i in range(3)]
    for i in range(5):
        await factories.knowledge_item(session, f"Item {i}", publish=True, themes=themes)
    query = "{ knowledgeItems(first: 5) { nodes { themes { slug } attachments { url } revisions { number } } } }"
    for headers in ({}, reader_headers):
        response = await client.post("/graphql", json={"query": query}, headers=headers)
        assert response.status_code == 200, response.text
        assert set(codes(response)) <= {"UNAUTHENTICATED", "PERMISSION_DENIED"}
    assert (await client.get("/api/v1/themes")).status_code == 200


# ----- finding 5: a body that is not UTF-8 -----


@pytest.mark.parametrize(
    "body",
    [b'{"query":"{ \xff }"}', b"\xff\xfe{", b'{"query": "{ themes { slug } }", "variables": "\xc3"}'],
)
async def test_a_body_that_is_not_utf8_is_a_coded_400(client: httpx.AsyncClient, body: bytes, caplog):
    response = await client.post("/graphql", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert codes(response) == ["BAD_REQUEST"]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_a_query_string_that_is_not_utf8_is_answered_cleanly(client: httpx.AsyncClient):
    response = await client.get("/graphql?query=%7B%20%FF%20%7D")
    assert response.status_code in (200, 400)
    assert codes(response)[0] in ("GRAPHQL_PARSE_FAILED", "BAD_REQUEST")
    # Starlette decodes a query string with replacement characters: the variables are valid JSON then.
    variables = urllib.parse.quote(b'{"a": "\xff"}')
    response = await client.get(f"/graphql?query=%7B%20themes%20%7B%20slug%20%7D%20%7D&variables={variables}")
    assert response.status_code == 200
    assert response.json() == {"data": {"themes": []}}


# ----- finding 8: no suggestions where introspection is off -----


@pytest.fixture
def locked_client(settings: Settings, app: FastAPI, engine, sessionmaker) -> httpx.AsyncClient:
    from app.main import create_app

    locked = create_app(settings.model_copy(update={"graphql_introspection": False, "graphiql": False}))
    locked.state.engine = engine
    locked.state.sessionmaker = sessionmaker
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=locked), base_url="http://testserver")


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ("{ knowledgeItems(filter: { statuse: [PUBLISHED] }) { totalCount } }", None),
        ('{ knowledgeItem(slug: "x") { titel } }', None),
        ("{ themez { slug } }", None),
        ("query($f: KnowledgeItemFilter) { knowledgeItems(filter: $f) { totalCount } }", {"f": {"statuse": []}}),
        ("query($f: KnowledgeItemFilter) { knowledgeItems(filter: $f) { totalCount } }", {"f": {"kinds": ["reprt"]}}),
    ],
)
async def test_without_introspection_errors_suggest_no_names(
    client: httpx.AsyncClient, locked_client: httpx.AsyncClient, query: str, variables: dict | None
):
    async with locked_client as locked:
        hidden = await locked.post("/graphql", json={"query": query, "variables": variables})
    errors = hidden.json()["errors"]
    assert errors and all("Did you mean" not in e["message"] for e in errors), errors
    shown = await client.post("/graphql", json={"query": query, "variables": variables})
    assert any("Did you mean" in e["message"] for e in shown.json()["errors"])


# ----- a query that runs too long is stopped; a mutation is not -----


@pytest.fixture
def impatient_client(settings: Settings, engine, sessionmaker) -> httpx.AsyncClient:
    from app.main import create_app

    impatient = create_app(settings.model_copy(update={"graphql_timeout_s": 0.2}))
    impatient.state.engine = engine
    impatient.state.sessionmaker = sessionmaker
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=impatient), base_url="http://testserver")


async def test_a_query_past_its_time_is_stopped_and_the_session_ends_cleanly(impatient_client, monkeypatch, session):
    from app.services import themes

    await factories.theme(session)
    real = themes.themes_by_ids

    async def slow_statement(**kwargs):
        # A statement that outlives the query's time: PostgreSQL really sleeps, then the real query runs.
        await kwargs["session"].execute(text("SELECT pg_sleep(0.5)"))
        return await real(**kwargs)

    monkeypatch.setattr("app.graphql.loaders.themes_by_ids", slow_statement)
    query = '{ themes { id } n: node(id: "VGhlbWU6MQ==") { id } }'
    async with impatient_client as http:
        started = time.perf_counter()
        response = await http.post("/graphql", json={"query": query})
        took = time.perf_counter() - started
        assert codes(response) == ["QUERY_TIMEOUT"], response.text
        assert response.json()["data"] is None
        # The stopped statement was waited for before the transaction ended: the next request is served.
        assert 0.45 < took < 2.0
        assert (await http.post("/graphql", json={"query": "{ themes { slug } }"})).json()["data"]["themes"]


async def test_a_mutation_past_the_query_time_still_finishes(impatient_client, monkeypatch, editor_headers):
    from app.services import organisations

    real = organisations.create_organisation

    async def slow_create(**kwargs):
        await kwargs["session"].execute(text("SELECT pg_sleep(0.4)"))
        return await real(**kwargs)

    monkeypatch.setattr(organisations, "create_organisation", slow_create)
    mutation = 'mutation { createOrganisation(input: {name: "Traag", kind: MEMBER}) { __typename } }'
    async with impatient_client as http:
        response = await http.post("/graphql", json={"query": mutation}, headers=editor_headers)
        assert response.json() == {"data": {"createOrganisation": {"__typename": "OrganisationPayload"}}}
        assert (await http.get("/api/v1/organisations/traag")).status_code == 200
