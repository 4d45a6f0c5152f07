"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 00:35:00.948006
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Search fallback (the search issue) folds diacritics and matches typos with these.
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table('api_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('admin', 'editor', 'reader')", name=op.f('ck_api_key_role_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_key')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_key_token_hash'))
    )
    op.create_table('change_event',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False),
    sa.Column('txid', sa.BigInteger(), server_default=sa.text('pg_current_xact_id()::text::bigint'), nullable=False),
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.BigInteger(), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("entity_type IN ('theme', 'organisation', 'working_group', 'knowledge_item', 'position_paper')", name=op.f('ck_change_event_entity_type_valid')),
    sa.CheckConstraint("op IN ('created', 'updated', 'published', 'unpublished', 'deleted')", name=op.f('ck_change_event_op_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_event'))
    )
    op.create_index('ix_change_event_entity', 'change_event', ['entity_type', 'entity_id'], unique=False)
    op.create_table('knowledge_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(length=200000), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('tags', sa.ARRAY(sa.String(length=64)), server_default=sa.text("'{}'"), nullable=False),
    sa.Column('source_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('cover_image_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('translation_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('publication', 'report', 'toolkit', 'good_practice', 'news', 'newsletter', 'training', 'event_report')", name=op.f('ck_knowledge_item_kind_valid')),
    sa.CheckConstraint("language IN ('nl', 'en')", name=op.f('ck_knowledge_item_language_valid')),
    sa.CheckConstraint("status = 'draft' OR published_at IS NOT NULL", name=op.f('ck_knowledge_item_published_has_date')),
    sa.CheckConstraint("status IN ('draft', 'published', 'archived')", name=op.f('ck_knowledge_item_status_valid')),
    sa.ForeignKeyConstraint(['translation_id'], ['knowledge_item.id'], name=op.f('fk_knowledge_item_translation_id_knowledge_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_item')),
    sa.UniqueConstraint('slug', name=op.f('uq_knowledge_item_slug')),
    sa.UniqueConstraint('translation_id', name=op.f('uq_knowledge_item_translation_id'))
    )
    op.create_index('ix_knowledge_item_listing', 'knowledge_item', ['status', sa.literal_column('coalesce(published_at, created_at)'), 'id'], unique=False)
    op.create_table('organisation',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('acronym', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('member_since', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('website', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=True),
    sa.Column('logo_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("country ~ '^[A-Z]{2}$'", name=op.f('ck_organisation_country_iso')),
    sa.CheckConstraint("kind IN ('member', 'partner', 'alliance', 'network', 'government', 'knowledge_institute', 'funder')", name=op.f('ck_organisation_kind_valid')),
    sa.CheckConstraint("status IN ('active', 'inactive')", name=op.f('ck_organisation_status_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('slug', name=op.f('uq_organisation_slug'))
    )
    op.create_table('position_paper',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(length=200000), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('audience', sa.ARRAY(sa.String(length=32)), server_default=sa.text("'{}'"), nullable=False),
    sa.Column('ministry', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('occasion', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('translation_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("audience <@ ARRAY['house_of_representatives', 'senate', 'ministry', 'european_parliament', 'european_commission', 'un_csw', 'other']::varchar[]", name=op.f('ck_position_paper_audience_valid')),
    sa.CheckConstraint("language IN ('nl', 'en')", name=op.f('ck_position_paper_language_valid')),
    sa.CheckConstraint("status = 'draft' OR published_at IS NOT NULL", name=op.f('ck_position_paper_published_has_date')),
    sa.CheckConstraint("status IN ('draft', 'published', 'archived')", name=op.f('ck_position_paper_status_valid')),
    sa.ForeignKeyConstraint(['translation_id'], ['position_paper.id'], name=op.f('fk_position_paper_translation_id_position_paper'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_paper')),
    sa.UniqueConstraint('slug', name=op.f('uq_position_paper_slug')),
    sa.UniqueConstraint('translation_id', name=op.f('uq_position_paper_translation_id'))
    )
    op.create_index('ix_position_paper_listing', 'position_paper', ['status', sa.literal_column('coalesce(published_at, created_at)'), 'id'], unique=False)
    op.create_table('theme',
    sa.Column('name_nl', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme')),
    sa.UniqueConstraint('slug', name=op.f('uq_theme_slug'))
    )
    op.create_table('alliance_membership',
    sa.Column('alliance_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.CheckConstraint('alliance_id <> member_id', name=op.f('ck_alliance_membership_not_self')),
    sa.ForeignKeyConstraint(['alliance_id'], ['organisation.id'], name=op.f('fk_alliance_membership_alliance_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['organisation.id'], name=op.f('fk_alliance_membership_member_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('alliance_id', 'member_id', name=op.f('pk_alliance_membership'))
    )
    op.create_index(op.f('ix_alliance_membership_member_id'), 'alliance_membership', ['member_id'], unique=False)
    op.create_table('attachment',
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(length=127), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('extracted_text', sqlmodel.sql.sqltypes.AutoString(length=200000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('knowledge_item_id', sa.Integer(), nullable=True),
    sa.Column('position_paper_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('num_nonnulls(knowledge_item_id, position_paper_id) = 1', name=op.f('ck_attachment_one_owner')),
    sa.ForeignKeyConstraint(['knowledge_item_id'], ['knowledge_item.id'], name=op.f('fk_attachment_knowledge_item_id_knowledge_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_paper_id'], ['position_paper.id'], name=op.f('fk_attachment_position_paper_id_position_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    op.create_index(op.f('ix_attachment_knowledge_item_id'), 'attachment', ['knowledge_item_id'], unique=False)
    op.create_index(op.f('ix_attachment_position_paper_id'), 'attachment', ['position_paper_id'], unique=False)
    op.create_table('knowledge_item_organisation',
    sa.Column('knowledge_item_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('author', 'publisher')", name=op.f('ck_knowledge_item_organisation_role_valid')),
    sa.ForeignKeyConstraint(['knowledge_item_id'], ['knowledge_item.id'], name=op.f('fk_knowledge_item_organisation_knowledge_item_id_knowledge_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_knowledge_item_organisation_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('knowledge_item_id', 'organisation_id', name=op.f('pk_knowledge_item_organisation'))
    )
    op.create_index(op.f('ix_knowledge_item_organisation_organisation_id'), 'knowledge_item_organisation', ['organisation_id'], unique=False)
    op.create_table('knowledge_item_theme',
    sa.Column('knowledge_item_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['knowledge_item_id'], ['knowledge_item.id'], name=op.f('fk_knowledge_item_theme_knowledge_item_id_knowledge_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_knowledge_item_theme_theme_id_theme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('knowledge_item_id', 'theme_id', name=op.f('pk_knowledge_item_theme'))
    )
    op.create_index(op.f('ix_knowledge_item_theme_theme_id'), 'knowledge_item_theme', ['theme_id'], unique=False)
    op.create_table('organisation_theme',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_organisation_theme_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_organisation_theme_theme_id_theme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('organisation_id', 'theme_id', name=op.f('pk_organisation_theme'))
    )
    op.create_table('position_paper_signatory',
    sa.Column('position_paper_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_position_paper_signatory_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['position_paper_id'], ['position_paper.id'], name=op.f('fk_position_paper_signatory_position_paper_id_position_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('position_paper_id', 'organisation_id', name=op.f('pk_position_paper_signatory'))
    )
    op.create_index(op.f('ix_position_paper_signatory_organisation_id'), 'position_paper_signatory', ['organisation_id'], unique=False)
    op.create_table('position_paper_theme',
    sa.Column('position_paper_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['position_paper_id'], ['position_paper.id'], name=op.f('fk_position_paper_theme_position_paper_id_position_paper'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_position_paper_theme_theme_id_theme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('position_paper_id', 'theme_id', name=op.f('pk_position_paper_theme'))
    )
    op.create_index(op.f('ix_position_paper_theme_theme_id'), 'position_paper_theme', ['theme_id'], unique=False)
    op.create_table('working_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=10000), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['theme_id'], ['theme.id'], name=op.f('fk_working_group_theme_id_theme'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_working_group')),
    sa.UniqueConstraint('slug', name=op.f('uq_working_group_slug'))
    )
    op.create_index(op.f('ix_working_group_theme_id'), 'working_group', ['theme_id'], unique=False)
    op.create_table('working_group_member',
    sa.Column('working_group_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_working_group_member_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['working_group_id'], ['working_group.id'], name=op.f('fk_working_group_member_working_group_id_working_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('working_group_id', 'organisation_id', name=op.f('pk_working_group_member'))
    )
    op.create_index(op.f('ix_working_group_member_organisation_id'), 'working_group_member', ['organisation_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_working_group_member_organisation_id'), table_name='working_group_member')
    op.drop_table('working_group_member')
    op.drop_index(op.f('ix_working_group_theme_id'), table_name='working_group')
    op.drop_table('working_group')
    op.drop_index(op.f('ix_position_paper_theme_theme_id'), table_name='position_paper_theme')
    op.drop_table('position_paper_theme')
    op.drop_index(op.f('ix_position_paper_signatory_organisation_id'), table_name='position_paper_signatory')
    op.drop_table('position_paper_signatory')
    op.drop_table('organisation_theme')
    op.drop_index(op.f('ix_knowledge_item_theme_theme_id'), table_name='knowledge_item_theme')
    op.drop_table('knowledge_item_theme')
    op.drop_index(op.f('ix_knowledge_item_organisation_organisation_id'), table_name='knowledge_item_organisation')
    op.drop_table('knowledge_item_organisation')
    op.drop_index(op.f('ix_attachment_position_paper_id'), table_name='attachment')
    op.drop_index(op.f('ix_attachment_knowledge_item_id'), table_name='attachment')
    op.drop_table('attachment')
    op.drop_index(op.f('ix_alliance_membership_member_id'), table_name='alliance_membership')
    op.drop_table('alliance_membership')
    op.drop_table('theme')
    op.drop_index('ix_position_paper_listing', table_name='position_paper')
    op.drop_table('position_paper')
    op.drop_table('organisation')
    op.drop_index('ix_knowledge_item_listing', table_name='knowledge_item')
    op.drop_table('knowledge_item')
    op.drop_index('ix_change_event_entity', table_name='change_event')
    op.drop_table('change_event')
    op.drop_table('api_key')
