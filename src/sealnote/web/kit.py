"""What every page shares: rendering, who is signed in, CSRF, and turning errors into pages.

Domain `views.py` modules build their routes on a `Web`; each signed-in page runs through
`Web.guarded`, so sign-in, CSRF and "not found or not yours" are handled in one place."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.actor import Actor
from sealnote.documents import RENDERERS, Letter
from sealnote.drafting.audio import Transcriber
from sealnote.errors import InvalidInput, NotFound, PermissionDenied, SealnoteError
from sealnote.practice import Practice

HERE = Path(__file__).parent
SESSION_COOKIE = "sealnote_session"
CSRF_COOKIE = "sealnote_csrf"


def source(request: Request) -> str:
    """The peer address, for audit events."""
    return request.client.host if request.client else "unknown"


def csrf_ok(expected: str | None, given: str | None) -> bool:
    """True when a form's token matches the one its session (or cookie) holds."""
    return bool(expected) and secrets.compare_digest(expected or "", given or "")


def check_format(fmt: str) -> None:
    """Refuse (as not found) a document format Sealnote does not write."""
    if fmt not in RENDERERS:
        raise NotFound("There is no such document format.", hint="Use pdf or docx.")


def download(letter: Letter, fmt: str, stem: str) -> Response:
    """A letter or report as a PDF or DOCX download; the file name holds no PHI."""
    check_format(fmt)
    media_type, render = RENDERERS[fmt]
    return Response(render(letter), media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt}"'})


def form_date(value: str) -> date | None:
    """A YYYY-MM-DD form field (blank means none), or a clear error."""
    value = value.strip()
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise InvalidInput(f"{value!r} is not a date.", hint="Use YYYY-MM-DD.") from None


def required_date(value: str, what: str) -> date:
    """A date a form must carry (`what` names it in the error)."""
    found = form_date(value)
    if found is None:
        raise InvalidInput(f"Give {what}.", hint="Dates are YYYY-MM-DD.")
    return found


@dataclass(frozen=True)
class Viewer:
    """A signed-in user on one request: renders pages with their CSRF token and roles."""

    web: Web
    request: Request
    actor: Actor
    csrf: str

    def page(self, template: str, status: int = 200, **context: Any) -> Response:
        return self.web.page(self.request, template, status, csrf_token=self.csrf,
                             roles=self.actor.roles, **context)

    def redirect(self, url: str) -> Response:
        return RedirectResponse(url, status_code=303)


class Web:
    """The opened practice plus the page machinery the views share."""

    def __init__(self, practice: Practice, *, transcriber: Callable[[], Transcriber]) -> None:
        self.practice = practice
        self.keys = practice.keys
        self.templates = Jinja2Templates(directory=HERE / "templates")
        self.transcriber = transcriber

    def page(self, request: Request, template: str, status: int = 200,
             **context: Any) -> Response:
        return self.templates.TemplateResponse(request, template, context, status_code=status)

    def set_cookie(self, request: Request, response: Response, name: str, value: str) -> None:
        response.set_cookie(name, value, httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")

    def signed_in(self, request: Request) -> Viewer | None:
        """The signed-in user of this request, or None."""
        with self.practice.transaction() as db:
            row = access.find_session(db, token=request.cookies.get(SESSION_COOKIE),
                                      idle_minutes=self.practice.settings.idle_timeout_minutes)
            if row is None:
                return None
            actor = access.session_actor(db, row=row, source_addr=source(request))
            return Viewer(self, request, actor, row.csrf_token) if actor else None

    def to_login(self, *, forget: bool = False) -> Response:
        response = RedirectResponse("/login", status_code=303)
        if forget:  # after sign-out; a stale cookie elsewhere is harmless (looked up, not trusted)
            response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def refused(self, request: Request) -> Response:
        return self.page(request, "error.html", 403, title="This form has expired",
                         message="For your security the form could not be accepted.",
                         hint="Go back, reload the page and try again.")

    def guarded(self, request: Request, work: Callable[[Viewer], Response], *,
                csrf_token: str | None = None) -> Response:
        """Run a page for a signed-in user: sign-in, CSRF (for forms) and errors handled once."""
        viewer = self.signed_in(request)
        if viewer is None:
            return self.to_login()
        if csrf_token is not None and not csrf_ok(viewer.csrf, csrf_token):
            return self.refused(request)
        try:
            return work(viewer)
        except (PermissionDenied, NotFound):
            # The same answer whether the record exists or not; the refusal itself is audited.
            return viewer.page("error.html", 404, title="Not found",
                               message="That record was not found, or you do not have access "
                                       "to it.",
                               hint="Open your clients from the Clients page.")
        except SealnoteError as error:
            return viewer.page("error.html", 400, title="That did not work",
                               message=error.message, hint=error.hint)

    def change(self, request: Request, csrf_token: str,
               action: Callable[[Session, Actor], str], *,
               on_error: Callable[[Viewer, SealnoteError], Response] | None = None
               ) -> Response:
        """A form that changes something in one transaction, then shows the URL it returns.
        `on_error` may show the form again with what was typed, so nothing typed is lost."""
        def work(viewer: Viewer) -> Response:
            try:
                with self.practice.transaction() as db:
                    target = action(db, viewer.actor)
            except (PermissionDenied, NotFound):
                raise
            except SealnoteError as error:
                if on_error is None:
                    raise
                return on_error(viewer, error)
            return viewer.redirect(target)

        return self.guarded(request, work, csrf_token=csrf_token)
