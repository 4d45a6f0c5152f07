"""The search commands as real subprocesses against real PostgreSQL and Meilisearch."""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.change import EntityType
from app.search.engine import SearchEngine
from tests import factories
from tests.cli.test_cli import kennisbank
from tests.meili import MeiliServer, free_port
from tests.search.test_worker import index_ids

# Real `kennisbank` processes (the first also runs `sync-worker`).
pytestmark = pytest.mark.slow


@pytest.mark.e2e
async def test_setup_sync_worker_verify_and_reindex(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
    committed_url: str,
    meili: MeiliServer,
    search_engine: SearchEngine,
) -> None:
    async with committed_sessionmaker() as session, session.begin():
        items = [await factories.knowledge_item(session, f"Publicatie {n}", publish=True) for n in range(5)]
    env = {
        "DATABASE_URL": committed_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": search_engine.prefix,
    }

    def cli(*args: str) -> str:
        result = kennisbank(*args, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "knowledge_items: up to date" in cli("search", "setup")
    drift = kennisbank("search", "verify", env=env)
    assert drift.returncode == 1 and "knowledge_item: 5 missing, 0 stale, 0 orphaned" in drift.stdout
    assert "10 outbox rows synced" in await asyncio.to_thread(cli, "sync-worker", "--once")
    assert "knowledge_item: 0 missing, 0 stale, 0 orphaned" in cli("search", "verify")
    assert "reindexed: 5 knowledge_item" in cli("reindex", "--type", "knowledge_item")
    assert await index_ids(search_engine, EntityType.knowledge_item) == {i.id for i in items}

    unknown = kennisbank("reindex", "--type", "users", env=env)
    assert unknown.returncode == 1 and "unknown type 'users'" in unknown.stderr


def test_search_commands_without_meilisearch_name_the_setting(committed_url: str, tmp_path: Path) -> None:
    # No MEILI_URL, nothing on the embedded port of this data dir, and no binary to start one.
    env = {
        "DATABASE_URL": committed_url,
        "KENNISBANK_DATA_DIR": str(tmp_path),
        "KENNISBANK_MEILI_PORT": str(free_port()),
        "PATH": os.defpath,
    }
    result = kennisbank("search", "setup", env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "MEILI_URL is not set, no embedded Meilisearch runs at http://127.0.0.1:" in result.stderr
    assert "scripts/install-meilisearch.sh" in result.stderr and "MEILI_MASTER_KEY" in result.stderr


def test_search_commands_start_the_embedded_meilisearch_when_none_runs(
    committed_url: str, tmp_path: Path, meili_bin: str
) -> None:
    # As `serve` would: the data dir's Meilisearch, on its port, started for the command and stopped after.
    port = free_port()
    env = {
        "DATABASE_URL": committed_url,
        "KENNISBANK_DATA_DIR": str(tmp_path),
        "KENNISBANK_MEILI_PORT": str(port),
        "MEILI_BIN": meili_bin,
    }
    result = kennisbank("search", "setup", env=env)
    assert result.returncode == 0, result.stderr
    assert f"started the embedded Meilisearch at http://127.0.0.1:{port} for this command" in result.stderr
    assert (tmp_path / "meilisearch" / "master-key").exists()
    with socket.socket() as sock:  # stopped again: its port is free
        sock.bind(("127.0.0.1", port))
