"""GraphQL revisions: editors list them with the field diff REST shows, and restore one (same services as REST)."""

from __future__ import annotations

from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeItemUpdate
from app.models.position_paper import PositionPaperUpdate
from app.services.auth import SYSTEM
from app.services.content.writes import update_content
from tests import factories
from tests.graphql.conftest import codes, graphql_errors


async def test_graphql_lists_revisions_for_editors_and_restores_one(graphql, session, editor_headers):
    item = await factories.knowledge_item(session, "Oorspronkelijke titel", publish=True)
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=str(item.id),
        data=KnowledgeItemUpdate(title="Gewijzigd"),
    )
    query = """query($slug: String!) { knowledgeItem(slug: $slug) {
      title revisions { number op actor restoredFrom content } } }"""
    found = (await graphql(query, {"slug": item.slug}, headers=editor_headers))["knowledgeItem"]
    assert [(r["number"], r["op"], r["actor"]) for r in found["revisions"]] == [
        (1, "created", "system"),
        (2, "published", "system"),
        (3, "updated", "system"),
    ]
    assert found["revisions"][0]["content"]["title"] == "Oorspronkelijke titel"

    errors = await graphql_errors(graphql, query, {"slug": item.slug})
    assert codes(errors) == ["UNAUTHENTICATED"]

    restore = """mutation($slug: String!) { restoreKnowledgeItemRevision(slug: $slug, number: 1) {
      __typename ... on KnowledgeItemPayload { knowledgeItem { title status revisions { number restoredFrom } } }
      ... on NotFoundError { code } } }"""
    result = (await graphql(restore, {"slug": item.slug}, headers=editor_headers))["restoreKnowledgeItemRevision"]
    restored = result["knowledgeItem"]
    assert restored["title"] == "Oorspronkelijke titel" and restored["status"] == "PUBLISHED"
    assert restored["revisions"][-1] == {"number": 4, "restoredFrom": 1}
    missing = """mutation { restoreKnowledgeItemRevision(slug: "bestaat-niet", number: 1) { __typename } }"""
    assert (await graphql(missing, headers=editor_headers))["restoreKnowledgeItemRevision"][
        "__typename"
    ] == "NotFoundError"


async def test_graphql_revisions_carry_the_field_diff_that_rest_shows(graphql, client, session, editor_headers):
    paper = await factories.position_paper(session, "Eerste versie", publish=True, summary="Kort")
    await update_content(
        spec=POSITION_PAPERS,
        session=session,
        actor=SYSTEM,
        id_or_slug=str(paper.id),
        data=PositionPaperUpdate(title="Tweede versie", summary="Langer en beter"),
    )
    query = """query($slug: String!) { positionPaper(slug: $slug) {
      revisions { number diff { field revision current } } } }"""
    found = (await graphql(query, {"slug": paper.slug}, headers=editor_headers))["positionPaper"]["revisions"]
    first, latest = found[0], found[-1]
    assert {d["field"]: (d["revision"], d["current"]) for d in first["diff"]} == {
        "title": ("Eerste versie", "Tweede versie"),
        "summary": ("Kort", "Langer en beter"),
        "status": ("draft", "published"),
        "published_at": (None, paper.published_at.isoformat() if paper.published_at else None),
    }
    assert latest["diff"] == []  # the latest revision is the current content
    rest = (await client.get(f"/api/v1/position-papers/{paper.id}/revisions/1", headers=editor_headers)).json()
    assert {d["field"] for d in first["diff"]} == set(rest["diff"])
    errors = await graphql_errors(graphql, query, {"slug": paper.slug})
    assert codes(errors) == ["UNAUTHENTICATED"]
