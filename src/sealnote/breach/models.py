"""An incident and everything decided about it. Kept at least six years (164.530(j)); there is
no delete. What happened and the reasoning are sealed; dates, counts and choices are not."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)  # sealed
    description: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)  # sealed
    source: Mapped[str] = mapped_column(String(32), nullable=False)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    discovered_on: Mapped[date] = mapped_column(Date, nullable=False)
    phi_types: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    secured: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    key_compromised: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    exclusion: Mapped[str | None] = mapped_column(String(32))
    delay_kind: Mapped[str | None] = mapped_column(String(16))
    delay_stated_on: Mapped[date | None] = mapped_column(Date)
    delay_until: Mapped[date | None] = mapped_column(Date)
    delay_official: Mapped[str | None] = mapped_column(String(200))
    business_associate: Mapped[str | None] = mapped_column(String(200))
    ba_discovered_on: Mapped[date | None] = mapped_column(Date)
    affected: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # state -> count
    affected_clients: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    out_of_date_contacts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    assessment: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed: factors, reasoning
    conclusion: Mapped[str | None] = mapped_column(String(32))
    assessed_by: Mapped[str | None] = mapped_column(String(128))
    assessed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    notices: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # kind -> sent on
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    created_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
