"""What every command shares: the consoles, failing with one line, settings, the event loop, a transaction."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, NoReturn, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.errors import ConfigurationError, KennisbankError
from app.settings import Settings, get_settings

T = TypeVar("T")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def fail(message: str) -> NoReturn:
    """One line naming the cause and the fix, then a non-zero exit."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def load_settings() -> Settings:
    """The settings, or a one-line error naming the setting that is wrong."""
    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        fail(f"invalid setting {where.upper() if where != 'settings' else where}: {message}")


def database_url(settings: Settings) -> str:
    """DATABASE_URL, or the URL of the embedded PostgreSQL (started here once if it is not running)."""
    from app.db import resolve_database_url  # start-up time (see app/cli/__init__.py)

    try:
        return resolve_database_url(settings)
    except Exception as exc:
        fail(f"cannot start the embedded PostgreSQL ({exc}); set DATABASE_URL to use another server")


def run(coro_factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a command's coroutine; the service's own errors end the command with their one line."""
    try:
        return asyncio.run(coro_factory())
    except ConfigurationError as exc:
        fail(exc.detail)
    except KennisbankError as exc:
        fail(exc.detail)


async def with_session(settings: Settings, work: Callable[[Any], Awaitable[T]], *, check: bool = True) -> T:
    """``work(session)`` in one transaction on a checked (and, with ``check``, migrated) database."""
    from app.db import check_database, check_migrated, create_engine, create_sessionmaker, transaction  # start-up time

    engine = create_engine(database_url(settings), pool_size=2, max_overflow=0)
    try:
        await check_database(engine)
        if check:
            await check_migrated(engine)
        async with transaction(create_sessionmaker(engine)) as session:
            return await work(session)
    finally:
        await engine.dispose()


def progress_bars() -> Progress:
    """Progress bars on standard error, shown only on a terminal."""
    return Progress(
        TextColumn("{task.description:<16}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=not sys.stderr.isatty(),
    )


def progress_callback(bar: Progress) -> Callable[[str, int], None]:
    """``progress(label, advance)`` for the services: one bar per label, added when first told."""
    tasks: dict[str, Any] = {}

    def progress(label: str, advance: int) -> None:
        if label not in tasks:
            tasks[label] = bar.add_task(label, total=None)
        bar.advance(tasks[label], advance)

    return progress
