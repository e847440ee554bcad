"""Recognizers plus the chart's known identifiers -> one set of non-overlapping spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.recognizers import Recognizer, default_recognizers
from sealnote.boundary.spans import Span


@cache
def _recognizers() -> tuple[Recognizer, ...]:
    return tuple(default_recognizers())


def merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping spans become one covering both.

    The label comes from the span that covers more of the text (an e-mail address beats the
    name inside it), and between equals from the higher priority.
    """
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            span_key = (span.end - span.start, span.priority)
            last_key = (last.end - last.start, last.priority)
            winner = span if span_key > last_key else last
            merged[-1] = Span(last.start, max(last.end, span.end), winner.label, winner.source,
                              winner.priority)
        else:
            merged.append(span)
    return merged


def detect(text: str, *, known: KnownIdentifiers | None = None,
           recognizers: Sequence[Recognizer] | None = None) -> list[Span]:
    """Every identifier in `text`, as sorted, non-overlapping spans."""
    found: list[Span] = []
    for recognizer in recognizers if recognizers is not None else _recognizers():
        found.extend(recognizer.find(text))
    if known is not None:
        found.extend(known.find(text))
    return merge(found)
