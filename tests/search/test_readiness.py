"""/readyz reports search status and outbox lag; search being down degrades, it does not make the API unready."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.search.engine import SearchEngine
from tests import factories


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
    assert degraded.status_code == 200 and degraded.json()["status"] == "ok"
    assert degraded.json()["checks"]["search"]["status"] == "degraded"
    assert "unreachable" in degraded.json()["checks"]["search"]["detail"]
