"""Embedded mode: a private Meilisearch child process for `kennisbank serve` when MEILI_URL is unset.

It listens on a fixed loopback port (``KENNISBANK_MEILI_PORT``, default 7700), so the URL handed to
partner sites survives restarts, and keeps its master key beside its data (``<data dir>/meilisearch``).
The other commands find it the same way (``embedded_connection``): the port from the settings and the
key from the data dir. ``serve`` supervises the child: when it dies, it is started again with backoff,
logged and counted (``kennisbank_search_engine_restarts_total``); the search outbox then catches the
index up, since nothing was taken off it while Meilisearch was away.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx2
from prometheus_client import Counter

log = logging.getLogger(__name__)
START_TIMEOUT_S = 30.0
HOST = "127.0.0.1"
RESTARTS = Counter(
    "kennisbank_search_engine_restarts", "Times serve restarted its embedded Meilisearch after the process died"
)


def tools_dir(data_dir: Path) -> Path:
    """Where scripts/install-meilisearch.sh installs tools: ``KENNISBANK_TOOLS_DIR``, else ``<data dir>/bin``."""
    return Path(os.environ.get("KENNISBANK_TOOLS_DIR") or data_dir / "bin")


def find_binary(data_dir: Path) -> str | None:
    """MEILI_BIN, else `meilisearch` on PATH, else the one scripts/install-meilisearch.sh installed."""
    candidates = [os.environ.get("MEILI_BIN"), shutil.which("meilisearch"), str(tools_dir(data_dir) / "meilisearch")]
    return next((c for c in candidates if c and os.path.isfile(c) and os.access(c, os.X_OK)), None)


def _master_key(directory: Path) -> str:
    """A random key kept beside the data, so a restart opens the same database with the same key."""
    path = directory / "master-key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


def embedded_connection(data_dir: Path, port: int) -> tuple[str, str | None]:
    """The URL and master key of the embedded Meilisearch of ``data_dir`` (the key is None before its first start)."""
    key_file = data_dir.resolve() / "meilisearch" / "master-key"
    return f"http://{HOST}:{port}", key_file.read_text().strip() if key_file.exists() else None


def answers_with_key(url: str, key: str) -> bool | None:
    """True when a Meilisearch at ``url`` accepts ``key``, False when another one answers, None when none does."""
    try:
        response = httpx2.get(f"{url}/keys", headers={"Authorization": f"Bearer {key}"}, timeout=2)
    except httpx2.TransportError:
        return None
    return response.status_code == 200


@dataclass
class EmbeddedMeilisearch:
    """The child process; ``start`` (again) on the same port with the same data and key."""

    binary: str
    directory: Path
    port: int
    master_key: str
    process: subprocess.Popen[bytes] | None = None
    _stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _supervisor: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        """Start the process and wait until it answers /health (RuntimeError if it exits or stays silent)."""
        flags = {
            "--http-addr": f"{HOST}:{self.port}",
            "--db-path": str(self.directory / "data.ms"),
            "--dump-dir": str(self.directory / "dumps"),
            "--env": "development",
            "--log-level": "WARN",
        }
        with open(self.directory / "meilisearch.log", "ab") as log_file:
            process = subprocess.Popen(
                [self.binary, "--no-analytics", *(f"{flag}={value}" for flag, value in flags.items())],
                cwd=self.directory,  # it reads ./config.toml and writes ./dumps relative to its cwd
                # In the environment, not the arguments: any local user can read those (ps, /proc/<pid>/cmdline).
                env={**os.environ, "MEILI_MASTER_KEY": self.master_key},
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=log_file,
                start_new_session=True,  # Ctrl-C reaches us; we stop it after the API has stopped
            )
        self.process = process
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"meilisearch exited at start-up; see {self.directory / 'meilisearch.log'}")
            try:
                if httpx2.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx2.TransportError:
                pass
            time.sleep(0.05)
        self._terminate()
        raise RuntimeError(f"meilisearch did not become healthy within {START_TIMEOUT_S:.0f} s")

    def supervise(self, *, backoff_s: float = 0.5, max_backoff_s: float = 30.0, healthy_s: float = 60.0) -> None:
        """Watch the child from a thread: when it dies, start it again after a doubling delay (reset once it
        has stayed up ``healthy_s``), logging and counting each restart."""

        def watch() -> None:
            delay = backoff_s
            while not self._stopping.is_set():
                process = self.process
                started = time.monotonic()
                while process is not None and process.poll() is None and not self._stopping.wait(0.2):
                    pass
                if self._stopping.is_set():
                    return
                if time.monotonic() - started > healthy_s:
                    delay = backoff_s
                code = process.returncode if process is not None else None
                log.warning("embedded Meilisearch exited (code %s); restarting it in %.1f s", code, delay)
                if self._stopping.wait(delay):
                    return
                delay = min(max_backoff_s, delay * 2)
                with self._lock:
                    if self._stopping.is_set():
                        return
                    try:
                        self.start()
                    except (OSError, RuntimeError) as exc:
                        log.error("embedded Meilisearch did not restart: %s", exc)
                        continue
                RESTARTS.inc()
                pid = self.process.pid if self.process else None
                log.warning("embedded Meilisearch restarted at %s (pid %s)", self.url, pid)

        self._supervisor = threading.Thread(target=watch, name="meilisearch-supervisor", daemon=True)
        self._supervisor.start()

    def _terminate(self) -> None:
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)

    def stop(self) -> None:
        """Stop supervising, then stop the child (by its pid) and wait for it."""
        self._stopping.set()
        with self._lock:
            self._terminate()
        if self._supervisor is not None:
            self._supervisor.join(timeout=5)


def start_embedded_meilisearch(binary: str, data_dir: Path, *, port: int) -> EmbeddedMeilisearch:
    """Start Meilisearch on loopback ``port`` with its data under ``data_dir/meilisearch``."""
    directory = data_dir.resolve() / "meilisearch"
    directory.mkdir(parents=True, exist_ok=True)
    child = EmbeddedMeilisearch(binary=binary, directory=directory, port=port, master_key=_master_key(directory))
    child.start()
    return child
