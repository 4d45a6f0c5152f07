"""previewer role: API keys that read drafts and write nothing (draft mode of a site's preview deployment)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 10:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f("ck_api_key_role_valid"), "api_key", type_="check")
    op.create_check_constraint(op.f("ck_api_key_role_valid"), "api_key", "role IN ('admin', 'editor', 'reader', 'previewer')")


def downgrade() -> None:
    op.execute("UPDATE api_key SET revoked_at = coalesce(revoked_at, now()), role = 'reader' WHERE role = 'previewer'")
    op.drop_constraint(op.f("ck_api_key_role_valid"), "api_key", type_="check")
    op.create_check_constraint(op.f("ck_api_key_role_valid"), "api_key", "role IN ('admin', 'editor', 'reader')")
