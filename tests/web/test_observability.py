"""Request ids, JSON access logs without secrets, and Prometheus metrics at /metrics."""

from __future__ import annotations

import json
import logging
import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from app.models.change import EntityType
from app.search.outbox import outbox_lag
from app.search.worker import SyncWorker, WorkerConfig
from tests import factories


def log_lines(err: str) -> list[dict]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


async def test_a_request_id_is_made_returned_and_bound_to_the_access_line(client, capsys):
    response = await client.get("/api/v1/knowledge-items")
    request_id = response.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    again = await client.get("/api/v1/knowledge-items")
    assert again.headers["x-request-id"] != request_id
    access = [line for line in log_lines(capsys.readouterr().err) if line["event"] == "request"]
    first = next(line for line in access if line["request_id"] == request_id)
    assert first["route"] == "/api/v1/knowledge-items"
    assert first["status"] == 200 and first["method"] == "GET" and first["duration_ms"] >= 0
    assert first["level"] == "info" and first["timestamp"].endswith("Z")


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("abc-123", True),
        ("4bf92f3577b34da6a3ce929d0e0e4736", True),
        ("x" * 128, True),
        ("x" * 129, False),
        ("has space", False),
        ('quote"d', False),
        ("", False),
    ],
)
async def test_an_incoming_request_id_is_kept_only_when_sane(client, sent, kept):
    response = await client.get("/healthz", headers={"X-Request-ID": sent})
    returned = response.headers["x-request-id"]
    assert (returned == sent) is kept
    if not kept:
        assert re.fullmatch(r"[0-9a-f]{32}", returned)


async def test_api_keys_and_authorization_never_reach_the_logs(client, editor_headers, capsys):
    token = editor_headers["Authorization"].removeprefix("Bearer ")
    await client.get("/api/v1/knowledge-items", headers=editor_headers)
    await client.post(
        "/api/v1/themes", json={"name": "x"}, headers={"Authorization": "Bearer kb_not_a_real_key_at_all"}
    )
    await client.get("/api/v1/knowledge-items", headers={"X-Api-Key": token, "Authorization": "Basic dXNlcjpwdw=="})
    # Anyone logging a secret by mistake, in the message or a field, is redacted too.
    logging.getLogger("app.test").warning("calling with Authorization: Bearer %s", token)
    import structlog

    structlog.get_logger("app.test").warning("key used", api_key=token, headers={"authorization": "Bearer x"})
    err = capsys.readouterr().err
    lines = log_lines(err)
    assert len(lines) >= 5
    assert token not in err and token[3:] not in err
    assert "kb_not_a_real_key" not in err and "dXNlcjpwdw" not in err
    leaked = next(line for line in lines if line["event"].startswith("calling with"))
    assert leaked["event"] == "calling with Authorization: Bearer [redacted]"
    fields = next(line for line in lines if line["event"] == "key used")
    assert fields["api_key"] == "[redacted]" and fields["headers"] == {"authorization": "[redacted]"}


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def test_metrics_count_requests_by_route_template_and_status(client, session):
    item = await factories.knowledge_item(session, "Gemeten", publish=True)
    before = samples((await client.get("/metrics")).text)
    for _ in range(3):
        assert (await client.get(f"/api/v1/knowledge-items/{item.id}")).status_code == 200
    assert (await client.get("/api/v1/knowledge-items/999999")).status_code == 404
    assert (await client.get("/no/such/path/123")).status_code == 404
    response = await client.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    after = samples(response.text)
    routes = {dict(k[1]).get("route") for k in after if k[0] == "kennisbank_http_requests_total"}
    template = "/api/v1/knowledge-items/{id_or_slug}"
    assert template in routes
    assert not any("999999" in r or "/no/such" in r for r in routes if r)  # raw paths never become labels

    def delta(name: str, **labels: str) -> float:
        key = (name, frozenset(labels.items()))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert delta("kennisbank_http_requests_total", method="GET", route=template, status="200") == 3
    assert delta("kennisbank_http_requests_total", method="GET", route=template, status="404") == 1
    assert delta("kennisbank_http_requests_total", method="GET", route="unmatched", status="404") == 1
    assert delta("kennisbank_http_request_duration_seconds_count", method="GET", route=template) == 4


async def test_metrics_report_the_search_outbox_read_on_scrape(client, session):
    await factories.knowledge_item(session, "Wachtend", publish=True)
    lag = await outbox_lag(session=session)
    assert lag.pending > 0
    after = samples((await client.get("/metrics")).text)
    assert after[("kennisbank_search_outbox_pending", frozenset())] == lag.pending
    assert after[("kennisbank_search_outbox_dead", frozenset())] == lag.dead
    assert after[("kennisbank_search_sync_lag_seconds", frozenset())] >= 0


async def test_metrics_can_be_turned_off(app_client):
    async with app_client(metrics=False) as http:
        assert (await http.get("/metrics")).status_code == 404


async def test_a_task_meilisearch_fails_is_counted_at_metrics(client, session, sessionmaker, search_engine):
    # A real task failure: documents without the index's primary key (as in tests/search/test_worker.py).
    uid = search_engine.uid(EntityType.knowledge_item)
    await search_engine.client.delete_index_if_exists(uid)
    await search_engine.client.create_index(uid, primary_key="uid")
    worker = SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=WorkerConfig(max_attempts=1))
    failures = ("kennisbank_search_task_failures_total", frozenset({("reason", "task_failed")}))
    before = samples((await client.get("/metrics")).text)
    assert failures in before  # exported (as 0 or more) before any failure of this test
    await factories.knowledge_item(session, "Onindexeerbaar", publish=True)

    result = await worker.run_batch()
    assert result.failed > 0 and result.synced == 0

    after = samples((await client.get("/metrics")).text)
    assert after[failures] - before[failures] == 1
    assert after[("kennisbank_search_outbox_dead", frozenset())] == result.failed  # dead-lettered at once
