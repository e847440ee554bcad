"""The clinical record: clients, sessions, notes, addenda, psychotherapy notes, consents.

Every column holding PHI is a LargeBinary sealed by `crypto.KeyRing` with the table, column and
row bound into its associated data; the names of those columns are listed in `SEALED`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class Practice(Base):
    """The one practice a data directory holds."""

    __tablename__ = "practice"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # How people reach the practice about their privacy (JSON; used in breach notices).
    contact: Mapped[str | None] = mapped_column(Text)


class Client(Base):
    """A client and their chart; all identifying fields sealed."""

    __tablename__ = "clients"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    primary_clinician_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False,
                                                      index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    legal_name: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    preferred_name: Mapped[bytes | None] = mapped_column(LargeBinary)
    nicknames: Mapped[bytes | None] = mapped_column(LargeBinary)
    date_of_birth: Mapped[bytes | None] = mapped_column(LargeBinary)
    address: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone: Mapped[bytes | None] = mapped_column(LargeBinary)
    email: Mapped[bytes | None] = mapped_column(LargeBinary)
    insurance_member_id: Mapped[bytes | None] = mapped_column(LargeBinary)
    mrn: Mapped[bytes | None] = mapped_column(LargeBinary)
    emergency_contact: Mapped[bytes | None] = mapped_column(LargeBinary)
    relatives: Mapped[bytes | None] = mapped_column(LargeBinary)
    employer: Mapped[bytes | None] = mapped_column(LargeBinary)
    school: Mapped[bytes | None] = mapped_column(LargeBinary)


class TherapySession(Base):
    """A scheduled or held session. Times are kept in clear for the calendar; who is sealed."""

    __tablename__ = "therapy_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    clinician_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Note(Base):
    """A progress note: a draft until signed; once signed, database triggers refuse changes."""

    __tablename__ = "notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("therapy_sessions.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    format: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[str | None] = mapped_column(String(32))
    sign_method: Mapped[str | None] = mapped_column(String(32))
    # Review flags from drafting (sealed: they quote the draft); signing needs none open.
    flags: Mapped[bytes | None] = mapped_column(LargeBinary)
    open_flags: Mapped[int] = mapped_column(Integer, nullable=False, default=0,
                                            server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Addendum(Base):
    """A signed correction or addition to a signed note; immutable once written."""

    __tablename__ = "addenda"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("notes.id"), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    reason: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    signed_at: Mapped[str] = mapped_column(String(32), nullable=False)
    sign_method: Mapped[str] = mapped_column(String(32), nullable=False)


class PsychotherapyNote(Base):
    """HIPAA's separate category (45 CFR 164.501): kept apart, author-only, not exported."""

    __tablename__ = "psychotherapy_notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("therapy_sessions.id"))
    author_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Consent(Base):
    """A consent on file: AI-assisted documentation, recording, or 42 CFR Part 2."""

    __tablename__ = "consents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    version: Mapped[str] = mapped_column(String(32), nullable=False)
    granted_on: Mapped[date] = mapped_column(Date, nullable=False)
    expires_on: Mapped[date | None] = mapped_column(Date)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


# Sealed columns per table: what the "no plaintext PHI on disk" tests and exports walk.
SEALED: dict[str, tuple[str, ...]] = {
    "clients": ("legal_name", "preferred_name", "nicknames", "date_of_birth", "address", "phone",
                "email", "insurance_member_id", "mrn", "emergency_contact", "relatives",
                "employer", "school"),
    "notes": ("body", "flags"),
    "dictations": ("body",),
    "addenda": ("reason", "body"),
    "psychotherapy_notes": ("body",),
    "consents": ("scope",),
    "client_grants": ("reason",),
    "users": ("mfa_secret",),
    "model_endpoints": ("api_key",),
    "incidents": ("title", "description", "assessment"),
    "baas": ("document",),
}
