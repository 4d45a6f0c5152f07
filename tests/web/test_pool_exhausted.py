"""Overload: when no pooled database connection frees up in time, the answer is a retryable 503, not a 500."""

from __future__ import annotations

import httpx
from sqlalchemy import text

from app.db import create_engine, create_sessionmaker
from app.main import create_app
from app.settings import Settings


async def test_an_exhausted_pool_answers_503_with_retry_after(database_url: str, settings: Settings) -> None:
    engine = create_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=0.3)
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = create_sessionmaker(engine)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            async with engine.connect() as held:  # the pool's only connection, kept busy
                await held.execute(text("select 1"))
                busy = await http.get("/api/v1/knowledge-items")
            assert busy.status_code == 503, busy.text
            assert busy.headers["retry-after"] == "1"
            assert busy.headers["content-type"].startswith("application/problem+json")
            assert busy.json()["type"].endswith("/service-unavailable")
            again = await http.get("/api/v1/knowledge-items")  # the connection is back: served as usual
            assert again.status_code == 200, again.text
    finally:
        await engine.dispose()
