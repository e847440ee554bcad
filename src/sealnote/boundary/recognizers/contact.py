"""E-mail addresses, web addresses, IP addresses, phone and fax numbers, social handles."""

from __future__ import annotations

import ipaddress
import re
from typing import ClassVar

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import is_clinical_word
from sealnote.boundary.recognizers.base import Cue, Recognizer
from sealnote.boundary.spans import Label

DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Dictated or disguised: "lilyb at example dot com", "j dot smith two at gmail dot com" (digits
# said as words), "jdoe [at] example [dot] org"
SPOKEN_EMAIL = re.compile(
    rf"\b[a-z0-9_%+-]+(?:\s+(?:dot|underscore)\s+[a-z0-9_%+-]+|\s+{DIGIT_WORD})*"
    r"\s*(?:\s|[\[(])at(?:\s|[\])])\s*"
    r"[a-z0-9-]+(?:\s*(?:\s|[\[(])dot(?:\s|[\])])\s*[a-z0-9-]+)*"
    r"\s*(?:\s|[\[(])dot(?:\s|[\])])\s*(?:com|org|net|edu|gov|us|io|co|info|biz|me)\b",
    re.IGNORECASE)


SAID_DOT = re.compile(r"\bdot\b", re.IGNORECASE)


class EmailRecognizer(Recognizer):
    label = Label.EMAIL
    priority = 90
    patterns = (re.compile(
        r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"), SPOKEN_EMAIL)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {SPOKEN_EMAIL: SAID_DOT}


TLDS = ("com|org|net|edu|gov|mil|int|io|co|us|uk|ca|de|fr|es|it|nl|se|no|dk|fi|ch|at|be|pl|pt"
        "|cz|br|au|nz|in|jp|cn|ru|info|biz|me|tv|app|dev|health|care|clinic|ee|cy|hu|gr|ie|il"
        "|fm|ly|gg|xyz|ai|page|link|site|online|blog")


class UrlRecognizer(Recognizer):
    label = Label.URL
    priority = 85
    patterns = (
        re.compile(r"\b(?:https?|ftp)://[^\s<>\"')\]]+", re.IGNORECASE),
        re.compile(r"\bwww\.[^\s<>\"')\]]+", re.IGNORECASE),
        re.compile(r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + TLDS + r")"
                   r"(?:/[^\s<>\"')\]]*)?(?![\w@-])", re.IGNORECASE),
    )

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = match.span()
        while end > start and match.string[end - 1] in ".,;:!?":
            end -= 1
        return start, end

    def validate(self, match: re.Match[str], text: str) -> bool:
        value = match.group(0)
        # A bare "e.g." or "a.m." is not a domain; a domain needs a letter run of 2+ before the TLD.
        return "/" in value or value.lower().startswith("www") or bool(
            re.match(r"^[a-z0-9-]{2,}\.", value, re.IGNORECASE))


class IpRecognizer(Recognizer):
    label = Label.IP
    priority = 90
    patterns = (
        re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)"),
        re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"),
    )

    def validate(self, match: re.Match[str], text: str) -> bool:
        try:
            ipaddress.ip_address(match.group(0))
        except ValueError:
            return False
        return True


# Any country's grouping where a phone is announced: "Phone: (37) 788-063",
# "call me on 71-33-52-22", "28-64-66-98 office"
ANNOUNCED_PHONE = (
    re.compile(r"\b(?:phone|tel|telephone|cell|mobile|fax|desk|call\s+(?:me|us)\s+(?:on|at)|"
               r"reach\s+(?:me|us)\s+(?:on|at)|answering\s+at|text\s+(?:me|us)\s+(?:on|at)|"
               r"registered|number\s+is)[:.]?[ \t]*\n?[ \t]*"
               r"(?P<id>\+?\(?\d[\d \t().-]{4,20}\d)(?![\w.-]*\d)", re.IGNORECASE),
    re.compile(r"(?<![\w.+-])(?P<id>\(?\d[\d \t().-]{4,20}\d)[ \t-]*"
               r"(?=(?:office|fax|mobile|cell|home|work|desk)\b)", re.IGNORECASE),
)

# Hospital pagers and extensions are short: "pgr 4-5521", "pager #31704", "ext. 2231"
PAGER = re.compile(r"\b(?:pgr|pager|pg|beeper|ext\.?|extension)[ \t]*[#:.]?[ \t]*"
                   r"(?P<id>\d(?:-?\d){3,6})(?![\w.-]*\d)", re.IGNORECASE)


class PhoneRecognizer(Recognizer):
    label = Label.PHONE
    priority = 80
    context: ClassVar[dict[str, Label]] = {"fax": Label.FAX, "facsimile": Label.FAX}
    context_window = 20
    patterns = (
        # North American: (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, x123
        re.compile(r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?\d{3}[\s.-]?|\d{3}[\s.-]\d{3}[\s.-])"
                   r"\d{4}"
                   r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?(?!\d)", re.IGNORECASE),
        # International: +46 (0)157 548 89, +44 20 7946 0958
        re.compile(r"(?<![\w+])\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}(?!\d)"),
        # Grouped digits without a country code: 0489 25 37 29, 668 5702
        re.compile(r"(?<![\w.,/-])\(?0?\d{2,4}\)?(?:[ .]\d{2,4}){1,4}(?![\w.,/-]|\.\d)"),
        # Ten digits written solid after a phone word
        re.compile(r"(?:phone|tel|cell|mobile|fax|call|text|number)[:#\s]+(?P<id>\d{10,11})\b",
                   re.IGNORECASE),
        *ANNOUNCED_PHONE,
        PAGER,
    )
    UNITS = re.compile(r"^\s*(?:mg|mcg|ml|kg|lbs?|%|minutes?|mins?|hours?|hrs?|days?|weeks?|"
                       r"times|x\b|am\b|pm\b|sessions?)", re.IGNORECASE)

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        if match.re in ANNOUNCED_PHONE and "fax" in match.group(0).lower()[:12] + \
                text[match.end():match.end() + 5].lower():
            return Label.FAX
        return super().label_for(match, text)

    def validate(self, match: re.Match[str], text: str) -> bool:
        digits = re.sub(r"\D", "", match.group("id") if "id" in match.re.groupindex and
                        match.group("id") else match.group(0))
        if match.re is PAGER:
            return not self.UNITS.match(text[match.end():match.end() + 12])
        if match.re in ANNOUNCED_PHONE:
            value = match.group("id")
            # Announced numbers may be short (six digits in some countries), but a date or a
            # dose is not a phone number.
            return 6 <= len(digits) <= 15 and not re.fullmatch(
                r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}", value) and not self.UNITS.match(
                text[match.end():match.end() + 12])
        if not 7 <= len(digits) <= 15:
            return False
        if match.re is self.patterns[2]:
            groups = re.split(r"[ .]", match.group(0).strip("()"))
            if len(groups) < 2 or self.UNITS.match(text[match.end():match.end() + 12]):
                return False
            # A year range or list of scores is not a phone number.
            if all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
                return False
        return True


# "her Snapchat is avery.b.2009", "gamertag: xXwolfXx": a handle named without its @
PLATFORM_HANDLE = re.compile(
    r"\b(?:snapchat|snap|instagram|insta|ig|tiktok|twitter|discord|reddit|threads|twitch|"
    r"gamertag|facebook|fb|venmo|cash\s?app|paypal|"
    r"handle|username|user name|screen name)(?:\s+(?:handle|name|account|username|id))?"
    # ("on Snapchat (calebm_07)": the handle in brackets)
    # ("Discord (masonD#4471)": the number Discord gave the name)
    r"(?:\s+is|\s*[:=])?\s+\(?@?(?P<id>[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<!\.)(?:#\d{4})?)",
    re.IGNORECASE)


# Dictated: "lily dot moon two two on snapchat", "her handle is sk8r underscore boi"
SPOKEN_HANDLE = re.compile(r"\b(?P<id>[a-z0-9]+(?:\s+(?:dot|underscore)\s+[a-z0-9]+)+"
                           rf"(?:\s+{DIGIT_WORD})*)\b"
                           r"(?!\s+(?:at|dot|underscore)\b)")
HANDLE_CONTEXT = re.compile(r"\b(?:account|handle|user ?name|profile|snapchat|snap|instagram|"
                            r"insta|tiktok|twitter|discord|reddit|twitch|gamertag|venmo|dm'?d?|"
                            r"followed|posted)\b", re.IGNORECASE)
AT_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,29})(?<![.-])")
# A Cash App "$cashtag": a dollar sign before letters, never before an amount
CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{2,19}\b")


class SocialHandleRecognizer(Recognizer):
    label = Label.OTHER_ID
    priority = 70
    patterns = (AT_HANDLE, PLATFORM_HANDLE, CASHTAG, SPOKEN_HANDLE)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {
        AT_HANDLE: ("@",), CASHTAG: ("$",), SPOKEN_HANDLE: ("dot", "underscore"),
        PLATFORM_HANDLE: re.compile(r"snap|insta|\big\b|tiktok|twitter|discord|reddit|threads|"
                                    r"twitch|gamertag|handle|user|screen name|venmo|cash|"
                                    r"paypal|facebook|\bfb\b",
                                    re.IGNORECASE)}

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is SPOKEN_HANDLE:
            # said beside an account or a platform, not "a polka dot dress"
            return bool(HANDLE_CONTEXT.search(text, max(0, match.start() - 40),
                                              min(len(text), match.end() + 30)))
        if match.re is not PLATFORM_HANDLE:
            return True
        handle = match.group("id")
        return bool(re.search(r"[\d_.]", handle)) or not (
            handle.lower() in gazetteers.common_words() or is_clinical_word(handle))


# Speech to text may spell a number out: "six one five five five five zero one nine three".
# Seven or more digits said one by one are a phone number or an identifier, never a count.
# Spelled letters before digits are a code's prefix: "w c two four dash eight eight one six",
# and so are capitals the scribe wrote as letters: "LAH seven seven four two nine one".
SPOKEN_DIGITS = re.compile(rf"\b(?!oh\b){DIGIT_WORD}(?:[\s,-]+(?:dash\s+)?{DIGIT_WORD}){{6,}}\b"
                           rf"|\b(?:(?:[a-z]\s+){{2,3}}|(?-i:[A-Z]{{2,4}})\s+){DIGIT_WORD}"
                           rf"(?:[\s,-]+(?:dash\s+)?{DIGIT_WORD}){{3,}}\b", re.IGNORECASE)

# A plate said letter by letter and digit by digit: "his plate was k t r four four nine"
SPOKEN_PLATE = re.compile(rf"\b(?:plates?|tags?)(?:\s+(?:number|is|was|reads?))*[\s:]+"
                          rf"(?P<id>(?:(?:[a-z]|{DIGIT_WORD})[\s-]+){{3,7}}(?:[a-z]|{DIGIT_WORD}))"
                          r"\b", re.IGNORECASE)
SAID_DIGIT = re.compile(rf"\b{DIGIT_WORD}\b", re.IGNORECASE)


class SpokenNumberRecognizer(Recognizer):
    """A number dictated digit by digit; what it is comes from the words before it."""

    label = Label.OTHER_ID
    priority = 80
    context_window = 40
    context: ClassVar[dict[str, Label]] = {
        "fax": Label.FAX, "social security": Label.SSN, "ssn": Label.SSN, "social": Label.SSN,
        "medical record": Label.MRN, "mrn": Label.MRN,
        "phone": Label.PHONE, "cell": Label.PHONE, "call": Label.PHONE, "text": Label.PHONE,
        "number": Label.PHONE,
    }
    patterns = (SPOKEN_DIGITS, SPOKEN_PLATE)
    cues: ClassVar[dict[re.Pattern[str], Cue]] = {SPOKEN_PLATE: ("plate", "tag")}

    def validate(self, match: re.Match[str], text: str) -> bool:
        # a plate has a digit in it: "the plate was a b c d" is not one said aloud
        return match.re is not SPOKEN_PLATE or bool(SAID_DIGIT.search(match.group("id")))

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        return Label.VEHICLE if match.re is SPOKEN_PLATE else super().label_for(match, text)
