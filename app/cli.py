"""The ``kennisbank`` command: serve, migrate, seed and manage API keys."""

from __future__ import annotations

import asyncio
import math
import signal
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.errors import ConfigurationError, KennisbankError
from app.search import commands as search_commands
from app.settings import Settings

T = TypeVar("T")
app = typer.Typer(
    help="The Kennisbank API: WO=MEN's knowledge base service.", no_args_is_help=True, pretty_exceptions_enable=False
)
apikey_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
app.add_typer(apikey_app, name="apikey")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def fail(message: str) -> NoReturn:
    """One line naming the cause and the fix, then a non-zero exit."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def load_settings() -> Settings:
    from app.settings import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        fail(f"invalid setting {where.upper() if where != 'settings' else where}: {message}")


def database_url(settings: Settings) -> str:
    from app.db import resolve_database_url

    try:
        return resolve_database_url(settings)
    except Exception as exc:
        fail(f"cannot start the embedded PostgreSQL ({exc}); set DATABASE_URL to use another server")


def run(coro_factory: Callable[[], Awaitable[T]]) -> T:
    try:
        return asyncio.run(coro_factory())  # type: ignore[arg-type]
    except ConfigurationError as exc:
        fail(exc.detail)
    except KennisbankError as exc:
        fail(exc.detail)


async def _with_session(settings: Settings, work: Callable[[Any], Awaitable[T]], *, check: bool = True) -> T:
    from app.db import check_database, check_migrated, create_engine, create_sessionmaker, transaction

    engine = create_engine(database_url(settings), pool_size=2, max_overflow=0)
    try:
        await check_database(engine)
        if check:
            await check_migrated(engine)
        async with transaction(create_sessionmaker(engine)) as session:
            return await work(session)
    finally:
        await engine.dispose()


def _migrate(settings: Settings) -> None:
    from app.db import check_database, create_engine, migrate

    url = database_url(settings)

    async def reachable() -> None:
        engine = create_engine(url, pool_size=1, max_overflow=0)
        try:
            await check_database(engine)
        finally:
            await engine.dispose()

    run(reachable)
    migrate(url)


@app.command("migrate")
def migrate_command() -> None:
    """Upgrade the database schema to the latest migration."""
    settings = load_settings()
    _migrate(settings)
    out.print("database migrated to the latest schema")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description:<16}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not sys.stderr.isatty(),
    )


def _progress_callback(bar: Progress) -> Callable[[str, int], None]:
    """``progress(label, advance)`` for the services: one bar per label, added when first told."""
    tasks: dict[str, Any] = {}

    def progress(label: str, advance: int) -> None:
        if label not in tasks:
            tasks[label] = bar.add_task(label, total=None)
        bar.advance(tasks[label], advance)

    return progress


def _seed(settings: Settings, *, demo: bool, synthetic: int) -> dict[str, int]:
    from app.services.seed import seed_demo, seed_synthetic

    with _progress() as bar:
        progress = _progress_callback(bar)

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

        return run(lambda: _with_session(settings, work))


@app.command("seed")
def seed_command(
    demo: Annotated[bool, typer.Option("--demo", help="Load the demo content (idempotent).")] = False,
    synthetic: Annotated[
        int, typer.Option("--synthetic", min=0, max=5_000_000, help="Add N synthetic published records (benchmarks).")
    ] = 0,
) -> None:
    """Load demo content and/or a synthetic corpus."""
    if not demo and not synthetic:
        fail("say what to seed: --demo and/or --synthetic N")
    settings = load_settings()
    counts = _seed(settings, demo=demo, synthetic=synthetic)
    out.print("created: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))


@app.command("import")
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
) -> None:
    """Import NDJSON exports (themes, organisations, working groups, then content) in one transaction."""
    from app.errors import ValidationFailedError
    from app.services.auth import SYSTEM
    from app.services.transfer import import_exports, read_exports

    try:
        exports = read_exports(files)
    except ValidationFailedError as exc:
        fail(exc.detail)
    settings = load_settings()

    with _progress() as bar:
        progress = _progress_callback(bar)

        async def work(session: Any) -> dict[str, int]:
            return await import_exports(session=session, actor=SYSTEM, exports=exports, progress=progress)

        counts = run(lambda: _with_session(settings, work))
    out.print("imported: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    demo: Annotated[bool, typer.Option("--demo", help="Migrate and load the demo content first.")] = False,
) -> None:
    """Run the API with uvicorn (embedded PostgreSQL when DATABASE_URL is unset)."""
    import uvicorn

    settings = load_settings()
    url = database_url(settings)  # starts the embedded server once, shared by every worker
    if demo:
        _migrate(settings)
        counts = _seed(settings, demo=True, synthetic=0)
        if any(counts.values()):
            out.print("demo content loaded: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
    else:
        from app.db import check_database, check_migrated, create_engine

        async def ready() -> None:
            engine = create_engine(url, pool_size=1, max_overflow=0)
            try:
                await check_database(engine)
                await check_migrated(engine)
            finally:
                await engine.dispose()

        run(ready)
    search_child = search_commands.start_embedded_search(settings)
    mode = "embedded PostgreSQL" if settings.embedded_database else "PostgreSQL at DATABASE_URL"
    out.print(f"Kennisbank API on http://{host}:{port} ({mode}, {workers} worker{'s' if workers > 1 else ''})")
    # uvicorn re-raises the SIGTERM it caught once it has shut down; as an exception (not the default
    # handler, which ends the process on the spot) it lets the finally below and atexit stop the children.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        uvicorn.run(
            "app.main:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level=settings.log_level,
            proxy_headers=False,
            server_header=False,
            access_log=False,  # the app logs each request itself, as JSON with its request id
            timeout_graceful_shutdown=math.ceil(settings.shutdown_grace_s),
        )
    finally:
        if search_child is not None:
            search_child.stop()


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


@app.command("graphql-schema")
def graphql_schema_command(
    output: Annotated[str, typer.Option(help="File to write; - for standard output.")] = "schema.graphql",
) -> None:
    """Write the GraphQL schema (SDL) to schema.graphql, the committed contract."""
    from app.graphql.schema import schema_sdl

    sdl = schema_sdl()
    if output == "-":
        sys.stdout.write(sdl)
        return
    with open(output, "w", encoding="utf-8") as file:
        file.write(sdl)
    err.print(f"wrote {output}")


@apikey_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Option(help="Who or what uses the key.")],
    role: Annotated[str, typer.Option(help="admin, editor or reader.")],
    expires: Annotated[datetime | None, typer.Option(help="Expiry (ISO date/time).")] = None,
) -> None:
    """Create an API key and print its token once."""
    from app.models.api_key import ApiKeyCreate, Role
    from app.services.auth import SYSTEM, create_api_key

    if role not in Role.__members__:
        fail(f"unknown role {role!r}; use one of: {', '.join(Role.__members__)}")
    try:
        data = ApiKeyCreate(name=name, role=Role(role), expires_at=expires)
    except ValidationError as exc:
        fail(f"invalid key: {exc.errors()[0]['msg']}")
    settings = load_settings()

    async def work(session: Any) -> tuple[int, str]:
        key, token = await create_api_key(session=session, actor=SYSTEM, data=data)
        assert key.id is not None
        return key.id, token

    key_id, token = run(lambda: _with_session(settings, work))
    err.print(f"created API key {key_id} ({role}) for {name!r}; the token is shown only now:")
    print(token)


@apikey_app.command("list")
def apikey_list() -> None:
    """List API keys (never their tokens)."""
    from app.services.auth import SYSTEM, list_api_keys

    settings = load_settings()

    async def work(session: Any) -> list[Any]:
        return await list_api_keys(session=session, actor=SYSTEM)

    for key in run(lambda: _with_session(settings, work)):
        state = "revoked" if key.revoked_at else "active"
        out.print(f"{key.id}\t{key.role}\t{key.prefix}…\t{state}\t{key.name}", highlight=False)


@apikey_app.command("revoke")
def apikey_revoke(key_id: Annotated[int, typer.Argument(help="The key's id (see `apikey list`).")]) -> None:
    """Revoke an API key; it stops working at once."""
    from app.services.auth import SYSTEM, revoke_api_key

    settings = load_settings()

    async def work(session: Any) -> None:
        await revoke_api_key(session=session, actor=SYSTEM, key_id=key_id)

    run(lambda: _with_session(settings, work))
    out.print(f"API key {key_id} revoked")


search_commands.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
