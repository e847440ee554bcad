"""Small helpers shared by tests: raw SQL as an attacker with file access would use it."""

from __future__ import annotations

from sqlalchemy import text

from sealnote.audit import service as audit
from sealnote.audit.chain import Verdict
from sealnote.practice import Practice

AUDIT_TRIGGERS = {
    "sqlite": ["audit_events_no_update", "audit_events_retention"],
    "postgresql": ["audit_events_no_update", "audit_events_retention", "audit_events_no_truncate"],
}


def raw_sql(practice: Practice, *statements: str) -> None:
    """Run statements outside Sealnote's services, in one transaction."""
    with practice.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def drop_audit_triggers(practice: Practice) -> None:
    dialect = practice.engine.dialect.name
    suffix = " ON audit_events" if dialect == "postgresql" else ""
    raw_sql(practice, *[f"DROP TRIGGER {name}{suffix}" for name in AUDIT_TRIGGERS[dialect]])


def verify(practice: Practice) -> Verdict:
    with practice.sessions() as db:
        return audit.verify(db, store=practice.checkpoints, origin=practice.id)


def checkpoint(practice: Practice) -> None:
    with practice.sessions() as db:
        audit.checkpoint(db, store=practice.checkpoints, origin=practice.id)
