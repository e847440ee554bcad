"""The main job: dictation in, draft out, and no identifier ever reaches the model."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from sealnote.audit.models import AuditEvent
from sealnote.demo import DEMO_USERS, demo_actor
from sealnote.drafting.flows import draft_note
from sealnote.drafting.formats import builtin_format
from sealnote.drafting.modalities import get_modality
from sealnote.drafting.models import Dictation
from sealnote.drafting.providers import ProviderError
from sealnote.drafting.providers.offline import OfflineProvider
from sealnote.drafting.providers.openai_compat import OpenAICompatProvider
from sealnote.errors import AuditedFailure, InvalidInput
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Client, Note
from tests.helpers import verify
from tests.model_server import RecordingModel

SOAP = builtin_format("SOAP")
CBT = get_modality("cbt")
PASSWORDS = {u.key: u.password for u in DEMO_USERS}
DICTATION = (
    "Peggy came in for her weekly session and said Thomas has been working late at the boat "
    "yard. Peg's daughter Lily called her from 508-555-0142 on March 3rd, upset about school. "
    "She reports sleeping six hours. PHQ-9 today 11, down from 15. We reviewed her thought "
    "record about the belief that she ruins everything. Plan: continue weekly CBT and add "
    "two pleasant activities; Peggy Whitcombe will email peggy.whitcombe@example.org notes.")
CHART_SECRETS = ["Peggy", "Peg", "Whitcombe", "Margaret", "Thomas", "Lily", "508-555-0142",
                 "peggy.whitcombe", "Larkspur", "RB-000184", "BCX492018376", "02719",
                 "Fairhaven Public Library"]


def client_named(practice: Practice, surname: str) -> str:
    with practice.sessions() as db:
        for client in db.scalars(select(Client)):
            if surname in records.open_chart(practice.keys, client).legal_name:
                return client.id
    raise AssertionError(surname)


def events(practice: Practice, action: str) -> list[AuditEvent]:
    with practice.sessions() as db:
        return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def openai(model: RecordingModel, **options) -> OpenAICompatProvider:
    return OpenAICompatProvider(base_url=model.url, model="test-model", timeout=1.0,
                                retries=1, backoff=0.01, **options)


def test_no_identifier_reaches_the_model_and_they_come_back(demo: Practice,
                                                            recording_model: RecordingModel):
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    outcome = draft_note(demo, actor=reyes, client_id=peggy, text=DICTATION, note_format=SOAP,
                         modality=CBT, provider=openai(recording_model))
    sent = recording_model.everything_sent()
    assert recording_model.requests, "the model was called"
    leaked = [secret for secret in CHART_SECRETS if secret.lower() in sent.lower()]
    assert leaked == []
    assert "[CLIENT]" in sent and "PHQ-9 today 11" in sent
    assert "Peggy" in outcome.draft and "Thomas" in outcome.draft and "Lily" in outcome.draft
    assert "[CLIENT]" not in outcome.draft
    # The audit event names the endpoint and a hash of exactly what left, never the text.
    [created] = events(demo, "draft.create")
    details = json.loads(created.details)
    user_message = recording_model.requests[0]["messages"][-1]["content"]
    released = user_message.split("Session account:\n", 1)[1]
    assert details["released_sha256"] == hashlib.sha256(released.encode()).hexdigest()
    assert details["endpoint"] == recording_model.url and details["model"] == "test-model"
    with demo.sessions() as db:
        note = db.get(Note, outcome.note_id)
        assert note is not None and note.status == "draft"
    assert verify(demo).ok


@pytest.mark.parametrize("mode", ["error", "malformed", "slow"])
def test_a_failed_model_call_keeps_the_dictation_and_the_chain(demo: Practice,
                                                               recording_model: RecordingModel,
                                                               mode: str) -> None:
    recording_model.mode = mode
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    with demo.sessions() as db:
        notes_before = len(list(db.scalars(select(Note))))
    with pytest.raises(ProviderError) as failed:
        draft_note(demo, actor=reyes, client_id=peggy, text=DICTATION, note_format=SOAP,
                   modality=CBT, provider=openai(recording_model))
    assert "saved" in failed.value.hint
    with demo.sessions() as db:
        [dictation] = list(db.scalars(select(Dictation)))
        assert dictation.status == "failed"
        assert demo.keys.open(table="dictations", column="body", row_id=dictation.id,
                              blob=dictation.body) == DICTATION
        assert len(list(db.scalars(select(Note)))) == notes_before
    assert len(events(demo, "draft.failed")) == 1
    assert verify(demo).ok


def test_a_remote_endpoint_without_a_baa_is_refused_before_any_connection(demo: Practice):
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    remote = OpenAICompatProvider(base_url="https://api.unvetted-ai.example/v1", model="m")
    with pytest.raises(AuditedFailure) as refused:
        draft_note(demo, actor=reyes, client_id=peggy, text=DICTATION, note_format=SOAP,
                   modality=CBT, provider=remote)
    assert "BAA" in refused.value.hint and "not registered" in refused.value.message
    [event] = events(demo, "draft.refused")
    assert event.outcome == "denied" and "endpoint_not_allowed" in event.details
    with demo.sessions() as db:
        assert list(db.scalars(select(Dictation))) == []
    assert verify(demo).ok


def test_drafting_needs_the_clients_ai_consent(demo: Practice) -> None:
    summer, okafor = client_named(demo, "Nakagawa"), demo_actor(demo, "okafor")
    with pytest.raises(AuditedFailure, match="AI-documentation consent"):
        draft_note(demo, actor=okafor, client_id=summer, text=DICTATION, note_format=SOAP,
                   modality=CBT, provider=OfflineProvider())
    assert "no_ai_consent" in events(demo, "draft.refused")[0].details


def test_part2_material_needs_a_part2_consent_in_force(demo: Practice) -> None:
    toby, okafor = client_named(demo, "Fenwick"), demo_actor(demo, "okafor")
    text = ("Toby reports 14 days without alcohol and went to two SMART Recovery meetings. "
            "Cravings 3 out of 10. We practiced urge surfing. Plan: continue relapse prevention.")
    outcome = draft_note(demo, actor=okafor, client_id=toby, text=text, note_format=SOAP,
                         modality=get_modality("mi"), provider=OfflineProvider())
    assert outcome.note_id
    with demo.transaction() as db:
        consent = records.consent_in_force(db, client_id=toby, kind="part2")
        assert consent is not None
        records.revoke_consent(db, actor=okafor, consent_id=consent.id,
                               revoked_on=date.today() - timedelta(days=1))
    with pytest.raises(AuditedFailure, match="Part 2"):
        draft_note(demo, actor=okafor, client_id=toby, text=text, note_format=SOAP,
                   modality=None, provider=OfflineProvider())


def test_another_clinicians_client_is_refused(demo: Practice) -> None:
    peggy, okafor = client_named(demo, "Whitcombe"), demo_actor(demo, "okafor")
    with pytest.raises(AuditedFailure):
        draft_note(demo, actor=okafor, client_id=peggy, text=DICTATION, note_format=SOAP,
                   modality=None, provider=OfflineProvider())


def test_near_empty_dictation_is_refused(demo: Practice) -> None:
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    with pytest.raises(InvalidInput, match="too little"):
        draft_note(demo, actor=reyes, client_id=peggy, text="Session went fine.",
                   note_format=SOAP, modality=None, provider=OfflineProvider())


def test_invented_facts_are_flagged_and_block_signing_until_acknowledged(
        demo: Practice, recording_model: RecordingModel) -> None:
    recording_model.reply = ("Subjective:\n[CLIENT] reports sleeping six hours.\n\nObjective:\n"
                             "PHQ-9 today 11.\n\nAssessment:\nMeets criteria for major "
                             "depressive disorder.\n\nPlan:\nStart sertraline 50 mg and see "
                             "[PERSON_9] next week. Risk level: low.")
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    text = DICTATION + " She mentioned passive thoughts of death last month, none now."
    outcome = draft_note(demo, actor=reyes, client_id=peggy, text=text, note_format=SOAP,
                         modality=CBT, provider=openai(recording_model))
    kinds = {f.kind for f in outcome.flags}
    assert {"medication", "dose", "diagnosis", "placeholder", "risk_conclusion",
            "risk_section"} <= kinds
    assert "Risk level: low" not in outcome.draft
    assert "Risk level: [clinician to complete]" in outcome.draft
    with pytest.raises(InvalidInput, match="open review flag"), demo.transaction() as db:
        records.sign_note(db, keys=demo.keys, actor=reyes, note_id=outcome.note_id,
                          password=PASSWORDS["reyes"])
    with demo.transaction() as db:
        records.sign_note(db, keys=demo.keys, actor=reyes, note_id=outcome.note_id,
                          password=PASSWORDS["reyes"], acknowledge_flags=True)
    assert '"flags_acknowledged":' in events(demo, "note.sign")[-1].details


def test_a_long_dictation_is_drafted_in_passes(recording_model: RecordingModel) -> None:
    from sealnote.drafting.flows import draft_stateless

    sentence = ("Client described the week in detail, including work stress and sleep, and we "
                "practiced paced breathing together. ")
    long_text = "Peggy Whitcombe came in. " + sentence * 90
    outcome = draft_stateless(long_text, note_format=SOAP, modality=CBT,
                              provider=openai(recording_model))
    prompts = [r["messages"][-1]["content"] for r in recording_model.requests]
    assert len(prompts) >= 3  # facts from each part, then the note from the facts
    assert all(p.startswith("List every clinically relevant fact") for p in prompts[:-1])
    assert prompts[-1].startswith("Write a SOAP note")
    assert "Whitcombe" not in recording_model.everything_sent()
    assert outcome.draft


def test_endpoints_are_registered_from_the_command_line(tmp_path) -> None:
    import subprocess
    import sys

    env = {"SEALNOTE_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "sealnote", *args], capture_output=True,
                              text=True, env=env, timeout=120)

    assert run("init").returncode == 0
    refused = run("endpoints", "check", "https://models.vendor.example/v1")
    assert refused.returncode == 1 and "not registered" in refused.stdout
    added = run("endpoints", "add", "https://models.vendor.example/v1", "--vendor", "Vendor AI",
                "--baa-signed", "2026-01-01", "--forbids-training", "--retention-days", "0")
    assert "may be used" in added.stdout, added.stdout + added.stderr
    assert run("endpoints", "check", "https://models.vendor.example/v1").returncode == 0
    assert run("audit", "verify").returncode == 0


def test_each_flag_can_be_resolved_then_the_note_signs(demo: Practice,
                                                       recording_model: RecordingModel) -> None:
    recording_model.reply = ("Subjective:\n[CLIENT] reports sleeping six hours.\n\nPlan:\n"
                             "Start sertraline 50 mg.")
    peggy, reyes = client_named(demo, "Whitcombe"), demo_actor(demo, "reyes")
    outcome = draft_note(demo, actor=reyes, client_id=peggy, text=DICTATION, note_format=SOAP,
                         modality=CBT, provider=openai(recording_model))
    assert outcome.flags
    with demo.transaction() as db:
        left = records.resolve_flags(db, keys=demo.keys, actor=reyes, note_id=outcome.note_id,
                                     indexes=[0])
    assert left == len(outcome.flags) - 1
    with demo.transaction() as db:
        assert records.resolve_flags(db, keys=demo.keys, actor=reyes, note_id=outcome.note_id,
                                     indexes=list(range(len(outcome.flags)))) == 0
    with demo.transaction() as db:
        records.sign_note(db, keys=demo.keys, actor=reyes, note_id=outcome.note_id,
                          password=PASSWORDS["reyes"])


def test_a_clinicians_defaults_apply_when_nothing_is_chosen(demo: Practice) -> None:
    from sealnote.drafting.service import choices_for, set_defaults

    reyes = demo_actor(demo, "reyes")
    with demo.transaction() as db:
        fmt, modality = choices_for(db, user_id=reyes.user_id, note_format=None, modality=None)
        assert fmt.key == "soap" and modality is None
        set_defaults(db, actor=reyes, note_format="BIRP", modality="emdr")
    with demo.transaction() as db:
        fmt, modality = choices_for(db, user_id=reyes.user_id, note_format=None, modality=None)
        assert (fmt.key, modality.key if modality else None) == ("birp", "emdr")
        fmt, _ = choices_for(db, user_id=reyes.user_id, note_format="DAP", modality=None)
        assert fmt.key == "dap"
        with pytest.raises(InvalidInput):
            set_defaults(db, actor=reyes, note_format="NOPE", modality=None)
