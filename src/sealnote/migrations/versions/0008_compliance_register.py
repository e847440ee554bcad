"""compliance register: vendor details, BAA documents, training, policy acknowledgements

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

VENDOR_COLUMNS: tuple[sa.Column[object], ...] = (
    sa.Column('kind', sa.String(length=32), nullable=False, server_default='other'),
    sa.Column('service', sa.String(length=300), nullable=True),
    sa.Column('phi', sa.Text(), nullable=False, server_default='[]'),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('upstream', sa.Text(), nullable=False, server_default='[]'),
    sa.Column('touches_phi', sa.Boolean(), nullable=False, server_default=sa.true()),
    sa.Column('prohibited', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column('soc2_report_on', sa.Date(), nullable=True),
)
BAA_COLUMNS: tuple[sa.Column[object], ...] = (
    sa.Column('document', sa.LargeBinary(), nullable=True),
    sa.Column('document_name', sa.String(length=200), nullable=True),
    sa.Column('check_result', sa.Text(), nullable=True),
)


def upgrade() -> None:
    # Plain add_column (not batch) keeps SQLite from rebuilding the tables.
    for column in VENDOR_COLUMNS:
        op.add_column('vendors', column)
    for column in BAA_COLUMNS:
        op.add_column('baas', column)
    op.create_table('training_records',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('course', sa.String(length=200), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                            name=op.f('fk_training_records_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_records'))
    )
    op.create_index(op.f('ix_training_records_user_id'), 'training_records', ['user_id'])
    op.create_table('policy_acknowledgements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('policy', sa.String(length=100), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                            name=op.f('fk_policy_acknowledgements_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_acknowledgements'))
    )
    op.create_index(op.f('ix_policy_acknowledgements_user_id'), 'policy_acknowledgements',
                    ['user_id'])


def downgrade() -> None:
    op.drop_table('policy_acknowledgements')
    op.drop_table('training_records')
    with op.batch_alter_table('baas') as batch_op:
        for column in BAA_COLUMNS:
            batch_op.drop_column(column.name)
    with op.batch_alter_table('vendors') as batch_op:
        for column in VENDOR_COLUMNS:
            batch_op.drop_column(column.name)
