"""Operating an embedded `kennisbank serve` from a second shell: the CLI finds its Meilisearch, a killed
Meilisearch comes back on its own with nothing lost, and each request is logged once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO
from tests.e2e.test_embedded_serve import meilisearch_processes
from tests.e2e.test_serve import free_port, wait_ready

pytestmark = pytest.mark.e2e


@dataclass
class EmbeddedServe:
    base: str
    env: dict[str, str]
    data_dir: Path
    log: Path
    meili_port: int

    def cli(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        """A `kennisbank` command from a second shell: same environment, no MEILI_URL."""
        return subprocess.run(
            [sys.executable, "-m", "app.cli", *args],
            cwd=REPO,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def search_ok(self) -> bool:
        ready = httpx.get(f"{self.base}/readyz", timeout=5).json()
        return bool(ready["checks"]["search"]["status"] == "ok")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory, meili_bin: str) -> Iterator[EmbeddedServe]:
    workdir = tmp_path_factory.mktemp("embedded")
    port, meili_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    env |= {
        "KENNISBANK_DATA_DIR": str(workdir / "data"),
        "KENNISBANK_MEILI_PORT": str(meili_port),
        "MEILI_BIN": meili_bin,
    }
    log = workdir / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--demo", "--port", str(port)],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_ready(f"{base}/readyz", process)
        yield EmbeddedServe(base=base, env=env, data_dir=workdir / "data", log=log, meili_port=meili_port)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    assert not meilisearch_processes(workdir / "data"), "the embedded Meilisearch must stop with the service"


def test_reindex_and_verify_find_the_embedded_meilisearch_from_a_second_shell(embedded: EmbeddedServe) -> None:
    verify = embedded.cli("search", "verify", "--repair")
    assert verify.returncode == 0, verify.stderr
    assert "knowledge_item:" in verify.stdout and "MEILI_URL is not set" not in verify.stderr
    reindex = embedded.cli("reindex", "--quiet")
    assert reindex.returncode == 0, reindex.stderr
    assert re.search(r"reindexed: \d+ knowledge_item", reindex.stdout)
    # The serve's own Meilisearch answered: none was started for the commands.
    assert "for this command" not in verify.stderr + reindex.stderr
    assert len(meilisearch_processes(embedded.data_dir)) == 1


def test_the_embedded_meilisearch_listens_on_its_configured_port(embedded: EmbeddedServe) -> None:
    assert f"embedded Meilisearch at http://127.0.0.1:{embedded.meili_port}" in embedded.log.read_text()
    assert httpx.get(f"http://127.0.0.1:{embedded.meili_port}/health", timeout=5).status_code == 200


def test_a_killed_meilisearch_is_restarted_and_catches_up(embedded: EmbeddedServe) -> None:
    created = embedded.cli("apikey", "create", "--name", "e2e editor", "--role", "editor")
    assert created.returncode == 0, created.stderr
    headers = {"Authorization": f"Bearer {created.stdout.strip().splitlines()[-1]}"}
    (child,) = meilisearch_processes(embedded.data_dir)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    killed_at = time.monotonic()
    # Written while search is down: the outbox keeps it until Meilisearch is back.
    title = f"Geschreven terwijl zoeken plat lag {uuid.uuid4().hex[:6]}"
    item = httpx.post(
        f"{embedded.base}/api/v1/knowledge-items",
        headers=headers,
        json={"title": title, "kind": "news", "language": "nl"},
        timeout=10,
    )
    assert item.status_code == 201, item.text
    published = httpx.post(f"{embedded.base}/api/v1/knowledge-items/{item.json()['id']}/publish", headers=headers)
    assert published.status_code == 200, published.text

    while not embedded.search_ok():
        assert time.monotonic() - killed_at < 20, "the embedded Meilisearch did not come back within 20 s"
        time.sleep(0.2)
    back_after = time.monotonic() - killed_at
    found = False
    while not found:
        assert time.monotonic() - killed_at < 40, "the record written while search was down was not indexed"
        body = httpx.get(f"{embedded.base}/api/v1/search", params={"q": title}, timeout=5).json()
        found = not body["meta"]["degraded"] and any(hit.get("title") == title for hit in body["data"])
        time.sleep(0.2)
    caught_up_after = time.monotonic() - killed_at
    print(f"search back {back_after:.1f} s after kill -9; the record searchable after {caught_up_after:.1f} s")

    metrics = httpx.get(f"{embedded.base}/metrics", timeout=5).text
    assert re.search(r"^kennisbank_search_engine_restarts_total 1\.0$", metrics, re.M), metrics[-2000:]
    log = embedded.log.read_text()
    assert "embedded Meilisearch exited" in log and "embedded Meilisearch restarted" in log


def test_each_request_is_logged_once_in_the_console_format(embedded: EmbeddedServe) -> None:
    request_id = uuid.uuid4().hex
    assert httpx.get(f"{embedded.base}/healthz", headers={"X-Request-ID": request_id}).status_code == 200
    deadline = time.monotonic() + 5
    while request_id not in embedded.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    lines = [line for line in embedded.log.read_text().splitlines() if "/healthz" in line]
    mine = [line for line in lines if request_id in line]
    assert len(mine) == 1, lines
    assert not mine[0].lstrip().startswith("{"), "development logs are human-readable, not JSON"
