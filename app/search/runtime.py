"""Search inside the API process: the shared Meilisearch client and the in-process sync worker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.search.engine import SearchEngine
from app.search.outbox import outbox_lag
from app.search.worker import SyncWorker, worker_config
from app.settings import Settings

log = logging.getLogger(__name__)

# How long /readyz waits for Meilisearch: probes have short timeouts, and a hung Meilisearch must neither
# hold them for the client's 10 s nor make the API unready (search answers from the database meanwhile).
READINESS_TIMEOUT_S = 0.5


@asynccontextmanager
async def search_runtime(app: FastAPI, settings: Settings) -> AsyncIterator[None]:
    """Open the client (``app.state.search``) and run the sync worker until the app stops.

    Without MEILI_URL search answers from the database and says so once here. The worker sets up the
    indexes itself, so a Meilisearch that is down at start-up delays syncing but not the API.
    """
    engine = SearchEngine.from_settings(settings)
    app.state.search = engine
    if engine is None:
        log.warning("MEILI_URL is not set: search answers from the database fallback (degraded)")
        yield
        return
    stop = asyncio.Event()
    task = None
    if settings.search_worker:
        worker = SyncWorker(sessionmaker=app.state.sessionmaker, engine=engine, config=worker_config(settings))
        task = asyncio.create_task(worker.run(stop), name="search-sync-worker")
    try:
        yield
    finally:
        stop.set()
        if task is not None:
            # A batch waiting on Meilisearch is cancelled after 10 s: its rows stay queued (nothing is lost).
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, timeout=10)
        await engine.close()


async def search_status(app: FastAPI) -> dict[str, object]:
    """What /readyz says about search: engine reachability and how far the index is behind the database.

    Search being down does not make the API unready: it answers from the database meanwhile. Meilisearch
    gets ``READINESS_TIMEOUT_S`` to answer; a slower one counts as degraded.
    """
    engine: SearchEngine | None = getattr(app.state, "search", None)
    async with app.state.sessionmaker() as session:
        lag = await outbox_lag(session=session)
    status, detail = "degraded", None
    if engine is None:
        detail = "MEILI_URL is not set; search answers from the database"
    else:
        try:
            async with asyncio.timeout(READINESS_TIMEOUT_S):
                available = await engine.available()
        except TimeoutError:
            budget_ms = round(READINESS_TIMEOUT_S * 1000)
            detail = f"Meilisearch did not answer within {budget_ms} ms; search answers from the database"
        else:
            if available:
                status = "ok"
            else:
                detail = "Meilisearch is unreachable; search answers from the database"
    report: dict[str, object] = {
        "status": status,
        "outbox": {
            "pending": lag.pending,
            "dead": lag.dead,
            "oldest_pending_age_s": None if lag.oldest_pending_age_s is None else round(lag.oldest_pending_age_s, 3),
        },
    }
    if detail:
        report["detail"] = detail
    return report
