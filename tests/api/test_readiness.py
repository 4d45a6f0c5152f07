"""/readyz reports search status and outbox lag; search being down degrades, it does not make the API unready."""

from __future__ import annotations

import asyncio
import signal
import time

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.search.engine import SearchEngine
from tests import factories
from tests.meili import MeiliServer


async def test_readyz_reports_search_and_outbox_lag(
    session: AsyncSession, search_client: httpx.AsyncClient, unreachable_engine: SearchEngine
) -> None:
    await factories.knowledge_item(session, publish=True)
    ready = await search_client.get("/readyz")
    assert ready.status_code == 200
    search = ready.json()["checks"]["search"]
    assert search["status"] == "ok"
    assert search["outbox"]["pending"] == 2 and search["outbox"]["dead"] == 0
    assert search["outbox"]["oldest_pending_age_s"] >= 0

    search_client._transport.app.state.search = unreachable_engine  # type: ignore[attr-defined]
    degraded = await search_client.get("/readyz")
    assert degraded.status_code == 200 and degraded.json()["status"] == "degraded"
    assert degraded.json()["checks"]["search"]["status"] == "degraded"
    assert "unreachable" in degraded.json()["checks"]["search"]["detail"]


async def test_readyz_answers_within_a_second_when_meilisearch_hangs(
    search_client: httpx.AsyncClient, own_meili: MeiliServer
) -> None:
    # A stopped (SIGSTOP) Meilisearch accepts connections and never answers: the probe must not wait for
    # the client's 10 s timeout, or probes with short timeouts take every instance out of rotation.
    hung = SearchEngine(url=own_meili.url, api_key=own_meili.master_key, prefix="kb_")
    search_client._transport.app.state.search = hung  # type: ignore[attr-defined]
    assert own_meili.process is not None
    own_meili.process.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        ready = await search_client.get("/readyz")
        elapsed = time.monotonic() - started
    finally:
        own_meili.process.send_signal(signal.SIGCONT)
        await hung.close()
    assert ready.status_code == 200 and ready.json()["status"] == "degraded"
    assert elapsed < 1.0, f"/readyz took {elapsed:.1f} s"
    search = ready.json()["checks"]["search"]
    assert search["status"] == "degraded" and "did not answer" in search["detail"]


async def test_readyz_says_degraded_while_search_is_far_behind(
    session: AsyncSession, search_client: httpx.AsyncClient
) -> None:
    # 17,000 records waiting to be indexed used to be reported as "ok": readiness must tell that search
    # does not find them yet (thresholds KENNISBANK_READY_MAX_PENDING / _MAX_LAG_S).
    app = search_client._transport.app  # type: ignore[attr-defined]
    await factories.knowledge_item(session, publish=True)
    await factories.knowledge_item(session, publish=True)
    within = (await search_client.get("/readyz")).json()
    assert within["status"] == "ok" and within["checks"]["search"]["outbox"]["pending"] >= 2

    app.state.settings = app.state.settings.model_copy(update={"ready_max_pending": 1})
    behind = await search_client.get("/readyz")
    assert behind.status_code == 200 and behind.json()["status"] == "degraded"
    search = behind.json()["checks"]["search"]
    assert search["status"] == "degraded" and "records wait to be indexed" in search["detail"]

    app.state.settings = app.state.settings.model_copy(update={"ready_max_pending": 1000, "ready_max_lag_s": 0})
    await asyncio.sleep(0.05)
    old = (await search_client.get("/readyz")).json()
    assert old["status"] == "degraded" and "the oldest for" in old["checks"]["search"]["detail"]
