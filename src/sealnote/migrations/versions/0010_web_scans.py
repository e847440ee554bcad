"""website tracking scans

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('web_scans',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('site', sa.String(length=500), nullable=False),
    sa.Column('scanned_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('worst', sa.String(length=16), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_scans'))
    )
    op.create_index(op.f('ix_web_scans_site'), 'web_scans', ['site'])


def downgrade() -> None:
    op.drop_table('web_scans')
