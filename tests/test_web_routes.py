"""Every route of the web app, tried by every role of the demo practice and by a stranger.

The tables below are the access specification: which roles may open each page and send each
form. A route added to the app without a row here fails the first test."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import httpx
import pytest
from sqlalchemy import select
from starlette.routing import Mount, Route

from sealnote.access.models import ApiToken, User
from sealnote.audit.models import AuditEvent
from sealnote.breach.models import Incident
from sealnote.compliance import assessments
from sealnote.compliance.models import BusinessAssociateAgreement, Vendor
from sealnote.demo import DEMO_USERS, demo_actor
from sealnote.practice import Practice
from sealnote.records.models import Client, Consent, Note, PsychotherapyNote
from sealnote.records.service import open_chart
from sealnote.web.app import create_app
from sealnote.webscan import service as scans
from tests.helpers import serving
from tests.test_web_login import csrf, sign_in

ROLES = ("okafor", "lindqvist", "admin", "desk", "reyes")  # the one allowed most goes last
EVERYONE = frozenset(ROLES)
PUBLIC = {("GET", "/"), ("GET", "/healthz"), ("GET", "/login"), ("POST", "/login"),
          ("GET", "/login/mfa"), ("POST", "/login/mfa"), ("POST", "/logout")}
DICTATION = ("Peggy said the week was calmer and she slept six hours most nights. We reviewed "
             "her thought record about work. Plan: continue weekly CBT and recheck the PHQ-9.")

# Pages: who gets the page (everyone else gets the same 404 as for a record that does not exist).
PAGES: dict[str, frozenset[str]] = {
    "/dashboard": EVERYONE,
    "/clients": EVERYONE,
    "/settings": EVERYONE,
    "/account": EVERYONE,
    "/clients/new": frozenset({"reyes", "okafor", "admin", "desk"}),
    "/clients/{client_id}": frozenset({"reyes", "lindqvist", "admin", "desk"}),
    "/clients/{client_id}/edit": frozenset({"reyes", "admin", "desk"}),
    "/clients/{client_id}/consents": frozenset({"reyes", "lindqvist", "desk"}),
    "/clients/{client_id}/psychotherapy": frozenset({"reyes"}),
    "/clients/{client_id}/audit": frozenset({"reyes", "lindqvist"}),
    "/clients/{client_id}/record/pdf": frozenset({"reyes"}),
    "/notes/{note_id}": frozenset({"reyes"}),
    "/notes/{note_id}/pdf": frozenset({"reyes"}),
    "/psychotherapy/{note_id}": frozenset({"reyes"}),
    "/admin/users": frozenset({"admin"}),
    "/incidents": frozenset({"lindqvist", "admin"}),
    "/incidents/{incident_id}": frozenset({"lindqvist", "admin"}),
    "/incidents/{incident_id}/letters/{kind}/{fmt}": frozenset({"lindqvist", "admin"}),
    "/compliance": frozenset({"lindqvist", "admin"}),
    "/compliance/baas/{baa_id}/document": frozenset({"lindqvist", "admin"}),
    "/compliance/policy/{fmt}": EVERYONE,
    "/compliance/vendors/{vendor_id}/questionnaire": frozenset({"lindqvist", "admin"}),
    "/compliance/risk": frozenset({"lindqvist", "admin"}),
    "/compliance/risk/{analysis_id}/{fmt}": frozenset({"lindqvist", "admin"}),
    "/compliance/scans/{scan_id}/{fmt}": frozenset({"lindqvist", "admin"}),
}


@dataclass(frozen=True)
class Form:
    """A form route, what to send, and the status each allowed role gets (others: 404)."""

    path: str
    data: dict[str, str]
    allowed: dict[str, int]
    files: dict[str, tuple[str, bytes, str]] | None = None


@dataclass
class Ids:
    client: str
    draft: str
    signed: str
    psychotherapy: str
    consent: str
    token: str
    okafor: str
    reyes: str
    okafor_client: str
    incident: str
    vendor: str
    baa: str
    analysis: str
    scan: str


def forms(ids: Ids) -> list[Form]:
    everyone = dict.fromkeys(ROLES, 303)
    officers = {"lindqvist": 303, "admin": 303}
    today = date.today().isoformat()
    password = next(u.password for u in DEMO_USERS if u.key == "reyes")
    return [
        Form("/clients", {"query": "peg"}, dict.fromkeys(ROLES, 200)),
        Form("/clients/new", {"legal_name": "Nora Vance", "primary_clinician_id": ids.reyes},
             {"okafor": 303, "admin": 303, "desk": 303, "reyes": 303}),
        Form("/clients/{client_id}/edit",
             {"legal_name": "Margaret Ellen Whitcombe", "preferred_name": "Peggy",
              "nicknames": "Peg"}, {"admin": 303, "desk": 303, "reyes": 303}),
        Form("/clients/{client_id}/consents",
             {"kind": "recording", "version": "2026-02", "granted_on": "2026-01-05"},
             {"desk": 303, "reyes": 303}),
        Form("/consents/{consent_id}/revoke", {"revoked_on": "2026-11-01"},
             {"desk": 303, "reyes": 400}),  # the second withdrawal is refused: already revoked
        Form("/clients/{client_id}/preview", {"dictation": DICTATION}, {"reyes": 200}),
        Form("/clients/{client_id}/audio", {}, {"reyes": 400},  # no transcriber set up here
             files={"recording": ("session.wav", b"RIFF0000WAVE", "audio/wav")}),
        Form("/clients/{client_id}/draft", {"dictation": DICTATION}, {"reyes": 303}),
        Form("/notes/{note_id}/edit", {"body": "S: Calmer week.\nP: Continue CBT."},
             {"reyes": 303}),
        Form("/notes/{note_id}/flags", {}, {"reyes": 303}),
        Form("/notes/{note_id}/sign", {"password": password, "acknowledge": "yes"},
             {"reyes": 303}),
        Form("/notes/{note_id}/addenda",
             {"reason": "Late entry", "body": "Safety plan reviewed.", "password": password},
             {"reyes": 303}),
        Form("/clients/{client_id}/psychotherapy", {"body": "My own reaction."},
             {"reyes": 303}),
        Form("/settings/defaults", {"note_format": "DAP", "modality": "cbt"}, everyone),
        Form("/settings/templates", {"key": "couples", "title": "Couples session",
                                     "section_title": "Presenting concerns"}, {"admin": 303}),
        Form("/settings/endpoints", {"base_url": "http://127.0.0.1:9/v1", "model": "m",
                                     "label": "Practice server"}, {"admin": 303}),
        Form("/account/mfa/start", {}, dict.fromkeys(ROLES, 200)),
        Form("/account/mfa/confirm", {"code": "000000"}, dict.fromkeys(ROLES, 400)),
        Form("/account/password", {"current_password": "wrong", "new_password": "x" * 14,
                                   "confirm_password": "x" * 14}, dict.fromkeys(ROLES, 400)),
        Form("/account/tokens", {"label": "Billing system"}, dict.fromkeys(ROLES, 200)),
        Form("/account/tokens/{token_id}/revoke", {}, {"reyes": 303}),
        Form("/admin/users", {"display_name": "Lee Park", "email": "lee@example.test",
                              "password": "a-long-first-password", "roles": "clinician"},
             {"admin": 303}),
        Form("/admin/users/{user_id}", {"roles": "clinician", "active": "yes",
                                        "supervisor_id": ""}, {"admin": 303}),
        Form("/incidents", {"title": "Lost phone", "description": "A work phone was lost.",
                            "source": "loss", "discovered_on": today}, officers),
        Form("/incidents/contact", {"toll_free": "1-800-555-0100"}, officers),
        Form("/incidents/{incident_id}/facts", {"out_of_date_contacts": "2",
                                                "phi_types": "name"}, officers),
        Form("/incidents/{incident_id}/scope", {"start": today, "end": today}, officers),
        Form("/incidents/{incident_id}/affected", {"counts": "MA 3"}, officers),
        Form("/incidents/{incident_id}/assessment",
             {f"{key}_{part}": value for key in ("nature", "recipient", "acquired", "mitigated")
              for part, value in (("risk", "high"), ("reasoning", "Documented in full."))},
             officers),
        Form("/incidents/{incident_id}/notices", {"kind": "individuals", "sent_on": today},
             officers),
        Form("/incidents/{incident_id}/close", {},  # the HHS log entry is still owed
             {"lindqvist": 400, "admin": 400}),
        Form("/compliance/vendors", {"name": "Faxline", "kind": "other", "touches_phi": "yes"},
             officers),
        Form("/compliance/vendors/{vendor_id}/baa", {"signed_on": today}, officers),
        Form("/compliance/training", {"user_id": ids.okafor, "completed_on": today}, officers),
        Form("/compliance/policy/acknowledge", {}, everyone),
        Form("/compliance/vendors/{vendor_id}/questionnaire",
             {f"{q.key}_answer": q.answers[0][0] for q in assessments.QUESTIONS}, officers),
        Form("/compliance/risk", {f"{g.key}_{part}": "2" for g in assessments.SAFEGUARDS
                                  for part in ("likelihood", "impact")}, officers),
        Form("/compliance/access-review", {"findings": "Checked."}, officers),
    ]


def fill(path: str, ids: Ids) -> str:
    return (path.replace("{client_id}", ids.client)
            .replace("/notes/{note_id}/addenda", f"/notes/{ids.signed}/addenda")
            .replace("{consent_id}", ids.consent).replace("{token_id}", ids.token)
            .replace("{user_id}", ids.okafor).replace("{incident_id}", ids.incident)
            .replace("{kind}/{fmt}", "individual/pdf").replace("{fmt}", "docx")
            .replace("{vendor_id}", ids.vendor).replace("{baa_id}", ids.baa)
            .replace("{analysis_id}", ids.analysis).replace("{scan_id}", ids.scan)
            .replace("/psychotherapy/{note_id}", f"/psychotherapy/{ids.psychotherapy}")
            .replace("/notes/{note_id}/pdf", f"/notes/{ids.signed}/pdf")
            .replace("{note_id}", ids.draft))


def app_routes(app: object) -> set[tuple[str, str]]:
    """(method, path) of every page and form route (the /api and /static mounts aside)."""
    found: set[tuple[str, str]] = set()
    pending = list(app.routes)  # type: ignore[attr-defined]
    while pending:
        route = pending.pop()
        if isinstance(route, Route):
            found |= {(method, route.path) for method in route.methods or ()
                      if method != "HEAD"}
        elif hasattr(route, "original_router"):  # an included router (newer FastAPI)
            pending += route.original_router.routes
        elif not isinstance(route, Mount):
            raise AssertionError(f"unexpected route type {route!r}")
    return found


@pytest.fixture
def site(demo: Practice) -> Iterator[tuple[str, Practice, Ids]]:
    reyes, admin = demo_actor(demo, "reyes"), demo_actor(demo, "admin")
    with demo.transaction() as db:
        users = {u.email.split("@")[0]: u.id for u in db.scalars(select(User))}
        names = {open_chart(demo.keys, c).legal_name: c.id for c in db.scalars(select(Client))}
        client = names["Margaret Ellen Whitcombe"]
        notes = db.scalars(select(Note).where(Note.client_id == client)).all()
        token = ApiToken(id="f" * 64, user_id=reyes.user_id, label="x",
                         created_at=notes[0].created_at)
        db.add(token)
        ids = Ids(client=client,
                  draft=next(n.id for n in notes if n.status == "draft"),
                  signed=next(n.id for n in notes if n.status == "signed"),
                  psychotherapy=db.scalars(select(PsychotherapyNote.id)).one(),
                  consent=db.scalars(select(Consent.id).where(Consent.client_id == client,
                                                              Consent.kind == "recording")).one(),
                  token=token.id, okafor=users["sam.okafor"], reyes=users["ana.reyes"],
                  okafor_client=names["Tobias Fenwick"],
                  incident=db.scalars(select(Incident.id).where(Incident.status == "open"))
                  .one(),
                  vendor=db.scalars(select(Vendor.id).where(Vendor.kind == "website")).one(),
                  baa=db.scalars(select(BusinessAssociateAgreement.id).where(
                      BusinessAssociateAgreement.document.is_not(None))).one(),
                  analysis=assessments.save_analysis(db, actor=admin, ratings={
                      g.key: {"likelihood": 1, "impact": 1} for g in assessments.SAFEGUARDS}).id,
                  scan=scans.keep(db, actor=admin, result={
                      "site": "https://harbour.example/", "scanned_at": "2026-11-22T00:00:00Z",
                      "third_party_requests": "blocked", "pages": [],
                      "summary": {"pages": 0, "worst": "none", "by_risk": {}, "vendors": []}}).id)
    with serving(create_app(demo)) as url:
        yield url, demo, ids


def test_every_route_is_in_the_access_tables(site: tuple[str, Practice, Ids]) -> None:
    _, practice, ids = site
    listed = ({("GET", path) for path in PAGES} | {("POST", f.path) for f in forms(ids)}
              | PUBLIC)
    assert app_routes(create_app(practice)) == listed


def sessions(url: str) -> dict[str, httpx.Client]:
    return {u.key: sign_in(url, u.email, u.password) for u in DEMO_USERS}


def test_each_page_opens_for_exactly_the_roles_allowed(site: tuple[str, Practice, Ids]) -> None:
    url, practice, ids = site
    signed_in = sessions(url)
    for path, allowed in PAGES.items():
        for role in ROLES:
            response = signed_in[role].get(fill(path, ids))
            expected = 200 if role in allowed else 404
            assert response.status_code == expected, (path, role, response.text[:300])
            if expected == 404:
                assert "not found, or you do not have access" in response.text
    with practice.sessions() as db:
        denied = db.scalars(select(AuditEvent).where(AuditEvent.action == "access.denied")).all()
    assert len(denied) >= 10, "refusals are audited"


def test_a_supervisor_reads_but_never_writes_a_supervisees_client(
        site: tuple[str, Practice, Ids]) -> None:
    url, _, ids = site
    reyes = sessions(url)["reyes"]
    assert reyes.get(f"/clients/{ids.okafor_client}").status_code == 200
    assert reyes.get(f"/clients/{ids.okafor_client}/edit").status_code == 404
    token = csrf(reyes.get("/clients").text)
    refused = reyes.post(f"/clients/{ids.okafor_client}/draft",
                         data={"dictation": DICTATION, "csrf_token": token})
    assert refused.status_code == 404


def test_each_form_is_accepted_for_exactly_the_roles_allowed(
        site: tuple[str, Practice, Ids]) -> None:
    url, practice, ids = site
    signed_in = sessions(url)
    tokens = {role: csrf(client.get("/account").text) for role, client in signed_in.items()}
    for form in forms(ids):
        path = fill(form.path, ids)
        for role in ROLES:
            expected = form.allowed.get(role, 404)
            files = ({k: (n, b, t) for k, (n, b, t) in form.files.items()}
                     if form.files else None)
            response = signed_in[role].post(path, data={**form.data,
                                                        "csrf_token": tokens[role]},
                                            files=files)
            assert response.status_code == expected, (form.path, role, response.text[:400])
    with practice.sessions() as db:
        note = db.get(Note, ids.draft)
        assert note is not None and note.status == "signed" and note.signed_by == ids.reyes


def test_no_form_is_accepted_without_its_csrf_token(site: tuple[str, Practice, Ids]) -> None:
    url, practice, ids = site
    reyes = sessions(url)["reyes"]
    with practice.sessions() as db:
        before = len(db.scalars(select(AuditEvent.seq)).all())
    for form in forms(ids):
        for token in ("", "forged"):
            response = reyes.post(fill(form.path, ids), data={**form.data, "csrf_token": token})
            assert response.status_code == 403, form.path
            assert "form has expired" in response.text
    with practice.sessions() as db:
        after = len(db.scalars(select(AuditEvent.seq)).all())
        assert db.get(Note, ids.draft).status == "draft"  # type: ignore[union-attr]
    assert after == before, "a refused form changes nothing"


def test_strangers_get_the_login_page_or_a_401(site: tuple[str, Practice, Ids]) -> None:
    url, practice, ids = site
    stranger = httpx.Client(base_url=url, follow_redirects=False)
    for method, path in app_routes(create_app(practice)) - PUBLIC:
        response = stranger.request(method, fill(path, ids), data={"csrf_token": "x"})
        assert response.status_code == 303 and response.headers["location"] == "/login", path
    for path in ("/api/clients", f"/api/clients/{ids.client}", f"/api/notes/{ids.signed}"):
        response = stranger.get(path)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert re.search(r"Sign in", stranger.get("/login").text)
