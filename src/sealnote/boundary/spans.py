"""What detection produces: labelled character spans of the input."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """The Safe Harbor kinds (45 CFR 164.514(b)(2)), plus organisations."""

    NAME = "NAME"
    DATE = "DATE"
    AGE_OVER_89 = "AGE_OVER_89"
    PHONE = "PHONE"
    FAX = "FAX"
    EMAIL = "EMAIL"
    SSN = "SSN"
    MRN = "MRN"
    HEALTH_PLAN = "HEALTH_PLAN"
    ACCOUNT = "ACCOUNT"
    LICENSE = "LICENSE"
    VEHICLE = "VEHICLE"
    DEVICE = "DEVICE"
    URL = "URL"
    IP = "IP"
    BIOMETRIC = "BIOMETRIC"
    PHOTO = "PHOTO"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"
    OTHER_ID = "OTHER_ID"


@dataclass(frozen=True, order=True)
class Span:
    """Characters [start, end) of the input hold an identifier of kind `label`.

    `source` names the recognizer (or "known:<role>" for the chart's own identifiers);
    `priority` decides the label when spans overlap.
    """

    start: int
    end: int
    label: Label
    source: str = ""
    priority: int = 50

    def text(self, document: str) -> str:
        return document[self.start:self.end]
