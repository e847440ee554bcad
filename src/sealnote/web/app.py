"""The web app: security headers on every response, sign-in with CSRF protection, and the
first clinician pages (clients and a client's chart). Server-rendered, no inline script."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.actor import Actor
from sealnote.errors import (
    AuthenticationFailed,
    MfaRequired,
    NotFound,
    PermissionDenied,
    SealnoteError,
)
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Practice as PracticeRow

HERE = Path(__file__).parent
SESSION_COOKIE = "sealnote_session"
CSRF_COOKIE = "sealnote_csrf"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


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
                except MfaRequired:
                    user = db.scalar(select(User).where(User.email == email.strip().lower()))
                    assert user is not None
                    token, _ = access.start_session(db, user_id=user.id, auth_method="password",
                                                    state="mfa")
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

    @app.get("/clients", response_class=HTMLResponse)
    def clients(request: Request) -> Response:
        current = signed_in(request)
        if current is None:
            return to_login()
        actor, csrf = current
        with practice.transaction() as db:
            listed = records.list_clients(db, keys=practice.keys, actor=actor)
        return page(request, "clients.html", clients=listed, csrf_token=csrf)

    @app.get("/clients/{client_id}", response_class=HTMLResponse)
    def client_chart(request: Request, client_id: str) -> Response:
        current = signed_in(request)
        if current is None:
            return to_login()
        actor, csrf = current
        try:
            with practice.transaction() as db:
                chart = records.get_chart(db, keys=practice.keys, actor=actor,
                                          client_id=client_id)
                try:
                    notes = records.list_notes(db, actor=actor, client_id=client_id)
                except PermissionDenied:
                    notes = None
        except (PermissionDenied, NotFound):
            # The same answer whether the client exists or not; the attempt is audited.
            return page(request, "error.html", 404, title="Not found",
                        message="That record was not found, or you do not have access to it.",
                        hint="Open your clients from the Clients page.", csrf_token=csrf)
        return page(request, "client.html", chart=chart, notes=notes, csrf_token=csrf)

    @app.exception_handler(SealnoteError)
    def sealnote_error(request: Request, error: SealnoteError) -> Response:
        return page(request, "error.html", 400, title="That did not work",
                    message=error.message, hint=error.hint)

    return app
