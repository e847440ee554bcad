"""Every table, imported in one place so that metadata and migrations see them all."""

from sealnote.access.models import ClientGrant, User
from sealnote.audit.models import AuditAnchor, AuditEvent
from sealnote.crypto import DataKey
from sealnote.db import Base
from sealnote.records.models import (
    Addendum,
    Client,
    Consent,
    Note,
    Practice,
    PsychotherapyNote,
    TherapySession,
)

__all__ = [
    "Addendum", "AuditAnchor", "AuditEvent", "Base", "Client", "ClientGrant", "Consent",
    "DataKey", "Note", "Practice", "PsychotherapyNote", "TherapySession", "User",
]
