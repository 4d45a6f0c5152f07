"""Sessions as the service uses them in production: engine-bound, read-only ones without a transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import reader, statement_timeout, transaction
from app.services.search.fallback import database_search
from app.services.search.request import SearchRequest


async def timeout_of(session: AsyncSession) -> str:
    return str(await session.scalar(text("SHOW statement_timeout")))


@pytest.mark.parametrize("read_only", [True, False])
async def test_a_statement_timeout_bounds_the_block_and_ends_with_it(
    committed_sessionmaker: async_sessionmaker[AsyncSession], read_only: bool
) -> None:
    sessions = reader(committed_sessionmaker)() if read_only else committed_sessionmaker()
    async with sessions as session:
        async with statement_timeout(session, 50):
            assert await timeout_of(session) == "50ms"
            with pytest.raises(DBAPIError, match="statement timeout"):
                await session.execute(text("SELECT pg_sleep(2)"))
        if not read_only:
            await session.rollback()  # the failed statement ended the transaction, and SET LOCAL with it
        assert await timeout_of(session) == "0"  # the pooled connection is handed back as it was


async def test_the_search_fallback_is_bounded_in_a_read_only_session(
    committed_sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """GET requests read without a transaction, where SET LOCAL does nothing: the fallback must still be bounded."""
    async with reader(committed_sessionmaker)() as session:
        seen: list[str] = []
        original = session.scalar

        async def spying_scalar(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(str(await original(text("SHOW statement_timeout"))))
            return await original(statement, *args, **kwargs)

        session.scalar = spying_scalar  # type: ignore[method-assign]
        result = await database_search(session=session, request=SearchRequest(q="vrede"))
        assert result.degraded and seen and all(value != "0" for value in seen)
        session.scalar = original  # type: ignore[method-assign]
        assert await timeout_of(session) == "0"
    async with transaction(committed_sessionmaker) as session:
        assert await timeout_of(session) == "0"
