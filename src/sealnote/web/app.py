"""The web app: security headers on every response, sign-in with CSRF protection, and the
first clinician pages (clients and a client's chart). Server-rendered, no inline script."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.actor import Actor
from sealnote.boundary.surrogates import PLACEHOLDER
from sealnote.drafting import flows as drafting
from sealnote.drafting import service as drafting_service
from sealnote.drafting.formats import BUILT_IN
from sealnote.drafting.modalities import MODALITIES
from sealnote.drafting.providers.offline import OfflineProvider
from sealnote.errors import (
    AuthenticationFailed,
    MfaRequired,
    NotFound,
    PermissionDenied,
    SealnoteError,
)
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Note as NoteRow
from sealnote.records.models import Practice as PracticeRow

HERE = Path(__file__).parent
SESSION_COOKIE = "sealnote_session"
CSRF_COOKIE = "sealnote_csrf"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def placeholder_pieces(text: str) -> list[tuple[str, bool]]:
    """The released text as (piece, is_placeholder) runs, so the page can highlight them."""
    pieces, cursor = [], 0
    for match in PLACEHOLDER.finditer(text):
        pieces.append((text[cursor:match.start()], False))
        pieces.append((match.group(0), True))
        cursor = match.end()
    pieces.append((text[cursor:], False))
    return [piece for piece in pieces if piece[0]]


class SecurityHeaders(BaseHTTPMiddleware):
    """Strict headers on every response; nothing Sealnote serves may be cached."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Permissions-Policy"] = "camera=(), geolocation=(), microphone=(self)"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response


def create_app(practice: Practice) -> FastAPI:
    """The Sealnote web app for one opened practice."""
    app = FastAPI(title="Sealnote", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    app.state.practice = practice
    idle = practice.settings.idle_timeout_minutes

    def source(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def set_cookie(request: Request, response: Response, name: str, value: str) -> None:
        response.set_cookie(name, value, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def signed_in(request: Request) -> tuple[Actor, str] | None:
        """The signed-in actor and the session's CSRF token, or None."""
        with practice.transaction() as db:
            row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                      idle_minutes=idle)
            if row is None:
                return None
            actor = access.session_actor(db, row=row, source_addr=source(request))
            return (actor, row.csrf_token) if actor else None

    def to_login(*, forget: bool = False) -> Response:
        response = RedirectResponse("/login", status_code=303)
        if forget:  # after sign-out; a stale cookie elsewhere is harmless (looked up, not trusted)
            response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def csrf_ok(expected: str | None, given: str) -> bool:
        return bool(expected) and secrets.compare_digest(expected or "", given or "")

    def refused(request: Request) -> Response:
        return page(request, "error.html", 403, title="This form has expired",
                    message="For your security the form could not be accepted.",
                    hint="Go back, reload the page and try again.")

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        if signed_in(request):
            return RedirectResponse("/clients", status_code=303)
        with practice.sessions() as db:
            row = db.scalars(select(PracticeRow)).first()
            staff = db.scalar(select(func.count(User.id))) or 0
        return page(request, "home.html", practice_name=row.name if row else "Sealnote",
                    staff=staff, is_demo=bool(row and row.is_demo))

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        with practice.sessions() as db:
            db.scalar(select(func.count(PracticeRow.id)))
        return JSONResponse({"status": "ok"})

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> Response:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = page(request, "login.html", csrf_token=token, error=None)
        set_cookie(request, response, CSRF_COOKIE, token)
        return response

    @app.post("/login", response_class=HTMLResponse)
    def login(request: Request, email: str = Form(""), password: str = Form(""),
              csrf_token: str = Form("")) -> Response:
        if not csrf_ok(request.cookies.get(CSRF_COOKIE), csrf_token):
            return refused(request)
        try:
            with practice.transaction() as db:
                try:
                    actor = access.authenticate(
                        db, keys=practice.keys, email=email, password=password,
                        source_addr=source(request),
                        lockout_threshold=practice.settings.lockout_threshold,
                        lockout_minutes=practice.settings.lockout_minutes)
                    token, _ = access.start_session(db, user_id=actor.user_id,
                                                    auth_method=actor.auth_method)
                    target = "/clients"
                except MfaRequired as second_step:
                    token, _ = access.start_session(db, user_id=second_step.user_id,
                                                    auth_method="password", state="mfa")
                    target = "/login/mfa"
        except AuthenticationFailed as failure:
            return page(request, "login.html", 400, csrf_token=csrf_token,
                        error=failure.message, hint=failure.hint)
        response = RedirectResponse(target, status_code=303)
        set_cookie(request, response, SESSION_COOKIE, token)
        return response

    @app.get("/login/mfa", response_class=HTMLResponse)
    def mfa_form(request: Request) -> Response:
        with practice.transaction() as db:
            row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                      idle_minutes=5, state="mfa")
            if row is None:
                return to_login()
            return page(request, "mfa.html", csrf_token=row.csrf_token, error=None)

    @app.post("/login/mfa", response_class=HTMLResponse)
    def mfa(request: Request, code: str = Form(""), csrf_token: str = Form("")) -> Response:
        try:
            with practice.transaction() as db:
                row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                          idle_minutes=5, state="mfa")
                if row is None:
                    return to_login()
                if not csrf_ok(row.csrf_token, csrf_token):
                    return refused(request)
                access.complete_mfa(db, keys=practice.keys, row=row, otp=code,
                                    source_addr=source(request))
        except AuthenticationFailed as failure:
            return page(request, "mfa.html", 400, csrf_token=csrf_token, error=failure.message)
        return RedirectResponse("/clients", status_code=303)

    @app.post("/logout")
    def logout(request: Request, csrf_token: str = Form("")) -> Response:
        current = signed_in(request)
        if current is None:
            return to_login()
        if not csrf_ok(current[1], csrf_token):
            return refused(request)
        with practice.transaction() as db:
            access.end_session(db, token=request.cookies.get(SESSION_COOKIE))
        return to_login(forget=True)

    def not_found(request: Request, csrf: str) -> Response:
        # The same answer whether the record exists or not; the refusal itself is audited.
        return page(request, "error.html", 404, title="Not found",
                    message="That record was not found, or you do not have access to it.",
                    hint="Open your clients from the Clients page.", csrf_token=csrf)

    def guarded(request: Request, work: Callable[[Actor, str], Response], *,
                csrf_token: str | None = None) -> Response:
        """Run a page for a signed-in user: sign-in, CSRF (for forms) and errors handled once."""
        current = signed_in(request)
        if current is None:
            return to_login()
        actor, csrf = current
        if csrf_token is not None and not csrf_ok(csrf, csrf_token):
            return refused(request)
        try:
            return work(actor, csrf)
        except (PermissionDenied, NotFound):
            return not_found(request, csrf)
        except SealnoteError as error:
            return page(request, "error.html", 400, title="That did not work",
                        message=error.message, hint=error.hint, csrf_token=csrf)

    def note_action(request: Request, note_id: str, csrf_token: str,
                    action: Callable[[Session, Actor], object]) -> Response:
        """A form that changes a note, then shows the note again."""
        def work(actor: Actor, csrf: str) -> Response:
            with practice.transaction() as db:
                action(db, actor)
            return RedirectResponse(f"/notes/{note_id}", status_code=303)

        return guarded(request, work, csrf_token=csrf_token)

    @app.get("/clients", response_class=HTMLResponse)
    def clients(request: Request) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            with practice.transaction() as db:
                listed = records.list_clients(db, keys=practice.keys, actor=actor)
            return page(request, "clients.html", clients=listed, csrf_token=csrf)

        return guarded(request, work)

    @app.get("/clients/{client_id}", response_class=HTMLResponse)
    def client_chart(request: Request, client_id: str) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            with practice.transaction() as db:
                chart = records.get_chart(db, keys=practice.keys, actor=actor,
                                          client_id=client_id)
                try:
                    notes = records.list_notes(db, actor=actor, client_id=client_id)
                except PermissionDenied:
                    notes = None  # demographics only (front desk, privacy officer)
            return page(request, "client.html", chart=chart, notes=notes, csrf_token=csrf,
                        client_id=client_id,
                        formats=[(f.key, f.title) for f in BUILT_IN.values()],
                        modalities=[(m.key, m.title) for m in MODALITIES.values()])

        return guarded(request, work)

    @app.post("/clients/{client_id}/preview", response_class=HTMLResponse)
    def preview(request: Request, client_id: str, dictation: str = Form(""),
                note_format: str = Form("SOAP"), modality: str = Form(""),
                csrf_token: str = Form("")) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            released = drafting.preview(practice, actor=actor, client_id=client_id,
                                        text=dictation)
            return page(request, "preview.html", client_id=client_id, dictation=dictation,
                        note_format=note_format, modality=modality, csrf_token=csrf,
                        pieces=placeholder_pieces(released.text))

        return guarded(request, work, csrf_token=csrf_token)

    @app.post("/clients/{client_id}/draft", response_class=HTMLResponse)
    def make_draft(request: Request, client_id: str, dictation: str = Form(""),
                   note_format: str = Form("SOAP"), modality: str = Form(""),
                   csrf_token: str = Form("")) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            with practice.sessions() as db:
                fmt, style = drafting_service.choices_for(
                    db, user_id=actor.user_id, note_format=note_format or None,
                    modality=modality or None)
            outcome = drafting.draft_note(practice, actor=actor, client_id=client_id,
                                          text=dictation, note_format=fmt, modality=style,
                                          provider=OfflineProvider())
            return RedirectResponse(f"/notes/{outcome.note_id}", status_code=303)

        return guarded(request, work, csrf_token=csrf_token)

    @app.get("/notes/{note_id}", response_class=HTMLResponse)
    def note(request: Request, note_id: str) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            with practice.transaction() as db:
                view = records.read_note(db, keys=practice.keys, actor=actor, note_id=note_id)
                row = db.get(NoteRow, note_id)
                flags = records.note_flags(practice.keys, row) if row else []
            return page(request, "note.html", note=view, flags=list(enumerate(flags)),
                        csrf_token=csrf)

        return guarded(request, work)

    @app.post("/notes/{note_id}/edit")
    def edit_note(request: Request, note_id: str, body: str = Form(""),
                  csrf_token: str = Form("")) -> Response:
        return note_action(request, note_id, csrf_token, lambda db, actor: records.update_draft(
            db, keys=practice.keys, actor=actor, note_id=note_id, body=body))

    @app.post("/notes/{note_id}/flags")
    async def resolve_flags(request: Request, note_id: str) -> Response:
        form = await request.form()
        indexes = [int(str(v)) for v in form.getlist("flag") if str(v).isdigit()]
        return note_action(request, note_id, str(form.get("csrf_token", "")),
                           lambda db, actor: records.resolve_flags(
                               db, keys=practice.keys, actor=actor, note_id=note_id,
                               indexes=indexes))

    @app.post("/notes/{note_id}/sign")
    def sign(request: Request, note_id: str, password: str = Form(""), code: str = Form(""),
             acknowledge: str = Form(""), csrf_token: str = Form("")) -> Response:
        return note_action(request, note_id, csrf_token, lambda db, actor: records.sign_note(
            db, keys=practice.keys, actor=actor, note_id=note_id, password=password,
            otp=code or None, acknowledge_flags=acknowledge == "yes"))

    @app.post("/notes/{note_id}/addenda")
    def addendum(request: Request, note_id: str, reason: str = Form(""), body: str = Form(""),
                 password: str = Form(""), code: str = Form(""),
                 csrf_token: str = Form("")) -> Response:
        return note_action(request, note_id, csrf_token, lambda db, actor: records.add_addendum(
            db, keys=practice.keys, actor=actor, note_id=note_id, reason=reason, body=body,
            password=password, otp=code or None))

    @app.get("/clients/{client_id}/audit", response_class=HTMLResponse)
    def client_audit(request: Request, client_id: str) -> Response:
        def work(actor: Actor, csrf: str) -> Response:
            with practice.transaction() as db:
                rows = records.client_audit_trail(db, actor=actor, client_id=client_id)
            return page(request, "audit.html", rows=rows, client_id=client_id, csrf_token=csrf)

        return guarded(request, work)

    @app.exception_handler(SealnoteError)
    def sealnote_error(request: Request, error: SealnoteError) -> Response:
        return page(request, "error.html", 400, title="That did not work",
                    message=error.message, hint=error.hint)

    return app
