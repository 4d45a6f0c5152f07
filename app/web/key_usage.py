"""``api_key.last_used_at`` without a database write per request.

Each process keeps, in memory, when it last saw each key (``KeyUsage.record``: a dict assignment on
the request path) and writes what it saw in one short transaction every ``FLUSH_INTERVAL_S`` seconds
and when the app stops. So a key used a thousand times a minute costs one UPDATE per process per
interval. ``last_used_at`` therefore lags by up to the interval, and a process that is killed loses at
most its last interval of sightings: acceptable for a "when was this key last used" column, which is
for spotting unused keys, not for auditing. Several processes only ever move the value forward.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models.base import utcnow
from app.services.auth import touch_api_keys

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 30.0


class KeyUsage:
    """When this process last saw each API key, until the next flush."""

    def __init__(self) -> None:
        self._seen: dict[int, datetime] = {}

    def record(self, key_id: int, when: datetime | None = None) -> None:
        """Note a request made with a key (no I/O)."""
        self._seen[key_id] = when or utcnow()

    def pending(self) -> dict[int, datetime]:
        return dict(self._seen)

    async def flush(self, sessionmaker: async_sessionmaker[AsyncSession]) -> int:
        """Write the sightings since the last flush in one transaction; return how many keys were touched."""
        seen, self._seen = self._seen, {}
        if not seen:
            return 0
        try:
            async with sessionmaker() as session, session.begin():
                await touch_api_keys(session=session, used_at=seen)
        except Exception:
            # Keep them for the next try (a newer sighting made meanwhile wins).
            for key_id, when in seen.items():
                if self._seen.get(key_id, when) <= when:
                    self._seen[key_id] = when
            raise
        return len(seen)


@asynccontextmanager
async def key_usage_runtime(app: FastAPI, *, interval_s: float = FLUSH_INTERVAL_S) -> AsyncIterator[None]:
    """Flush ``app.state.key_usage`` every ``interval_s`` seconds while the app runs, and once at the end."""
    usage: KeyUsage = app.state.key_usage
    stop = asyncio.Event()

    async def flush_periodically() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval_s)
            try:
                await usage.flush(app.state.sessionmaker)
            except Exception:
                log.warning("could not record API key usage; retrying at the next flush", exc_info=True)

    task = asyncio.create_task(flush_periodically(), name="api-key-usage")
    try:
        yield
    finally:
        stop.set()  # the loop flushes once more and ends
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(task, timeout=10)
