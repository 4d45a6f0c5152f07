"""English descriptions of themes, organisations and working groups (``description_en``; empty: none yet)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("theme", "organisation", "working_group")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column(
                "description_en", sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False, server_default=""
            ),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "description_en")
