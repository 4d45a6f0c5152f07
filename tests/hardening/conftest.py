"""Hardening tests: a ``--slow`` option for longer fuzzing, and an app factory with chosen settings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.settings import Settings
from tests.hardening.server import ApiServer, serve

# A real Meilisearch here too.
from tests.search.conftest import MeiliServer, meili, meili_bin, search_engine  # noqa: F401

# Set from ``--slow`` before the test modules are imported (their fuzzing strategies are built at import).
SLOW = False


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="fuzz with many more examples (nightly)")


def pytest_configure(config: pytest.Config) -> None:
    global SLOW
    SLOW = bool(config.getoption("--slow", default=False))


@pytest.fixture(scope="package")
def api_server(
    server_url: str,
    meili: MeiliServer,  # noqa: F811  (the fixture imported above)
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ApiServer]:
    """``kennisbank serve`` on a free loopback port with the demo content, shared by the fuzzing modules."""
    with serve(server_url, meili, tmp_path_factory.mktemp("api-server")) as server:
        yield server


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
