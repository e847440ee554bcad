"""Formats the practice can draft in: the built-in ones and its own versioned templates."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.drafting.formats import NoteFormat, Section, builtin_format
from sealnote.drafting.modalities import Modality, get_modality
from sealnote.drafting.models import DraftingDefaults, NoteTemplate
from sealnote.errors import InvalidInput


def save_template(db: Session, *, actor: Actor, key: str, title: str,
                  sections: list[dict[str, str]]) -> NoteTemplate:
    """Store a practice template; saving an existing key makes its next version."""
    access.require_practice(db, actor=actor, permission=Permission.USERS_MANAGE)
    key = key.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9_-]{1,40}", key) or builtin_format(key):
        raise InvalidInput("A template key is 2-40 letters, digits, - or _, and not a built-in "
                           "format's name.")
    if not sections or any(not s.get("title", "").strip() for s in sections):
        raise InvalidInput("A template needs at least one section, each with a title.")
    latest = db.scalar(select(NoteTemplate).where(NoteTemplate.key == key)
                       .order_by(NoteTemplate.version.desc()).limit(1))
    template = NoteTemplate(
        id=str(uuid.uuid4()), key=key, version=(latest.version + 1) if latest else 1,
        title=title.strip(), sections=json.dumps([
            {"title": s["title"].strip(), "guidance": s.get("guidance", "").strip(),
             "cues": [c.lower() for c in s.get("cues", [])]} for s in sections]),
        created_by=actor.user_id, created_at=datetime.now(UTC))
    db.add(template)
    db.flush()
    audit.record(db, actor=actor, action="template.save", object_type="note_template",
                 object_id=template.id, details={"key": key, "version": template.version})
    return template


def _as_format(template: NoteTemplate) -> NoteFormat:
    sections = tuple(
        Section(re.sub(r"\W+", "_", s["title"].lower()).strip("_"), s["title"], s["guidance"],
                tuple(s.get("cues", ())))
        for s in json.loads(template.sections))
    return NoteFormat(template.key, template.title, sections, version=template.version,
                      custom=True)


def resolve_format(db: Session | None, *, name: str, version: int | None = None) -> NoteFormat:
    """A built-in format, or the practice template of that key (newest, or a given version)."""
    found = builtin_format(name)
    if found is not None:
        return found
    if db is not None:
        query = select(NoteTemplate).where(NoteTemplate.key == name.strip().lower())
        if version is not None:
            query = query.where(NoteTemplate.version == version)
        template = db.scalar(query.order_by(NoteTemplate.version.desc()).limit(1))
        if template is not None:
            return _as_format(template)
    raise InvalidInput(f"Unknown note format {name!r}.",
                       hint="Use SOAP, DAP, BIRP, GIRP, PIE, intake, discharge, or a template "
                       "your practice saved.")


def set_defaults(db: Session, *, actor: Actor, note_format: str,
                 modality: str | None) -> DraftingDefaults:
    """Remember a clinician's usual format and modality (checked now, used when none given)."""
    resolve_format(db, name=note_format)
    if modality is not None and get_modality(modality) is None:
        raise InvalidInput(f"Unknown modality {modality!r}.")
    row = db.get(DraftingDefaults, actor.user_id)
    if row is None:
        row = DraftingDefaults(user_id=actor.user_id, note_format=note_format, modality=modality)
        db.add(row)
    else:
        row.note_format, row.modality = note_format, modality
    db.flush()
    audit.record(db, actor=actor, action="drafting.defaults", object_type="user",
                 object_id=actor.user_id, details={"format": note_format, "modality": modality})
    return row


def choices_for(db: Session, *, user_id: str, note_format: str | None,
                modality: str | None) -> tuple[NoteFormat, Modality | None]:
    """The format and modality for a draft: as asked, else the clinician's defaults, else SOAP."""
    defaults = db.get(DraftingDefaults, user_id)
    format_name = note_format or (defaults.note_format if defaults else "SOAP")
    modality_name = modality or (defaults.modality if defaults else None)
    chosen = get_modality(modality_name) if modality_name else None
    if modality_name and chosen is None:
        raise InvalidInput(f"Unknown modality {modality_name!r}.")
    return resolve_format(db, name=format_name), chosen
