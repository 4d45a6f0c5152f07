"""HTTP edge tests: the app built with chosen settings (rate limits, metrics off ...), on the test's transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.settings import Settings

AppClient = Callable[..., AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def app_client(database_url: str, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> AppClient:
    """``async with app_client(rate_limit=True, ...) as http``: the app with extra settings, rolled back."""

    @asynccontextmanager
    async def open_client(
        *, client: tuple[str, int] = ("127.0.0.1", 123), **overrides: Any
    ) -> AsyncIterator[httpx.AsyncClient]:
        settings = Settings(database_url=database_url, _env_file=None, **overrides)  # type: ignore[call-arg]
        app = create_app(settings)
        app.state.engine = engine
        app.state.sessionmaker = sessionmaker
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=client)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http

    return open_client
