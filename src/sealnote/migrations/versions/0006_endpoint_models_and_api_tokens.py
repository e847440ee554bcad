"""endpoint model names and API tokens

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('api_tokens',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_api_tokens_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens'))
    )
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_tokens_user_id'), ['user_id'], unique=False)
    # Plain add_column (not batch) keeps SQLite from rebuilding the table.
    op.add_column('model_endpoints', sa.Column('label', sa.String(length=200), nullable=True))
    op.add_column('model_endpoints', sa.Column('model', sa.String(length=200), nullable=True))
    op.add_column('model_endpoints', sa.Column('api_key', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('model_endpoints', schema=None) as batch_op:
        batch_op.drop_column('api_key')
        batch_op.drop_column('model')
        batch_op.drop_column('label')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_tokens_user_id'))
    op.drop_table('api_tokens')
