"""The rules of an incident: record it, scope it from the audit log, assess it on the four
factors, follow its deadlines, record the notices sent and close it. Every step is audited."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.audit.models import AuditEvent
from sealnote.breach import rules
from sealnote.breach.models import Incident
from sealnote.compliance.models import ModelEndpoint, Vendor
from sealnote.crypto import KeyRing
from sealnote.errors import InvalidInput, NotFound
from sealnote.records.models import Client
from sealnote.records.models import Practice as PracticeRow
from sealnote.records.service import open_chart

SOURCES = {"workforce": "A member of the workforce", "vendor": "A vendor (business associate)",
           "theft": "Theft of a device or paper records", "loss": "Loss of a device or records",
           "hacking": "Hacking or an IT incident", "misdirected": "Sent to the wrong person",
           "improper_disposal": "Improper disposal", "other": "Something else"}
PHI_TYPES = ("name", "address", "date of birth", "phone or e-mail", "Social Security number",
             "insurance member ID", "diagnosis", "session notes", "substance-use (Part 2) "
             "records", "payment details", "appointment dates")
FACTORS = {
    "nature": "The nature and extent of the PHI: the kinds of identifiers and how likely a "
              "person could be re-identified",
    "recipient": "The unauthorised person who used the PHI or to whom it was disclosed",
    "acquired": "Whether the PHI was actually acquired or viewed",
    "mitigated": "The extent to which the risk has been mitigated",
}
RISKS = ("low", "medium", "high")
NOTICES = {"individuals": "Individual notices mailed", "hhs": "HHS notified (breach portal)",
           "media": "Media notified", "substitute": "Substitute notice posted"}
CONTACT_FIELDS = ("toll_free", "email", "website", "postal")
# What counts as the scope of an audit-log search: reading or exporting a client's record.
EXPORT_ACTIONS = ("client.export", "note.export", "practice.export")


@dataclass(frozen=True)
class IncidentView:
    """An incident, decrypted, with what the rules make of it today."""

    id: str
    title: str
    description: str
    source: str
    occurred_on: date | None
    discovered_on: date
    phi_types: list[str]
    secured: bool
    key_compromised: bool
    exclusion: str | None
    delay: rules.LawEnforcementDelay | None
    delay_official: str | None
    business_associate: str | None
    ba_discovered_on: date | None
    affected: dict[str, int]
    affected_clients: list[str]
    out_of_date_contacts: int
    assessment: dict[str, dict[str, str]]
    conclusion: str | None
    notices: dict[str, str]
    status: str
    deadlines: rules.Deadlines

    @property
    def total(self) -> int:
        return sum(self.affected.values())


@dataclass(frozen=True)
class Scope:
    """Who an incident touched, as the audit log shows it."""

    client_ids: list[str]
    by_state: dict[str, int]
    events: int


@dataclass(frozen=True)
class Contact:
    """How affected people reach the practice (164.404(c)(1)(E) needs at least one of a
    toll-free number, an e-mail address, a web site or a postal address)."""

    practice: str
    toll_free: str = ""
    email: str = ""
    website: str = ""
    postal: str = ""

    def lines(self) -> list[str]:
        found = [f"Call us toll-free at {self.toll_free}" if self.toll_free else "",
                 f"E-mail {self.email}" if self.email else "",
                 f"Visit {self.website}" if self.website else "",
                 f"Write to {self.postal}" if self.postal else ""]
        return [line for line in found if line]


def _now() -> datetime:
    return datetime.now(UTC)


def scenario_of(row: Incident) -> rules.Scenario:
    """The facts the deadline rules read, from an incident."""
    delay = None
    if row.delay_kind and row.delay_stated_on:
        delay = rules.LawEnforcementDelay(kind=row.delay_kind, stated_on=row.delay_stated_on,
                                          until=row.delay_until)
    return rules.Scenario(
        discovered=row.discovered_on, affected=json.loads(row.affected),
        # Encrypted PHI is "secured" only while its key is safe (HHS guidance, 74 FR 19006).
        unsecured=not row.secured or row.key_compromised,
        exception=rules.Exclusion(row.exclusion) if row.exclusion else None,
        low_probability_of_compromise=row.conclusion == "low_probability", delay=delay)


def _view(keys: KeyRing, row: Incident) -> IncidentView:
    scenario = scenario_of(row)
    return IncidentView(
        id=row.id, title=keys.open(table="incidents", column="title", row_id=row.id,
                                   blob=row.title) or "",
        description=keys.open(table="incidents", column="description", row_id=row.id,
                              blob=row.description) or "",
        source=row.source, occurred_on=row.occurred_on, discovered_on=row.discovered_on,
        phi_types=json.loads(row.phi_types), secured=row.secured,
        key_compromised=row.key_compromised, exclusion=row.exclusion, delay=scenario.delay,
        delay_official=row.delay_official, business_associate=row.business_associate,
        ba_discovered_on=row.ba_discovered_on, affected=json.loads(row.affected),
        affected_clients=json.loads(row.affected_clients),
        out_of_date_contacts=row.out_of_date_contacts,
        assessment=keys.open_json(table="incidents", column="assessment", row_id=row.id,
                                  blob=row.assessment) or {},
        conclusion=row.conclusion, notices=json.loads(row.notices), status=row.status,
        deadlines=rules.deadlines(scenario))


def _load(db: Session, *, actor: Actor, incident_id: str) -> Incident:
    access.require_practice(db, actor=actor, permission=Permission.BREACH_MANAGE)
    row = db.get(Incident, incident_id)
    if row is None:
        raise NotFound("That incident was not found.", hint="Open it from the Incidents page.")
    return row


def _check_dates(*, discovered_on: date, occurred_on: date | None) -> None:
    if discovered_on > date.today():
        raise InvalidInput("The discovery date cannot be in the future.")
    if occurred_on is not None and occurred_on > discovered_on:
        raise InvalidInput("A breach cannot be discovered before it happened.",
                           hint="Check the two dates; leave 'happened on' empty if unknown.")


def open_incident(db: Session, *, keys: KeyRing, actor: Actor, title: str, description: str,
                  source: str, discovered_on: date, occurred_on: date | None = None,
                  phi_types: list[str] | None = None, secured: bool = False,
                  key_compromised: bool = False) -> str:
    """Record that something happened; the 60-day clock runs from `discovered_on`."""
    access.require_practice(db, actor=actor, permission=Permission.BREACH_MANAGE)
    if source not in SOURCES:
        raise InvalidInput(f"Source must be one of {', '.join(SOURCES)}.")
    if not title.strip() or not description.strip():
        raise InvalidInput("Say briefly what happened: a title and a description.")
    _check_dates(discovered_on=discovered_on, occurred_on=occurred_on)
    row = Incident(id=str(uuid.uuid4()), title=b"", description=b"", source=source,
                   occurred_on=occurred_on, discovered_on=discovered_on,
                   phi_types=json.dumps(phi_types or []), secured=secured,
                   key_compromised=key_compromised, affected="{}", affected_clients="[]",
                   out_of_date_contacts=0, notices="{}", status="open",
                   created_by=actor.user_id, created_at=_now())
    row.title = keys.seal(table="incidents", column="title", row_id=row.id,
                          value=title.strip()) or b""
    row.description = keys.seal(table="incidents", column="description", row_id=row.id,
                                value=description.strip()) or b""
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="incident.open", object_type="incident",
                 object_id=row.id, details={"source": source,
                                            "discovered_on": discovered_on.isoformat()})
    return row.id


def update_facts(db: Session, *, actor: Actor, incident_id: str, secured: bool,
                 key_compromised: bool, exclusion: str | None, phi_types: list[str],
                 out_of_date_contacts: int, delay_kind: str | None = None,
                 delay_stated_on: date | None = None, delay_until: date | None = None,
                 delay_official: str | None = None, business_associate: str | None = None,
                 ba_discovered_on: date | None = None) -> None:
    """Record what was learned: encryption, an exception, law enforcement, a vendor's part."""
    row = _load(db, actor=actor, incident_id=incident_id)
    if exclusion and exclusion not in {e.value for e in rules.Exclusion}:
        raise InvalidInput("Unknown exception.")
    if delay_kind:
        if delay_stated_on is None:
            raise InvalidInput("Give the date of the official's statement.")
        if delay_kind == "oral" and not (delay_official or "").strip():
            raise InvalidInput("An oral law-enforcement request must be documented with the "
                               "official's name and agency (45 CFR 164.412(b)).")
        try:
            rules.LawEnforcementDelay(kind=delay_kind, stated_on=delay_stated_on,
                                      until=delay_until).end()
        except ValueError as err:
            raise InvalidInput(f"Law-enforcement delay: {err}.") from None
    if out_of_date_contacts < 0:
        raise InvalidInput("The number of people without current contact details is 0 or more.")
    row.secured, row.key_compromised, row.exclusion = secured, key_compromised, exclusion or None
    row.phi_types = json.dumps(phi_types)
    row.out_of_date_contacts = out_of_date_contacts
    row.delay_kind = delay_kind or None
    row.delay_stated_on, row.delay_until = (delay_stated_on, delay_until) if delay_kind else (
        None, None)
    row.delay_official = (delay_official or "").strip() or None
    row.business_associate = (business_associate or "").strip() or None
    row.ba_discovered_on = ba_discovered_on
    audit.record(db, actor=actor, action="incident.update", object_type="incident",
                 object_id=row.id, details={"secured": secured, "exclusion": exclusion,
                                            "delay": delay_kind})


def scope_from_audit(db: Session, *, keys: KeyRing, actor: Actor, start: date, end: date,
                     user_id: str | None = None, vendor_id: str | None = None,
                     exports_only: bool = False) -> Scope:
    """The clients whose records a user, a vendor's model endpoint or an export touched in a
    time range, counted by state of residence."""
    access.require_practice(db, actor=actor, permission=Permission.BREACH_MANAGE)
    if end < start:
        raise InvalidInput("The range ends before it starts.")
    query = select(AuditEvent).where(
        AuditEvent.client_id.is_not(None),
        AuditEvent.occurred_at >= audit.utc_stamp(datetime.combine(start, time.min, UTC)),
        AuditEvent.occurred_at <= audit.utc_stamp(datetime.combine(end, time.max, UTC)))
    if user_id:
        query = query.where(AuditEvent.actor_id == user_id)
    if exports_only:
        query = query.where(AuditEvent.action.in_(EXPORT_ACTIONS))
    events = list(db.scalars(query))
    if vendor_id:
        urls = {e.base_url for e in db.scalars(select(ModelEndpoint)
                                              .where(ModelEndpoint.vendor_id == vendor_id))}
        events = [e for e in events
                  if json.loads(e.details or "{}").get("endpoint") in urls]
    client_ids = sorted({e.client_id for e in events if e.client_id})
    states: Counter[str] = Counter()
    for client_id in client_ids:
        client = db.get(Client, client_id)
        chart = open_chart(keys, client) if client else None
        state = (chart.address.state or "") if chart and chart.address else ""
        states[state.strip().upper() or "unknown"] += 1
    audit.record(db, actor=actor, action="incident.scope", object_type="audit_log",
                 details={"events": len(events), "clients": len(client_ids),
                          "user": user_id, "vendor": vendor_id, "exports_only": exports_only})
    return Scope(client_ids, dict(sorted(states.items())), len(events))


def set_affected(db: Session, *, actor: Actor, incident_id: str, by_state: dict[str, int],
                 client_ids: list[str] | None = None) -> None:
    """Record who is affected (counts per state, and the clients when known)."""
    row = _load(db, actor=actor, incident_id=incident_id)
    if any(n < 0 for n in by_state.values()):
        raise InvalidInput("Counts are 0 or more.")
    row.affected = json.dumps({k.strip().upper(): v for k, v in by_state.items() if v})
    if client_ids is not None:
        row.affected_clients = json.dumps(client_ids)
    audit.record(db, actor=actor, action="incident.scope_set", object_type="incident",
                 object_id=row.id, details={"total": sum(by_state.values()),
                                            "states": len(by_state)})


def assess(db: Session, *, keys: KeyRing, actor: Actor, incident_id: str,
           factors: dict[str, dict[str, str]]) -> str:
    """The four-factor risk assessment (164.402(2)) with its reasoning; "low_probability" only
    when every factor is low, else "notifiable". Returns the conclusion."""
    row = _load(db, actor=actor, incident_id=incident_id)
    for key, title in FACTORS.items():
        factor = factors.get(key, {})
        if factor.get("risk") not in RISKS:
            raise InvalidInput(f"Rate every factor low, medium or high: {title}.")
        if len(factor.get("reasoning", "").strip()) < 10:
            raise InvalidInput(f"Write down the reasoning for: {title}.",
                               hint="The practice carries the burden of proof (164.414): the "
                                    "reasoning is what an investigator will read.")
    conclusion = ("low_probability" if all(factors[k]["risk"] == "low" for k in FACTORS)
                  else "notifiable")
    row.assessment = keys.seal_json(table="incidents", column="assessment", row_id=row.id,
                                    value={k: {"risk": factors[k]["risk"],
                                               "reasoning": factors[k]["reasoning"].strip()}
                                           for k in FACTORS})
    row.conclusion, row.assessed_by, row.assessed_at = conclusion, actor.user_id, _now()
    audit.record(db, actor=actor, action="incident.assess", object_type="incident",
                 object_id=row.id, details={"conclusion": conclusion})
    return conclusion


def record_notice(db: Session, *, actor: Actor, incident_id: str, kind: str,
                  sent_on: date) -> None:
    """Note that a notice went out, and when (the proof 164.414 asks the practice to keep)."""
    row = _load(db, actor=actor, incident_id=incident_id)
    if kind not in NOTICES:
        raise InvalidInput(f"Notice must be one of {', '.join(NOTICES)}.")
    if sent_on < row.discovered_on:
        raise InvalidInput("A notice cannot be sent before the breach was discovered.")
    notices = json.loads(row.notices)
    notices[kind] = sent_on.isoformat()
    row.notices = json.dumps(notices)
    audit.record(db, actor=actor, action="incident.notice", object_type="incident",
                 object_id=row.id, details={"kind": kind, "sent_on": sent_on.isoformat()})


def outstanding(view: IncidentView) -> list[tuple[str, date]]:
    """The notices still owed for an incident, with their deadlines."""
    if view.status == "closed" or not view.deadlines.notifiable:
        return []
    owed = []
    d = view.deadlines
    if d.individuals and "individuals" not in view.notices:
        owed.append(("individuals", d.individuals))
    if d.hhs and "hhs" not in view.notices:
        owed.append(("hhs", d.hhs))
    if d.media and "media" not in view.notices:
        owed.append(("media", d.media))
    return owed


def close_incident(db: Session, *, keys: KeyRing, actor: Actor, incident_id: str) -> None:
    """Close an incident once it is settled: assessed, and every notice owed recorded."""
    row = _load(db, actor=actor, incident_id=incident_id)
    view = _view(keys, row)
    if view.conclusion is None and view.exclusion is None and not (
            view.secured and not view.key_compromised):
        raise InvalidInput("Assess the incident before closing it.",
                           hint="An impermissible disclosure is presumed a breach until the "
                                "four-factor assessment shows otherwise.")
    still = outstanding(view)
    if still:
        raise InvalidInput("Notices are still owed: " + ", ".join(k for k, _ in still) + ".",
                           hint="Record each notice when it is sent, then close.")
    row.status, row.closed_at = "closed", _now()
    audit.record(db, actor=actor, action="incident.close", object_type="incident",
                 object_id=row.id)


def get_incident(db: Session, *, keys: KeyRing, actor: Actor, incident_id: str) -> IncidentView:
    """One incident with its deadlines; reading it is audited."""
    row = _load(db, actor=actor, incident_id=incident_id)
    audit.record(db, actor=actor, action="incident.read", object_type="incident",
                 object_id=row.id)
    return _view(keys, row)


def list_incidents(db: Session, *, keys: KeyRing, actor: Actor) -> list[IncidentView]:
    """Every incident, open ones first, newest discovery first."""
    access.require_practice(db, actor=actor, permission=Permission.BREACH_MANAGE)
    rows = db.scalars(select(Incident).order_by(Incident.discovered_on.desc()))
    views = [_view(keys, row) for row in rows]
    return sorted(views, key=lambda v: v.status != "open")


def reminders(db: Session, *, keys: KeyRing, today: date | None = None
              ) -> list[dict[str, Any]]:
    """Every notice still owed, with a level that rises as its deadline nears."""
    day = today or date.today()
    found = []
    for row in db.scalars(select(Incident).where(Incident.status == "open")):
        view = _view(keys, row)
        for kind, deadline in outstanding(view):
            left = (deadline - day).days
            level = ("critical" if left <= 7 else "high" if left <= 14
                     else "medium" if left <= 30 else "low")
            found.append({"incident_id": row.id, "title": view.title, "notice": kind,
                          "deadline": deadline, "days_left": left, "level": level})
    return sorted(found, key=lambda r: r["deadline"])


def vendors(db: Session) -> list[Vendor]:
    """The vendors an incident can be scoped to."""
    return list(db.scalars(select(Vendor).order_by(Vendor.name)))


def practice_contact(db: Session) -> Contact:
    """How affected people reach the practice, as the notices will say it."""
    row = db.scalars(select(PracticeRow)).first()
    saved = json.loads(row.contact or "{}") if row else {}
    return Contact(practice=row.name if row else "Our practice",
                   **{k: v for k, v in saved.items() if k in CONTACT_FIELDS})


def set_practice_contact(db: Session, *, actor: Actor, toll_free: str = "", email: str = "",
                         website: str = "", postal: str = "") -> Contact:
    """Save the contact details every notice carries; at least one is required by law."""
    access.require_practice(db, actor=actor, permission=Permission.BREACH_MANAGE)
    values = {"toll_free": toll_free.strip(), "email": email.strip(),
              "website": website.strip(), "postal": postal.strip()}
    if not any(values.values()):
        raise InvalidInput("Give at least one way to reach the practice: a toll-free number, an "
                           "e-mail address, a web site or a postal address (164.404(c)(1)(E)).")
    row = db.scalars(select(PracticeRow)).first()
    if row is None:
        raise NotFound("The practice record is missing.", hint="Run sealnote init.")
    row.contact = json.dumps(values)
    audit.record(db, actor=actor, action="practice.contact", object_type="practice",
                 object_id=row.id)
    return practice_contact(db)
