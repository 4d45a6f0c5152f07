"""Scheduling: publish_at and unpublish_at, the visibility rule that honours them, the scheduler, and the
search index following the schedule."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.db import create_sessionmaker
from app.models.api_key import Role
from app.models.change import ChangeEvent, EntityType
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItem, KnowledgeItemUpdate
from app.models.revision import ContentRevision
from app.models.search_outbox import SearchOutbox
from app.search.documents import public_documents
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM
from app.services.content import publishing
from app.services.content.visibility import is_public
from app.services.content.writes import update_content
from app.services.scheduling import next_due, run_due_schedules
from app.services.transfer import import_records
from tests import factories
from tests.conftest import start_app
from tests.factories import in_
from tests.search.test_worker import index_ids

BASE = "/api/v1/knowledge-items"
PAPERS = "/api/v1/position-papers"


def parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


async def public_surfaces(client: httpx.AsyncClient, item: dict[str, Any]) -> dict[str, bool]:
    """Where an anonymous caller finds the item: REST get and list, feeds, OAI-PMH, export, search."""
    slug, title = item["slug"], item["title"]
    listing = (await client.get(BASE, params={"limit": 100})).json()["data"]
    oai = await client.get("/oai", params={"verb": "ListIdentifiers", "metadataPrefix": "oai_dc"})
    export = await client.get("/api/v1/export/knowledge-items.ndjson")
    search = await client.get("/api/v1/search", params={"q": title})
    assert export.status_code == 200 and search.status_code == 200
    return {
        "get": (await client.get(f"{BASE}/{slug}")).status_code == 200,
        "list": any(d["slug"] == slug for d in listing),
        "feed": slug in (await client.get("/feeds/all.atom")).text,
        "oai": f":knowledge-item/{item['id']}<" in oai.text or f"/{item['id']}<" in oai.text,
        "export": f'"slug":"{slug}"' in export.text,
        "search": slug in search.text,
    }


async def ops_of(session: AsyncSession, item_id: int, entity: EntityType = EntityType.knowledge_item) -> list[str]:
    rows = await session.scalars(
        select(ChangeEvent.op)
        .where(ChangeEvent.entity_type == entity, ChangeEvent.entity_id == item_id)
        .order_by(ChangeEvent.id)
    )
    return [str(op) for op in rows.all()]


async def test_a_scheduled_item_is_hidden_everywhere_until_the_scheduler_publishes_it(
    client, session, sessionmaker, editor_headers
):
    await factories.theme(session, "Vrede en veiligheid", slug="vrede")
    when = in_(3600)
    created = await client.post(
        BASE,
        headers=editor_headers,
        json={
            "title": "Inbreng voor het debat van morgen",
            "kind": "report",
            "language": "nl",
            "themes": ["vrede"],
            "publish_at": when.isoformat(),
        },
    )
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["status"] == "draft" and parse(item["publish_at"]) == when and item["published_at"] is None
    assert not any((await public_surfaces(client, item)).values())

    assert await run_due_schedules(sessionmaker=sessionmaker) == 0  # not due yet
    assert await next_due(sessionmaker=sessionmaker) == when

    assert await run_due_schedules(sessionmaker=sessionmaker, now=when + timedelta(seconds=1)) == 1
    public = await client.get(f"{BASE}/{item['slug']}")
    assert public.status_code == 200
    doc = public.json()
    # Dated at the scheduled moment, the schedule done with.
    assert doc["status"] == "published" and parse(doc["published_at"]) == when and doc["publish_at"] is None
    assert all((await public_surfaces(client, item)).values())

    # Through the ordinary publish service: change log, search outbox and a revision by the scheduler.
    assert await ops_of(session, item["id"]) == ["created", "published"]
    last = await session.scalar(
        select(ChangeEvent).where(ChangeEvent.entity_id == item["id"]).order_by(ChangeEvent.id.desc()).limit(1)
    )
    assert last is not None and last.public
    queued = await session.scalar(
        select(func.count()).where(SearchOutbox.entity_type == "knowledge_item", SearchOutbox.entity_id == item["id"])
    )
    assert queued == 2
    revisions = (await client.get(f"{BASE}/{item['id']}/revisions", headers=editor_headers)).json()["data"]
    assert [(r["op"], r["actor"]) for r in revisions] == [("created", "test editor"), ("published", "scheduler")]

    # Idempotent: nothing is due any more.
    assert await run_due_schedules(sessionmaker=sessionmaker, now=when + timedelta(hours=1)) == 0
    assert await ops_of(session, item["id"]) == ["created", "published"]


async def test_an_expired_item_disappears_at_its_moment_even_before_the_scheduler_runs(
    client, session, sessionmaker, editor_headers
):
    item = await factories.knowledge_item(session, "Vacature tot vrijdag", publish=True)
    patched = await client.patch(
        f"{BASE}/{item.id}", headers=editor_headers, json={"unpublish_at": in_(3600).isoformat()}
    )
    assert patched.status_code == 200, patched.text
    doc = patched.json()
    assert doc["status"] == "published" and doc["unpublish_at"]
    assert all((await public_surfaces(client, doc)).values())

    # The moment passes while no scheduler runs (moved behind the services' back).
    await session.execute(
        update(KnowledgeItem).where(KnowledgeItem.id == item.id).values(unpublish_at=func.now() - timedelta(seconds=1))
    )
    assert not any((await public_surfaces(client, doc)).values())
    assert (
        await public_documents(
            session=session, entity_type=EntityType.knowledge_item, ids=[item.id], attachment_text_max=100
        )
        == {}
    )  # the search sync would drop it too
    editor_view = (await client.get(f"{BASE}/{item.id}", headers=editor_headers)).json()
    assert editor_view["status"] == "published"  # editors still see it, status not yet flipped

    assert await run_due_schedules(sessionmaker=sessionmaker) == 1
    editor_view = (await client.get(f"{BASE}/{item.id}", headers=editor_headers)).json()
    assert editor_view["status"] == "archived" and editor_view["unpublish_at"] is None
    assert editor_view["published_at"] == doc["published_at"]
    assert (await ops_of(session, item.id))[-1] == "unpublished"
    last = await session.scalar(
        select(ChangeEvent).where(ChangeEvent.entity_id == item.id).order_by(ChangeEvent.id.desc()).limit(1)
    )
    assert last is not None and last.public  # mirrors learn that it left
    assert await run_due_schedules(sessionmaker=sessionmaker) == 0


async def test_the_rule_hides_a_published_row_whose_publish_at_is_ahead(client, session):
    item = await factories.knowledge_item(session, "Onder embargo", publish=True)
    doc = (await client.get(f"{BASE}/{item.slug}")).json()
    await session.execute(
        update(KnowledgeItem).where(KnowledgeItem.id == item.id).values(publish_at=func.now() + timedelta(hours=1))
    )
    assert not any((await public_surfaces(client, doc)).values())
    await session.refresh(item)
    assert not is_public(item) and is_public(item, now=in_(7200))


async def test_a_publish_at_in_the_past_publishes_now(client, session, editor_headers):
    past = in_(-3600)
    created = await client.post(
        BASE,
        headers=editor_headers,
        json={"title": "Al verschenen", "kind": "news", "language": "nl", "publish_at": past.isoformat()},
    )
    assert created.status_code == 201, created.text
    doc = created.json()
    assert doc["status"] == "published" and doc["publish_at"] is None and parse(doc["published_at"]) == past
    assert (await client.get(f"{BASE}/{doc['slug']}")).status_code == 200
    assert await ops_of(session, doc["id"]) == ["created", "published"]

    draft = (
        await client.post(BASE, headers=editor_headers, json={"title": "Nu meteen", "kind": "news", "language": "en"})
    ).json()
    patched = await client.patch(
        f"{BASE}/{draft['id']}", headers=editor_headers, json={"publish_at": in_(-1).isoformat()}
    )
    assert patched.status_code == 200 and patched.json()["status"] == "published"
    assert await ops_of(session, draft["id"]) == ["created", "updated", "published"]


async def test_an_unpublish_at_before_publish_at_is_refused(client, session, editor_headers):
    body = {"title": "Verkeerd om", "kind": "report", "language": "nl"}
    refused = await client.post(
        BASE,
        headers=editor_headers,
        json=body | {"publish_at": in_(3600).isoformat(), "unpublish_at": in_(1800).isoformat()},
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "unpublish_at"

    scheduled = (
        await client.post(BASE, headers=editor_headers, json=body | {"publish_at": in_(3600).isoformat()})
    ).json()
    # Checked against the stored publish_at too (merge semantics), equal moments included.
    for moment in (in_(60), parse(scheduled["publish_at"])):
        assert moment is not None
        again = await client.patch(
            f"{BASE}/{scheduled['id']}", headers=editor_headers, json={"unpublish_at": moment.isoformat()}
        )
        assert again.status_code == 422, again.text
    naive = await client.patch(
        f"{BASE}/{scheduled['id']}", headers=editor_headers, json={"publish_at": "2030-01-01T09:00:00"}
    )
    assert naive.status_code == 422  # a moment needs its offset
    current = (await client.get(f"{BASE}/{scheduled['id']}", headers=editor_headers)).json()
    assert current["version"] == scheduled["version"] and current["unpublish_at"] is None
    assert (
        await session.scalar(
            select(func.count()).where(
                ContentRevision.entity_id == scheduled["id"], ContentRevision.entity_type == "knowledge_item"
            )
        )
        == 1
    )


async def test_a_published_item_cannot_be_scheduled_again_without_unpublishing(client, session, editor_headers):
    item = await factories.knowledge_item(session, "Staat al online", publish=True)
    refused = await client.patch(
        f"{BASE}/{item.id}", headers=editor_headers, json={"publish_at": in_(3600).isoformat()}
    )
    assert refused.status_code == 409
    harmless = await client.patch(
        f"{BASE}/{item.id}", headers=editor_headers, json={"publish_at": in_(-60).isoformat()}
    )
    assert harmless.status_code == 200 and harmless.json()["publish_at"] is None  # already public: nothing to do
    assert (await ops_of(session, item.id))[-1] == "updated"
    await client.post(f"{BASE}/{item.id}/unpublish", headers=editor_headers)
    rescheduled = await client.patch(
        f"{BASE}/{item.id}", headers=editor_headers, json={"publish_at": in_(3600).isoformat()}
    )
    assert rescheduled.status_code == 200 and rescheduled.json()["status"] == "draft"


async def test_a_schedule_is_cancelled_by_null_and_replaced_by_publishing_by_hand(client, sessionmaker, editor_headers):
    body = {"kind": "report", "language": "nl", "publish_at": in_(3600).isoformat()}
    cancelled = (await client.post(BASE, headers=editor_headers, json=body | {"title": "Toch niet"})).json()
    patched = await client.patch(f"{BASE}/{cancelled['id']}", headers=editor_headers, json={"publish_at": None})
    assert patched.json()["publish_at"] is None
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(86_400)) == 0
    assert (await client.get(f"{BASE}/{cancelled['id']}", headers=editor_headers)).json()["status"] == "draft"

    early = (await client.post(BASE, headers=editor_headers, json=body | {"title": "Toch eerder"})).json()
    published = (await client.post(f"{BASE}/{early['id']}/publish", headers=editor_headers)).json()
    assert published["status"] == "published" and published["publish_at"] is None
    assert parse(published["published_at"]) < in_(60)  # dated now, not at the abandoned moment
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(86_400)) == 0


async def test_the_scheduler_catches_up_after_downtime(client, session, sessionmaker, editor_headers):
    publish_at, unpublish_at = in_(60), in_(120)
    window = (
        await client.post(
            BASE,
            headers=editor_headers,
            json={
                "title": "Korte campagne",
                "kind": "news",
                "language": "nl",
                "publish_at": publish_at.isoformat(),
                "unpublish_at": unpublish_at.isoformat(),
            },
        )
    ).json()
    later = (
        await client.post(
            PAPERS,
            headers=editor_headers,
            json={"title": "Standpunt gemist", "language": "nl", "publish_at": in_(90).isoformat()},
        )
    ).json()
    # Down for an hour: both moments of the first item and the second item's passed meanwhile.
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(3600)) == 2
    first = (await client.get(f"{BASE}/{window['id']}", headers=editor_headers)).json()
    assert first["status"] == "archived" and parse(first["published_at"]) == publish_at
    assert first["publish_at"] is None and first["unpublish_at"] is None
    assert await ops_of(session, window["id"]) == ["created", "published", "unpublished"]
    assert (await client.get(f"{PAPERS}/{later['slug']}")).json()["status"] == "published"
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(3600)) == 0


async def test_several_schedulers_carry_out_each_schedule_exactly_once(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
):
    when = in_(3600)
    async with committed_sessionmaker() as session, session.begin():
        for n in range(24):
            await factories.knowledge_item(session, f"Gepland {n}", publish_at=when)
        for n in range(8):
            await factories.position_paper(
                session, f"Gepland standpunt {n}", publish_at=when, unpublish_at=when + timedelta(seconds=5)
            )
    due = when + timedelta(minutes=1)
    results = await asyncio.gather(*(run_due_schedules(sessionmaker=committed_sessionmaker, now=due) for _ in range(4)))
    assert sum(results) == 32
    async with committed_sessionmaker() as session:
        per_record = (
            await session.execute(
                select(ChangeEvent.entity_type, ChangeEvent.entity_id, ChangeEvent.op, func.count())
                .where(ChangeEvent.op.in_(["published", "unpublished"]))  # type: ignore[attr-defined]
                .group_by(ChangeEvent.entity_type, ChangeEvent.entity_id, ChangeEvent.op)
            )
        ).all()
        assert len(per_record) == 24 + 8 * 2 and all(count == 1 for *_, count in per_record)
        scheduler_revisions = await session.scalar(select(func.count()).where(ContentRevision.actor == "scheduler"))
        assert scheduler_revisions == 24 + 8 * 2
    assert (
        sum(await asyncio.gather(*(run_due_schedules(sessionmaker=committed_sessionmaker, now=due) for _ in range(2))))
        == 0
    )


async def test_the_api_process_runs_the_scheduler_on_time(committed_url: str):
    async with start_app(committed_url, scheduler_interval_s=0.3) as app:
        client, editor = app.client, await app.headers(Role.editor, name="redactie")
        created = await client.post(
            BASE,
            headers=editor,
            json={"title": "Om klokslag", "kind": "news", "language": "nl", "publish_at": in_(1.0).isoformat()},
        )
        assert created.status_code == 201 and created.json()["status"] == "draft"
        slug = created.json()["slug"]
        assert (await client.get(f"{BASE}/{slug}")).status_code == 404
        started = time.monotonic()
        while (await client.get(f"{BASE}/{slug}")).status_code != 200:
            assert time.monotonic() - started < 8, "the scheduler did not publish in time"
            await asyncio.sleep(0.1)
        revisions = (await client.get(f"{BASE}/{slug}/revisions", headers=editor)).json()
        assert [(r["op"], r["actor"]) for r in revisions["data"]] == [
            ("created", "redactie"),
            ("published", "scheduler"),
        ]


async def test_an_export_carries_the_schedule_into_an_import(client, session, editor_headers):
    when = in_(3600)
    created = (
        await client.post(
            BASE,
            headers=editor_headers,
            json={"title": "Reist mee", "kind": "report", "language": "nl", "publish_at": when.isoformat()},
        )
    ).json()
    exported = (await client.get("/api/v1/export/knowledge-items.ndjson", headers=editor_headers)).text
    line = next(line for line in exported.splitlines() if created["slug"] in line)
    doc = json.loads(line)
    await client.delete(f"{BASE}/{created['id']}", headers=editor_headers)
    assert await import_records(session=session, actor=SYSTEM, resource="knowledge-items", docs=[doc]) == 1
    imported = await session.scalar(select(KnowledgeItem).where(KnowledgeItem.slug == created["slug"]))
    assert imported is not None and imported.status == "draft" and imported.publish_at == when


async def test_an_item_that_fails_to_flip_does_not_hold_up_the_others(session, sessionmaker, monkeypatch, caplog):
    when = in_(3600)
    stuck = await factories.knowledge_item(session, "Blijft hangen", publish_at=when)
    fine = await factories.knowledge_item(session, "Gaat door", publish_at=when)
    real_publish = publishing.publish_content

    async def failing_publish(**kwargs: Any) -> Any:
        if kwargs["id_or_slug"] == str(stuck.id):
            raise RuntimeError("the disk is full")
        return await real_publish(**kwargs)

    monkeypatch.setattr(publishing, "publish_content", failing_publish)
    assert await run_due_schedules(sessionmaker=sessionmaker, now=when + timedelta(seconds=1)) == 1
    assert "failed; retrying on the next pass" in caplog.text
    await session.refresh(stuck)
    await session.refresh(fine)
    assert (stuck.status, fine.status) == ("draft", "published")
    assert stuck.publish_at == when  # still due: the next pass tries again

    monkeypatch.setattr(publishing, "publish_content", real_publish)
    assert await run_due_schedules(sessionmaker=sessionmaker, now=when + timedelta(seconds=1)) == 1
    await session.refresh(stuck)
    assert stuck.status == "published"


@pytest.mark.slow  # waits out the default interval's first pass and two scheduled moments
async def test_the_scheduler_wakes_when_a_write_sets_or_moves_a_moment(committed_url: str):
    # The default 30 s interval: only being told of the writes gets the scheduler there on time. The writes
    # come from another engine, as from another process: the news travels through PostgreSQL.
    elsewhere = create_async_engine(committed_url, pool_size=2)
    writer = create_sessionmaker(elsewhere)
    try:
        async with start_app(committed_url, webhook_worker=False) as app:
            assert app.app.state.settings.scheduler_interval_s == 30
            await asyncio.sleep(1.0)  # its first pass found nothing due: it sleeps for the interval
            async with writer() as session, session.begin():
                expiring = await factories.knowledge_item(
                    session, "Verloopt straks", publish=True, unpublish_at=in_(3600)
                )
                appearing = await factories.knowledge_item(session, "Verschijnt straks", publish_at=in_(2))
            await asyncio.sleep(0.5)
            async with writer() as session, session.begin():  # moved from an hour ahead to two seconds ahead
                await update_content(
                    spec=KNOWLEDGE,
                    session=session,
                    actor=SYSTEM,
                    id_or_slug=str(expiring.id),
                    data=KnowledgeItemUpdate(unpublish_at=in_(2)),
                )
            deadline = time.monotonic() + 2 + 3
            while True:
                async with writer() as session:
                    statuses = {
                        item.id: str(item.status) for item in (await session.scalars(select(KnowledgeItem))).all()
                    }
                if statuses == {expiring.id: "archived", appearing.id: "published"}:
                    break
                assert time.monotonic() < deadline, f"the scheduler did not wake for the writes: {statuses}"
                await asyncio.sleep(0.1)
    finally:
        await elsewhere.dispose()


async def test_the_search_index_follows_the_schedule(
    session, sessionmaker, worker: SyncWorker, search_engine: SearchEngine
):
    publish_at = in_(3600)
    item = await factories.knowledge_item(session, "Vindbaar vanaf morgen", publish_at=publish_at)
    await worker.drain(timeout_s=30)
    assert item.id not in await index_ids(search_engine, EntityType.knowledge_item)

    assert await run_due_schedules(sessionmaker=sessionmaker, now=publish_at + timedelta(seconds=1)) == 1
    await worker.drain(timeout_s=30)
    assert item.id in await index_ids(search_engine, EntityType.knowledge_item)

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
    assert item.id not in await index_ids(search_engine, EntityType.knowledge_item)
