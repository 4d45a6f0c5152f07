"""Getting data in and out, and contracts out: migrate, seed, import, export, graphql-schema."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

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


# What `kennisbank export` can write, in the order `import` reads them (app.services.transfer.RESOURCES, kept
# here so that a mistyped --type is refused without loading the services).
EXPORT_TYPES = ("themes", "organisations", "working-groups", "knowledge-items", "position-papers")


def cannot_write(directory: Path, exc: OSError) -> NoReturn:
    fail(f"cannot write into {directory}: {exc.strerror or exc}")


@contextmanager
def files_replaced_on_success(directory: Path, names: Sequence[str]) -> Iterator[dict[str, IO[bytes]]]:
    """A file to write for each of ``names``: a hidden temporary file in ``directory``, renamed to its name
    when the block succeeds and removed when it fails or is interrupted, so that ``directory`` never holds a
    half-written file under a name (an earlier export there stays whole until the new one is complete)."""
    if not directory.exists():
        fail(f"{directory} does not exist; create it first (mkdir -p {directory})")
    if not directory.is_dir():
        fail(f"{directory} is not a directory; give the directory to write the <resource>.ndjson files into")
    files: dict[str, IO[bytes]] = {}
    try:
        try:
            for name in names:
                files[name] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, or removed on failure
                    mode="wb", dir=directory, prefix=f".{name}.", suffix=".partial", delete=False
                )
        except OSError as exc:
            cannot_write(directory, exc)
        yield files
        try:
            for file in files.values():
                file.flush()
                os.fsync(file.fileno())
                file.close()
            # A temporary file is private (0600); the export gets what the umask gives a new file, as `>` does.
            umask = os.umask(0)
            os.umask(umask)
            for name, file in files.items():
                os.chmod(file.name, 0o666 & ~umask)
                os.replace(file.name, directory / name)
            descriptor = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(descriptor)  # the renames survive a crash too
            finally:
                os.close(descriptor)
        except OSError as exc:
            cannot_write(directory, exc)
    except BaseException:
        for file in files.values():
            file.close()
            Path(file.name).unlink(missing_ok=True)
        raise


def export_command(
    directory: Annotated[
        Path, typer.Argument(help="An existing directory; <resource>.ndjson files are written there.")
    ],
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type", "-t", metavar="TYPE", help=f"Export only this resource (repeatable): {', '.join(EXPORT_TYPES)}."
        ),
    ] = None,
    published_only: Annotated[
        bool,
        typer.Option(
            "--published-only",
            help="Leave drafts out (what an anonymous caller of GET /api/v1/export gets). Default: everything.",
        ),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Export every record as NDJSON files in DIR, drafts included unless --published-only (`import` reads them)."""
    unknown = sorted(set(types or ()) - set(EXPORT_TYPES))
    if unknown:
        fail(f"cannot export {', '.join(unknown)}; --type takes: {', '.join(EXPORT_TYPES)}")
    resources = [r for r in EXPORT_TYPES if not types or r in types]
    settings = load_settings()
    from app.services.auth import ANONYMOUS, SYSTEM  # start-up time
    from app.services.transfer import count_records, export_records, ndjson, read_one_snapshot

    actor = ANONYMOUS if published_only else SYSTEM
    started = time.monotonic()
    try:
        with (
            files_replaced_on_success(directory, [f"{r}.ndjson" for r in resources]) as files,
            progress_bars(quiet=quiet) as bar,
        ):

            async def work(session: Any) -> dict[str, int]:
                await read_one_snapshot(session)
                totals = {r: await count_records(session=session, actor=actor, resource=r) for r in resources}
                tasks = {r: bar.add_task(r.replace("-", " "), total=totals[r]) for r in resources}
                counts: dict[str, int] = {}
                for resource in resources:
                    label = resource.replace("-", " ")
                    counts[label] = 0
                    async for records in export_records(session=session, actor=actor, resource=resource):
                        try:
                            files[f"{resource}.ndjson"].write(ndjson(records))
                        except OSError as exc:  # a full disk, a quota
                            cannot_write(directory, exc)
                        counts[label] += len(records)
                        bar.advance(tasks[resource], len(records))
                return counts

            counts = run(lambda: with_session(settings, work))
    except KeyboardInterrupt:  # the files were removed on the way out
        err.print(f"interrupted: nothing written into {directory}", highlight=False)
        raise typer.Exit(code=130) from None
    out.print(summary("exported", counts, started) + f" into {directory}", highlight=False)


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
