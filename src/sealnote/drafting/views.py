"""Drafting pages: what will leave, the draft itself (offline or a permitted model), audio
dictation, and the settings clinicians and administrators keep (defaults, templates,
model endpoints)."""

from __future__ import annotations

import os
import tempfile
from itertools import zip_longest
from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.boundary.surrogates import PLACEHOLDER
from sealnote.compliance import service as compliance
from sealnote.drafting import flows
from sealnote.drafting import service as drafting
from sealnote.drafting.audio import transcribe_and_delete
from sealnote.drafting.modalities import MODALITIES
from sealnote.errors import InvalidInput
from sealnote.web.kit import Viewer, Web

AUDIO_TYPES = {".wav", ".mp3", ".m4a", ".ogg", ".webm", ".flac"}
MAX_AUDIO_BYTES = 200 * 1024 * 1024


def placeholder_pieces(text: str) -> list[tuple[str, bool]]:
    """The released text as (piece, is_placeholder) runs, so the page can highlight them."""
    pieces, cursor = [], 0
    for match in PLACEHOLDER.finditer(text):
        pieces.append((text[cursor:match.start()], False))
        pieces.append((match.group(0), True))
        cursor = match.end()
    pieces.append((text[cursor:], False))
    return [piece for piece in pieces if piece[0]]


def routes(web: Web) -> APIRouter:
    router = APIRouter()
    practice = web.practice

    def preview_page(viewer: Viewer, *, client_id: str, dictation: str, note_format: str,
                     modality: str, provider: str) -> Response:
        released = flows.preview(practice, actor=viewer.actor, client_id=client_id,
                                 text=dictation)
        return viewer.page("preview.html", client_id=client_id, dictation=dictation,
                           note_format=note_format, modality=modality, provider=provider,
                           pieces=placeholder_pieces(released.text),
                           placeholders=len(PLACEHOLDER.findall(released.text)))

    @router.post("/clients/{client_id}/preview", response_class=HTMLResponse)
    def preview(request: Request, client_id: str, dictation: str = Form(""),
                note_format: str = Form(""), modality: str = Form(""),
                provider: str = Form(drafting.OFFLINE), csrf_token: str = Form("")) -> Response:
        return web.guarded(request, lambda viewer: preview_page(
            viewer, client_id=client_id, dictation=dictation, note_format=note_format,
            modality=modality, provider=provider), csrf_token=csrf_token)

    @router.post("/clients/{client_id}/audio", response_class=HTMLResponse)
    def audio(request: Request, client_id: str, recording: UploadFile | None = File(None),
              note_format: str = Form(""), modality: str = Form(""),
              provider: str = Form(drafting.OFFLINE), csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.transaction() as db:  # nobody else's client gets transcribed
                access.authorize(db, actor=viewer.actor, permission=Permission.NOTE_WRITE,
                                 client_id=client_id)
            text = transcribe_upload(recording)
            return preview_page(viewer, client_id=client_id, dictation=text,
                                note_format=note_format, modality=modality, provider=provider)

        return web.guarded(request, work, csrf_token=csrf_token)

    def transcribe_upload(recording: UploadFile | None) -> str:
        if recording is None:
            raise InvalidInput("No recording was attached.", hint="Choose an audio file first.")
        suffix = Path(recording.filename or "").suffix.lower()
        if suffix not in AUDIO_TYPES:
            raise InvalidInput("That file is not an audio recording Sealnote can read.",
                               hint="Upload " + ", ".join(sorted(AUDIO_TYPES)) + ".")
        transcriber = web.transcriber()  # says what to install before any audio is stored
        folder = Path(practice.settings.data_dir) / "tmp"
        folder.mkdir(mode=0o700, exist_ok=True)
        handle, name = tempfile.mkstemp(suffix=suffix, dir=folder)
        path = Path(name)
        try:
            with os.fdopen(handle, "wb") as out:
                size = 0
                while chunk := recording.file.read(1 << 20):
                    size += len(chunk)
                    if size > MAX_AUDIO_BYTES:
                        raise InvalidInput("That recording is larger than 200 MB.",
                                           hint="Split it, or record at a lower bit rate.")
                    out.write(chunk)
            return transcribe_and_delete(path, transcriber=transcriber)
        finally:
            path.unlink(missing_ok=True)

    @router.post("/clients/{client_id}/draft", response_class=HTMLResponse)
    def make_draft(request: Request, client_id: str, dictation: str = Form(""),
                   note_format: str = Form(""), modality: str = Form(""),
                   provider: str = Form(drafting.OFFLINE), csrf_token: str = Form("")) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                fmt, style = drafting.choices_for(
                    db, user_id=viewer.actor.user_id, note_format=note_format or None,
                    modality=modality or None)
                chosen = drafting.provider_for(db, keys=web.keys, choice=provider)
            outcome = flows.draft_note(practice, actor=viewer.actor, client_id=client_id,
                                       text=dictation, note_format=fmt, modality=style,
                                       provider=chosen)
            return viewer.redirect(f"/notes/{outcome.note_id}")

        return web.guarded(request, work, csrf_token=csrf_token)

    # ---- settings ------------------------------------------------------------------------

    @router.get("/settings", response_class=HTMLResponse)
    def settings(request: Request) -> Response:
        def work(viewer: Viewer) -> Response:
            with practice.sessions() as db:
                usual_format, usual_modality = drafting.defaults_of(
                    db, user_id=viewer.actor.user_id)
                context: dict[str, Any] = {"formats": drafting.format_choices(db),
                           "templates": drafting.latest_templates(db),
                           "endpoints": compliance.list_endpoints(db)}
                is_admin = access.may_practice(db, actor=viewer.actor,
                                               permission=Permission.USERS_MANAGE)
            return viewer.page("settings.html", usual_format=usual_format,
                               usual_modality=usual_modality, is_admin=is_admin,
                               modalities=[(m.key, m.title) for m in MODALITIES.values()],
                               **context)

        return web.guarded(request, work)

    @router.post("/settings/defaults")
    def save_defaults(request: Request, note_format: str = Form("SOAP"),
                      modality: str = Form(""), csrf_token: str = Form("")) -> Response:
        def action(db: Session, actor: Actor) -> str:
            drafting.set_defaults(db, actor=actor, note_format=note_format,
                                  modality=modality or None)
            return "/settings"

        return web.change(request, csrf_token, action)

    @router.post("/settings/templates")
    async def save_template(request: Request) -> Response:
        form = await request.form()
        titles = [str(t).strip() for t in form.getlist("section_title")]
        guidance = [str(g).strip() for g in form.getlist("section_guidance")]
        sections = [{"title": t, "guidance": g}
                    for t, g in zip_longest(titles, guidance, fillvalue="") if t]

        def action(db: Session, actor: Actor) -> str:
            drafting.save_template(db, actor=actor, key=str(form.get("key", "")),
                                   title=str(form.get("title", "")), sections=sections)
            return "/settings"

        return web.change(request, str(form.get("csrf_token", "")), action)

    return router
