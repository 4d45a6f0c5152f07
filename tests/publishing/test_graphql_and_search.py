"""The publishing workflow through GraphQL (same services) and into Meilisearch (same outbox)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS
from app.models.knowledge import KnowledgeItem, KnowledgeItemUpdate
from app.models.position_paper import PositionPaperUpdate
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content.writes import update_content
from app.services.scheduling import run_due_schedules
from tests import factories
from tests.graphql.conftest import codes, graphql_errors
from tests.integration.test_cli import kennisbank
from tests.publishing.conftest import in_
from tests.search.conftest import MeiliServer

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
        {"input": {"title": "Standpunt op tijd", "language": "nl", "publishAt": later.isoformat()}},
        headers=editor_headers,
    )
    paper = scheduled["createPositionPaper"]["positionPaper"]
    assert paper["status"] == "draft" and paper["publishAt"] and paper["publishedAt"] is None

    now = await graphql(
        CREATE,
        {"input": {"title": "Standpunt meteen", "language": "nl", "publishAt": in_(-60).isoformat()}},
        headers=editor_headers,
    )
    assert now["createPositionPaper"]["positionPaper"]["status"] == "published"

    backwards = await graphql(
        CREATE,
        {
            "input": {
                "title": "Verkeerd om",
                "language": "nl",
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
    assert restored["title"] == "Oorspronkelijke titel" and restored["status"] == "published"
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


async def index_ids(engine: SearchEngine) -> set[int]:
    docs = await engine.client.index(engine.uid(EntityType.knowledge_item)).get_documents(limit=1000, fields=["id"])
    return {int(d["id"]) for d in docs.results}


async def test_the_search_index_follows_the_schedule(
    session, sessionmaker, worker: SyncWorker, search_engine: SearchEngine
):
    publish_at = in_(3600)
    item = await factories.knowledge_item(session, "Vindbaar vanaf morgen", publish_at=publish_at)
    await worker.drain(timeout_s=30)
    assert item.id not in await index_ids(search_engine)

    assert await run_due_schedules(sessionmaker=sessionmaker, now=publish_at + timedelta(seconds=1)) == 1
    await worker.drain(timeout_s=30)
    assert item.id in await index_ids(search_engine)

    expiry = in_(7200)
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=str(item.id),
        data=KnowledgeItemUpdate(unpublish_at=expiry),
    )
    assert await run_due_schedules(sessionmaker=sessionmaker, now=expiry + timedelta(seconds=1)) == 1
    await worker.drain(timeout_s=30)
    assert item.id not in await index_ids(search_engine)


async def test_sync_worker_once_carries_out_due_schedules_and_indexes_them(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
    committed_url: str,
    meili: MeiliServer,
    search_engine: SearchEngine,
):
    async with committed_sessionmaker() as session, session.begin():
        item = await factories.knowledge_item(session, "Gepland en gemist", publish_at=in_(3600))
        # The moment passed while nothing ran.
        await session.execute(
            update(KnowledgeItem)
            .where(KnowledgeItem.id == item.id)
            .values(publish_at=func.now() - timedelta(minutes=5))
        )
    env = {
        "DATABASE_URL": committed_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": search_engine.prefix,
    }
    result = await asyncio.to_thread(kennisbank, "sync-worker", "--once", env=env)
    assert result.returncode == 0, result.stderr
    async with committed_sessionmaker() as session:
        stored = await session.get(KnowledgeItem, item.id)
        assert stored is not None and stored.status == "published" and stored.publish_at is None
    assert item.id in await index_ids(search_engine)
