"""The BAA clause check on agreements written for these tests: complete, missing clauses, weak
clauses; as text, PDF and DOCX; and through `sealnote baa check --json`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sealnote.compliance.baa_check import CLAUSES, check_text, document_text, read_document
from sealnote.documents import Letter
from sealnote.errors import InvalidInput

AGREEMENTS = Path(__file__).parent / "agreements"
REQUIRED = ["permitted_uses", "no_other_use", "safeguards", "report_incidents", "subcontractors",
            "access", "amendment", "accounting", "privacy_rule_compliance", "hhs_access",
            "return_or_destroy", "termination"]
AI = ["no_training", "retention_limit", "breach_notice_hours", "data_residency",
      "subprocessor_list"]
WEAK = {"return_or_destroy", "no_training", "retention_limit", "breach_notice_hours",
        "data_residency", "subprocessor_list"}


def as_letter(text: str) -> Letter:
    letter = Letter("Business Associate Agreement")
    for block in text.split("\n\n")[1:]:
        letter.paragraph(block)
    return letter


def test_every_required_and_ai_clause_is_checked() -> None:
    assert [c.id for c in CLAUSES] == REQUIRED + AI
    assert {c.id for c in CLAUSES if c.kind == "ai"} == set(AI)


def test_a_complete_agreement_has_every_clause_sound_with_its_evidence() -> None:
    report = check_text((AGREEMENTS / "complete.txt").read_text())
    assert report.sound and report.missing == [] and report.flags == []
    evidence = {f.id: f.evidence for f in report.findings}
    assert evidence["breach_notice_hours"] and "twenty-four (24) hours" in \
        evidence["breach_notice_hours"]
    assert evidence["permitted_uses"] and evidence["permitted_uses"].startswith(
        "Business Associate may use or disclose"), "a duty, not the heading"


def test_missing_clauses_are_listed() -> None:
    report = check_text((AGREEMENTS / "missing.txt").read_text())
    assert report.missing == ["subcontractors", "accounting", "privacy_rule_compliance",
                              "hhs_access", "no_training", "retention_limit", "data_residency",
                              "subprocessor_list"]
    reasons = {f.id: f.weakness for f in report.flags}
    assert reasons == {"report_incidents": "does not say security incidents are reported",
                       "breach_notice_hours": "sets no number of hours (only 'without "
                                              "unreasonable delay')"}


def test_weak_clauses_are_flagged_with_the_reason() -> None:
    report = check_text((AGREEMENTS / "weak.txt").read_text())
    assert report.missing == []
    reasons = {f.id: f.weakness for f in report.flags}
    assert set(reasons) == WEAK
    assert reasons["breach_notice_hours"] == "breach notice may take 336 hours, slower than 72"
    assert reasons["no_training"] == "allows training or secondary use of the data"
    assert reasons["retention_limit"] == "allows keeping the data beyond the service"


@pytest.mark.parametrize("hours_text,weak", [
    ("within seventy-two (72) hours", False), ("within 48 hours", False),
    ("within five (5) calendar days", True), ("within 3 days", False),
])
def test_the_breach_notice_limit_is_72_hours(hours_text: str, weak: bool) -> None:
    text = ("Business Associate shall notify Covered Entity of any breach of unsecured PHI "
            f"{hours_text} of discovery.")
    finding = next(f for f in check_text(text).findings if f.id == "breach_notice_hours")
    assert finding.present and finding.ok is not weak


def test_a_pdf_and_a_docx_agreement_read_the_same(tmp_path: Path) -> None:
    letter = as_letter((AGREEMENTS / "weak.txt").read_text())
    for suffix, data in ((".pdf", letter.pdf()), (".docx", letter.docx())):
        path = tmp_path / f"agreement{suffix}"
        path.write_bytes(data)
        report = check_text(read_document(path))
        assert report.missing == [] and {f.id for f in report.flags} == WEAK, suffix


def test_unreadable_files_are_explained(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"reads \.txt, \.pdf and \.docx"):
        document_text(b"x", filename="agreement.odt")
    with pytest.raises(InvalidInput, match="could not be read"):
        document_text(b"not a pdf", filename="agreement.pdf")
    with pytest.raises(InvalidInput, match="no readable text"):
        check_text("   ")


def test_the_cli_prints_clauses_missing_and_flags_as_json() -> None:
    done = subprocess.run([sys.executable, "-m", "sealnote", "baa", "check",
                           str(AGREEMENTS / "weak.txt"), "--json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert [c["id"] for c in answer["clauses"]] == REQUIRED + AI
    assert all({"present", "ok", "evidence"} <= set(c) for c in answer["clauses"])
    assert answer["missing"] == []
    assert {f["id"] for f in answer["flags"]} == WEAK
    assert all(f["evidence"] and f["reason"] for f in answer["flags"])
    strict = subprocess.run([sys.executable, "-m", "sealnote", "baa", "check",
                             str(AGREEMENTS / "missing.txt"), "--strict"],
                            capture_output=True, text=True, timeout=60)
    assert strict.returncode == 1 and "MISSING" in strict.stdout


def test_an_agreement_written_as_a_lettered_list_reads_the_same() -> None:
    report = check_text((AGREEMENTS / "list_style.txt").read_text())
    assert [m for m in report.missing if m in REQUIRED] == []
    assert report.missing == ["no_training", "retention_limit", "data_residency",
                              "subprocessor_list"], "an ordinary BAA says nothing about AI"
    slow = next(f for f in report.flags if f.id == "breach_notice_hours")
    assert slow.weakness == "breach notice may take 120 hours, slower than 72"


@pytest.mark.parametrize(("sentence", "sound"), [
    ("Vendor will not use Customer Data to train or improve its models.", True),
    ("Training models on PHI is prohibited.", True),
    ("Vendor shall not sell PHI and may use prompts to improve its services.", False),
    ("Vendor may use aggregated, de-identified data for product improvement.", False),
    ("Vendor will not train on PHI except de-identified data.", False),
])
def test_a_no_training_clause_must_refuse_the_training_itself(sentence: str,
                                                              sound: bool) -> None:
    finding = next(f for f in check_text(sentence).findings if f.id == "no_training")
    assert finding.present and finding.ok is sound
