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
from sealnote.compliance import service as compliance
from sealnote.crypto import KeyRing
from sealnote.drafting.formats import BUILT_IN, NoteFormat, Section, builtin_format
from sealnote.drafting.modalities import Modality, get_modality
from sealnote.drafting.models import Dictation, DraftingDefaults, NoteTemplate
from sealnote.drafting.providers import Provider
from sealnote.drafting.providers.offline import OfflineProvider
from sealnote.drafting.providers.openai_compat import OpenAICompatProvider
from sealnote.errors import InvalidInput
from sealnote.records.models import Note


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


def latest_templates(db: Session) -> list[NoteFormat]:
    """The practice's own templates, newest version of each, by key."""
    newest: dict[str, NoteTemplate] = {}
    for template in db.scalars(select(NoteTemplate).order_by(NoteTemplate.version)):
        newest[template.key] = template
    return [_as_format(newest[key]) for key in sorted(newest)]


def format_choices(db: Session) -> list[tuple[str, str]]:
    """(key, title) of every format a clinician may pick: built-in first, then the practice's."""
    return ([(f.key, f.title) for f in BUILT_IN.values()]
            + [(f.key, f"{f.title} (practice template v{f.version})")
               for f in latest_templates(db)])


def defaults_of(db: Session, *, user_id: str) -> tuple[str, str | None]:
    """A clinician's usual format and modality keys (SOAP and none until they choose)."""
    row = db.get(DraftingDefaults, user_id)
    return (row.note_format, row.modality) if row else ("SOAP", None)


def dictation_for_note(db: Session, *, keys: KeyRing, actor: Actor, note_id: str) -> str | None:
    """What the clinician said for a drafted note, to read beside the draft (None if typed by
    hand)."""
    note = db.get(Note, note_id)
    if note is None:
        return None
    access.authorize(db, actor=actor, permission=Permission.NOTE_READ, client_id=note.client_id)
    row = db.scalar(select(Dictation).where(Dictation.note_id == note_id))
    if row is None:
        return None
    audit.record(db, actor=actor, action="dictation.read", object_type="dictation",
                 object_id=row.id, client_id=note.client_id)
    return keys.open(table="dictations", column="body", row_id=row.id, blob=row.body)


OFFLINE = "offline"


def provider_for(db: Session, *, keys: KeyRing, choice: str | None) -> Provider:
    """The drafter a user picked: the offline drafter, or a registered endpoint (whose BAA the
    flow still checks before every call)."""
    if not choice or choice == OFFLINE:
        return OfflineProvider()
    settings = compliance.endpoint_settings(db, keys=keys, endpoint_id=choice)
    return OpenAICompatProvider(base_url=settings.base_url, model=settings.model,
                                api_key=settings.api_key)
