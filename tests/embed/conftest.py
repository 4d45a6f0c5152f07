"""Embed tests: the app with the test's Meilisearch indexes (fixtures of tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.search.engine import SearchEngine
from app.settings import Settings


@pytest.fixture
async def embed_client(
    database_url: str,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    search_engine: SearchEngine,
    tmp_path: Path,
) -> AsyncIterator[httpx.AsyncClient]:
    """The app over ASGI with the test's Meilisearch indexes, rolled-back transaction and data directory."""
    settings = Settings(database_url=database_url, data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.search = search_engine
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http
