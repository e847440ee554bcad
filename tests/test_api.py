"""The JSON API under /api: token auth, the same rules as the pages, an OpenAPI document."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import httpx
import pytest
from pypdf import PdfReader

from sealnote.demo import DEMO_USERS
from sealnote.practice import Practice
from sealnote.web.app import create_app
from tests.helpers import serving
from tests.test_web_login import REYES, csrf, sign_in

DICTATION = ("Peggy said the week was calmer and she slept six hours most nights. Thomas drove "
             "her to the appointment. We reviewed her thought record about work. Plan: continue "
             "weekly CBT and recheck the PHQ-9.")


@pytest.fixture
def site(demo: Practice) -> Iterator[str]:
    with serving(create_app(demo)) as url:
        yield url


def api_token(url: str, email: str, password: str) -> str:
    """Make a token the way a user does: on the Account page."""
    browser = sign_in(url, email, password)
    page = browser.post("/account/tokens", data={"label": "EHR bridge",
                                                 "csrf_token": csrf(browser.get("/account")
                                                                    .text)})
    found = re.search(r'<code class="token">(snt_[\w-]+)</code>', page.text)
    assert found, "the new token is shown once"
    return found.group(1)


def api(url: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=url + "/api", headers={"Authorization": f"Bearer {token}"})


def test_the_openapi_document_describes_the_operations_and_the_token(site: str) -> None:
    document = httpx.get(site + "/api/openapi.json").json()
    assert document["info"]["title"] == "Sealnote API"
    for path in ("/clients", "/clients/{client_id}", "/clients/{client_id}/preview",
                 "/clients/{client_id}/drafts", "/notes/{note_id}", "/notes/{note_id}/sign",
                 "/notes/{note_id}/addenda", "/notes/{note_id}/pdf",
                 "/clients/{client_id}/audit", "/clients/{client_id}/consents"):
        assert path in document["paths"], path
    schemes = document["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())


def test_a_clinician_drafts_signs_and_amends_a_note_through_the_api(site: str) -> None:
    client = api(site, api_token(site, *REYES))
    listed = client.get("/clients").json()
    assert {c["name"] for c in listed} == {  # her own three and her supervisee's two
        "Peggy Whitcombe", "Dash Okonkwo-Barrett", "Hope Anneliese Marchetti", "Toby Fenwick",
        "Summer Nakagawa-Reid"}
    peggy = next(c["id"] for c in listed if c["name"] == "Peggy Whitcombe")
    assert client.get(f"/clients/{peggy}").json()["preferred_name"] == "Peggy"
    released = client.post(f"/clients/{peggy}/preview", json={"dictation": DICTATION}).json()
    assert "[CLIENT]" in released["text"] and "Thomas" not in released["text"]
    made = client.post(f"/clients/{peggy}/drafts", json={"dictation": DICTATION,
                                                          "note_format": "DAP"})
    assert made.status_code == 201, made.text
    note_id = made.json()["note_id"]
    edited = client.put(f"/notes/{note_id}", json={"body": "D: Calmer week.\nP: Continue."})
    assert edited.json()["revision"] == 2
    wrong = client.post(f"/notes/{note_id}/sign", json={"password": "not it",
                                                        "acknowledge_flags": True})
    assert wrong.status_code == 403 and client.get(f"/notes/{note_id}").json()["status"] == \
        "draft"
    signed = client.post(f"/notes/{note_id}/sign", json={"password": REYES[1],
                                                         "acknowledge_flags": True})
    assert signed.json()["status"] == "signed" and signed.json()["intact"]
    locked = client.put(f"/notes/{note_id}", json={"body": "changed"})
    assert locked.status_code == 409 and "addendum" in locked.json()["hint"]
    amended = client.post(f"/notes/{note_id}/addenda", json={
        "reason": "Late entry", "body": "Safety plan reviewed.", "password": REYES[1]})
    assert amended.status_code == 201 and amended.json()["addenda"][0]["reason"] == "Late entry"
    pdf = client.get(f"/notes/{note_id}/pdf")
    assert "Safety plan reviewed." in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    trail = [e["action"] for e in client.get(f"/clients/{peggy}/audit").json()]
    for action in ("draft.preview", "draft.create", "note.update", "note.sign",
                   "note.addendum", "note.export"):
        assert action in trail, action
    events = client.get(f"/clients/{peggy}/audit").json()
    assert {e["auth_method"] for e in events if e["action"] == "draft.create"} == {"api_token"}


def test_another_clinicians_client_is_404_through_the_api_too(site: str) -> None:
    okafor_user = next(u for u in DEMO_USERS if u.key == "okafor")
    reyes = api(site, api_token(site, *REYES))
    peggy = next(c["id"] for c in reyes.get("/clients").json()
                 if c["name"] == "Peggy Whitcombe")
    okafor = api(site, api_token(site, okafor_user.email, okafor_user.password))
    for response in (okafor.get(f"/clients/{peggy}"),
                     okafor.post(f"/clients/{peggy}/drafts", json={"dictation": DICTATION}),
                     okafor.get(f"/clients/{peggy}/audit")):
        assert response.status_code == 404
        assert response.json()["error"].startswith("That record was not found")
    denied = [e for e in reyes.get(f"/clients/{peggy}/audit").json()
              if e["action"] == "access.denied"]
    assert len(denied) == 3


def test_a_revoked_token_or_a_browser_cookie_opens_nothing(site: str) -> None:
    browser = sign_in(site, *REYES)
    token = api_token(site, *REYES)
    assert api(site, token).get("/me").status_code == 200
    cookie_only = httpx.Client(base_url=site + "/api", cookies=browser.cookies)
    assert cookie_only.get("/clients").status_code == 401, "cookies are not API credentials"
    account = browser.get("/account").text
    token_id = re.search(r'action="/account/tokens/([0-9a-f]{64})/revoke"', account)
    assert token_id
    browser.post(f"/account/tokens/{token_id.group(1)}/revoke",
                 data={"csrf_token": csrf(account)})
    refused = api(site, token).get("/clients")
    assert refused.status_code == 401 and "API token" in refused.json()["error"]
