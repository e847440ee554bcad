"""Two assessments a small practice owes itself: the vendor questionnaire (before any PHI goes
to a vendor, and again on a schedule) and the security risk analysis over the Security Rule's
safeguards (164.308(a)(1)(ii)(A)), which Sealnote pre-fills from what it can see."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.compliance import service as compliance
from sealnote.compliance.models import AccessReview, RiskAnalysis, Vendor, VendorAssessment
from sealnote.documents import Letter
from sealnote.errors import InvalidInput, NotFound
from sealnote.practice import Practice

# ---- the vendor questionnaire ---------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    why: str
    answers: tuple[tuple[str, str, int], ...]  # (value, label, points: 0 good .. 3 bad)
    critical: bool = False


YES_NO = (("yes", "Yes", 0), ("partly", "Partly or unclear", 2), ("no", "No", 3))
QUESTIONS: tuple[Question, ...] = (
    Question("baa_first", "Will the vendor sign a BAA before any PHI is shared?",
             "Sharing PHI with a business associate without a BAA is itself a violation.",
             YES_NO, critical=True),
    Question("no_training", "Does the contract forbid training on, or any secondary use of, "
             "PHI, prompts and outputs?", "Silence in the contract leaves room for reuse.",
             YES_NO, critical=True),
    Question("what_is_sent", "Is it documented exactly what is sent to the model (full "
             "transcript, audio, or de-identified text)?",
             "Minimum necessary: the less that leaves, the less can leak.", YES_NO),
    Question("log_retention", "How long are prompts, outputs and logs kept?",
             "Every day of retention is a day of exposure.",
             (("none", "Not kept", 0), ("30", "30 days or less", 1),
              ("longer", "Longer, or not stated", 3))),
    Question("part2", "Can the vendor handle 42 CFR Part 2 substance-use records under a Part 2 "
             "agreement?", "Part 2 records need their own safeguards and notices.",
             (("yes", "Yes", 0), ("na", "Not needed by this practice", 0),
              ("no", "No", 2))),
    Question("data_return", "Will the data be returned or destroyed, with a certificate, "
             "when the service ends?", "164.504(e)(2)(ii)(J): return or destroy.", YES_NO),
    Question("soc2", "Does the vendor have a current SOC 2 Type II report (or HITRUST / ISO "
             "27001)?", "An independent audit of its controls.", YES_NO),
    Question("staff_access", "Is the vendor's staff access to PHI limited, logged and "
             "reviewed?", "Insiders cause many breaches.", YES_NO),
    Question("review_gate", "Does nothing the AI writes enter the record until a clinician "
             "reviews and signs it?", "The clinician stays responsible for the record.",
             YES_NO, critical=True),
)
REVIEW_DAYS = {"low": 365, "medium": 180, "high": 90}


def score(answers: dict[str, str]) -> tuple[int, str]:
    """Points (0 best) and a risk level; any bad answer to a critical question is high risk."""
    points, critical_bad = 0, False
    for question in QUESTIONS:
        choice = answers.get(question.key)
        value = next((p for v, _, p in question.answers if v == choice), None)
        if value is None:
            raise InvalidInput(f"Answer every question: {question.text}")
        points += value
        critical_bad |= question.critical and value >= 2
    risk = "high" if critical_bad or points > 8 else "medium" if points > 3 else "low"
    return points, risk


def assess_vendor(db: Session, *, actor: Actor, vendor_id: str,
                  answers: dict[str, dict[str, str]], on: date | None = None
                  ) -> VendorAssessment:
    """Record a questionnaire (answer, evidence and its date per question), scored; the next
    review is due sooner the riskier the vendor."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    if db.get(Vendor, vendor_id) is None:
        raise NotFound("That vendor is not in the register.")
    day = on or date.today()
    points, risk = score({k: v.get("answer", "") for k, v in answers.items()})
    kept = {q.key: {"answer": answers[q.key]["answer"],
                    "evidence": answers[q.key].get("evidence", "").strip(),
                    "on": answers[q.key].get("on") or day.isoformat()} for q in QUESTIONS}
    row = VendorAssessment(id=str(uuid.uuid4()), vendor_id=vendor_id, answers=json.dumps(kept),
                           score=points, risk=risk,
                           next_review_on=day + timedelta(days=REVIEW_DAYS[risk]),
                           assessed_by=actor.user_id, assessed_at=datetime.now(UTC))
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="vendor.assess", object_type="vendor",
                 object_id=vendor_id, details={"score": points, "risk": risk})
    return row


def latest_assessments(db: Session) -> dict[str, VendorAssessment]:
    """The newest questionnaire of each vendor."""
    newest: dict[str, VendorAssessment] = {}
    for row in db.scalars(select(VendorAssessment).order_by(VendorAssessment.assessed_at)):
        newest[row.vendor_id] = row
    return newest


# ---- access reviews -------------------------------------------------------------------------

ACCESS_REVIEW_DAYS = 90


def record_access_review(db: Session, *, actor: Actor, findings: str,
                         on: date | None = None) -> AccessReview:
    """Record that someone reviewed every account's roles, supervisors and grants."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    row = AccessReview(id=str(uuid.uuid4()), reviewed_on=on or date.today(),
                       reviewer_id=actor.user_id, findings=findings.strip() or "No changes needed.",
                       created_at=datetime.now(UTC))
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="access.review", object_type="practice")
    return row


def last_access_review(db: Session) -> AccessReview | None:
    return db.scalars(select(AccessReview).order_by(AccessReview.reviewed_on.desc())).first()


# ---- the security risk analysis -------------------------------------------------------------

@dataclass(frozen=True)
class Safeguard:
    key: str
    family: str  # administrative, physical, technical
    standard: str
    section: str
    required: bool
    question: str


SAFEGUARDS: tuple[Safeguard, ...] = (
    Safeguard("risk_management", "administrative", "Security management process",
              "164.308(a)(1)", True, "Are risks found here acted on, with a sanction policy and "
              "regular review of system activity?"),
    Safeguard("security_official", "administrative", "Assigned security responsibility",
              "164.308(a)(2)", True, "Is one person named as responsible for security?"),
    Safeguard("workforce_security", "administrative", "Workforce security", "164.308(a)(3)",
              False, "Is access removed the day someone leaves, and cleared before they start?"),
    Safeguard("access_management", "administrative", "Information access management",
              "164.308(a)(4)", False, "Does each person reach only the records they need, "
              "reviewed periodically?"),
    Safeguard("training", "administrative", "Security awareness and training", "164.308(a)(5)",
              False, "Is the workforce trained every year, with reminders and password rules?"),
    Safeguard("incidents", "administrative", "Security incident procedures", "164.308(a)(6)",
              True, "Is there a way to report, respond to and document incidents?"),
    Safeguard("contingency", "administrative", "Contingency plan", "164.308(a)(7)", True,
              "Are there tested backups, a disaster-recovery plan and emergency operations?"),
    Safeguard("evaluation", "administrative", "Evaluation", "164.308(a)(8)", True,
              "Are safeguards evaluated periodically and after changes?"),
    Safeguard("business_associates", "administrative", "Business associate contracts",
              "164.308(b)(1)", True, "Does every vendor that touches PHI have a BAA?"),
    Safeguard("facility_access", "physical", "Facility access controls", "164.310(a)(1)", False,
              "Are the office, server and records room locked and access controlled?"),
    Safeguard("workstation_use", "physical", "Workstation use and security", "164.310(b)-(c)",
              True, "Are screens locked, and devices used for PHI kept secure?"),
    Safeguard("device_media", "physical", "Device and media controls", "164.310(d)(1)", True,
              "Are disks and devices wiped before reuse or disposal, and tracked?"),
    Safeguard("access_control", "technical", "Access control", "164.312(a)(1)", True,
              "Unique user IDs, emergency access, automatic logoff, encryption at rest?"),
    Safeguard("audit_controls", "technical", "Audit controls", "164.312(b)", True,
              "Is activity in systems with ePHI recorded and examined?"),
    Safeguard("integrity", "technical", "Integrity", "164.312(c)(1)", False,
              "Can altered or destroyed ePHI be detected?"),
    Safeguard("authentication", "technical", "Person or entity authentication", "164.312(d)",
              True, "Is each person proven to be who they claim (ideally with MFA)?"),
    Safeguard("transmission", "technical", "Transmission security", "164.312(e)(1)", False,
              "Is ePHI encrypted in transit (TLS 1.2 or newer)?"),
)
UPCOMING = (  # Security Rule NPRM, 90 FR 898 (published 6 January 2025; not final)
    "Every implementation specification becomes required (no more 'addressable').",
    "A written technology asset inventory and network map of ePHI, reviewed every 12 months.",
    "Encryption of ePHI at rest and in transit, and multi-factor authentication.",
    "Vulnerability scans every 6 months and a penetration test every 12 months.",
    "Restore systems and data within 72 hours; backups no older than 48 hours.",
    "Access ended within 1 hour of employment ending.",
    "A compliance audit every 12 months; business associates verify their safeguards yearly.",
)


def risk_level(likelihood: int, impact: int) -> str:
    """Likelihood x impact on 1-5 scales: low 1-7, medium 8-14, high 15-25."""
    value = likelihood * impact
    return "low" if value <= 7 else "medium" if value <= 14 else "high"


def _prefill(db: Session, practice: Practice) -> dict[str, tuple[int, int, str]]:
    """What Sealnote can see for itself, as (likelihood, impact, finding) per safeguard."""
    from sealnote.compliance import monitoring

    users = list(db.scalars(select(User).where(User.active.is_(True))))
    with_mfa = sum(u.mfa_enabled for u in users)
    register = compliance.register(db)
    without_baa = [r["name"] for r in register if r["baa_status"] in ("missing", "expired")]
    overdue = [t["name"] for t in compliance.training_status(db) if t["overdue"]]
    verdict = audit.verify(db, store=practice.checkpoints, origin=practice.id)
    ctx = monitoring.Context(db=db, practice=practice, today=date.today(),
                             now=datetime.now(UTC))
    backups = list(monitoring.backup_rule(ctx))
    review = last_access_review(db)
    review_age = (date.today() - review.reviewed_on).days if review else None
    idle = practice.settings.idle_timeout_minutes
    return {
        "business_associates": ((4, 4, "Vendors without a current BAA: "
                                 + ", ".join(without_baa) + ".") if without_baa else
                                (1, 4, "Every vendor that touches PHI has a current BAA.")),
        "training": ((3, 3, "Training overdue: " + ", ".join(overdue) + ".") if overdue else
                     (1, 3, "Every active account's HIPAA training is current.")),
        "authentication": ((1, 4, f"All {len(users)} active accounts use MFA.")
                           if users and with_mfa == len(users) else
                           (3, 4, f"{with_mfa} of {len(users)} active accounts use MFA.")),
        "audit_controls": ((1, 4, f"Sealnote's audit log verifies ({verdict.count} events, "
                           "hash-chained, signed checkpoints).") if verdict.ok else
                           (5, 5, "Sealnote's audit log FAILED verification.")),
        "integrity": ((1, 4, "Signed notes carry content hashes and are locked by the "
                      "database.") if verdict.ok else (4, 5, "Audit log verification failed.")),
        "access_control": (1, 4, "Unique accounts, break-the-glass with a reason, automatic "
                              f"sign-out after {idle:g} idle minutes, every PHI field encrypted "
                              "(AES-256-GCM)."),
        "contingency": ((3, 5, backups[0].message) if backups else
                        (1, 5, "A backup newer than 48 hours exists.")),
        "access_management": ((1, 3, f"Access last reviewed {review_age} days ago.")
                              if review_age is not None and review_age <= ACCESS_REVIEW_DAYS
                              else (3, 3, "No access review in the last 90 days.")),
    }


def draft_analysis(db: Session, *, practice: Practice) -> list[dict[str, Any]]:
    """Every safeguard with Sealnote's pre-filled rating where it has one (else blank)."""
    known = _prefill(db, practice)
    rows = []
    for safeguard in SAFEGUARDS:
        likelihood, impact, finding = known.get(safeguard.key, (0, 0, ""))
        rows.append({"key": safeguard.key, "family": safeguard.family,
                     "standard": safeguard.standard, "section": safeguard.section,
                     "required": safeguard.required, "question": safeguard.question,
                     "likelihood": likelihood, "impact": impact, "finding": finding,
                     "prefilled": safeguard.key in known})
    return rows


def save_analysis(db: Session, *, actor: Actor, ratings: dict[str, dict[str, Any]],
                  on: date | None = None) -> RiskAnalysis:
    """Keep a dated risk analysis: every safeguard rated 1-5 for likelihood and impact."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    items = []
    for safeguard in SAFEGUARDS:
        given = ratings.get(safeguard.key, {})
        try:
            likelihood, impact = int(given.get("likelihood", 0)), int(given.get("impact", 0))
        except (TypeError, ValueError):
            likelihood = impact = 0
        if not (1 <= likelihood <= 5 and 1 <= impact <= 5):
            raise InvalidInput(f"Rate likelihood and impact from 1 to 5 for: "
                               f"{safeguard.standard}.")
        items.append({"key": safeguard.key, "standard": safeguard.standard,
                      "section": safeguard.section, "family": safeguard.family,
                      "likelihood": likelihood, "impact": impact,
                      "risk": risk_level(likelihood, impact),
                      "finding": str(given.get("finding", "")).strip(),
                      "plan": str(given.get("plan", "")).strip()})
    row = RiskAnalysis(id=str(uuid.uuid4()), performed_on=on or date.today(),
                       performed_by=actor.user_id, items=json.dumps(items),
                       created_at=datetime.now(UTC))
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="risk_analysis.save", object_type="risk_analysis",
                 object_id=row.id, details={"high": sum(i["risk"] == "high" for i in items)})
    return row


def analyses(db: Session) -> list[RiskAnalysis]:
    """Every risk analysis kept, newest first."""
    return list(db.scalars(select(RiskAnalysis).order_by(RiskAnalysis.performed_on.desc())))


def analysis_report(db: Session, *, actor: Actor, analysis_id: str,
                    practice_name: str) -> Letter:
    """A kept risk analysis as a dated report, with the proposed rule's items as upcoming."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    row = db.get(RiskAnalysis, analysis_id)
    if row is None:
        raise NotFound("That risk analysis was not found.")
    items = json.loads(row.items)
    letter = Letter(f"Security risk analysis: {practice_name}, {row.performed_on.isoformat()}")
    counts = {level: sum(i["risk"] == level for i in items) for level in ("high", "medium",
                                                                          "low")}
    letter.paragraph(f"{len(items)} safeguards of the HIPAA Security Rule (45 CFR 164.308, "
                     f"164.310, 164.312) rated for likelihood and impact (1 to 5 each; risk "
                     f"low 1-7, medium 8-14, high 15-25): {counts['high']} high, "
                     f"{counts['medium']} medium, {counts['low']} low. Kept six years "
                     "(164.316(b)(2)).")
    for family in ("administrative", "physical", "technical"):
        letter.heading(f"{family.capitalize()} safeguards")
        letter.bullets([f"{i['standard']} ({i['section']}): {i['risk'].upper()} "
                        f"(likelihood {i['likelihood']} x impact {i['impact']})"
                        + (f". Finding: {i['finding']}" if i["finding"] else "")
                        + (f". Plan: {i['plan']}" if i["plan"] else "")
                        for i in items if i["family"] == family])
    letter.heading("Upcoming: the proposed Security Rule changes (January 2025, not final)")
    letter.bullets(list(UPCOMING))
    letter.paragraph("Completing this analysis does not by itself make the practice compliant "
                     "with any law; it records how the practice judged its risks on this date.")
    audit.record(db, actor=actor, action="risk_analysis.report", object_type="risk_analysis",
                 object_id=row.id)
    return letter

