"""What drafting keeps: the dictation (so a failed model call loses nothing) and templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sealnote.db import Base


class Dictation(Base):
    """A clinician's dictation or typed account of a session, sealed."""

    __tablename__ = "dictations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), nullable=False, index=True)
    author_id: Mapped[str] = mapped_column(String(128), nullable=False)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("therapy_sessions.id"))
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    note_id: Mapped[str | None] = mapped_column(ForeignKey("notes.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class NoteTemplate(Base):
    """A practice-defined note format; every change is a new version."""

    __tablename__ = "note_templates"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    sections: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class DraftingDefaults(Base):
    """A clinician's usual note format and modality."""

    __tablename__ = "drafting_defaults"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    note_format: Mapped[str] = mapped_column(String(64), nullable=False)
    modality: Mapped[str | None] = mapped_column(String(64))
