"""drafting and endpoint register

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('note_templates',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sections', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_templates'))
    )
    with op.batch_alter_table('note_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_templates_key'), ['key'], unique=False)

    op.create_table('vendors',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendors'))
    )
    op.create_table('baas',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('vendor_id', sa.String(length=36), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('forbids_training', sa.Boolean(), nullable=False),
    sa.Column('retention_days', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_baas_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baas'))
    )
    with op.batch_alter_table('baas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_baas_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('model_endpoints',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('on_premises', sa.Boolean(), nullable=False),
    sa.Column('vendor_id', sa.String(length=36), nullable=True),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_model_endpoints_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_endpoints')),
    sa.UniqueConstraint('base_url', name=op.f('uq_model_endpoints_base_url'))
    )
    op.create_table('dictations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=128), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('body', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_dictations_client_id_clients')),
    sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_dictations_note_id_notes')),
    sa.ForeignKeyConstraint(['session_id'], ['therapy_sessions.id'], name=op.f('fk_dictations_session_id_therapy_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dictations'))
    )
    with op.batch_alter_table('dictations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dictations_client_id'), ['client_id'], unique=False)

    # Plain ADD COLUMN: a batch "copy and move" would drop the signed-note triggers on SQLite.
    op.add_column('notes', sa.Column('flags', sa.LargeBinary(), nullable=True))
    op.add_column('notes', sa.Column('open_flags', sa.Integer(), nullable=False,
                                     server_default='0'))


def downgrade() -> None:
    op.drop_column('notes', 'open_flags')
    op.drop_column('notes', 'flags')

    with op.batch_alter_table('dictations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dictations_client_id'))

    op.drop_table('dictations')
    op.drop_table('model_endpoints')
    with op.batch_alter_table('baas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_baas_vendor_id'))

    op.drop_table('baas')
    op.drop_table('vendors')
    with op.batch_alter_table('note_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_templates_key'))

    op.drop_table('note_templates')
