"""Places smaller than a state: street addresses, ZIP codes, cities, counties, facilities;
and the organisations (employers, schools) a client can be found through."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

import ahocorasick

from sealnote.boundary import gazetteers
from sealnote.boundary.clinical import is_clinical_word
from sealnote.boundary.recognizers.base import Recognizer, alternation
from sealnote.boundary.spans import Label, Span

STREET_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Boulevard",
    "Blvd", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Close",
    "Parkway", "Pkwy", "Highway", "Hwy", "Square", "Sq", "Trail", "Trl", "Loop", "Row", "Alley",
    "Crescent", "Grove", "Path", "Pike", "Plaza", "Run", "Walk", "Turnpike", "Route", "Rte",
)
ABBREVIATED = ("St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Pl", "Ter", "Cir", "Pkwy", "Hwy",
               "Sq", "Trl", "Rte")
UNIT_CORE = r"(?:Apt\.?|Apartment|Unit|Suite|Ste\.?|Floor|Fl\.?|Room|Rm\.?|#)\s*[\w-]+"
UNIT = rf"(?:,?\s*{UNIT_CORE})"
STATES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
""".split()
STATE_NAMES = [*"""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split(), "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
    "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]
CITY_STATES = frozenset({"New York", "Washington"})
CAP = r"(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)?)"


STREET_ENDINGS = ("katu|tie|kuja|polku|gata|gatan|vägen|väg|vej|vænget|veien|vegen|gade|straße|"
                  "strasse|weg|gasse|platz|laan|straat|gracht|utca|allee|damm|ufer|steig|"
                  "torget|torv|stræde")
STREET_WORDS = ("Rua|Via|Viale|Piazza|Calle|Avenida|Avda\\.|Av\\.|Rue|Largo|Travessa|Praça|Paseo|"
                "Carrer|Ulica|ul\\.|Strada|Corso|Camino|Estrada|Rambla")
UNIT_ALONE = re.compile(r"(?<!\w)(?:Apt\.?|Apartment|Unit|Suite|Ste\.?)\s*#?\s*[\w-]*\d[\w-]*",
                        re.IGNORECASE)


class StreetAddressRecognizer(Recognizer):
    label = Label.LOCATION
    priority = 80
    patterns = (
        re.compile(rf"\b\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:{CAP}\s+){{0,4}}"
                   rf"(?:{alternation(s for s in STREET_SUFFIXES if s not in ABBREVIATED)}|"
                   rf"(?:{alternation(ABBREVIATED)})\b\.?)(?!\w){UNIT}?"),
        re.compile(r"\b(?:P\.?\s?O\.?\s*Box|Post Office Box)\s+\d+\b", re.IGNORECASE),
        # No house number, after "on", "off", "near": "lives on Maple Ave"
        re.compile(rf"\b(?:on|off|near|at|of)\s+(?:the\s+)?(?P<id>(?:[A-Z][\w'’-]*\s+){{1,3}}"
                   rf"(?:{alternation(s for s in STREET_SUFFIXES if s not in ABBREVIATED)}|"
                   rf"(?:{alternation(ABBREVIATED)})\b\.?)(?!\w))"),
        UNIT_ALONE,
        # Elsewhere: "Koskikatu 25", "Brucker Bundesstrasse 31", "Rua do Arenque 1634"
        re.compile(rf"\b(?:[A-ZÀ-Þ][\w'’-]*\s+)?[A-ZÀ-Þ][\w'’-]*(?:{STREET_ENDINGS})\s+\d{{1,5}}"
                   rf"[A-Za-z]?\b\.?{UNIT}?"),
        re.compile(rf"\b(?:{STREET_WORDS})\s+(?:(?:d[aeio]s?|dei|del|della|de la|du)\s+)?"
                   rf"(?:[A-ZÀ-Þ][\w'’-]*\s+){{1,3}}\d{{1,5}}[A-Za-z]?\b{UNIT}?"),
    )
    # The lines after an address: "KNIVSTA, 18237", "Cyprus 36903"
    NEXT_LINES = re.compile(r"(?:\s*\n\s*,?\s*(?:[A-ZÀ-Þ][\w'’.-]*(?:[ ,]+[\w'’.-]+){0,3}"
                            r"|\d{4,6}(?:[ ,]+[\w'’.-]+){0,3}))")

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = super().bounds(match)
        text = match.string
        for _ in range(3):
            line = self.NEXT_LINES.match(text, end)
            if line is None or len(line.group(0).strip()) > 40 or not (
                    re.search(r"\d{4,6}", line.group(0)) or
                    re.search(r"\b[A-ZÀ-Þ]{3,}\b", line.group(0))):
                break
            end = line.end()
        return start, end

    def validate(self, match: re.Match[str], text: str) -> bool:
        value = match.group(0)
        if match.re is UNIT_ALONE:
            return value[:1].isalpha() and any(c.isdigit() for c in value)
        return True


class ZipCodeRecognizer(Recognizer):
    """ZIP codes next to a state, or named as such; a bare five-digit number is an id anyway."""

    label = Label.LOCATION
    priority = 78
    patterns = (
        re.compile(rf"\b(?:{'|'.join(STATES)}|{alternation(STATE_NAMES)}),?\s+(?P<id>\d{{5}}"
                   rf"(?:-\d{{4}})?)\b"),
        re.compile(r"\b(?:zip|zip code|postal code|zipcode)[:#\s]*(?P<id>\d{5}(?:-\d{4})?)\b",
                   re.IGNORECASE),
    )


FACILITY_WORDS = (
    "Hospital", "Hosp.", "Clinic", "Medical Center", "Medical Centre", "Med Ctr", "Med Center",
    "Health Center", "Health System", "Health Care", "Healthcare", "Health", "General",
    "Medical", "Med", "Infirmary", "Hospice", "Rehab", "Rehabilitation Center",
    "Nursing Home", "Care Center", "Treatment Center", "Recovery Center", "Behavioral Health",
    "Medical Group", "Pharmacy", "Urgent Care", "Memorial", "Sanatorium", "Psychiatric Center",
    "Children's", "Institute", "Center", "Centre",
)
ORG_WORDS = (
    "University", "College", "School", "High School", "Middle School", "Elementary",
    "Elementary School", "Academy", "Library", "Church", "Synagogue", "Mosque", "Temple", "Bank",
    "Inc", "Inc.", "LLC", "Ltd", "Corp", "Corporation", "Company", "Co.", "Group", "Partners",
    "Associates", "Foundation", "Department", "Dept.", "Police Department", "Fire Department",
    "High", "Restaurant", "Cafe", "Café", "Bakery", "Market", "Store", "Boatworks", "Works",
    "Factory", "Farm", "Studio", "Gym", "Salon", "Agency", "Firm", "Bureau", "Office", "Shelter",
    "Prison", "Jail", "Daycare", "Preschool",
)
NAME_PART = r"(?:(?:St|Mt|Ft)\.\s?|Saint\s|Mount\s)?[A-Z][\w'’&-]*\.?"
CONNECTOR = r"(?:\s+(?:of|the|and|&|for|de|la)\s+|\s+)"


class FacilityRecognizer(Recognizer):
    """Named hospitals, clinics, schools, employers: Capitalised words ending in a kind word."""

    label = Label.ORGANIZATION
    priority = 65
    patterns = (
        re.compile(rf"\b(?:{NAME_PART}{CONNECTOR}){{1,5}}(?P<kind>{alternation(FACILITY_WORDS)}"
                   rf"|{alternation(ORG_WORDS)})(?![\w])"),
        re.compile(rf"\b(?:{alternation(FACILITY_WORDS)}|{alternation(ORG_WORDS)})\s+(?:of|for)"
                   rf"\s+(?:the\s+)?(?:{NAME_PART}\s?){{1,4}}"),
        re.compile(r"\b(?:St|Mt|Ft)\.\s?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"),
    )
    CARE: ClassVar[frozenset[str]] = frozenset(w.lower() for w in FACILITY_WORDS)

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = re.findall(r"[A-Za-z][\w'’-]*", match.group(0))
        if match.re is self.patterns[0]:
            named = [w for w in words[:-1] if w[0].isupper() and not is_clinical_word(w)
                     and w.lower() not in ("the", "a", "an", "my", "his", "her", "our", "their")]
            return bool(named)
        return True

    def label_for(self, match: re.Match[str], text: str) -> Label | None:
        value = match.group(0).lower()
        # Hospitals and clinics are places where care happened; the corpora and HHS treat
        # them as locations. Employers and schools are organisations.
        if any(word in value for word in self.CARE) or match.re is self.patterns[2]:
            return Label.LOCATION
        return Label.ORGANIZATION

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = match.span()
        value = match.group(0)
        for lead in ("The ", "the "):
            if value.startswith(lead):
                start += len(lead)
        return start, end


@cache
def _place_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in gazetteers.places():
        automaton.add_word(name, (name, "place"))
    for name in gazetteers.facilities():
        if name.lower() not in gazetteers.common_words():  # "Mercy", "Rush": need "Hospital"
            automaton.add_word(name, (name, "facility"))
    for name in gazetteers.counties():
        for form in (f"{name} County", f"{name} county", f"{name} Parish"):
            automaton.add_word(form, (form, "county"))
    automaton.make_automaton()
    return automaton


# "the Dallas clinic", "Chicago downtown clinic", "Cedars-Sinai ER": the site, not just the city.
SITE_SUFFIX = re.compile(r"(?:\s+(?:downtown|main|north|south|east|west|central|community))?"
                         r"\s+(?:clinic|hospital|facility|center|centre|office|campus|ER|ED|ICU|"
                         r"VA|VAMC|medical center|med center|practice|branch|location|site|"
                         r"General|Memorial|Medical|Med|Presbyterian|Methodist|Baptist)\b")
# "Atlanta, GA": the city and its state are one place expression.
STATE_AFTER = re.compile(r",\s*(?:" + "|".join(STATES) + r")\b(?:\s+\d{5}(?:-\d{4})?)?")
def _whole_word(text: str, start: int, end: int) -> bool:
    return not ((start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-")) or
                (end < len(text) and (text[end].isalnum() or text[end] == "-")))


@cache
def _lowercase_place_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in gazetteers.places():
        lowered = name.lower()
        if len(lowered) > 3 and not all(w in gazetteers.common_words() for w in lowered.split()):
            automaton.add_word(lowered, lowered)
    automaton.make_automaton()
    return automaton


LEAD_IN = re.compile(r"(?:\b(?:in|from|at|near|to|of|around|outside|into|toward|towards|"
                     r"moved|lives|living|live|born|visiting|visited|grew up in)\s+(?:the\s+)?)$",
                     re.IGNORECASE)


class PlaceNameRecognizer(Recognizer):
    """Cities and counties from the gazetteer, written with capitals."""

    label = Label.LOCATION
    priority = 62

    def find(self, text: str) -> Iterator[Span]:
        for end_index, (name, kind) in _place_automaton().iter(text):
            start, end = end_index - len(name) + 1, end_index + 1
            if not _whole_word(text, start, end):
                continue
            if not name[0].isupper() or self._ambiguous(name, kind, text, start, end):
                continue
            yield self._span(text, start, end)
        # Dictated in lower case ("moved here from lowell"): only where a place is expected.
        lowered = text.lower()
        for end_index, name in _lowercase_place_automaton().iter(lowered):
            start, end = end_index - len(name) + 1, end_index + 1
            if text[start].islower() and _whole_word(text, start, end) and \
                    LEAD_IN.search(text[max(0, start - 24):start]):
                yield self._span(text, start, end)

    def _span(self, text: str, start: int, end: int) -> Span:
        suffix = SITE_SUFFIX.match(text, end) or STATE_AFTER.match(text, end)
        # After "in", "from", "moved to"…, a word that is both a name and a town is the town.
        priority = 75 if LEAD_IN.search(text[max(0, start - 24):start]) else self.priority
        return Span(start, suffix.end() if suffix else end, self.label, self.name, priority)

    def _ambiguous(self, name: str, kind: str, text: str, start: int, end: int) -> bool:
        if kind in ("county", "facility"):
            return False
        if name in CITY_STATES:
            return False  # "New York", "Washington": fail closed and treat them as the city
        if name in STATE_NAMES:
            return not SITE_SUFFIX.match(text, end)  # "Texas clinic" is a place, "Texas" not
        if is_clinical_word(name):
            return True
        common = name.lower() in gazetteers.common_words() and " " not in name
        if not common:
            return False
        # "Hope", "Mobile", "Normal": a place only where a place is expected.
        before = text[max(0, start - 24):start]
        after = text[end:end + 5]
        return not (LEAD_IN.search(before) or re.match(r",\s*[A-Z]{2}\b", after))


EMPLOYMENT = re.compile(
    r"\b(?:works?|working|worked|employed|job|intern(?:ing|ed)?|volunteers?|volunteering|"
    r"teaches|teaching|manager|supervisor|boss|shift|nurse|teacher|student|studies|studying|"
    r"enrolled|attends|attending|graduated|goes|went|transferred|finishes|finished|"
    r"finishing|starts|started|starting|accepted|admitted|applied)\s+(?:as\s+an?\s+\w+\s+)?"
    r"(?:at|for|with|from|to)\s+(?P<id>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s(?:(?:of|the|and|&)\s)?[A-Z][\w'’&-]*){0,4})")


class EmploymentRecognizer(Recognizer):
    """Employers and schools named after "works at", "attends", "graduated from"…"""

    label = Label.ORGANIZATION
    priority = 60
    patterns = (EMPLOYMENT,)

    def bounds(self, match: re.Match[str]) -> tuple[int, int]:
        start, end = match.span("id")
        value = match.group("id")
        if value.lower().startswith("the "):
            start += 4
        while end > start and match.string[end - 1] in " .,":
            end -= 1
        return start, end

    def validate(self, match: re.Match[str], text: str) -> bool:
        words = [w for w in match.group("id").split() if w[:1].isupper()]
        return bool(words) and not any(is_clinical_word(w) for w in words)

