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
