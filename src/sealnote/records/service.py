"""The rules of the record: charts, sessions, drafts, the signing gate, addenda, consents."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.crypto import KeyRing
from sealnote.errors import InvalidInput, NotFound, PermissionDenied, RecordLocked
from sealnote.records.models import (
    SEALED,
    Addendum,
    Client,
    Consent,
    Note,
    PsychotherapyNote,
    TherapySession,
)
from sealnote.records.schemas import CLINICAL_ONLY_FIELDS, AddendumView, Chart, NoteView

CONSENT_KINDS = ("ai_documentation", "recording", "part2")
SESSION_STATUSES = ("scheduled", "completed", "cancelled", "no_show")
MAX_NOTE_CHARS = 200_000


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    return str(uuid.uuid4())


def _hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":"))
                          .encode()).hexdigest()


# ---- charts ---------------------------------------------------------------------------------

def _seal_chart(keys: KeyRing, client: Client, chart: Chart) -> None:
    data = chart.model_dump(mode="json")
    for column in SEALED["clients"]:
        setattr(client, column, keys.seal_json(table="clients", column=column, row_id=client.id,
                                               value=data[column]))


def open_chart(keys: KeyRing, client: Client) -> Chart:
    """Decrypt a client's chart (no permission check: callers have authorised already)."""
    data = {column: keys.open_json(table="clients", column=column, row_id=client.id,
                                   blob=getattr(client, column))
            for column in SEALED["clients"]}
    return Chart.model_validate({k: v for k, v in data.items() if v is not None})


def chart_from(data: dict[str, Any]) -> Chart:
    """A chart from plain fields, or InvalidInput naming the field that is wrong."""
    try:
        return Chart.model_validate(data)
    except ValidationError as err:
        field = ".".join(str(p) for p in err.errors()[0]["loc"]) or "a field"
        raise InvalidInput(f"The chart could not be saved: {field.replace('_', ' ')} is not "
                           "valid.", hint="Dates are YYYY-MM-DD; the legal name is required.") \
            from None


def create_client(db: Session, *, keys: KeyRing, actor: Actor, chart: Chart,
                  primary_clinician_id: str) -> str:
    """Open a chart for a new client under their treating clinician."""
    access.require_practice(db, actor=actor, permission=Permission.CLIENT_CREATE)
    if primary_clinician_id not in {u.id for u in access.active_clinicians(db)}:
        raise InvalidInput("A client's treating clinician must be an active clinician.",
                           hint="Choose the treating clinician from the list.")
    now = _now()
    client = Client(id=_new_id(), primary_clinician_id=primary_clinician_id, created_at=now,
                    updated_at=now, legal_name=b"")
    _seal_chart(keys, client, chart)
    db.add(client)
    db.flush()
    audit.record(db, actor=actor, action="client.create", object_type="client",
                 object_id=client.id, client_id=client.id)
    return client.id


def get_chart(db: Session, *, keys: KeyRing, actor: Actor, client_id: str) -> Chart:
    """A client's chart as this user may see it; every read is audited."""
    try:
        granted = access.authorize(db, actor=actor, permission=Permission.CHART_READ,
                                   client_id=client_id)
        full = True
    except PermissionDenied:
        granted = access.authorize(db, actor=actor, permission=Permission.DEMOGRAPHICS_READ,
                                   client_id=client_id)
        full = False
    client = db.get(Client, client_id)
    assert client is not None  # authorize refuses unknown clients
    chart = open_chart(keys, client)
    if not full:
        chart = chart.model_copy(update={f: [] for f in CLINICAL_ONLY_FIELDS})
    audit.record(db, actor=actor, action="chart.read", object_type="client", object_id=client_id,
                 client_id=client_id, details={**granted.details(), "scope":
                                               "full" if full else "demographics"})
    return chart


def update_chart(db: Session, *, keys: KeyRing, actor: Actor, client_id: str,
                 changes: dict[str, Any]) -> Chart:
    """Change chart fields; relatives need clinical access, the rest demographics access."""
    clinical = CLINICAL_ONLY_FIELDS & changes.keys()
    permission = Permission.CHART_WRITE if clinical else Permission.DEMOGRAPHICS_WRITE
    granted = access.authorize(db, actor=actor, permission=permission, client_id=client_id)
    client = db.get(Client, client_id)
    assert client is not None
    current = open_chart(keys, client).model_dump(mode="json")
    unknown = changes.keys() - current.keys()
    if unknown:
        raise InvalidInput(f"Unknown chart field(s): {', '.join(sorted(unknown))}.")
    chart = chart_from({**current, **changes})
    _seal_chart(keys, client, chart)
    client.updated_at = _now()
    audit.record(db, actor=actor, action="chart.update", object_type="client",
                 object_id=client_id, client_id=client_id,
                 details={**granted.details(), "fields": ",".join(sorted(changes))})
    return chart


def _matches(chart: Chart, query: str) -> bool:
    names = [chart.legal_name, chart.preferred_name or "", *chart.nicknames]
    return all(any(word in name.casefold() for name in names) for word in query.split())


def list_clients(db: Session, *, keys: KeyRing, actor: Actor,
                 query: str | None = None) -> list[tuple[str, str]]:
    """(id, display name) of every client this user may see, in the order they were added;
    with a query, only those whose names hold every word of it."""
    ids = access.readable_client_ids(db, actor=actor, permission=Permission.DEMOGRAPHICS_READ)
    wanted = (query or "").casefold().strip()
    result = []
    for client_id in ids:
        client = db.get(Client, client_id)
        assert client is not None
        chart = open_chart(keys, client)
        if not wanted or _matches(chart, wanted):
            result.append((client_id, chart.display_name))
    # Never the query itself: it is a client's name.
    audit.record(db, actor=actor, action="client.search" if wanted else "client.list",
                 object_type="client", details={"count": len(result)})
    return result


# ---- sessions -------------------------------------------------------------------------------

def schedule_session(db: Session, *, actor: Actor, client_id: str, clinician_id: str,
                     starts_at: datetime, duration_minutes: int = 50,
                     status: str = "scheduled") -> str:
    """Put a session on the calendar."""
    granted = access.authorize(db, actor=actor, permission=Permission.SCHEDULE_WRITE,
                               client_id=client_id)
    if status not in SESSION_STATUSES:
        raise InvalidInput(f"Session status must be one of {', '.join(SESSION_STATUSES)}.")
    if not 5 <= duration_minutes <= 600:
        raise InvalidInput("A session lasts between 5 and 600 minutes.")
    session = TherapySession(id=_new_id(), client_id=client_id, clinician_id=clinician_id,
                             starts_at=starts_at, duration_minutes=duration_minutes,
                             status=status, created_at=_now())
    db.add(session)
    db.flush()
    audit.record(db, actor=actor, action="session.create", object_type="session",
                 object_id=session.id, client_id=client_id, details=granted.details())
    return session.id


# ---- notes ----------------------------------------------------------------------------------

def _check_body(body: str) -> str:
    if not body.strip():
        raise InvalidInput("A note cannot be empty.")
    if len(body) > MAX_NOTE_CHARS:
        raise InvalidInput(f"A note is limited to {MAX_NOTE_CHARS:,} characters.",
                           hint="Split it, or move detail into an addendum.")
    return body


def _note_hash(note: Note, body: str) -> str:
    return _hash({"note_id": note.id, "client_id": note.client_id, "format": note.format,
                  "body": body, "signed_by": note.signed_by, "signed_at": note.signed_at})


def _addendum_hash(addendum: Addendum, reason: str, body: str) -> str:
    return _hash({"addendum_id": addendum.id, "note_id": addendum.note_id, "reason": reason,
                  "body": body, "author_id": addendum.author_id,
                  "signed_at": addendum.signed_at})


def create_draft(db: Session, *, keys: KeyRing, actor: Actor, client_id: str, note_format: str,
                 body: str, session_id: str | None = None,
                 flags: list[dict[str, Any]] | None = None) -> str:
    """Store a draft note (with any review flags); drafts are never part of the record."""
    granted = access.authorize(db, actor=actor, permission=Permission.NOTE_WRITE,
                               client_id=client_id)
    if not note_format or len(note_format) > 32:
        raise InvalidInput("Choose a note format (SOAP, DAP, BIRP, GIRP, ...).")
    now = _now()
    note = Note(id=_new_id(), client_id=client_id, session_id=session_id,
                author_id=actor.user_id, format=note_format, status="draft", body=b"",
                revision=1, created_at=now, updated_at=now)
    note.body = keys.seal(table="notes", column="body", row_id=note.id,
                          value=_check_body(body)) or b""
    if flags:
        note.flags = keys.seal_json(table="notes", column="flags", row_id=note.id, value=flags)
        note.open_flags = sum(not f.get("resolved") for f in flags)
    db.add(note)
    db.flush()
    audit.record(db, actor=actor, action="note.create", object_type="note", object_id=note.id,
                 client_id=client_id, details={**granted.details(), "format": note_format,
                                               "open_flags": note.open_flags or 0})
    return note.id


def note_flags(keys: KeyRing, note: Note) -> list[dict[str, Any]]:
    """A draft's review flags (what grounding and risk capture asked the clinician to check)."""
    return keys.open_json(table="notes", column="flags", row_id=note.id, blob=note.flags) or []


def _load_note(db: Session, *, actor: Actor, note_id: str, permission: Permission,
               for_update: bool = False) -> tuple[Note, access.Access]:
    query = select(Note).where(Note.id == note_id)
    if for_update:
        query = query.with_for_update()
    note = db.scalar(query)
    if note is None:
        raise NotFound("That note was not found.", hint="Open it again from the client's chart.")
    return note, access.authorize(db, actor=actor, permission=permission,
                                  client_id=note.client_id)


def update_draft(db: Session, *, keys: KeyRing, actor: Actor, note_id: str, body: str) -> int:
    """Replace a draft's text; a signed note refuses (corrections are addenda)."""
    note, granted = _load_note(db, actor=actor, note_id=note_id,
                               permission=Permission.NOTE_WRITE, for_update=True)
    if note.status != "draft":
        raise RecordLocked("This note is signed and can no longer change.",
                           hint="Add an addendum with the correction and its reason.")
    note.body = keys.seal(table="notes", column="body", row_id=note.id,
                          value=_check_body(body)) or b""
    note.revision += 1
    note.updated_at = _now()
    audit.record(db, actor=actor, action="note.update", object_type="note", object_id=note.id,
                 client_id=note.client_id,
                 details={**granted.details(), "revision": note.revision})
    return note.revision


def read_note(db: Session, *, keys: KeyRing, actor: Actor, note_id: str) -> NoteView:
    """A note with its addenda, each signed part checked against its content hash."""
    note, granted = _load_note(db, actor=actor, note_id=note_id, permission=Permission.NOTE_READ)
    view = note_view(db, keys=keys, note=note)
    audit.record(db, actor=actor, action="note.read", object_type="note", object_id=note.id,
                 client_id=note.client_id, details=granted.details())
    return view


def note_view(db: Session, *, keys: KeyRing, note: Note) -> NoteView:
    """Decrypt a note and its addenda (no permission check: for callers that have authorised)."""
    body = keys.open(table="notes", column="body", row_id=note.id, blob=note.body) or ""
    intact = note.status != "signed" or note.content_hash == _note_hash(note, body)
    addenda = []
    for row in db.scalars(select(Addendum).where(Addendum.note_id == note.id)
                          .order_by(Addendum.signed_at)):
        reason = keys.open(table="addenda", column="reason", row_id=row.id, blob=row.reason) or ""
        text = keys.open(table="addenda", column="body", row_id=row.id, blob=row.body) or ""
        addenda.append(AddendumView(id=row.id, author_id=row.author_id, reason=reason, body=text,
                                    signed_at=row.signed_at, content_hash=row.content_hash,
                                    intact=row.content_hash == _addendum_hash(row, reason, text)))
    return NoteView(id=note.id, client_id=note.client_id, session_id=note.session_id,
                    author_id=note.author_id, format=note.format, status=note.status, body=body,
                    revision=note.revision, content_hash=note.content_hash,
                    signed_by=note.signed_by, signed_at=note.signed_at, intact=intact,
                    addenda=addenda)


def resolve_flags(db: Session, *, keys: KeyRing, actor: Actor, note_id: str,
                  indexes: list[int]) -> int:
    """Mark review flags of a draft as resolved (checked, or fixed by editing); returns how
    many remain open."""
    note, granted = _load_note(db, actor=actor, note_id=note_id,
                               permission=Permission.NOTE_WRITE, for_update=True)
    if note.status != "draft":
        raise RecordLocked("This note is signed; its flags were settled when it was signed.")
    flags = note_flags(keys, note)
    if any(not 0 <= i < len(flags) for i in indexes):
        raise InvalidInput("There is no such flag on this draft.")
    for index in indexes:
        flags[index] = {**flags[index], "resolved": True}
    note.flags = keys.seal_json(table="notes", column="flags", row_id=note.id, value=flags)
    note.open_flags = sum(not f.get("resolved") for f in flags)
    note.updated_at = _now()
    audit.record(db, actor=actor, action="note.flags_resolve", object_type="note",
                 object_id=note.id, client_id=note.client_id,
                 details={**granted.details(), "resolved": len(indexes),
                          "open": note.open_flags})
    return note.open_flags


def sign_note(db: Session, *, keys: KeyRing, actor: Actor, note_id: str, password: str,
              otp: str | None = None, acknowledge_flags: bool = False) -> str:
    """The only way a draft enters the record: its author re-authenticates and signs.

    Everything happens in the caller's transaction, audit event included, so a failure at any
    step leaves the note a draft and the audit chain as it was.
    """
    note, granted = _load_note(db, actor=actor, note_id=note_id,
                               permission=Permission.NOTE_WRITE, for_update=True)
    if note.author_id != actor.user_id:
        raise PermissionDenied("Only the clinician who wrote a note can sign it.",
                               hint="Ask the author to sign, or write your own note.")
    if note.status != "draft":
        raise RecordLocked("This note is already signed.",
                           hint="Add an addendum to correct or extend it.")
    if note.open_flags and not acknowledge_flags:
        raise InvalidInput(f"This draft has {note.open_flags} open review flag(s).",
                           hint="Resolve each flag (edit the draft) or acknowledge them, "
                           "then sign.")
    method = access.reauthenticate(db, keys=keys, actor=actor, password=password, otp=otp,
                                   purpose="sign_note")
    body = keys.open(table="notes", column="body", row_id=note.id, blob=note.body) or ""
    acknowledged = note.open_flags or 0
    if acknowledged:
        flags = [{**f, "resolved": True} for f in note_flags(keys, note)]
        note.flags = keys.seal_json(table="notes", column="flags", row_id=note.id, value=flags)
        note.open_flags = 0
    note.signed_by = actor.user_id
    note.signed_at = audit.utc_stamp()
    note.sign_method = method
    note.content_hash = _note_hash(note, body)
    note.status = "signed"
    note.updated_at = _now()
    db.flush()
    audit.record(db, actor=actor, action="note.sign", object_type="note", object_id=note.id,
                 client_id=note.client_id,
                 details={**granted.details(), "content_hash": note.content_hash,
                          "reauth": method, "flags_acknowledged": acknowledged})
    return note.content_hash


def add_addendum(db: Session, *, keys: KeyRing, actor: Actor, note_id: str, reason: str,
                 body: str, password: str, otp: str | None = None) -> str:
    """Correct or extend a signed note: a separate, signed, immutable entry with its reason."""
    note, granted = _load_note(db, actor=actor, note_id=note_id,
                               permission=Permission.NOTE_WRITE)
    if note.status != "signed":
        raise InvalidInput("This note is still a draft; edit it directly.")
    if not reason.strip():
        raise InvalidInput("Give the reason for the addendum (for example: 'late entry').")
    method = access.reauthenticate(db, keys=keys, actor=actor, password=password, otp=otp,
                                   purpose="sign_addendum")
    addendum = Addendum(id=_new_id(), note_id=note.id, author_id=actor.user_id, reason=b"",
                        body=b"", content_hash="", signed_at=audit.utc_stamp(),
                        sign_method=method)
    addendum.reason = keys.seal(table="addenda", column="reason", row_id=addendum.id,
                                value=reason.strip()) or b""
    addendum.body = keys.seal(table="addenda", column="body", row_id=addendum.id,
                              value=_check_body(body)) or b""
    addendum.content_hash = _addendum_hash(addendum, reason.strip(), body)
    db.add(addendum)
    db.flush()
    audit.record(db, actor=actor, action="note.addendum", object_type="addendum",
                 object_id=addendum.id, client_id=note.client_id,
                 details={**granted.details(), "note_id": note.id,
                          "content_hash": addendum.content_hash})
    return addendum.id


def list_notes(db: Session, *, actor: Actor, client_id: str) -> list[dict[str, Any]]:
    """The notes of one client without their bodies (format, status, dates)."""
    access.authorize(db, actor=actor, permission=Permission.NOTE_READ, client_id=client_id)
    rows = db.scalars(select(Note).where(Note.client_id == client_id).order_by(Note.created_at))
    return [{"id": n.id, "format": n.format, "status": n.status, "author_id": n.author_id,
             "created_at": n.created_at.isoformat(), "signed_at": n.signed_at} for n in rows]


def client_audit_trail(db: Session, *, actor: Actor, client_id: str) -> list[dict[str, Any]]:
    """A client's audit trail, for the privacy officer and for those who may read the chart."""
    try:
        access.authorize(db, actor=actor, permission=Permission.AUDIT_READ, client_id=client_id)
    except PermissionDenied:
        access.authorize(db, actor=actor, permission=Permission.CHART_READ, client_id=client_id)
    return audit.client_report(db, actor=actor, client_id=client_id)


# ---- psychotherapy notes --------------------------------------------------------------------

def write_psychotherapy_note(db: Session, *, keys: KeyRing, actor: Actor, client_id: str,
                             body: str, session_id: str | None = None) -> str:
    """Keep a clinician's process notes apart from the record, readable by their author only."""
    access.authorize(db, actor=actor, permission=Permission.NOTE_WRITE, client_id=client_id)
    now = _now()
    row = PsychotherapyNote(id=_new_id(), client_id=client_id, session_id=session_id,
                            author_id=actor.user_id, body=b"", created_at=now, updated_at=now)
    row.body = keys.seal(table="psychotherapy_notes", column="body", row_id=row.id,
                         value=_check_body(body)) or b""
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="psychotherapy_note.create",
                 object_type="psychotherapy_note", object_id=row.id, client_id=client_id)
    return row.id


def list_psychotherapy_notes(db: Session, *, actor: Actor,
                             client_id: str) -> list[dict[str, Any]]:
    """This clinician's own psychotherapy notes about a client (never a colleague's)."""
    access.authorize(db, actor=actor, permission=Permission.NOTE_WRITE, client_id=client_id)
    rows = db.scalars(select(PsychotherapyNote)
                      .where(PsychotherapyNote.client_id == client_id,
                             PsychotherapyNote.author_id == actor.user_id)
                      .order_by(PsychotherapyNote.created_at))
    return [{"id": row.id, "created_at": row.created_at.isoformat()} for row in rows]


def read_psychotherapy_note(db: Session, *, keys: KeyRing, actor: Actor,
                            note_id: str) -> dict[str, str]:
    """A psychotherapy note (client_id, created_at, body), for its author only."""
    row = db.get(PsychotherapyNote, note_id)
    if row is None or row.author_id != actor.user_id:
        client_id = row.client_id if row else None

        def followup(fresh: Session) -> None:
            audit.record(fresh, actor=actor, action="access.denied",
                         object_type="psychotherapy_note", object_id=note_id,
                         client_id=client_id, outcome="denied",
                         details={"permission": "psychotherapy_note.read"})

        raise PermissionDenied("That record was not found, or you do not have access to it.",
                               hint="Psychotherapy notes are readable by their author only.",
                               followup=followup)
    audit.record(db, actor=actor, action="psychotherapy_note.read",
                 object_type="psychotherapy_note", object_id=row.id, client_id=row.client_id)
    return {"client_id": row.client_id, "created_at": row.created_at.isoformat(),
            "body": keys.open(table="psychotherapy_notes", column="body", row_id=row.id,
                              blob=row.body) or ""}


# ---- consents -------------------------------------------------------------------------------

def record_consent(db: Session, *, keys: KeyRing, actor: Actor, client_id: str, kind: str,
                   version: str, granted_on: date, expires_on: date | None = None,
                   scope: str | None = None) -> str:
    """File a consent the client gave (Part 2 consents need their scope)."""
    granted = access.authorize(db, actor=actor, permission=Permission.CONSENT_WRITE,
                               client_id=client_id)
    if kind not in CONSENT_KINDS:
        raise InvalidInput(f"Consent kind must be one of {', '.join(CONSENT_KINDS)}.")
    if kind == "part2" and not (scope and scope.strip()):
        raise InvalidInput("A Part 2 consent must say what it covers and to whom.",
                           hint="42 CFR 2.31: name the recipients and the information.")
    if expires_on is not None and expires_on < granted_on:
        raise InvalidInput("A consent cannot expire before it was given.")
    consent = Consent(id=_new_id(), client_id=client_id, kind=kind, version=version,
                      granted_on=granted_on, expires_on=expires_on, recorded_by=actor.user_id,
                      created_at=_now())
    consent.scope = keys.seal(table="consents", column="scope", row_id=consent.id, value=scope)
    db.add(consent)
    db.flush()
    audit.record(db, actor=actor, action="consent.record", object_type="consent",
                 object_id=consent.id, client_id=client_id,
                 details={**granted.details(), "kind": kind, "version": version})
    return consent.id


def revoke_consent(db: Session, *, actor: Actor, consent_id: str, revoked_on: date) -> str:
    """Record that the client withdrew a consent; it stops counting from that day. Returns the
    client's id."""
    consent = db.get(Consent, consent_id)
    if consent is None:
        raise NotFound("That consent was not found.")
    granted = access.authorize(db, actor=actor, permission=Permission.CONSENT_WRITE,
                               client_id=consent.client_id)
    if consent.revoked_on is not None:
        raise InvalidInput("That consent was already revoked.")
    if revoked_on < consent.granted_on:
        raise InvalidInput("A consent cannot be withdrawn before it was given.",
                           hint=f"It was given on {consent.granted_on.isoformat()}.")
    consent.revoked_on = revoked_on
    audit.record(db, actor=actor, action="consent.revoke", object_type="consent",
                 object_id=consent.id, client_id=consent.client_id,
                 details={**granted.details(), "kind": consent.kind})
    return consent.client_id


def consent_status(consent: Consent, *, on: date) -> str:
    """in force, not yet in force, expired or revoked, on a given day."""
    if consent.revoked_on is not None and consent.revoked_on <= on:
        return "revoked"
    if consent.granted_on > on:
        return "not yet in force"
    if consent.expires_on is not None and consent.expires_on < on:
        return "expired"
    return "in force"


def list_consents(db: Session, *, keys: KeyRing, actor: Actor,
                  client_id: str) -> list[dict[str, Any]]:
    """A client's consents with their status today, newest first."""
    access.authorize(db, actor=actor, permission=Permission.CONSENT_READ, client_id=client_id)
    today = _now().date()
    rows = db.scalars(select(Consent).where(Consent.client_id == client_id)
                      .order_by(Consent.granted_on.desc(), Consent.created_at.desc()))
    return [{"id": c.id, "kind": c.kind, "version": c.version, "granted_on": c.granted_on,
             "expires_on": c.expires_on, "revoked_on": c.revoked_on,
             "status": consent_status(c, on=today),
             "scope": keys.open(table="consents", column="scope", row_id=c.id, blob=c.scope)}
            for c in rows]


def consent_in_force(db: Session, *, client_id: str, kind: str,
                     on: date | None = None) -> Consent | None:
    """The newest consent of `kind` valid on `on` (today by default), or None."""
    day = on or _now().date()
    for consent in db.scalars(select(Consent).where(Consent.client_id == client_id,
                                                    Consent.kind == kind)
                              .order_by(Consent.granted_on.desc())):
        if consent_status(consent, on=day) == "in force":
            return consent
    return None
