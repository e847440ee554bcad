"""Photographs and image files that show a person."""

from __future__ import annotations

import re

from sealnote.boundary.recognizers.base import Recognizer
from sealnote.boundary.spans import Label


class PhotoRecognizer(Recognizer):
    label = Label.PHOTO
    priority = 70
    patterns = (
        # (a video shows a face as a photograph does: "VID_20261203_221455.mp4")
        re.compile(r"\b[\w-]+\.(?:jpe?g|png|heic|gif|bmp|tiff?|webp|mp4|mov|m4v|avi|3gp)\b",
                   re.IGNORECASE),
        # A photograph filed with the record ("attached full-face photo"); a photo merely
        # talked about ("she showed me a photo of her son") identifies no one.
        re.compile(r"\b(?:attached|enclosed|uploaded|scanned)\s+(?:full[- ]face\s+)?"
                   r"(?:photo(?:graph)?|picture|image|selfie)s?\b|\bfull[- ]face\s+"
                   r"(?:photo(?:graph)?|picture|image)s?\b", re.IGNORECASE),
        # The photograph's own number in the record: "photo ID 4471", "image #A-220"
        re.compile(r"\b(?:photo(?:graph)?|image|picture)\s*(?:id|#|no\.?|number)\s*[:#]?\s*"
                   r"[A-Z0-9][\w-]{2,}", re.IGNORECASE),
    )


# A print kept on file for a client: "consented to storing a voiceprint", "(fingerprint
# enrolled 11/2)", "voice-biometric login … (voiceprint)"; not "a fingerprint lock"
PRINT_KEPT = re.compile(r"(?i)\b(?:finger|voice|palm|face)[ \t-]?prints?\b(?![ \t-]+(?:lock|"
                        r"reader|scanner|sensor|door|safe|unlock))")
KEPT_ON_FILE = re.compile(r"(?i)\b(?:enroll(?:ed|ment)?|stor(?:e|ed|ing)|on file|registered|"
                          r"captured|biometric|login|log-in|check-in|consent(?:ed)?)\b")


class BiometricRecognizer(Recognizer):
    label = Label.BIOMETRIC
    priority = 70
    patterns = (re.compile(
        r"\b(?:finger\s?print|voice\s?print|palm\s?print|retina(?:l)?\s+scan|iris\s+scan|"
        r"face\s?print|facial\s+(?:geometry|recognition\s+template)|dna\s+profile)"
        r"s?\s*(?:card\s+)?(?:id|#|no\.?|number|template)?\s*[:#]?\s*"
        r"(?P<id>(?=[\w-]*\d)[A-Z0-9][\w-]{3,})",
        re.IGNORECASE), PRINT_KEPT)

    def validate(self, match: re.Match[str], text: str) -> bool:
        if match.re is not PRINT_KEPT:
            return True
        return KEPT_ON_FILE.search(text, max(0, match.start() - 60), match.end() + 40) is not None
