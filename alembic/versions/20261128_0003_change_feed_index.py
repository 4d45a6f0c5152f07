"""index the change log for the change feed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 01:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The change feed reads "(txid, id) > cursor AND txid < horizon ORDER BY txid, id".
    op.create_index("ix_change_event_feed", "change_event", ["txid", "id"])


def downgrade() -> None:
    op.drop_index("ix_change_event_feed", table_name="change_event")
