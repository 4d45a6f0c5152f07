"""`kennisbank serve` refuses a busy port at once: before PostgreSQL, the demo content or Meilisearch start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import REPO


@contextmanager
def listening() -> Iterator[int]:
    """A loopback port something listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def serve(tmp_path: Path, *args: str, **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "DATABASE_URL", "MEILI"))}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "serve", "--demo", *args],
        cwd=REPO,
        env=clean | {"KENNISBANK_DATA_DIR": str(tmp_path / "data")} | env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result, time.monotonic() - started


def test_a_busy_port_is_refused_within_two_seconds_before_any_setup(tmp_path: Path) -> None:
    with listening() as port:
        result, elapsed = serve(tmp_path, "--port", str(port))
    assert result.returncode != 0
    assert elapsed < 2.0, f"took {elapsed:.2f} s"
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr
    assert "--port" in result.stderr and "--host" in result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr
    assert not (tmp_path / "data").exists(), "nothing may be set up (no PostgreSQL, no demo data, no Meilisearch)"


def test_a_busy_embedded_meilisearch_port_is_refused_before_any_setup(tmp_path: Path, meili_bin: str) -> None:
    with listening() as api_port:
        pass  # free again
    with listening() as meili_port:
        result, elapsed = serve(
            tmp_path, "--port", str(api_port), KENNISBANK_MEILI_PORT=str(meili_port), MEILI_BIN=meili_bin
        )
    assert result.returncode != 0 and elapsed < 2.0, (elapsed, result.stderr)
    assert f"port {meili_port} for the embedded Meilisearch is in use by another program" in result.stderr
    assert "KENNISBANK_MEILI_PORT" in result.stderr and "MEILI_URL" in result.stderr
    assert not (tmp_path / "data" / "pg").exists() and not (tmp_path / "data" / "meilisearch").exists()
