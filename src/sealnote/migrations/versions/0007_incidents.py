"""breach incidents

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incidents',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.LargeBinary(), nullable=False),
    sa.Column('description', sa.LargeBinary(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=True),
    sa.Column('discovered_on', sa.Date(), nullable=False),
    sa.Column('phi_types', sa.Text(), nullable=False),
    sa.Column('secured', sa.Boolean(), nullable=False),
    sa.Column('key_compromised', sa.Boolean(), nullable=False),
    sa.Column('exclusion', sa.String(length=32), nullable=True),
    sa.Column('delay_kind', sa.String(length=16), nullable=True),
    sa.Column('delay_stated_on', sa.Date(), nullable=True),
    sa.Column('delay_until', sa.Date(), nullable=True),
    sa.Column('delay_official', sa.String(length=200), nullable=True),
    sa.Column('business_associate', sa.String(length=200), nullable=True),
    sa.Column('ba_discovered_on', sa.Date(), nullable=True),
    sa.Column('affected', sa.Text(), nullable=False),
    sa.Column('affected_clients', sa.Text(), nullable=False),
    sa.Column('out_of_date_contacts', sa.Integer(), nullable=False),
    sa.Column('assessment', sa.LargeBinary(), nullable=True),
    sa.Column('conclusion', sa.String(length=32), nullable=True),
    sa.Column('assessed_by', sa.String(length=128), nullable=True),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('notices', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incidents'))
    )
    op.add_column('practice', sa.Column('contact', sa.Text(), nullable=True))
    # Incident records are kept six years (45 CFR 164.530(j)): the database refuses deletes.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents "
                   "BEGIN SELECT RAISE(ABORT, 'incident records are kept six years'); END")
    else:
        op.execute("CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents "
                   "FOR EACH ROW EXECUTE FUNCTION sealnote_refuse('kept six years')")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS incidents_no_delete" +
               ("" if op.get_bind().dialect.name == "sqlite" else " ON incidents"))
    op.drop_table('incidents')
    with op.batch_alter_table('practice', schema=None) as batch_op:
        batch_op.drop_column('contact')
