"""The only way out: re-scan the outgoing text, fail closed, hand back a ReleasedText.

Provider adapters accept nothing but a ReleasedText, and only `release` can make one: the
constructor demands a key object that lives in this module.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sealnote.boundary.detect import detect
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.sensitive import Action, SensitivePolicy, find_sensitive
from sealnote.boundary.spans import Span
from sealnote.boundary.surrogates import PLACEHOLDER
from sealnote.errors import SealnoteError

_RELEASE_KEY = object()


@dataclass(frozen=True)
class Finding:
    """Something the re-scan found: where it is and what kind (the value stays local)."""

    label: str
    start: int
    end: int
    source: str


class BoundaryViolation(SealnoteError):
    """The outgoing text could not be proven clean, so nothing was sent."""

    def __init__(self, message: str, *, findings: Sequence[Finding] = (), hint: str = "") -> None:
        super().__init__(message, hint=hint or "Remove or correct what was found and try "
                         "again; nothing left this computer.")
        self.findings = tuple(findings)


class ReleasedText:
    """Text proven free of identifiers, ready for a model. Made only by `release`."""

    __slots__ = ("_text",)

    def __init__(self, text: str, *, _key: object) -> None:
        if _key is not _RELEASE_KEY:
            raise TypeError("Only sealnote.boundary.release.release() may create a ReleasedText")
        self._text = text

    @property
    def text(self) -> str:
        return self._text

    @property
    def sha256(self) -> str:
        """What the audit log records about what left: a hash, never the text."""
        return hashlib.sha256(self._text.encode()).hexdigest()

    def __repr__(self) -> str:
        return f"ReleasedText(sha256={self.sha256[:12]}…, {len(self._text)} chars)"

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_text"):
            raise AttributeError("ReleasedText is immutable")
        object.__setattr__(self, name, value)


def _mask_placeholders(text: str) -> str:
    # Placeholders are ours; blank them (keeping offsets) so the re-scan judges only the rest.
    return PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)


def _describe(findings: Sequence[Finding]) -> str:
    shown = ", ".join(f"{f.label} at characters {f.start}–{f.end}" for f in findings[:5])
    more = f" and {len(findings) - 5} more" if len(findings) > 5 else ""
    return f"{len(findings)} possible identifier(s) remain: {shown}{more}."


def release(
    text: str,
    *,
    practice_known: KnownIdentifiers | None,
    policy: SensitivePolicy | None = None,
    scan: Callable[..., list[Span]] = detect,
) -> ReleasedText:
    """Release de-identified text, or raise BoundaryViolation and release nothing.

    The re-scan runs every recognizer again and checks the known identifiers of every client
    of the practice, so one client's name in another client's note is stopped here.
    """
    try:
        masked = _mask_placeholders(text)
        spans = scan(masked, known=practice_known)
        mentions = find_sensitive(masked) if policy is not None else []
    except Exception as err:  # fail closed: an unproven payload does not leave
        raise BoundaryViolation("The boundary could not check this text, so nothing was sent.",
                                hint="Try again; if it keeps happening, report it.") from err
    findings = [Finding(s.label.value, s.start, s.end, s.source) for s in spans]
    if policy is not None:
        findings += [Finding(f"SENSITIVE:{m.category.value}", m.start, m.end, "policy")
                     for m in mentions if policy.action(m.category) is Action.BLOCK]
    if findings:
        raise BoundaryViolation(_describe(findings), findings=findings)
    if re.search(r"\S", text) is None:
        raise BoundaryViolation("There is nothing to send.", hint="Add the session's content.")
    return ReleasedText(text, _key=_RELEASE_KEY)
