"""Beyond Safe Harbor: sensitive categories under the practice's policy, and what remains
that could still single a client out ("minimum necessary")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sealnote.boundary.spans import Span


class Category(StrEnum):
    SUBSTANCE_USE = "substance_use"  # 42 CFR Part 2 when from a Part 2 program
    REPRODUCTIVE_HEALTH = "reproductive_health"
    IMMIGRATION = "immigration"
    SEXUAL_ORIENTATION_GENDER_IDENTITY = "sogi"
    HIV = "hiv"
    INTIMATE_PARTNER_VIOLENCE = "ipv"
    LEGAL = "legal"


class Action(StrEnum):
    SEND = "send"  # leave the words in: the note needs them
    GENERALISE = "generalise"  # replace with a typed placeholder, restored afterwards
    BLOCK = "block"  # refuse to send anything that mentions it


LEXICON: dict[Category, tuple[str, ...]] = {
    Category.SUBSTANCE_USE: (
        r"alcohol(?:ic|ism)?", r"drinking", r"drunk", r"binge", r"sober|sobriety", r"relapsed?",
        r"cocaine|crack", r"heroin", r"opioids?|opiates?", r"fentanyl", r"meth(?:amphetamine)?",
        r"cannabis|marijuana|weed", r"benzos?", r"overdosed?", r"withdrawal", r"detox",
        r"suboxone|buprenorphine|methadone|naltrexone|vivitrol|naloxone|narcan",
        r"substance use(?: disorder)?", r"(?:AUD|OUD|SUD)", r"AA meetings?", r"SMART Recovery",
        r"rehab", r"MAT", r"DUI|DWI", r"urine (?:drug )?screen"),
    Category.REPRODUCTIVE_HEALTH: (
        r"abortion", r"pregnan(?:t|cy)", r"miscarriage", r"stillbirth", r"IVF|in vitro",
        r"fertility|infertility", r"contracepti(?:on|ve)", r"birth control", r"plan b",
        r"termination of pregnancy", r"postpartum", r"prenatal"),
    Category.IMMIGRATION: (
        r"undocumented", r"immigration status", r"visa", r"asylum", r"deport(?:ed|ation)",
        r"ICE", r"green card", r"DACA", r"refugee", r"overstay(?:ed)?"),
    Category.SEXUAL_ORIENTATION_GENDER_IDENTITY: (
        r"gay", r"lesbian", r"bisexual", r"pansexual", r"asexual", r"queer",
        r"trans(?:gender)?", r"non-?binary", r"gender identity", r"sexual orientation",
        r"coming out|came out", r"transition(?:ing)?", r"gender-affirming", r"LGBTQ\+?"),
    Category.HIV: (r"HIV", r"AIDS", r"PrEP", r"viral load", r"antiretroviral", r"CD4"),
    Category.INTIMATE_PARTNER_VIOLENCE: (
        r"domestic violence", r"intimate partner violence", r"IPV", r"abusive (?:partner|"
        r"husband|wife|boyfriend|girlfriend)", r"hit me", r"choked", r"strangled",
        r"protective order", r"restraining order", r"safe house", r"shelter"),
    Category.LEGAL: (
        r"arrest(?:ed)?", r"probation", r"parole", r"incarcerat(?:ed|ion)", r"jail|prison",
        r"court[- ]ordered", r"court (?:hearing|date|case)", r"charged with", r"custody",
        r"lawsuit", r"subpoena",
        r"CPS", r"DCF", r"felony|misdemeanor"),
}

CASE_SENSITIVE = {"AUD", "OUD", "SUD", "MAT", "ICE", "HIV", "AIDS", "PrEP", "IPV", "CPS", "DCF",
                  "DUI", "DWI", "DACA", "CD4"}
_PATTERNS: dict[Category, re.Pattern[str]] = {}
_UPPER: dict[Category, re.Pattern[str]] = {}
for _category, _terms in LEXICON.items():
    _lower = [t for t in _terms if not any(w in t for w in CASE_SENSITIVE)]
    _upper = [t for t in _terms if any(w in t for w in CASE_SENSITIVE)]
    _PATTERNS[_category] = re.compile(r"\b(?:" + "|".join(_lower) + r")\b", re.IGNORECASE)
    if _upper:
        _UPPER[_category] = re.compile(r"\b(?:" + "|".join(_upper) + r")\b")


@dataclass(frozen=True)
class SensitiveMention:
    category: Category
    start: int
    end: int


def find_sensitive(text: str) -> list[SensitiveMention]:
    """Every mention of a sensitive category, in order."""
    found = []
    for category, pattern in _PATTERNS.items():
        found += [SensitiveMention(category, m.start(), m.end()) for m in pattern.finditer(text)]
        upper = _UPPER.get(category)
        if upper is not None:
            found += [SensitiveMention(category, m.start(), m.end())
                      for m in upper.finditer(text)]
    return sorted(found, key=lambda m: (m.start, m.end))


@dataclass(frozen=True)
class SensitivePolicy:
    """The practice's choice per category; anything not named is sent."""

    actions: tuple[tuple[Category, Action], ...] = ()

    @classmethod
    def of(cls, **choices: str) -> SensitivePolicy:
        return cls(tuple((Category(k), Action(v)) for k, v in choices.items()))

    def action(self, category: Category) -> Action:
        return dict(self.actions).get(category, Action.SEND)


def generalised_spans(mentions: list[SensitiveMention], policy: SensitivePolicy) -> list[Span]:
    """Spans to replace with category placeholders under a "generalise" policy."""
    from sealnote.boundary.spans import Label

    return [Span(m.start, m.end, Label.OTHER_ID, f"sensitive:{m.category.value}", 40)
            for m in mentions if policy.action(m.category) is Action.GENERALISE]


# ---- re-identification risk from what remains -----------------------------------------------

RISK_PATTERNS: dict[str, re.Pattern[str]] = {
    "exact age": re.compile(r"\b\d{1,2}[- ](?:year|yr)s?[- ]old\b|\bage(?:d)? \d{1,2}\b", re.I),
    "rare or public role": re.compile(
        r"\b(?:senator|congress(?:man|woman)|mayor|governor|judge|celebrity|famous|"
        r"professional (?:athlete|football|basketball|baseball|hockey) player|olympi(?:an|c)|"
        r"news anchor|astronaut|ceo of|bishop|ambassador|only \w+ in (?:town|the county))\b",
        re.I),
    "unusual event": re.compile(
        r"\b(?:won the lottery|plane crash|in the news|on the news|went viral|"
        r"shark attack|struck by lightning|house fire|mass shooting|kidnapped|"
        r"quadruplets|quintuplets|conjoined)\b", re.I),
    "family structure": re.compile(
        r"\b(?:twins?|triplets|(?:six|seven|eight|nine|ten|eleven|twelve) children|"
        r"adopted|foster (?:child|son|daughter)|widow(?:ed|er)?|only child)\b", re.I),
    "distinctive detail": re.compile(
        r"\b(?:tattoo|birthmark|amputee|wheelchair|prosthetic|scar on)\b", re.I),
}


@dataclass(frozen=True)
class RiskReport:
    """How easy the remaining text makes it to tell who this is, and the phrases to review."""

    level: str
    phrases: tuple[tuple[str, str], ...]


def reidentification_risk(text: str) -> RiskReport:
    """Rate the risk that what remains (after identifiers are gone) singles a client out."""
    phrases = [(kind, m.group(0)) for kind, pattern in RISK_PATTERNS.items()
               for m in pattern.finditer(text)]
    kinds = {kind for kind, _ in phrases}
    if not phrases:
        level = "low"
    elif "rare or public role" in kinds or "unusual event" in kinds or len(kinds) >= 3:
        level = "high"
    else:
        level = "medium"
    return RiskReport(level, tuple(phrases))
