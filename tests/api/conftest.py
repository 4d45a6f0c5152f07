"""REST tests: the app with a media directory of the test's own, for uploads and /media."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.settings import Settings


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
