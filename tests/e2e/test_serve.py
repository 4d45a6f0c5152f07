"""The README's run command path: `kennisbank serve --demo` in embedded mode, as a real process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_processes(data_dir: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmdline = " ".join(proc.info.get("cmdline") or [])
        if proc.info.get("name") == "postgres" and str(data_dir) in cmdline:
            found.append(proc)
    return found


def wait_ready(url: str, process: subprocess.Popen[str], deadline_s: float = 120) -> httpx.Response:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited early"
        try:
            response = httpx.get(url, timeout=2)
            if response.status_code == 200:
                return response
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} not ready within {deadline_s}s")


def test_serve_demo_in_embedded_mode_then_stop_cleanly(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    env["KENNISBANK_DATA_DIR"] = str(tmp_path / "data")
    env["KENNISBANK_MEILI_PORT"] = str(free_port())  # should a Meilisearch binary be on PATH
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--demo", "--port", str(port), "--workers", "2"],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_ready(f"{base}/healthz", process).json() == {"status": "ok"}
        ready = wait_ready(f"{base}/readyz", process).json()
        # Without Meilisearch, search answers from the database: ready, and saying so ("degraded").
        assert ready["status"] in ("ok", "degraded") and ready["checks"]["database"]["status"] == "ok"
        assert postgres_processes(tmp_path / "data"), "embedded PostgreSQL should be running"
    finally:
        process.send_signal(signal.SIGINT)
        try:
            output, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    assert process.returncode == 0, output
    assert "demo content loaded" in output and "Traceback" not in output
    deadline = time.monotonic() + 15
    while postgres_processes(tmp_path / "data") and time.monotonic() < deadline:
        time.sleep(0.3)
    assert not postgres_processes(tmp_path / "data"), "embedded PostgreSQL must stop with the service"
