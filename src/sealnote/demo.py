"""A realistic, entirely fictional demo practice, for trying Sealnote and for tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.actor import Actor, operator
from sealnote.breach import service as breach
from sealnote.compliance import assessments
from sealnote.compliance import service as compliance
from sealnote.crypto import KeyRing
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.schemas import Address, Chart, Person


@dataclass(frozen=True)
class DemoUser:
    key: str
    email: str
    name: str
    roles: frozenset[str]
    password: str


DEMO_BAA = Path(__file__).parent / "data" / "demo_baa.txt"
DEMO_USERS = (
    DemoUser("reyes", "ana.reyes@demo.sealnote.test", "Dr. Ana Reyes, PsyD",
             frozenset({"clinician", "supervisor"}), "demo-reyes-clinician"),
    DemoUser("okafor", "sam.okafor@demo.sealnote.test", "Sam Okafor, LCSW",
             frozenset({"clinician"}), "demo-okafor-clinician"),
    DemoUser("lindqvist", "maja.lindqvist@demo.sealnote.test", "Maja Lindqvist",
             frozenset({"privacy_officer"}), "demo-lindqvist-privacy"),
    DemoUser("admin", "office@demo.sealnote.test", "Jordan Pike (office manager)",
             frozenset({"admin"}), "demo-pike-admin-office"),
    DemoUser("desk", "frontdesk@demo.sealnote.test", "Riley Chen (front desk)",
             frozenset({"front_desk"}), "demo-chen-front-desk"),
)

CLIENTS = (
    ("reyes", Chart(
        legal_name="Margaret Ellen Whitcombe", preferred_name="Peggy", nicknames=["Peg"],
        date_of_birth=date(1979, 3, 14),
        address=Address(street="418 Larkspur Lane", unit="Apt 3B", city="Fairhaven",
                        county="Bristol", state="MA", zip="02719"),
        phone="508-555-0142", email="peggy.whitcombe@example.org",
        insurance_member_id="BCX492018376", mrn="RB-000184",
        emergency_contact=Person(name="Thomas Whitcombe", relationship="husband",
                                 phone="508-555-0199"),
        relatives=[Person(name="Thomas Whitcombe", relationship="husband", household=True),
                   Person(name="Lily Whitcombe", relationship="daughter", household=True)],
        employer="Fairhaven Public Library", school=None)),
    ("reyes", Chart(
        legal_name="Dashiell Okonkwo-Barrett", preferred_name="Dash",
        date_of_birth=date(2004, 11, 2),
        address=Address(street="77 Quarry Road", city="Dartmouth", state="MA", zip="02747"),
        phone="774-555-0117", email="dash.ob@example.net", insurance_member_id="HPN55100823",
        mrn="RB-000191",
        emergency_contact=Person(name="Grace Okonkwo", relationship="mother",
                                 phone="774-555-0130"),
        relatives=[Person(name="Grace Okonkwo", relationship="mother"),
                   Person(name="Felix Barrett", relationship="father")],
        school="Southcoast Community College")),
    ("reyes", Chart(
        legal_name="Hope Anneliese Marchetti", nicknames=["Annie"],
        date_of_birth=date(1958, 7, 21),
        address=Address(street="12 Wharf Street", city="New Bedford", state="MA", zip="02740"),
        phone="508-555-0163", insurance_member_id="MCR1EG4TE5MK72", mrn="RB-000203",
        emergency_contact=Person(name="Will Marchetti", relationship="son",
                                 phone="508-555-0174"),
        relatives=[Person(name="Will Marchetti", relationship="son")],
        employer="retired (harbour pilot)")),
    ("okafor", Chart(
        legal_name="Tobias Fenwick", preferred_name="Toby",
        date_of_birth=date(1991, 1, 30),
        address=Address(street="9 Orchard Close", city="Westport", state="MA", zip="02790"),
        phone="508-555-0188", email="tfenwick@example.com", insurance_member_id="AET330918442",
        mrn="RB-000215",
        emergency_contact=Person(name="Priya Fenwick", relationship="wife", phone="508-555-0189"),
        relatives=[Person(name="Priya Fenwick", relationship="wife", household=True)],
        employer="Cedar Point Boatworks")),
    ("okafor", Chart(
        legal_name="Summer Nakagawa-Reid", date_of_birth=date(1986, 5, 9),
        address=Address(street="230 Hathaway Road", unit="Unit 2", city="Acushnet", state="MA",
                        zip="02743"),
        phone="508-555-0121", email="summer.nr@example.org", insurance_member_id="UHC77210934",
        mrn="RB-000222",
        emergency_contact=Person(name="Keiko Nakagawa", relationship="sister",
                                 phone="617-555-0148"),
        relatives=[Person(name="Keiko Nakagawa", relationship="sister"),
                   Person(name="Marcus Reid", relationship="ex-partner")],
        employer="St. Anne's Hospital (night nurse)")),
)

# (client index, format, signed?, body)
NOTES = (
    (0, "SOAP", True,
     "S: Peggy reports sleeping 5-6 hours and fewer early-morning awakenings since last week. "
     "She says work at the library has felt 'manageable'. PHQ-9 today 11 (was 15).\n"
     "O: Alert, good eye contact, affect brighter, speech normal rate.\n"
     "A: Major depressive disorder, recurrent, moderate (F33.1), improving with behavioural "
     "activation.\nP: Continue weekly CBT; add two pleasant-activity blocks; review thought "
     "record next session."),
    (0, "SOAP", True,
     "S: Peggy describes an argument with Thomas about finances; she used the thought record "
     "and rated belief in 'I ruin everything' 80% -> 45%.\nO: Tearful at first, settled.\n"
     "A: Skills uptake good; relational stress a maintaining factor.\nP: Continue CBT; "
     "consider one couples session with consent."),
    (0, "DAP", False,
     "D: Reviewed activity schedule; three of four planned activities completed.\n"
     "A: Momentum building; residual guilt about daughter's school change.\n"
     "P: Cognitive restructuring around guilt; PHQ-9 next session."),
    (1, "BIRP", True,
     "B: Dash arrived on time, reported two panic attacks on campus this week.\n"
     "I: Interoceptive exposure (spinning, straw breathing); psychoeducation on panic cycle.\n"
     "R: SUDS peaked 70, fell to 30 within 10 minutes; Dash said 'it's just my body'.\n"
     "P: Daily exposure practice; GAD-7 and panic diary next week."),
    (2, "GIRP", True,
     "G: Reduce isolation after retirement.\nI: Values clarification (ACT); committed action "
     "planning.\nR: Identified harbour volunteering as valued; agreed to call the maritime "
     "museum.\nP: Review committed action; monitor grief around late husband's anniversary."),
    (3, "SOAP", True,
     "S: Toby reports 14 days alcohol-free, attending SMART Recovery twice weekly. Cravings "
     "3/10.\nO: Calm, organised, no signs of intoxication.\nA: Alcohol use disorder, moderate, "
     "in early remission (F10.21).\nP: Continue MI and relapse-prevention plan; urge surfing "
     "practice."),
    (3, "DAP", False,
     "D: Discussed high-risk situation at a work party; used urge surfing successfully.\n"
     "A: Self-efficacy increasing.\nP: Plan for upcoming family wedding."),
    (4, "BIRP", True,
     "B: Summer reports nightmares 3x/week after a difficult shift; sleep 4 hours.\n"
     "I: EMDR phase 2 resource installation (calm place); grounding with 5-4-3-2-1.\n"
     "R: SUDS 6 -> 2 by session end; calm place cue 'lighthouse'.\n"
     "P: Begin target sequencing next session if stable; sleep hygiene handout."),
    (4, "SOAP", False,
     "S: Summer reports fewer nightmares (1x this week).\nO: Relaxed posture.\n"
     "A: Stabilisation adequate for processing.\nP: EMDR phase 3-4 on first target."),
)

ADDENDUM = (0, "Late entry",
            "Client also reported a passive death wish last month, now resolved; C-SSRS screen "
            "negative today. Safety plan reviewed and on file.")

PSYCHOTHERAPY_NOTE = (0, "Process note: my own sense of urgency in session mirrored Peggy's "
                         "perfectionism; explore in supervision.")


def demo_credentials() -> list[dict[str, str]]:
    """E-mail, password and roles of every demo account."""
    return [{"email": u.email, "password": u.password, "role": ",".join(sorted(u.roles)),
             "name": u.name} for u in DEMO_USERS]


def seed(practice: Practice) -> bool:
    """Fill the practice with demo users, clients, sessions, notes and consents, once."""
    op = operator()
    with practice.transaction() as db:
        if db.scalar(select(User).where(User.is_demo.is_(True))) is not None:
            return False
        users = {u.key: access.create_user(db, actor=op, email=u.email, display_name=u.name,
                                           roles=u.roles, password=u.password, is_demo=True)
                 for u in DEMO_USERS}
        users["okafor"].supervisor_id = users["reyes"].id
        actors = {key: access.actor_for(user, auth_method="password")
                  for key, user in users.items()}
        passwords = {u.key: u.password for u in DEMO_USERS}
        today = datetime.now(UTC).replace(hour=15, minute=0, second=0, microsecond=0)
        client_ids = []
        for number, (owner, chart) in enumerate(CLIENTS):
            client_id = records.create_client(db, keys=practice.keys, actor=actors["desk"],
                                              chart=chart,
                                              primary_clinician_id=users[owner].id)
            client_ids.append((owner, client_id))
            consent_day = date.today() - timedelta(days=120 - number)
            records.record_consent(db, keys=practice.keys, actor=actors["desk"],
                                   client_id=client_id, kind="ai_documentation",
                                   version="2026-01", granted_on=consent_day)
            records.record_consent(db, keys=practice.keys, actor=actors["desk"],
                                   client_id=client_id, kind="recording", version="2026-01",
                                   granted_on=consent_day)
        # Toby's substance-use treatment is Part 2 material; Summer withdrew AI consent.
        records.record_consent(db, keys=practice.keys, actor=actors["okafor"],
                               client_id=client_ids[3][1], kind="part2", version="2026-01",
                               granted_on=date.today() - timedelta(days=90),
                               expires_on=date.today() + timedelta(days=275),
                               scope="Treatment records for alcohol use disorder, to Sealnote's "
                                     "documentation assistant and the treating team only.")
        summer_ai = records.consent_in_force(db, client_id=client_ids[4][1],
                                             kind="ai_documentation")
        assert summer_ai is not None
        records.revoke_consent(db, actor=actors["okafor"], consent_id=summer_ai.id,
                               revoked_on=date.today() - timedelta(days=7))
        sessions = []
        for index, (owner, client_id) in enumerate(client_ids):
            for weeks_ago in (2, 1, 0):
                sessions.append(records.schedule_session(
                    db, actor=actors["desk"], client_id=client_id,
                    clinician_id=users[owner].id,
                    starts_at=today - timedelta(weeks=weeks_ago, hours=index),
                    status="completed" if weeks_ago else "scheduled"))
        note_ids = []
        for client_index, note_format, signed, body in NOTES:
            owner, client_id = client_ids[client_index]
            note_id = records.create_draft(db, keys=practice.keys, actor=actors[owner],
                                           client_id=client_id, note_format=note_format,
                                           body=body)
            if signed:
                records.sign_note(db, keys=practice.keys, actor=actors[owner], note_id=note_id,
                                  password=passwords[owner])
            note_ids.append(note_id)
        note_index, reason, text = ADDENDUM
        owner = client_ids[NOTES[note_index][0]][0]
        records.add_addendum(db, keys=practice.keys, actor=actors[owner],
                             note_id=note_ids[note_index], reason=reason, body=text,
                             password=passwords[owner])
        client_index, text = PSYCHOTHERAPY_NOTE
        owner, client_id = client_ids[client_index]
        records.write_psychotherapy_note(db, keys=practice.keys, actor=actors[owner],
                                         client_id=client_id, body=text)
        _seed_incidents(db, practice, actors["lindqvist"], [c for _, c in client_ids])
        _seed_register(db, practice.keys, actors["admin"], users)
        return True


def _seed_register(db: Session, keys: KeyRing, admin: Actor, users: dict[str, User]) -> None:
    """A realistic register: one vendor without a BAA, one BAA about to expire, one training
    overdue, one prohibited consumer tool."""
    today = date.today()
    for name, kind, service, phi, region, upstream, baa_days, soc2_days in (
        ("Clearwater EHR", "ehr", "Charts, scheduling and billing",
         ["name", "address", "diagnosis", "session notes", "insurance member ID"], "US (Ohio)",
         [{"name": "Amazon Web Services", "role": "cloud", "baa": True}], 700, 120),
        ("Mailhaven Workspace", "email", "Practice e-mail and calendar",
         ["name", "appointment dates"], "US", [], 20, 200),
        ("Brightline Video", "telehealth", "Video sessions", ["name", "session audio and video"],
         "US", [{"name": "Google Cloud", "role": "cloud", "baa": True}], 400, 90),
        ("Vaultkeep Backup", "backup", "Nightly encrypted copies of the data directory",
         ["everything in Sealnote (encrypted)"], "US (Oregon)", [], 900, 430),
        ("SiteForge website", "website", "Practice website with a contact form",
         ["name", "phone or e-mail", "reason for contact"], "US", [], None, None),
    ):
        vendor = compliance.register_vendor(
            db, actor=admin, name=name, kind=kind, service=service, phi=phi, region=region,
            upstream=upstream, soc2_report_on=today - timedelta(days=soc2_days)
            if soc2_days else None)
        if baa_days is not None:  # the EHR's agreement is on file, with its clause check
            document = DEMO_BAA.read_bytes() if kind == "ehr" else None
            compliance.record_baa(db, actor=admin, vendor_id=vendor.id,
                                  signed_on=today - timedelta(days=365),
                                  expires_on=today + timedelta(days=baa_days),
                                  forbids_training=True, retention_days=0, keys=keys,
                                  document=document,
                                  document_name="clearwater-baa.txt" if document else None)
    compliance.register_vendor(db, actor=admin, name="ChatGPT (free consumer version)",
                               kind="consumer_ai", service="Consumer chatbot", prohibited=True)
    for key, user in users.items():
        completed = today - timedelta(days=400 if key == "okafor" else 60)
        compliance.record_training(db, actor=admin, user_id=user.id, completed_on=completed)
    ehr = next(v for v in compliance.register(db) if v["kind"] == "ehr")
    good = {q.key: {"answer": q.answers[0][0], "evidence": "Clearwater BAA and security page",
                    "on": today.isoformat()} for q in assessments.QUESTIONS}
    assessments.assess_vendor(db, actor=admin, vendor_id=ehr["id"], answers=good)
    assessments.record_access_review(db, actor=admin, on=today - timedelta(days=30),
                                     findings="Roles and supervision checked; no changes.")


def _seed_incidents(db: Session, practice: Practice, officer: Actor,
                    client_ids: list[str]) -> None:
    """One settled incident and one still running, so the breach pages have something real."""
    today = date.today()
    breach.set_practice_contact(db, actor=officer, toll_free="1-800-555-0142",
                                email="privacy@riverbend.example",
                                postal="Riverbend Counseling, 12 Mill Street, Worcester, MA")
    settled = breach.open_incident(
        db, keys=practice.keys, actor=officer, title="Fax sent to the wrong clinic",
        description="A referral fax for one client went to a neighbouring clinic's number. The "
                    "clinic called the same day and confirmed in writing that it shredded it.",
        source="misdirected", occurred_on=today - timedelta(days=240),
        discovered_on=today - timedelta(days=240), phi_types=["name", "appointment dates"])
    breach.set_affected(db, actor=officer, incident_id=settled, by_state={"MA": 1},
                        client_ids=client_ids[:1])
    breach.assess(db, keys=practice.keys, actor=officer, incident_id=settled, factors={
        "nature": {"risk": "low", "reasoning": "Name and one appointment date; no diagnosis."},
        "recipient": {"risk": "low", "reasoning": "Another covered entity, bound by HIPAA."},
        "acquired": {"risk": "low", "reasoning": "Recipient called at once; not read further."},
        "mitigated": {"risk": "low", "reasoning": "Written attestation that it was shredded."}})
    breach.close_incident(db, keys=practice.keys, actor=officer, incident_id=settled)
    running = breach.open_incident(
        db, keys=practice.keys, actor=officer, title="Laptop stolen from a car",
        description="A clinician's personal laptop, not encrypted, was stolen from a parked car. "
                    "It held exported session notes for three clients.",
        source="theft", occurred_on=today - timedelta(days=13),
        discovered_on=today - timedelta(days=12),
        phi_types=["name", "date of birth", "diagnosis", "session notes"])
    breach.set_affected(db, actor=officer, incident_id=running, by_state={"MA": 3},
                        client_ids=client_ids[:3])
    breach.assess(db, keys=practice.keys, actor=officer, incident_id=running, factors={
        "nature": {"risk": "high", "reasoning": "Diagnoses and session content with names."},
        "recipient": {"risk": "high", "reasoning": "Unknown thief; intent unknown."},
        "acquired": {"risk": "medium", "reasoning": "Not known whether the files were opened."},
        "mitigated": {"risk": "medium", "reasoning": "Police report filed; device not found."}})


def demo_actor(practice: Practice, key: str) -> Actor:
    """The Actor of one demo user, for scripts and tests."""
    email = next(u.email for u in DEMO_USERS if u.key == key)
    with practice.sessions() as db:
        user = db.scalar(select(User).where(User.email == email))
        assert user is not None, "seed the demo practice first"
        return access.actor_for(user, auth_method="password")
