"""The vendor and BAA register (minimal: what the model-endpoint policy needs for now)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class Vendor(Base):
    """A business that touches PHI (here: hosts a model endpoint)."""

    __tablename__ = "vendors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


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


class ModelEndpoint(Base):
    """An AI endpoint an admin registered: on the practice's own premises, or a vendor's."""

    __tablename__ = "model_endpoints"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_url: Mapped[str] = mapped_column(String(500), unique=True, nullable=False)
    on_premises: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    vendor_id: Mapped[str | None] = mapped_column(ForeignKey("vendors.id"))
    created_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
