"""Detection, the sensitive-category policy and placeholders, in one call."""

from __future__ import annotations

from dataclasses import dataclass

from sealnote.boundary.detect import detect, merge
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.sensitive import (
    RiskReport,
    SensitiveMention,
    SensitivePolicy,
    find_sensitive,
    generalised_spans,
    reidentification_risk,
)
from sealnote.boundary.surrogates import Deidentified, Surrogates, replace


@dataclass(frozen=True)
class Result:
    """A de-identified document with what the boundary noticed along the way."""

    deidentified: Deidentified
    sensitive: tuple[SensitiveMention, ...]
    risk: RiskReport

    @property
    def text(self) -> str:
        return self.deidentified.text


def deidentify(text: str, *, known: KnownIdentifiers | None = None,
               policy: SensitivePolicy | None = None,
               surrogates: Surrogates | None = None) -> Result:
    """Find every identifier (and, by policy, sensitive mention) and replace it."""
    spans = detect(text, known=known)
    mentions = find_sensitive(text)
    if policy is not None:
        spans = merge([*spans, *generalised_spans(mentions, policy)])
    result = replace(text, spans, surrogates=surrogates)
    return Result(result, tuple(mentions), reidentification_risk(result.text))
