"""An app on a database of its own where requests really commit (change feed, concurrency, exports)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import migrate
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.services.auth import SYSTEM, create_api_key
from app.settings import Settings


@pytest.fixture
async def live(fresh_database_url: str) -> AsyncIterator[tuple[httpx.AsyncClient, async_sessionmaker[AsyncSession]]]:
    import asyncio

    await asyncio.to_thread(migrate, fresh_database_url)
    app = create_app(Settings(database_url=fresh_database_url, search_worker=False, _env_file=None))  # type: ignore[call-arg]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield client, app.state.sessionmaker


@pytest.fixture
async def live_editor(live) -> dict[str, str]:
    _, sessionmaker = live
    async with sessionmaker() as session, session.begin():
        _, token = await create_api_key(session=session, actor=SYSTEM, data=ApiKeyCreate(name="e", role=Role.editor))
    return {"Authorization": f"Bearer {token}"}
