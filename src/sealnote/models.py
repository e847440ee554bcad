"""Every table, imported in one place so that metadata and migrations see them all."""

from sealnote.access.models import ApiToken, ClientGrant, User, WebSession
from sealnote.audit.models import AuditAnchor, AuditEvent
from sealnote.breach.models import Incident
from sealnote.compliance.models import (
    AccessReview,
    BusinessAssociateAgreement,
    ModelEndpoint,
    PolicyAcknowledgement,
    RiskAnalysis,
    TrainingRecord,
    Vendor,
    VendorAssessment,
)
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
from sealnote.webscan.models import WebScan

__all__ = [
    "AccessReview", "Addendum", "ApiToken", "AuditAnchor", "AuditEvent", "Base",
    "BusinessAssociateAgreement", "Client", "ClientGrant", "Consent", "DataKey", "Dictation",
    "DraftingDefaults", "Incident", "ModelEndpoint", "Note", "NoteTemplate",
    "PolicyAcknowledgement", "Practice", "PsychotherapyNote", "RiskAnalysis", "TherapySession",
    "TrainingRecord", "User", "Vendor", "VendorAssessment", "WebScan", "WebSession",
]
