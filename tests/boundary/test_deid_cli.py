"""`sealnote deid` as a user runs it: no data directory, JSONL in and out, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def deid(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sealnote", "deid", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, cwd="/")


def test_jsonl_gives_deidentified_text_and_offsets_into_the_input() -> None:
    lines = [
        {"id": "d1", "text": "Peggy Whitcombe called 508-555-0142 on March 3, 2026."},
        {"id": "d2", "text": "talked with her son michael; PHQ-9 12.",
         "known": {"legal_name": "Dana Cole", "relatives": ["Michael Cole"]}},
    ]
    result = deid("--jsonl", stdin="\n".join(json.dumps(line) for line in lines) + "\n")
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["d1", "d2"]
    first = outputs[0]
    assert "Peggy" not in first["text"] and "508-555-0142" not in first["text"]
    spans = {(lines[0]["text"][s["start"]:s["end"]], s["label"]) for s in first["spans"]}
    assert spans == {("Peggy Whitcombe", "NAME"), ("508-555-0142", "PHONE"),
                     ("March 3, 2026", "DATE")}
    assert outputs[1]["text"] == "talked with her son [PERSON_1]; PHQ-9 12."


def test_a_malformed_line_gets_an_error_line_and_the_rest_still_run() -> None:
    stdin = '{"id": "ok1", "text": "Hi Jessica."}\nnot json\n{"id": "bad", "txt": "x"}\n' \
            '{"id": "ok2", "text": "Fine."}\n'
    result = deid("--jsonl", stdin=stdin)
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [o.get("id") for o in outputs] == ["ok1", None, "bad", "ok2"]
    assert "error" in outputs[1] and outputs[1]["line"] == 2
    assert "text" in outputs[2]["error"]
    assert outputs[3]["text"] == "Fine."


def test_plain_mode_prints_the_text_and_a_table(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Seen by Dr. Patel at 418 Larkspur Lane.\n")
    result = subprocess.run([sys.executable, "-m", "sealnote", "deid", str(note)],
                            capture_output=True, text=True, timeout=120, cwd="/")
    assert result.returncode == 0
    assert result.stdout.startswith("Seen by [PERSON_1] at [LOCATION_1].")
    assert "NAME" in result.stdout and "LOCATION" in result.stdout
    assert "Patel" not in result.stdout.splitlines()[0]


def test_a_function_word_left_beside_a_placeholder_is_no_name() -> None:
    """Once "canton" is replaced, "his mom in … is" must not make "in" a name on the re-scan."""
    from sealnote.boundary.deidentify import deidentify

    result = deidentify("laid off at boeing in everett. his mom in canton is ninety-one.")
    assert "his mom in [LOCATION_" in result.text


def test_a_heading_before_a_replaced_name_stays_on_the_re_scan() -> None:
    """With "Sunny" replaced, "Telehealth:" must not become a name because "joined" follows
    across the blank the placeholder leaves."""
    from sealnote.boundary.deidentify import deidentify

    assert deidentify("Telehealth: Sunny joined from her car.").text.startswith("Telehealth: [")


def test_a_line_that_fails_inside_the_boundary_prints_nothing_of_itself_and_the_rest_go_on(
        monkeypatch) -> None:
    """Fail closed per line: an internal error gives an error line without the text."""
    import io

    from sealnote.boundary import cli_support

    real = cli_support.deidentify

    def failing(text: str, **kwargs):  # type: ignore[no-untyped-def]
        if "Whitcombe" in text:
            raise ValueError(f"a recognizer's bug reading {text!r}")  # quotes the text
        return real(text, **kwargs)

    monkeypatch.setattr(cli_support, "deidentify", failing)
    source = io.StringIO('{"id": "a", "text": "Peggy Whitcombe called."}\n'
                         '{"id": "b", "text": "Dana Cole called 508-555-0142."}\n')
    sink = io.StringIO()
    assert cli_support.deid_jsonl(source, sink) == 1
    first, second = (json.loads(line) for line in sink.getvalue().splitlines())
    assert first["id"] == "a" and first["line"] == 1 and "text" not in first
    assert "Whitcombe" not in json.dumps(first) and "internal error" in first["error"]
    assert second["id"] == "b" and "508-555-0142" not in second["text"]
