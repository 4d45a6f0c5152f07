"""In-process search measurements: full reindex vs raw Meilisearch ingest, and sync lag under steady writes."""

from __future__ import annotations

import asyncio
import secrets
import time
from typing import Any

from app.db import transaction
from app.models.base import Language
from app.models.change import EntityType
from app.models.content_types import KNOWLEDGE
from app.models.knowledge import KnowledgeItemCreate, KnowledgeKind
from app.search.documents import all_public_documents
from app.search.engine import SearchEngine
from app.search.indexes import INDEX_SUFFIX
from app.search.maintenance import reindex
from app.search.worker import SyncWorker, WorkerConfig
from app.services.auth import SYSTEM
from app.services.content.publishing import publish_content
from app.services.content.writes import create_content
from bench.infra import log

ATTACHMENT_TEXT_MAX = 20_000


async def documents(sessionmaker: Any) -> dict[EntityType, list[dict[str, Any]]]:
    """Every public search document, built from the database the way the sync worker builds them."""
    out: dict[EntityType, list[dict[str, Any]]] = {t: [] for t in INDEX_SUFFIX}
    async with transaction(sessionmaker) as session:
        for entity_type in INDEX_SUFFIX:
            async for batch in all_public_documents(
                session=session, entity_type=entity_type, attachment_text_max=ATTACHMENT_TEXT_MAX
            ):
                out[entity_type] += batch
    return out


async def ingest_raw(engine: SearchEngine, docs: dict[EntityType, list[dict[str, Any]]]) -> dict[str, float]:
    """The same documents sent straight to fresh indexes with the same settings, 1,000 per batch."""
    for entity_type in docs:
        await engine.ensure_index(f"raw_{engine.uid(entity_type)}", entity_type)
    started = time.perf_counter()
    tasks = []
    for entity_type, batch in docs.items():
        index = engine.client.index(f"raw_{engine.uid(entity_type)}")
        for offset in range(0, len(batch), 1000):
            tasks.append(await index.add_documents(batch[offset : offset + 1000], primary_key="id"))
    for task in tasks:
        await engine.wait(task, timeout_ms=3_600_000)
    elapsed = time.perf_counter() - started
    for entity_type in docs:
        await engine.client.delete_index_if_exists(f"raw_{engine.uid(entity_type)}")
    total = sum(len(d) for d in docs.values())
    return {"documents": total, "seconds": elapsed, "docs_per_s": total / elapsed}


async def full_reindex(engine: SearchEngine, sessionmaker: Any) -> dict[str, float]:
    """``kennisbank reindex``'s code path: build beside, swap, replay."""
    started = time.perf_counter()
    shown: dict[tuple[EntityType, str], int] = {}

    def progress(entity_type: EntityType, phase: str, done: int, total: int) -> None:
        """Log each tenth of each phase (what `kennisbank reindex` shows as bars)."""
        tenth = done * 10 // total if total else 10
        if shown.get((entity_type, phase), -1) < tenth:
            shown[entity_type, phase] = tenth
            log(f"reindex {entity_type} {phase}: {done}/{total} after {time.perf_counter() - started:.0f} s")

    counts = await reindex(
        engine=engine,
        sessionmaker=sessionmaker,
        types=list(INDEX_SUFFIX),
        attachment_text_max=ATTACHMENT_TEXT_MAX,
        progress=progress,
    )
    elapsed = time.perf_counter() - started
    total = sum(counts.values()) if isinstance(counts, dict) else 0
    return {"documents": total, "seconds": elapsed, "docs_per_s": total / elapsed if total else 0.0}


async def sync_lag(sessionmaker: Any, engine: SearchEngine, *, rate: float, seconds: float) -> dict[str, Any]:
    """Seconds from commit to searchable for writes at ``rate``/s, with one sync worker running."""
    worker = SyncWorker(
        sessionmaker=sessionmaker, engine=engine, config=WorkerConfig(idle_poll_s=0.05, outage_max_pause_s=1)
    )
    worker.indexes_ready = True
    stop_worker = asyncio.Event()
    running = asyncio.create_task(worker.run(stop_worker))
    uid = engine.uid(EntityType.knowledge_item)
    lags: list[float] = []
    waiting: dict[int, float] = {}  # id -> commit time
    writing = True

    async def watch() -> None:
        # One poller for all pending ids (not one per write), so measuring does not load Meilisearch.
        deadline = time.perf_counter() + seconds + 120
        while time.perf_counter() < deadline:
            if not writing and not waiting:
                return
            if waiting:
                ids = [str(i) for i in waiting]
                page = await engine.request(
                    "POST", f"/indexes/{uid}/documents/fetch", {"ids": ids, "fields": ["id"], "limit": len(ids)}
                )
                seen = time.perf_counter()
                for doc in page["results"]:
                    lags.append(seen - waiting.pop(int(doc["id"])))
            await asyncio.sleep(0.02)

    watcher = asyncio.create_task(watch())
    writes = int(rate * seconds)
    for n in range(writes):
        tick = time.perf_counter()
        async with transaction(sessionmaker) as session:
            item = await create_content(
                spec=KNOWLEDGE,
                session=session,
                actor=SYSTEM,
                data=KnowledgeItemCreate(
                    title=f"Lag {n} {secrets.token_hex(3)}", kind=KnowledgeKind.news, language=Language.nl
                ),
            )
            await publish_content(session=session, actor=SYSTEM, spec=KNOWLEDGE, id_or_slug=str(item.id))
        assert item.id is not None
        waiting[item.id] = time.perf_counter()
        await asyncio.sleep(max(0.0, 1 / rate - (time.perf_counter() - tick)))
    writing = False
    await watcher
    stop_worker.set()
    await running
    lags.sort()
    return {
        "writes": writes,
        "seen": len(lags),
        "never_seen": len(waiting),
        "p50_ms": 1000 * lags[len(lags) // 2] if lags else None,
        "p95_ms": 1000 * lags[min(len(lags) - 1, int(len(lags) * 0.95))] if lags else None,
        "max_ms": 1000 * lags[-1] if lags else None,
    }
