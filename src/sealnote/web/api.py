"""The JSON API for integrations: the clinician operations of the web app, under /api, with an
OpenAPI document at /api/openapi.json. A bearer token (made under Account) acts as its user,
with exactly that user's permissions; browser cookies are never accepted here, so there is
nothing for a cross-site request to ride on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from starlette.responses import Response

from sealnote.access import service as access
from sealnote.actor import Actor
from sealnote.drafting import flows
from sealnote.drafting import service as drafting
from sealnote.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    RecordLocked,
    SealnoteError,
)
from sealnote.practice import Practice
from sealnote.records import export
from sealnote.records import service as records
from sealnote.records.models import Note
from sealnote.records.schemas import Chart, NoteView
from sealnote.records.views import pdf_response
from sealnote.web.kit import source

T = TypeVar("T")
bearer = HTTPBearer(auto_error=False, description="An API token from Account → API tokens.")


class TokenRequired(AuthenticationFailed):
    """No valid API token: the one refusal that asks the caller to authenticate (401)."""


class ClientSummary(BaseModel):
    id: str
    name: str


class Dictation(BaseModel):
    dictation: str = Field(description="What happened in the session, as the clinician said it.")


class DraftRequest(Dictation):
    note_format: str | None = Field(None, description="SOAP, DAP, BIRP, … or a practice "
                                                      "template; the clinician's default if "
                                                      "omitted.")
    modality: str | None = None
    endpoint_id: str | None = Field(None, description="A registered model endpoint; the "
                                                      "offline drafter if omitted.")


class Released(BaseModel):
    text: str = Field(description="Exactly what would be sent to the model.")
    sha256: str


class DraftMade(BaseModel):
    note_id: str
    provider: str
    flags: list[dict[str, Any]]


class NoteWithFlags(NoteView):
    flags: list[dict[str, Any]] = Field(default_factory=list)


class DraftEdit(BaseModel):
    body: str


class Signature(BaseModel):
    password: str
    code: str | None = None
    acknowledge_flags: bool = False


class AddendumRequest(Signature):
    reason: str
    body: str


class Problem(BaseModel):
    error: str
    hint: str | None = None


def create_api(practice: Practice) -> FastAPI:
    """The /api sub-application."""
    api = FastAPI(title="Sealnote API", version="1", docs_url=None, redoc_url=None,
                  description=__doc__,
                  responses={401: {"model": Problem}, 404: {"model": Problem},
                             400: {"model": Problem}})
    keys = practice.keys

    def actor(request: Request,
              credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Actor:
        with practice.transaction() as db:
            found = access.token_actor(db, token=credentials.credentials if credentials else None,
                                       source_addr=source(request))
        if found is None:
            raise TokenRequired("A valid API token is required.",
                                       hint="Send 'Authorization: Bearer <token>'; make one "
                                            "under Account → API tokens.")
        return found

    def run(work: Callable[[Session], T]) -> T:
        with practice.transaction() as db:
            return work(db)

    @api.exception_handler(SealnoteError)
    def problem(request: Request, error: SealnoteError) -> Response:
        status = 400
        if isinstance(error, (PermissionDenied, NotFound)):
            status = 404  # the same answer whether the record exists or not
        elif isinstance(error, TokenRequired):
            status = 401
        elif isinstance(error, AuthenticationFailed):
            status = 403  # a valid token, but the password given to sign was wrong
        elif isinstance(error, RecordLocked):
            status = 409
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse({"error": error.message, "hint": error.hint}, status_code=status,
                            headers=headers)

    @api.get("/me", summary="Who the token acts as")
    def me(who: Actor = Depends(actor)) -> dict[str, Any]:
        return {"user_id": who.user_id, "roles": sorted(who.roles)}

    @api.get("/clients", summary="Clients this user may see")
    def clients(who: Actor = Depends(actor)) -> list[ClientSummary]:
        listed = run(lambda db: records.list_clients(db, keys=keys, actor=who))
        return [ClientSummary(id=i, name=n) for i, n in listed]

    @api.get("/clients/{client_id}", summary="A client's chart")
    def chart(client_id: str, who: Actor = Depends(actor)) -> Chart:
        return run(lambda db: records.get_chart(db, keys=keys, actor=who, client_id=client_id))

    @api.patch("/clients/{client_id}", summary="Change chart fields (identifiers)")
    def update_chart(client_id: str, changes: dict[str, Any],
                     who: Actor = Depends(actor)) -> Chart:
        return run(lambda db: records.update_chart(db, keys=keys, actor=who,
                                                   client_id=client_id, changes=changes))

    @api.get("/clients/{client_id}/notes", summary="A client's notes, without their text")
    def notes(client_id: str, who: Actor = Depends(actor)) -> list[dict[str, Any]]:
        return run(lambda db: records.list_notes(db, actor=who, client_id=client_id))

    @api.get("/clients/{client_id}/consents", summary="A client's consents and their status")
    def consents(client_id: str, who: Actor = Depends(actor)) -> list[dict[str, Any]]:
        return run(lambda db: records.list_consents(db, keys=keys, actor=who,
                                                    client_id=client_id))

    @api.get("/clients/{client_id}/audit", summary="A client's audit trail")
    def audit_trail(client_id: str, who: Actor = Depends(actor)) -> list[dict[str, Any]]:
        return run(lambda db: records.client_audit_trail(db, actor=who, client_id=client_id))

    @api.post("/clients/{client_id}/preview", summary="What would leave for this dictation")
    def preview(client_id: str, body: Dictation, who: Actor = Depends(actor)) -> Released:
        released = flows.preview(practice, actor=who, client_id=client_id, text=body.dictation)
        return Released(text=released.text, sha256=released.sha256)

    @api.post("/clients/{client_id}/drafts", status_code=201, summary="Draft a note")
    def draft(client_id: str, body: DraftRequest, who: Actor = Depends(actor)) -> DraftMade:
        with practice.sessions() as db:
            fmt, style = drafting.choices_for(db, user_id=who.user_id,
                                              note_format=body.note_format,
                                              modality=body.modality)
            chosen = drafting.provider_for(db, keys=keys, choice=body.endpoint_id)
        outcome = flows.draft_note(practice, actor=who, client_id=client_id,
                                   text=body.dictation, note_format=fmt, modality=style,
                                   provider=chosen)
        assert outcome.note_id is not None
        return DraftMade(note_id=outcome.note_id, provider=outcome.provider,
                         flags=[f.to_dict() for f in outcome.flags])

    def note_with_flags(db: Session, who: Actor, note_id: str) -> NoteWithFlags:
        view = records.read_note(db, keys=keys, actor=who, note_id=note_id)
        row = db.get(Note, note_id)
        flags = records.note_flags(keys, row) if row else []
        return NoteWithFlags(**view.model_dump(), flags=flags)

    @api.get("/notes/{note_id}", summary="A note with its addenda and review flags")
    def note(note_id: str, who: Actor = Depends(actor)) -> NoteWithFlags:
        return run(lambda db: note_with_flags(db, who, note_id))

    @api.put("/notes/{note_id}", summary="Replace a draft's text")
    def edit(note_id: str, body: DraftEdit, who: Actor = Depends(actor)) -> NoteWithFlags:
        def work(db: Session) -> NoteWithFlags:
            records.update_draft(db, keys=keys, actor=who, note_id=note_id, body=body.body)
            return note_with_flags(db, who, note_id)

        return run(work)

    @api.post("/notes/{note_id}/sign", summary="Sign a draft (password, and code if MFA is on)")
    def sign(note_id: str, body: Signature, who: Actor = Depends(actor)) -> NoteWithFlags:
        def work(db: Session) -> NoteWithFlags:
            records.sign_note(db, keys=keys, actor=who, note_id=note_id, password=body.password,
                              otp=body.code, acknowledge_flags=body.acknowledge_flags)
            return note_with_flags(db, who, note_id)

        return run(work)

    @api.post("/notes/{note_id}/addenda", status_code=201, summary="Add a signed addendum")
    def addendum(note_id: str, body: AddendumRequest,
                 who: Actor = Depends(actor)) -> NoteWithFlags:
        def work(db: Session) -> NoteWithFlags:
            records.add_addendum(db, keys=keys, actor=who, note_id=note_id, reason=body.reason,
                                 body=body.body, password=body.password, otp=body.code)
            return note_with_flags(db, who, note_id)

        return run(work)

    @api.get("/notes/{note_id}/pdf", summary="A signed note as PDF",
             response_class=Response, responses={200: {"content": {"application/pdf": {}}}})
    def note_pdf(note_id: str, who: Actor = Depends(actor)) -> Response:
        document = run(lambda db: export.signed_note_document(db, keys=keys, actor=who,
                                                              note_id=note_id))
        return pdf_response(document, f"note-{note_id[:8]}.pdf")

    return api
