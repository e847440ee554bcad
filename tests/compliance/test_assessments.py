"""The vendor questionnaire, the security risk analysis and access reviews."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from sealnote.compliance import assessments
from sealnote.compliance import service as compliance
from sealnote.compliance.monitoring import alerts
from sealnote.demo import demo_actor
from sealnote.errors import InvalidInput
from sealnote.practice import Practice

BEST = {q.key: {"answer": q.answers[0][0], "evidence": "Contract section 4"}
        for q in assessments.QUESTIONS}


def rules(practice: Practice, today: date | None = None) -> set[str]:
    with practice.sessions() as db:
        return {a.rule for a in alerts(db, practice=practice, today=today)}


def new_ai_vendor(practice: Practice) -> str:
    admin = demo_actor(practice, "admin")
    with practice.transaction() as db:
        return compliance.register_vendor(db, actor=admin, name="Scribely AI",
                                          kind="ai_scribe").id


def test_answers_score_to_a_risk_and_a_review_date() -> None:
    assert assessments.score({k: v["answer"] for k, v in BEST.items()}) == (0, "low")
    training_allowed = {**{k: v["answer"] for k, v in BEST.items()}, "no_training": "no"}
    assert assessments.score(training_allowed)[1] == "high", "a critical question decides"
    partly = {k: ("partly" if k in ("what_is_sent", "soc2", "staff_access") else v["answer"])
              for k, v in BEST.items()}
    assert assessments.score(partly) == (6, "medium")
    with pytest.raises(InvalidInput, match="Answer every question"):
        assessments.score({})


def test_a_questionnaire_is_kept_with_evidence_and_clears_its_alert(demo: Practice) -> None:
    vendor_id = new_ai_vendor(demo)
    assert "questionnaire_due" in rules(demo)
    admin = demo_actor(demo, "admin")
    with demo.transaction() as db:
        row = assessments.assess_vendor(db, actor=admin, vendor_id=vendor_id, answers=BEST)
        assert row.risk == "low" and row.next_review_on == date.today() + timedelta(days=365)
    assert "questionnaire_due" not in rules(demo)
    assert "questionnaire_due" in rules(demo, today=date.today() + timedelta(days=366)), \
        "the re-review reminder"


def test_the_risk_analysis_is_prefilled_from_what_sealnote_sees(demo: Practice) -> None:
    with demo.transaction() as db:
        rows = {r["key"]: r for r in assessments.draft_analysis(db, practice=demo)}
    assert "SiteForge website" in rows["business_associates"]["finding"]
    assert rows["business_associates"]["likelihood"] == 4
    assert rows["authentication"]["finding"] == "0 of 5 active accounts use MFA."
    assert "verifies" in rows["audit_controls"]["finding"]
    assert "Sam Okafor" in rows["training"]["finding"]
    assert rows["facility_access"]["prefilled"] is False, "what Sealnote cannot see, it asks"


def test_a_risk_analysis_needs_every_rating_and_is_kept(demo: Practice) -> None:
    admin = demo_actor(demo, "admin")
    assert "risk_analysis_due" in rules(demo)
    ratings = {g.key: {"likelihood": 2, "impact": 3} for g in assessments.SAFEGUARDS}
    with pytest.raises(InvalidInput, match="Facility access"), demo.transaction() as db:
        assessments.save_analysis(db, actor=admin, ratings={**ratings, "facility_access": {}})
    with demo.transaction() as db:
        row = assessments.save_analysis(db, actor=admin, ratings={
            **ratings, "business_associates": {"likelihood": 4, "impact": 4,
                                               "plan": "BAA with SiteForge by January"}})
        report = assessments.analysis_report(db, actor=admin, analysis_id=row.id,
                                             practice_name="Riverbend").text()
    assert "Business associate contracts (164.308(b)(1)): HIGH (likelihood 4 x impact 4)" in report
    assert "Plan: BAA with SiteForge by January" in report
    assert "Kept six years" in report and "not final" in report
    assert "risk_analysis_due" not in rules(demo)
    assert "risk_analysis_due" in rules(demo, today=date.today() + timedelta(days=400))
    with pytest.raises(Exception, match="six years"), demo.transaction() as db:
        db.execute(text("DELETE FROM risk_analyses"))


def test_access_reviews_are_due_every_90_days(demo: Practice) -> None:
    assert "access_review_due" not in rules(demo), "the demo reviewed access 30 days ago"
    assert "access_review_due" in rules(demo, today=date.today() + timedelta(days=61))
    admin = demo_actor(demo, "admin")
    with demo.transaction() as db:
        assessments.record_access_review(db, actor=admin, findings="",
                                         on=date.today() + timedelta(days=61))
    assert "access_review_due" not in rules(demo, today=date.today() + timedelta(days=61))
