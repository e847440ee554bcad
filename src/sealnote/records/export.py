"""Exports: the practice's whole record (JSON plus a readable page per signed note), a signed
note as PDF, and one client's record as PDF. Every export is audited."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.models import User
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.crypto import KeyRing
from sealnote.errors import InvalidInput, RecordLocked
from sealnote.records.models import Client, Consent, Note, PsychotherapyNote, TherapySession
from sealnote.records.pdf import client_record_pdf, signed_note_pdf
from sealnote.records.schemas import NoteView
from sealnote.records.service import get_chart, list_consents, note_view, open_chart, read_note


def _authors(db: Session) -> dict[str, str]:
    return {u.id: u.display_name for u in db.scalars(select(User))}


def signed_note_document(db: Session, *, keys: KeyRing, actor: Actor, note_id: str) -> bytes:
    """A signed note as PDF, for whoever may read it; drafts are not printed."""
    note = read_note(db, keys=keys, actor=actor, note_id=note_id)
    if note.status != "signed":
        raise RecordLocked("Only a signed note can be printed.",
                           hint="Review and sign the draft first.")
    client = db.get(Client, note.client_id)
    assert client is not None
    document = signed_note_pdf(note, client_name=open_chart(keys, client).display_name,
                               authors=_authors(db))
    audit.record(db, actor=actor, action="note.export", object_type="note", object_id=note.id,
                 client_id=note.client_id, details={"format": "pdf"})
    return document


def client_record_document(db: Session, *, keys: KeyRing, actor: Actor, client_id: str) -> bytes:
    """One client's record as PDF (chart, consents, signed notes with addenda); never
    psychotherapy notes."""
    access.authorize(db, actor=actor, permission=Permission.NOTE_READ, client_id=client_id)
    chart = get_chart(db, keys=keys, actor=actor, client_id=client_id)
    notes = [note_view(db, keys=keys, note=row) for row in db.scalars(
        select(Note).where(Note.client_id == client_id, Note.status == "signed")
        .order_by(Note.signed_at))]
    consents = list_consents(db, keys=keys, actor=actor, client_id=client_id)
    document = client_record_pdf(chart=chart, notes=notes, consents=consents,
                                 authors=_authors(db))
    audit.record(db, actor=actor, action="client.export", object_type="client",
                 object_id=client_id, client_id=client_id,
                 details={"format": "pdf", "notes": len(notes)})
    return document


def render_note(note: NoteView, *, client_name: str, authors: dict[str, str]) -> str:
    """A signed note (and its addenda) as plain text a person can read and print."""
    lines = [
        f"{note.format} note — {client_name}",
        f"Status: {note.status}",
        f"Author: {authors.get(note.author_id, note.author_id)}",
        f"Signed: {note.signed_at} by {authors.get(note.signed_by or '', note.signed_by)}",
        f"Content hash (SHA-256): {note.content_hash}"
        + ("" if note.intact else "  ** DOES NOT MATCH: altered after signing **"),
        "",
        note.body.rstrip(),
        "",
    ]
    for number, addendum in enumerate(note.addenda, start=1):
        lines += [
            f"--- Addendum {number}, signed {addendum.signed_at} by "
            f"{authors.get(addendum.author_id, addendum.author_id)}",
            f"Reason: {addendum.reason}",
            "",
            addendum.body.rstrip(),
            "",
        ]
    return "\n".join(lines)


def _write(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def export_practice(db: Session, *, keys: KeyRing, actor: Actor, out_dir: Path,
                    include_psychotherapy_notes: bool = False) -> dict[str, int]:
    """Write the practice to `out_dir` (which must be empty or new); audited."""
    access.require_practice(db, actor=actor, permission=Permission.PRACTICE_EXPORT)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise InvalidInput(f"{out_dir} is not empty.",
                           hint="Choose a new folder so that no earlier export is overwritten.")
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    (out_dir / "notes").mkdir(mode=0o700)
    authors = _authors(db)
    clients: list[dict[str, Any]] = []
    counts = {"clients": 0, "notes": 0, "signed_notes": 0, "psychotherapy_notes": 0}
    for client in db.scalars(select(Client).order_by(Client.created_at)):
        chart = open_chart(keys, client)
        notes = []
        for note in db.scalars(select(Note).where(Note.client_id == client.id)
                               .order_by(Note.created_at)):
            view = note_view(db, keys=keys, note=note)
            notes.append(view.model_dump(mode="json"))
            counts["notes"] += 1
            if view.status == "signed":
                counts["signed_notes"] += 1
                _write(out_dir / "notes" / f"{note.id}.txt",
                       render_note(view, client_name=chart.display_name, authors=authors))
        entry: dict[str, Any] = {
            "id": client.id,
            "primary_clinician_id": client.primary_clinician_id,
            "chart": chart.model_dump(mode="json"),
            "sessions": [
                {"id": s.id, "clinician_id": s.clinician_id, "starts_at": s.starts_at.isoformat(),
                 "duration_minutes": s.duration_minutes, "status": s.status}
                for s in db.scalars(select(TherapySession)
                                    .where(TherapySession.client_id == client.id))],
            "consents": [
                {"id": c.id, "kind": c.kind, "version": c.version,
                 "granted_on": c.granted_on.isoformat(),
                 "expires_on": c.expires_on.isoformat() if c.expires_on else None,
                 "revoked_on": c.revoked_on.isoformat() if c.revoked_on else None,
                 "scope": keys.open(table="consents", column="scope", row_id=c.id,
                                    blob=c.scope)}
                for c in db.scalars(select(Consent).where(Consent.client_id == client.id))],
            "notes": notes,
        }
        if include_psychotherapy_notes:
            entry["psychotherapy_notes"] = [
                {"id": p.id, "author_id": p.author_id, "created_at": p.created_at.isoformat(),
                 "body": keys.open(table="psychotherapy_notes", column="body", row_id=p.id,
                                   blob=p.body)}
                for p in db.scalars(select(PsychotherapyNote)
                                    .where(PsychotherapyNote.client_id == client.id))]
            counts["psychotherapy_notes"] += len(entry["psychotherapy_notes"])
        clients.append(entry)
        counts["clients"] += 1
        audit.record(db, actor=actor, action="client.export", object_type="client",
                     object_id=client.id, client_id=client.id,
                     details={"notes": len(notes),
                              "psychotherapy_notes_included": include_psychotherapy_notes})
    users = [{"id": u.id, "email": u.email, "display_name": u.display_name, "roles": u.roles,
              "active": u.active} for u in db.scalars(select(User))]
    document = {"format": "sealnote-export/1", "exported_at": audit.utc_stamp(),
                "psychotherapy_notes_included": include_psychotherapy_notes,
                "users": users, "clients": clients}
    _write(out_dir / "practice.json", json.dumps(document, indent=2, ensure_ascii=False))
    audit.record(db, actor=actor, action="practice.export", object_type="practice",
                 details={**counts, "psychotherapy_notes_included": include_psychotherapy_notes})
    return counts
