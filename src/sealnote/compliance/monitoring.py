"""Monitoring: the practice hears about a compliance problem before a regulator does.

Each rule is a small function over the register, the workforce records or the audit log that
returns the alerts it finds today; an alert clears by itself once its cause is gone (a BAA
filed, a training completed, the suspicious events older than the look-back window)."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access.models import User
from sealnote.audit import service as audit
from sealnote.audit.models import AuditEvent
from sealnote.compliance import assessments
from sealnote.compliance import service as compliance
from sealnote.compliance.models import ModelEndpoint, Vendor
from sealnote.practice import Practice

LEVELS = ("critical", "high", "medium", "low")
LOOK_BACK = timedelta(days=7)
BULK_CLIENTS_PER_HOUR = 20
EXPORTS_PER_DAY = 3
FAILED_LOGINS_PER_HOUR = 5
OFF_HOURS = (22, 6)  # 22:00 to 06:00, server local time
SOC2_MAX_AGE_DAYS = 365
BACKUP_MAX_AGE = timedelta(hours=48)
BACKUP_DIR_ENV = "SEALNOTE_BACKUP_DIR"
READS = ("chart.read", "note.read", "psychotherapy_note.read", "dictation.read")
EXPORTS = ("client.export", "note.export", "practice.export")


@dataclass(frozen=True)
class Alert:
    rule: str
    level: str
    message: str
    action: str
    subject: str | None = None

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Context:
    db: Session
    practice: Practice
    today: date
    now: datetime

    def events(self, *actions: str) -> list[AuditEvent]:
        """Audit events in the look-back window, of the given actions (all when none)."""
        query = select(AuditEvent).where(AuditEvent.occurred_at >= audit.utc_stamp(
            self.now - LOOK_BACK), AuditEvent.occurred_at <= audit.utc_stamp(self.now))
        if actions:
            query = query.where(AuditEvent.action.in_(actions))
        return list(self.db.scalars(query.order_by(AuditEvent.seq)))


def _when(event: AuditEvent) -> datetime:
    return datetime.fromisoformat(event.occurred_at.replace("Z", "+00:00"))


def _names(ctx: Context) -> dict[str, str]:
    return {u.id: u.display_name for u in ctx.db.scalars(select(User))}


# ---- the register ---------------------------------------------------------------------------

def baa_rules(ctx: Context) -> Iterable[Alert]:
    """BAA missing, expired, or expiring within 60, 30 or 7 days."""
    for row in compliance.register(ctx.db, today=ctx.today):
        if row["baa_status"] == "missing":
            yield Alert("baa_missing", "critical", f"{row['name']} touches PHI and has no BAA "
                        "on file.", "Sign a BAA before any more PHI goes to it, or stop using "
                        "it.", row["name"])
        elif row["baa_status"] == "expired":
            yield Alert("baa_expired", "critical", f"The BAA with {row['name']} has expired.",
                        "Renew it now; until then no PHI may go to this vendor.", row["name"])
        elif row["baa_status"] == "current" and row["baa_expires_on"]:
            left = (row["baa_expires_on"] - ctx.today).days
            level = "high" if left <= 7 else "medium" if left <= 30 else "low" if left <= 60 \
                else None
            if level:
                yield Alert("baa_expiring", level, f"The BAA with {row['name']} expires on "
                            f"{row['baa_expires_on'].isoformat()} ({left} days).",
                            "Ask the vendor for a renewal now.", row["name"])


def soc2_rule(ctx: Context) -> Iterable[Alert]:
    """A vendor's SOC 2 report older than 12 months (or none, for AI vendors)."""
    for vendor in ctx.db.scalars(select(Vendor).where(Vendor.touches_phi.is_(True),
                                                      Vendor.prohibited.is_(False))):
        if vendor.soc2_report_on is None:
            if vendor.kind in ("ai_scribe", "model_endpoint"):
                yield Alert("soc2_stale", "low", f"No SOC 2 report on file for {vendor.name}.",
                            "Ask the vendor for its SOC 2 Type II report.", vendor.name)
        elif (ctx.today - vendor.soc2_report_on).days > SOC2_MAX_AGE_DAYS:
            yield Alert("soc2_stale", "medium", f"The SOC 2 report of {vendor.name} is older "
                        f"than 12 months ({vendor.soc2_report_on.isoformat()}).",
                        "Ask the vendor for its current report.", vendor.name)


def endpoint_rule(ctx: Context) -> Iterable[Alert]:
    """A registered model endpoint without a BAA that allows it (critical once it was used)."""
    used = {json.loads(e.details or "{}").get("endpoint")
            for e in ctx.events("draft.create", "draft.failed", "draft.blocked")}
    for endpoint in ctx.db.scalars(select(ModelEndpoint)):
        decision = compliance.endpoint_allowed(ctx.db, base_url=endpoint.base_url,
                                               today=ctx.today)
        if not decision.allowed:
            in_use = endpoint.base_url in used
            yield Alert("endpoint_without_baa", "critical" if in_use else "medium",
                        f"Model endpoint {endpoint.label or endpoint.base_url} may not receive "
                        f"PHI: {decision.reason}" + (" It was used this week." if in_use else "."),
                        "File a current BAA that forbids training and limits retention, or "
                        "remove the endpoint.", endpoint.base_url)


def training_rule(ctx: Context) -> Iterable[Alert]:
    """HIPAA training overdue (or never recorded) for an active workforce member."""
    for row in compliance.training_status(ctx.db, today=ctx.today):
        if row["overdue"]:
            since = f"was due {row['due_on'].isoformat()}" if row["due_on"] else \
                "has never been recorded"
            yield Alert("training_overdue", "high", f"{row['name']}'s HIPAA training {since}.",
                        "Have them complete it and record it on the Compliance page.",
                        row["name"])


def assessment_rules(ctx: Context) -> Iterable[Alert]:
    """Vendor questionnaires, the yearly risk analysis and the quarterly access review, due."""
    newest = assessments.latest_assessments(ctx.db)
    for vendor in ctx.db.scalars(select(Vendor).where(Vendor.touches_phi.is_(True),
                                                      Vendor.prohibited.is_(False))):
        done = newest.get(vendor.id)
        if done is None and vendor.kind in ("ai_scribe", "model_endpoint"):
            yield Alert("questionnaire_due", "medium", f"{vendor.name} has not answered the "
                        "vendor questionnaire.", "Send it before any PHI goes to the vendor.",
                        vendor.name)
        elif done is not None and done.next_review_on < ctx.today:
            yield Alert("questionnaire_due", "medium" if done.risk != "high" else "high",
                        f"{vendor.name}'s questionnaire was due for review on "
                        f"{done.next_review_on.isoformat()}.", "Ask the vendor to answer it "
                        "again.", vendor.name)
    kept = assessments.analyses(ctx.db)
    if not kept or (ctx.today - kept[0].performed_on).days > 365:
        since = f"since {kept[0].performed_on.isoformat()}" if kept else "on file"
        yield Alert("risk_analysis_due", "high" if not kept else "medium",
                    f"No security risk analysis {since}.",
                    "Run one on the Compliance page: Sealnote fills in what it knows.")
    review = assessments.last_access_review(ctx.db)
    if review is None or (ctx.today - review.reviewed_on).days > assessments.ACCESS_REVIEW_DAYS:
        yield Alert("access_review_due", "low", "Nobody has reviewed who can reach what in the "
                    "last 90 days.", "Review the Users page and record the review.")


# ---- the audit log --------------------------------------------------------------------------

def bulk_access_rule(ctx: Context) -> Iterable[Alert]:
    """One person opening many clients' records within an hour."""
    names = _names(ctx)
    by_user: dict[str, list[AuditEvent]] = defaultdict(list)
    for event in ctx.events(*READS):
        by_user[event.actor_id].append(event)
    for user_id, events in by_user.items():
        for index, first in enumerate(events):
            window = {e.client_id for e in events[index:]
                      if _when(e) - _when(first) <= timedelta(hours=1)}
            if len(window) > BULK_CLIENTS_PER_HOUR:
                yield Alert("bulk_access", "high", f"{names.get(user_id, user_id)} opened "
                            f"{len(window)} clients' records within an hour.",
                            "Ask why; if it was not for care, start an incident.", user_id)
                break


def off_hours_rule(ctx: Context) -> Iterable[Alert]:
    """Records opened late at night."""
    names = _names(ctx)
    late: Counter[str] = Counter()
    for event in ctx.events(*READS):
        hour = _when(event).astimezone().hour
        if hour >= OFF_HOURS[0] or hour < OFF_HOURS[1]:
            late[event.actor_id] += 1
    for user_id, count in late.items():
        yield Alert("off_hours_access", "medium", f"{names.get(user_id, user_id)} opened "
                    f"records {count} time(s) between 22:00 and 06:00 this week.",
                    "Check that it was expected (on call, a late session).", user_id)


def export_rule(ctx: Context) -> Iterable[Alert]:
    """More exports in a day than a practice usually makes."""
    names = _names(ctx)
    per_day: Counter[tuple[str, date]] = Counter()
    for event in ctx.events(*EXPORTS):
        per_day[(event.actor_id, _when(event).date())] += 1
    for (user_id, day), count in per_day.items():
        if count > EXPORTS_PER_DAY:
            yield Alert("export_spike", "high", f"{names.get(user_id, user_id)} made {count} "
                        f"exports on {day.isoformat()}.", "Confirm each export was needed and "
                        "where the files went.", user_id)


def failed_login_rule(ctx: Context) -> Iterable[Alert]:
    """Repeated failed sign-ins for one account, or from one address, within an hour."""
    events = ctx.events("login.failed", "reauth.failed")
    for key in ("actor_id", "source_addr"):
        groups: dict[str, list[datetime]] = defaultdict(list)
        for event in events:
            groups[getattr(event, key)].append(_when(event))
        for who, times in groups.items():
            if who in ("unknown", "") or who.startswith("anonymous"):
                continue
            for index, first in enumerate(times):
                if sum(1 for t in times[index:] if t - first <= timedelta(hours=1)) >= \
                        FAILED_LOGINS_PER_HOUR:
                    label = "address" if key == "source_addr" else "account"
                    yield Alert("failed_logins", "high", f"{FAILED_LOGINS_PER_HOUR} or more "
                                f"failed sign-ins within an hour for {label} {who}.",
                                "Check with the person; if it was not them, reset the password "
                                "and review the account's activity.", who)
                    break


def outside_caseload_rule(ctx: Context) -> Iterable[Alert]:
    """Attempts to open records outside one's caseload (refused, but worth a question)."""
    names = _names(ctx)
    refused = Counter(e.actor_id for e in ctx.events("access.denied"))
    for user_id, count in refused.items():
        yield Alert("outside_caseload", "medium", f"{names.get(user_id, user_id)} tried "
                    f"{count} time(s) to open records outside their caseload.",
                    "Ask whether they need a grant, or whether something is wrong.", user_id)


def break_glass_rule(ctx: Context) -> Iterable[Alert]:
    """Every break-the-glass access must be reviewed."""
    names = _names(ctx)
    for event in ctx.events("access.break_glass"):
        yield Alert("break_glass", "high", f"{names.get(event.actor_id, event.actor_id)} broke "
                    f"the glass on {event.occurred_at[:10]}.", "Review the stated reason and "
                    "what was opened.", event.actor_id)


def website_rule(ctx: Context) -> Iterable[Alert]:
    """The newest scan of the practice's website found trackers on risky pages."""
    from sealnote.webscan import service as scans

    for scan in scans.latest(ctx.db):
        if scan.worst in ("critical", "high"):
            result = json.loads(scan.result)
            bad = [p["url"] for p in result["pages"] if p["risk"] == scan.worst]
            yield Alert("website_trackers", scan.worst, f"The website scan of {scan.site} found "
                        f"{scan.worst}-risk trackers on {len(bad)} page(s), e.g. {bad[0]}.",
                        "Remove the trackers from those pages (see the scan report), then "
                        "scan again.", scan.site)


# ---- the system ---------------------------------------------------------------------------

def audit_chain_rule(ctx: Context) -> Iterable[Alert]:
    """The audit chain must verify, against every signed checkpoint."""
    verdict = audit.verify(ctx.db, store=ctx.practice.checkpoints, origin=ctx.practice.id)
    if not verdict.ok:
        yield Alert("audit_chain", "critical", f"The audit log failed verification: "
                    f"{verdict.summary()}", "Stop and call whoever hosts Sealnote; treat this "
                    "as a possible incident.")


def backup_rule(ctx: Context) -> Iterable[Alert]:
    """A backup newer than 48 hours in the backup folder."""
    folder = os.environ.get(BACKUP_DIR_ENV)
    if not folder:
        yield Alert("backups_stale", "medium", "No backup location is configured.",
                    f"Back up the data directory daily and set {BACKUP_DIR_ENV} to where the "
                    "copies land, so Sealnote can watch them.")
        return
    files = [p for p in Path(folder).glob("**/*") if p.is_file()] if Path(folder).is_dir() \
        else []
    newest = max((datetime.fromtimestamp(p.stat().st_mtime, UTC) for p in files), default=None)
    if newest is None or ctx.now - newest > BACKUP_MAX_AGE:
        when = newest.strftime("%Y-%m-%d %H:%M UTC") if newest else "never"
        yield Alert("backups_stale", "high", f"The newest backup in {folder} is from {when}.",
                    "Check the backup job; a practice must be able to restore its records.")


RULES: tuple[Callable[[Context], Iterable[Alert]], ...] = (
    baa_rules, soc2_rule, endpoint_rule, training_rule, assessment_rules, bulk_access_rule,
    off_hours_rule,
    export_rule, failed_login_rule, outside_caseload_rule, break_glass_rule, website_rule,
    audit_chain_rule, backup_rule,
)


def alerts(db: Session, *, practice: Practice, today: date | None = None,
           now: datetime | None = None) -> list[Alert]:
    """Every alert today, most severe first."""
    moment = now or datetime.now(UTC)
    ctx = Context(db=db, practice=practice, today=today or moment.date(), now=moment)
    found = [alert for rule in RULES for alert in rule(ctx)]
    return sorted(found, key=lambda a: (LEVELS.index(a.level), a.rule))


def daily_run(practice: Practice, *,
              rescan: Callable[[str], dict[str, Any]] | None = None) -> list[Alert]:
    """The daily job: re-scan websites due for it, check everything, sign a checkpoint of the
    audit log, record the run."""
    from sealnote.actor import operator
    from sealnote.webscan import service as scans
    from sealnote.webscan.scan import scan_site

    scan = rescan or scan_site
    with practice.sessions() as db:
        sites = scans.due(db)
    for site in sites:
        try:
            result = scan(site)
        except Exception as err:  # an unreachable site must not stop the other checks
            with practice.transaction() as db:
                audit.record(db, actor=operator(), action="webscan.failed",
                             object_type="web_scan", outcome="failure",
                             details={"error": type(err).__name__})
            continue
        with practice.transaction() as db:
            scans.keep(db, actor=operator(), result=result)
    with practice.transaction() as db:
        found = alerts(db, practice=practice)
        audit.record(db, actor=operator(), action="compliance.daily", object_type="practice",
                     details=dict(Counter(a.level for a in found)))
    with practice.transaction() as db:
        audit.checkpoint(db, store=practice.checkpoints, origin=practice.id)
    return found
