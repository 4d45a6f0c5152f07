"""Schema fuzzing: schemathesis generates valid and invalid requests for every REST operation.

The app runs under uvicorn on a loopback port, on a PostgreSQL database of its own holding the demo
content (requests commit for real: the fuzzer's creates, updates and deletes are real). Each operation
is called anonymously and with an editor's key. Checks: no 5xx, responses match the OpenAPI schema, and
invalid input is refused with a 4xx. ``pytest --slow`` generates many more examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config._checks import NegativeDataRejectionConfig
from schemathesis.specs.openapi.checks import negative_data_rejection, response_schema_conformance

from app.main import create_app
from app.settings import Settings
from tests.conftest import REPO, create_database
from tests.hardening import conftest as hardening
from tests.search.conftest import free_port

DEFAULT_EXAMPLES = 8
SLOW_EXAMPLES = 200
UVICORN = [sys.executable, "-m", "uvicorn", "app.main:create_app", "--factory", "--host", "127.0.0.1"]
UVICORN += ["--no-server-header", "--log-level", "warning"]
CHECKS = [not_a_server_error, response_schema_conformance, negative_data_rejection]


@dataclass
class ApiServer:
    url: str
    editor_token: str
    log: Path


def _kennisbank(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def api_server(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ApiServer]:
    """``uvicorn app.main:create_app`` on a free loopback port, stopped (by pid) after the module."""
    database_url = create_database(server_url, f"kb_fuzz_{uuid.uuid4().hex[:8]}")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "MEILI_"))},
        "DATABASE_URL": database_url,
        "KENNISBANK_SEARCH_WORKER": "false",
        "KENNISBANK_ACCESS_LOG": "false",
        "KENNISBANK_LOG_LEVEL": "warning",
    }
    _kennisbank(env, "migrate")
    _kennisbank(env, "seed", "--demo")
    editor_token = _kennisbank(env, "apikey", "create", "--name", "fuzzer", "--role", "editor").strip().splitlines()[-1]
    port = free_port()
    log = tmp_path_factory.mktemp("fuzz") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*UVICORN, "--port", str(port)],
            env=env,
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the API did not become ready within 60 s"
            time.sleep(0.1)
        yield ApiServer(url=url, editor_token=editor_token, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


# The schema is the app's own OpenAPI document (building it needs no database), so each operation is a
# test item of its own; requests go to the running server. (schemathesis' lazy ``from_fixture`` loader
# does not work with pytest 9.)
schema = schemathesis.openapi.from_dict(create_app(Settings(_env_file=None)).openapi())  # type: ignore[call-arg]
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=SLOW_EXAMPLES if hardening.SLOW else DEFAULT_EXAMPLES,
    database="none",
    # The default run is the same every time (a red suite means a change broke something); --slow explores.
    deterministic=not hardening.SLOW,
)
# The coverage phase walks every boundary case of every schema (minutes); nightly runs only.
schema.config.phases.update(phases=["examples", "fuzzing", *(["coverage"] if hardening.SLOW else [])])
# Invalid input may also be refused as too large (413) or as a malformed If-Match (412).
schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
    expected_statuses=[400, 401, 403, 404, 405, 406, 412, 413, 415, 422, 428]
)


@schema.parametrize()
def test_every_rest_operation_survives_fuzzing_anonymously(case: schemathesis.Case, api_server: ApiServer) -> None:
    case.call_and_validate(base_url=api_server.url, checks=CHECKS)


@schema.parametrize()
def test_every_rest_operation_survives_fuzzing_as_an_editor(case: schemathesis.Case, api_server: ApiServer) -> None:
    auth = {"Authorization": f"Bearer {api_server.editor_token}"}
    case.call_and_validate(base_url=api_server.url, headers=auth, checks=CHECKS)


def test_over_a_real_socket_no_version_is_advertised_and_headers_are_set(api_server: ApiServer) -> None:
    # The flags `kennisbank serve` passes uvicorn (server_header=False); nothing else may add one.
    response = httpx.get(f"{api_server.url}/api/v1/knowledge-items", headers={"X-Request-ID": "socket-check"})
    assert response.status_code == 200
    assert "server" not in response.headers
    assert response.headers["x-request-id"] == "socket-check"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    metrics = httpx.get(f"{api_server.url}/metrics").text
    assert 'route="/api/v1/knowledge-items"' in metrics and "kennisbank_search_outbox_pending" in metrics
