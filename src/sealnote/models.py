"""Every table, imported in one place so that metadata and migrations see them all."""

from sealnote.access.models import ClientGrant, User, WebSession
from sealnote.audit.models import AuditAnchor, AuditEvent
from sealnote.compliance.models import BusinessAssociateAgreement, ModelEndpoint, Vendor
from sealnote.crypto import DataKey
from sealnote.db import Base
from sealnote.drafting.models import Dictation, DraftingDefaults, NoteTemplate
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
    "Addendum", "AuditAnchor", "AuditEvent", "Base", "BusinessAssociateAgreement", "Client",
    "ClientGrant", "Consent", "DataKey", "Dictation", "DraftingDefaults", "ModelEndpoint",
    "Note", "NoteTemplate", "Practice", "PsychotherapyNote", "TherapySession", "User", "Vendor",
    "WebSession",
]
