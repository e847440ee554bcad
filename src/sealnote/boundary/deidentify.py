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
from sealnote.boundary.spans import Span
from sealnote.boundary.surrogates import PLACEHOLDER, Deidentified, Surrogates, replace


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
    """Find every identifier (and, by policy, sensitive mention) and replace it.

    Detection reads context, and replacing one identifier changes the context of the next, so
    the result is scanned again the way `release` will scan it; anything found is replaced too
    (at most a few rounds). What is left for `release` to refuse is then a real problem.
    """
    spans = detect(text, known=known)
    mentions = find_sensitive(text)
    if policy is not None:
        spans = merge([*spans, *generalised_spans(mentions, policy)])
    result = replace(text, spans, surrogates=surrogates)
    for _ in range(RESCAN_ROUNDS):
        extra = _rescan(text, result, known=known)
        if not extra:
            break
        result = replace(text, merge([*result.spans, *extra]), surrogates=result.surrogates)
    return Result(result, tuple(mentions), reidentification_risk(result.text))


RESCAN_ROUNDS = 3


def _to_original(result: Deidentified, position: int, *, end: bool) -> int:
    """Where a position of the de-identified text falls in the input; inside a placeholder,
    the start (or, for an end, the end) of what that placeholder replaced."""
    stretches = result.unchanged
    for index, (result_start, result_end, original_start) in enumerate(stretches):
        if result_start <= position <= result_end:
            return original_start + position - result_start
        if index + 1 < len(stretches) and result_end < position < stretches[index + 1][0]:
            replaced = result.spans[index]
            return replaced.end if end else replaced.start
    raise ValueError(f"position {position} is outside the text")


def _rescan(original: str, result: Deidentified, *, known: KnownIdentifiers | None) -> list[Span]:
    """Spans of the original text that a scan of the de-identified text still finds."""
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), result.text)
    spans = []
    for span in detect(masked, known=known):
        start = _to_original(result, span.start, end=False)
        end = _to_original(result, span.end, end=True)
        if end > start:
            spans.append(Span(start, end, span.label, span.source, span.priority))
    return spans
