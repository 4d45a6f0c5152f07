"""Migrations: up, down and up again on an empty database; the models and the migrations agree."""

from __future__ import annotations

import asyncio
import hashlib

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.db import check_migrated, downgrade, head_revision, migrate
from app.errors import ConfigurationError
from app.settings import get_settings


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


def test_0008_measures_the_images_already_stored(fresh_database_url: str, tmp_path, monkeypatch) -> None:
    """Image attachments uploaded before width/height existed get them from their stored files."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (640).to_bytes(4, "big") + (480).to_bytes(4, "big") + b"\x08\x02"
    digest = hashlib.sha256(png).hexdigest()
    (tmp_path / digest[:2]).mkdir()
    (tmp_path / digest[:2] / digest).write_bytes(png)
    monkeypatch.setenv("KENNISBANK_MEDIA_DIR", str(tmp_path))
    get_settings.cache_clear()
    migrate(fresh_database_url, "0007")

    async def insert_and_read(after_migrating: bool) -> list[tuple[str, int | None, int | None]]:
        engine = create_async_engine(fresh_database_url)
        try:
            async with engine.begin() as conn:
                if not after_migrating:
                    await conn.execute(
                        text(
                            "INSERT INTO knowledge_item (slug, title, summary, body, language, status, kind, tags,"
                            " version, created_at) VALUES ('k', 'K', '', '', 'nl', 'draft', 'report', '{}', 1, now())"
                        )
                    )
                    for name, media_type, url in (
                        ("stored.png", "image/png", f"http://x/media/{digest}/stored.png"),
                        ("elsewhere.png", "image/png", f"http://x/media/{'0' * 64}/elsewhere.png"),
                        ("doc.pdf", "application/pdf", f"http://x/media/{digest}/doc.pdf"),
                    ):
                        await conn.execute(
                            text(
                                "INSERT INTO attachment (file_name, media_type, size, url, extracted_text,"
                                " knowledge_item_id) SELECT :n, :t, 10, :u, '', id FROM knowledge_item"
                            ),
                            {"n": name, "t": media_type, "u": url},
                        )
                    return []
                rows = await conn.execute(text("SELECT file_name, width, height FROM attachment ORDER BY id"))
                return [(r[0], r[1], r[2]) for r in rows]
        finally:
            await engine.dispose()

    asyncio.run(insert_and_read(False))
    try:
        migrate(fresh_database_url)
    finally:
        get_settings.cache_clear()
    assert asyncio.run(insert_and_read(True)) == [
        ("stored.png", 640, 480),
        ("elsewhere.png", None, None),  # its file is not here: left unknown
        ("doc.pdf", None, None),
    ]
