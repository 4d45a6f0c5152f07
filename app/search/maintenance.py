"""Reindex with zero downtime, and the reconciler that compares the indexes with the database."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import orjson
from meilisearch_python_sdk.models.task import TaskInfo
from sqlalchemy import CursorResult, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.models.change import ChangeEvent, EntityType
from app.models.search_outbox import OutboxStatus, SearchOutbox
from app.search.documents import all_public_documents, public_count
from app.search.engine import SearchEngine, SearchTaskFailed
from app.search.outbox import enqueue_sync
from app.search.worker import SyncWorker, WorkerConfig

log = logging.getLogger(__name__)

# (type, phase, documents done, documents in total); phase "sent" (read and handed to Meilisearch) or
# "indexed" (Meilisearch has processed them)
Progress = Callable[[EntityType, str, int, int], None]
REBUILD_SUFFIX = "__rebuild"
FETCH_PAGE = 1000
# A rebuild waits for Meilisearch as long as it works on the batches, however long a large corpus takes on
# a small machine; it gives up only when nothing has moved (no batch done, no step forward) for this long.
STALL_S = 600.0
POLL_S = 0.5


def _noop(entity_type: EntityType, phase: str, done: int, total: int) -> None:
    return None


class IndexingStalled(Exception):
    """Meilisearch made no progress on a rebuild's batches for ``STALL_S``."""


async def reindex(
    *,
    engine: SearchEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    types: list[EntityType],
    attachment_text_max: int,
    progress: Progress = _noop,
    batch_size: int = 1000,
) -> dict[EntityType, int]:
    """Rebuild each index beside the live one, swap them atomically, and replay writes made meanwhile.

    Search keeps answering from the old index until the swap. Writes during the rebuild went to the old
    index and are queued again afterwards (every change since the oldest transaction still running when
    the rebuild started), so the swapped-in index converges once the worker has drained the outbox.
    """
    counts: dict[EntityType, int] = {}
    for entity_type in types:
        live = engine.uid(entity_type)
        rebuild = live + REBUILD_SUFFIX
        await engine.ensure_index(live, entity_type)
        await engine.client.delete_index_if_exists(rebuild)
        await engine.ensure_index(rebuild, entity_type)
        index = engine.client.index(rebuild)
        async with sessionmaker() as session, session.begin():
            # Every transaction below this id had committed before we started reading.
            since = int(await session.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")))
        done = 0
        batches: list[tuple[TaskInfo, int]] = []
        async with sessionmaker() as session, session.begin():
            await session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            total = await public_count(session=session, entity_type=entity_type)
            progress(entity_type, "sent", 0, total)
            async for documents in all_public_documents(
                session=session, entity_type=entity_type, attachment_text_max=attachment_text_max, batch_size=batch_size
            ):
                batches.append((await engine.call(index.add_documents(documents, primary_key="id")), len(documents)))
                done += len(documents)
                progress(entity_type, "sent", done, total)
        await wait_indexed(engine, batches, report=_report_indexed(progress, entity_type, total))
        swap = await engine.call(engine.client.swap_indexes([(live, rebuild)]))
        await engine.wait(swap)
        await engine.client.delete_index_if_exists(rebuild)
        await replay_changes_since(sessionmaker=sessionmaker, txid=since)
        counts[entity_type] = done
    return counts


def _report_indexed(progress: Progress, entity_type: EntityType, total: int) -> Callable[[int], None]:
    return lambda done: progress(entity_type, "indexed", done, total)


async def wait_indexed(
    engine: SearchEngine,
    batches: list[tuple[TaskInfo, int]],
    *,
    report: Callable[[int], None] = lambda indexed: None,
    stall_s: float = STALL_S,
) -> None:
    """Wait until Meilisearch has processed every batch (task, document count), reporting the documents done.

    Meilisearch merges queued tasks into large batches, so one task can take many minutes on a big corpus
    while work goes on: the clock restarts whenever a task finishes or the batch being processed moves
    (its progress), and the documents reported include the done share of that batch. A failed task raises
    SearchTaskFailed; no movement for ``stall_s``, IndexingStalled.
    """
    finished = shown = 0
    report(shown)
    moved_at, seen = time.monotonic(), None
    for task, size in batches:
        while True:
            state = await engine.call(engine.client.get_task(task.task_uid))
            if state.status == "succeeded":
                break
            if state.status in ("failed", "canceled"):
                error = state.error or {}
                raise SearchTaskFailed(
                    f"task {task.task_uid} {state.status}: {error.get('code')}: {error.get('message')}"
                )
            batch = await _processing(engine)
            step = None if batch is None else (batch.get("uid"), orjson.dumps(batch.get("progress")))
            if step != seen:
                moved_at, seen = time.monotonic(), step
                share = _share_done(batch, task.index_uid)
                if finished + share > shown:
                    shown = finished + share
                    report(shown)
            elif time.monotonic() - moved_at > stall_s:
                raise IndexingStalled(f"Meilisearch made no progress on task {task.task_uid} for {stall_s:.0f} s")
            await asyncio.sleep(POLL_S)
        finished += size
        moved_at = time.monotonic()
        if finished > shown:
            shown = finished
            report(shown)


async def _processing(engine: SearchEngine) -> dict[str, Any] | None:
    """The batch Meilisearch is processing (with its progress), or None when it is idle."""
    found = await engine.request("GET", "/batches?statuses=processing&limit=1")
    results = (found or {}).get("results") or []
    return results[0] if results else None


def _share_done(batch: dict[str, Any] | None, index_uid: str | None) -> int:
    """How many of the documents in the batch being processed are done, if it is one of ``index_uid``'s."""
    if batch is None or index_uid not in ((batch.get("stats") or {}).get("indexUids") or {}):
        return 0
    received = (batch.get("details") or {}).get("receivedDocuments") or 0
    percentage = (batch.get("progress") or {}).get("percentage") or 0
    return int(received * min(float(percentage), 100.0) / 100)


async def replay_changes_since(*, sessionmaker: async_sessionmaker[AsyncSession], txid: int) -> int:
    """Queue a search sync for every record changed by a transaction at or after ``txid``."""
    async with sessionmaker() as session, session.begin():
        changed = (
            await session.execute(
                select(col(ChangeEvent.entity_type), col(ChangeEvent.entity_id))
                .where(col(ChangeEvent.txid) >= txid)
                .distinct()
            )
        ).all()
        for entity_type, entity_id in changed:
            await enqueue_sync(session=session, entity_type=EntityType(entity_type), entity_id=entity_id)
    return len(changed)


@dataclass
class Drift:
    """How one index differs from the database."""

    missing: list[int] = field(default_factory=list)  # public in the database, absent from the index
    stale: list[int] = field(default_factory=list)  # in both, but the index holds an older version
    orphaned: list[int] = field(default_factory=list)  # in the index, not public in the database

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.orphaned)


async def _indexed(engine: SearchEngine, uid: str) -> dict[int, tuple[int | None, str | None]]:
    indexed: dict[int, tuple[int | None, str | None]] = {}
    offset = 0
    while True:
        page = await engine.request(
            "POST",
            f"/indexes/{uid}/documents/fetch",
            {"fields": ["id", "version", "digest"], "offset": offset, "limit": FETCH_PAGE},
        )
        for doc in page["results"]:
            indexed[int(doc["id"])] = (doc.get("version"), doc.get("digest"))
        offset += FETCH_PAGE
        if offset >= page["total"]:
            return indexed


async def verify(
    *,
    engine: SearchEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    types: list[EntityType],
    attachment_text_max: int,
    progress: Callable[[EntityType, int], None] = lambda entity_type, done: None,
) -> dict[EntityType, Drift]:
    """Compare (id, version, content digest) of every public record with what each index holds; ``progress``
    is told how many records of a type were compared so far."""
    report: dict[EntityType, Drift] = {}
    for entity_type in types:
        indexed = await _indexed(engine, engine.uid(entity_type))
        drift = Drift()
        done = 0
        async with sessionmaker() as session, session.begin():
            async for documents in all_public_documents(
                session=session, entity_type=entity_type, attachment_text_max=attachment_text_max
            ):
                done += len(documents)
                progress(entity_type, done)
                for document in documents:
                    held = indexed.pop(document["id"], None)
                    if held is None:
                        drift.missing.append(document["id"])
                    elif held != (document["version"], document["digest"]):
                        drift.stale.append(document["id"])
        drift.orphaned = sorted(indexed)
        report[entity_type] = drift
    return report


async def repair(
    *,
    engine: SearchEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    report: dict[EntityType, Drift],
    config: WorkerConfig,
) -> int:
    """Retry the dead letters, queue every drifted record for a sync and drain the outbox; return the rows queued."""
    async with sessionmaker() as session, session.begin():
        # An UPDATE without RETURNING executes to a CursorResult (the ORM session types it as a plain Result).
        retried = cast(
            CursorResult[Any],
            await session.execute(
                update(SearchOutbox)
                .where(col(SearchOutbox.status) == OutboxStatus.dead)
                .values(status=OutboxStatus.pending, attempts=0, available_at=func.now())
            ),
        )
        queued = retried.rowcount
        for entity_type, drift in report.items():
            for entity_id in drift.missing + drift.stale + drift.orphaned:
                await enqueue_sync(session=session, entity_type=entity_type, entity_id=entity_id)
                queued += 1
    await SyncWorker(sessionmaker=sessionmaker, engine=engine, config=config).drain(timeout_s=600)
    return queued
