"""Incidents: scope from the audit log, the four-factor assessment, notices, letters, keeping."""

from __future__ import annotations

import io
from datetime import date, timedelta

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from sealnote.breach import letters
from sealnote.breach import service as breach
from sealnote.demo import demo_actor
from sealnote.errors import InvalidInput, PermissionDenied
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Client

ALL_LOW = {key: {"risk": "low", "reasoning": "Checked and documented in the file."}
           for key in breach.FACTORS}


def new_incident(practice: Practice, **facts: object) -> str:
    officer = demo_actor(practice, "lindqvist")
    with practice.transaction() as db:
        return breach.open_incident(
            db, keys=practice.keys, actor=officer, title="Lost USB stick",
            description="A USB stick with a client list was lost on the bus.", source="loss",
            discovered_on=date.today() - timedelta(days=5),
            phi_types=["name", "Social Security number"], **facts)  # type: ignore[arg-type]


def view(practice: Practice, incident_id: str) -> breach.IncidentView:
    officer = demo_actor(practice, "lindqvist")
    with practice.transaction() as db:
        return breach.get_incident(db, keys=practice.keys, actor=officer,
                                   incident_id=incident_id)


def test_only_the_privacy_officer_and_admins_handle_incidents(demo: Practice) -> None:
    for who in ("reyes", "okafor", "desk"):
        someone = demo_actor(demo, who)
        with pytest.raises(PermissionDenied), demo.transaction() as db:
            breach.list_incidents(db, keys=demo.keys, actor=someone)
    admin = demo_actor(demo, "admin")
    with demo.transaction() as db:
        assert len(breach.list_incidents(db, keys=demo.keys, actor=admin)) == 2


def test_the_demo_has_one_closed_and_one_open_incident(demo: Practice) -> None:
    officer = demo_actor(demo, "lindqvist")
    with demo.transaction() as db:
        listed = breach.list_incidents(db, keys=demo.keys, actor=officer)
    assert [i.status for i in listed] == ["open", "closed"]
    assert listed[0].deadlines.notifiable and not listed[1].deadlines.notifiable


def test_scope_from_the_audit_log_counts_a_users_clients_by_state(demo: Practice) -> None:
    reyes, officer = demo_actor(demo, "reyes"), demo_actor(demo, "lindqvist")
    with demo.transaction() as db:  # Reyes opens two charts today
        ids = [c for c, _ in records.list_clients(db, keys=demo.keys, actor=reyes)][:2]
        for client_id in ids:
            records.get_chart(db, keys=demo.keys, actor=reyes, client_id=client_id)
        other = db.scalars(select(Client).where(Client.id.not_in(ids))).first()
        assert other is not None
        records.update_chart(db, keys=demo.keys, actor=reyes, client_id=ids[1],
                             changes={"address": {"street": "1 Elm St", "city": "Portland",
                                                  "state": "OR", "zip": "97201"}})
    with demo.transaction() as db:
        scope = breach.scope_from_audit(db, keys=demo.keys, actor=officer,
                                        start=date.today(), end=date.today(),
                                        user_id=reyes.user_id)
    assert set(ids) <= set(scope.client_ids)
    assert scope.by_state["OR"] == 1 and sum(scope.by_state.values()) == len(scope.client_ids)
    with demo.transaction() as db:
        exports = breach.scope_from_audit(db, keys=demo.keys, actor=officer,
                                          start=date.today(), end=date.today(),
                                          user_id=reyes.user_id, exports_only=True)
    assert exports.client_ids == [], "Reyes exported nothing"


def test_low_probability_needs_every_factor_low_and_written_reasoning(demo: Practice) -> None:
    incident_id = new_incident(demo)
    officer = demo_actor(demo, "lindqvist")
    with pytest.raises(InvalidInput, match="reasoning"), demo.transaction() as db:
        breach.assess(db, keys=demo.keys, actor=officer, incident_id=incident_id,
                      factors={**ALL_LOW, "acquired": {"risk": "low", "reasoning": ""}})
    with demo.transaction() as db:
        mixed = {**ALL_LOW, "recipient": {"risk": "medium", "reasoning": "Unknown finder."}}
        assert breach.assess(db, keys=demo.keys, actor=officer, incident_id=incident_id,
                             factors=mixed) == "notifiable"
    with demo.transaction() as db:
        assert breach.assess(db, keys=demo.keys, actor=officer, incident_id=incident_id,
                             factors=ALL_LOW) == "low_probability"
    seen = view(demo, incident_id)
    assert not seen.deadlines.notifiable
    assert seen.assessment["acquired"]["reasoning"] == "Checked and documented in the file."


def test_encryption_counts_only_while_the_key_is_safe(demo: Practice) -> None:
    incident_id = new_incident(demo, secured=True)
    assert not view(demo, incident_id).deadlines.notifiable
    officer = demo_actor(demo, "lindqvist")
    with demo.transaction() as db:
        breach.update_facts(db, actor=officer, incident_id=incident_id,
                            secured=True, key_compromised=True, exclusion=None,
                            phi_types=["name"], out_of_date_contacts=0)
    assert view(demo, incident_id).deadlines.notifiable


def test_an_oral_delay_must_name_the_official(demo: Practice) -> None:
    incident_id = new_incident(demo)
    officer = demo_actor(demo, "lindqvist")
    with pytest.raises(InvalidInput, match="official"), demo.transaction() as db:
        breach.update_facts(db, actor=officer, incident_id=incident_id,
                            secured=False, key_compromised=False, exclusion=None,
                            phi_types=[], out_of_date_contacts=0, delay_kind="oral",
                            delay_stated_on=date.today())


def test_an_incident_closes_only_when_every_notice_owed_is_recorded(demo: Practice) -> None:
    incident_id = new_incident(demo)
    officer = demo_actor(demo, "lindqvist")
    with demo.transaction() as db:
        breach.set_affected(db, actor=officer, incident_id=incident_id, by_state={"MA": 12})
        breach.assess(db, keys=demo.keys, actor=officer, incident_id=incident_id,
                      factors={**ALL_LOW, "nature": {"risk": "high",
                                                     "reasoning": "Full SSNs on the stick."}})
    with pytest.raises(InvalidInput, match="individuals, hhs"), demo.transaction() as db:
        breach.close_incident(db, keys=demo.keys, actor=officer, incident_id=incident_id)
    with demo.transaction() as db:
        breach.record_notice(db, actor=officer, incident_id=incident_id, kind="individuals",
                             sent_on=date.today())
        breach.record_notice(db, actor=officer, incident_id=incident_id, kind="hhs",
                             sent_on=date.today())
        breach.close_incident(db, keys=demo.keys, actor=officer, incident_id=incident_id)
    assert view(demo, incident_id).status == "closed"


def test_reminders_escalate_as_the_deadline_nears(demo: Practice) -> None:
    with demo.transaction() as db:
        running = breach.reminders(db, keys=demo.keys)  # the demo's laptop theft
        soon = breach.reminders(db, keys=demo.keys, today=date.today() + timedelta(days=36))
        late = breach.reminders(db, keys=demo.keys, today=date.today() + timedelta(days=60))
    individual = [r for r in running if r["notice"] == "individuals"]
    assert individual and individual[0]["level"] == "low"
    assert [r["level"] for r in soon if r["notice"] == "individuals"] == ["high"]
    assert [r["level"] for r in late if r["notice"] == "individuals"] == ["critical"]


def test_incident_records_cannot_be_deleted(demo: Practice) -> None:
    incident_id = new_incident(demo)
    with pytest.raises(Exception, match="six years"), demo.transaction() as db:
        db.execute(text("DELETE FROM incidents WHERE id = :id"), {"id": incident_id})


def test_the_individual_letter_has_every_required_element(demo: Practice) -> None:
    incident_id = new_incident(demo, occurred_on=date.today() - timedelta(days=9))
    seen = view(demo, incident_id)
    with demo.transaction() as db:
        contact = breach.practice_contact(db)
    words = letters.individual_letter(seen, contact).text()
    occurred, found = seen.occurred_on, seen.discovered_on
    assert occurred and f"On {occurred.strftime('%B %-d, %Y')}" in words      # (A) when
    assert f"We discovered it on {found.strftime('%B %-d, %Y')}" in words      # (A) discovery
    assert "lost on the bus" in words                                          # (A) what
    assert "- Social Security number" in words                                 # (B) kinds
    assert "credit freeze" in words                                            # (C) steps
    assert "What we are doing" in words and "investigating" in words           # (D)
    assert "toll-free at 1-800-555-0142" in words                              # (E) contact
    assert "privacy@riverbend.example" in words and "12 Mill Street" in words


def test_letters_export_as_pdf_and_docx_with_the_same_words(demo: Practice) -> None:
    seen = view(demo, new_incident(demo))
    with demo.transaction() as db:
        letter = letters.individual_letter(seen, breach.practice_contact(db))
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.pdf())).pages)
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(letter.docx())).paragraphs)
    for phrase in ("What happened", "lost on the bus", "1-800-555-0142"):
        assert phrase in pdf.replace("\n", " ") and phrase in word


def test_substitute_media_and_hhs_documents_follow_the_rule(demo: Practice) -> None:
    incident_id = new_incident(demo)
    officer = demo_actor(demo, "lindqvist")
    with demo.transaction() as db:
        breach.set_affected(db, actor=officer, incident_id=incident_id,
                            by_state={"MA": 640, "RI": 30})
        breach.update_facts(db, actor=officer, incident_id=incident_id, secured=False,
                            key_compromised=False, exclusion=None, phi_types=["name"],
                            out_of_date_contacts=14)
        contact = breach.practice_contact(db)
    seen = view(demo, incident_id)
    assert "home page for 90 days" in letters.substitute_notice(seen, contact).text()
    assert "prominent media outlets serving: MA." in letters.media_notice(seen, contact).text()
    hhs = letters.hhs_summary(seen, contact).text()
    assert "with the individual notices (500 or more affected)" in hhs and "670" in hhs


def test_contact_details_are_required_for_notices(demo: Practice) -> None:
    officer = demo_actor(demo, "lindqvist")
    with pytest.raises(InvalidInput, match="toll-free"), demo.transaction() as db:
        breach.set_practice_contact(db, actor=officer)
