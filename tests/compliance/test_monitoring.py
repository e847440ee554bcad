"""Each monitoring rule fires on its cause and clears once the cause is gone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sealnote.access import service as access
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.audit.models import AuditEvent
from sealnote.compliance import monitoring
from sealnote.compliance import service as compliance
from sealnote.compliance.models import Vendor
from sealnote.demo import demo_actor
from sealnote.errors import AuthenticationFailed, PermissionDenied
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.schemas import Chart
from tests.helpers import drop_audit_triggers, raw_sql

AGREEMENTS = Path(__file__).parent / "agreements"


def rules_firing(practice: Practice, *, today: date | None = None,
                 now: datetime | None = None) -> dict[str, list[monitoring.Alert]]:
    with practice.sessions() as db:
        found = monitoring.alerts(db, practice=practice, today=today, now=now)
    grouped: dict[str, list[monitoring.Alert]] = {}
    for alert in found:
        grouped.setdefault(alert.rule, []).append(alert)
    return grouped


def vendor_id(practice: Practice, name: str) -> str:
    with practice.sessions() as db:
        return db.scalars(select(Vendor.id).where(Vendor.name == name)).one()


def test_the_demo_register_shows_what_the_issue_promises(demo: Practice) -> None:
    firing = rules_firing(demo)
    assert [a.subject for a in firing["baa_missing"]] == ["SiteForge website"]
    assert [(a.subject, a.level) for a in firing["baa_expiring"]] == [
        ("Mailhaven Workspace", "medium")]
    assert [a.subject for a in firing["training_overdue"]] == ["Sam Okafor, LCSW"]
    assert "audit_chain" not in firing


def test_a_missing_baa_clears_once_one_is_filed(demo: Practice) -> None:
    admin, site = demo_actor(demo, "admin"), vendor_id(demo, "SiteForge website")
    with demo.transaction() as db:
        compliance.record_baa(db, actor=admin, vendor_id=site,
                              signed_on=date.today(), expires_on=None, forbids_training=False,
                              retention_days=None)
    assert "baa_missing" not in rules_firing(demo)


@pytest.mark.parametrize(("days_ahead", "level"), [(61, None), (60, "low"), (30, "medium"),
                                                   (7, "high"), (-1, "critical")])
def test_an_expiring_baa_escalates_then_expires(demo: Practice, days_ahead: int,
                                                level: str | None) -> None:
    expires = date.today() + timedelta(days=20)  # Mailhaven's BAA in the demo
    day = expires - timedelta(days=days_ahead)
    firing = rules_firing(demo, today=day)
    mailhaven = [a for rule in ("baa_expiring", "baa_expired") for a in firing.get(rule, [])
                 if a.subject == "Mailhaven Workspace"]
    assert [a.level for a in mailhaven] == ([level] if level else [])


def test_an_old_soc2_report_fires_and_a_new_one_clears_it(demo: Practice) -> None:
    assert [a.subject for a in rules_firing(demo)["soc2_stale"]] == ["Vaultkeep Backup"]
    admin, backups = demo_actor(demo, "admin"), vendor_id(demo, "Vaultkeep Backup")
    with demo.transaction() as db:
        compliance.update_vendor(db, actor=admin, vendor_id=backups,
                                 soc2_report_on=date.today())
    assert "soc2_stale" not in rules_firing(demo)


def test_overdue_training_clears_when_recorded(demo: Practice) -> None:
    okafor, admin = demo_actor(demo, "okafor"), demo_actor(demo, "admin")
    with demo.transaction() as db:
        compliance.record_training(db, actor=admin, user_id=okafor.user_id,
                                   completed_on=date.today())
    assert "training_overdue" not in rules_firing(demo)


def test_an_endpoint_without_a_baa_is_critical_once_used(demo: Practice) -> None:
    admin = demo_actor(demo, "admin")
    url = "https://models.vendor.example/v1"
    with demo.transaction() as db:
        compliance.register_vendor_endpoint(db, actor=admin, base_url=url, vendor="Vendor AI",
                                            model="m")
    assert [a.level for a in rules_firing(demo)["endpoint_without_baa"]] == ["medium"]
    reyes, vendor = demo_actor(demo, "reyes"), vendor_id(demo, "Vendor AI")
    with demo.transaction() as db:
        audit.record(db, actor=reyes, action="draft.failed",
                     object_type="dictation", details={"endpoint": url})
    assert [a.level for a in rules_firing(demo)["endpoint_without_baa"]] == ["critical"]
    with demo.transaction() as db:
        compliance.record_baa(db, actor=admin, keys=demo.keys,
                              vendor_id=vendor, signed_on=date.today(),
                              expires_on=None, forbids_training=False, retention_days=None,
                              document=(AGREEMENTS / "complete.txt").read_bytes(),
                              document_name="complete.txt")
    assert "endpoint_without_baa" not in rules_firing(demo)


def test_the_drafting_policy_follows_what_the_filed_agreement_says(demo: Practice) -> None:
    admin = demo_actor(demo, "admin")
    url = "https://weak.vendor.example/v1"
    with demo.transaction() as db:
        compliance.register_vendor_endpoint(db, actor=admin, base_url=url, vendor="Weak AI",
                                            model="m")
    weak = vendor_id(demo, "Weak AI")
    with demo.transaction() as db:
        compliance.record_baa(db, actor=admin, keys=demo.keys,
                              vendor_id=weak, signed_on=date.today(),
                              expires_on=None, forbids_training=True, retention_days=0,
                              document=(AGREEMENTS / "weak.txt").read_bytes(),
                              document_name="weak.txt")
        decision = compliance.endpoint_allowed(db, base_url=url)
    assert not decision.allowed and "forbid training" in decision.reason, \
        "the agreement's words override boxes ticked by hand"


def read_many(practice: Practice, actor: Actor, times: int) -> None:
    with practice.transaction() as db:
        ids = [c for c, _ in records.list_clients(db, keys=practice.keys, actor=actor)]
        for client_id in (ids * times)[:times]:
            records.get_chart(db, keys=practice.keys, actor=actor, client_id=client_id)


def backdate(practice: Practice, action: str, moment: datetime) -> None:
    """Move events in time (the audit triggers must be dropped first; staging only)."""
    raw_sql(practice, f"UPDATE audit_events SET occurred_at = '{audit.utc_stamp(moment)}' "
                      f"WHERE action = '{action}'")


def test_audit_log_rules_fire_in_the_window_and_clear_after_it(demo: Practice) -> None:
    reyes, admin = demo_actor(demo, "reyes"), demo_actor(demo, "admin")
    with demo.transaction() as db:  # 21 clients for Reyes to open within an hour
        for n in range(17):
            records.create_client(db, keys=demo.keys, actor=reyes,
                                  chart=Chart(legal_name=f"Client Number{n}"),
                                  primary_clinician_id=reyes.user_id)
    read_many(demo, reyes, 21)
    with demo.transaction() as db:
        for _ in range(4):
            audit.record(db, actor=admin, action="client.export", object_type="client")
        audit.record(db, actor=reyes, action="access.break_glass", object_type="client_grant")
    okafor = demo_actor(demo, "okafor")
    with demo.transaction() as db:
        someone_elses = records.list_clients(db, keys=demo.keys, actor=reyes)[0][0]
    with pytest.raises(PermissionDenied), demo.transaction() as db:
        records.get_chart(db, keys=demo.keys, actor=okafor, client_id=someone_elses)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed), demo.transaction() as db:
            access.authenticate(db, keys=demo.keys, email="sam.okafor@demo.sealnote.test",
                                password="wrong", source_addr="203.0.113.9")
    firing = rules_firing(demo)
    for rule in ("bulk_access", "export_spike", "break_glass", "outside_caseload",
                 "failed_logins"):
        assert rule in firing, rule
    later = datetime.now(UTC) + monitoring.LOOK_BACK + timedelta(days=1)
    cleared = rules_firing(demo, now=later)
    for rule in ("bulk_access", "export_spike", "break_glass", "outside_caseload",
                 "failed_logins"):
        assert rule not in cleared, rule


def test_off_hours_access_is_noticed(demo: Practice) -> None:
    reyes = demo_actor(demo, "reyes")
    read_many(demo, reyes, 1)
    drop_audit_triggers(demo)  # to stage an event at night; the chain is not checked here
    late = datetime.now().astimezone().replace(hour=23, minute=30) - timedelta(days=1)
    backdate(demo, "chart.read", late.astimezone(UTC))
    assert "off_hours_access" in rules_firing(demo)
    backdate(demo, "chart.read", late.replace(hour=14).astimezone(UTC))
    assert "off_hours_access" not in rules_firing(demo)


def test_a_tampered_audit_log_is_critical(demo: Practice) -> None:
    assert "audit_chain" not in rules_firing(demo)
    drop_audit_triggers(demo)
    raw_sql(demo, "UPDATE audit_events SET action = 'x' WHERE seq = 3")
    assert [a.level for a in rules_firing(demo)["audit_chain"]] == ["critical"]


def test_backups_are_watched(demo: Practice, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert "No backup location" in rules_firing(demo)["backups_stale"][0].message
    backups = tmp_path / "backups"
    backups.mkdir()
    monkeypatch.setenv(monitoring.BACKUP_DIR_ENV, str(backups))
    assert rules_firing(demo)["backups_stale"][0].level == "high"
    (backups / "sealnote-backup.tar").write_bytes(b"x")
    assert "backups_stale" not in rules_firing(demo)


def test_the_daily_run_records_itself_and_signs_a_checkpoint(demo: Practice) -> None:
    before = len(list(demo.checkpoints.checkpoints_dir.glob("*")))
    found = monitoring.daily_run(demo)
    assert found
    with demo.sessions() as db:
        assert db.scalar(select(AuditEvent).where(
            AuditEvent.action == "compliance.daily")) is not None
    assert len(list(demo.checkpoints.checkpoints_dir.glob("*"))) > before
