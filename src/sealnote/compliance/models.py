"""The vendor and BAA register (minimal: what the model-endpoint policy needs for now)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class Vendor(Base):
    """A system or business that touches PHI: what it touches, where the data lives, and the
    chain behind it (its cloud, its model provider), each link with or without a BAA."""

    __tablename__ = "vendors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="other")
    service: Mapped[str | None] = mapped_column(String(300))
    phi: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # kinds of PHI
    region: Mapped[str | None] = mapped_column(String(100))
    upstream: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # the chain
    touches_phi: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    prohibited: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    soc2_report_on: Mapped[date | None] = mapped_column(Date)


class BusinessAssociateAgreement(Base):
    """A signed BAA and the AI clauses the endpoint policy checks."""

    __tablename__ = "baas"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vendor_id: Mapped[str] = mapped_column(ForeignKey("vendors.id"), nullable=False, index=True)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    expires_on: Mapped[date | None] = mapped_column(Date)
    forbids_training: Mapped[bool] = mapped_column(Boolean, nullable=False)
    retention_days: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    document: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed
    document_name: Mapped[str | None] = mapped_column(String(200))
    check_result: Mapped[str | None] = mapped_column(Text)  # the clause check, as JSON


class ModelEndpoint(Base):
    """An AI endpoint an admin registered: on the practice's own premises, or a vendor's."""

    __tablename__ = "model_endpoints"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_url: Mapped[str] = mapped_column(String(500), unique=True, nullable=False)
    on_premises: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    vendor_id: Mapped[str | None] = mapped_column(ForeignKey("vendors.id"))
    label: Mapped[str | None] = mapped_column(String(200))
    model: Mapped[str | None] = mapped_column(String(200))
    api_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed
    created_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class TrainingRecord(Base):
    """A workforce member completed a training course (HIPAA training is yearly)."""

    __tablename__ = "training_records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    course: Mapped[str] = mapped_column(String(200), nullable=False)
    completed_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class PolicyAcknowledgement(Base):
    """A workforce member read and accepted a version of a policy."""

    __tablename__ = "policy_acknowledgements"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    policy: Mapped[str] = mapped_column(String(100), nullable=False)
    version: Mapped[str] = mapped_column(String(64), nullable=False)
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class VendorAssessment(Base):
    """A vendor's answers to the evaluation questionnaire, with evidence, score and risk."""

    __tablename__ = "vendor_assessments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vendor_id: Mapped[str] = mapped_column(ForeignKey("vendors.id"), nullable=False, index=True)
    answers: Mapped[str] = mapped_column(Text, nullable=False)  # key -> {answer, evidence, on}
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    risk: Mapped[str] = mapped_column(String(16), nullable=False)
    next_review_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessed_by: Mapped[str] = mapped_column(String(128), nullable=False)
    assessed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class RiskAnalysis(Base):
    """A dated security risk analysis (164.308(a)(1)(ii)(A)); kept six years, never deleted."""

    __tablename__ = "risk_analyses"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    performed_on: Mapped[date] = mapped_column(Date, nullable=False)
    performed_by: Mapped[str] = mapped_column(String(128), nullable=False)
    items: Mapped[str] = mapped_column(Text, nullable=False)  # one per safeguard, as JSON
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class AccessReview(Base):
    """A periodic review of who can reach what (164.308(a)(4))."""

    __tablename__ = "access_reviews"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reviewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reviewer_id: Mapped[str] = mapped_column(String(128), nullable=False)
    findings: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

