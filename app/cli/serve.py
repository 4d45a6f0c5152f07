"""``kennisbank serve``: the API under uvicorn, with the embedded PostgreSQL and Meilisearch when none is set."""

from __future__ import annotations

import math
import os
import signal
from typing import TYPE_CHECKING, Annotated

import typer

from app.cli.common import database_url, err, fail, load_settings, out, run
from app.cli.data import migrate_database, seed_database
from app.settings import Settings, get_settings

if TYPE_CHECKING:
    from app.search.embedded import EmbeddedMeilisearch


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    demo: Annotated[bool, typer.Option("--demo", help="Migrate and load the demo content first.")] = False,
) -> None:
    """Run the API with uvicorn (embedded PostgreSQL when DATABASE_URL is unset)."""
    import uvicorn  # start-up time (see app/cli/__init__.py)

    settings = load_settings()
    url = database_url(settings)  # starts the embedded server once, shared by every worker
    if demo:
        migrate_database(settings)
        counts = seed_database(settings, demo=True, synthetic=0)
        if any(counts.values()):
            out.print("demo content loaded: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
    else:
        from app.db import check_database, check_migrated, create_engine  # start-up time

        async def ready() -> None:
            engine = create_engine(url, pool_size=1, max_overflow=0)
            try:
                await check_database(engine)
                await check_migrated(engine)
            finally:
                await engine.dispose()

        run(ready)
    search_child = start_embedded_search(settings)
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


def start_embedded_search(settings: Settings) -> EmbeddedMeilisearch | None:
    """For `serve` without MEILI_URL: start a private Meilisearch when a binary is found, else say (once)
    that search answers from the database. Returns the child process handle to stop, or None."""
    from app.search.embedded import find_binary, start_embedded_meilisearch  # start-up time

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
