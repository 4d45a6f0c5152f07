"""partner search keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 02:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text_array(name: str, length: int) -> sa.Column:
    return sa.Column(name, postgresql.ARRAY(sa.String(length=length)), server_default=sa.text("'{}'"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "search_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("prefix", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("secret_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        _text_array("allowed_origins", 200),
        _text_array("themes", 120),
        _text_array("languages", 8),
        _text_array("kinds", 32),
        sa.Column("meili_key_uid", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_key")),
        sa.UniqueConstraint("secret_hash", name=op.f("uq_search_key_secret_hash")),
    )


def downgrade() -> None:
    op.drop_table("search_key")
