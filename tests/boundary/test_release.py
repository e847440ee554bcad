"""The only way out: nothing unproven leaves, and nothing else can make a ReleasedText."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sealnote.boundary.deidentify import deidentify
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.release import BoundaryViolation, ReleasedText, release
from sealnote.boundary.sensitive import SensitivePolicy

PEGGY = KnownIdentifiers.from_record({"legal_name": "Peggy Whitcombe", "phone": "508-555-0142"})
TOBY = KnownIdentifiers.from_record({"legal_name": "Tobias Fenwick", "nicknames": ["Toby"],
                                     "mrn": "RB-000215"})
PRACTICE = KnownIdentifiers.combine([PEGGY, TOBY])
SRC = Path(__file__).resolve().parents[2] / "src" / "sealnote"


def test_clean_text_is_released_with_a_hash() -> None:
    result = deidentify("Peggy Whitcombe slept better; PHQ-9 9.", known=PEGGY)
    released = release(result.text, practice_known=PRACTICE)
    assert released.text == "[CLIENT] slept better; PHQ-9 9."
    assert len(released.sha256) == 64 and "CLIENT" not in repr(released)


@pytest.mark.parametrize("payload", [
    "[CLIENT] mentioned Toby from group.",  # another client's nickname
    "[CLIENT] shares a room with tobias fenwick.",
    "[CLIENT] found chart rb000215 on the desk.",
    "[CLIENT] can be reached at (508) 555 0142.",
    "[CLIENT] saw Dr. Okonkwo on March 3, 2026.",  # anything the re-scan itself finds
])
def test_release_refuses_any_identifier_and_says_where(payload: str) -> None:
    with pytest.raises(BoundaryViolation) as refused:
        release(payload, practice_known=PRACTICE)
    assert refused.value.findings and "characters" in refused.value.message
    for finding in refused.value.findings:
        assert finding.label in refused.value.message
        assert payload[finding.start:finding.end].strip()
    # The message names kinds and places, never the value itself.
    assert "Toby" not in refused.value.message and "555" not in refused.value.message


def test_a_crashing_scanner_fails_closed() -> None:
    def broken(text: str, **_: object) -> list:
        raise RuntimeError("gazetteer missing")

    with pytest.raises(BoundaryViolation, match="could not check"):
        release("[CLIENT] is fine.", practice_known=None, scan=broken)


def test_a_blocked_sensitive_category_is_not_released() -> None:
    policy = SensitivePolicy.of(immigration="block")
    with pytest.raises(BoundaryViolation) as refused:
        release("[CLIENT] worries about her asylum hearing.", practice_known=None, policy=policy)
    assert refused.value.findings[0].label == "SENSITIVE:immigration"


def test_empty_text_is_not_released() -> None:
    with pytest.raises(BoundaryViolation):
        release("   ", practice_known=None)


def test_a_released_text_cannot_be_forged_or_changed() -> None:
    with pytest.raises(TypeError):
        ReleasedText("Peggy Whitcombe", _key=object())
    released = release("[CLIENT] is well.", practice_known=None)
    with pytest.raises(AttributeError):
        released._text = "Peggy Whitcombe"  # type: ignore[misc]


def test_no_code_but_release_constructs_a_released_text() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name == "ReleasedText" and path.name != "release.py":
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id == "_RELEASE_KEY" and \
                    path.name != "release.py":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno} uses the key")
    assert offenders == []
