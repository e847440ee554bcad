"""Signing in over real HTTP, as a browser and as an attacker would try it."""

from __future__ import annotations

import re
import time
from pathlib import Path

import httpx
import pyotp
from sqlalchemy import select

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.audit.models import AuditEvent
from tests.helpers import open_practice, running_server, sealnote, sealnote_env

REYES = ("ana.reyes@demo.sealnote.test", "demo-reyes-clinician")
OKAFOR = ("sam.okafor@demo.sealnote.test", "demo-okafor-clinician")


def csrf(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "every form carries a CSRF token"
    return match.group(1)


def post_login(client: httpx.Client, email: str, password: str) -> httpx.Response:
    """Fill in and send the login form, CSRF token included."""
    token = csrf(client.get("/login").text)
    return client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": token})


def sign_in(url: str, email: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=url, follow_redirects=False)
    response = post_login(client, email, password)
    assert response.status_code == 303, response.text
    return client


def client_id_of(client: httpx.Client, name: str) -> str:
    """The id of a client, as linked from the signed-in user's client list."""
    found = re.search(rf'href="/clients/([0-9a-f-]{{36}})">{re.escape(name)}',
                      client.get("/clients").text)
    assert found, f"{name} is not in the list"
    return found.group(1)


def test_protected_pages_send_strangers_to_the_login(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    for path in ("/clients", "/clients/anything"):
        response = httpx.get(url + path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login"


def test_a_login_without_its_csrf_token_is_refused(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    client = httpx.Client(base_url=url)
    client.get("/login")
    response = client.post("/login", data={"email": REYES[0], "password": REYES[1]})
    assert response.status_code == 403
    forged = client.post("/login", data={"email": REYES[0], "password": REYES[1],
                                         "csrf_token": "forged"})
    assert forged.status_code == 403 and "sealnote_session" not in client.cookies


def test_signing_in_shows_only_ones_own_clients(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    client = httpx.Client(base_url=url, follow_redirects=False)
    login = post_login(client, *OKAFOR)
    [session_cookie] = [c for c in login.headers.get_list("set-cookie")
                        if c.startswith("sealnote_session=")]
    assert "HttpOnly" in session_cookie and "SameSite=strict" in session_cookie
    page = client.get("/clients")
    assert page.status_code == 200
    assert "Toby Fenwick" in page.text and "Peggy Whitcombe" not in page.text
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text


def test_another_clinicians_client_is_404_and_audited(demo_site: tuple[str, Path]) -> None:
    url, data = demo_site
    peggy = client_id_of(sign_in(url, *REYES), "Peggy")
    okafor = sign_in(url, *OKAFOR)
    response = okafor.get(f"/clients/{peggy}")
    assert response.status_code == 404 and "Peggy" not in response.text
    with open_practice(data) as practice, practice.sessions() as db:
        denials = list(db.scalars(select(AuditEvent).where(
            AuditEvent.action == "access.denied", AuditEvent.client_id == peggy)))
    assert denials


def test_a_wrong_password_is_explained(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    response = post_login(httpx.Client(base_url=url), REYES[0], "wrong one here")
    assert response.status_code == 400 and "do not match" in response.text


def test_sign_out_ends_the_session(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    client = sign_in(url, *REYES)
    page = client.get("/clients").text
    assert client.post("/logout", data={"csrf_token": csrf(page)}).status_code == 303
    assert client.get("/clients").status_code == 303


def test_an_idle_session_ends(tmp_path: Path) -> None:
    env = sealnote_env(tmp_path / "data", SEALNOTE_IDLE_TIMEOUT_MINUTES="0.05")  # 3 seconds
    sealnote(env, "demo")
    with running_server(env) as url:
        idle = sign_in(url, *REYES)
        assert idle.get("/clients").status_code == 200
        time.sleep(3.5)
        assert idle.get("/clients").status_code == 303


def test_totp_is_asked_for_when_enrolled(demo_site: tuple[str, Path]) -> None:
    url, data = demo_site
    with open_practice(data) as practice:
        with practice.transaction() as db:
            user = db.scalar(select(User).where(User.email == REYES[0]))
            assert user is not None
            actor = access.actor_for(user, auth_method="password")
            secret, _ = access.begin_mfa_enrollment(db, keys=practice.keys, actor=actor)
        with practice.transaction() as db:
            access.confirm_mfa_enrollment(db, keys=practice.keys, actor=actor,
                                          otp=pyotp.TOTP(secret).at(time.time() - 30))
    client = httpx.Client(base_url=url, follow_redirects=False)
    step = post_login(client, *REYES)
    assert step.headers["location"] == "/login/mfa"
    assert client.get("/clients").status_code == 303  # not signed in until the code
    form = client.get("/login/mfa").text
    done = client.post("/login/mfa", data={"code": pyotp.TOTP(secret).now(),
                                           "csrf_token": csrf(form)})
    assert done.status_code == 303 and client.get("/clients").status_code == 200


def test_from_dictation_to_a_signed_note_with_an_addendum(demo_site: tuple[str, Path]) -> None:
    url, _ = demo_site
    client = sign_in(url, *REYES)
    peggy = client_id_of(client, "Peggy")
    chart = client.get(f"/clients/{peggy}").text
    dictation = ("Peggy reports sleeping six hours and says Thomas has been supportive. "
                 "PHQ-9 today 11. We reviewed her thought record. Plan: continue weekly CBT.")
    preview = client.post(f"/clients/{peggy}/preview", data={
        "dictation": dictation, "note_format": "soap", "modality": "cbt",
        "csrf_token": csrf(chart)})
    assert preview.status_code == 200
    released = re.search(r'id="released">(.*?)</div>', preview.text, re.S)
    assert released and "<mark>[CLIENT]</mark>" in released.group(1)
    assert "Peggy" not in released.group(1) and "Thomas" not in released.group(1)
    drafted = client.post(f"/clients/{peggy}/draft", data={
        "dictation": dictation, "note_format": "soap", "modality": "cbt",
        "csrf_token": csrf(preview.text)})
    assert drafted.status_code == 303
    note_url = drafted.headers["location"]
    note = client.get(note_url).text
    assert "Peggy reports sleeping six hours" in note and "draft" in note
    refused = client.post(f"{note_url}/sign", data={"password": "not my password",
                                                    "csrf_token": csrf(note)})
    assert refused.status_code == 400
    signed = client.post(f"{note_url}/sign", data={"password": REYES[1], "acknowledge": "yes",
                                                   "csrf_token": csrf(note)})
    assert signed.status_code == 303
    page = client.get(note_url).text
    assert "Signed" in page and "Add an addendum" in page
    added = client.post(f"{note_url}/addenda", data={
        "reason": "Late entry", "body": "C-SSRS screen negative.", "password": REYES[1],
        "csrf_token": csrf(page)})
    assert added.status_code == 303 and "C-SSRS screen negative." in client.get(note_url).text
    trail = client.get(f"/clients/{peggy}/audit").text
    for action in ("draft.preview", "dictation.create", "draft.create", "note.sign",
                   "note.addendum", "note.read"):
        assert action in trail, action
    assert "Peggy" not in trail and "Thomas" not in trail
