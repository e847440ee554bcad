"""Sign-in (password, then TOTP), sign-out, the user's own account, and user management."""

from __future__ import annotations

import io
import secrets

import segno
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Role
from sealnote.actor import Actor
from sealnote.compliance import service as compliance
from sealnote.errors import AuthenticationFailed, InvalidInput, MfaRequired
from sealnote.web.kit import CSRF_COOKIE, SESSION_COOKIE, Viewer, Web, csrf_ok, source

ROLE_TITLES = {Role.CLINICIAN: "Clinician", Role.SUPERVISOR: "Supervisor",
               Role.FRONT_DESK: "Front desk", Role.PRIVACY_OFFICER: "Privacy officer",
               Role.ADMIN: "Administrator"}


def qr_svg(uri: str) -> str:
    """An otpauth:// URI as an SVG QR code, drawn here (no image service sees the secret)."""
    out = io.BytesIO()
    segno.make(uri, error="m").save(out, kind="svg", scale=4, xmldecl=False, svgns=True,
                                    title="Scan with your authenticator app")
    return out.getvalue().decode()


def routes(web: Web) -> APIRouter:
    router = APIRouter()
    practice = web.practice
    idle_for_second_step = 5  # minutes between the password and the code

    @router.get("/login", response_class=HTMLResponse)
    def login_form(request: Request) -> Response:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = web.page(request, "login.html", csrf_token=token, error=None)
        web.set_cookie(request, response, CSRF_COOKIE, token)
        return response

    @router.post("/login", response_class=HTMLResponse)
    def login(request: Request, email: str = Form(""), password: str = Form(""),
              csrf_token: str = Form("")) -> Response:
        if not csrf_ok(request.cookies.get(CSRF_COOKIE), csrf_token):
            return web.refused(request)
        try:
            with practice.transaction() as db:
                try:
                    actor = access.authenticate(
                        db, keys=web.keys, email=email, password=password,
                        source_addr=source(request),
                        lockout_threshold=practice.settings.lockout_threshold,
                        lockout_minutes=practice.settings.lockout_minutes)
                    token, _ = access.start_session(db, user_id=actor.user_id,
                                                    auth_method=actor.auth_method)
                    target = "/dashboard"
                except MfaRequired as second_step:
                    token, _ = access.start_session(db, user_id=second_step.user_id,
                                                    auth_method="password", state="mfa")
                    target = "/login/mfa"
        except AuthenticationFailed as failure:
            return web.page(request, "login.html", 400, csrf_token=csrf_token,
                            error=failure.message, hint=failure.hint)
        response = RedirectResponse(target, status_code=303)
        web.set_cookie(request, response, SESSION_COOKIE, token)
        return response

    @router.get("/login/mfa", response_class=HTMLResponse)
    def mfa_form(request: Request) -> Response:
        with practice.transaction() as db:
            row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                      idle_minutes=idle_for_second_step, state="mfa")
            if row is None:
                return web.to_login()
            return web.page(request, "mfa.html", csrf_token=row.csrf_token, error=None)

    @router.post("/login/mfa", response_class=HTMLResponse)
    def mfa(request: Request, code: str = Form(""), csrf_token: str = Form("")) -> Response:
        try:
            with practice.transaction() as db:
                row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                          idle_minutes=idle_for_second_step, state="mfa")
                if row is None:
                    return web.to_login()
                if not csrf_ok(row.csrf_token, csrf_token):
                    return web.refused(request)
                access.complete_mfa(db, keys=web.keys, row=row, otp=code,
                                    source_addr=source(request))
        except AuthenticationFailed as failure:
            return web.page(request, "mfa.html", 400, csrf_token=csrf_token,
                            error=failure.message)
        return RedirectResponse("/dashboard", status_code=303)

    @router.post("/logout")
    def logout(request: Request, csrf_token: str = Form("")) -> Response:
        viewer = web.signed_in(request)
        if viewer is None:
            return web.to_login()
        if not csrf_ok(viewer.csrf, csrf_token):
            return web.refused(request)
        with practice.transaction() as db:
            access.end_session(db, token=request.cookies.get(SESSION_COOKIE))
        return web.to_login(forget=True)

    # ---- the user's own account ----------------------------------------------------------

    def account_page(viewer: Viewer, *, enrolment: tuple[str, str] | None = None,
                     recovery: list[str] | None = None, new_token: str | None = None,
                     message: str | None = None) -> Response:
        with practice.sessions() as db:
            me = db.get(User, viewer.actor.user_id)
            tokens = access.list_api_tokens(db, actor=viewer.actor)
            acknowledged = compliance.policy_acknowledged(db, user_id=viewer.actor.user_id)
        return viewer.page("account.html", me=me, tokens=tokens, new_token=new_token,
                           acknowledged=acknowledged,
                           secret=enrolment[0] if enrolment else None,
                           qr=qr_svg(enrolment[1]) if enrolment else None,
                           recovery=recovery, message=message)

    @router.get("/account", response_class=HTMLResponse)
    def account(request: Request) -> Response:
        return web.guarded(request, account_page)

    @router.post("/account/mfa/start", response_class=HTMLResponse)
    def mfa_start(request: Request, csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                enrolment = access.begin_mfa_enrollment(db, keys=web.keys, actor=viewer.actor)
            return account_page(viewer, enrolment=enrolment)

        return web.guarded(request, work, csrf_token=csrf_token)

    @router.post("/account/mfa/confirm", response_class=HTMLResponse)
    def mfa_confirm(request: Request, code: str = Form(""),
                    csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                codes = access.confirm_mfa_enrollment(db, keys=web.keys, actor=viewer.actor,
                                                      otp=code)
            return account_page(viewer, recovery=codes,
                                message="Two-step sign-in is on. Keep these recovery codes "
                                        "somewhere safe: each works once.")

        return web.guarded(request, work, csrf_token=csrf_token)

    @router.post("/account/password", response_class=HTMLResponse)
    def change_password(request: Request, current_password: str = Form(""),
                        new_password: str = Form(""), confirm_password: str = Form(""),
                        csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            if new_password != confirm_password:
                raise InvalidInput("The two new passwords differ; nothing changed.",
                                   hint="Type the new password twice, the same way.")
            with practice.transaction() as db:
                access.set_password(db, actor=viewer.actor, user_id=viewer.actor.user_id,
                                    new_password=new_password,
                                    current_password=current_password)
            return account_page(viewer, message="Your password was changed.")

        return web.guarded(request, work, csrf_token=csrf_token)

    @router.post("/account/tokens", response_class=HTMLResponse)
    def new_token(request: Request, label: str = Form(""),
                  csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:
                token = access.create_api_token(db, actor=viewer.actor, label=label)
            return account_page(viewer, new_token=token)

        return web.guarded(request, work, csrf_token=csrf_token)

    @router.post("/account/tokens/{token_id}/revoke")
    def revoke_token(request: Request, token_id: str, csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            access.revoke_api_token(db, actor=actor, token_id=token_id)
            return "/account"

        return web.change(request, csrf_token, action)

    # ---- user management (administrators) ------------------------------------------------

    @router.get("/admin/users", response_class=HTMLResponse)
    def users(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                listed = access.list_users(db, actor=viewer.actor)
            return viewer.page("users.html", users=listed, role_titles=ROLE_TITLES)

        return web.guarded(request, work)

    @router.post("/admin/users")
    async def add_user(request: Request) -> Response:
        form = await request.form()
        roles = {str(r) for r in form.getlist("roles")}

        def action(db: Session, actor: Actor) -> str:
            access.create_user(db, actor=actor,
                               email=str(form.get("email", "")),
                               display_name=str(form.get("display_name", "")).strip(),
                               roles=roles, password=str(form.get("password", "")),
                               supervisor_id=str(form.get("supervisor_id") or "") or None)
            return "/admin/users"

        return web.change(request, str(form.get("csrf_token", "")), action)

    @router.post("/admin/users/{user_id}")
    async def edit_user(request: Request, user_id: str) -> Response:
        form = await request.form()
        roles = {str(r) for r in form.getlist("roles")}

        def action(db: Session, actor: Actor) -> str:
            access.update_user(db, actor=actor, user_id=user_id,
                               roles=roles, active=form.get("active") == "yes",
                               supervisor_id=str(form.get("supervisor_id") or "") or None,
                               reset_mfa=form.get("reset_mfa") == "yes")
            new_password = str(form.get("new_password", ""))
            if new_password:
                access.set_password(db, actor=actor, user_id=user_id,
                                    new_password=new_password)
            return "/admin/users"

        return web.change(request, str(form.get("csrf_token", "")), action)

    return router
