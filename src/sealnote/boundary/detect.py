"""Recognizers plus the chart's known identifiers -> one set of non-overlapping spans."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from sealnote.boundary.clinical import EVERYDAY_NAMES, HOLIDAYS, is_clinical_word
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.recognizers import Recognizer, default_recognizers
from sealnote.boundary.recognizers.dates import MONTHS
from sealnote.boundary.recognizers.names import is_demonym
from sealnote.boundary.recognizers.places import STATE_NAMES, STATES
from sealnote.boundary.spans import Label, Span

PLACE_LIKE = frozenset({Label.LOCATION, Label.ORGANIZATION})
# "Mayo Clinic in Rochester": one place, said in two parts.
PLACE_BRIDGE = re.compile(r"\s+(?:in|at|of|on)\s+|,\s*")
TRAILING_STATE = re.compile(r",?\s+(?:" + "|".join(STATES) + "|"
                            + "|".join(re.escape(n) for n in STATE_NAMES) + r")\b")
ID_LIKE = frozenset({Label.MRN, Label.OTHER_ID, Label.HEALTH_PLAN, Label.ACCOUNT, Label.SSN})
# "patient ID: 8812", "case #JH-99", "Medicare #AB-98": the label travels with the number, so no
# half of the phrase is left behind (only these explicit forms; "policy number" stays).
ID_PREFIX = re.compile(r"\b(?:(?:patient|site|member|case)\s+(?:ID\b|#)|case\b|medicare|"
                       r"medicaid)\s*[:#]?\s*$", re.IGNORECASE)
# "the Walmart on Route 6", "the Shell station off Exit 12": the business at that place.
BUSINESS_AT = re.compile(r"\b(?:the|at|is|from)\s+((?:[A-Z][\w'’&-]*\s+){1,3}(?:[a-z]+\s+)?)"
                         r"(?:on|off|at)\s+$")
# "in vivo at Walmart Dartmouth": a chain's branch, named by its town.
BRANCH_OF = re.compile(r"\b(?:at|the)\s+([A-Z][\w'’&-]*\s+)$")
# "last December"; "Tuesday the 9th" and "tomorrow, 12/3" (the weekday or the day the note was
# written, next to a date, would give away its month and year).
RELATIVE = re.compile(r"\b(?:last|next|this|early|late|mid-?|(?:mon|tues|wednes|thurs|fri|satur|"
                      r"sun)day,?|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?|today,?|"
                      r"tomorrow,?|yesterday,?)\s*$", re.IGNORECASE)
# "in ARENDAL 4844", "Bjert 6091": a town's postcode after it (a year is not one).
POSTCODE_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)(?:\d{4,5}|\d{3} \d{2})\b(?![.,/:-]?\d)")
# "Coffee Obsession in Woods Hole": the town a named business or site is in.
TOWN_AFTER = re.compile(r"\s+in\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b(?![-'’])")
PLATE_STATE = re.compile(r"\b(?:" + "|".join(STATES) + r")\s+$")


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


def _widen(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    if span.label in ID_LIKE:
        prefix = ID_PREFIX.search(text, max(0, start - 16), start)
        if prefix:
            start = prefix.start()
    elif span.label is Label.VEHICLE:
        state = PLATE_STATE.search(text, max(0, start - 4), start)
        if state:
            start = state.start()
    elif span.label is Label.DATE:
        before = RELATIVE.search(text, max(0, start - 11), start)
        if before:
            start = before.start()
    elif span.label in PLACE_LIKE:
        after = TRAILING_STATE.match(text, end)
        if after:
            end = after.end()
        postcode = POSTCODE_AFTER.match(text, end) if span.label is Label.LOCATION else None
        if postcode:
            end = postcode.end()
        town = TOWN_AFTER.match(text, end)
        if town and not any(_time_or_term(word) for word in town.group(1).split()):
            end = town.end()
        business = BUSINESS_AT.search(text, max(0, start - 48), start) or BRANCH_OF.search(
            text, max(0, start - 24), start)
        # "the Walmart on Route 6"; not "the MRI done at Shields MRI"
        if business and not any(is_clinical_word(w) and w.lower() not in EVERYDAY_NAMES
                                for w in business.group(1).split()):
            start = business.start(1)
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, span.source, span.priority)


def _time_or_term(word: str) -> bool:
    """A month, holiday, clinical term, language or a phrase's word after "in": "at Target in
    March", "in Psychiatry", "held in Spanish", "seen in Person", "in General"."""
    return word.lower() in MONTHS or word in HOLIDAYS or is_clinical_word(word) or \
        is_demonym(word.lower()) or word.lower() in IN_PHRASES


IN_PHRASES = frozenset({"person", "general", "total"})


def join_related(text: str, spans: list[Span]) -> list[Span]:
    """Widen spans over the words that belong to them (a place's state, the 'last' of 'last
    December') and join a place written in parts ("X Clinic in Town")."""
    joined: list[Span] = []
    for span in (_widen(text, s) for s in spans):
        if joined and span.label in PLACE_LIKE and joined[-1].label in PLACE_LIKE and \
                PLACE_BRIDGE.fullmatch(text, joined[-1].end, span.start):
            last = joined[-1]
            joined[-1] = Span(last.start, span.end, Label.LOCATION, last.source, last.priority)
        elif joined and span.start < joined[-1].end:
            # A widened span may reach back over more than one span ("patient ID: …" over a
            # name found in "ID"): they all become one, under the first one's label.
            first = joined.pop()
            end = max(first.end, span.end)
            while joined and span.start < joined[-1].end:
                first = joined.pop()
                end = max(end, first.end)
            joined.append(Span(min(first.start, span.start), end, first.label, first.source,
                               first.priority))
        else:
            joined.append(span)
    return joined


def detect(text: str, *, known: KnownIdentifiers | None = None,
           recognizers: Sequence[Recognizer] | None = None) -> list[Span]:
    """Every identifier in `text`, as sorted, non-overlapping spans."""
    found: list[Span] = []
    for recognizer in recognizers if recognizers is not None else _recognizers():
        found.extend(recognizer.find(text))
    if known is not None:
        found.extend(known.find(text))
    return join_related(text, merge(found))
