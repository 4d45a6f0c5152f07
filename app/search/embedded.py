"""Embedded mode: a private Meilisearch child process for `kennisbank serve` when MEILI_URL is unset."""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx2

from app.db import REPO_ROOT

log = logging.getLogger(__name__)
START_TIMEOUT_S = 30.0


def find_binary() -> str | None:
    """MEILI_BIN, else `meilisearch` on PATH, else the one scripts/install-meilisearch.sh installed."""
    candidates = [os.environ.get("MEILI_BIN"), shutil.which("meilisearch")]
    tools_dir = os.environ.get("KENNISBANK_TOOLS_DIR") or str(REPO_ROOT / ".kennisbank" / "bin")
    candidates.append(str(Path(tools_dir) / "meilisearch"))
    return next((c for c in candidates if c and os.path.isfile(c) and os.access(c, os.X_OK)), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _master_key(directory: Path) -> str:
    """A random key kept beside the data, so a restart opens the same database with the same key."""
    path = directory / "master-key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


@dataclass
class EmbeddedMeilisearch:
    process: subprocess.Popen[bytes]
    url: str
    master_key: str

    def stop(self) -> None:
        """Stop the child (by its pid) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_embedded_meilisearch(binary: str, data_dir: Path) -> EmbeddedMeilisearch:
    """Start Meilisearch on a free loopback port with its data under ``data_dir/meilisearch``."""
    directory = data_dir.resolve() / "meilisearch"
    directory.mkdir(parents=True, exist_ok=True)
    key = _master_key(directory)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    flags = {
        "--http-addr": f"127.0.0.1:{port}",
        "--db-path": str(directory / "data.ms"),
        "--dump-dir": str(directory / "dumps"),
        "--env": "development",
        "--log-level": "WARN",
    }
    with open(directory / "meilisearch.log", "ab") as log_file:
        process = subprocess.Popen(
            [binary, "--no-analytics", *(f"{flag}={value}" for flag, value in flags.items())],
            cwd=directory,  # it reads ./config.toml and writes ./dumps relative to its cwd
            # In the environment, not the arguments: any local user can read those (ps, /proc/<pid>/cmdline).
            env={**os.environ, "MEILI_MASTER_KEY": key},
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
            start_new_session=True,  # Ctrl-C reaches us; we stop it after the API has stopped
        )
    child = EmbeddedMeilisearch(process=process, url=url, master_key=key)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"meilisearch exited at start-up; see {directory / 'meilisearch.log'}")
        try:
            if httpx2.get(f"{url}/health", timeout=1).status_code == 200:
                return child
        except httpx2.TransportError:
            pass
        time.sleep(0.05)
    child.stop()
    raise RuntimeError(f"meilisearch did not become healthy within {START_TIMEOUT_S:.0f} s")
