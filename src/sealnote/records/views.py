"""Pages of the record: the dashboard, clients and their charts, consents, notes (review, sign,
addenda, PDF), psychotherapy notes and a client's audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.compliance import service as compliance
from sealnote.drafting import service as drafting
from sealnote.drafting.modalities import MODALITIES
from sealnote.errors import SealnoteError
from sealnote.records import dashboard as board
from sealnote.records import export
from sealnote.records import service as records
from sealnote.records.models import Note
from sealnote.web.kit import Viewer, Web, form_date

CONSENT_TITLES = {"ai_documentation": "AI-assisted documentation",
                  "recording": "Audio recording of dictation",
                  "part2": "42 CFR Part 2 (substance-use records)"}
PDF_HEADERS = {"Cache-Control": "no-store"}


def _text(form: FormData, name: str) -> str | None:
    value = str(form.get(name, "")).strip()
    return value or None


def chart_from_form(form: FormData, *, with_relatives: bool) -> dict[str, Any]:
    """The chart fields a form sent, as changes for `update_chart` (or a new chart)."""
    born = _text(form, "date_of_birth")
    address = {part: _text(form, f"address_{part}")
               for part in ("street", "unit", "city", "county", "state", "zip")}
    contact = {k: _text(form, f"contact_{k}") for k in ("name", "relationship", "phone")}
    changes: dict[str, Any] = {
        "legal_name": _text(form, "legal_name") or "",
        "preferred_name": _text(form, "preferred_name"),
        "nicknames": [n.strip() for n in str(form.get("nicknames", "")).split(",") if n.strip()],
        "date_of_birth": born,
        "address": address if any(address.values()) else None,
        "phone": _text(form, "phone"), "email": _text(form, "email"),
        "insurance_member_id": _text(form, "insurance_member_id"), "mrn": _text(form, "mrn"),
        "employer": _text(form, "employer"), "school": _text(form, "school"),
        "emergency_contact": ({**contact, "relationship": contact["relationship"] or "contact"}
                              if contact["name"] else None),
    }
    if with_relatives:
        names = form.getlist("relative_name")
        kinds = form.getlist("relative_relationship")
        phones = form.getlist("relative_phone")
        household = {str(v) for v in form.getlist("relative_household")}
        changes["relatives"] = [
            {"name": str(name).strip(), "relationship": str(kind).strip() or "relative",
             "phone": str(phone).strip() or None, "household": str(i) in household}
            for i, (name, kind, phone) in enumerate(zip(names, kinds, phones, strict=False))
            if str(name).strip()]
    return changes


def routes(web: Web) -> APIRouter:
    router = APIRouter()
    practice, keys = web.practice, web.keys

    @router.get("/dashboard", response_class=HTMLResponse)
    def dashboard(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                today = board.dashboard(db, keys=keys, actor=viewer.actor)
            return viewer.page("dashboard.html", board=today)

        return web.guarded(request, work)

    def clients_page(viewer: Viewer, query: str | None) -> Response:
        with practice.transaction() as db:
            listed = records.list_clients(db, keys=keys, actor=viewer.actor, query=query)
            may_create = access.may_practice(db, actor=viewer.actor,
                                             permission=Permission.CLIENT_CREATE)
        return viewer.page("clients.html", clients=listed, query=query or "",
                           may_create=may_create)

    @router.get("/clients", response_class=HTMLResponse)
    def clients(request: Request) -> Response:
        return web.guarded(request, lambda viewer: clients_page(viewer, None))

    # A search is a POST: a client's name must never travel in a URL.
    @router.post("/clients", response_class=HTMLResponse)
    def search_clients(request: Request, query: str = Form(""),
                       csrf_token: str = Form("")) -> Response:
        return web.guarded(request, lambda viewer: clients_page(viewer, query),
                           csrf_token=csrf_token)

    @router.get("/clients/new", response_class=HTMLResponse)
    def new_client_form(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                access.require_practice(db, actor=viewer.actor,
                                        permission=Permission.CLIENT_CREATE)
                choices = access.active_clinicians(db)
            return viewer.page("chart_form.html", chart=None, client_id=None,
                               with_relatives=True, clinicians=choices,
                               me=viewer.actor.user_id)

        return web.guarded(request, work)

    @router.post("/clients/new")
    async def new_client(request: Request) -> Response:
        form = await request.form()

        def action(db: Session, actor: Actor) -> str:
            changes = chart_from_form(form, with_relatives=True)
            client_id = records.create_client(
                db, keys=keys, actor=actor, chart=records.chart_from(changes),
                primary_clinician_id=_text(form, "primary_clinician_id") or actor.user_id)
            return f"/clients/{client_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.get("/clients/{client_id}", response_class=HTMLResponse)
    def client_chart(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            actor = viewer.actor
            with practice.transaction() as db:
                chart = records.get_chart(db, keys=keys, actor=actor, client_id=client_id)
                clinical = access.may(db, actor=actor, permission=Permission.NOTE_READ,
                                      client_id=client_id)
                writes = access.may(db, actor=actor, permission=Permission.NOTE_WRITE,
                                    client_id=client_id)
                may_edit = access.may(db, actor=actor,
                                      permission=Permission.DEMOGRAPHICS_WRITE,
                                      client_id=client_id)
                notes = (records.list_notes(db, actor=actor, client_id=client_id)
                         if clinical else None)
                usual_format, usual_modality = drafting.defaults_of(db, user_id=actor.user_id)
                formats = drafting.format_choices(db)
                endpoints = [e for e in compliance.list_endpoints(db)
                             if e["allowed"] and e["model"]]
                consent = records.consent_in_force(db, client_id=client_id,
                                                   kind="ai_documentation")
            return viewer.page(
                "client.html", chart=chart, notes=notes, client_id=client_id, writes=writes,
                may_edit=may_edit, formats=formats,
                modalities=[(m.key, m.title) for m in MODALITIES.values()],
                usual_format=usual_format, usual_modality=usual_modality,
                endpoints=endpoints, ai_consent=consent is not None)

        return web.guarded(request, work)

    @router.get("/clients/{client_id}/edit", response_class=HTMLResponse)
    def edit_chart_form(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                access.authorize(db, actor=viewer.actor,
                                 permission=Permission.DEMOGRAPHICS_WRITE, client_id=client_id)
                chart = records.get_chart(db, keys=keys, actor=viewer.actor,
                                          client_id=client_id)
                full = access.may(db, actor=viewer.actor, permission=Permission.CHART_WRITE,
                                  client_id=client_id)
            return viewer.page("chart_form.html", chart=chart, client_id=client_id,
                               with_relatives=full, clinicians=[])

        return web.guarded(request, work)

    @router.post("/clients/{client_id}/edit")
    async def edit_chart(request: Request, client_id: str) -> Response:
        form = await request.form()

        def action(db: Session, actor: Actor) -> str:
            full = access.may(db, actor=actor, permission=Permission.CHART_WRITE,
                              client_id=client_id)
            changes = chart_from_form(form, with_relatives=full)
            records.update_chart(db, keys=keys, actor=actor, client_id=client_id,
                                 changes=changes)
            return f"/clients/{client_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    # ---- consents ------------------------------------------------------------------------

    @router.get("/clients/{client_id}/consents", response_class=HTMLResponse)
    def consents(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                listed = records.list_consents(db, keys=keys, actor=viewer.actor,
                                               client_id=client_id)
                writes = access.may(db, actor=viewer.actor,
                                    permission=Permission.CONSENT_WRITE, client_id=client_id)
                name = records.get_chart(db, keys=keys, actor=viewer.actor,
                                         client_id=client_id).display_name
            return viewer.page("consents.html", consents=listed, client_id=client_id,
                               name=name, writes=writes, titles=CONSENT_TITLES,
                               today=date.today().isoformat())

        return web.guarded(request, work)

    @router.post("/clients/{client_id}/consents")
    def record_consent(request: Request, client_id: str, kind: str = Form(""),
                       version: str = Form(""), granted_on: str = Form(""),
                       expires_on: str = Form(""), scope: str = Form(""),
                       csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            records.record_consent(db, keys=keys, actor=actor, client_id=client_id, kind=kind,
                                   version=version.strip() or "unversioned",
                                   granted_on=form_date(granted_on) or date.today(),
                                   expires_on=form_date(expires_on), scope=scope.strip() or None)
            return f"/clients/{client_id}/consents"

        return web.change(request, csrf_token, action)

    @router.post("/consents/{consent_id}/revoke")
    def revoke_consent(request: Request, consent_id: str, revoked_on: str = Form(""),
                       csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            client_id = records.revoke_consent(db, actor=actor, consent_id=consent_id,
                                               revoked_on=form_date(revoked_on) or date.today())
            return f"/clients/{client_id}/consents"

        return web.change(request, csrf_token, action)

    # ---- notes ---------------------------------------------------------------------------

    def note_page(viewer: Viewer, note_id: str, *, error: SealnoteError | None = None,
                  typed: dict[str, str] | None = None) -> Response:
        with practice.transaction() as db:
            view = records.read_note(db, keys=keys, actor=viewer.actor, note_id=note_id)
            row = db.get(Note, note_id)
            flags = records.note_flags(keys, row) if row else []
            said = (drafting.dictation_for_note(db, keys=keys, actor=viewer.actor,
                                                note_id=note_id)
                    if view.status == "draft" else None)
            authors = {u.id: u.display_name for u in db.scalars(select(User))}
            writes = access.may(db, actor=viewer.actor, permission=Permission.NOTE_WRITE,
                                client_id=view.client_id)
        return viewer.page("note.html", 400 if error else 200, note=view,
                           flags=list(enumerate(flags)), said=said,
                           pieces=flagged_pieces(view.body, flags), authors=authors,
                           writes=writes, mine=view.author_id == viewer.actor.user_id,
                           error=error, typed=typed or {})

    @router.get("/notes/{note_id}", response_class=HTMLResponse)
    def note(request: Request, note_id: str) -> Response:
        return web.guarded(request, lambda viewer: note_page(viewer, note_id))

    @router.post("/notes/{note_id}/edit")
    def edit_note(request: Request, note_id: str, body: str = Form(""),
                  csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            records.update_draft(db, keys=keys, actor=actor, note_id=note_id, body=body)
            return f"/notes/{note_id}"

        return web.change(request, csrf_token, action)

    @router.post("/notes/{note_id}/flags")
    async def resolve_flags(request: Request, note_id: str) -> Response:
        form = await request.form()
        indexes = [int(str(v)) for v in form.getlist("flag") if str(v).isdigit()]

        def action(db: Session, actor: Actor) -> str:
            records.resolve_flags(db, keys=keys, actor=actor, note_id=note_id, indexes=indexes)
            return f"/notes/{note_id}"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.post("/notes/{note_id}/sign")
    def sign(request: Request, note_id: str, password: str = Form(""), code: str = Form(""),
             acknowledge: str = Form(""), csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            records.sign_note(db, keys=keys, actor=actor, note_id=note_id, password=password,
                              otp=code or None, acknowledge_flags=acknowledge == "yes")
            return f"/notes/{note_id}"

        return web.change(request, csrf_token, action, on_error=lambda viewer, error: note_page(
            viewer, note_id, error=error))

    @router.post("/notes/{note_id}/addenda")
    def addendum(request: Request, note_id: str, reason: str = Form(""), body: str = Form(""),
                 password: str = Form(""), code: str = Form(""),
                 csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            records.add_addendum(db, keys=keys, actor=actor, note_id=note_id, reason=reason,
                                 body=body, password=password, otp=code or None)
            return f"/notes/{note_id}"

        return web.change(request, csrf_token, action, on_error=lambda viewer, error: note_page(
            viewer, note_id, error=error, typed={"reason": reason, "body": body}))

    @router.get("/notes/{note_id}/pdf")
    def note_pdf(request: Request, note_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                document = export.signed_note_document(db, keys=keys, actor=viewer.actor,
                                                       note_id=note_id)
            return pdf_response(document, f"note-{note_id[:8]}.pdf")

        return web.guarded(request, work)

    @router.get("/clients/{client_id}/record/pdf")
    def record_pdf(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                document = export.client_record_document(db, keys=keys, actor=viewer.actor,
                                                         client_id=client_id)
            return pdf_response(document, f"record-{client_id[:8]}.pdf")

        return web.guarded(request, work)

    # ---- psychotherapy notes -------------------------------------------------------------

    @router.get("/clients/{client_id}/psychotherapy", response_class=HTMLResponse)
    def psychotherapy(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                listed = records.list_psychotherapy_notes(db, actor=viewer.actor,
                                                          client_id=client_id)
            return viewer.page("psychotherapy.html", notes=listed, client_id=client_id,
                               body=None)

        return web.guarded(request, work)

    @router.post("/clients/{client_id}/psychotherapy")
    def write_psychotherapy(request: Request, client_id: str, body: str = Form(""),
                            csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            note_id = records.write_psychotherapy_note(db, keys=keys, actor=actor,
                                                       client_id=client_id, body=body)
            return f"/psychotherapy/{note_id}"

        return web.change(request, csrf_token, action)

    @router.get("/psychotherapy/{note_id}", response_class=HTMLResponse)
    def psychotherapy_note(request: Request, note_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                found = records.read_psychotherapy_note(db, keys=keys, actor=viewer.actor,
                                                        note_id=note_id)
            return viewer.page("psychotherapy.html", notes=None, client_id=found["client_id"],
                               body=found["body"], written=found["created_at"])

        return web.guarded(request, work)

    @router.get("/clients/{client_id}/audit", response_class=HTMLResponse)
    def client_audit(request: Request, client_id: str) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                rows = records.client_audit_trail(db, actor=viewer.actor, client_id=client_id)
            return viewer.page("audit.html", rows=rows, client_id=client_id)

        return web.guarded(request, work)

    return router


def pdf_response(document: bytes, filename: str) -> Response:
    """A PDF download; the file name holds no PHI (only part of an opaque id)."""
    return Response(document, media_type="application/pdf", headers={
        **PDF_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'})


def flagged_pieces(body: str, flags: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    """The draft as (text, flag number or None) runs, so flagged sentences show inline."""
    marks: list[tuple[int, int, int]] = []
    for number, flag in enumerate(flags, start=1):
        sentence = str(flag.get("sentence") or "")
        start = body.find(sentence) if sentence and not flag.get("resolved") else -1
        if start >= 0 and all(start >= e or start + len(sentence) <= s for s, e, _ in marks):
            marks.append((start, start + len(sentence), number))
    pieces: list[tuple[str, int | None]] = []
    cursor = 0
    for start, end, number in sorted(marks):
        pieces += [(body[cursor:start], None), (body[start:end], number)]
        cursor = end
    pieces.append((body[cursor:], None))
    return [piece for piece in pieces if piece[0]]
