"""The search commands of the ``kennisbank`` CLI: search setup/verify, reindex and sync-worker."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

# Imported lazily: every `kennisbank` invocation loads this module, most never touch search.
if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from app.models.change import EntityType
    from app.search.engine import SearchEngine
    from app.settings import Settings

T = TypeVar("T")
search_app = typer.Typer(help="Set up and check the Meilisearch indexes.", no_args_is_help=True)
TYPE_HELP = "Only this type (knowledge_item, position_paper, organisation); repeatable."
TypeOption = Annotated[list[str] | None, typer.Option("--type", help=TYPE_HELP)]


def _types(names: list[str] | None) -> list[EntityType]:
    from app.cli import fail
    from app.search.indexes import INDEX_SUFFIX, indexed_types

    try:
        return indexed_types(names)
    except KeyError as exc:
        fail(f"unknown type {exc.args[0]!r}; use one of: {', '.join(str(t) for t in INDEX_SUFFIX)}")


@asynccontextmanager
async def search_context(settings: Settings) -> AsyncIterator[tuple[SearchEngine, async_sessionmaker[AsyncSession]]]:
    """A checked database and a reachable Meilisearch, or a ConfigurationError naming the fix."""
    from app.cli import database_url
    from app.db import check_database, check_migrated, create_engine, create_sessionmaker
    from app.errors import ConfigurationError
    from app.search.engine import SearchEngine

    search = SearchEngine.from_settings(settings)
    if search is None:
        raise ConfigurationError("MEILI_URL is not set; point it at Meilisearch (and set MEILI_MASTER_KEY)")
    engine = create_engine(database_url(settings), pool_size=4, max_overflow=0)
    try:
        await check_database(engine)
        await check_migrated(engine)
        if not await search.available():
            raise ConfigurationError(f"cannot reach Meilisearch at {search.url}; check MEILI_URL and that it runs")
        yield search, create_sessionmaker(engine)
    finally:
        await search.close()
        await engine.dispose()


def _run(settings: Settings, work: Callable[[SearchEngine, async_sessionmaker[AsyncSession]], Awaitable[T]]) -> T:
    from app.cli import run

    async def main() -> T:
        async with search_context(settings) as (search, sessionmaker):
            return await work(search, sessionmaker)

    return run(main)


@search_app.command("setup")
def setup_command() -> None:
    """Create the indexes and apply their settings (idempotent)."""
    from app.cli import load_settings, out

    async def work(search: SearchEngine, _: Any) -> dict[str, list[str]]:
        return await search.setup()

    for uid, changed in _run(load_settings(), work).items():
        out.print(f"{uid}: " + (f"updated {', '.join(changed)}" if changed else "up to date"), highlight=False)


@search_app.command("verify")
def verify_command(
    types: TypeOption = None,
    repair: Annotated[bool, typer.Option("--repair", help="Queue and sync every drifted record.")] = False,
) -> None:
    """Compare each index with the database: missing, stale and orphaned documents."""
    from app.cli import load_settings, out
    from app.search import maintenance
    from app.search.outbox import outbox_lag
    from app.search.worker import worker_config

    settings = load_settings()
    wanted = _types(types)

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> tuple[Any, int, int]:
        report = await maintenance.verify(
            engine=search,
            sessionmaker=sessionmaker,
            types=wanted,
            attachment_text_max=settings.search_attachment_text_max,
        )
        async with sessionmaker() as session:
            dead = (await outbox_lag(session=session)).dead
        repaired = 0
        if repair and (dead or not all(d.clean for d in report.values())):
            repaired = await maintenance.repair(
                engine=search, sessionmaker=sessionmaker, report=report, config=worker_config(settings)
            )
        return report, dead, repaired

    report, dead, repaired = _run(settings, work)
    for entity_type, drift in report.items():
        out.print(
            f"{entity_type}: {len(drift.missing)} missing, {len(drift.stale)} stale, {len(drift.orphaned)} orphaned",
            highlight=False,
        )
    out.print(f"dead letters: {dead} outbox rows gave up after repeated failures (--repair retries them)")
    if repaired:
        out.print(f"repaired: {repaired} records queued and synced")
    elif dead or not all(d.clean for d in report.values()):
        raise typer.Exit(code=1)


def reindex_command(types: TypeOption = None) -> None:
    """Rebuild indexes from the database and swap them in with zero downtime."""
    from app.cli import _progress, load_settings, out
    from app.search import maintenance
    from app.search.worker import SyncWorker, worker_config

    settings = load_settings()
    wanted = _types(types)

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> dict[EntityType, int]:
        with _progress() as bar:
            tasks = {t: bar.add_task(str(t), total=None) for t in wanted}

            def progress(entity_type: EntityType, done: int, total: int) -> None:
                bar.update(tasks[entity_type], completed=done, total=total)

            counts = await maintenance.reindex(
                engine=search,
                sessionmaker=sessionmaker,
                types=wanted,
                attachment_text_max=settings.search_attachment_text_max,
                progress=progress,
            )
        # Writes made during the rebuild were queued again; sync them before saying "done".
        await SyncWorker(sessionmaker=sessionmaker, engine=search, config=worker_config(settings)).drain(timeout_s=600)
        return counts

    counts = _run(settings, work)
    out.print("reindexed: " + ", ".join(f"{n} {t}" for t, n in counts.items()), highlight=False)


def sync_worker_command(
    once: Annotated[bool, typer.Option("--once", help="Drain the outbox and exit.")] = False,
) -> None:
    """Sync the search outbox into Meilisearch, send webhooks and run the publication scheduler (run as many
    as you like; they share the work)."""
    from app.cli import load_settings, out
    from app.search.worker import SyncWorker, worker_config
    from app.services.scheduling import Scheduler, run_due_schedules
    from app.services.webhook_worker import WebhookConfig, WebhookWorker

    settings = load_settings()

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> int:
        worker = SyncWorker(sessionmaker=sessionmaker, engine=search, config=worker_config(settings))
        await search.setup()
        worker.indexes_ready = True
        webhooks = WebhookWorker(sessionmaker=sessionmaker, config=WebhookConfig.from_settings(settings))
        if once:
            if settings.scheduler:
                await run_due_schedules(sessionmaker=sessionmaker)  # what fell due is synced by the drain
            synced = await worker.drain(timeout_s=3600)
            if settings.webhook_worker:
                await webhooks.drain(timeout_s=3600)
            return synced
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        loops = [worker.run(stop)]
        if settings.scheduler:
            scheduler = Scheduler(sessionmaker=sessionmaker, interval_s=settings.scheduler_interval_s)
            loops.append(scheduler.run(stop))
        if settings.webhook_worker:
            loops.append(webhooks.run(stop))
        await asyncio.gather(*loops)
        return 0

    synced = _run(settings, work)
    out.print(f"sync worker stopped ({synced} outbox rows synced)" if once else "sync worker stopped")


def register(app: typer.Typer) -> None:
    """Add the search commands to the main CLI."""
    app.add_typer(search_app, name="search")
    app.command("reindex")(reindex_command)
    app.command("sync-worker")(sync_worker_command)


def start_embedded_search(settings: Settings) -> Any:
    """For `serve` without MEILI_URL: start a private Meilisearch when a binary is found, else say (once)
    that search answers from the database. Returns the child process handle to stop, or None."""
    from app.cli import err, fail, out
    from app.search.embedded import find_binary, start_embedded_meilisearch
    from app.settings import get_settings

    if settings.meili_url is not None:
        return None
    binary = find_binary()
    if binary is None:
        err.print(
            "no Meilisearch binary found (MEILI_BIN, PATH, .kennisbank/bin): search answers from the database "
            "(degraded); run scripts/install-meilisearch.sh to get one",
            highlight=False,
        )
        return None
    try:
        child = start_embedded_meilisearch(binary, settings.data_dir)
    except (OSError, RuntimeError) as exc:
        fail(f"cannot start the embedded Meilisearch ({exc}); set MEILI_URL to use another server")
    # The app (and every uvicorn worker process) reads its settings from the environment.
    os.environ["MEILI_URL"] = child.url
    os.environ["MEILI_MASTER_KEY"] = child.master_key
    get_settings.cache_clear()
    out.print(f"embedded Meilisearch at {child.url} (data in {settings.data_dir / 'meilisearch'})", highlight=False)
    return child
