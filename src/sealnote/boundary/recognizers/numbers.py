"""Numbers that name a person: SSNs, record, plan, account, licence, vehicle, device ids."""

from __future__ import annotations

import re
from typing import ClassVar

from sealnote.boundary.clinical import is_clinical_code, is_clinical_word
from sealnote.boundary.recognizers.base import Cue, Recognizer, alternation
from sealnote.boundary.recognizers.places import STATES
from sealnote.boundary.spans import Label


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by payment cards and IMEIs."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def iban_valid(value: str) -> bool:
    """ISO 13616 mod-97 check."""
    compact = value.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def ssn_plausible(area: str, group: str, serial: str) -> bool:
    """SSA never issues area 000, 666 or 900-999, group 00 or serial 0000."""
    return area not in ("000", "666") and not area.startswith("9") and group != "00" \
        and serial != "0000"


class SsnRecognizer(Recognizer):
    label = Label.SSN
    priority = 85
    patterns = (
        re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])"),
        re.compile(r"(?:ssn|social security(?: number| no\.?| #)?)[:#\s]*(?P<id>\d{9})\b",
                   re.IGNORECASE),
        # Part of a number is still the person's: "the last four of her SSN are 4421",
        # "SSN ending in 4421", "SSN on file ending 4421", "xxx-xx-4421"
        re.compile(r"\b(?:(?:last\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:(?:his|her|their|my|the)"
                   r"\s+)?(?:ssn|social(?:\s+security)?(?:\s+number)?)|(?:ssn|social security"
                   r"(?:\s+number)?)(?:\s+on\s+file)?\s+end(?:s|ing)(?:\s+(?:in|with))?)"
                   r"(?:\s+(?:is|are|was))?[:\s]*"
                   r"(?P<id>\d{4})\b|(?<![\w-])(?P<masked>[x*]{3}-?[x*]{2}-?\d{4})\b)",
                   re.IGNORECASE),
    )

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is self.patterns[2] and match.group("masked"):
            return match.span("masked")
        return super().bounds(match)

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        if match.re is not self.patterns[0]:
            return Label.SSN
        # An impossible SSN in this shape is still somebody's number: keep it, as OTHER_ID.
        return Label.SSN if ssn_plausible(match.group(1), match.group(3), match.group(4)) \
            else Label.OTHER_ID


# Part of a card or account number: "card ending 4417", "account ending in 0093"
ACCOUNT_ENDING = re.compile(r"\b(?:card|account|acct|visa|mastercard|amex|debit)\s+(?:number\s+)?"
                            r"end(?:s|ing)\s+(?:in\s+|with\s+)?(?P<id>\d{4})\b", re.IGNORECASE)


class PaymentCardRecognizer(Recognizer):
    label = Label.ACCOUNT
    priority = 85
    patterns = (re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])"), ACCOUNT_ENDING)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is ACCOUNT_ENDING:
            return True
        digits = re.sub(r"\D", "", match.group(0))
        return 13 <= len(digits) <= 19 and luhn_valid(digits)


class IbanRecognizer(Recognizer):
    label = Label.ACCOUNT
    priority = 85
    patterns = (re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"),)

    def validate(self, match: re.Match[str], text: str) -> bool:
        return iban_valid(match.group(0))


# A plate after the word for it, in any grouping: "plate 8ZK 331", "mass plate 4TRW19", "plate
# MA 7JK 214" (the state, which may stay, before it)
PLATE = re.compile(r"\b(?:license\s+|licence\s+|number\s+)?(?:plates?|tags?)\s*(?:number|no\.?|#)?"
                   r"\s*(?:(?:is|was|reads?)\s+)?"
                   r"\s*[:#]?\s*(?:(?P<state>(?-i:[A-Z]{2}))\s+(?=[A-Z0-9]*\d))?"
                   r"(?P<id>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,4})?"
                   # ("plate IL 4482917 B": a letter after the digits)
                   r"(?:[ ](?-i:[A-Z])(?=[,;.]|$))?)"
                   r"(?![\w-])", re.IGNORECASE)


class VinRecognizer(Recognizer):
    """Vehicle identification numbers, and licence plates where a plate is named."""

    label = Label.VEHICLE
    priority = 85
    patterns = (re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])"
                           r"[A-HJ-NPR-Z0-9]{17}\b"), PLATE)

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        if match.re is PLATE and match.group("state") and match.group("state") not in STATES:
            return match.start("state"), match.end("id")  # "plate FX 44817": no state's code
        return super().bounds(match)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is not PLATE:
            return True
        plate = match.group("id")
        return 4 <= len(plate.replace(" ", "").replace("-", "")) <= 8 and plate.upper() == plate


class MacAddressRecognizer(Recognizer):
    label = Label.DEVICE
    priority = 85
    patterns = (re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b"),)


# "card ending 4417", "last four 0921": the end of a longer number
ID_WORD_BEFORE = re.compile(r"\b(?:id|badge|employee|member|mrn|case|claim|no\.|#|ending(?: in)?|"
                            r"last (?:four|4)(?: digits)?(?: are| of)?)\s*[:#]?\s*$",
                            re.IGNORECASE)
# An officer's badge, which may have three digits: "Officer Daniels, badge 612"
BADGE_BEFORE = re.compile(r"\bbadge\s*(?:#|no\.?|number)?\s*:?\s*$", re.IGNORECASE)
# "CPT 90834", "HCPCS G0444": billing codes for a service, the same for every client.
BILLING_CODE_BEFORE = re.compile(r"\b(?:CPT|HCPCS|ICD-?10(?:-CM)?|DSM-?5?|procedure code)"
                                 r"\s*(?:code)?\s*[:#]?\s*$", re.IGNORECASE)
# The words that say what kind of number follows; the nearest one before it decides.
ID_CONTEXT: dict[str, Label] = {
    "mrn": Label.MRN, "medical record": Label.MRN, "chart": Label.MRN, "record number": Label.MRN,
    "member": Label.HEALTH_PLAN, "policy": Label.HEALTH_PLAN, "insurance": Label.HEALTH_PLAN,
    "beneficiary": Label.HEALTH_PLAN, "health plan": Label.HEALTH_PLAN, "plan": Label.HEALTH_PLAN,
    "subscriber": Label.HEALTH_PLAN, "group": Label.HEALTH_PLAN, "medicaid": Label.HEALTH_PLAN,
    "medicare": Label.HEALTH_PLAN,
    "account": Label.ACCOUNT, "acct": Label.ACCOUNT, "routing": Label.ACCOUNT,
    "card": Label.ACCOUNT, "invoice": Label.ACCOUNT,
    "license": Label.LICENSE, "licence": Label.LICENSE, "npi": Label.LICENSE,
    "dea": Label.LICENSE, "certificate": Label.LICENSE, "permit": Label.LICENSE,
    "passport": Label.LICENSE,
    "plate": Label.VEHICLE, "vin": Label.VEHICLE, "vehicle": Label.VEHICLE,
    "serial": Label.DEVICE, "s/n": Label.DEVICE, "device": Label.DEVICE, "imei": Label.DEVICE,
    "pacemaker": Label.DEVICE, "implant": Label.DEVICE, "pump": Label.DEVICE,
    "fingerprint": Label.BIOMETRIC, "voiceprint": Label.BIOMETRIC, "biometric": Label.BIOMETRIC,
    "retina": Label.BIOMETRIC, "iris": Label.BIOMETRIC,
}
ID_CONTEXT_WORDS = re.compile(r"\b(?:" + alternation(ID_CONTEXT) + r")\b")


# Two times of day on the 24-hour clock: the hours of a shift
SHIFT_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d")


# A number printed in spaced groups after the word for it: "VA file C-29 448 113", "PA driver's
# license 28 441 902"
SPACED_ID = re.compile(r"\b(?i:file|claim|case|member|policy|id|account|acct|record|m-?r-?n|no\.|"
                       r"docket|petition|licen[cs]e|permit|passport|certificate|"
                       # "Member ID: UHC 9920 4471 82": the plan's letters before the groups
                       r"number)[ \t]*[:#]?[ \t]*(?P<id>(?:[A-Z]{1,4}[ -]?)?\d{2,}"
                       # "case 2026 CV 018832": a court's letters between the groups
                       # ("Docket 24 CR 0118-01": a docket's number after a dash)
                       r"(?: (?:[A-Z]{1,3} )?\d{2,}){1,3}(?:-\d{1,4})?)(?![\w/-]|\.\d)")
# A licence's number with a stop between its groups: "Nursing license 041.442187"
LICENSE_LEAD = r"\b(?i:licen[cs]e|lic\.?)(?:[ \t]+(?i:no\.?|number|#))?[ \t]*[:#]?[ \t]*"
DOTTED_LICENSE = re.compile(LICENSE_LEAD + r"(?P<id>\d{2,4}\.\d{4,8})\b(?!\.\d)")

# ... or with its board's letters before it: "psychology license PSY 1-0942" (a credential
# there is no part of it: "license RN 712904")
BOARD_LICENSE = re.compile(LICENSE_LEAD + r"(?P<id>(?!(?:RN|LPN|NP|PA|MD|DO|LCSW|LICSW|LPC|LMFT|"
                           r"LMHC|CNA|EMT)\b)[A-Z]{2,4}[ \t-]?\d[\d-]{2,}\d)\b(?![./-]\d)")


class IdentifierRecognizer(Recognizer):
    """Codes with digits (AB-123456, #987654, 54321-XYZ), labelled by the words before them."""

    label = Label.OTHER_ID
    priority = 60
    context_window = 40
    patterns = (
        # "IMG_20241122_0931": underscores join the parts of a file name; "NNH-CR25-0284417":
        # a court's prefix before the docket's own letters.
        re.compile(r"(?<![\w/.-])#?(?=[A-Za-z0-9_-]*\d)(?:[A-Za-z]{1,6}[-_](?=[A-Za-z]{1,6}"
                   r"[-_]?\d))?(?:[A-Za-z]{1,6}[-_]?)?\d[\dA-Za-z]*"
                   # ("File #O-11823/26": a docket's year after a slash)
                   r"(?:[-_][A-Za-z0-9]+)*(?:/\d{2,4}(?![\w/-]))?(?![\w/-]|\.\d)"),
        SPACED_ID,
        DOTTED_LICENSE,
        BOARD_LICENSE,
    )
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        SPACED_ID: re.compile(r"\d\d (?:[A-Z]{1,3} )?\d\d"), DOTTED_LICENSE: ("lic",),
        BOARD_LICENSE: ("lic",)}

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is DOTTED_LICENSE:
            return True
        if match.re is BOARD_LICENSE:
            return sum(c.isdigit() for c in match.group("id")) >= 4
        if match.re is SPACED_ID:
            return sum(c.isdigit() for c in match.group("id")) >= 7
        value = match.group(0).lstrip("#")
        digits = sum(c.isdigit() for c in value)
        letters = sum(c.isalpha() for c in value)
        if is_clinical_code(value) or is_clinical_word(value) or BILLING_CODE_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            return False
        if SHIFT_HOURS.fullmatch(value):
            return False  # "1900-0700": a shift's hours
        if letters == 0:
            # Plain numbers: a run of five digits, or seven in groups (four could be a year,
            # and 5-4-3-2-1 is a grounding exercise); four after the word for an id.
            longest = max(len(run) for run in re.findall(r"\d+", value))
            return longest >= 5 or (digits >= 7 and longest >= 3) or (
                digits == 4 and bool(ID_WORD_BEFORE.search(text, max(0, match.start() - 24),
                                                           match.start()))) or (
                digits == 3 and bool(BADGE_BEFORE.search(text, max(0, match.start() - 12),
                                                         match.start())))
        if digits < 3 or re.fullmatch(r"\d+(?:st|nd|rd|th|s|am|pm|mg|ml|yo|y|yr|yrs|x)",
                                      value, re.IGNORECASE):
            return False
        return len(value) >= 4

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        # (a number's own word may be part of the match, and says first what it is: "license
        # 28 441 902")
        own = text[match.start():match.start("id")] if "id" in match.re.groupindex else ""
        before = text[max(0, match.start() - self.context_window):match.start()].lower()
        words = ID_CONTEXT_WORDS.findall(own.lower()) or ID_CONTEXT_WORDS.findall(before)
        return ID_CONTEXT[words[-1]] if words else Label.OTHER_ID
