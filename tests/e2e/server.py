"""``kennisbank serve`` on a loopback port, for the fuzzing tests: the real command, a real socket."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy.ext.asyncio import create_async_engine

from app.db import create_sessionmaker, migrate
from app.models.api_key import ApiKeyCreate, Role
from app.models.working_group import WorkingGroupCreate
from app.services.auth import SYSTEM, create_api_key
from app.services.working_groups import create_working_group
from tests import factories
from tests.conftest import REPO, create_database
from tests.meili import MeiliServer, free_port


@dataclass
class ApiServer:
    url: str
    tokens: dict[str, str]
    log: Path

    def headers(self, role: str) -> dict[str, str]:
        """The Authorization header of ``role`` (none for anonymous)."""
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role in self.tokens else {}


async def _seed_and_keys(database_url: str) -> dict[str, str]:
    """A little of everything, published and draft, and an API key per role.

    Not the demo content: loading it and syncing it into Meilisearch took most of a minute on a busy
    2-core machine, and the fuzzers need records of every kind, not many of them.
    """
    engine = create_async_engine(database_url)
    try:
        tokens = {}
        async with create_sessionmaker(engine)() as session, session.begin():
            peace = await factories.theme(session, "Vrouwen, vrede en veiligheid", slug="vvv")
            climate = await factories.theme(session, "Klimaat en gender", slug="klimaat")
            await factories.organisation(session, "Atria", themes=[peace.slug])
            await factories.organisation(session, "Cordaid", kind="partner", themes=[climate.slug])
            await factories.knowledge_item(session, "Vredesopbouw en gender", publish=True, themes=[peace.slug])
            await factories.knowledge_item(
                session, "Peacebuilding toolkit", kind="toolkit", language="en", publish=True, themes=[peace.slug]
            )
            await factories.knowledge_item(session, "Concept over klimaat", themes=[climate.slug])
            await factories.position_paper(session, "Inbreng CSW69", publish=True, themes=[peace.slug])
            await factories.position_paper(session, "Concept standpunt", themes=[climate.slug])
            group = WorkingGroupCreate(name="Werkgroep 1325", theme=peace.slug)
            await create_working_group(session=session, actor=SYSTEM, data=group)
            for role in (Role.reader, Role.editor, Role.admin):
                data = ApiKeyCreate(name=f"fuzzer {role}", role=role)
                tokens[str(role)] = (await create_api_key(session=session, actor=SYSTEM, data=data))[1]
        return tokens
    finally:
        await engine.dispose()


@contextmanager
def serve(server_url: str, meili: MeiliServer, workdir: Path) -> Iterator[ApiServer]:
    """Migrate and fill a database of its own, then ``kennisbank serve`` it; stopped (by pid) on exit."""
    database_url = create_database(server_url, f"kb_fuzz_{uuid.uuid4().hex[:8]}")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("KENNISBANK_", "MEILI_", "DATABASE_URL"))},
        "DATABASE_URL": database_url,
        "MEILI_URL": meili.url,
        "MEILI_MASTER_KEY": meili.master_key,
        "KENNISBANK_SEARCH_PREFIX": f"fz{uuid.uuid4().hex[:8]}_",
        "KENNISBANK_SCHEDULER": "false",
        "KENNISBANK_ACCESS_LOG": "false",
        "KENNISBANK_LOG_LEVEL": "warning",
        "KENNISBANK_MEDIA_DIR": str(workdir / "media"),
        "KENNISBANK_DATA_DIR": str(workdir / "data"),
    }
    migrate(database_url)
    tokens = asyncio.run(_seed_and_keys(database_url))
    port = free_port()
    log = workdir / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
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
        yield ApiServer(url=url, tokens=tokens, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
