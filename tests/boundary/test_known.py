"""What the chart knows is found in any form a clinician might dictate it."""

from __future__ import annotations

import pytest

from sealnote.boundary.detect import detect
from sealnote.boundary.known import KnownIdentifiers

CHART = {
    "legal_name": "Margaret Ellen Whitcombe",
    "preferred_name": "Peggy",
    "nicknames": ["Peg"],
    "date_of_birth": "1979-03-14",
    "address": {"street": "418 Larkspur Lane", "unit": "Apt 3B", "city": "Fairhaven",
                "county": "Bristol", "state": "MA", "zip": "02719"},
    "phone": "508-555-0142",
    "email": "peggy.whitcombe@example.org",
    "insurance_member_id": "BCX492018376",
    "mrn": "RB-000184",
    "emergency_contact": {"name": "Thomas Whitcombe", "relationship": "husband",
                          "phone": "508-555-0199"},
    "relatives": [{"name": "Lily Whitcombe", "relationship": "daughter"},
                  {"name": "Hope Marchetti", "relationship": "mother"}],
    "employer": "Fairhaven Public Library",
    "school": None,
}
KNOWN = KnownIdentifiers.from_record(CHART)


def hits(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in KNOWN.matches(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("peggy says hi", "peggy"),
    ("PEGGY'S mood is better", "PEGGY"),
    ("whitcombe family meeting", "whitcombe"),
    ("Peg came late", "Peg"),
    ("signed M.E.W. on the form", "M.E.W."),
    ("call (508) 555 0142 after six", "(508) 555 0142"),
    ("call 5085550142", "5085550142"),
    ("born March 14, 1979", "March 14, 1979"),
    ("born 3/14/1979", "3/14/1979"),
    ("lives on larkspur lane", "larkspur lane"),
    ("her mrn is rb000184", "rb000184"),
    ("member bcx492018376", "bcx492018376"),
    ("Thomas picked her up", "Thomas"),
    ("works at the fairhaven public library", "fairhaven public library"),
    ("wrote to peggy.whitcombe@example.org", "peggy.whitcombe@example.org"),
])
def test_known_identifiers_match_their_variants(text: str, expected: str) -> None:
    assert expected in hits(text)


def test_a_name_that_is_a_word_matches_only_as_a_name() -> None:
    assert "Hope" in hits("Hope visited on Sunday")
    assert hits("she has hope for the future") == []


def test_known_identifiers_do_not_match_inside_other_words() -> None:
    assert hits("Pegasus and Peggysue") == []


def test_the_client_gets_client_labels_and_relatives_person_labels() -> None:
    spans = detect("Peggy and Lily", known=KNOWN)
    assert [s.source for s in spans] == ["known:client", "known:relative"]


def test_matchers_combine_across_clients() -> None:
    other = KnownIdentifiers.from_record({"legal_name": "Tobias Fenwick", "phone": "508-555-0188"})
    practice = KnownIdentifiers.combine([KNOWN, other])
    text = "Tobias and Peggy"
    assert [text[s:e] for s, e, _ in practice.matches(text)] == ["Peggy", "Tobias"] or \
        sorted(text[s:e] for s, e, _ in practice.matches(text)) == ["Peggy", "Tobias"]
    assert len(practice) >= len(KNOWN)
