"""The offline drafter on every format and modality; templates; grounding; audio; policy."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from sealnote.actor import operator
from sealnote.compliance import service as compliance
from sealnote.drafting import grounding
from sealnote.drafting.audio import transcribe_and_delete
from sealnote.drafting.flows import draft_stateless
from sealnote.drafting.formats import BUILT_IN
from sealnote.drafting.modalities import MODALITIES, recognise
from sealnote.drafting.providers.offline import OfflineProvider, split_sentences
from sealnote.drafting.service import resolve_format, save_template
from sealnote.errors import InvalidInput
from sealnote.practice import Practice

DICTATION = (
    "S: Jordan reports two panic attacks this week and slept about five hours a night. "
    "O: Fidgety at first, then calm; PHQ-9 today 12 and GAD-7 14. "
    "We practiced paced breathing, reviewed the thought record and explored values; "
    "Jordan used the diary card and the calm place from last time. "
    "Jordan was able to lower SUDS from 70 to 30 and agreed the skills helped. "
    "A: Anxiety improving with skills practice. "
    "P: Continue weekly sessions, practice daily, and follow up on the exposure hierarchy.")


@pytest.mark.parametrize("format_key", sorted(BUILT_IN))
@pytest.mark.parametrize("modality_key", sorted(MODALITIES))
def test_the_offline_drafter_writes_every_format_from_the_dictations_own_sentences(
        format_key: str, modality_key: str) -> None:
    note_format, modality = BUILT_IN[format_key], MODALITIES[modality_key]
    outcome = draft_stateless(DICTATION, note_format=note_format, modality=modality,
                              provider=OfflineProvider())
    for section in note_format.sections:
        assert f"{section.title}:" in outcome.draft
    assert "Jordan" in outcome.draft and "[PERSON" not in outcome.draft
    # Every sentence of the draft is a sentence (or labelled sentence) of the dictation.
    source = DICTATION.replace("S: ", "").replace("O: ", "").replace("A: ", "").replace(
        "P: ", "")
    for line in outcome.draft.splitlines():
        for sentence in split_sentences(line):
            if sentence.endswith(":") or sentence.startswith(("(nothing", "Modality: ")):
                continue
            assert sentence in source, sentence
    assert not [f for f in outcome.flags if f.kind == "unsupported"]


def test_modalities_are_recognised_in_a_dictation() -> None:
    found = [m.key for m, _ in recognise(DICTATION)]
    assert {"cbt", "dbt", "act", "emdr", "exposure"} <= set(found)


def test_a_remote_endpoint_is_refused_without_a_data_directory() -> None:
    from sealnote.drafting.providers.openai_compat import OpenAICompatProvider

    with pytest.raises(InvalidInput, match="before connecting"):
        draft_stateless(DICTATION, note_format=BUILT_IN["soap"], modality=None,
                        provider=OpenAICompatProvider(base_url="https://llm.example/v1",
                                                      model="m"))


def test_grounding_links_sentences_and_flags_what_the_source_lacks() -> None:
    source = "Client slept six hours. PHQ-9 was 12. We practiced paced breathing."
    links, flags = grounding.ground(
        "Subjective:\nClient slept six hours.\n\nPlan:\nIncrease lorazepam to 2 mg. PHQ-9 was 19.",
        source)
    assert links[0].source == "Client slept six hours."
    kinds = {(f.kind, f.detail.split("'")[1]) for f in flags if "'" in f.detail}
    assert ("medication", "lorazepam") in kinds and ("dose", "2 mg") in kinds
    assert ("number", "19") in kinds


def test_audio_is_deleted_once_the_transcript_exists(tmp_path: Path) -> None:
    audio = tmp_path / "session.wav"
    audio.write_bytes(b"RIFF....WAVEfmt " + b"\x01" * 64)
    transcript = transcribe_and_delete(audio, transcriber=lambda path: "Client reports progress.")
    assert transcript == "Client reports progress." and not audio.exists()


def test_audio_is_kept_when_transcription_fails(tmp_path: Path) -> None:
    audio = tmp_path / "session.wav"
    audio.write_bytes(b"RIFF" + b"\x01" * 64)

    def broken(path: Path) -> str:
        raise RuntimeError("decoder crashed")

    with pytest.raises(RuntimeError):
        transcribe_and_delete(audio, transcriber=broken)
    assert audio.exists()


def test_without_whisper_the_cli_says_how_to_set_it_up(tmp_path: Path) -> None:
    audio = tmp_path / "s.wav"
    audio.write_bytes(b"RIFF" + b"\x01" * 64)
    result = subprocess.run([sys.executable, "-m", "sealnote", "draft", str(audio), "--format",
                             "SOAP"], capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 1 and "SEALNOTE_WHISPER_MODEL_DIR" in result.stderr
    assert audio.exists()


def test_practice_templates_are_versioned(practice: Practice) -> None:
    with practice.transaction() as db:
        save_template(db, actor=operator(), key="couples", title="Couples session",
                      sections=[{"title": "Cycle", "guidance": "The negative cycle."},
                                {"title": "Plan"}])
        second = save_template(db, actor=operator(), key="couples", title="Couples session",
                               sections=[{"title": "Cycle"}, {"title": "Repair"},
                                         {"title": "Plan"}])
    assert second.version == 2
    with practice.sessions() as db:
        newest = resolve_format(db, name="couples")
        first = resolve_format(db, name="couples", version=1)
    assert [s.title for s in newest.sections] == ["Cycle", "Repair", "Plan"]
    assert [s.title for s in first.sections] == ["Cycle", "Plan"] and newest.custom
    outcome = draft_stateless(DICTATION, note_format=newest, modality=None,
                              provider=OfflineProvider())
    assert "Repair:" in outcome.draft


def test_the_endpoint_policy_reads_the_baa_register(practice: Practice) -> None:
    url = "https://models.vendor.example/v1"
    with practice.transaction() as db:
        assert not compliance.endpoint_allowed(db, base_url=url).allowed
        vendor = compliance.register_vendor(db, actor=operator(), name="Vendor AI")
        compliance.register_endpoint(db, actor=operator(), base_url=url, vendor_id=vendor.id)
        missing = compliance.endpoint_allowed(db, base_url=url)
        assert not missing.allowed and "Business Associate Agreement with Vendor AI" in \
            missing.reason
        compliance.record_baa(db, actor=operator(), vendor_id=vendor.id,
                              signed_on=date.today() - timedelta(days=400),
                              expires_on=date.today() - timedelta(days=35),
                              forbids_training=True, retention_days=30)
        assert "expired" in compliance.endpoint_allowed(db, base_url=url).reason
        compliance.record_baa(db, actor=operator(), vendor_id=vendor.id,
                              signed_on=date.today() - timedelta(days=30), expires_on=None,
                              forbids_training=False, retention_days=None)
        assert "forbid training" in compliance.endpoint_allowed(db, base_url=url).reason
        compliance.record_baa(db, actor=operator(), vendor_id=vendor.id,
                              signed_on=date.today(), expires_on=None, forbids_training=True,
                              retention_days=0)
        assert compliance.endpoint_allowed(db, base_url=url).allowed
        compliance.register_endpoint(db, actor=operator(), base_url="http://gpu-box.lan:8000/v1",
                                     on_premises=True)
        assert compliance.endpoint_allowed(db, base_url="http://gpu-box.lan:8000/v1/").allowed
    assert compliance.endpoint_allowed(None, base_url="http://[::1]:8080/v1").allowed


def test_cli_draft_prints_the_documented_json(tmp_path: Path) -> None:
    dictation = tmp_path / "d.txt"
    dictation.write_text(DICTATION)
    result = subprocess.run([sys.executable, "-m", "sealnote", "draft", str(dictation),
                             "--format", "BIRP", "--modality", "dbt", "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"draft", "format", "modality", "provider", "released_text", "sections",
            "flags"} <= out.keys()
    assert out["format"] == "birp" and out["provider"] == "offline"
    assert "Jordan" not in out["released_text"] and "Jordan" in out["draft"]
    assert set(out["sections"]) == {"Behavior", "Intervention", "Response", "Plan"}
