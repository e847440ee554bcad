"""drafting defaults

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drafting_defaults',
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('note_format', sa.String(length=64), nullable=False),
    sa.Column('modality', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_drafting_defaults_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_drafting_defaults'))
    )


def downgrade() -> None:
    op.drop_table('drafting_defaults')
