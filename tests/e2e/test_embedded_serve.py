"""`kennisbank serve` in embedded mode starts its own Meilisearch, syncs into it, and stops it on exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import REPO
from tests.e2e.test_serve import free_port, postgres_processes, wait_ready

pytestmark = pytest.mark.e2e


def meilisearch_processes(data_dir: Path) -> list[psutil.Process]:
    return [
        p
        for p in psutil.process_iter(["name", "cmdline"])
        if p.info.get("name") == "meilisearch" and str(data_dir) in " ".join(p.info.get("cmdline") or [])
    ]


def test_embedded_serve_runs_meilisearch_and_the_sync_worker(tmp_path: Path, meili_bin: str) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    env |= {
        "KENNISBANK_DATA_DIR": str(tmp_path / "data"),
        "MEILI_BIN": meili_bin,
        "KENNISBANK_MEILI_PORT": str(free_port()),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--demo", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        ready = wait_ready(f"{base}/readyz", process).json()
        assert ready["checks"]["search"]["status"] == "ok"
        assert meilisearch_processes(tmp_path / "data"), "the embedded Meilisearch should be running"
        hits = 0
        for _ in range(240):  # the in-process worker sets up the indexes and drains the demo content
            body = httpx.get(f"{base}/api/v1/search", params={"limit": 1}, timeout=5).json()
            pending = httpx.get(f"{base}/readyz", timeout=5).json()["checks"]["search"]["outbox"]["pending"]
            hits = body["meta"]["total"]
            if not body["meta"]["degraded"] and hits and not pending:
                break
            time.sleep(0.25)
        assert hits > 0 and not body["meta"]["degraded"]
    finally:
        process.send_signal(signal.SIGTERM)  # what systemd and process managers send
        try:
            output, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
    assert process.returncode == 0, output
    assert "embedded Meilisearch at http://127.0.0.1:" in output and "Traceback" not in output
    assert not meilisearch_processes(tmp_path / "data"), "the embedded Meilisearch must stop with the service"
    deadline = time.monotonic() + 15
    while postgres_processes(tmp_path / "data") and time.monotonic() < deadline:
        time.sleep(0.3)
    assert not postgres_processes(tmp_path / "data"), "the embedded PostgreSQL must stop with the service"
