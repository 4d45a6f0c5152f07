"""Editors' writes over GraphQL: typed results with codes, optimistic concurrency, nothing written on failure."""

from __future__ import annotations

import base64

from app.models import ChangeEvent, KnowledgeItem
from tests import factories
from tests.graphql.conftest import RESULT_FIELDS, codes, count, graphql_errors

CREATE = f"""
mutation Create($input: KnowledgeItemCreateInput!) {{
  createKnowledgeItem(input: $input) {{
    ... on KnowledgeItemPayload {{
      knowledgeItem {{ id slug title status version themes {{ slug }} organisations {{ role organisation {{ slug }} }}
                       attachments {{ fileName url }} tags }}
    }}
    {RESULT_FIELDS}
  }}
}}
"""

UPDATE = f"""
mutation Update($slug: String, $version: Int, $input: KnowledgeItemUpdateInput!) {{
  updateKnowledgeItem(slug: $slug, expectedVersion: $version, input: $input) {{
    ... on KnowledgeItemPayload {{ knowledgeItem {{ title version summary themes {{ slug }} }} }}
    {RESULT_FIELDS}
  }}
}}
"""


async def test_editor_creates_a_knowledge_item_with_relations(graphql, session, editor_headers):
    theme = await factories.theme(session, "Vrede")
    org = await factories.organisation(session, "Atria")
    data = await graphql(
        CREATE,
        {
            "input": {
                "title": "Nieuw rapport",
                "kind": "REPORT",
                "language": "NL",
                "themes": [theme.slug],
                "tags": [" NAP ", "nap"],
                "organisations": [{"organisation": org.slug, "role": "PUBLISHER"}],
                "attachments": [
                    {"fileName": "r.pdf", "mediaType": "application/pdf", "size": 10, "url": "https://x.nl/r.pdf"}
                ],
            }
        },
        headers=editor_headers,
    )
    result = data["createKnowledgeItem"]
    item = result["knowledgeItem"]
    assert item["slug"] == "nieuw-rapport" and item["status"] == "DRAFT" and item["version"] == 1
    assert item["themes"] == [{"slug": "vrede"}]
    assert item["organisations"] == [{"role": "PUBLISHER", "organisation": {"slug": "atria"}}]
    assert item["attachments"] == [{"fileName": "r.pdf", "url": "https://x.nl/r.pdf"}]
    assert item["tags"] == ["nap"]


async def test_publish_unpublish_and_delete(graphql, session, editor_headers):
    await factories.knowledge_item(session, "Te publiceren")
    publish = f"""mutation {{ publishKnowledgeItem(slug: "te-publiceren", expectedVersion: 1) {{
        ... on KnowledgeItemPayload {{ knowledgeItem {{ status version publishedAt }} }} {RESULT_FIELDS} }} }}"""
    published = (await graphql(publish, headers=editor_headers))["publishKnowledgeItem"]
    assert published["knowledgeItem"]["status"] == "PUBLISHED" and published["knowledgeItem"]["version"] == 2
    assert (await graphql('{ knowledgeItem(slug: "te-publiceren") { title } }'))["knowledgeItem"]

    unpublish = f"""mutation {{ unpublishKnowledgeItem(slug: "te-publiceren") {{
        ... on KnowledgeItemPayload {{ knowledgeItem {{ status }} }} {RESULT_FIELDS} }} }}"""
    assert (await graphql(unpublish, headers=editor_headers))["unpublishKnowledgeItem"]["knowledgeItem"] == {
        "status": "DRAFT"
    }
    assert (await graphql('{ knowledgeItem(slug: "te-publiceren") { title } }'))["knowledgeItem"] is None

    delete = f"""mutation {{ deleteKnowledgeItem(slug: "te-publiceren") {{
        ... on DeletePayload {{ deletedId slug }} {RESULT_FIELDS} }} }}"""
    deleted = (await graphql(delete, headers=editor_headers))["deleteKnowledgeItem"]
    assert deleted["__typename"] == "DeletePayload" and deleted["slug"] == "te-publiceren"
    assert await count(session, KnowledgeItem, slug="te-publiceren") == 0
    again = (await graphql(delete, headers=editor_headers))["deleteKnowledgeItem"]
    assert again["__typename"] == "NotFoundError" and again["code"] == "NOT_FOUND"


async def test_a_stale_expected_version_is_a_typed_error_and_writes_nothing(graphql, session, editor_headers):
    item = await factories.knowledge_item(session, "Origineel")
    events = await count(session, ChangeEvent)
    data = await graphql(
        UPDATE, {"slug": item.slug, "version": 7, "input": {"title": "Gewijzigd"}}, headers=editor_headers
    )
    result = data["updateKnowledgeItem"]
    assert result["__typename"] == "VersionMismatchError"
    assert result["code"] == "VERSION_MISMATCH" and result["currentVersion"] == 1
    assert await count(session, KnowledgeItem, title="Gewijzigd") == 0
    assert await count(session, ChangeEvent) == events

    ok = await graphql(
        UPDATE,
        {"slug": item.slug, "version": 1, "input": {"title": "Gewijzigd", "summary": "Kort"}},
        headers=editor_headers,
    )
    assert ok["updateKnowledgeItem"]["knowledgeItem"] == {
        "title": "Gewijzigd",
        "version": 2,
        "summary": "Kort",
        "themes": [],
    }


async def test_a_failure_half_way_rolls_back_the_whole_mutation(graphql, session, editor_headers):
    data = await graphql(
        CREATE,
        {"input": {"title": "Halverwege", "kind": "REPORT", "language": "NL", "themes": ["bestaat-niet"]}},
        headers=editor_headers,
    )
    result = data["createKnowledgeItem"]
    assert result["__typename"] == "ValidationError"
    assert result["fields"] == [{"field": "themes", "message": "unknown themes: bestaat-niet"}]
    # The row was inserted before the themes were checked; the savepoint took it back.
    assert await count(session, KnowledgeItem, title="Halverwege") == 0


async def test_input_is_validated_by_the_rest_rules(graphql, editor_headers):
    data = await graphql(
        CREATE,
        {
            "input": {
                "title": "",
                "kind": "REPORT",
                "language": "NL",
                "sourceUrl": "geen url",
                "attachments": [{"fileName": "a", "mediaType": "application/pdf", "size": -1, "url": "niet-een-url"}],
            }
        },
        headers=editor_headers,
    )
    result = data["createKnowledgeItem"]
    assert result["__typename"] == "ValidationError" and result["code"] == "VALIDATION_FAILED"
    fields = {f["field"] for f in result["fields"]}
    assert fields == {"title", "sourceUrl", "attachments.0.size", "attachments.0.url"}


async def test_null_for_a_required_field_on_update_is_refused(graphql, session, editor_headers):
    item = await factories.knowledge_item(session, "Blijft")
    data = await graphql(UPDATE, {"slug": item.slug, "input": {"title": None}}, headers=editor_headers)
    assert data["updateKnowledgeItem"]["__typename"] == "ValidationError"


async def test_a_mutation_without_a_key_or_with_a_reader_key_is_refused(graphql, session, reader_headers):
    variables = {"input": {"title": "Anoniem", "kind": "REPORT", "language": "NL"}}
    anonymous = (await graphql(CREATE, variables))["createKnowledgeItem"]
    assert anonymous["__typename"] == "PermissionDeniedError" and anonymous["code"] == "UNAUTHENTICATED"
    reader = (await graphql(CREATE, variables, headers=reader_headers))["createKnowledgeItem"]
    assert reader["__typename"] == "PermissionDeniedError" and reader["code"] == "PERMISSION_DENIED"
    assert await count(session, KnowledgeItem, title="Anoniem") == 0


async def test_an_invalid_key_is_refused_like_rest(client):
    response = await client.post(
        "/graphql", json={"query": "{ themes { slug } }"}, headers={"Authorization": "Bearer kb_nope"}
    )
    assert response.status_code == 401


async def test_duplicate_slug_is_a_conflict(graphql, session, editor_headers):
    await factories.knowledge_item(session, "Bestaat", slug="bezet")
    data = await graphql(
        CREATE,
        {"input": {"title": "Ander", "kind": "REPORT", "language": "NL", "slug": "bezet"}},
        headers=editor_headers,
    )
    result = data["createKnowledgeItem"]
    assert result["__typename"] == "ConflictError" and result["field"] == "slug"


async def test_position_paper_lifecycle(graphql, session, editor_headers):
    org = await factories.organisation(session, "Atria")
    create = f"""mutation($input: PositionPaperCreateInput!) {{ createPositionPaper(input: $input) {{
        ... on PositionPaperPayload {{ positionPaper {{ id slug audience ministry signatories {{ slug }} }} }}
        {RESULT_FIELDS} }} }}"""
    missing_ministry = await graphql(
        create, {"input": {"title": "Brief", "language": "NL", "audience": ["MINISTRY"]}}, headers=editor_headers
    )
    assert missing_ministry["createPositionPaper"]["fields"][0]["field"] == "ministry"
    created = await graphql(
        create,
        {
            "input": {
                "title": "Brief",
                "language": "NL",
                "audience": ["MINISTRY"],
                "ministry": "BZ",
                "signatories": [org.slug],
            }
        },
        headers=editor_headers,
    )
    paper = created["createPositionPaper"]["positionPaper"]
    assert paper["audience"] == ["MINISTRY"] and paper["signatories"] == [{"slug": "atria"}]
    update = f"""mutation($id: ID) {{ updatePositionPaper(id: $id, input: {{occasion: "Begroting"}}) {{
        ... on PositionPaperPayload {{ positionPaper {{ occasion version }} }} {RESULT_FIELDS} }}
      publishPositionPaper(id: $id) {{ ... on PositionPaperPayload {{ positionPaper {{ status version }} }} }} }}"""
    updated = await graphql(update, {"id": paper["id"]}, headers=editor_headers)
    assert updated["updatePositionPaper"]["positionPaper"] == {"occasion": "Begroting", "version": 2}
    assert updated["publishPositionPaper"]["positionPaper"] == {"status": "PUBLISHED", "version": 3}
    unpublish = f"""mutation($id: ID) {{ unpublishPositionPaper(id: $id) {{
        ... on PositionPaperPayload {{ positionPaper {{ status }} }} }}
      deletePositionPaper(id: $id) {{ ... on DeletePayload {{ deletedId }} {RESULT_FIELDS} }} }}"""
    done = await graphql(unpublish, {"id": paper["id"]}, headers=editor_headers)
    assert done["unpublishPositionPaper"]["positionPaper"]["status"] == "DRAFT"
    assert done["deletePositionPaper"]["deletedId"] == paper["id"]


async def test_mutations_over_get_are_refused(client):
    response = await client.get(
        "/graphql", params={"query": 'mutation { deleteKnowledgeItem(slug: "x") { __typename } }'}
    )
    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


async def test_a_wrong_type_of_global_id_in_a_mutation_is_a_validation_error(graphql, session, editor_headers):
    theme = await factories.theme(session)
    gid = base64.b64encode(f"Theme:{theme.id}".encode()).decode()
    data = await graphql(
        f'mutation {{ publishKnowledgeItem(id: "{gid}") {{ {RESULT_FIELDS} }} }}', headers=editor_headers
    )
    assert data["publishKnowledgeItem"]["code"] == "VALIDATION_FAILED"
    errors = await graphql_errors(graphql, 'mutation { publishKnowledgeItem(id: "%%%") { __typename } }')
    assert codes(errors) == ["BAD_USER_INPUT"]
