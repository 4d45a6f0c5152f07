"""publishing: scheduling columns and content revisions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTENT_TABLES = ("knowledge_item", "position_paper")


def upgrade() -> None:
    for table in CONTENT_TABLES:
        op.add_column(table, sa.Column("publish_at", sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column("unpublish_at", sa.DateTime(timezone=True), nullable=True))
        op.create_check_constraint(
            op.f(f"ck_{table}_schedule_order"),
            table,
            "unpublish_at IS NULL OR publish_at IS NULL OR unpublish_at > publish_at",
        )
        op.create_index(
            f"ix_{table}_publish_at", table, ["publish_at"], postgresql_where=sa.text("publish_at IS NOT NULL")
        )
        op.create_index(
            f"ix_{table}_unpublish_at", table, ["unpublish_at"], postgresql_where=sa.text("unpublish_at IS NOT NULL")
        )
    op.create_table(
        "content_revision",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "entity_type IN ('knowledge_item', 'position_paper')", name=op.f("ck_content_revision_entity_type_valid")
        ),
        sa.CheckConstraint(
            "op IN ('created', 'updated', 'published', 'unpublished', 'deleted')",
            name=op.f("ck_content_revision_op_valid"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_revision")),
        sa.UniqueConstraint("entity_type", "entity_id", "number", name="uq_content_revision_number"),
    )


def downgrade() -> None:
    op.drop_table("content_revision")
    for table in CONTENT_TABLES:
        op.drop_index(f"ix_{table}_unpublish_at", table_name=table)
        op.drop_index(f"ix_{table}_publish_at", table_name=table)
        op.drop_constraint(op.f(f"ck_{table}_schedule_order"), table, type_="check")
        op.drop_column(table, "unpublish_at")
        op.drop_column(table, "publish_at")
