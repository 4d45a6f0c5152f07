"""Migrations: up, down and up again on an empty database; the models and the migrations agree."""

from __future__ import annotations

import asyncio

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.db import check_migrated, downgrade, head_revision, migrate
from app.errors import ConfigurationError


async def _tables(url: str) -> set[str]:
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        rows = await conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        names = {r[0] for r in rows}
    await engine.dispose()
    return names


async def _diff(url: str) -> list[object]:
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        diff = await conn.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), SQLModel.metadata))
    await engine.dispose()
    return diff


def test_upgrade_downgrade_upgrade(fresh_database_url: str) -> None:
    model_tables = set(SQLModel.metadata.tables)
    migrate(fresh_database_url)
    assert model_tables <= asyncio.run(_tables(fresh_database_url))
    downgrade(fresh_database_url, "base")
    assert asyncio.run(_tables(fresh_database_url)) <= {"alembic_version"}
    migrate(fresh_database_url)
    assert model_tables <= asyncio.run(_tables(fresh_database_url))


def test_migrations_create_exactly_what_the_models_declare(database_url: str) -> None:
    assert asyncio.run(_diff(database_url)) == []


async def test_an_unmigrated_database_is_refused_with_the_command_to_run(fresh_database_url: str) -> None:
    engine = create_async_engine(fresh_database_url)
    try:
        with pytest.raises(ConfigurationError, match="run `kennisbank migrate`"):
            await check_migrated(engine)
    finally:
        await engine.dispose()


async def test_a_database_behind_the_head_is_refused(fresh_database_url: str) -> None:
    await asyncio.to_thread(migrate, fresh_database_url)
    engine = create_async_engine(fresh_database_url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
        with pytest.raises(ConfigurationError, match=f"the code needs {head_revision()}"):
            await check_migrated(engine)
    finally:
        await engine.dispose()
