"""Meilisearch slowed by a delay proxy: search gives up at its time budget and answers from PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.main import create_app
from app.search.engine import SearchEngine
from app.search.worker import SyncWorker
from app.settings import Settings
from tests import factories
from tests.meili import MeiliServer

pytestmark = pytest.mark.slow

BUDGET_S = 0.4
MARGIN_S = 1.0  # the database fallback and the ASGI round trip on a busy two-core machine
DELAY_S = 3.0


class DelayProxy:
    """A loopback TCP forwarder to Meilisearch that holds every chunk sent upstream for ``delay_s``."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.delay_s = 0.0
        self.connections: set[asyncio.Task[None]] = set()
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._accept, "127.0.0.1", 0)

    async def close(self) -> None:
        assert self.server is not None
        self.server.close()
        for task in self.connections:
            task.cancel()
        await asyncio.gather(*self.connections, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.connections.add(task)
        # Only close() cancels these tasks; ending quietly keeps asyncio's stream callback from logging it.
        try:
            with contextlib.suppress(asyncio.CancelledError):
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
                await asyncio.gather(self._pipe(reader, up_writer, delayed=True), self._pipe(up_reader, writer))
        finally:
            self.connections.discard(task)
            writer.close()

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, *, delayed: bool = False) -> None:
        with contextlib.suppress(ConnectionError):
            try:
                while data := await source.read(65536):
                    if delayed and self.delay_s:
                        await asyncio.sleep(self.delay_s)
                    sink.write(data)
                    await sink.drain()
            finally:
                sink.close()


@pytest.fixture
async def delay_proxy(meili: MeiliServer) -> AsyncIterator[DelayProxy]:
    proxy = DelayProxy(meili.port)
    await proxy.start()
    try:
        yield proxy
    finally:
        await proxy.close()


async def test_a_slowed_meilisearch_is_cut_off_at_the_budget_and_search_answers_degraded_from_the_database(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    worker: SyncWorker,
    search_engine: SearchEngine,
    meili: MeiliServer,
    delay_proxy: DelayProxy,
) -> None:
    async with sessionmaker() as session, session.begin():
        item = await factories.knowledge_item(session, "Vertraagde vredesonderhandelingen", publish=True)
    await worker.drain()
    slow = SearchEngine(
        url=delay_proxy.url, api_key=meili.master_key, prefix=search_engine.prefix, search_timeout_s=BUDGET_S
    )
    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.search = slow
    query = {"q": "vredesonderhandelingen"}
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            fast = await http.get("/api/v1/search", params=query)
            assert fast.status_code == 200 and fast.json()["meta"]["degraded"] is False
            assert [h["id"] for h in fast.json()["data"]] == [item.id]

            delay_proxy.delay_s = DELAY_S
            timings = []
            for path in ("/api/v1/search", "/api/v1/search/suggest"):
                started = time.perf_counter()
                slowed = await http.get(path, params=query)
                timings.append(time.perf_counter() - started)
                assert slowed.status_code == 200, slowed.text
                body = slowed.json()  # search answers in the lists' envelope, suggest as {suggestions, degraded}
                assert body.get("meta", body)["degraded"] is True
                assert "degraded" in slowed.headers["warning"] and slowed.headers["x-search-degraded"] == "true"
                hits = body.get("data") or body.get("suggestions")
                assert [h["id"] for h in hits] == [item.id]
            assert all(BUDGET_S <= t < BUDGET_S + MARGIN_S for t in timings), timings

            delay_proxy.delay_s = 0.0
            recovered = await http.get("/api/v1/search", params=query)
            assert recovered.json()["meta"]["degraded"] is False
    finally:
        await slow.close()
    print(
        f"budget {BUDGET_S * 1000:.0f} ms, Meilisearch delayed {DELAY_S} s, answered in "
        + ", ".join(f"{t * 1000:.0f} ms" for t in timings)
    )
