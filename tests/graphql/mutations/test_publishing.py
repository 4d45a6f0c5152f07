"""GraphQL publishing mutations: schedules (publishAt, unpublishAt) go through the same rules as REST."""

from __future__ import annotations

from datetime import timedelta

from app.services.scheduling import run_due_schedules
from tests.factories import in_

CREATE = """mutation($input: PositionPaperCreateInput!) {
  createPositionPaper(input: $input) {
    __typename
    ... on PositionPaperPayload { positionPaper { slug status publishAt unpublishAt publishedAt } }
    ... on ValidationError { code fields { field message } }
  }
}"""


async def test_graphql_writes_schedules_through_the_same_rules(graphql, sessionmaker, editor_headers):
    later = in_(3600)
    scheduled = await graphql(
        CREATE,
        {"input": {"title": "Standpunt op tijd", "language": "NL", "publishAt": later.isoformat()}},
        headers=editor_headers,
    )
    paper = scheduled["createPositionPaper"]["positionPaper"]
    assert paper["status"] == "DRAFT" and paper["publishAt"] and paper["publishedAt"] is None

    now = await graphql(
        CREATE,
        {"input": {"title": "Standpunt meteen", "language": "NL", "publishAt": in_(-60).isoformat()}},
        headers=editor_headers,
    )
    assert now["createPositionPaper"]["positionPaper"]["status"] == "PUBLISHED"

    backwards = await graphql(
        CREATE,
        {
            "input": {
                "title": "Verkeerd om",
                "language": "NL",
                "publishAt": later.isoformat(),
                "unpublishAt": in_(60).isoformat(),
            }
        },
        headers=editor_headers,
    )
    assert backwards["createPositionPaper"]["__typename"] == "ValidationError"
    assert backwards["createPositionPaper"]["fields"][0]["field"] == "unpublishAt"

    query = "{ positionPapers { edges { node { slug } } } }"
    public = {e["node"]["slug"] for e in (await graphql(query))["positionPapers"]["edges"]}
    assert public == {"standpunt-meteen"}
    await run_due_schedules(sessionmaker=sessionmaker, now=later + timedelta(seconds=1))
    public = {e["node"]["slug"] for e in (await graphql(query))["positionPapers"]["edges"]}
    assert public == {"standpunt-meteen", "standpunt-op-tijd"}
