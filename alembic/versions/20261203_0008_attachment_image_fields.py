"""attachment image fields: pixel width and height, text alternative

Uploads measure an image's width and height from its header (app/services/images.py). Existing image
rows are measured here from the files under the media directory, where those files are on this machine;
rows whose file is elsewhere (another host, a URL given by a client) keep null.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:30:00
"""

import logging
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
import sqlmodel

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")


def upgrade() -> None:
    op.add_column("attachment", sa.Column("width", sa.Integer(), nullable=True))
    op.add_column("attachment", sa.Column("height", sa.Integer(), nullable=True))
    op.add_column("attachment", sa.Column("alt", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True))
    _measure_stored_images()


def downgrade() -> None:
    op.drop_column("attachment", "alt")
    op.drop_column("attachment", "height")
    op.drop_column("attachment", "width")


def _media_dir() -> Path | None:
    from app.settings import get_settings

    try:
        return get_settings().media_path
    except Exception as exc:  # noqa: BLE001  (a backfill is best effort: without settings there is nothing to read)
        log.info("attachment sizes not backfilled: no settings (%s)", exc)
        return None


def _measure_stored_images() -> None:
    from app.services.images import HEADER_BYTES, image_dimensions

    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, media_type, url FROM attachment WHERE media_type LIKE 'image/%' AND width IS NULL")
    ).all()
    media_dir = _media_dir() if rows else None
    if media_dir is None:
        return
    measured = 0
    for attachment_id, media_type, url in rows:
        parts = url.split("/media/", 1)[-1].split("/")
        digest = parts[0] if len(parts) == 2 else ""
        path = media_dir / digest[:2] / digest
        if len(digest) != 64 or not path.is_file():
            continue
        with path.open("rb") as file:
            size = image_dimensions(file.read(HEADER_BYTES), media_type)
        if size is not None:
            bind.execute(
                sa.text("UPDATE attachment SET width = :w, height = :h WHERE id = :id"),
                {"w": size[0], "h": size[1], "id": attachment_id},
            )
            measured += 1
    log.info("measured %d of %d stored images", measured, len(rows))
