"""What the chart already knows about a client, as a fast matcher (Aho-Corasick).

Every name part, preferred name and nickname, relatives, employer, school, address parts, ids,
phone and e-mail are matched case-insensitively, possessives included. Phone numbers and ids
are also matched on their digits and letters alone, so "(508) 555 0142" finds "508-555-0142".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import ahocorasick

from sealnote.boundary import gazetteers
from sealnote.boundary.spans import Label, Span

KNOWN_PRIORITY = 100
PARTICLES = frozenset("""
de la del der van von da di le du bin al st jr sr ii iii iv
""".split())


@dataclass(frozen=True)
class KnownValue:
    """One identifier from a chart: what it is, whose it is, and which person it names."""

    label: Label
    role: str
    owner: str
    canonical: str


def _date_forms(value: str) -> set[str]:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return {value}
    month, month_short = day.strftime("%B"), day.strftime("%b")
    return {
        value, f"{month} {day.day}, {day.year}", f"{month} {day.day} {day.year}",
        f"{month_short} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
        f"{day.month}/{day.day}/{day.year}", f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{day.month}/{day.day}/{day.year % 100:02d}", f"{day.month}-{day.day}-{day.year}",
        f"{day.month:02d}-{day.day:02d}-{day.year}", f"{month} {day.day}",
    }


def _name_forms(name: str) -> tuple[set[str], set[str]]:
    """(forms matched in any case, forms matched only when capitalised) of a person's name."""
    any_case, capitalised = {name}, set()
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    for part in parts:
        bare = part.strip(".,")
        if len(bare) < 2 or bare.lower() in PARTICLES:
            continue
        pieces = [bare, *bare.split("-")] if "-" in bare else [bare]
        for piece in pieces:
            if len(piece) < 2:
                continue
            # "Hope", "Will", "Summer": as words they are everywhere; match them as names only.
            if piece.lower() in gazetteers.common_words():
                capitalised.add(piece[0].upper() + piece[1:])
            else:
                any_case.add(piece)
    initials = [p[0].upper() for p in parts if p[:1].isalpha() and p.lower() not in PARTICLES]
    if len(initials) >= 2:
        any_case |= {".".join(initials) + ".", ". ".join(initials) + "."}
    return any_case, capitalised


def _compact(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", value.lower())


@dataclass
class KnownIdentifiers:
    """A matcher over the identifiers of one client, or of every client of a practice."""

    _phrases: dict[str, KnownValue] = field(default_factory=dict)
    _capitalised: dict[str, KnownValue] = field(default_factory=dict)
    _compacts: dict[str, KnownValue] = field(default_factory=dict)
    _automata: tuple[Any, Any, Any] | None = None

    def add(self, value: str | None, *, label: Label, role: str, owner: str,
            name_forms: bool = False) -> None:
        """Add one identifier (and, for names, its parts and initials)."""
        if not value or not str(value).strip():
            return
        value = str(value).strip()
        known = KnownValue(label, role, owner, value)
        if name_forms:
            any_case, capitalised = _name_forms(value)
            for form in any_case:
                self._phrases.setdefault(form.lower(), known)
            for form in capitalised:
                self._capitalised.setdefault(form, known)
        else:
            forms = _date_forms(value) if label is Label.DATE else {value}
            for form in forms:
                self._phrases.setdefault(form.lower(), known)
        compact = _compact(value)
        if sum(c.isdigit() for c in compact) >= 5:
            self._compacts.setdefault(compact, known)
        self._automata = None

    def add_record(self, record: Mapping[str, Any], *, owner: str = "client") -> None:
        """Add everything a chart-shaped record holds (unknown fields are kept, as ids)."""
        for key, value in record.items():
            if value in (None, "", [], {}):
                continue
            handler = _FIELDS.get(key)
            if handler is not None:
                handler(self, value, owner)
            elif isinstance(value, str):
                self.add(value, label=Label.OTHER_ID, role=key, owner=owner)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, str):
                        self.add(item, label=Label.OTHER_ID, role=key, owner=owner)

    @classmethod
    def from_record(cls, record: Mapping[str, Any], *, owner: str = "client") -> KnownIdentifiers:
        known = cls()
        known.add_record(record, owner=owner)
        return known

    @classmethod
    def combine(cls, parts: Iterable[KnownIdentifiers]) -> KnownIdentifiers:
        """One matcher over many clients (the release check uses the whole practice)."""
        merged = cls()
        for part in parts:
            for source, target in ((part._phrases, merged._phrases),
                                   (part._capitalised, merged._capitalised),
                                   (part._compacts, merged._compacts)):
                for key, value in source.items():
                    target.setdefault(key, value)
        return merged

    def __len__(self) -> int:
        return len(self._phrases) + len(self._capitalised) + len(self._compacts)

    def _build(self) -> tuple[Any, Any, Any]:
        if self._automata is None:
            built = []
            for table in (self._phrases, self._capitalised, self._compacts):
                automaton = ahocorasick.Automaton()
                for key in table:
                    automaton.add_word(key, key)
                if table:
                    automaton.make_automaton()
                built.append(automaton if table else None)
            self._automata = (built[0], built[1], built[2])
        return self._automata

    def find(self, text: str) -> Iterator[Span]:
        """Every occurrence of a known identifier in `text`."""
        for hit in self.matches(text):
            yield Span(hit[0], hit[1], hit[2].label, f"known:{hit[2].role}", KNOWN_PRIORITY)

    def matches(self, text: str) -> Iterator[tuple[int, int, KnownValue]]:
        phrases, capitalised, compacts = self._build()
        lowered = text.lower()
        for automaton, haystack, table in ((phrases, lowered, self._phrases),
                                           (capitalised, text, self._capitalised)):
            if automaton is None:
                continue
            for end_index, key in automaton.iter(haystack):
                start, end = end_index - len(key) + 1, end_index + 1
                if _bounded(text, start, end):
                    yield start, end, table[key]
        if compacts is not None:
            yield from self._compact_matches(text, compacts)

    def _compact_matches(self, text: str, automaton: Any) -> Iterator[tuple[int, int,
                                                                            KnownValue]]:
        positions = [i for i, c in enumerate(text) if c.isalnum()]
        projected = "".join(text[i].lower() for i in positions)
        for end_index, key in automaton.iter(projected):
            start = positions[end_index - len(key) + 1]
            end = positions[end_index] + 1
            if start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
                start -= 1  # "(508) 555 0142": the bracket belongs to the number
            if _bounded(text, start, end):
                yield start, end, self._compacts[key]


def _bounded(text: str, start: int, end: int) -> bool:
    """A match must not start or end inside a word (a possessive 's may follow)."""
    if start > 0 and text[start - 1].isalnum():
        return False
    return end >= len(text) or not text[end].isalnum()


def _add_names(known: KnownIdentifiers, value: Any, owner: str, role: str) -> None:
    for name in value if isinstance(value, list) else [value]:
        if isinstance(name, Mapping):
            _add_person(known, name, owner)
        else:
            known.add(name, label=Label.NAME, role=role, owner=owner, name_forms=True)


def _add_person(known: KnownIdentifiers, person: Mapping[str, Any], owner: str) -> None:
    known.add(person.get("name"), label=Label.NAME, role="relative", owner=owner,
              name_forms=True)
    known.add(person.get("phone"), label=Label.PHONE, role="relative", owner=owner)
    known.add(person.get("email"), label=Label.EMAIL, role="relative", owner=owner)


def _add_address(known: KnownIdentifiers, value: Any, owner: str) -> None:
    if isinstance(value, str):
        known.add(value, label=Label.LOCATION, role="address", owner=owner)
        return
    street = value.get("street")
    if street:
        known.add(street, label=Label.LOCATION, role="address", owner=owner)
        without_number = re.sub(r"^\d+[A-Za-z]?\s+", "", street)
        known.add(without_number, label=Label.LOCATION, role="address", owner=owner)
    for key in ("unit", "city", "county", "zip"):
        known.add(value.get(key), label=Label.LOCATION, role="address", owner=owner)


def _simple(label: Label, role: str):
    def add(known: KnownIdentifiers, value: Any, owner: str) -> None:
        for item in value if isinstance(value, list) else [value]:
            known.add(str(item), label=label, role=role, owner=owner)
    return add


_FIELDS = {
    "legal_name": lambda k, v, o: _add_names(k, v, o, "client"),
    "preferred_name": lambda k, v, o: _add_names(k, v, o, "client"),
    "nicknames": lambda k, v, o: _add_names(k, v, o, "client"),
    "names": lambda k, v, o: _add_names(k, v, o, "client"),
    "relatives": lambda k, v, o: _add_names(k, v, o, "relative"),
    "people": lambda k, v, o: _add_names(k, v, o, "relative"),
    "emergency_contact": lambda k, v, o: _add_person(k, v, o) if isinstance(v, Mapping)
    else _add_names(k, v, o, "relative"),
    "address": _add_address,
    "locations": _simple(Label.LOCATION, "location"),
    "date_of_birth": _simple(Label.DATE, "date_of_birth"),
    "dates": _simple(Label.DATE, "date"),
    "phone": _simple(Label.PHONE, "phone"),
    "phones": _simple(Label.PHONE, "phone"),
    "email": _simple(Label.EMAIL, "email"),
    "emails": _simple(Label.EMAIL, "email"),
    "mrn": _simple(Label.MRN, "mrn"),
    "insurance_member_id": _simple(Label.HEALTH_PLAN, "insurance"),
    "ids": _simple(Label.OTHER_ID, "id"),
    "employer": _simple(Label.ORGANIZATION, "employer"),
    "school": _simple(Label.ORGANIZATION, "school"),
    "organizations": _simple(Label.ORGANIZATION, "organization"),
}
