"""What every command shares: the consoles, failing with one line, settings, the event loop, a transaction."""

from __future__ import annotations

import asyncio
import errno
import json
import socket
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.errors import ConfigurationError, KennisbankError

if TYPE_CHECKING:
    from app.settings import Settings

T = TypeVar("T")
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def fail(message: str) -> NoReturn:
    """One line naming the cause and the fix, then a non-zero exit."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=1)


def load_settings() -> Settings:
    """The settings, or a one-line error naming the setting that is wrong."""
    from pydantic import ValidationError  # start-up time: `serve` refuses a busy port before loading them

    from app.settings import get_settings

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


def port_in_use(host: str, port: int) -> bool:
    """Whether binding ``host:port`` fails because something listens there (bound as uvicorn binds it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def embedded_search_port_problem(settings: Settings) -> str | None:
    """Why the embedded Meilisearch could not listen on its port (KENNISBANK_MEILI_PORT), or None."""
    from app.search.embedded import HOST, answers_with_key, embedded_connection  # start-up time

    if not port_in_use(HOST, settings.meili_port):
        return None
    url, key = embedded_connection(settings.data_dir, settings.meili_port)
    whose = (
        f"by this data dir's own Meilisearch ({settings.data_dir}): is another kennisbank serve running on it?"
        if key and answers_with_key(url, key)
        else "by another program"
    )
    return (
        f"port {settings.meili_port} for the embedded Meilisearch is in use {whose}; choose another with "
        f"KENNISBANK_MEILI_PORT=N, or set MEILI_URL (and MEILI_MASTER_KEY) to use a Meilisearch of your own"
    )


@contextmanager
def search_settings(settings: Settings) -> Iterator[Settings]:
    """The settings with the Meilisearch to use, resolved as `serve` does: MEILI_URL when set; else the
    embedded Meilisearch of the data dir: the running one (that `serve` started), or one started here for
    the command's duration; else a one-line failure saying what to set."""
    from pydantic import SecretStr  # start-up time

    from app.search.embedded import (
        answers_with_key,
        embedded_connection,
        find_binary,
        start_embedded_meilisearch,
        tools_dir,
    )

    if settings.meili_url is not None:
        yield settings
        return
    url, key = embedded_connection(settings.data_dir, settings.meili_port)
    answer = answers_with_key(url, key) if key else None
    if answer:
        yield settings.model_copy(update={"meili_url": url, "meili_master_key": SecretStr(key or "")})
        return
    if answer is False:
        fail(
            f"the Meilisearch at {url} refuses this data dir's key ({settings.data_dir / 'meilisearch'}); set "
            "KENNISBANK_MEILI_PORT to the port of the embedded one, or MEILI_URL and MEILI_MASTER_KEY"
        )
    if problem := embedded_search_port_problem(settings):
        fail(problem)
    binary = find_binary(settings.data_dir)
    if binary is None:
        fail(
            f"MEILI_URL is not set, no embedded Meilisearch runs at {url} (KENNISBANK_MEILI_PORT) and no binary "
            f"was found to start one (MEILI_BIN, PATH, {tools_dir(settings.data_dir)}): run "
            "scripts/install-meilisearch.sh, or set MEILI_URL and MEILI_MASTER_KEY"
        )
    try:
        child = start_embedded_meilisearch(binary, settings.data_dir, port=settings.meili_port)
    except (OSError, RuntimeError) as exc:
        fail(f"cannot start the embedded Meilisearch ({exc}); set MEILI_URL to use another server")
    err.print(f"started the embedded Meilisearch at {child.url} for this command", highlight=False)
    try:
        yield settings.model_copy(update={"meili_url": child.url, "meili_master_key": SecretStr(child.master_key)})
    finally:
        child.stop()


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


QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bars or notes (for scripts); the result line stays.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON document on standard output (for scripts).")]


def progress_bars(*, quiet: bool = False) -> Progress:
    """Progress bars on standard error, shown only on a terminal and never with ``--quiet``."""
    return Progress(
        TextColumn("{task.description:<24}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=False,
        disable=quiet or not err.is_terminal,
    )


def summary(verb: str, counts: Mapping[str, int], started: float) -> str:
    """The result line of a long command: ``created: 4 themes, 12 knowledge items in 1.3 s``."""
    listed = ", ".join(f"{n} {name}" for name, n in counts.items()) or "nothing"
    return f"{verb}: {listed} in {time.monotonic() - started:.1f} s"


def print_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], *, as_json: bool) -> None:
    """A list command's rows: a table with a header row, or (``--json``) one JSON array on standard output."""
    if as_json:
        sys.stdout.write(json.dumps(list(rows), default=str, indent=2) + "\n")
        return
    table = Table(box=box.SIMPLE_HEAD, highlight=False, pad_edge=False)
    for column in columns:
        table.add_column(column.removesuffix("_at").replace("_", " ").upper(), no_wrap=True)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    # Piped into another program, a table is as wide as its rows, never cut to 80 columns.
    (out if out.is_terminal else Console(width=10_000)).print(table)


def progress_callback(bar: Progress) -> Callable[[str, int], None]:
    """``progress(label, advance)`` for the services: one bar per label, added when first told."""
    tasks: dict[str, Any] = {}

    def progress(label: str, advance: int) -> None:
        if label not in tasks:
            tasks[label] = bar.add_task(label, total=None)
        bar.advance(tasks[label], advance)

    return progress
