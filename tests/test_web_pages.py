"""The clinician pages over real HTTP: what each one lets a user do, and what it refuses."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pyotp
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from sealnote.access.models import User
from sealnote.audit.models import AuditEvent
from sealnote.demo import DEMO_USERS
from sealnote.drafting.models import Dictation
from sealnote.errors import InvalidInput
from sealnote.practice import Practice
from sealnote.web.app import create_app
from tests.helpers import form_fields, serving
from tests.model_server import RecordingModel
from tests.test_web_login import REYES, client_id_of, csrf, sign_in

ADMIN = next((u.email, u.password) for u in DEMO_USERS if u.key == "admin")
DICTATION = ("Peggy said the week was calmer and she slept six hours most nights. Thomas drove "
             "her to the appointment. We reviewed her thought record about work. Plan: continue "
             "weekly CBT and recheck the PHQ-9.")
TRANSCRIPT = ("Peggy told me Thomas has been patient with her this week and she went back to "
              "the choir. We practised paced breathing. Plan: keep the thought record going.")


class FakeTranscriber:
    """Speech-to-text at the outer edge: returns a fixed transcript and notes the files it saw."""

    def __init__(self, fail: bool = False) -> None:
        self.seen: list[Path] = []
        self.fail = fail

    def transcribe(self, path: Path) -> str:
        self.seen.append(path)
        if self.fail:
            raise InvalidInput("The recording could not be decoded.")
        assert path.read_bytes().startswith(b"RIFF")
        return TRANSCRIPT


@pytest.fixture
def transcriber() -> FakeTranscriber:
    return FakeTranscriber()


@pytest.fixture
def site(demo: Practice, transcriber: FakeTranscriber) -> Iterator[str]:
    with serving(create_app(demo, transcriber=lambda: transcriber.transcribe)) as url:
        yield url


def count(practice: Practice, model: type, **where: object) -> int:
    with practice.sessions() as db:
        query = select(func.count()).select_from(model)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(db.scalar(query) or 0)


def pdf_text(document: bytes) -> str:
    assert document.startswith(b"%PDF-")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages)


def test_the_dashboard_lists_todays_sessions_drafts_and_alerts(site: str) -> None:
    reyes = sign_in(site, *REYES)
    page = reyes.get("/dashboard").text
    assert page.count("scheduled") >= 3, "today's demo sessions"
    assert "Drafts waiting for your signature" in page and "DAP" in page
    assert "Two-step sign-in is off for your account" in page


def test_search_sends_no_name_in_a_url_and_audits_no_name(site: str, demo: Practice) -> None:
    reyes = sign_in(site, *REYES)
    found = reyes.post("/clients", data={"query": "whitc", "csrf_token": csrf(
        reyes.get("/clients").text)})
    assert "Peggy Whitcombe" in found.text and "Okonkwo-Barrett" not in found.text
    assert str(found.url).endswith("/clients")
    with demo.sessions() as db:
        event = db.scalars(select(AuditEvent).where(AuditEvent.action == "client.search")).one()
    assert event.details == '{"count":1}', "the count only, never the name searched for"


def test_an_identifier_added_to_the_chart_is_kept_out_of_what_leaves(site: str) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    form = reyes.get(f"/clients/{client_id}/edit").text
    fields = form_fields(form, f"/clients/{client_id}/edit")
    assert fields["relative_name"][0] == "Thomas Whitcombe"
    empty = fields["relative_name"].index("")
    fields["relative_name"][empty], fields["relative_relationship"][empty] = (
        "Ingrid Solberg", "sister")
    fields["nicknames"] = ["Peg, Daisy"]
    saved = reyes.post(f"/clients/{client_id}/edit", data=fields)
    assert saved.status_code == 303
    chart = reyes.get(f"/clients/{client_id}/edit").text
    assert 'value="Peg, Daisy"' in chart and 'value="Ingrid Solberg"' in chart
    assert "Margaret Ellen Whitcombe" in chart, "fields left alone keep their values"
    preview = reyes.post(f"/clients/{client_id}/preview", data={
        "dictation": DICTATION + " Daisy called her sister Ingrid on Sunday.",
        "csrf_token": csrf(chart)})
    released = re.search(r'id="released">(.*?)</div>', preview.text, re.S)
    assert released and "Daisy" not in released.group(1) and "Ingrid" not in released.group(1)


def test_front_desk_edits_contact_details_but_never_sees_relatives(site: str) -> None:
    desk_user = next(u for u in DEMO_USERS if u.key == "desk")
    desk = sign_in(site, desk_user.email, desk_user.password)
    client_id = client_id_of(desk, "Peggy Whitcombe")
    form = desk.get(f"/clients/{client_id}/edit").text
    assert "relative_name" not in form, "the family is clinical, not front-desk business"
    fields = form_fields(form, f"/clients/{client_id}/edit")
    fields["phone"] = ["(503) 555-0199"]
    saved = desk.post(f"/clients/{client_id}/edit", data=fields)
    assert saved.status_code == 303
    reyes = sign_in(site, *REYES)
    chart = reyes.get(f"/clients/{client_id}/edit").text
    assert "(503) 555-0199" in chart
    assert form_fields(chart, f"/clients/{client_id}/edit")["relative_name"][0] == \
        "Thomas Whitcombe", "relatives survive a front-desk edit"


def test_a_withdrawn_consent_stops_drafting_until_a_new_one_is_recorded(site: str) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    page = reyes.get(f"/clients/{client_id}/consents").text
    consent = re.search(r'AI-assisted documentation.*?action="/consents/([0-9a-f-]{36})/revoke"',
                        page, re.S)
    assert consent, "a consent in force can be withdrawn"
    too_early = reyes.post(f"/consents/{consent.group(1)}/revoke",
                           data={"revoked_on": "2001-01-01", "csrf_token": csrf(page)})
    assert too_early.status_code == 400 and "before it was given" in too_early.text
    reyes.post(f"/consents/{consent.group(1)}/revoke",
               data={"revoked_on": date.today().isoformat(), "csrf_token": csrf(page)})
    refused = reyes.post(f"/clients/{client_id}/draft",
                         data={"dictation": DICTATION, "csrf_token": csrf(page)})
    assert refused.status_code == 400 and "no AI-documentation consent" in refused.text
    assert "Record the client" in refused.text, "the page says what to do"
    reyes.post(f"/clients/{client_id}/consents", data={
        "kind": "ai_documentation", "version": "2026-11",
        "granted_on": (date.today() + timedelta(days=1)).isoformat(),
        "csrf_token": csrf(page)})
    not_yet = reyes.post(f"/clients/{client_id}/draft",
                         data={"dictation": DICTATION, "csrf_token": csrf(page)})
    assert not_yet.status_code == 400, "a consent dated tomorrow does not count today"
    assert "not yet in force" in reyes.get(f"/clients/{client_id}/consents").text


def test_pdfs_hold_the_signed_record_and_never_a_psychotherapy_note(site: str) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    chart = reyes.get(f"/clients/{client_id}").text
    notes = re.findall(r'href="/notes/([0-9a-f-]{36})">(\w+)</a></td><td>(\w+)', chart)
    signed = next(n for n, _, status in notes if status == "signed")
    draft = next(n for n, _, status in notes if status == "draft")
    note = reyes.get(f"/notes/{signed}/pdf")
    assert note.headers["content-type"] == "application/pdf"
    disposition = note.headers["content-disposition"]
    assert "Whitcombe" not in disposition and "attachment" in disposition
    text = pdf_text(note.content)
    assert "Peggy Whitcombe" in text and "Dr. Ana Reyes" in text and "Content hash" in text
    refused = reyes.get(f"/notes/{draft}/pdf")
    assert refused.status_code == 400 and "Only a signed note" in refused.text
    record = pdf_text(reyes.get(f"/clients/{client_id}/record/pdf").content)
    assert "Margaret Ellen Whitcombe" in record and "Addendum" in record
    assert "sense of urgency" not in record, "psychotherapy notes stay out"
    trail = reyes.get(f"/clients/{client_id}/audit").text
    assert "note.export" in trail and "client.export" in trail


def test_psychotherapy_notes_are_for_their_author_alone(site: str) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    page = reyes.get(f"/clients/{client_id}/psychotherapy").text
    kept = reyes.post(f"/clients/{client_id}/psychotherapy",
                      data={"body": "I felt protective today.", "csrf_token": csrf(page)})
    assert kept.status_code == 303
    location = kept.headers["location"]
    assert "I felt protective today." in reyes.get(location).text
    okafor_user = next(u for u in DEMO_USERS if u.key == "okafor")
    okafor = sign_in(site, okafor_user.email, okafor_user.password)
    assert okafor.get(location).status_code == 404
    chart = reyes.get(f"/clients/{client_id}").text
    assert "I felt protective" not in chart


def test_audio_is_transcribed_shown_before_it_leaves_and_deleted(
        site: str, demo: Practice, transcriber: FakeTranscriber) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    page = reyes.get(f"/clients/{client_id}").text
    shown = reyes.post(f"/clients/{client_id}/audio",
                       data={"csrf_token": csrf(page), "note_format": "SOAP"},
                       files={"recording": ("session.wav", b"RIFF" + b"\0" * 4096,
                                            "audio/wav")})
    assert shown.status_code == 200, shown.text
    released = re.search(r'id="released">(.*?)</div>', shown.text, re.S)
    assert released and "Thomas" not in released.group(1) and "paced breathing" in shown.text
    assert "Peggy told me Thomas" in shown.text, "the transcript is editable before drafting"
    assert transcriber.seen and not transcriber.seen[0].exists(), "the audio is deleted"
    assert not any((demo.settings.data_dir / "tmp").iterdir())


def test_a_bad_upload_is_explained_and_changes_nothing(
        site: str, demo: Practice, transcriber: FakeTranscriber) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    page = reyes.get(f"/clients/{client_id}").text
    before = (count(demo, AuditEvent), count(demo, Dictation))
    wrong_type = reyes.post(f"/clients/{client_id}/audio", data={"csrf_token": csrf(page)},
                            files={"recording": ("notes.exe", b"MZ...", "application/x-exe")})
    assert wrong_type.status_code == 400 and "not an audio recording" in wrong_type.text
    transcriber.fail = True
    undecodable = reyes.post(f"/clients/{client_id}/audio", data={"csrf_token": csrf(page)},
                             files={"recording": ("s.wav", b"RIFFjunk", "audio/wav")})
    assert undecodable.status_code == 400 and "could not be decoded" in undecodable.text
    assert (count(demo, AuditEvent) - before[0], count(demo, Dictation)) == (0, before[1])
    assert not any((demo.settings.data_dir / "tmp").iterdir()), "no audio left behind"


def test_a_model_registered_in_settings_drafts_without_seeing_identifiers(
        site: str, recording_model: RecordingModel) -> None:
    admin = sign_in(site, *ADMIN)
    settings = admin.get("/settings").text
    registered = admin.post("/settings/endpoints", data={
        "base_url": recording_model.url, "model": "llama3.1:8b", "label": "Practice server",
        "csrf_token": csrf(settings)})
    assert registered.status_code == 303
    assert "Practice server" in admin.get("/settings").text
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    chart = reyes.get(f"/clients/{client_id}").text
    endpoint = re.search(r'<option value="([0-9a-f-]{36})">Practice server', chart)
    assert endpoint, "the clinician can choose the registered model"
    drafted = reyes.post(f"/clients/{client_id}/draft", data={
        "dictation": DICTATION, "provider": endpoint.group(1), "note_format": "SOAP",
        "csrf_token": csrf(chart)})
    assert drafted.status_code == 303
    sent = recording_model.everything_sent()
    assert sent and "Peggy" not in sent and "Thomas" not in sent and "[CLIENT]" in sent
    note = reyes.get(drafted.headers["location"]).text
    assert "Peggy said the week was calmer" in note


def test_a_failed_model_call_keeps_the_dictation_and_says_what_to_do(
        site: str, demo: Practice, recording_model: RecordingModel) -> None:
    recording_model.mode = "error"
    admin = sign_in(site, *ADMIN)
    admin.post("/settings/endpoints", data={"base_url": recording_model.url, "model": "m",
                                            "label": "Flaky", "csrf_token": csrf(
                                                admin.get("/settings").text)})
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    chart = reyes.get(f"/clients/{client_id}").text
    endpoint = re.search(r'<option value="([0-9a-f-]{36})">Flaky', chart)
    assert endpoint
    failed = reyes.post(f"/clients/{client_id}/draft", data={
        "dictation": DICTATION, "provider": endpoint.group(1), "csrf_token": csrf(chart)})
    assert failed.status_code == 400 and "That did not work" in failed.text
    assert count(demo, Dictation, status="failed") == 1, "the dictation is kept"
    assert count(demo, AuditEvent, action="draft.failed") == 1


def test_two_step_sign_in_is_set_up_from_the_account_page(site: str) -> None:
    reyes = sign_in(site, *REYES)
    page = reyes.get("/account").text
    started = reyes.post("/account/mfa/start", data={"csrf_token": csrf(page)})
    assert "<svg" in started.text
    secret = re.search(r"Key: <code>([A-Z2-7]+)</code>", started.text)
    assert secret
    confirmed = reyes.post("/account/mfa/confirm", data={
        "code": pyotp.TOTP(secret.group(1)).now(), "csrf_token": csrf(page)})
    assert "Two-step sign-in is on" in confirmed.text
    assert len(re.findall(r"<li><code>[0-9a-f]{6}-[0-9a-f]{6}</code></li>", confirmed.text)) == 10
    fresh = httpx.Client(base_url=site)
    token = csrf(fresh.get("/login").text)
    second = fresh.post("/login", data={"email": REYES[0], "password": REYES[1],
                                        "csrf_token": token})
    assert second.status_code == 303 and second.headers["location"] == "/login/mfa"


def test_a_disabled_account_is_signed_out_at_once(site: str) -> None:
    okafor_user = next(u for u in DEMO_USERS if u.key == "okafor")
    okafor = sign_in(site, okafor_user.email, okafor_user.password)
    assert okafor.get("/clients").status_code == 200
    admin = sign_in(site, *ADMIN)
    users = admin.get("/admin/users").text
    user_id = re.search(r'action="/admin/users/([0-9a-f-]{36})"[^>]*>\s*<input[^>]*>\s*'
                        r'<fieldset><legend class="visually-hidden">Roles of Sam Okafor', users)
    assert user_id
    admin.post(f"/admin/users/{user_id.group(1)}", data={"roles": "clinician",
                                                         "csrf_token": csrf(users)})
    response = okafor.get("/clients")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    again = httpx.Client(base_url=site)
    refused = again.post("/login", data={"email": okafor_user.email,
                                         "password": okafor_user.password,
                                         "csrf_token": csrf(again.get("/login").text)})
    assert refused.status_code == 400


def test_an_administrator_cannot_lock_themself_out(site: str, demo: Practice) -> None:
    admin = sign_in(site, *ADMIN)
    users = admin.get("/admin/users").text
    with demo.sessions() as db:
        me = db.scalars(select(User).where(User.email == ADMIN[0])).one()
    refused = admin.post(f"/admin/users/{me.id}", data={"roles": "clinician", "active": "yes",
                                                        "csrf_token": csrf(users)})
    assert refused.status_code == 400 and "your own administrator role" in refused.text


def test_a_wrong_password_keeps_the_addendum_that_was_typed(site: str, demo: Practice) -> None:
    reyes = sign_in(site, *REYES)
    client_id = client_id_of(reyes, "Peggy Whitcombe")
    chart = reyes.get(f"/clients/{client_id}").text
    signed = re.search(r'href="/notes/([0-9a-f-]{36})">\w+</a></td><td>signed', chart)
    assert signed
    before = count(demo, AuditEvent, action="note.addendum")
    refused = reyes.post(f"/notes/{signed.group(1)}/addenda", data={
        "reason": "Late entry", "body": "Client called after the session; safety plan intact.",
        "password": "not my password", "csrf_token": csrf(chart)})
    assert refused.status_code == 400 and "Your password was not right" in refused.text
    assert "Client called after the session; safety plan intact." in refused.text
    assert 'value="Late entry"' in refused.text
    assert count(demo, AuditEvent, action="note.addendum") == before


def test_a_second_factor_is_reset_by_an_administrator_not_by_a_session(site: str) -> None:
    reyes = sign_in(site, *REYES)
    page = reyes.get("/account").text
    started = reyes.post("/account/mfa/start", data={"csrf_token": csrf(page)})
    secret = re.search(r"Key: <code>([A-Z2-7]+)</code>", started.text)
    assert secret
    reyes.post("/account/mfa/confirm", data={"code": pyotp.TOTP(secret.group(1)).now(),
                                             "csrf_token": csrf(page)})
    again = reyes.post("/account/mfa/start", data={"csrf_token": csrf(page)})
    assert again.status_code == 400 and "already on" in again.text
    admin = sign_in(site, *ADMIN)
    users = admin.get("/admin/users").text
    form = re.search(r'action="/admin/users/([0-9a-f-]{36})"[^>]*>\s*<input[^>]*>\s*'
                     r'<fieldset><legend class="visually-hidden">Roles of Dr. Ana Reyes', users)
    assert form
    admin.post(f"/admin/users/{form.group(1)}", data={
        "roles": ["clinician", "supervisor"], "active": "yes", "reset_mfa": "yes",
        "csrf_token": csrf(users)})
    sign_in(site, *REYES)  # a password alone signs in again, until she sets up her new phone
