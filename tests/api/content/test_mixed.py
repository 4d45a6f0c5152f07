"""Knowledge items and position papers in one list: REST ``/api/v1/content``, GraphQL ``content``."""

from __future__ import annotations

from tests import factories


async def _content(session):
    await factories.theme(session, "Vrede", slug="vrede")
    made = []
    for n in range(3):
        made.append(await factories.knowledge_item(session, f"Item {n}", themes=["vrede"], publish=True))
        made.append(await factories.position_paper(session, f"Papier {n}", publish=True))
    draft = await factories.knowledge_item(session, "Concept", themes=["vrede"])
    return made, draft


async def test_rest_lists_both_types_newest_first_in_keyset_pages(client, session, editor_headers):
    _, draft = await _content(session)
    first = await client.get("/api/v1/content", params={"limit": 4})
    body = first.json()
    assert first.status_code == 200 and body["meta"]["total"] == 6 and len(body["data"]) == 4
    assert {d["type"] for d in body["data"]} == {"knowledge_item", "position_paper"}
    assert 'rel="next"' in first.headers["link"]
    second = (await client.get("/api/v1/content", params={"limit": 4, "cursor": body["meta"]["next_cursor"]})).json()
    seen = [(d["type"], d["id"]) for d in body["data"] + second["data"]]
    assert len(seen) == len(set(seen)) == 6 and second["meta"]["next_cursor"] is None
    assert draft.id not in [i for t, i in seen if t == "knowledge_item"]
    dates = [d["published_at"] for d in body["data"] + second["data"]]
    assert dates == sorted(dates, reverse=True)
    assert all(d["url"].startswith("https://www.wo-men.nl/") for d in body["data"])

    by_title = (await client.get("/api/v1/content", params={"sort": "title", "fields": "title,type"})).json()["data"]
    assert [d["title"] for d in by_title] == sorted(d["title"] for d in by_title)
    assert set(by_title[0]) == {"title", "type"}
    themed = (await client.get("/api/v1/content", params={"theme": "vrede"})).json()
    assert themed["meta"]["total"] == 3 and {d["type"] for d in themed["data"]} == {"knowledge_item"}
    papers = (await client.get("/api/v1/content", params={"type": "position_paper"})).json()
    assert papers["meta"]["total"] == 3 and {d["type"] for d in papers["data"]} == {"position_paper"}
    editors = (await client.get("/api/v1/content", params={"status": "draft"}, headers=editor_headers)).json()
    assert [d["title"] for d in editors["data"]] == ["Concept"]
    assert (await client.get("/api/v1/content", params={"status": "draft"})).status_code == 422
    assert (await client.get("/api/v1/content", params={"type": "theme"})).status_code == 422
    assert (await client.get("/api/v1/content", params={"kind": "report"})).status_code == 400
    foreign = await client.get("/api/v1/content", params={"cursor": body["meta"]["next_cursor"], "sort": "title"})
    assert foreign.status_code == 422  # a cursor of another sort order


async def test_graphql_content_pages_both_ways(client, session):
    await _content(session)
    query = """query($after: String, $before: String, $first: Int, $last: Int) {
      content(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
        edges { node { __typename title url ... on KnowledgeItem { kind } } } } }"""

    async def page(**variables):
        answer = await client.post("/graphql", json={"query": query, "variables": variables})
        return answer.json()["data"]["content"]

    one = await page(first=4)
    assert one["totalCount"] == 6 and one["pageInfo"]["hasNextPage"]
    assert {e["node"]["__typename"] for e in one["edges"]} == {"KnowledgeItem", "PositionPaper"}
    two = await page(first=4, after=one["pageInfo"]["endCursor"])
    titles = [e["node"]["title"] for e in one["edges"] + two["edges"]]
    assert len(set(titles)) == 6 and not two["pageInfo"]["hasNextPage"]
    back = await page(last=4, before=two["pageInfo"]["startCursor"])
    assert [e["node"]["title"] for e in back["edges"]] == titles[:4]
    filtered = (
        await client.post(
            "/graphql", json={"query": '{ content(filter: {themes: ["vrede"]}) { totalCount nodes { title } } }'}
        )
    ).json()["data"]["content"]
    assert filtered["totalCount"] == 3


async def test_graphql_content_filters_by_type_like_rest(client, session, editor_headers):
    await _content(session)
    query = """query($types: [ContentType!], $after: String) {
      content(filter: {types: $types}, first: 2, after: $after) {
        totalCount pageInfo { endCursor } nodes { __typename url } } }"""

    async def content(**variables):
        answer = (await client.post("/graphql", json={"query": query, "variables": variables})).json()
        assert "errors" not in answer, answer
        return answer["data"]["content"]

    papers = await content(types=["POSITION_PAPER"])
    assert papers["totalCount"] == 3 and {n["__typename"] for n in papers["nodes"]} == {"PositionPaper"}
    rest = (await client.get("/api/v1/content", params={"type": "position_paper", "limit": 2})).json()
    assert [n["url"] for n in papers["nodes"]] == [d["url"] for d in rest["data"]]
    next_page = await content(types=["POSITION_PAPER"], after=papers["pageInfo"]["endCursor"])
    assert next_page["totalCount"] == 3 and {n["__typename"] for n in next_page["nodes"]} == {"PositionPaper"}
    items = await content(types=["KNOWLEDGE_ITEM"])
    assert items["totalCount"] == 3 and {n["__typename"] for n in items["nodes"]} == {"KnowledgeItem"}
    both = await content(types=["KNOWLEDGE_ITEM", "POSITION_PAPER", "KNOWLEDGE_ITEM"])
    assert both["totalCount"] == 6 == (await content(types=None))["totalCount"]

    # A cursor of the papers-only list does not page another type selection.
    foreign = await client.post(
        "/graphql",
        json={"query": query, "variables": {"types": ["KNOWLEDGE_ITEM"], "after": papers["pageInfo"]["endCursor"]}},
    )
    assert foreign.json()["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED", foreign.json()
    for wrong in (["THEME"], ["knowledge_item"]):
        refused = (await client.post("/graphql", json={"query": query, "variables": {"types": wrong}})).json()
        assert refused["data"] is None and refused["errors"], refused
