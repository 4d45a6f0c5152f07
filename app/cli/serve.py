"""``kennisbank serve``: the API under uvicorn, with the embedded PostgreSQL and Meilisearch when none is set."""

from __future__ import annotations

import math
import os
import signal
from typing import TYPE_CHECKING, Annotated

import typer

from app.cli.common import (
    database_url,
    embedded_search_port_problem,
    err,
    fail,
    load_settings,
    out,
    port_in_use,
    run,
)
from app.cli.data import migrate_database, seed_database

if TYPE_CHECKING:
    from app.search.embedded import EmbeddedMeilisearch
    from app.settings import Settings


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    demo: Annotated[bool, typer.Option("--demo", help="Migrate and load the demo content first.")] = False,
) -> None:
    """Run the API with uvicorn (embedded PostgreSQL when DATABASE_URL is unset)."""
    # First of all: a second instance must not spend half a minute starting PostgreSQL, loading the demo
    # and starting Meilisearch only to fail on bind (tests/cli/test_serve.py times this).
    if port_in_use(host, port):
        fail(
            f"port {port} on {host} is in use (another kennisbank serve?); choose another with --port "
            f"(e.g. --port {port + 1}), or another address with --host"
        )
    import uvicorn  # start-up time (see app/cli/__init__.py)

    from app.search.embedded import find_binary

    settings = load_settings()
    binary = find_binary(settings.data_dir) if settings.meili_url is None else None
    if binary is not None and (problem := embedded_search_port_problem(settings)):
        fail(problem)
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
    search_child = start_embedded_search(settings, binary)
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
            access_log=False,  # the app logs each request itself (app/web/observe.py), with its request id
            timeout_graceful_shutdown=math.ceil(settings.shutdown_grace_s),
        )
    finally:
        if search_child is not None:
            search_child.stop()


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def start_embedded_search(settings: Settings, binary: str | None) -> EmbeddedMeilisearch | None:
    """For `serve` without MEILI_URL: start (and supervise) a private Meilisearch when a binary is found, else
    say (once) that search answers from the database. Returns the child process handle to stop, or None."""
    from app.logs import configure_logging  # start-up time
    from app.search.embedded import start_embedded_meilisearch, tools_dir
    from app.settings import get_settings

    if settings.meili_url is not None:
        return None
    if binary is None:
        err.print(
            f"no Meilisearch binary found (MEILI_BIN, PATH, {tools_dir(settings.data_dir)}): search answers from "
            "the database (degraded); run scripts/install-meilisearch.sh to get one",
            highlight=False,
        )
        return None
    try:
        child = start_embedded_meilisearch(binary, settings.data_dir, port=settings.meili_port)
    except (OSError, RuntimeError) as exc:
        fail(f"cannot start the embedded Meilisearch ({exc}); set MEILI_URL to use another server")
    # The supervisor logs from this process (the API's own workers configure logging again).
    configure_logging(level=settings.log_level, json=settings.log_json)
    child.supervise()
    # The app (and every uvicorn worker process) reads its settings from the environment.
    os.environ["MEILI_URL"] = child.url
    os.environ["MEILI_MASTER_KEY"] = child.master_key
    get_settings.cache_clear()
    out.print(f"embedded Meilisearch at {child.url} (data in {settings.data_dir / 'meilisearch'})", highlight=False)
    return child
