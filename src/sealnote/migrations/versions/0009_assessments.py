"""vendor questionnaires, security risk analyses, access reviews

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vendor_assessments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('vendor_id', sa.String(length=36), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('risk', sa.String(length=16), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=False),
    sa.Column('assessed_by', sa.String(length=128), nullable=False),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'],
                            name=op.f('fk_vendor_assessments_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_assessments'))
    )
    op.create_index(op.f('ix_vendor_assessments_vendor_id'), 'vendor_assessments', ['vendor_id'])
    op.create_table('risk_analyses',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('performed_on', sa.Date(), nullable=False),
    sa.Column('performed_by', sa.String(length=128), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_analyses'))
    )
    op.create_table('access_reviews',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('reviewer_id', sa.String(length=128), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_reviews'))
    )
    # Risk analyses are documentation kept six years (45 CFR 164.316(b)(2)): no deletes.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER risk_analyses_no_delete BEFORE DELETE ON risk_analyses "
                   "BEGIN SELECT RAISE(ABORT, 'risk analyses are kept six years'); END")
    else:
        op.execute("CREATE TRIGGER risk_analyses_no_delete BEFORE DELETE ON risk_analyses "
                   "FOR EACH ROW EXECUTE FUNCTION sealnote_refuse('kept six years')")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS risk_analyses_no_delete" +
               ("" if op.get_bind().dialect.name == "sqlite" else " ON risk_analyses"))
    op.drop_table('access_reviews')
    op.drop_table('risk_analyses')
    op.drop_table('vendor_assessments')
