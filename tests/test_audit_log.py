"""The audit log in a real database: append-only, tamper-evident, safe under concurrency."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from sealnote.actor import Actor, operator
from sealnote.audit import service as audit
from sealnote.audit.models import AuditEvent
from sealnote.errors import InvalidInput, RetentionError
from sealnote.practice import Practice
from tests.helpers import checkpoint, drop_audit_triggers, raw_sql, verify

CLINICIAN = Actor(user_id="u-1", roles=frozenset({"clinician"}), auth_method="password",
                  source_addr="10.0.0.7")


def append(practice: Practice, count: int, action: str = "chart.read") -> None:
    with practice.transaction() as db:
        for n in range(count):
            audit.record(db, actor=CLINICIAN, action=action, object_type="client",
                         object_id=f"c-{n}", client_id=f"c-{n % 3}", details={"n": n})


def test_an_event_holds_who_how_where_what_and_the_outcome(practice: Practice) -> None:
    append(practice, 1)
    with practice.sessions() as db:
        event = db.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None
    assert (event.actor_id, event.actor_role, event.auth_method, event.source_addr) == (
        "u-1", "clinician", "password", "10.0.0.7")
    assert (event.action, event.object_type, event.object_id, event.client_id, event.outcome) == (
        "chart.read", "client", "c-0", "c-0", "success")
    assert event.occurred_at.endswith("Z") and json.loads(event.details) == {"n": 0}


def test_details_refuse_free_text(practice: Practice) -> None:
    with pytest.raises(InvalidInput), practice.transaction() as db:
        audit.record(db, actor=CLINICIAN, action="note.create", object_type="note",
                     details={"body": "Client said " + "x" * 300})


@pytest.mark.parametrize("statement", [
    "UPDATE audit_events SET outcome = 'denied' WHERE seq = 1",
    "DELETE FROM audit_events WHERE seq = 1",
])
def test_the_database_refuses_to_change_or_delete_events(practice: Practice, statement: str):
    append(practice, 3)
    with pytest.raises(DBAPIError):
        raw_sql(practice, statement)
    assert verify(practice).ok


def test_postgres_refuses_truncating_the_log(practice: Practice) -> None:
    if practice.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is a PostgreSQL statement")
    with pytest.raises(DBAPIError):
        raw_sql(practice, "TRUNCATE audit_events")


def test_an_edited_event_is_named_by_verify(practice: Practice) -> None:
    append(practice, 10)
    drop_audit_triggers(practice)
    raw_sql(practice, "UPDATE audit_events SET actor_id = 'someone-else' WHERE seq = 5")
    verdict = verify(practice)
    assert not verdict.ok and verdict.bad_seq == 5


def test_a_deleted_event_is_found(practice: Practice) -> None:
    append(practice, 10)
    drop_audit_triggers(practice)
    raw_sql(practice, "DELETE FROM audit_events WHERE seq = 4")
    verdict = verify(practice)
    assert not verdict.ok and verdict.bad_seq == 4


def test_cutting_off_the_newest_events_is_caught_against_the_checkpoint(practice: Practice):
    append(practice, 10)
    checkpoint(practice)
    drop_audit_triggers(practice)
    raw_sql(practice, "DELETE FROM audit_events WHERE seq > 6")
    verdict = verify(practice)
    assert not verdict.ok and "newest events removed" in verdict.problem


def test_events_after_the_checkpoint_are_still_verified(practice: Practice) -> None:
    append(practice, 4)
    checkpoint(practice)
    append(practice, 4)
    assert verify(practice).ok
    drop_audit_triggers(practice)
    raw_sql(practice, "DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)")
    assert verify(practice).ok  # beyond the newest checkpoint: only the next one can tell
    checkpoint(practice)
    assert verify(practice).ok


def test_a_forged_checkpoint_signature_fails_verification(practice: Practice) -> None:
    append(practice, 3)
    checkpoint(practice)
    path = next(practice.checkpoints.checkpoints_dir.glob("checkpoint-*.json"))
    payload = json.loads(path.read_text())
    payload["size"] = 2
    path.write_text(json.dumps(payload))
    verdict = verify(practice)
    assert not verdict.ok and "invalid signature" in verdict.problem


def test_a_broken_chain_is_never_checkpointed(practice: Practice) -> None:
    append(practice, 3)
    drop_audit_triggers(practice)
    raw_sql(practice, "UPDATE audit_events SET outcome = 'denied' WHERE seq = 2")
    with pytest.raises(Exception, match="BROKEN"):
        checkpoint(practice)


def test_concurrent_appends_keep_one_valid_chain(practice: Practice) -> None:
    workers, per_worker, errors = 6, 15, []

    def work(number: int) -> None:
        try:
            for n in range(per_worker):
                with practice.transaction() as db:
                    audit.record(db, actor=CLINICIAN, action="chart.read", object_type="client",
                                 object_id=f"w{number}-{n}")
        except Exception as err:  # surfaced below; a thread cannot fail the test itself
            errors.append(err)

    with practice.sessions() as db:
        before = db.scalar(select(text("count(*)")).select_from(AuditEvent)) or 0
    threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    verdict = verify(practice)
    assert verdict.ok, verdict.summary()
    assert verdict.count == before + workers * per_worker


def test_events_inside_the_retention_period_cannot_be_purged(practice: Practice) -> None:
    append(practice, 2)
    with pytest.raises(RetentionError), practice.transaction() as db:
        audit.purge(db, actor=operator(), before=datetime.now(UTC) - timedelta(days=365),
                    retention_years=7)
    with pytest.raises(DBAPIError):
        raw_sql(practice, "DELETE FROM audit_events")


def test_events_past_retention_can_be_purged_and_the_chain_still_verifies(practice: Practice):
    append(practice, 5)
    checkpoint(practice)
    old = (datetime.now(UTC) - timedelta(days=8 * 366)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    # Back-date the first three events as if written eight years ago, with valid hashes.
    drop_audit_triggers(practice)
    with practice.sessions() as db:
        rows = list(db.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        prev = rows[0].prev_hash
        for row in rows:
            if row.seq <= 3:
                row.occurred_at = old
            row.prev_hash = prev
            fields = {c: getattr(row, c) for c in audit.HASHED_FIELDS}
            row.entry_hash = audit.entry_hash(fields)
            prev = row.entry_hash
        db.commit()
    for path in practice.checkpoints.checkpoints_dir.glob("checkpoint-*.json"):
        path.unlink()
    with practice.transaction() as db:
        purged = audit.purge(db, actor=operator(), before=datetime.now(UTC) - timedelta(
            days=7 * 366), retention_years=7)
    assert purged == 3
    verdict = verify(practice)
    assert verdict.ok, verdict.summary()
