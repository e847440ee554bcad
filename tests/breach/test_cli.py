"""`sealnote breach deadlines --json`: a scenario on stdin, the notices owed on stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(stdin: str, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SEALNOTE_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "sealnote", "breach", "deadlines", *args],
                          input=stdin, capture_output=True, text=True, env=env, timeout=60)


def test_the_json_answer_follows_the_rule_without_a_data_dir(tmp_path: Path) -> None:
    absent = tmp_path / "no-such-practice"
    done = run(json.dumps({"discovered": "2027-07-04", "affected": {"OR": 620, "wa": 12},
                           "unsecured": True}), "--json", data_dir=absent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "notifiable": True,
        "reason": "presumed a breach of unsecured PHI (45 CFR 164.402(2))",
        "total_affected": 632,
        "individuals": {"deadline": "2027-09-02"},
        "hhs": {"route": "with_individuals", "deadline": "2027-09-02"},
        "media": {"required": True, "states": ["OR"], "deadline": "2027-09-02"},
    }
    assert not absent.exists(), "no data directory is created or needed"


def test_under_500_goes_to_the_annual_log(tmp_path: Path) -> None:
    done = run('{"discovered": "2027-12-31", "affected": {"OR": 499}, "unsecured": true}',
               "--json", data_dir=tmp_path)
    answer = json.loads(done.stdout)
    assert answer["hhs"] == {"route": "annual_log", "deadline": "2028-02-29"}
    assert answer["media"] == {"required": False, "states": [], "deadline": None}


def test_secured_phi_owes_nothing(tmp_path: Path) -> None:
    done = run('{"discovered": "2026-03-02", "affected": {"OR": 900}, "unsecured": false}',
               "--json", data_dir=tmp_path)
    answer = json.loads(done.stdout)
    assert answer["notifiable"] is False and answer["individuals"]["deadline"] is None


def test_the_summary_reads_as_sentences(tmp_path: Path) -> None:
    done = run('{"discovered": "2026-03-02", "affected": {"OR": 20}, "unsecured": true}',
               data_dir=tmp_path)
    assert "Individuals (20): by 2026-05-01" in done.stdout
    assert "annual log, by 2027-03-01" in done.stdout


def test_bad_input_is_explained_without_a_traceback(tmp_path: Path) -> None:
    done = run('{"discovered": "soon"}', "--json", data_dir=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "discovered" in done.stderr and "Example:" in done.stderr
