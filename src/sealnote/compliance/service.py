"""Whether a model endpoint may receive released text: on this machine, registered as on the
practice's premises, or run by a vendor with a current BAA that forbids training and limits
retention. The drafting flow asks before every call."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.compliance.baa_check import check_text, document_text
from sealnote.compliance.models import (
    BusinessAssociateAgreement,
    ModelEndpoint,
    PolicyAcknowledgement,
    TrainingRecord,
    Vendor,
)
from sealnote.crypto import KeyRing
from sealnote.documents import Letter
from sealnote.errors import InvalidInput, NotFound

MAX_RETENTION_DAYS = 30


@dataclass(frozen=True)
class EndpointDecision:
    """Allowed or not, and why (the reason names what is missing)."""

    allowed: bool
    reason: str
    vendor: str | None = None


def normalise_url(base_url: str) -> str:
    """Scheme, host, port and path of an endpoint, without a trailing slash."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInput(f"{base_url!r} is not an http(s) address.",
                           hint="Use the form http://127.0.0.1:11434/v1")
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def is_loopback(base_url: str) -> bool:
    """True when the endpoint's host is this machine (127.0.0.0/8, ::1, localhost)."""
    host = urlsplit(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


VENDOR_KINDS = {"ehr": "Electronic health record", "scheduling": "Scheduling",
                "billing": "Billing and claims", "telehealth": "Telehealth", "email": "E-mail",
                "backup": "Backups", "website": "Website and forms", "ai_scribe": "AI scribe",
                "model_endpoint": "AI model endpoint", "consumer_ai": "Consumer AI tool",
                "other": "Other"}


def register_vendor(db: Session, *, actor: Actor, name: str, kind: str = "other",
                    service: str | None = None, phi: list[str] | None = None,
                    region: str | None = None, upstream: list[dict[str, object]] | None = None,
                    touches_phi: bool = True, prohibited: bool = False,
                    soc2_report_on: date | None = None) -> Vendor:
    """Add a system or vendor to the register: what PHI it touches, where, and its chain."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    if not name.strip():
        raise InvalidInput("Give the vendor's or system's name.")
    if kind not in VENDOR_KINDS:
        raise InvalidInput(f"Kind must be one of {', '.join(VENDOR_KINDS)}.")
    vendor = Vendor(id=str(uuid.uuid4()), name=name.strip(), created_at=datetime.now(UTC),
                    kind=kind, service=(service or "").strip() or None,
                    phi=json.dumps(phi or []), region=(region or "").strip() or None,
                    upstream=json.dumps(upstream or []), touches_phi=touches_phi,
                    prohibited=prohibited, soc2_report_on=soc2_report_on)
    db.add(vendor)
    db.flush()
    audit.record(db, actor=actor, action="vendor.create", object_type="vendor",
                 object_id=vendor.id, details={"kind": kind, "prohibited": prohibited})
    return vendor


def update_vendor(db: Session, *, actor: Actor, vendor_id: str,
                  soc2_report_on: date | None = None, prohibited: bool | None = None,
                  region: str | None = None) -> Vendor:
    """Record a new SOC 2 report, a region, or that a tool is now prohibited."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    vendor = db.get(Vendor, vendor_id)
    if vendor is None:
        raise NotFound("That vendor is not in the register.")
    if soc2_report_on is not None:
        vendor.soc2_report_on = soc2_report_on
    if prohibited is not None:
        vendor.prohibited = prohibited
    if region is not None:
        vendor.region = region.strip() or None
    audit.record(db, actor=actor, action="vendor.update", object_type="vendor",
                 object_id=vendor.id)
    return vendor


def record_baa(db: Session, *, actor: Actor, vendor_id: str, signed_on: date,
               expires_on: date | None, forbids_training: bool,
               retention_days: int | None, keys: KeyRing | None = None,
               document: bytes | None = None,
               document_name: str | None = None) -> BusinessAssociateAgreement:
    """File a signed BAA. With its document, the clause check runs and is kept with it (the
    document itself is stored encrypted); what the check finds overrides the boxes ticked."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    if db.get(Vendor, vendor_id) is None:
        raise NotFound("That vendor is not in the register.")
    if expires_on is not None and expires_on < signed_on:
        raise InvalidInput("A BAA cannot expire before it was signed.")
    baa = BusinessAssociateAgreement(
        id=str(uuid.uuid4()), vendor_id=vendor_id, signed_on=signed_on, expires_on=expires_on,
        forbids_training=forbids_training, retention_days=retention_days,
        created_at=datetime.now(UTC))
    if document is not None:
        if keys is None:
            raise InvalidInput("A BAA document can only be stored in an opened practice.")
        report = check_text(document_text(document, filename=document_name or "baa.txt"))
        found = {f.id: f for f in report.findings}
        baa.forbids_training = found["no_training"].ok
        baa.retention_days = MAX_RETENTION_DAYS if found["retention_limit"].ok else None
        baa.check_result = json.dumps(report.as_json())
        baa.document_name = (document_name or "baa.txt")[-200:]
        baa.document = keys.seal_bytes(table="baas", column="document", row_id=baa.id,
                                       value=document)
    db.add(baa)
    db.flush()
    audit.record(db, actor=actor, action="baa.record", object_type="baa", object_id=baa.id,
                 details={"vendor_id": vendor_id, "forbids_training": baa.forbids_training,
                          "document": document is not None})
    return baa


def baa_document(db: Session, *, keys: KeyRing, actor: Actor, baa_id: str) -> tuple[str, bytes]:
    """A filed BAA's document (name, bytes), for those who manage the register."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    baa = db.get(BusinessAssociateAgreement, baa_id)
    if baa is None or baa.document is None:
        raise NotFound("That agreement has no document on file.")
    data = keys.open_bytes(table="baas", column="document", row_id=baa.id,
                           blob=baa.document) or b""
    audit.record(db, actor=actor, action="baa.read", object_type="baa", object_id=baa.id)
    return baa.document_name or "baa.txt", data


def _any_baa(db: Session, *, vendor_id: str) -> bool:
    return db.scalar(select(BusinessAssociateAgreement.id)
                     .where(BusinessAssociateAgreement.vendor_id == vendor_id).limit(1)) is not None


def current_baas(db: Session, *, vendor_id: str,
                 today: date) -> list[BusinessAssociateAgreement]:
    """A vendor's BAAs in force on a day, newest first."""
    return [baa for baa in db.scalars(select(BusinessAssociateAgreement)
                                      .where(BusinessAssociateAgreement.vendor_id == vendor_id)
                                      .order_by(BusinessAssociateAgreement.signed_on.desc()))
            if baa.signed_on <= today and (baa.expires_on is None or baa.expires_on >= today)]


def current_baa(db: Session, *, vendor_id: str, today: date) -> BusinessAssociateAgreement | None:
    """The BAA in force for a vendor on a day (the newest if several), or None."""
    return next(iter(current_baas(db, vendor_id=vendor_id, today=today)), None)


def register(db: Session, *, today: date | None = None) -> list[dict[str, Any]]:
    """The vendor register with each vendor's BAA status and chain, for pages and reports."""
    day = today or date.today()
    rows = []
    for vendor in db.scalars(select(Vendor).order_by(Vendor.name)):
        baa = current_baa(db, vendor_id=vendor.id, today=day)
        status = ("prohibited" if vendor.prohibited else "not needed" if not vendor.touches_phi
                  else "current" if baa else "expired" if _any_baa(db, vendor_id=vendor.id)
                  else "missing")
        rows.append({"id": vendor.id, "name": vendor.name, "kind": vendor.kind,
                     "kind_title": VENDOR_KINDS.get(vendor.kind, vendor.kind),
                     "service": vendor.service, "phi": json.loads(vendor.phi),
                     "region": vendor.region, "upstream": json.loads(vendor.upstream),
                     "touches_phi": vendor.touches_phi, "prohibited": vendor.prohibited,
                     "soc2_report_on": vendor.soc2_report_on, "baa_status": status,
                     "baa_id": baa.id if baa else None,
                     "baa_expires_on": baa.expires_on if baa else None,
                     "baa_check": json.loads(baa.check_result) if baa and baa.check_result
                     else None})
    return rows


def data_flows(db: Session, *, today: date | None = None) -> list[list[dict[str, object]]]:
    """Each chain practice -> vendor -> its cloud -> its model provider, with BAA status on
    every link (a link without a BAA is where PHI is unprotected)."""
    chains = []
    for row in register(db, today=today):
        if not row["touches_phi"] or row["prohibited"]:
            continue
        chain: list[dict[str, object]] = [{"name": "The practice", "role": "covered entity",
                                           "baa": True}]
        chain.append({"name": row["name"], "role": row["kind_title"],
                      "baa": row["baa_status"] == "current"})
        for link in row["upstream"]:
            chain.append({"name": link.get("name"), "role": link.get("role", "subcontractor"),
                          "baa": bool(link.get("baa"))})
        chains.append(chain)
    return chains


# ---- staff ----------------------------------------------------------------------------------

HIPAA_TRAINING = "HIPAA privacy and security training"
TRAINING_VALID_DAYS = 365
APPROVED_TOOLS_POLICY = "approved-ai-tools"


def record_training(db: Session, *, actor: Actor, user_id: str, completed_on: date,
                    course: str = HIPAA_TRAINING) -> TrainingRecord:
    """Record a completed course; the next one is due a year later."""
    access.require_practice(db, actor=actor, permission=Permission.COMPLIANCE_MANAGE)
    if completed_on > date.today():
        raise InvalidInput("Training cannot be completed in the future.")
    row = TrainingRecord(id=str(uuid.uuid4()), user_id=user_id, course=course,
                         completed_on=completed_on,
                         due_on=completed_on + timedelta(days=TRAINING_VALID_DAYS),
                         recorded_by=actor.user_id, created_at=datetime.now(UTC))
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="training.record", object_type="user",
                 object_id=user_id, details={"course": course})
    return row


def training_status(db: Session, *, today: date | None = None) -> list[dict[str, Any]]:
    """Every active workforce member's HIPAA training: last completed, next due, overdue."""
    day = today or date.today()
    rows = []
    for user in db.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name)):
        last = db.scalars(select(TrainingRecord)
                          .where(TrainingRecord.user_id == user.id,
                                 TrainingRecord.course == HIPAA_TRAINING)
                          .order_by(TrainingRecord.completed_on.desc())).first()
        acknowledged = policy_acknowledged(db, user_id=user.id)
        rows.append({"user_id": user.id, "name": user.display_name,
                     "completed_on": last.completed_on if last else None,
                     "due_on": last.due_on if last else None,
                     "overdue": last is None or last.due_on < day,
                     "policy_acknowledged": acknowledged})
    return rows


def policy_acknowledged(db: Session, *, user_id: str) -> datetime | None:
    """When a person last acknowledged the approved-AI-tools policy, or None."""
    return db.scalar(select(PolicyAcknowledgement.acknowledged_at).where(
        PolicyAcknowledgement.user_id == user_id,
        PolicyAcknowledgement.policy == APPROVED_TOOLS_POLICY)
        .order_by(PolicyAcknowledgement.acknowledged_at.desc()).limit(1))


def approved_tools_policy(db: Session, *, today: date | None = None) -> tuple[str, Letter]:
    """The approved-AI-tools policy, generated from the register; its version changes whenever
    the list does, so staff acknowledge what is actually in force."""
    rows = register(db, today=today)
    approved = [r for r in rows if r["kind"] in ("ai_scribe", "model_endpoint", "consumer_ai")
                and r["baa_status"] == "current"]
    banned = [r for r in rows if r["prohibited"]]
    letter = Letter("Approved AI tools policy")
    letter.paragraph("Client information may be used only with the AI tools below. They are "
                     "covered by a current Business Associate Agreement, or run on the "
                     "practice's own machines. Any other AI tool is not approved.")
    letter.heading("Approved")
    letter.bullets(["Sealnote's offline drafter and models on the practice's own machines"]
                   + [f"{r['name']}" + (f" ({r['service']})" if r["service"] else "")
                      for r in approved])
    letter.heading("Prohibited with client information")
    letter.bullets([r["name"] for r in banned] or ["Every AI tool not listed above"])
    letter.paragraph("Never paste client names, notes or any other client details into a tool "
                     "that is not approved. If you are unsure, ask the privacy officer first.")
    version = hashlib.sha256(letter.text().encode()).hexdigest()[:12]
    return version, letter


def acknowledge_policy(db: Session, *, actor: Actor) -> str:
    """The signed-in user acknowledges the current approved-tools policy; returns its version."""
    version, _ = approved_tools_policy(db)
    db.add(PolicyAcknowledgement(id=str(uuid.uuid4()), user_id=actor.user_id,
                                 policy=APPROVED_TOOLS_POLICY, version=version,
                                 acknowledged_at=datetime.now(UTC)))
    audit.record(db, actor=actor, action="policy.acknowledge", object_type="policy",
                 object_id=APPROVED_TOOLS_POLICY, details={"version": version})
    return version


@dataclass(frozen=True)
class EndpointSettings:
    """How to reach a model: where, which model, and the key the vendor issued (if any)."""

    label: str
    base_url: str
    model: str
    api_key: str | None


def register_endpoint(db: Session, *, actor: Actor, base_url: str, on_premises: bool = False,
                      vendor_id: str | None = None, model: str | None = None,
                      label: str | None = None, api_key: str | None = None,
                      keys: KeyRing | None = None) -> ModelEndpoint:
    """Register a model endpoint: on the practice's premises, or run by a vendor."""
    access.require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    url = normalise_url(base_url)
    if db.scalar(select(ModelEndpoint).where(ModelEndpoint.base_url == url)) is not None:
        raise InvalidInput(f"{url} is registered already.")
    endpoint = ModelEndpoint(id=str(uuid.uuid4()), base_url=url,
                             on_premises=on_premises, vendor_id=vendor_id,
                             model=(model or "").strip() or None,
                             label=(label or "").strip() or None,
                             created_by=actor.user_id, created_at=datetime.now(UTC))
    if api_key:
        if keys is None:
            raise InvalidInput("An API key can only be stored in an opened practice.")
        endpoint.api_key = keys.seal(table="model_endpoints", column="api_key",
                                     row_id=endpoint.id, value=api_key.strip())
    db.add(endpoint)
    db.flush()
    audit.record(db, actor=actor, action="endpoint.register", object_type="model_endpoint",
                 object_id=endpoint.id, details={"on_premises": on_premises})
    return endpoint


def register_vendor_endpoint(db: Session, *, actor: Actor, base_url: str,
                             on_premises: bool = False, vendor: str | None = None,
                             baa_signed: date | None = None, baa_expires: date | None = None,
                             forbids_training: bool = False,
                             retention_days: int | None = None, model: str | None = None,
                             label: str | None = None, api_key: str | None = None,
                             keys: KeyRing | None = None) -> EndpointDecision:
    """Register an endpoint with its vendor and that vendor's BAA in one go; say if it may
    now be used."""
    vendor_id = None
    if vendor:
        vendor_id = register_vendor(db, actor=actor, name=vendor).id
        if baa_signed is not None:
            record_baa(db, actor=actor, vendor_id=vendor_id, signed_on=baa_signed,
                       expires_on=baa_expires, forbids_training=forbids_training,
                       retention_days=retention_days)
    register_endpoint(db, actor=actor, base_url=base_url, on_premises=on_premises,
                      vendor_id=vendor_id, model=model, label=label, api_key=api_key, keys=keys)
    return endpoint_allowed(db, base_url=base_url)


def list_endpoints(db: Session) -> list[dict[str, object]]:
    """Every registered endpoint with today's verdict (no secrets), for settings and drafting."""
    rows = db.scalars(select(ModelEndpoint).order_by(ModelEndpoint.created_at))
    result: list[dict[str, object]] = []
    for row in rows:
        decision = endpoint_allowed(db, base_url=row.base_url)
        vendor = db.get(Vendor, row.vendor_id) if row.vendor_id else None
        result.append({"id": row.id, "label": row.label or row.base_url, "base_url": row.base_url,
                       "model": row.model, "on_premises": row.on_premises,
                       "vendor": vendor.name if vendor else None,
                       "allowed": decision.allowed, "reason": decision.reason,
                       "has_api_key": row.api_key is not None})
    return result


def endpoint_settings(db: Session, *, keys: KeyRing, endpoint_id: str) -> EndpointSettings:
    """What a provider needs to call a registered endpoint (the policy is still checked per
    call by the drafting flow)."""
    row = db.get(ModelEndpoint, endpoint_id)
    if row is None:
        raise NotFound("That model endpoint is not registered.",
                       hint="Choose another, or ask an administrator to register it.")
    if not row.model:
        raise InvalidInput(f"{row.base_url} has no model name on file.",
                           hint="An administrator can register it again with its model name.")
    return EndpointSettings(label=row.label or row.base_url, base_url=row.base_url,
                            model=row.model,
                            api_key=keys.open(table="model_endpoints", column="api_key",
                                              row_id=row.id, blob=row.api_key))


def endpoint_allowed(db: Session | None, *, base_url: str,
                     today: date | None = None) -> EndpointDecision:
    """May released text go to this endpoint? Decided without connecting to it."""
    url = normalise_url(base_url)
    if is_loopback(url):
        return EndpointDecision(True, "runs on this machine")
    if db is None:
        return EndpointDecision(False, "only endpoints on this machine may be used without a "
                                "data directory (no BAA register to consult)")
    endpoint = db.scalar(select(ModelEndpoint).where(ModelEndpoint.base_url == url))
    if endpoint is None:
        return EndpointDecision(False, f"{url} is not registered: an administrator must "
                                "register it with its vendor and that vendor's BAA")
    if endpoint.on_premises:
        return EndpointDecision(True, "registered as on the practice's premises")
    vendor = db.get(Vendor, endpoint.vendor_id) if endpoint.vendor_id else None
    if vendor is None:
        return EndpointDecision(False, f"{url} has no vendor on file, so no BAA covers it")
    day = today or date.today()
    current = current_baas(db, vendor_id=vendor.id, today=day)
    if not current:
        state = "has expired" if _any_baa(db, vendor_id=vendor.id) else "is not on file"
        return EndpointDecision(False, f"the Business Associate Agreement with {vendor.name} "
                                f"{state}", vendor.name)
    good = [b for b in current if b.forbids_training and b.retention_days is not None
            and b.retention_days <= MAX_RETENTION_DAYS]
    if not good:
        return EndpointDecision(False, f"the BAA with {vendor.name} does not forbid training on "
                                f"the data and limit retention to {MAX_RETENTION_DAYS} days",
                                vendor.name)
    return EndpointDecision(True, f"covered by the BAA with {vendor.name}", vendor.name)

