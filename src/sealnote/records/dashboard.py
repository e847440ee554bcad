"""What a user should see first: today's sessions, drafts waiting for a signature, and alerts
about the record that need someone to act."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.breach import service as breach
from sealnote.compliance.monitoring import LEVELS
from sealnote.crypto import KeyRing
from sealnote.records.models import Client, Consent, Note, TherapySession
from sealnote.records.service import consent_in_force, open_chart

# A progress note should be signed within a few days of the session it documents.
DRAFT_OVERDUE_DAYS = 3
CONSENT_EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class Alert:
    level: str
    message: str
    action: str
    link: str | None = None


@dataclass
class Dashboard:
    sessions: list[dict[str, object]] = field(default_factory=list)
    drafts: list[dict[str, object]] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _record_alerts(db: Session, *, client_ids: list[str], names: dict[str, str],
                   drafts: list[dict[str, object]], today: date) -> list[Alert]:
    alerts = []
    overdue = [d for d in drafts if int(str(d["days_waiting"])) > DRAFT_OVERDUE_DAYS]
    if overdue:
        alerts.append(Alert("high", f"{len(overdue)} draft(s) waiting more than "
                            f"{DRAFT_OVERDUE_DAYS} days for your signature.",
                            "Review and sign them, or edit what is wrong."))
    for client_id in client_ids:
        if consent_in_force(db, client_id=client_id, kind="ai_documentation", on=today) is None:
            alerts.append(Alert("medium", f"{names[client_id]}: no AI-documentation consent in "
                                "force, so drafting with AI is switched off.",
                                "Record the client's consent, or write notes yourself.",
                                f"/clients/{client_id}/consents"))
    soon = today + timedelta(days=CONSENT_EXPIRY_WARNING_DAYS)
    for consent in db.scalars(select(Consent).where(Consent.client_id.in_(client_ids),
                                                    Consent.kind == "part2",
                                                    Consent.revoked_on.is_(None),
                                                    Consent.expires_on.is_not(None))):
        assert consent.expires_on is not None
        if today <= consent.expires_on <= soon:
            alerts.append(Alert("medium", f"{names[consent.client_id]}: the Part 2 consent "
                                f"expires on {consent.expires_on.isoformat()}.",
                                "Ask the client to renew it before then.",
                                f"/clients/{consent.client_id}/consents"))
    return alerts


def _account_alerts(db: Session, *, actor: Actor) -> list[Alert]:
    alerts = []
    me = db.get(User, actor.user_id)
    if me is not None and not me.mfa_enabled:
        alerts.append(Alert("high", "Two-step sign-in is off for your account.",
                            "Turn it on under Account: it protects every client you can see.",
                            "/account"))
    if access.may_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE):
        without = db.scalars(select(User).where(User.active.is_(True),
                                                User.mfa_enabled.is_(False))).all()
        if without:
            manages = access.may_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
            alerts.append(Alert("medium", f"{len(without)} active account(s) sign in without "
                                "a second factor.",
                                "Ask them to turn on two-step sign-in under Account.",
                                "/admin/users" if manages else None))
    return alerts


def _incident_alerts(db: Session, *, keys: KeyRing, actor: Actor) -> list[Alert]:
    """Breach-notice deadlines, for those who handle incidents."""
    if not access.may_practice(db, actor=actor, permission=Permission.BREACH_MANAGE):
        return []
    alerts = []
    for due in breach.reminders(db, keys=keys):
        late = "overdue" if due["days_left"] < 0 else f"{due['days_left']} days left"
        alerts.append(Alert(due["level"], f"Incident \u201c{due['title']}\u201d: the "
                            f"{due['notice']} notice is due {due['deadline']} ({late}).",
                            "Send it, then record it on the incident.",
                            f"/incidents/{due['incident_id']}"))
    return alerts


def dashboard(db: Session, *, keys: KeyRing, actor: Actor, now: datetime | None = None
              ) -> Dashboard:
    """Today's sessions, this user's unsigned drafts (oldest first) and the alerts for them."""
    now = now or datetime.now().astimezone()
    today = now.date()
    start = datetime.combine(today, datetime.min.time(), tzinfo=now.tzinfo)
    board = Dashboard()
    client_ids = access.readable_client_ids(db, actor=actor, permission=Permission.SCHEDULE_READ)
    names = {}
    for client_id in client_ids:
        client = db.get(Client, client_id)
        assert client is not None
        names[client_id] = open_chart(keys, client).display_name
    clinicians = {u.id: u.display_name for u in db.scalars(select(User))}
    for row in db.scalars(select(TherapySession)
                          .where(TherapySession.client_id.in_(client_ids),
                                 TherapySession.starts_at >= start,
                                 TherapySession.starts_at < start + timedelta(days=1))
                          .order_by(TherapySession.starts_at)):
        board.sessions.append({"client_id": row.client_id, "client": names[row.client_id],
                               "starts_at": _aware(row.starts_at).astimezone(now.tzinfo),
                               "minutes": row.duration_minutes, "status": row.status,
                               "clinician": clinicians.get(row.clinician_id, "")})
    for note in db.scalars(select(Note).where(Note.author_id == actor.user_id,
                                              Note.status == "draft")
                           .order_by(Note.created_at)):
        board.drafts.append({"id": note.id, "client": names.get(note.client_id, ""),
                             "format": note.format, "open_flags": note.open_flags,
                             "days_waiting": (now - _aware(note.created_at)).days})
    caseload = access.readable_client_ids(db, actor=actor, permission=Permission.NOTE_WRITE)
    board.alerts = (_record_alerts(db, client_ids=caseload, names=names, drafts=board.drafts,
                                   today=today)
                    + _account_alerts(db, actor=actor)
                    + _incident_alerts(db, keys=keys, actor=actor))
    board.alerts.sort(key=lambda alert: LEVELS.index(alert.level))
    audit.record(db, actor=actor, action="dashboard.view", object_type="user",
                 object_id=actor.user_id,
                 details={"sessions": len(board.sessions), "drafts": len(board.drafts)})
    return board
