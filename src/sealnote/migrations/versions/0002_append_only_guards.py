"""Database guards: the audit log is append-only and signed notes and addenda never change.

These triggers make the promise hold even for code (or people) that bypass the services.
Audit events younger than the seven-year retention period cannot be deleted either.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

RETENTION = "7 years"

SQLITE_TRIGGERS = {
    "audit_events_no_update": """
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    "audit_events_retention": f"""
        CREATE TRIGGER audit_events_retention BEFORE DELETE ON audit_events
        WHEN OLD.occurred_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-{RETENTION}')
        BEGIN SELECT RAISE(ABORT, 'audit events are kept {RETENTION}'); END""",
    "audit_anchors_no_update": """
        CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END""",
    "audit_anchors_no_delete": """
        CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END""",
    "notes_signed_no_update": """
        CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes are locked; add an addendum'); END""",
    "notes_signed_no_delete": """
        CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes are locked'); END""",
    "addenda_no_update": """
        CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda are signed and locked'); END""",
    "addenda_no_delete": """
        CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
        BEGIN SELECT RAISE(ABORT, 'addenda are signed and locked'); END""",
}

POSTGRES_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION sealnote_refuse() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'sealnote: % on % is refused (%)', TG_OP, TG_TABLE_NAME, TG_ARGV[0];
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION sealnote_audit_retention() RETURNS trigger AS $$
BEGIN
  IF OLD.occurred_at > to_char((now() AT TIME ZONE 'UTC') - interval '{RETENTION}',
                               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') THEN
    RAISE EXCEPTION 'sealnote: audit events are kept {RETENTION}';
  END IF;
  RETURN OLD;
END $$ LANGUAGE plpgsql;
"""

POSTGRES_TRIGGERS = {
    "audit_events_no_update": "BEFORE UPDATE ON audit_events FOR EACH ROW "
                              "EXECUTE FUNCTION sealnote_refuse('append-only')",
    "audit_events_retention": "BEFORE DELETE ON audit_events FOR EACH ROW "
                              "EXECUTE FUNCTION sealnote_audit_retention()",
    "audit_events_no_truncate": "BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT "
                                "EXECUTE FUNCTION sealnote_refuse('append-only')",
    "audit_anchors_no_change": "BEFORE UPDATE OR DELETE ON audit_anchors FOR EACH ROW "
                               "EXECUTE FUNCTION sealnote_refuse('append-only')",
    "notes_signed_locked": "BEFORE UPDATE OR DELETE ON notes FOR EACH ROW "
                           "WHEN (OLD.status = 'signed') "
                           "EXECUTE FUNCTION sealnote_refuse('signed notes are locked')",
    "addenda_locked": "BEFORE UPDATE OR DELETE ON addenda FOR EACH ROW "
                      "EXECUTE FUNCTION sealnote_refuse('addenda are locked')",
    "notes_no_truncate": "BEFORE TRUNCATE ON notes FOR EACH STATEMENT "
                         "EXECUTE FUNCTION sealnote_refuse('signed notes are locked')",
    "addenda_no_truncate": "BEFORE TRUNCATE ON addenda FOR EACH STATEMENT "
                           "EXECUTE FUNCTION sealnote_refuse('addenda are locked')",
}


def _table_of(definition: str) -> str:
    return definition.split(" ON ", 1)[1].split()[0]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTIONS)
        for name, definition in POSTGRES_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {definition}")
    else:
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, definition in POSTGRES_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {_table_of(definition)}")
        op.execute("DROP FUNCTION IF EXISTS sealnote_refuse(); "
                   "DROP FUNCTION IF EXISTS sealnote_audit_retention();")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
