"""Regressions for what schema fuzzing (tests/e2e/test_fuzz_rest.py, test_fuzz_graphql.py) and the other
e2e tests found."""

from __future__ import annotations

import httpx
import pytest
from lxml import etree

from app.api.schemas import Problem
from app.main import create_app
from app.search.worker import SyncWorker, WorkerConfig
from tests import factories


@pytest.mark.parametrize("value", ["0.5", "1700000000", "-1", "1e9"])
async def test_a_number_is_not_a_date_time(client, value):
    # Pydantic would read these as Unix timestamps; the parameter is documented as an ISO 8601 date-time.
    for resource in ("knowledge-items", "position-papers"):
        response = await client.get(f"/api/v1/{resource}", params={"published_before": value})
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["field"] == "query.published_before"


async def test_an_iso_date_time_still_filters(client):
    response = await client.get("/api/v1/knowledge-items", params={"published_after": "2024-05-01T00:00:00Z"})
    assert response.status_code == 200


async def test_a_failed_batch_matches_the_documented_problem_schema(client, editor_headers):
    batch = {"operations": [{"op": "create", "data": {}}]}
    response = await client.post("/api/v1/knowledge-items:batch", json=batch, headers=editor_headers)
    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["index"] == 0 and body["errors"][0]["errors"]
    Problem.model_validate(body)
    schema = (await client.get("/openapi.json")).json()["components"]["schemas"]
    assert "BatchOperationError" in str(schema["Problem"]["properties"]["errors"])


async def test_control_characters_in_records_do_not_break_the_xml_renderings(client, session):
    # Found by the editor fuzz run: a theme named with a control character made its Atom feed a 500.
    theme = await factories.theme(session, "Vrede\x01\x1f en \ufffe veiligheid")
    await factories.knowledge_item(session, "Titel met \x0b verticale tab", publish=True, themes=[theme.slug])
    feed = await client.get(f"/feeds/themes/{theme.slug}.atom")
    assert feed.status_code == 200, feed.text
    parsed = etree.fromstring(feed.content)
    texts = " ".join(parsed.itertext())
    assert "Vrede en  veiligheid" in texts and "Titel met  verticale tab" in texts
    for path in ("/feeds/all.atom", "/oai?verb=ListRecords&metadataPrefix=oai_dc"):
        response = await client.get(path)
        assert response.status_code == 200, response.text
        etree.fromstring(response.content)


async def test_control_characters_in_oai_arguments_are_answered_not_crashed(client):
    response = await client.get(
        "/oai", params={"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "x\x01y"}
    )
    assert response.status_code == 200
    etree.fromstring(response.content)


async def test_suggestions_work_while_an_index_has_never_held_a_document(
    settings, engine, sessionmaker, session, search_engine
):
    # Found by the draft-visibility table (test_draft_visibility.py): with no organisation indexed yet,
    # Meilisearch refused the whole title search ("Attribute `title` is not searchable"), so every
    # keystroke fell back to the database and logged an error.
    item = await factories.knowledge_item(session, "Vredesopbouw in de praktijk", publish=True)
    await SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=WorkerConfig()).drain()
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.search = search_engine
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/api/v1/search/suggest", params={"q": "vredes"})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["degraded"] is False, body
        assert [s["id"] for s in body["suggestions"]] == [item.id]
        nothing = (await http.get("/api/v1/search/suggest", params={"q": "zzzqqq"})).json()
        assert nothing["degraded"] is False and nothing["suggestions"] == []


async def test_a_nul_in_the_working_group_theme_filter_is_a_validation_error(client):
    # Found by GraphQL fuzzing (--slow): workingGroups(themes: ["\u0000"]) reached PostgreSQL, which
    # cannot hold NUL in text, and answered INTERNAL_SERVER_ERROR.
    query = {"query": "query($t: [String!]) { workingGroups(themes: $t) { slug } }", "variables": {"t": ["a\x00b"]}}
    body = (await client.post("/graphql", json=query)).json()
    assert [e["extensions"]["code"] for e in body["errors"]] == ["VALIDATION_FAILED"], body
    response = await client.get("/api/v1/working-groups", params={"theme": "a\x00b"})
    assert response.status_code in (400, 422), response.text
    assert (await client.get("/api/v1/working-groups", params={"theme": "vvv"})).status_code == 200
