"""Webhooks end to end: subscriptions over REST, events queued with the write, signed deliveries to a real
receiver on loopback, retries with backoff, timeouts, refused redirects, the delivery log and redelivery."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.db import create_sessionmaker
from app.main import create_app
from app.models.api_key import Role
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemUpdate
from app.models.organisation import OrganisationUpdate
from app.models.webhook import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookSubscription
from app.services import organisations
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content, unpublish_content
from app.services.content.writes import delete_content, update_content
from app.services.scheduling import run_due_schedules
from app.services.webhook_worker import WebhookWorker, sign
from app.services.webhooks import TargetPolicy, TargetRefused, check_target
from app.settings import Settings
from tests import factories
from tests.conftest import REPO, start_app
from tests.factories import in_
from tests.services.conftest import Receiver, fast_config

HOOKS = "/api/v1/webhooks"
ITEMS = "/api/v1/knowledge-items"


def documented_verify() -> Callable[[str, str, bytes], bool]:
    """The verification snippet of docs/webhooks.md, run as a receiver would copy it."""
    text = (REPO / "docs" / "webhooks.md").read_text()
    snippet = re.search(r"```python\n(.*?)```", text, re.S)
    assert snippet is not None
    namespace: dict[str, Any] = {}
    exec(snippet.group(1), namespace)
    return namespace["verify"]  # type: ignore[no-any-return]


@pytest.fixture
async def hooks_client(
    database_url: str, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    """The app allowed to subscribe the loopback receiver (and nothing else private)."""
    settings = Settings(database_url=database_url, webhook_allowed_networks="127.0.0.1/32", _env_file=None)  # type: ignore[call-arg]
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def subscribe(client: httpx.AsyncClient, headers: dict[str, str], url: str, *events: str) -> dict[str, Any]:
    response = await client.post(HOOKS, headers=headers, json={"url": url, "events": list(events or ["content.*"])})
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def deliveries(session: AsyncSession, webhook_id: int | None = None) -> list[WebhookDelivery]:
    query = select(WebhookDelivery).order_by(WebhookDelivery.id)  # type: ignore[arg-type]
    if webhook_id is not None:
        query = query.where(WebhookDelivery.subscription_id == webhook_id)
    return list((await session.scalars(query)).all())


async def settle(worker: WebhookWorker, session: AsyncSession, delivery_id: int, *, timeout_s: float = 10) -> None:
    """Run the worker until the delivery is no longer pending (bounded)."""
    deadline = time.monotonic() + timeout_s
    while True:
        await worker.run_batch()
        status = await session.scalar(select(WebhookDelivery.status).where(WebhookDelivery.id == delivery_id))
        if status != DeliveryStatus.pending:
            return
        assert time.monotonic() < deadline, "the delivery did not settle in time"
        await asyncio.sleep(0.02)


async def test_a_published_item_reaches_the_receiver_signed_and_verifiable(
    hooks_client, session, admin_headers, editor_headers, receiver: Receiver, webhook_worker
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url("/ok"), "content.published")
    assert hook["secret"].startswith("whsec_") and hook["events"] == ["content.published"]
    shown = (await hooks_client.get(f"{HOOKS}/{hook['id']}", headers=admin_headers)).json()
    assert "secret" not in shown and shown["url"] == receiver.url("/ok")
    item = await factories.knowledge_item(session, "Vrede en veiligheid")
    published = await hooks_client.post(f"{ITEMS}/{item.slug}/publish", headers=editor_headers)
    assert published.status_code == 200
    assert receiver.requests == []  # queued with the write, sent by the worker, never by the request

    assert await webhook_worker.drain(timeout_s=10) == 1
    [request] = receiver.requests
    assert request.method == "POST" and request.path == "/ok"
    assert request.headers["kennisbank-event"] == "content.published"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["host"] == f"127.0.0.1:{receiver.port}"
    assert documented_verify()(hook["secret"], request.headers["kennisbank-signature"], request.body)
    assert not documented_verify()("whsec_someone-else", request.headers["kennisbank-signature"], request.body)
    assert not documented_verify()(hook["secret"], request.headers["kennisbank-signature"], request.body + b" ")
    body = orjson.loads(request.body)
    assert body["type"] == "content.published"
    assert body["data"] | {"published_at": None} == {
        "id": item.id,
        "type": "knowledge_item",
        "slug": item.slug,
        "version": published.json()["version"],
        "path": f"{ITEMS}/{item.id}",
        "title": "Vrede en veiligheid",
        "language": "nl",
        "published_at": None,
    }

    log = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()
    [entry] = log["data"]
    assert entry["id"] == int(request.headers["kennisbank-delivery"])
    assert entry["status"] == "delivered" and entry["attempts"] == 1 and entry["event_id"] == body["id"]
    [attempt] = entry["attempt_log"]
    assert attempt["status_code"] == 204 and attempt["error"] is None and attempt["duration_ms"] >= 0


def test_the_signature_is_hmac_sha256_over_timestamp_dot_body():
    header = sign("whsec_test-secret-1234", 1_795_838_400, b'{"a":1}')
    assert (
        header
        == "t=1795838400,v1="
        + __import__("hmac").new(b"whsec_test-secret-1234", b'1795838400.{"a":1}', "sha256").hexdigest()
    )
    verify = documented_verify()
    assert not verify("whsec_test-secret-1234", header, b'{"a":1}')  # 2026-11-28: too old to be accepted
    fresh = sign("whsec_test-secret-1234", int(time.time()), b'{"a":1}')
    assert verify("whsec_test-secret-1234", fresh, b'{"a":1}')
    assert not verify("whsec_test-secret-1234", "garbage", b'{"a":1}')


async def test_only_changes_to_public_records_are_announced(hooks_client, session, admin_headers):
    everything = await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/all", "content.*", "organisation.*")
    published_only = await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/pub", "content.published")
    organisations_only = await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/org", "organisation.*")

    draft = await factories.knowledge_item(session, "Concept")
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=draft.slug,
        data=KnowledgeItemUpdate(summary="Nog geheim"),
    )
    scheduled = await factories.knowledge_item(session, "Later")
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=scheduled.slug,
        data=KnowledgeItemUpdate(publish_at=in_(3600)),
    )
    await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=draft.slug)
    await session.flush()
    assert await deliveries(session) == []  # nothing about drafts, scheduled items or their deletion

    item = await factories.knowledge_item(session, "Openbaar", publish=True)
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(summary="Bijgewerkt"),
    )
    await unpublish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=item.slug)
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(summary="Weer concept"),
    )
    other = await factories.knowledge_item(session, "Verdwijnt", publish=True)
    await delete_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=other.slug)
    org = await factories.organisation(session, "Atria")
    await organisations.update_organisation(
        session=session, actor=SYSTEM, id_or_slug=org.slug, data=OrganisationUpdate(acronym="AT")
    )
    await organisations.delete_organisation(session=session, actor=SYSTEM, id_or_slug=org.slug)
    await session.flush()

    sent = await deliveries(session, everything["id"])
    assert [(d.event, d.payload["data"]["slug"]) for d in sent] == [
        ("content.published", item.slug),
        ("content.updated", item.slug),
        ("content.unpublished", item.slug),
        ("content.published", other.slug),
        ("content.deleted", other.slug),
        ("organisation.created", org.slug),
        ("organisation.updated", org.slug),
        ("organisation.deleted", org.slug),
    ]
    minimal = {d.event: d.payload["data"] for d in sent if d.event in ("content.unpublished", "content.deleted")}
    assert minimal == {
        "content.unpublished": {"id": item.id, "type": "knowledge_item", "slug": item.slug},
        "content.deleted": {"id": other.id, "type": "knowledge_item", "slug": other.slug},
    }
    assert "Bijgewerkt" not in str([d.payload for d in sent])  # events say what changed, not the content
    assert [d.event for d in await deliveries(session, published_only["id"])] == ["content.published"] * 2
    assert [d.event for d in await deliveries(session, organisations_only["id"])] == [
        "organisation.created",
        "organisation.updated",
        "organisation.deleted",
    ]
    # One event, one id, whichever subscription receives it.
    assert {d.event_id for d in sent[:1]} == {d.event_id for d in (await deliveries(session, published_only["id"]))[:1]}


async def test_a_rolled_back_write_leaves_no_webhook_row(hooks_client, session, sessionmaker, admin_headers):
    await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/hook", "content.*")
    item = await factories.knowledge_item(session, "Bijna gepubliceerd")
    await session.flush()
    with pytest.raises(RuntimeError):
        async with sessionmaker() as other, other.begin():
            await publish_content(session=other, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=str(item.id))
            assert await other.scalar(select(func.count()).select_from(WebhookDelivery)) == 1
            raise RuntimeError("the request failed after the write")
    assert await session.scalar(select(func.count()).select_from(WebhookDelivery)) == 0
    async with sessionmaker() as other, other.begin():
        await publish_content(session=other, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=str(item.id))
    assert await session.scalar(select(func.count()).select_from(WebhookDelivery)) == 1


async def test_a_receiver_answering_500_is_retried_with_backoff_until_the_window_closes(
    hooks_client, session, sessionmaker, admin_headers, receiver: Receiver
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url("/fail"))
    await factories.knowledge_item(session, "Faalt", publish=True)
    await session.flush()
    [delivery] = await deliveries(session)
    # The window counts from the delivery's creation (the start of this test's transaction).
    started = await session.scalar(select(func.extract("epoch", func.clock_timestamp() - delivery.created_at)))
    worker = WebhookWorker(sessionmaker=sessionmaker, config=fast_config(retry_window_s=float(started) + 1.2))
    await settle(worker, session, delivery.id)

    log = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()["data"]
    [entry] = log
    assert entry["status"] == "failed" and entry["next_attempt_at"] is None
    attempts = entry["attempt_log"]
    assert len(attempts) == entry["attempts"] == len(receiver.requests) >= 4
    assert {(a["status_code"], a["error"]) for a in attempts} == {(500, "HTTP 500")}
    moments = [datetime.fromisoformat(a["attempted_at"]).timestamp() for a in attempts]
    gaps = [b - a for a, b in itertools.pairwise(moments)]
    # Backoff 0.05 s doubling to 0.2 s, each jittered into its upper half: never sooner than that.
    assert gaps[0] >= 0.025 and all(gap >= 0.1 for gap in gaps[2:])
    # Every attempt was the same signed event.
    assert len({r.headers["kennisbank-delivery"] for r in receiver.requests}) == 1
    assert len({r.body for r in receiver.requests}) == 1


async def test_a_receiver_that_times_out_is_logged_and_retried_later(
    hooks_client, session, sessionmaker, admin_headers, receiver: Receiver
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url("/slow"))
    await factories.knowledge_item(session, "Traag", publish=True)
    await session.flush()
    worker = WebhookWorker(
        sessionmaker=sessionmaker, config=fast_config(timeout_s=0.3, retry_base_s=30, retry_max_s=60)
    )
    started = time.monotonic()
    assert await worker.run_batch() == 1
    assert time.monotonic() - started < 2  # the receiver sleeps 3 s; the worker gave up at 0.3 s
    assert await worker.run_batch() == 0  # not due again before its backoff
    [entry] = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()["data"]
    assert entry["status"] == "pending" and entry["attempts"] == 1
    [attempt] = entry["attempt_log"]
    assert attempt["status_code"] is None and attempt["error"] == "timed out after 0.3 s"
    assert 250 <= attempt["duration_ms"] < 2000
    next_at = datetime.fromisoformat(entry["next_attempt_at"]).timestamp()
    assert next_at - datetime.fromisoformat(attempt["attempted_at"]).timestamp() >= 14  # 30 s, jittered


@pytest.mark.parametrize("private", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook"])
async def test_a_redirect_to_a_private_address_is_refused_before_connecting(
    hooks_client, session, sessionmaker, admin_headers, receiver: Receiver, private
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url(f"/redirect?to={private}"))
    await factories.knowledge_item(session, "Omgeleid", publish=True)
    await session.flush()
    worker = WebhookWorker(sessionmaker=sessionmaker, config=fast_config())
    assert await worker.run_batch() == 1
    [entry] = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()["data"]
    [attempt] = entry["attempt_log"]
    assert attempt["status_code"] == 307 and attempt["url"] == private
    assert attempt["error"].startswith("refused: ") and attempt["error"].endswith("(redirect target)")
    assert "private, loopback, link-local or reserved" in attempt["error"]
    assert entry["status"] == "pending"  # retried later, and refused again then
    assert [r.path for r in receiver.requests] == [f"/redirect?to={private}"]


async def test_a_redirect_to_an_allowed_address_is_followed_with_the_same_signed_body(
    hooks_client, session, admin_headers, receiver: Receiver, webhook_worker
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url(f"/redirect?to={receiver.url('/ok')}"))
    await factories.knowledge_item(session, "Verhuisd", publish=True)
    await webhook_worker.drain(timeout_s=10)
    first, second = receiver.requests
    assert second.path == "/ok" and second.method == "POST" and second.body == first.body
    assert documented_verify()(hook["secret"], second.headers["kennisbank-signature"], second.body)
    [entry] = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()["data"]
    assert entry["status"] == "delivered" and entry["attempt_log"][0]["url"] == receiver.url("/ok")


async def test_the_address_check_refuses_what_is_not_public():
    strict = TargetPolicy()
    for url in (
        "http://127.0.0.1/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[2002:a00:1::1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://240.0.0.1/",
    ):
        with pytest.raises(TargetRefused, match="private, loopback, link-local or reserved"):
            await check_target(url, strict)
    for url in ("ftp://example.org/x", "file:///etc/passwd", "http://user:pw@93.184.215.14/", "http:///x"):
        with pytest.raises(TargetRefused):
            await check_target(url, strict)
    public = await check_target("https://93.184.215.14:8443/hook", strict)  # checked, never connected to
    assert public.port == 8443 and [str(a) for a in public.addresses] == ["93.184.215.14"]
    assert (await check_target("http://10.1.2.3/", TargetPolicy(allow_private=True))).host == "10.1.2.3"
    with pytest.raises(TargetRefused):
        await check_target("http://224.0.0.1/", TargetPolicy(allow_private=True))  # never multicast


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/hook",
        "http://127.0.0.1:8080/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://10.0.0.1/hook",
        "javascript:alert(1)",
    ],
)
async def test_subscribing_a_url_that_is_not_public_http_is_a_422_problem(client, admin_headers, url):
    response = await client.post(HOOKS, headers=admin_headers, json={"url": url, "events": ["content.published"]})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == ["url"]


async def test_subscription_input_is_checked(client, admin_headers):
    bad = [
        {"url": "http://93.184.215.14/h", "events": ["content.created"]},
        {"url": "http://93.184.215.14/h", "events": []},
        {"url": "http://93.184.215.14/h", "events": ["content.published"], "secret": "short"},
        {"url": "http://93.184.215.14/h", "events": ["content.published"], "id": 5},
    ]
    for body in bad:
        response = await client.post(HOOKS, headers=admin_headers, json=body)
        assert response.status_code == 422, (body, response.text)


async def test_admins_manage_subscriptions_and_nobody_else_may(client, admin_headers, editor_headers, reader_headers):
    created = await client.post(
        HOOKS,
        headers=admin_headers,
        json={"url": "https://93.184.215.14/hook", "events": ["organisation.*"], "secret": "my-own-secret-0123456789"},
    )
    assert created.status_code == 201 and created.json()["secret"] == "my-own-secret-0123456789"
    assert created.headers["cache-control"] == "no-store"
    hook_id = created.json()["id"]
    for headers, status in ((editor_headers, 403), (reader_headers, 403), ({}, 401)):
        for method, path in (
            ("GET", HOOKS),
            ("GET", f"{HOOKS}/{hook_id}"),
            ("DELETE", f"{HOOKS}/{hook_id}"),
            ("GET", f"{HOOKS}/{hook_id}/deliveries"),
            ("POST", f"{HOOKS}/{hook_id}/deliveries/1/redeliver"),
        ):
            response = await client.request(method, path, headers=headers)
            assert response.status_code == status, (method, path, response.text)
        body = {"url": "https://93.184.215.14/", "events": ["content.*"]}
        denied = await client.post(HOOKS, headers=headers, json=body)
        assert denied.status_code == status
    changed = await client.patch(
        f"{HOOKS}/{hook_id}", headers=admin_headers, json={"events": ["content.deleted"], "active": False}
    )
    assert changed.status_code == 200 and changed.json()["events"] == ["content.deleted"]
    assert changed.json()["active"] is False and "secret" not in changed.json()
    refused = await client.patch(f"{HOOKS}/{hook_id}", headers=admin_headers, json={"url": "http://192.168.0.10/"})
    assert refused.status_code == 422
    listed = (await client.get(HOOKS, headers=admin_headers)).json()
    assert [h["id"] for h in listed["data"]] == [hook_id] and "secret" not in listed["data"][0]
    assert (await client.delete(f"{HOOKS}/{hook_id}", headers=admin_headers)).status_code == 204
    assert (await client.get(f"{HOOKS}/{hook_id}", headers=admin_headers)).status_code == 404


async def test_redelivery_sends_the_same_event_again_as_a_new_delivery(
    hooks_client, session, admin_headers, receiver: Receiver, webhook_worker
):
    hook = await subscribe(hooks_client, admin_headers, receiver.url("/ok"))
    await factories.knowledge_item(session, "Nog eens", publish=True)
    await webhook_worker.drain(timeout_s=10)
    [original] = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()["data"]
    again = await hooks_client.post(
        f"{HOOKS}/{hook['id']}/deliveries/{original['id']}/redeliver", headers=admin_headers
    )
    assert again.status_code == 202, again.text
    assert again.json()["status"] == "pending" and again.json()["redelivery_of"] == original["id"]
    assert again.json()["event_id"] == original["event_id"] and again.json()["id"] != original["id"]
    await webhook_worker.drain(timeout_s=10)
    first, second = receiver.requests
    assert orjson.loads(first.body) == orjson.loads(second.body)
    assert second.headers["kennisbank-delivery"] == str(again.json()["id"])
    log = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers)).json()
    assert [(d["id"], d["status"]) for d in log["data"]] == [
        (again.json()["id"], "delivered"),
        (original["id"], "delivered"),
    ]
    missing = await hooks_client.post(f"{HOOKS}/{hook['id']}/deliveries/999999/redeliver", headers=admin_headers)
    assert missing.status_code == 404


async def test_the_delivery_log_pages_with_a_cursor(hooks_client, session, admin_headers):
    hook = await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/hook")
    for n in range(3):
        await factories.knowledge_item(session, f"Bericht {n}", publish=True)
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    for _ in range(3):
        page = (await hooks_client.get(f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers, params=params)).json()
        assert page["meta"]["total"] == 3
        seen += [d["id"] for d in page["data"]]
        if page["meta"]["next_cursor"] is None:
            break
        params["cursor"] = page["meta"]["next_cursor"]
    assert len(seen) == 3 and seen == sorted(seen, reverse=True)
    forged = await hooks_client.get(
        f"{HOOKS}/{hook['id']}/deliveries", headers=admin_headers, params={"cursor": "bm9wZQ"}
    )
    assert forged.status_code == 422


async def test_the_scheduler_fires_events_and_serve_delivers_them_in_process(committed_url: str, receiver: Receiver):
    async with start_app(
        committed_url, scheduler_interval_s=0.2, webhook_allowed_networks="127.0.0.1/32", webhook_poll_s=0.05
    ) as app:
        http, auth = app.client, await app.headers(Role.admin, name="beheer")
        await subscribe(http, auth, receiver.url("/ok"), "content.published", "content.unpublished")
        created = await http.post(
            ITEMS,
            headers=auth,
            json={
                "title": "Om klokslag",
                "kind": "news",
                "language": "nl",
                "publish_at": in_(0.5).isoformat(),
                "unpublish_at": in_(1.5).isoformat(),
            },
        )
        assert created.status_code == 201 and created.json()["status"] == "draft"
        deadline = time.monotonic() + 10
        while len(receiver.requests) < 2:
            assert time.monotonic() < deadline, [r.headers for r in receiver.requests]
            await asyncio.sleep(0.05)
    events = [(r.headers["kennisbank-event"], orjson.loads(r.body)["data"]["id"]) for r in receiver.requests]
    assert events == [("content.published", created.json()["id"]), ("content.unpublished", created.json()["id"])]


async def test_scheduled_publication_and_expiry_queue_events(hooks_client, session, sessionmaker, admin_headers):
    await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/hook", "content.*")
    item = await factories.knowledge_item(session, "Gepland")
    await update_content(
        spec=KNOWLEDGE,
        session=session,
        actor=SYSTEM,
        id_or_slug=item.slug,
        data=KnowledgeItemUpdate(publish_at=in_(60), unpublish_at=in_(120)),
    )
    await session.flush()
    assert await deliveries(session) == []
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(90)) == 1
    assert [d.event for d in await deliveries(session)] == ["content.published"]
    assert await run_due_schedules(sessionmaker=sessionmaker, now=in_(180)) == 1
    assert [d.event for d in await deliveries(session)] == ["content.published", "content.unpublished"]


async def test_deleting_a_subscription_drops_its_queue_and_log(hooks_client, session, admin_headers):
    hook = await subscribe(hooks_client, admin_headers, "http://127.0.0.1:9/hook")
    await factories.knowledge_item(session, "Weg", publish=True)
    await session.flush()
    [delivery] = await deliveries(session)
    session.add(WebhookAttempt(delivery_id=delivery.id, url="http://127.0.0.1:9/hook", error="x"))
    await session.flush()
    assert (await hooks_client.delete(f"{HOOKS}/{hook['id']}", headers=admin_headers)).status_code == 204
    assert await deliveries(session) == []
    assert await session.scalar(select(func.count()).select_from(WebhookAttempt)) == 0


async def test_several_workers_share_the_queue_and_send_each_delivery_once(committed_url: str, receiver: Receiver):
    engine = create_async_engine(committed_url, pool_size=6)
    try:
        sessionmaker = create_sessionmaker(engine)
        async with sessionmaker() as s, s.begin():
            await s.execute(
                insert(WebhookSubscription).values(url=receiver.url("/ok"), events=["content.*"], secret="s" * 20)
            )
            for n in range(12):
                await factories.knowledge_item(s, f"Gelijktijdig {n}", publish=True)
        workers = [WebhookWorker(sessionmaker=sessionmaker, config=fast_config(batch_size=3)) for _ in range(3)]
        attempted = await asyncio.gather(*(w.drain(timeout_s=20) for w in workers))
        async with sessionmaker() as s:
            errors = (await s.scalars(select(WebhookAttempt.error).where(WebhookAttempt.error.is_not(None)))).all()  # type: ignore[union-attr]
        assert errors == [] and sum(attempted) == 12
        async with sessionmaker() as s:
            statuses = (await s.scalars(select(WebhookDelivery.status))).all()
        assert sorted(statuses) == ["delivered"] * 12
        sent = [r.headers["kennisbank-delivery"] for r in receiver.requests]
        assert len(sent) == len(set(sent)) == 12
    finally:
        await engine.dispose()
