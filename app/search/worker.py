"""The sync worker: drains the search outbox into Meilisearch, at least once and in commit order per record.

Each batch is one database transaction:
1. claim the oldest due rows with ``FOR UPDATE SKIP LOCKED`` (other workers take other rows);
2. take a transaction-scoped advisory lock per record, skipping records another worker is syncing, so
   two workers never send two versions of one record in the wrong order;
3. re-read each record now: public → upsert its document, anything else → delete it. Duplicated,
   reordered or stale events therefore all end in the current state;
4. wait until Meilisearch reports the tasks succeeded, then delete the rows (done) and commit.

Meilisearch being unreachable rolls the batch back untouched and pauses the worker (an outage is not
the rows' fault and must not dead-letter them). A task Meilisearch fails counts as an attempt: the rows
come back after an exponential backoff and are dead-lettered, with the error, after ``max_attempts``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from meilisearch_python_sdk.errors import MeilisearchApiError
from prometheus_client import Counter
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.models.change import EntityType
from app.models.search_outbox import OutboxStatus, SearchOutbox
from app.search.documents import public_documents
from app.search.engine import SearchEngine, SearchTaskFailed, SearchUnavailable
from app.search.indexes import INDEX_SUFFIX
from app.settings import Settings

log = logging.getLogger(__name__)

# Advisory lock namespace (the first key of pg_try_advisory_xact_lock(int, int)) per indexed type.
LOCK_NAMESPACE = {t: 5_101 + n for n, t in enumerate(INDEX_SUFFIX)}
MAX_ERROR_LENGTH = 2_000
# Batches Meilisearch failed (a task that ended "failed", or a request it refused); served at /metrics.
TASK_FAILURES = Counter("kennisbank_search_task_failures", "Sync batches Meilisearch failed or refused", ["reason"])
for _reason in ("task_failed", "request_refused"):
    TASK_FAILURES.labels(_reason)  # exported as 0 from the start, so a rate() sees the first failure


@dataclass(frozen=True)
class WorkerConfig:
    batch_size: int = 200
    max_attempts: int = 8
    base_delay_s: float = 1.0
    max_delay_s: float = 300.0
    idle_poll_s: float = 0.1  # an indexed query 10 times a second while idle; bounds the added sync lag
    outage_max_pause_s: float = 10.0
    attachment_text_max: int = 20_000


@dataclass(frozen=True)
class BatchResult:
    claimed: int = 0
    synced: int = 0
    failed: int = 0
    skipped: int = 0  # rows of records another worker was syncing; left for later


def backoff_s(attempts: int, config: WorkerConfig) -> float:
    """Delay before the next try after ``attempts`` failures: doubling from base_delay_s, capped."""
    return float(min(config.max_delay_s, config.base_delay_s * 2 ** max(attempts - 1, 0)))


class SyncWorker:
    """Drains the outbox; run several at once (processes or tasks), they share the work safely."""

    def __init__(
        self, *, sessionmaker: async_sessionmaker[AsyncSession], engine: SearchEngine, config: WorkerConfig
    ) -> None:
        self.sessionmaker = sessionmaker
        self.engine = engine
        self.config = config
        self.indexes_ready = False

    async def run_batch(self) -> BatchResult:
        """Claim, sync and settle one batch of due rows; raises SearchUnavailable when Meilisearch is down."""
        async with self.sessionmaker() as session, session.begin():
            rows = list(
                (
                    await session.scalars(
                        select(SearchOutbox)
                        .where(
                            col(SearchOutbox.status) == OutboxStatus.pending,
                            col(SearchOutbox.available_at) <= func.now(),
                        )
                        .order_by(col(SearchOutbox.id))
                        .limit(self.config.batch_size)
                        .with_for_update(skip_locked=True)
                    )
                ).all()
            )
            if not rows:
                return BatchResult()
            mine = await self._lock_records(session, rows)
            claimed = [r for r in rows if (EntityType(r.entity_type), r.entity_id) in mine]
            if not claimed:
                return BatchResult(claimed=len(rows), skipped=len(rows))
            try:
                await self._sync(session, mine)
            except SearchTaskFailed as exc:
                TASK_FAILURES.labels("task_failed").inc()
                await self._fail(session, claimed, str(exc))
                return BatchResult(claimed=len(rows), failed=len(claimed), skipped=len(rows) - len(claimed))
            except MeilisearchApiError as exc:
                TASK_FAILURES.labels("request_refused").inc()
                await self._fail(session, claimed, f"{exc.code}: {exc.message}")
                return BatchResult(claimed=len(rows), failed=len(claimed), skipped=len(rows) - len(claimed))
            await session.execute(delete(SearchOutbox).where(col(SearchOutbox.id).in_([r.id for r in claimed])))
            return BatchResult(claimed=len(rows), synced=len(claimed), skipped=len(rows) - len(claimed))

    async def _lock_records(self, session: AsyncSession, rows: list[SearchOutbox]) -> set[tuple[EntityType, int]]:
        """Take the per-record advisory locks that are free, in one round trip; return the records we hold."""
        records = sorted({(EntityType(r.entity_type), r.entity_id) for r in rows})
        result = await session.execute(
            text(
                "SELECT r.ns, r.id FROM unnest(CAST(:ns AS int[]), CAST(:ids AS int[])) AS r(ns, id) "
                "WHERE pg_try_advisory_xact_lock(r.ns, r.id)"
            ),
            {"ns": [LOCK_NAMESPACE[t] for t, _ in records], "ids": [i for _, i in records]},
        )
        by_namespace = {ns: t for t, ns in LOCK_NAMESPACE.items()}
        return {(by_namespace[ns], entity_id) for ns, entity_id in result.all()}

    async def _sync(self, session: AsyncSession, records: set[tuple[EntityType, int]]) -> None:
        ids_by_type: dict[EntityType, list[int]] = defaultdict(list)
        for entity_type, entity_id in sorted(records):
            ids_by_type[entity_type].append(entity_id)
        tasks = []
        for entity_type, ids in ids_by_type.items():
            documents = await public_documents(
                session=session, entity_type=entity_type, ids=ids, attachment_text_max=self.config.attachment_text_max
            )
            index = self.engine.client.index(self.engine.uid(entity_type))
            if documents:
                tasks.append(await self.engine.call(index.add_documents(list(documents.values()), primary_key="id")))
            gone = [str(i) for i in ids if i not in documents]
            if gone:
                tasks.append(await self.engine.call(index.delete_documents(gone)))
        for task in tasks:
            await self.engine.wait(task)

    async def _fail(self, session: AsyncSession, rows: list[SearchOutbox], error: str) -> None:
        log.warning("search sync of %d outbox rows failed: %s", len(rows), error)
        for row in rows:
            attempts = row.attempts + 1
            values: dict[str, object] = {"attempts": attempts, "last_error": error[:MAX_ERROR_LENGTH]}
            if attempts >= self.config.max_attempts:
                values["status"] = OutboxStatus.dead
            else:
                values["available_at"] = func.now() + timedelta(seconds=backoff_s(attempts, self.config))
            await session.execute(update(SearchOutbox).where(col(SearchOutbox.id) == row.id).values(**values))

    async def drain(self, *, timeout_s: float = 60.0) -> int:
        """Sync until no row is due (for tests and `sync-worker --once`); return the rows synced."""
        synced = 0
        async with asyncio.timeout(timeout_s):
            while True:
                result = await self.run_batch()
                synced += result.synced
                if result.claimed == 0:
                    return synced
                if result.skipped == result.claimed:
                    await asyncio.sleep(self.config.idle_poll_s)

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Sync forever (until ``stop`` is set): set up the indexes, then poll; pause while Meilisearch is away."""
        stop = stop or asyncio.Event()
        pause = self.config.idle_poll_s
        while not stop.is_set():
            try:
                if not self.indexes_ready:
                    await self.engine.setup()
                    self.indexes_ready = True
                result = await self.run_batch()
                pause = self.config.idle_poll_s
                if result.claimed and result.skipped < result.claimed:
                    continue  # more may be due right away
            except SearchUnavailable as exc:
                log.warning("search sync paused: %s", exc)
                pause = min(self.config.outage_max_pause_s, pause * 2)
            except Exception:
                log.exception("search sync batch failed")
                pause = min(self.config.outage_max_pause_s, pause * 2)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=pause)


def worker_config(settings: Settings) -> WorkerConfig:
    """The worker configuration from the application settings."""
    return WorkerConfig(
        max_attempts=settings.search_max_attempts, attachment_text_max=settings.search_attachment_text_max
    )
