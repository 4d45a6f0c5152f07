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

from tests.conftest import REPO
from tests.e2e.test_serve import free_port, postgres_processes, wait_ready
from tests.search.conftest import MeiliServer


def meilisearch_processes(data_dir: Path) -> list[psutil.Process]:
    return [
        p
        for p in psutil.process_iter(["name", "cmdline"])
        if p.info.get("name") == "meilisearch" and str(data_dir) in " ".join(p.info.get("cmdline") or [])
    ]


def test_embedded_serve_runs_meilisearch_and_the_sync_worker(tmp_path: Path, meili_bin: str) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    env |= {"KENNISBANK_DATA_DIR": str(tmp_path / "data"), "MEILI_BIN": meili_bin}
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
            hits = body["estimatedTotalHits"]
            if not body["degraded"] and hits and not pending:
                break
            time.sleep(0.25)
        assert hits > 0 and not body["degraded"]
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


def test_without_a_binary_serve_says_once_that_search_uses_the_database(tmp_path: Path, monkeypatch, capsys) -> None:
    from app.cli.serve import start_embedded_search
    from app.settings import Settings

    monkeypatch.delenv("MEILI_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("KENNISBANK_TOOLS_DIR", str(tmp_path))
    settings = Settings(database_url="postgresql+asyncpg://x@y/z", data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    assert start_embedded_search(settings) is None
    assert "search answers from the database" in capsys.readouterr().err


def test_a_master_key_that_starts_with_a_dash_still_starts_meilisearch(tmp_path: Path, meili_bin: str) -> None:
    # token_urlsafe keys start with "-" one time in 64; passed as a separate argument, Meilisearch read
    # it as an unknown flag and exited at start-up (the kept key made that permanent for a data dir).
    from app.search.embedded import start_embedded_meilisearch

    directory = tmp_path / "meilisearch"
    directory.mkdir()
    (directory / "master-key").write_text("-Tstarts-with-a-dash-0123456789abcdef")
    child = start_embedded_meilisearch(meili_bin, tmp_path)
    try:
        assert child.master_key.startswith("-T")
        health = httpx.get(f"{child.url}/keys", headers={"Authorization": f"Bearer {child.master_key}"})
        assert health.status_code == 200
    finally:
        child.stop()


def test_the_master_key_is_not_on_the_command_line(tmp_path: Path, meili_bin: str, own_meili: MeiliServer) -> None:
    # Any local user can read a process's arguments (ps, /proc/<pid>/cmdline), not its environment.
    from app.search.embedded import start_embedded_meilisearch

    child = start_embedded_meilisearch(meili_bin, tmp_path)
    try:
        cmdline = Path(f"/proc/{child.process.pid}/cmdline").read_bytes()
        assert child.master_key.encode() not in cmdline and b"master-key" not in cmdline
        keys = httpx.get(f"{child.url}/keys", headers={"Authorization": f"Bearer {child.master_key}"})
        assert keys.status_code == 200
        assert httpx.get(f"{child.url}/keys").status_code == 401  # the key is really set
    finally:
        child.stop()
    assert own_meili.process is not None  # the test suite's servers are started the same way
    assert own_meili.master_key.encode() not in Path(f"/proc/{own_meili.process.pid}/cmdline").read_bytes()
