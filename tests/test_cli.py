"""The `sealnote` command as an administrator uses it, run as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg
import pytest

from sealnote.config import Settings

SEALNOTE = [sys.executable, "-m", "sealnote"]


def run(*args: str, env: dict[str, str] | None = None, check: bool = True,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*SEALNOTE, *args], capture_output=True, text=True, timeout=120,
                            env={**os.environ, **(env or {})}, input=stdin)
    if check and result.returncode != 0:
        raise AssertionError(f"sealnote {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


@pytest.fixture
def cli_env(settings: Settings) -> dict[str, str]:
    """Environment pointing the CLI at this test's database (SQLite or PostgreSQL)."""
    env = {"SEALNOTE_DATA_DIR": str(settings.data_dir)}
    env.pop("SEALNOTE_DATABASE_URL", None)
    if settings.database_url:
        env["SEALNOTE_DATABASE_URL"] = settings.database_url
    return env


@pytest.fixture
def demo_dir(cli_env: dict[str, str]) -> dict[str, str]:
    run("demo", env=cli_env)
    return cli_env


def test_init_is_idempotent_and_keeps_data_private(cli_env: dict[str, str]) -> None:
    first = run("init", env=cli_env)
    second = run("init", env=cli_env)
    data_dir = Path(cli_env["SEALNOTE_DATA_DIR"])
    assert first.stdout.startswith("Created") and second.stdout.startswith("Up to date")
    assert oct(data_dir.stat().st_mode & 0o777) == "0o700"
    assert run("audit", "verify", env=cli_env).stdout.startswith("audit chain intact: 2 events")


def test_demo_prints_logins_as_json_and_is_idempotent(cli_env: dict[str, str]) -> None:
    first = json.loads(run("demo", "--json", env=cli_env).stdout)
    second = json.loads(run("demo", "--json", env=cli_env).stdout)
    assert first == second
    roles = [u["role"] for u in first["users"]]
    assert sum("clinician" in r for r in roles) == 2
    assert "privacy_officer" in roles and "admin" in roles
    assert all(u["demo"] is True and len(u["password"]) >= 12 for u in first["users"])


def test_checkpoint_then_verify(demo_dir: dict[str, str]) -> None:
    made = run("audit", "checkpoint", env=demo_dir)
    assert "Checkpoint of" in made.stdout
    checkpoints = list((Path(demo_dir["SEALNOTE_DATA_DIR"]) / "checkpoints").glob("*.json"))
    assert len(checkpoints) == 1
    verified = run("audit", "verify", env=demo_dir)
    assert verified.returncode == 0 and len(verified.stdout.strip().splitlines()) == 1


def _tamper(env: dict[str, str], *statements: str) -> None:
    if "SEALNOTE_DATABASE_URL" in env:
        with psycopg.connect(env["SEALNOTE_DATABASE_URL"], autocommit=True) as conn:
            for name in ("audit_events_no_update", "audit_events_retention"):
                conn.execute(f"DROP TRIGGER {name} ON audit_events")
            for statement in statements:
                conn.execute(statement)
        return
    db = Path(env["SEALNOTE_DATA_DIR"]) / "sealnote.db"
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("DROP TRIGGER audit_events_retention")
        for statement in statements:
            conn.execute(statement)


@pytest.mark.parametrize(("statement", "named"), [
    ("UPDATE audit_events SET outcome = 'denied' WHERE seq = 7", "#7"),
    ("DELETE FROM audit_events WHERE seq = 12", "#12"),
    ("DELETE FROM audit_events WHERE seq > 40", "newest events removed"),
])
def test_verify_fails_naming_what_was_tampered(demo_dir: dict[str, str], statement: str,
                                              named: str) -> None:
    run("audit", "checkpoint", env=demo_dir)
    _tamper(demo_dir, statement)
    result = run("audit", "verify", env=demo_dir, check=False)
    assert result.returncode == 1
    assert "BROKEN" in result.stdout and named in result.stdout


def test_export_writes_json_and_readable_signed_notes_and_is_audited(
        demo_dir: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "export"
    run("export", "--out", str(out), env=demo_dir)
    document = json.loads((out / "practice.json").read_text())
    assert len(document["clients"]) == 5
    assert "psychotherapy_notes" not in document["clients"][0]
    pages = list((out / "notes").glob("*.txt"))
    signed = [n for c in document["clients"] for n in c["notes"] if n["status"] == "signed"]
    assert len(pages) == len(signed) >= 5
    assert any("Addendum 1" in p.read_text() for p in pages)
    again = run("export", "--out", str(out), env=demo_dir, check=False)
    assert again.returncode == 1 and "not empty" in again.stderr
    client_id = document["clients"][0]["id"]
    report = json.loads(run("audit", "report", "--client", client_id, "--format", "json",
                            env=demo_dir).stdout)
    assert {"client.create", "note.sign", "note.addendum", "client.export"} <= {
        r["action"] for r in report}


def test_psychotherapy_notes_are_exported_only_when_asked(demo_dir: dict[str, str],
                                                          tmp_path: Path) -> None:
    run("export", "--out", str(tmp_path / "x"), "--include-psychotherapy-notes", env=demo_dir)
    document = json.loads((tmp_path / "x" / "practice.json").read_text())
    assert sum(len(c["psychotherapy_notes"]) for c in document["clients"]) == 1


def test_the_client_report_comes_as_csv(demo_dir: dict[str, str], tmp_path: Path) -> None:
    run("export", "--out", str(tmp_path / "e"), env=demo_dir)
    client_id = json.loads((tmp_path / "e" / "practice.json").read_text())["clients"][1]["id"]
    rows = list(csv.DictReader(io.StringIO(
        run("audit", "report", "--client", client_id, env=demo_dir).stdout)))
    assert rows and {"time", "actor", "role", "action", "outcome"} <= rows[0].keys()


def _every_stored_value(env: dict[str, str]) -> list[Any]:
    """Every value of every row of every table, read the way an attacker with the files would."""
    values: list[Any] = []
    if "SEALNOTE_DATABASE_URL" in env:
        with psycopg.connect(env["SEALNOTE_DATABASE_URL"]) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()")]
            for table in tables:
                for row in conn.execute(f'SELECT * FROM "{table}"'):
                    values.extend(row)
    return values


def test_the_database_holds_no_plaintext_phi(demo_dir: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "export"
    run("export", "--out", str(out), env=demo_dir)
    document = json.loads((out / "practice.json").read_text())
    secrets: set[str] = set()
    for client in document["clients"]:
        chart = client["chart"]
        secrets |= {chart["legal_name"], chart["phone"], chart["mrn"],
                    chart["insurance_member_id"], chart["address"]["street"]}
        secrets |= {r["name"] for r in chart["relatives"]}
        secrets |= {n["body"][:40] for n in client["notes"]}
    assert len(secrets) > 25
    data_dir = Path(demo_dir["SEALNOTE_DATA_DIR"])
    if "SEALNOTE_DATABASE_URL" in demo_dir:
        blobs = [v if isinstance(v, bytes) else str(v).encode()
                 for v in _every_stored_value(demo_dir) if v is not None]
    else:
        blobs = [p.read_bytes() for p in data_dir.glob("sealnote.db*")]
    assert blobs
    leaked = [s for s in secrets if any(s.encode() in blob for blob in blobs)]
    assert leaked == []


def test_errors_say_what_to_do_without_a_traceback(tmp_path: Path) -> None:
    result = run("audit", "verify", "--data-dir", str(tmp_path / "missing"), check=False)
    assert result.returncode == 1
    assert "No Sealnote data" in result.stderr and "sealnote init" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_the_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = {"SEALNOTE_DATA_DIR": str(tmp_path / "from-env")}
    run("init", "--data-dir", str(tmp_path / "explicit"), env=env)
    assert (tmp_path / "explicit" / "sealnote.db").exists()
    assert not (tmp_path / "from-env").exists()


def test_key_rotation_from_the_command_line(demo_dir: dict[str, str], tmp_path: Path) -> None:
    before = (Path(demo_dir["SEALNOTE_DATA_DIR"]) / "keys" / "master.key").read_text()
    rotated = run("keys", "rotate", env=demo_dir)
    assert "re-wrapped" in rotated.stdout
    assert (Path(demo_dir["SEALNOTE_DATA_DIR"]) / "keys" / "master.key").read_text() != before
    run("export", "--out", str(tmp_path / "after"), env=demo_dir)
    assert run("audit", "verify", env=demo_dir).returncode == 0


def test_a_staff_account_can_be_added(cli_env: dict[str, str]) -> None:
    run("init", env=cli_env)
    added = run("users", "add", "--email", "new@practice.test", "--name", "New Clinician",
                "--role", "clinician", env=cli_env, stdin="a good long password\n")
    assert "Created new@practice.test (clinician)" in added.stdout
    refused = run("users", "add", "--email", "x@practice.test", "--name", "X", "--role",
                  "wizard", env=cli_env, stdin="a good long password\n", check=False)
    assert refused.returncode == 1 and "Unknown role" in refused.stderr
