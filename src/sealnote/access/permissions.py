"""Who may do what to which client: the rules, in one place."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CLINICIAN = "clinician"
    SUPERVISOR = "supervisor"
    FRONT_DESK = "front_desk"
    PRIVACY_OFFICER = "privacy_officer"


class Permission(StrEnum):
    DEMOGRAPHICS_READ = "demographics.read"
    DEMOGRAPHICS_WRITE = "demographics.write"
    CHART_READ = "chart.read"
    CHART_WRITE = "chart.write"
    NOTE_READ = "note.read"
    NOTE_WRITE = "note.write"
    SCHEDULE_READ = "schedule.read"
    SCHEDULE_WRITE = "schedule.write"
    CONSENT_READ = "consent.read"
    CONSENT_WRITE = "consent.write"
    CLIENT_CREATE = "client.create"
    AUDIT_READ = "audit.read"
    USERS_MANAGE = "users.manage"
    PRACTICE_EXPORT = "practice.export"
    BREACH_MANAGE = "breach.manage"
    COMPLIANCE_MANAGE = "compliance.manage"


P = Permission

# What a role may do for every client of the practice, whoever treats them.
PRACTICE_WIDE: dict[str, frozenset[Permission]] = {
    Role.ADMIN: frozenset({P.DEMOGRAPHICS_READ, P.DEMOGRAPHICS_WRITE, P.SCHEDULE_READ,
                           P.SCHEDULE_WRITE, P.CLIENT_CREATE, P.USERS_MANAGE,
                           P.PRACTICE_EXPORT, P.BREACH_MANAGE, P.COMPLIANCE_MANAGE}),
    Role.FRONT_DESK: frozenset({P.DEMOGRAPHICS_READ, P.DEMOGRAPHICS_WRITE, P.SCHEDULE_READ,
                                P.SCHEDULE_WRITE, P.CONSENT_READ, P.CONSENT_WRITE,
                                P.CLIENT_CREATE}),
    Role.PRIVACY_OFFICER: frozenset({P.AUDIT_READ, P.DEMOGRAPHICS_READ, P.CONSENT_READ,
                                     P.BREACH_MANAGE, P.COMPLIANCE_MANAGE}),
    Role.CLINICIAN: frozenset({P.CLIENT_CREATE}),
    Role.SUPERVISOR: frozenset(),
}

# What the treating clinician (or one granted access, or one who broke the glass) may do.
CARE_TEAM: frozenset[Permission] = frozenset({
    P.DEMOGRAPHICS_READ, P.DEMOGRAPHICS_WRITE, P.CHART_READ, P.CHART_WRITE, P.NOTE_READ,
    P.NOTE_WRITE, P.SCHEDULE_READ, P.SCHEDULE_WRITE, P.CONSENT_READ, P.CONSENT_WRITE,
})

# What a supervisor may do for the clients of the clinicians they supervise: read, not write.
SUPERVISION: frozenset[Permission] = frozenset({
    P.DEMOGRAPHICS_READ, P.CHART_READ, P.NOTE_READ, P.SCHEDULE_READ, P.CONSENT_READ,
})

# Roles that may open a client's record in an emergency, with a reason, flagged for review.
MAY_BREAK_GLASS = frozenset({Role.CLINICIAN, Role.SUPERVISOR})

BREAK_GLASS_HOURS = 4
