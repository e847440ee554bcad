"""Whether a model endpoint may receive released text: on this machine, registered as on the
practice's premises, or run by a vendor with a current BAA that forbids training and limits
retention. The drafting flow asks before every call."""

from __future__ import annotations

import ipaddress
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.compliance.models import BusinessAssociateAgreement, ModelEndpoint, Vendor
from sealnote.errors import InvalidInput

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


def register_vendor(db: Session, *, actor: Actor, name: str) -> Vendor:
    """Add a vendor to the register (admins)."""
    access.require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    vendor = Vendor(id=str(uuid.uuid4()), name=name.strip(), created_at=datetime.now(UTC))
    db.add(vendor)
    db.flush()
    audit.record(db, actor=actor, action="vendor.create", object_type="vendor",
                 object_id=vendor.id)
    return vendor


def record_baa(db: Session, *, actor: Actor, vendor_id: str, signed_on: date,
               expires_on: date | None, forbids_training: bool,
               retention_days: int | None) -> BusinessAssociateAgreement:
    """File a signed BAA with the clauses the endpoint policy reads."""
    access.require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    baa = BusinessAssociateAgreement(
        id=str(uuid.uuid4()), vendor_id=vendor_id, signed_on=signed_on, expires_on=expires_on,
        forbids_training=forbids_training, retention_days=retention_days,
        created_at=datetime.now(UTC))
    db.add(baa)
    db.flush()
    audit.record(db, actor=actor, action="baa.record", object_type="baa", object_id=baa.id,
                 details={"vendor_id": vendor_id, "forbids_training": forbids_training})
    return baa


def register_endpoint(db: Session, *, actor: Actor, base_url: str, on_premises: bool = False,
                      vendor_id: str | None = None) -> ModelEndpoint:
    """Register a model endpoint: on the practice's premises, or run by a vendor."""
    access.require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    endpoint = ModelEndpoint(id=str(uuid.uuid4()), base_url=normalise_url(base_url),
                             on_premises=on_premises, vendor_id=vendor_id,
                             created_by=actor.user_id, created_at=datetime.now(UTC))
    db.add(endpoint)
    db.flush()
    audit.record(db, actor=actor, action="endpoint.register", object_type="model_endpoint",
                 object_id=endpoint.id, details={"on_premises": on_premises})
    return endpoint


def register_vendor_endpoint(db: Session, *, actor: Actor, base_url: str,
                             on_premises: bool = False, vendor: str | None = None,
                             baa_signed: date | None = None, baa_expires: date | None = None,
                             forbids_training: bool = False,
                             retention_days: int | None = None) -> EndpointDecision:
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
                      vendor_id=vendor_id)
    return endpoint_allowed(db, base_url=base_url)


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
    baas = list(db.scalars(select(BusinessAssociateAgreement)
                           .where(BusinessAssociateAgreement.vendor_id == vendor.id)))
    current = [b for b in baas if b.signed_on <= day and (b.expires_on is None
                                                           or b.expires_on >= day)]
    if not current:
        state = "has expired" if baas else "is not on file"
        return EndpointDecision(False, f"the Business Associate Agreement with {vendor.name} "
                                f"{state}", vendor.name)
    good = [b for b in current if b.forbids_training and b.retention_days is not None
            and b.retention_days <= MAX_RETENTION_DAYS]
    if not good:
        return EndpointDecision(False, f"the BAA with {vendor.name} does not forbid training on "
                                f"the data and limit retention to {MAX_RETENTION_DAYS} days",
                                vendor.name)
    return EndpointDecision(True, f"covered by the BAA with {vendor.name}", vendor.name)

