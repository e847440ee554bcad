"""The ZIP code rule of Safe Harbor (164.514(b)(2)(i)(B)): keep three digits, or 000."""

from __future__ import annotations

import re

from sealnote.boundary import gazetteers

VINTAGE = "2010 Census ZCTA populations"


def safe_harbor_zip3(zip_code: str) -> str:
    """The first three digits if that area holds more than 20,000 people, else "000"."""
    digits = re.sub(r"\D", "", zip_code)
    if len(digits) < 5:
        raise ValueError(f"not a ZIP code: {zip_code!r}")
    prefix = digits[:3]
    return prefix if prefix in gazetteers.zip3_allowed() else "000"
