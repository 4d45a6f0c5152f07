"""Reads over GraphQL: objects by id or slug, Relay nodes, connections both ways, relations, visibility."""

from __future__ import annotations

import base64

from tests import factories
from tests.graphql.conftest import codes, graphql_errors


def global_id(type_name: str, pk: int | None) -> str:
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


async def test_knowledge_item_by_slug_and_by_global_id(graphql, session):
    item = await factories.knowledge_item(session, "Vrede in Mali", publish=True)
    by_slug = await graphql('{ knowledgeItem(slug: "vrede-in-mali") { id title kind language status version } }')
    assert by_slug["knowledgeItem"] == {
        "id": global_id("KnowledgeItem", item.id),
        "title": "Vrede in Mali",
        "kind": "REPORT",
        "language": "NL",
        "status": "PUBLISHED",
        "version": 2,
    }
    by_id = await graphql("query($id: ID!) { knowledgeItem(id: $id) { slug } }", {"id": by_slug["knowledgeItem"]["id"]})
    assert by_id["knowledgeItem"]["slug"] == "vrede-in-mali"


async def test_a_draft_is_absent_for_the_public_and_present_for_editors(graphql, session, editor_headers):
    draft = await factories.knowledge_item(session, "Concept")
    gid = global_id("KnowledgeItem", draft.id)
    query = """query($id: ID!) {
      knowledgeItem(slug: "concept") { slug }
      node(id: $id) { id }
      knowledgeItems { totalCount edges { node { slug } } } }"""
    public = await graphql(query, {"id": gid})
    assert public == {"knowledgeItem": None, "node": None, "knowledgeItems": {"totalCount": 0, "edges": []}}
    editor = await graphql(query, {"id": gid}, headers=editor_headers)
    assert editor["knowledgeItem"] == {"slug": "concept"}
    assert editor["node"] == {"id": gid}
    assert editor["knowledgeItems"]["totalCount"] == 1


async def test_node_and_nodes_resolve_any_type_in_order(graphql, session):
    theme = await factories.theme(session, "Klimaat")
    org = await factories.organisation(session, "Cordaid")
    paper = await factories.position_paper(session, "Inbreng", publish=True)
    ids = [global_id("PositionPaper", paper.id), global_id("Theme", theme.id), global_id("Organisation", org.id)]
    data = await graphql(
        """query($ids: [ID!]!) { nodes(ids: $ids) {
             __typename id
             ... on Content { title }
             ... on Theme { nameNl }
             ... on Organisation { name } } }""",
        {"ids": [*ids, global_id("KnowledgeItem", 999999)]},
    )
    assert [n and n["__typename"] for n in data["nodes"]] == ["PositionPaper", "Theme", "Organisation", None]
    assert data["nodes"][0]["title"] == "Inbreng"
    assert data["nodes"][1]["nameNl"] == "Klimaat"


async def test_connections_page_forwards_and_backwards_with_cursors(graphql, session):
    for i in range(5):
        await factories.knowledge_item(session, f"Item {i}", publish=True)
    query = """query($first: Int, $after: String, $last: Int, $before: String) {
      knowledgeItems(
        first: $first, after: $after, last: $last, before: $before, orderBy: [{field: TITLE, direction: ASC}]
      ) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { title } } } }"""
    first = (await graphql(query, {"first": 2}))["knowledgeItems"]
    assert [e["node"]["title"] for e in first["edges"]] == ["Item 0", "Item 1"]
    assert first["pageInfo"]["hasNextPage"] and not first["pageInfo"]["hasPreviousPage"]
    assert first["totalCount"] == 5
    second = (await graphql(query, {"first": 2, "after": first["pageInfo"]["endCursor"]}))["knowledgeItems"]
    assert [e["node"]["title"] for e in second["edges"]] == ["Item 2", "Item 3"]
    assert second["pageInfo"]["hasPreviousPage"]
    back = (await graphql(query, {"last": 2, "before": second["pageInfo"]["startCursor"]}))["knowledgeItems"]
    assert [e["node"]["title"] for e in back["edges"]] == ["Item 0", "Item 1"]
    assert not back["pageInfo"]["hasPreviousPage"] and back["pageInfo"]["hasNextPage"]
    tail = (await graphql(query, {"last": 2}))["knowledgeItems"]
    assert [e["node"]["title"] for e in tail["edges"]] == ["Item 3", "Item 4"]
    assert tail["pageInfo"]["hasPreviousPage"]


async def test_a_cursor_from_another_sort_order_is_refused(graphql, session):
    for i in range(3):
        await factories.knowledge_item(session, f"Item {i}", publish=True)
    data = await graphql("{ knowledgeItems(first: 1) { pageInfo { endCursor } } }")
    cursor = data["knowledgeItems"]["pageInfo"]["endCursor"]
    errors = await graphql_errors(
        graphql,
        "query($c: String) { knowledgeItems(after: $c, orderBy: [{field: TITLE}]) { totalCount } }",
        {"c": cursor},
    )
    assert codes(errors) == ["VALIDATION_FAILED"]
    assert "cursor" in errors[0]["message"]


async def test_filters_are_the_rest_filters(graphql, session):
    theme = await factories.theme(session, "Vrede")
    await factories.knowledge_item(session, "Over vrede", publish=True, themes=[theme.slug], tags=["NAP"])
    await factories.knowledge_item(session, "Toolkit", publish=True, kind="toolkit", language="en")
    query = "query($f: KnowledgeItemFilter) { knowledgeItems(filter: $f) { edges { node { title } } } }"

    async def titles(f: dict) -> list[str]:
        return [e["node"]["title"] for e in (await graphql(query, {"f": f}))["knowledgeItems"]["edges"]]

    assert await titles({"themes": ["vrede"]}) == ["Over vrede"]
    assert await titles({"kinds": ["TOOLKIT"]}) == ["Toolkit"]
    assert await titles({"languages": ["EN"]}) == ["Toolkit"]
    assert await titles({"tags": ["nap"]}) == ["Over vrede"]
    errors = await graphql_errors(graphql, query, {"f": {"statuses": ["DRAFT"]}})
    assert codes(errors) == ["VALIDATION_FAILED"]


async def test_relations_in_both_directions(graphql, session):
    theme = await factories.theme(session, "Vrede")
    alliance = await factories.organisation(session, "Dutch Coalition", kind="alliance")
    member = await factories.organisation(session, "Atria", themes=[theme.slug])
    from app.models.organisation import OrganisationUpdate
    from app.services.auth import SYSTEM
    from app.services.organisations import update_organisation

    await update_organisation(
        session=session,
        actor=SYSTEM,
        id_or_slug=alliance.slug,
        data=OrganisationUpdate(members=[{"organisation": member.slug, "role": "lid"}]),  # type: ignore[list-item]
    )
    nl = await factories.knowledge_item(
        session, "Vrede NL", publish=True, themes=[theme.slug], organisations=[{"organisation": member.slug}]
    )
    await factories.knowledge_item(session, "Peace EN", publish=True, language="en", translation=nl.slug)
    await factories.position_paper(session, "Brief", publish=True, themes=[theme.slug], signatories=[member.slug])
    data = await graphql(
        """{
          organisation(slug: "atria") {
            themes { slug }
            memberships { role organisation { slug } }
            knowledgeItems { totalCount edges { node { title translation { title language } } } }
            positionPapers { edges { node { title signatories { slug } } } }
          }
          alliance: organisation(slug: "dutch-coalition") { members { role organisation { name } } }
          theme(slug: "vrede") {
            knowledgeItems { edges { node { title } } }
            positionPapers { edges { node { title } } }
            organisations { edges { node { slug } } }
          }
        }"""
    )
    org = data["organisation"]
    assert org["themes"] == [{"slug": "vrede"}]
    assert org["memberships"] == [{"role": "lid", "organisation": {"slug": "dutch-coalition"}}]
    assert org["knowledgeItems"]["totalCount"] == 1
    assert org["knowledgeItems"]["edges"][0]["node"]["translation"] == {"title": "Peace EN", "language": "EN"}
    assert org["positionPapers"]["edges"][0]["node"]["signatories"] == [{"slug": "atria"}]
    assert data["alliance"]["members"] == [{"role": "lid", "organisation": {"name": "Atria"}}]
    assert [e["node"]["title"] for e in data["theme"]["knowledgeItems"]["edges"]] == ["Vrede NL"]
    assert [e["node"]["title"] for e in data["theme"]["positionPapers"]["edges"]] == ["Brief"]
    assert [e["node"]["slug"] for e in data["theme"]["organisations"]["edges"]] == ["atria"]


async def test_a_draft_translation_is_null_for_the_public(graphql, session):
    nl = await factories.knowledge_item(session, "Gepubliceerd", publish=True)
    await factories.knowledge_item(session, "Draft EN", language="en", translation=nl.slug)
    data = await graphql('{ knowledgeItem(slug: "gepubliceerd") { translation { title } } }')
    assert data["knowledgeItem"]["translation"] is None


async def test_organisations_connection_sorts_and_filters(graphql, session):
    await factories.organisation(session, "Bravo", country="NL")
    await factories.organisation(session, "Alpha", kind="partner", country="BE")
    await factories.organisation(session, "Charlie", member_since="2020-01-01")
    data = await graphql(
        """{ all: organisations(orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } }
             be: organisations(filter: {countries: ["be"]}) { edges { node { name } } }
             newest: organisations(first: 1, orderBy: [{field: CREATED_AT, direction: DESC}]) {
               pageInfo { endCursor } edges { node { name memberSince } } } }"""
    )
    assert [e["node"]["name"] for e in data["all"]["edges"]] == ["Charlie", "Bravo", "Alpha"]
    assert [e["node"]["name"] for e in data["be"]["edges"]] == ["Alpha"]
    assert data["newest"]["edges"][0]["node"] == {"name": "Charlie", "memberSince": "2020-01-01"}
    cursor = data["newest"]["pageInfo"]["endCursor"]
    more = await graphql(
        "query($c: String) { organisations(first: 5, after: $c, orderBy: [{field: CREATED_AT, direction: DESC}]) "
        "{ edges { node { name } } } }",
        {"c": cursor},
    )
    assert [e["node"]["name"] for e in more["organisations"]["edges"]] == ["Alpha", "Bravo"]


async def test_themes_and_working_groups(graphql, session):
    theme = await factories.theme(session, "Vrede")
    org = await factories.organisation(session, "Atria")
    from app.models.working_group import WorkingGroupCreate
    from app.services.auth import SYSTEM
    from app.services.working_groups import create_working_group

    await create_working_group(
        session=session,
        actor=SYSTEM,
        data=WorkingGroupCreate(name="WG Vrede", theme=theme.slug, members=[{"organisation": org.slug}]),  # type: ignore[list-item]
    )
    await session.flush()
    data = await graphql(
        """{ themes { slug workingGroups { name } }
             workingGroup(slug: "wg-vrede") { theme { slug } members { role organisation { name } } }
             organisation(slug: "atria") { workingGroups { role workingGroup { slug } } } }"""
    )
    assert data["themes"] == [{"slug": "vrede", "workingGroups": [{"name": "WG Vrede"}]}]
    assert data["workingGroup"] == {
        "theme": {"slug": "vrede"},
        "members": [{"role": "member", "organisation": {"name": "Atria"}}],
    }
    assert data["organisation"]["workingGroups"] == [{"role": "member", "workingGroup": {"slug": "wg-vrede"}}]


async def test_id_of_another_type_or_both_keys_is_refused(graphql, session):
    theme = await factories.theme(session)
    errors = await graphql_errors(
        graphql, "query($id: ID!) { knowledgeItem(id: $id) { slug } }", {"id": global_id("Theme", theme.id)}
    )
    assert codes(errors) == ["VALIDATION_FAILED"]
    errors = await graphql_errors(graphql, '{ theme(slug: "x", id: "VGhlbWU6MQ==") { slug } }')
    assert codes(errors) == ["VALIDATION_FAILED"]
