"""The record: drafts, the signing gate, locked notes, addenda, psychotherapy notes, consents."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from sealnote.audit import service as audit
from sealnote.audit.models import AuditEvent
from sealnote.demo import DEMO_USERS, demo_actor
from sealnote.errors import (
    AuthenticationFailed,
    InvalidInput,
    PermissionDenied,
    RecordLocked,
)
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Client, Note
from tests.helpers import raw_sql, verify

PASSWORDS = {u.key: u.password for u in DEMO_USERS}


def reyes_client(practice: Practice) -> str:
    owner = demo_actor(practice, "reyes")
    with practice.sessions() as db:
        return next(c.id for c in db.scalars(select(Client).order_by(Client.created_at))
                    if c.primary_clinician_id == owner.user_id)


def new_draft(practice: Practice, body: str = "S: slept better. P: continue CBT.") -> str:
    actor, client_id = demo_actor(practice, "reyes"), reyes_client(practice)
    with practice.transaction() as db:
        return records.create_draft(db, keys=practice.keys, actor=actor, client_id=client_id,
                                    note_format="SOAP", body=body)


def sign(practice: Practice, note_id: str, password: str | None = None) -> str:
    actor = demo_actor(practice, "reyes")
    with practice.transaction() as db:
        return records.sign_note(db, keys=practice.keys, actor=actor, note_id=note_id,
                                 password=password or PASSWORDS["reyes"])


def note_row(practice: Practice, note_id: str) -> Note:
    with practice.sessions() as db:
        note = db.get(Note, note_id)
        assert note is not None
        return note


def actions(practice: Practice) -> list[str]:
    with practice.sessions() as db:
        return list(db.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_a_draft_is_signed_only_with_the_authors_password(demo: Practice) -> None:
    note_id = new_draft(demo)
    with pytest.raises(AuthenticationFailed):
        sign(demo, note_id, password="not my password at all")
    assert note_row(demo, note_id).status == "draft"
    assert actions(demo)[-1] == "reauth.failed"
    content_hash = sign(demo, note_id)
    signed = note_row(demo, note_id)
    assert (signed.status, signed.content_hash, signed.sign_method) == (
        "signed", content_hash, "password")
    assert signed.signed_by == demo_actor(demo, "reyes").user_id and signed.signed_at
    assert actions(demo)[-1] == "note.sign"


def test_only_the_author_may_sign(demo: Practice) -> None:
    note_id = new_draft(demo)
    supervisor_of_nobody = demo_actor(demo, "okafor")
    with pytest.raises(PermissionDenied), demo.transaction() as db:
        records.sign_note(db, keys=demo.keys, actor=supervisor_of_nobody, note_id=note_id,
                          password=PASSWORDS["okafor"])
    assert note_row(demo, note_id).status == "draft"


def test_a_signed_note_cannot_change_through_the_service_or_the_database(demo: Practice):
    note_id = new_draft(demo)
    sign(demo, note_id)
    actor = demo_actor(demo, "reyes")
    with pytest.raises(RecordLocked), demo.transaction() as db:
        records.update_draft(db, keys=demo.keys, actor=actor, note_id=note_id, body="changed")
    with pytest.raises(RecordLocked), demo.transaction() as db:
        records.sign_note(db, keys=demo.keys, actor=actor, note_id=note_id,
                          password=PASSWORDS["reyes"])
    with pytest.raises(DBAPIError):
        raw_sql(demo, f"UPDATE notes SET format = 'DAP' WHERE id = '{note_id}'")
    with pytest.raises(DBAPIError):
        raw_sql(demo, f"DELETE FROM notes WHERE id = '{note_id}'")
    with demo.transaction() as db:
        view = records.read_note(db, keys=demo.keys, actor=actor, note_id=note_id)
    assert view.intact and view.body.startswith("S: slept better")


def test_drafts_can_be_edited_and_keep_their_revision(demo: Practice) -> None:
    note_id = new_draft(demo)
    actor = demo_actor(demo, "reyes")
    with demo.transaction() as db:
        revision = records.update_draft(db, keys=demo.keys, actor=actor, note_id=note_id,
                                        body="S: slept 7 hours. P: continue.")
    assert revision == 2


def test_a_failure_half_way_through_signing_leaves_a_draft_and_a_valid_chain(
        demo: Practice, monkeypatch: pytest.MonkeyPatch) -> None:
    note_id = new_draft(demo)
    events_before = len(actions(demo))
    real_record = audit.record

    def crash_on_sign(db, **kwargs):
        if kwargs["action"] == "note.sign":
            raise OSError("disk full")  # after the note row was flushed as signed
        return real_record(db, **kwargs)

    monkeypatch.setattr(audit, "record", crash_on_sign)
    with pytest.raises(OSError):
        sign(demo, note_id)
    monkeypatch.undo()
    note = note_row(demo, note_id)
    assert (note.status, note.content_hash, note.signed_at) == ("draft", None, None)
    assert len(actions(demo)) == events_before
    assert verify(demo).ok
    sign(demo, note_id)  # and it can still be signed afterwards
    assert note_row(demo, note_id).status == "signed"


def test_addenda_are_signed_reasoned_and_immutable(demo: Practice) -> None:
    note_id = new_draft(demo)
    actor = demo_actor(demo, "reyes")
    with pytest.raises(InvalidInput), demo.transaction() as db:  # drafts are edited, not amended
        records.add_addendum(db, keys=demo.keys, actor=actor, note_id=note_id, reason="late",
                             body="More.", password=PASSWORDS["reyes"])
    sign(demo, note_id)
    with pytest.raises(AuthenticationFailed), demo.transaction() as db:
        records.add_addendum(db, keys=demo.keys, actor=actor, note_id=note_id, reason="late",
                             body="More.", password="wrong password here")
    with demo.transaction() as db:
        addendum_id = records.add_addendum(db, keys=demo.keys, actor=actor, note_id=note_id,
                                           reason="Late entry", body="C-SSRS negative.",
                                           password=PASSWORDS["reyes"])
    with demo.transaction() as db:
        view = records.read_note(db, keys=demo.keys, actor=actor, note_id=note_id)
    [addendum] = view.addenda
    assert (addendum.id, addendum.reason, addendum.body, addendum.intact) == (
        addendum_id, "Late entry", "C-SSRS negative.", True)
    with pytest.raises(DBAPIError):
        raw_sql(demo, f"UPDATE addenda SET signed_at = 'x' WHERE id = '{addendum_id}'")
    with pytest.raises(DBAPIError):
        raw_sql(demo, f"DELETE FROM addenda WHERE id = '{addendum_id}'")


def test_psychotherapy_notes_are_for_their_author_only(demo: Practice) -> None:
    author, client_id = demo_actor(demo, "reyes"), reyes_client(demo)
    with demo.transaction() as db:
        note_id = records.write_psychotherapy_note(db, keys=demo.keys, actor=author,
                                                   client_id=client_id, body="My reaction...")
    with demo.transaction() as db:
        found = records.read_psychotherapy_note(db, keys=demo.keys, actor=author,
                                                note_id=note_id)
    assert (found["body"], found["client_id"]) == ("My reaction...", client_id)
    for other in ("okafor", "lindqvist", "admin"):
        someone = demo_actor(demo, other)
        with pytest.raises(PermissionDenied), demo.transaction() as db:
            records.read_psychotherapy_note(db, keys=demo.keys, actor=someone, note_id=note_id)
    assert actions(demo)[-1] == "access.denied"


def test_consents_count_from_grant_until_revocation_or_expiry(demo: Practice) -> None:
    actor, client_id = demo_actor(demo, "reyes"), reyes_client(demo)
    today = date.today()
    with pytest.raises(InvalidInput, match="Part 2"), demo.transaction() as db:
        records.record_consent(db, keys=demo.keys, actor=actor, client_id=client_id,
                               kind="part2", version="1", granted_on=today)
    with demo.transaction() as db:
        consent_id = records.record_consent(
            db, keys=demo.keys, actor=actor, client_id=client_id, kind="part2", version="1",
            granted_on=today, expires_on=today + timedelta(days=30),
            scope="SUD treatment records to the care team")
    with demo.sessions() as db:
        assert records.consent_in_force(db, client_id=client_id, kind="part2") is not None
        assert records.consent_in_force(db, client_id=client_id, kind="part2",
                                        on=today + timedelta(days=31)) is None
    with demo.transaction() as db:
        records.revoke_consent(db, actor=actor, consent_id=consent_id, revoked_on=today)
    with demo.sessions() as db:
        assert records.consent_in_force(db, client_id=client_id, kind="part2") is None


def test_the_demo_has_the_records_the_issue_promises(demo: Practice) -> None:
    with demo.sessions() as db:
        notes = list(db.scalars(select(Note)))
        clients = list(db.scalars(select(Client)))
    assert len(clients) >= 5 and len(notes) >= 8
    assert {n.format for n in notes} >= {"SOAP", "DAP", "BIRP", "GIRP"}
    assert {"signed", "draft"} == {n.status for n in notes}
    assert "note.addendum" in actions(demo)
    summer = clients[4].id
    with demo.sessions() as db:
        assert records.consent_in_force(db, client_id=summer, kind="ai_documentation") is None
        assert records.consent_in_force(db, client_id=clients[0].id,
                                        kind="ai_documentation") is not None


def test_a_client_is_opened_only_under_an_active_clinician(demo: Practice) -> None:
    desk, officer = demo_actor(demo, "desk"), demo_actor(demo, "lindqvist")
    with pytest.raises(InvalidInput, match="active clinician"), demo.transaction() as db:
        records.create_client(db, keys=demo.keys, actor=desk,
                              chart=records.chart_from({"legal_name": "Nora Vance"}),
                              primary_clinician_id=officer.user_id)
    with pytest.raises(InvalidInput, match="date of birth"):
        records.chart_from({"legal_name": "Nora Vance", "date_of_birth": "soon"})
