"""Errors a user sees: what went wrong, and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class SealnoteError(Exception):
    """An error with a plain-language message and a next step for the user."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class ConfigurationError(SealnoteError):
    """Settings, keys or the data directory are missing or wrong."""


class NotFound(SealnoteError):
    """The record does not exist, or the user may not know that it exists."""


class InvalidInput(SealnoteError):
    """The user gave a value Sealnote cannot accept."""


class AuditedFailure(SealnoteError):
    """A refusal whose trace must outlive the rolled-back work.

    `followup` runs in a fresh transaction after the failed one is rolled back: it writes the
    audit event (and, for a failed login, the failure count) that must not be lost.
    """

    def __init__(self, message: str, *, hint: str = "",
                 followup: Callable[[Any], None] | None = None) -> None:
        super().__init__(message, hint=hint)
        self.followup = followup


class PermissionDenied(AuditedFailure):
    """The user's role or relationship to the client does not allow this."""


class AuthenticationFailed(AuditedFailure):
    """Wrong password, code or account state."""


class AccountLocked(AuthenticationFailed):
    """Too many failed attempts; the account is locked for a while."""


class RecordLocked(SealnoteError):
    """A signed note cannot change; corrections are addenda."""


class RetentionError(SealnoteError):
    """Records inside their retention period cannot be deleted."""


class MfaRequired(SealnoteError):
    """The password was right; a one-time code from the authenticator app is needed too."""

    def __init__(self, message: str, *, hint: str = "", user_id: str) -> None:
        super().__init__(message, hint=hint)
        self.user_id = user_id


class ConsentMissing(SealnoteError):
    """The client has not given (or has revoked) the consent this needs."""
