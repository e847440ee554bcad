"""The web app factory: security headers on every response, server-rendered pages."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from sealnote.access.models import User
from sealnote.practice import Practice
from sealnote.records.models import Practice as PracticeRow

HERE = Path(__file__).parent
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

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        with practice.sessions() as db:
            row = db.scalars(select(PracticeRow)).first()
            staff = db.scalar(select(func.count(User.id))) or 0
        return templates.TemplateResponse(request, "home.html", {
            "practice_name": row.name if row else "Sealnote", "staff": staff,
            "is_demo": bool(row and row.is_demo)})

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        with practice.sessions() as db:
            db.scalar(select(func.count(PracticeRow.id)))
        return JSONResponse({"status": "ok"})

    return app
