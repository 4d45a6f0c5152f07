"""change notifications: content writes announce themselves on a LISTEN/NOTIFY channel

Every API process keeps public answers of the content routes in memory (app/web/response_cache) and
drops them when these triggers say their records changed. A trigger sees every write, whichever path
made it (API, CLI, scheduler, a migration, psql), and PostgreSQL delivers the notification only when
the writing transaction commits.

Payloads: ``knowledge_item:<id>`` or ``position_paper:<id>`` for a record, its theme and organisation
links and its attachments; ``*`` for the directory (themes, organisations, their links, working groups),
which many records embed and GraphQL answers reach.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 06:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "kennisbank_changes"

# (table, entity announced, column holding that entity's id; None announces "*")
TRIGGERS = [
    ("knowledge_item", "knowledge_item", "id"),
    ("knowledge_item_theme", "knowledge_item", "knowledge_item_id"),
    ("knowledge_item_organisation", "knowledge_item", "knowledge_item_id"),
    ("attachment", "knowledge_item", "knowledge_item_id"),
    ("position_paper", "position_paper", "id"),
    ("position_paper_theme", "position_paper", "position_paper_id"),
    ("position_paper_signatory", "position_paper", "position_paper_id"),
    ("attachment", "position_paper", "position_paper_id"),
    ("theme", "*", None),
    ("organisation", "*", None),
    ("organisation_theme", "*", None),
    ("alliance_membership", "*", None),
    ("working_group", "*", None),
    ("working_group_member", "*", None),
]


def trigger_name(entity: str, column: str | None) -> str:
    return f"kennisbank_notify_{'all' if column is None else entity}"


def upgrade() -> None:
    op.execute(
        f"""
        CREATE FUNCTION kennisbank_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            old_id text;
            new_id text;
        BEGIN
            IF TG_NARGS = 1 THEN
                PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
                RETURN NULL;
            END IF;
            IF TG_OP <> 'INSERT' THEN old_id := to_jsonb(OLD) ->> TG_ARGV[1]; END IF;
            IF TG_OP <> 'DELETE' THEN new_id := to_jsonb(NEW) ->> TG_ARGV[1]; END IF;
            IF old_id IS NOT NULL THEN
                PERFORM pg_notify('{CHANNEL}', TG_ARGV[0] || ':' || old_id);
            END IF;
            IF new_id IS NOT NULL AND new_id IS DISTINCT FROM old_id THEN
                PERFORM pg_notify('{CHANNEL}', TG_ARGV[0] || ':' || new_id);
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    for table, entity, column in TRIGGERS:
        if column is None:
            op.execute(
                f"CREATE TRIGGER {trigger_name(entity, column)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kennisbank_notify_change('{entity}')"
            )
        else:
            op.execute(
                f"CREATE TRIGGER {trigger_name(entity, column)} AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION kennisbank_notify_change('{entity}', '{column}')"
            )
            op.execute(
                f"CREATE TRIGGER {trigger_name(entity, column)}_truncate AFTER TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION kennisbank_notify_change('*')"
            )


def downgrade() -> None:
    for table, entity, column in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {trigger_name(entity, column)} ON {table}")
        if column is not None:
            op.execute(f"DROP TRIGGER {trigger_name(entity, column)}_truncate ON {table}")
    op.execute("DROP FUNCTION kennisbank_notify_change()")
