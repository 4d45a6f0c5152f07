"""Getting data in and contracts out: migrate, seed, import, graphql-schema."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from app.cli.common import (
    QuietOption,
    database_url,
    err,
    fail,
    load_settings,
    out,
    progress_bars,
    progress_callback,
    run,
    summary,
    with_session,
)
from app.errors import ValidationFailedError

if TYPE_CHECKING:
    from app.settings import Settings


def migrate_database(settings: Settings) -> None:
    """Upgrade the schema, after checking the database is reachable (one line naming the fix if not)."""
    from app.db import check_database, create_engine, migrate  # start-up time (see app/cli/__init__.py)

    url = database_url(settings)

    async def reachable() -> None:
        engine = create_engine(url, pool_size=1, max_overflow=0)
        try:
            await check_database(engine)
        finally:
            await engine.dispose()

    run(reachable)
    migrate(url)


def seed_database(settings: Settings, *, demo: bool, synthetic: int, quiet: bool = False) -> dict[str, int]:
    """Load the demo content and/or ``synthetic`` records; how many of each were created."""
    from app.services.seed import seed_demo, seed_synthetic  # start-up time

    with progress_bars(quiet=quiet) as bar:
        progress = progress_callback(bar)

        async def work(session: Any) -> dict[str, int]:
            counts: dict[str, int] = {}
            if demo:
                counts |= await seed_demo(session=session, progress=progress)
            if synthetic:
                synthetic_counts = await seed_synthetic(session=session, count=synthetic, progress=progress)
                counts = {k: counts.get(k, 0) + v for k, v in synthetic_counts.items()} | {
                    k: v for k, v in counts.items() if k not in synthetic_counts
                }
            return counts

        return run(lambda: with_session(settings, work))


def migrate_command() -> None:
    """Upgrade the database schema to the latest migration."""
    settings = load_settings()
    migrate_database(settings)
    out.print("database migrated to the latest schema")


def seed_command(
    demo: Annotated[bool, typer.Option("--demo", help="Load the demo content (idempotent).")] = False,
    synthetic: Annotated[
        int, typer.Option("--synthetic", min=0, max=5_000_000, help="Add N synthetic published records (benchmarks).")
    ] = 0,
    quiet: QuietOption = False,
) -> None:
    """Load demo content and/or a synthetic corpus (progress bars on a terminal, then what was created)."""
    if not demo and not synthetic:
        fail("say what to seed: --demo and/or --synthetic N")
    settings = load_settings()
    started = time.monotonic()
    counts = seed_database(settings, demo=demo, synthetic=synthetic, quiet=quiet)
    out.print(summary("created", {k.replace("_", " "): v for k, v in counts.items()}, started), highlight=False)


def import_command(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="NDJSON exports named <resource>.ndjson (as /api/v1/export gives).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    quiet: QuietOption = False,
) -> None:
    """Import NDJSON exports (themes, organisations, working groups, then content) in one transaction."""
    from app.services.auth import SYSTEM  # start-up time
    from app.services.transfer import import_exports, read_exports

    try:
        exports = read_exports(files)
    except ValidationFailedError as exc:
        fail(exc.detail)
    settings = load_settings()
    started = time.monotonic()
    with progress_bars(quiet=quiet) as bar:
        progress = progress_callback(bar)

        async def work(session: Any) -> dict[str, int]:
            return await import_exports(session=session, actor=SYSTEM, exports=exports, progress=progress)

        counts = run(lambda: with_session(settings, work))
    out.print(summary("imported", counts, started), highlight=False)


def graphql_schema_command(
    output: Annotated[str, typer.Option(help="File to write; - for standard output.")] = "schema.graphql",
) -> None:
    """Write the GraphQL schema (SDL) to schema.graphql, the committed contract."""
    from app.graphql.schema import schema_sdl  # start-up time

    sdl = schema_sdl()
    if output == "-":
        sys.stdout.write(sdl)
        return
    with open(output, "w", encoding="utf-8") as file:
        file.write(sdl)
    err.print(f"wrote {output}")
