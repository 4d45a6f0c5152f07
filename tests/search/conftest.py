"""A real Meilisearch for the search tests: installed by the project script, one server per session."""

from __future__ import annotations

import os
import resource
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from app.db import create_sessionmaker, migrate
from app.main import create_app
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.search.worker import SyncWorker, WorkerConfig
from app.settings import Settings
from tests.conftest import REPO, create_database

FAST_WORKER = WorkerConfig(batch_size=100, max_attempts=3, base_delay_s=0.05, max_delay_s=0.2, idle_poll_s=0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def meili_bin() -> str:
    """The pinned Meilisearch binary, installed by scripts/install-meilisearch.sh when missing."""
    result = subprocess.run(
        [str(REPO / "scripts" / "install-meilisearch.sh")], capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


class _StartupExit(AssertionError):
    pass


@dataclass
class MeiliServer:
    """One Meilisearch process on a loopback port with its own data directory; stoppable and restartable."""

    binary: str
    data_dir: Path
    port: int
    master_key: str
    process: subprocess.Popen[bytes] | None = None
    # Largest file Meilisearch may write (RLIMIT_FSIZE): past it writes fail as on a full disk.
    file_size_limit: int | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start on this port; a server that dies while starting up is tried twice more on fresh ports.

        On the shared 2-core machine a start-up exit was seen while many servers started at once; its
        log is kept in the error if the third try fails too.
        """
        for attempt in range(3):
            try:
                self._start_once()
                return
            except _StartupExit:
                if attempt == 2:
                    raise
                self.process = None
                self.port = free_port()

    def _start_once(self) -> None:
        assert self.process is None
        flags = {
            "--http-addr": f"127.0.0.1:{self.port}",
            "--db-path": str(self.data_dir / "data.ms"),
            "--dump-dir": str(self.data_dir / "dumps"),
            "--env": "development",
            "--log-level": "WARN",
            "--max-indexing-threads": "1",
        }
        with (self.data_dir / "meilisearch.log").open("ab") as log_file:
            self.process = subprocess.Popen(
                [self.binary, "--no-analytics", *(f"{flag}={value}" for flag, value in flags.items())],
                cwd=self.data_dir,
                env={**os.environ, "MEILI_MASTER_KEY": self.master_key},  # not in the arguments, which ps shows
                stdout=subprocess.DEVNULL,
                stderr=log_file,
                stdin=subprocess.DEVNULL,
                preexec_fn=self._limit_file_size if self.file_size_limit else None,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.data_dir / "meilisearch.log").read_text(errors="replace")[-2000:]
                raise _StartupExit(f"meilisearch exited at start-up ({self.process.returncode}): {log}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        self.stop()
        raise AssertionError("meilisearch did not become healthy within 30 s")

    def _limit_file_size(self) -> None:
        """In the child: writes past the limit fail with EFBIG (instead of a SIGXFSZ that would kill it)."""
        assert self.file_size_limit is not None
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.file_size_limit, self.file_size_limit))

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is None:
            return
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None


def new_server(binary: str) -> MeiliServer:
    data_dir = Path(tempfile.mkdtemp(prefix="kb-test-meili-"))
    return MeiliServer(binary=binary, data_dir=data_dir, port=free_port(), master_key=secrets.token_urlsafe(24))


@contextmanager
def running(server: MeiliServer) -> Iterator[MeiliServer]:
    """Start the server; stop it and remove its data directory afterwards."""
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.data_dir, ignore_errors=True)


@asynccontextmanager
async def indexes_of_its_own(meili: MeiliServer, prefix: str) -> AsyncIterator[SearchEngine]:
    """A client with indexes under a prefix of its own, set up; the indexes are dropped afterwards.

    Its search budget is generous: tests that want the fallback build an engine with a small one
    (test_slow_search.py); on a busy 2-core box the 1.5 s default fell back mid-test.
    """
    engine = SearchEngine(url=meili.url, api_key=meili.master_key, prefix=prefix, search_timeout_s=30)
    await engine.setup()
    try:
        yield engine
    finally:
        for uid in [engine.uid(t) for t in INDEX_SUFFIX]:
            await engine.client.delete_index_if_exists(uid)
        await engine.close()


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
def committed_database_url(server_url: str) -> str:
    """A migrated database of the test's own, for tests whose commits must be real."""
    url = create_database(server_url, f"kb_search_{uuid.uuid4().hex[:8]}")
    migrate(url)
    return url


@pytest.fixture
async def committed_sessionmaker(committed_database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions whose commits are real (several workers, reindex, faults)."""
    engine = create_async_engine(committed_database_url, pool_size=10)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def search_client(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    search_engine: SearchEngine,
) -> AsyncIterator[httpx.AsyncClient]:
    """The real app over ASGI with the test's Meilisearch indexes and rolled-back transaction."""
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
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
