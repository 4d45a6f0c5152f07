"""The embedded Meilisearch (app/search/embedded.py) that `serve` starts without MEILI_URL: its master key, and
what serve says without a binary."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.meili import MeiliServer, free_port


def test_without_a_binary_serve_says_once_that_search_uses_the_database(tmp_path: Path, monkeypatch, capsys) -> None:
    from app.cli.serve import start_embedded_search
    from app.settings import Settings

    monkeypatch.delenv("MEILI_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("KENNISBANK_TOOLS_DIR", str(tmp_path))
    settings = Settings(database_url="postgresql+asyncpg://x@y/z", data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    assert start_embedded_search(settings, None) is None
    assert "search answers from the database" in capsys.readouterr().err


def test_a_master_key_that_starts_with_a_dash_still_starts_meilisearch(tmp_path: Path, meili_bin: str) -> None:
    # token_urlsafe keys start with "-" one time in 64; passed as a separate argument, Meilisearch read
    # it as an unknown flag and exited at start-up (the kept key made that permanent for a data dir).
    from app.search.embedded import start_embedded_meilisearch

    directory = tmp_path / "meilisearch"
    directory.mkdir()
    (directory / "master-key").write_text("-Tstarts-with-a-dash-0123456789abcdef")
    child = start_embedded_meilisearch(meili_bin, tmp_path, port=free_port())
    try:
        assert child.master_key.startswith("-T")
        health = httpx.get(f"{child.url}/keys", headers={"Authorization": f"Bearer {child.master_key}"})
        assert health.status_code == 200
    finally:
        child.stop()


def test_the_master_key_is_not_on_the_command_line(tmp_path: Path, meili_bin: str, own_meili: MeiliServer) -> None:
    # Any local user can read a process's arguments (ps, /proc/<pid>/cmdline), not its environment.
    from app.search.embedded import start_embedded_meilisearch

    child = start_embedded_meilisearch(meili_bin, tmp_path, port=free_port())
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


def test_a_killed_child_is_restarted_on_its_port_and_a_stopped_one_stays_stopped(
    tmp_path: Path, meili_bin: str
) -> None:
    import signal
    import time

    from prometheus_client import REGISTRY

    from app.search.embedded import start_embedded_meilisearch

    def restarts() -> float:
        return REGISTRY.get_sample_value("kennisbank_search_engine_restarts_total") or 0.0

    child = start_embedded_meilisearch(meili_bin, tmp_path, port=free_port())
    before = restarts()
    child.supervise(backoff_s=0.1)
    try:
        assert child.process is not None
        first = child.process
        first.send_signal(signal.SIGKILL)
        deadline = time.monotonic() + 30
        while child.process is first or restarts() == before:
            assert time.monotonic() < deadline, "not restarted within 30 s"
            time.sleep(0.05)
        assert httpx.get(f"{child.url}/health").status_code == 200  # same port, same key
        keys = httpx.get(f"{child.url}/keys", headers={"Authorization": f"Bearer {child.master_key}"})
        assert keys.status_code == 200 and restarts() == before + 1
    finally:
        child.stop()
    stopped = child.process
    time.sleep(0.5)  # past the backoff: stopping on purpose is not a death to recover from
    assert child.process is stopped and stopped is not None and stopped.poll() is not None
