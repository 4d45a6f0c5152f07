"""Publishing with an original date: REST publish with `published_at`, the batch `publish` operation (importing
history), and the same rule over GraphQL: never a date ahead (that is what publish_at schedules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from app.models import KnowledgeItem
from app.models.change import ChangeEvent
from tests import factories

BASE = "/api/v1/knowledge-items"
BATCH = "/api/v1/knowledge-items:batch"


async def test_rest_publish_takes_an_original_date_and_refuses_one_ahead(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Uit het archief")
    ahead = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    future = await client.post(f"{BASE}/{item.id}/publish", json={"published_at": ahead}, headers=editor_headers)
    assert future.status_code == 422 and future.json()["errors"][0]["field"] == "published_at"
    assert "publish_at" in future.json()["errors"][0]["message"]
    naive = await client.post(
        f"{BASE}/{item.id}/publish", json={"published_at": "2019-05-01T09:00:00"}, headers=editor_headers
    )
    assert naive.status_code == 422
    unknown = await client.post(f"{BASE}/{item.id}/publish", json={"publishedAt": "2019"}, headers=editor_headers)
    assert unknown.status_code == 422  # a body it would ignore is refused, not ignored
    assert (await client.get(f"{BASE}/{item.slug}")).status_code == 404  # none of these published it

    published = await client.post(
        f"{BASE}/{item.id}/publish", json={"published_at": "2019-05-01T09:00:00+02:00"}, headers=editor_headers
    )
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"
    assert published.json()["published_at"] == "2019-05-01T07:00:00+00:00"
    public = (await client.get(f"{BASE}/{item.slug}")).json()
    assert public["published_at"] == "2019-05-01T07:00:00+00:00"

    # On an item already published, an explicit date corrects it (a new version); no body changes nothing.
    version = public["version"]
    again = await client.post(f"{BASE}/{item.id}/publish", headers=editor_headers)
    assert again.status_code == 200 and again.json()["version"] == version
    empty = await client.post(f"{BASE}/{item.id}/publish", json={}, headers=editor_headers)
    assert empty.status_code == 200 and empty.json()["version"] == version
    corrected = await client.post(
        f"{BASE}/{item.id}/publish", json={"published_at": "2018-01-01T00:00:00Z"}, headers=editor_headers
    )
    assert (
        corrected.json()["published_at"] == "2018-01-01T00:00:00+00:00" and corrected.json()["version"] == version + 1
    )


async def test_batch_import_of_history_creates_and_publishes_with_original_dates(client, session, editor_headers):
    theme = await factories.theme(session, "Vrede")
    history = [(f"historisch-{n}", datetime(2015 + n, 3, 8, 10, 0, tzinfo=UTC)) for n in range(5)]
    operations = [
        {
            "op": "create",
            "data": {
                "title": f"Historisch {n}",
                "slug": slug,
                "kind": "news",
                "language": "nl",
                "themes": [theme.slug],
            },
        }
        for n, (slug, _) in enumerate(history)
    ] + [{"op": "publish", "id_or_slug": slug, "published_at": moment.isoformat()} for slug, moment in history]
    response = await client.post(BATCH, json={"operations": operations}, headers=editor_headers)
    assert response.status_code == 200, response.text
    assert [r["index"] for r in response.json()["data"]] == list(range(10))

    listed = (await client.get(f"{BASE}?theme={theme.slug}&sort=published_at&limit=10")).json()["data"]
    assert [(d["slug"], d["published_at"]) for d in listed] == [(slug, moment.isoformat()) for slug, moment in history]
    published = await session.scalar(
        select(func.count())
        .select_from(ChangeEvent)
        .where(ChangeEvent.op == "published", ChangeEvent.slug.like("historisch-%"))
    )
    assert published == 5  # search, feeds and webhooks hear of each publication


async def test_a_batch_publish_that_fails_writes_nothing_and_says_where(client, session, editor_headers):
    draft = await factories.knowledge_item(session, "Concept")
    before = await session.scalar(select(func.count()).select_from(KnowledgeItem))
    ahead = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    operations = [
        {"op": "create", "data": {"title": "Nieuw", "slug": "nieuw-in-batch", "kind": "news", "language": "nl"}},
        {"op": "publish", "id_or_slug": "nieuw-in-batch", "published_at": ahead},
        {"op": "publish", "id_or_slug": draft.slug, "published_at": "gisteren"},
        {"op": "publish", "id_or_slug": "bestaat-niet"},
        {"op": "publish", "id_or_slug": draft.slug, "expected_version": 7},
    ]
    response = await client.post(BATCH, json={"operations": operations}, headers=editor_headers)
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert [(e["index"], e["code"]) for e in errors] == [
        (1, "validation_failed"),
        (2, "validation_failed"),
        (3, "not_found"),
        (4, "version_mismatch"),
    ]
    assert errors[0]["field"] == "published_at" and errors[1]["errors"][0]["field"] == "published_at"
    assert await session.scalar(select(func.count()).select_from(KnowledgeItem)) == before
    assert (await client.get(f"{BASE}/{draft.slug}")).status_code == 404

    # An update needs the record it updates; a publish takes no data.
    for bad in ({"op": "update", "data": {}}, {"op": "publish", "id_or_slug": draft.slug, "data": {}}):
        refused = await client.post(BATCH, json={"operations": [bad]}, headers=editor_headers)
        assert refused.status_code == 422, bad


async def test_graphql_publish_refuses_a_date_ahead_like_rest(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Via GraphQL")
    query = """mutation($slug: String!, $at: DateTime) { publishKnowledgeItem(slug: $slug, publishedAt: $at) {
      __typename ... on KnowledgeItemPayload { knowledgeItem { status publishedAt } }
      ... on ValidationError { code fields { field message } } } }"""
    ahead = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    refused = await client.post(
        "/graphql", json={"query": query, "variables": {"slug": item.slug, "at": ahead}}, headers=editor_headers
    )
    result = refused.json()["data"]["publishKnowledgeItem"]
    assert result["code"] == "VALIDATION_FAILED" and result["fields"][0]["field"] == "publishedAt"
    done = await client.post(
        "/graphql",
        json={"query": query, "variables": {"slug": item.slug, "at": "2020-02-02T12:00:00+00:00"}},
        headers=editor_headers,
    )
    published = done.json()["data"]["publishKnowledgeItem"]["knowledgeItem"]
    assert published["status"] == "PUBLISHED" and published["publishedAt"].startswith("2020-02-02T12:00:00")
