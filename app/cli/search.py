"""The search commands: ``search setup``/``verify``, ``reindex`` and ``sync-worker``."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from app.cli.common import (
    QuietOption,
    database_url,
    fail,
    load_settings,
    out,
    progress_bars,
    run,
    search_settings,
    summary,
)
from app.errors import ConfigurationError

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
    from app.search.indexes import INDEX_SUFFIX, indexed_types  # start-up time (see app/cli/__init__.py)

    try:
        return indexed_types(names)
    except KeyError as exc:
        fail(f"unknown type {exc.args[0]!r}; use one of: {', '.join(str(t) for t in INDEX_SUFFIX)}")


@asynccontextmanager
async def search_context(settings: Settings) -> AsyncIterator[tuple[SearchEngine, async_sessionmaker[AsyncSession]]]:
    """A checked database and a reachable Meilisearch, or a ConfigurationError naming the fix."""
    from app.db import check_database, check_migrated, create_engine, create_sessionmaker  # start-up time
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
    with search_settings(settings) as resolved:

        async def main() -> T:
            async with search_context(resolved) as (search, sessionmaker):
                return await work(search, sessionmaker)

        return run(main)


@search_app.command("setup")
def setup_command() -> None:
    """Create the indexes and apply their settings (idempotent)."""

    async def work(search: SearchEngine, _: Any) -> dict[str, list[str]]:
        return await search.setup()

    for uid, changed in _run(load_settings(), work).items():
        out.print(f"{uid}: " + (f"updated {', '.join(changed)}" if changed else "up to date"), highlight=False)


@search_app.command("verify")
def verify_command(
    types: TypeOption = None,
    repair: Annotated[bool, typer.Option("--repair", help="Queue and sync every drifted record.")] = False,
    quiet: QuietOption = False,
) -> None:
    """Compare each index with the database: missing, stale and orphaned documents."""
    from app.search import maintenance  # start-up time
    from app.search.outbox import outbox_lag
    from app.search.worker import worker_config

    settings = load_settings()
    wanted = _types(types)
    started = time.monotonic()

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> tuple[Any, int, int]:
        with progress_bars(quiet=quiet) as bar:
            tasks = {t: bar.add_task(f"{t} compared", total=None) for t in wanted}

            def compared(entity_type: EntityType, done: int) -> None:
                bar.update(tasks[entity_type], completed=done)

            report = await maintenance.verify(
                engine=search,
                sessionmaker=sessionmaker,
                types=wanted,
                attachment_text_max=settings.search_attachment_text_max,
                progress=compared,
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
    drifted = sum(len(d.missing) + len(d.stale) + len(d.orphaned) for d in report.values())
    out.print(summary("verified", {"types": len(report), "drifted records": drifted}, started), highlight=False)
    if not repaired and (dead or not all(d.clean for d in report.values())):
        raise typer.Exit(code=1)


PHASES = ("sent", "indexed")  # read from PostgreSQL and handed to Meilisearch; processed by Meilisearch


def reindex_command(types: TypeOption = None, quiet: QuietOption = False) -> None:
    """Rebuild indexes from the database and swap them in with zero downtime (progress: sent, indexed)."""
    from app.search import maintenance  # start-up time
    from app.search.worker import SyncWorker, worker_config

    settings = load_settings()
    wanted = _types(types)
    started = time.monotonic()

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> dict[EntityType, int]:
        with progress_bars(quiet=quiet) as bar:
            tasks = {(t, phase): bar.add_task(f"{t} {phase}", total=None) for t in wanted for phase in PHASES}

            def progress(entity_type: EntityType, phase: str, done: int, total: int) -> None:
                bar.update(tasks[entity_type, phase], completed=done, total=total)

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
    out.print(summary("reindexed", {str(t): n for t, n in counts.items()}, started), highlight=False)


def sync_worker_command(
    once: Annotated[bool, typer.Option("--once", help="Drain the outbox and exit.")] = False,
) -> None:
    """Sync the search outbox into Meilisearch, send webhooks and run the publication scheduler (run as many
    as you like; they share the work)."""
    from app.workers import background_workers, drain_once  # start-up time

    settings = load_settings()

    async def work(search: SearchEngine, sessionmaker: async_sessionmaker[AsyncSession]) -> int:
        if once:
            return await drain_once(settings, sessionmaker, search=search)
        async with background_workers(settings, sessionmaker, search=search, process="sync-worker") as workers:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                with suppress(NotImplementedError):
                    loop.add_signal_handler(sig, workers.stop.set)
            await workers.wait()
        return 0

    synced = _run(settings, work)
    out.print(f"sync worker stopped ({synced} outbox rows synced)" if once else "sync worker stopped")
