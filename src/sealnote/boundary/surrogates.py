"""Typed placeholders, consistent within a document; the mapping never leaves this process.

The same value always gets the same placeholder ("Peggy" and "peggy" and "Peggy's" are one
person); the client's own name is [CLIENT]. An optional per-request date shift replaces dates
with shifted dates instead of placeholders, keeping intervals between them meaningful.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sealnote.boundary.spans import Label, Span

PLACEHOLDER = re.compile(r"\[(?P<kind>[A-Z][A-Z0-9_]*?)(?:_(?P<n>\d+))?\]")

KIND_OF: dict[Label, str] = {
    Label.NAME: "PERSON", Label.DATE: "DATE", Label.AGE_OVER_89: "AGE_90_PLUS",
    Label.PHONE: "PHONE", Label.FAX: "FAX", Label.EMAIL: "EMAIL", Label.URL: "URL",
    Label.IP: "IP", Label.LOCATION: "LOCATION", Label.ORGANIZATION: "ORG", Label.PHOTO: "PHOTO",
    Label.SSN: "ID", Label.MRN: "ID", Label.HEALTH_PLAN: "ID", Label.ACCOUNT: "ID",
    Label.LICENSE: "ID", Label.VEHICLE: "ID", Label.DEVICE: "ID", Label.BIOMETRIC: "ID",
    Label.OTHER_ID: "ID",
}


def _normalise(value: str) -> str:
    value = re.sub(r"['’]s$", "", value.strip())
    return re.sub(r"\s+", " ", value).casefold()


@dataclass
class Surrogates:
    """Placeholder <-> original value, for one document (one request)."""

    date_shift_days: int | None = None
    by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    originals: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    # Each placeholder's values as written, in the order they were replaced ("Peggy", then
    # "peggy"): the de-identified text itself comes back exactly, letter case and all
    written: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def with_random_date_shift(cls, max_days: int = 180) -> Surrogates:
        """Shift every date by one secret random offset (never zero) for this request."""
        shift = 0
        while shift == 0:
            shift = secrets.randbelow(2 * max_days + 1) - max_days
        return cls(date_shift_days=shift)

    def placeholder(self, *, label: Label, value: str, is_client: bool = False,
                    kind: str | None = None) -> str:
        """The placeholder for `value`, the same one each time it appears."""
        kind = kind or ("CLIENT" if is_client else KIND_OF[label])
        key = (kind if kind != "CLIENT" else "PERSON", _normalise(value))
        existing = self.by_key.get(key)
        if existing is not None:
            self.written[existing].append(value)
            return existing
        count = self.counters.get(kind, 0) + 1
        self.counters[kind] = count
        token = "[CLIENT]" if kind == "CLIENT" and count == 1 else f"[{kind}_{count}]"
        self.by_key[key] = token
        self.originals[token] = value
        self.written[token] = [value]
        return token

    def shifted_date(self, value: str) -> str | None:
        """With a date shift, an ISO or US-style date moved by the shift; else None."""
        if self.date_shift_days is None:
            return None
        parsed = _parse_date(value)
        if parsed is None:
            return None
        moved = parsed + timedelta(days=self.date_shift_days)
        token = moved.isoformat()
        self.originals.setdefault(f"[SHIFTED:{token}]", value)
        return token


def _parse_date(value: str) -> date | None:
    for pattern, order in ((r"^(\d{4})-(\d{1,2})-(\d{1,2})$", "ymd"),
                           (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "mdy")):
        match = re.match(pattern, value.strip())
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class Deidentified:
    """De-identified text, what was replaced where, and the mapping to put it back.

    `unchanged` lists the stretches copied from the input as (start in text, end in text,
    start in input), so a position in the output can be traced back to the input.
    """

    text: str
    spans: tuple[Span, ...]
    surrogates: Surrogates
    unchanged: tuple[tuple[int, int, int], ...] = ()


def replace(text: str, spans: Sequence[Span], *, surrogates: Surrogates | None = None
            ) -> Deidentified:
    """Put a placeholder in place of every span."""
    surrogates = surrogates or Surrogates()
    pieces: list[str] = []
    unchanged: list[tuple[int, int, int]] = []
    cursor, length = 0, 0
    for span in sorted(spans):
        value = text[span.start:span.end]
        replacement = None
        if span.label is Label.DATE:
            replacement = surrogates.shifted_date(value)
        if replacement is None:
            category = span.source.removeprefix("sensitive:").upper() \
                if span.source.startswith("sensitive:") else None
            replacement = surrogates.placeholder(
                label=span.label, value=value, is_client=span.source == "known:client",
                kind=category)
        unchanged.append((length, length + span.start - cursor, cursor))
        pieces.append(text[cursor:span.start])
        pieces.append(replacement)
        length += span.start - cursor + len(replacement)
        cursor = span.end
    unchanged.append((length, length + len(text) - cursor, cursor))
    pieces.append(text[cursor:])
    return Deidentified("".join(pieces), tuple(sorted(spans)), surrogates, tuple(unchanged))
