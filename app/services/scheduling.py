"""The publication scheduler: carries out due ``publish_at``/``unpublish_at`` through the ordinary services.

Each due item is handled in a transaction of its own, claimed with ``FOR UPDATE SKIP LOCKED``: several
schedulers (one per API process and per ``sync-worker``) share the work, and once a transaction commits
the item is no longer due, so re-running is harmless. Whatever fell due while no scheduler ran is caught
up on the next pass. Publishing and archiving go through ``publish_content``/``archive_content``, so the
change log, the search outbox, feeds and revisions follow as for an editor's click.

A scheduler sleeps until its next moment (at most ``interval_s``), and wakes early when a write sets or
moves a moment: such writes notify ``SCHEDULE_CHANNEL`` at commit, which every scheduler listens to on
a connection of its own, whichever process made the write. Without that connection it still wakes at
least every ``interval_s``; public surfaces never wait for it, as the visibility rule reads the clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

import asyncpg
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from app.models.api_key import Role
from app.models.base import utcnow
from app.models.content_types import KNOWLEDGE, POSITION_PAPERS, ContentSpec
from app.services.auth import Principal
from app.services.content.listing import select_content
from app.services.content.publishing import SCHEDULE_CHANNEL, run_due_schedule

log = logging.getLogger(__name__)

PING_INTERVAL_S = 30.0  # how often the listening connection is checked (a silently dropped one hears nothing)

# The name revisions record for changes the scheduler makes.
SCHEDULER = Principal(role=Role.editor, name="scheduler")
SPECS = (KNOWLEDGE, POSITION_PAPERS)


def _due(spec: ContentSpec, now: datetime) -> ColumnElement[bool]:
    model = spec.model
    return or_(col(model.publish_at) <= now, col(model.unpublish_at) <= now)


class _ItemFailed(Exception):
    def __init__(self, item_id: int) -> None:
        super().__init__(item_id)
        self.item_id = item_id


async def _run_one(
    sessionmaker: async_sessionmaker[AsyncSession], spec: ContentSpec, now: datetime, skip: set[int]
) -> int | None:
    """Claim one due item no other scheduler holds and carry out its schedule; its id, or None if none is due."""
    model = spec.model
    query = (
        select_content(spec).where(_due(spec, now)).order_by(col(model.id)).limit(1).with_for_update(skip_locked=True)
    )
    if skip:
        query = query.where(col(model.id).not_in(skip))
    item_id = None
    try:
        async with sessionmaker() as session, session.begin():
            item = await session.scalar(query)
            if item is None:
                return None
            item_id = item.id
            await run_due_schedule(session=session, actor=SCHEDULER, spec=spec, item=item, now=now)
    except Exception as exc:
        if item_id is None:
            raise
        raise _ItemFailed(item_id) from exc
    return item_id


async def run_due_schedules(*, sessionmaker: async_sessionmaker[AsyncSession], now: datetime | None = None) -> int:
    """Carry out every schedule due at ``now`` (default: now); return how many items changed.

    An item whose transition fails is logged and left due for the next pass; the others go ahead.
    """
    now = now or utcnow()
    done = 0
    for spec in SPECS:
        failed: set[int] = set()
        while True:
            try:
                item_id = await _run_one(sessionmaker, spec, now, failed)
            except _ItemFailed as exc:
                log.exception("scheduled change of %s %d failed; retrying on the next pass", spec.label, exc.item_id)
                failed.add(exc.item_id)
                continue
            if item_id is None:
                break
            done += 1
    return done


async def next_due(*, sessionmaker: async_sessionmaker[AsyncSession]) -> datetime | None:
    """The earliest scheduled moment still ahead (both columns are indexed where set)."""
    async with sessionmaker() as session:
        moments = [
            await session.scalar(select(func.min(column)).where(column > func.now()))
            for spec in SPECS
            for column in (col(spec.model.publish_at), col(spec.model.unpublish_at))
        ]
    return min((m for m in moments if m is not None), default=None)


def _listen_dsn(sessionmaker: async_sessionmaker[AsyncSession]) -> str | None:
    """The asyncpg DSN of the sessionmaker's engine; None when it is bound to something else (a test's connection)."""
    url = getattr(sessionmaker.kw.get("bind"), "url", None)
    return None if url is None else str(url.set(drivername="postgresql").render_as_string(hide_password=False))


class Scheduler:
    """Runs ``run_due_schedules`` on time: at the next scheduled moment, when a write announces a new or moved
    one, and at least every ``interval_s``."""

    def __init__(self, *, sessionmaker: async_sessionmaker[AsyncSession], interval_s: float) -> None:
        self.sessionmaker = sessionmaker
        self.interval_s = interval_s
        self.wake = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        dsn = _listen_dsn(self.sessionmaker)
        listener = asyncio.create_task(self.listen(dsn), name="publication-scheduler-listener") if dsn else None
        try:
            while not stop.is_set():
                self.wake.clear()  # before the pass: news arriving during it means another pass right after
                await self._sleep(stop, await self._pass())
        finally:
            if listener is not None:
                listener.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await listener

    async def _pass(self) -> float:
        """Carry out what is due; return how long to sleep before the next pass."""
        pause = self.interval_s
        try:
            changed = await run_due_schedules(sessionmaker=self.sessionmaker)
            if changed:
                log.info("scheduler: %d items published or unpublished on schedule", changed)
            upcoming = await next_due(sessionmaker=self.sessionmaker)
            if upcoming is not None:
                # Wake just after the next moment; one still due now failed and waits for the interval.
                until = (upcoming - utcnow()).total_seconds()
                if until > 0:
                    pause = min(pause, until + 0.05)
        except Exception:
            log.exception("scheduler pass failed")
        return pause

    async def _sleep(self, stop: asyncio.Event, pause: float) -> None:
        """Until ``pause`` has passed, ``stop`` is set or a write announces a schedule change."""
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self.wake.wait())]
        try:
            await asyncio.wait(waits, timeout=pause, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()

    async def listen(self, dsn: str) -> None:
        """Hold a connection listening on ``SCHEDULE_CHANNEL``, reconnecting after a loss (until cancelled)."""
        backoff = 0.5
        while True:
            connection: asyncpg.Connection | None = None
            try:
                connection = await asyncpg.connect(
                    dsn, timeout=10, server_settings={"application_name": "kennisbank-scheduler"}
                )
                lost = asyncio.Event()
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(SCHEDULE_CHANNEL, self._on_news)
                self.wake.set()  # what was announced while nobody listened is unknown: look again
                backoff = 0.5
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(lost.wait(), PING_INTERVAL_S)
                    if not lost.is_set():
                        await connection.execute("SELECT 1", timeout=5)
                log.warning("scheduler: lost the notification connection; reconnecting")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("scheduler: no notification connection (%s); waking every interval meanwhile", exc)
            finally:
                if connection is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(connection.close(), 2)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 30.0)

    def _on_news(self, _connection: Any, _pid: int, _channel: str, _payload: str) -> None:
        self.wake.set()
