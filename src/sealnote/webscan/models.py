"""What the scanner keeps: each scan of the practice's website (its own URLs only, no PHI)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class WebScan(Base):
    """One scan: when, the worst page risk, and the whole result as JSON."""

    __tablename__ = "web_scans"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site: Mapped[str] = mapped_column(String(500), nullable=False, index=True)
    scanned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    worst: Mapped[str] = mapped_column(String(16), nullable=False)
    result: Mapped[str] = mapped_column(Text, nullable=False)
