"""What readiness says about search: whether Meilisearch answers, and how far the index is behind."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.search.engine import SearchEngine
from app.search.outbox import outbox_lag

# How long /readyz waits for Meilisearch: probes have short timeouts, and a hung Meilisearch must neither
# hold them for the client's 10 s nor make the API unready (search answers from the database meanwhile).
READINESS_TIMEOUT_S = 0.5


async def search_readiness(
    *, engine: SearchEngine | None, sessionmaker: async_sessionmaker[AsyncSession]
) -> dict[str, object]:
    """Engine reachability and the outbox lag, as /readyz reports them.

    Search being down does not make the API unready: it answers from the database meanwhile. Meilisearch
    gets ``READINESS_TIMEOUT_S`` to answer; a slower one counts as degraded.
    """
    async with sessionmaker() as session:
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


async def search_status(app: Any) -> dict[str, object]:
    """``search_readiness`` of the API process, whose engine and sessionmaker are in ``app.state``."""
    return await search_readiness(engine=getattr(app.state, "search", None), sessionmaker=app.state.sessionmaker)
