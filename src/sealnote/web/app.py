"""The web app: security headers on every response, the domain pages, and the JSON API.
Server-rendered, our own CSS and JavaScript, no inline script and nothing from elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import func, select
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from sealnote.access import views as access_views
from sealnote.access.models import User
from sealnote.breach import views as breach_views
from sealnote.compliance import views as compliance_views
from sealnote.drafting import views as drafting_views
from sealnote.drafting.audio import Transcriber, whisper_transcriber
from sealnote.errors import SealnoteError
from sealnote.practice import Practice
from sealnote.records import views as records_views
from sealnote.records.models import Practice as PracticeRow
from sealnote.web import api
from sealnote.web.kit import HERE, Web

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


def create_app(practice: Practice, *,
               transcriber: Callable[[], Transcriber] = whisper_transcriber) -> FastAPI:
    """The Sealnote web app for one opened practice."""
    app = FastAPI(title="Sealnote", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/api", api.create_api(practice))
    web = Web(practice, transcriber=transcriber)
    app.state.practice = practice

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        if web.signed_in(request):
            return RedirectResponse("/dashboard", status_code=303)
        with practice.sessions() as db:
            row = db.scalars(select(PracticeRow)).first()
            staff = db.scalar(select(func.count(User.id))) or 0
        return web.page(request, "home.html", practice_name=row.name if row else "Sealnote",
                        staff=staff, is_demo=bool(row and row.is_demo))

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        with practice.sessions() as db:
            db.scalar(select(func.count(PracticeRow.id)))
        return JSONResponse({"status": "ok"})

    for views in (access_views, records_views, drafting_views, compliance_views, breach_views):
        app.include_router(views.routes(web))

    @app.exception_handler(SealnoteError)
    def sealnote_error(request: Request, error: SealnoteError) -> Response:
        return web.page(request, "error.html", 400, title="That did not work",
                        message=error.message, hint=error.hint)

    return app
