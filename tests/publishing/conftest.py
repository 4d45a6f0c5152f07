"""Publishing workflow tests: the GraphQL client and Meilisearch fixtures of their own suites, and a
committed database for the tests where several schedulers or the app's lifespan must really commit."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.db import create_sessionmaker, migrate
from app.main import create_app
from app.settings import Settings
from tests.graphql.conftest import app, graphql  # noqa: F401  (fixtures)
from tests.search.conftest import meili, meili_bin, search_engine, worker  # noqa: F401  (fixtures)


def in_(seconds: float) -> datetime:
    """A moment ``seconds`` from now (negative: ago), timezone-aware."""
    return datetime.now(UTC) + timedelta(seconds=seconds)


@pytest.fixture
async def committed_url(fresh_database_url: str) -> str:
    await asyncio.to_thread(migrate, fresh_database_url)
    return fresh_database_url


@pytest.fixture
async def committed_sessionmaker(committed_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions whose commits are real (several schedulers racing)."""
    engine = create_async_engine(committed_url, pool_size=10)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


@pytest.fixture
def media_dir(tmp_path: Path) -> Path:
    return tmp_path / "media"


@pytest.fixture
async def upload_client(
    database_url: str, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession], media_dir: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """The real app with a media directory of the test's own and a small upload cap (64 KiB)."""
    settings = Settings(database_url=database_url, media_dir=media_dir, max_upload_bytes=64 * 1024, _env_file=None)  # type: ignore[call-arg]
    uploads_app = create_app(settings)
    uploads_app.state.engine = engine
    uploads_app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=uploads_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http
