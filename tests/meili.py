"""Real Meilisearch servers for the tests: one process per server, stoppable and restartable.

The fixtures built on these (``meili``, ``own_meili``, ``search_engine`` ...) are in tests/conftest.py.
"""

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
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.search.worker import WorkerConfig

FAST_WORKER = WorkerConfig(batch_size=100, max_attempts=3, base_delay_s=0.05, max_delay_s=0.2, idle_poll_s=0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
