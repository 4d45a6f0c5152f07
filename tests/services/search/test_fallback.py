"""The database fallback for search bounds its own statements, so an outage under load cannot pin the pool."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.services.search.fallback import FALLBACK_STATEMENT_TIMEOUT_MS, database_search
from app.services.search.request import SearchRequest


async def test_the_fallback_runs_under_a_statement_timeout(session: AsyncSession) -> None:
    before = await session.scalar(text("SHOW statement_timeout"))
    result = await database_search(session=session, request=SearchRequest(q="vrede"))
    assert result.degraded is True
    assert before == "0"
    assert await session.scalar(text("SHOW statement_timeout")) == f"{FALLBACK_STATEMENT_TIMEOUT_MS // 1000}s"
