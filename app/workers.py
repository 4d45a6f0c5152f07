"""The background workers of a process, composed once for the two that run them: `serve` and `sync-worker`.

- the search sync worker drains the outbox into Meilisearch (app/search/worker.py);
- the publication scheduler carries out ``publish_at``/``unpublish_at`` (app/services/scheduling.py);
- the webhook worker sends queued deliveries (app/services/webhook_worker.py).

The scheduler and the webhook worker run unless ``KENNISBANK_SCHEDULER``/``KENNISBANK_WEBHOOK_WORKER``
turn them off. In the API the sync worker runs when there is a Meilisearch to sync to and
``KENNISBANK_SEARCH_WORKER`` allows it, and sets up the indexes itself, so a Meilisearch that is down at
start-up delays syncing but not the API. `sync-worker` always syncs, and sets up the indexes before it
starts. Any number of processes may run the workers at once: they share the work through row locks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.search.engine import SearchEngine
from app.search.worker import SyncWorker, worker_config
from app.services.scheduling import Scheduler, run_due_schedules
from app.services.webhook_worker import WebhookConfig, WebhookWorker
from app.settings import Settings

log = logging.getLogger(__name__)

Process = Literal["api", "sync-worker"]


@dataclass(frozen=True)
class _Loop:
    name: str
    run: Callable[[asyncio.Event], Coroutine[Any, Any, None]]
    grace_s: float  # how long it may take to finish after the stop (a batch, a delivery); then it is cancelled


def _loops(
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    search: SearchEngine | None,
    process: Process,
) -> list[_Loop]:
    loops = []
    if search is None:
        if process == "api":
            log.warning("MEILI_URL is not set: search answers from the database fallback (degraded)")
    elif process == "sync-worker" or settings.search_worker:
        worker = SyncWorker(sessionmaker=sessionmaker, engine=search, config=worker_config(settings))
        worker.indexes_ready = process == "sync-worker"  # `sync-worker` has set them up before it starts
        loops.append(_Loop("search-sync-worker", worker.run, grace_s=10))
    if settings.scheduler:
        scheduler = Scheduler(sessionmaker=sessionmaker, interval_s=settings.scheduler_interval_s)
        loops.append(_Loop("publication-scheduler", scheduler.run, grace_s=10))
    if settings.webhook_worker:
        webhooks = WebhookWorker(sessionmaker=sessionmaker, config=WebhookConfig.from_settings(settings))
        loops.append(_Loop("webhook-worker", webhooks.run, grace_s=settings.webhook_timeout_s + 5))
    return loops


class BackgroundWorkers:
    """The workers of a ``background_workers`` block, running as tasks until ``stop`` is set or the block ends."""

    def __init__(self, tasks: list[asyncio.Task[None]], stop: asyncio.Event) -> None:
        self.tasks = tasks
        self.stop = stop

    async def wait(self) -> None:
        """Until ``stop`` is set, or a worker ends on its own (a failure, raised when the block ends)."""
        stopped = asyncio.ensure_future(self.stop.wait())
        try:
            await asyncio.wait([stopped, *self.tasks], return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopped.cancel()


@asynccontextmanager
async def background_workers(
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    search: SearchEngine | None,
    process: Process,
) -> AsyncIterator[BackgroundWorkers]:
    """Run the workers ``process`` runs (see the module docstring) until the block ends."""
    if process == "sync-worker" and search is not None:
        await search.setup()
    stop = asyncio.Event()
    loops = _loops(settings, sessionmaker, search=search, process=process)
    tasks = [asyncio.create_task(loop.run(stop), name=loop.name) for loop in loops]
    try:
        yield BackgroundWorkers(tasks, stop)
    finally:
        stop.set()
        # What a cancelled worker had claimed stays queued for the next pass: nothing is lost.
        for loop, task in reversed(list(zip(loops, tasks, strict=True))):
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(task, timeout=loop.grace_s)


async def drain_once(
    settings: Settings, sessionmaker: async_sessionmaker[AsyncSession], *, search: SearchEngine
) -> int:
    """One round of the `sync-worker` workers until nothing is due (`sync-worker --once`); the outbox rows synced."""
    await search.setup()
    if settings.scheduler:
        await run_due_schedules(sessionmaker=sessionmaker)  # what fell due is synced by the drain below
    synced = await SyncWorker(sessionmaker=sessionmaker, engine=search, config=worker_config(settings)).drain(
        timeout_s=3600
    )
    if settings.webhook_worker:
        await WebhookWorker(sessionmaker=sessionmaker, config=WebhookConfig.from_settings(settings)).drain(
            timeout_s=3600
        )
    return synced
