"""A note's journey: dictation -> boundary -> release -> provider -> re-identify -> grounding
-> risk capture -> draft saved encrypted. Signing stays with the record core."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.access import service as access
from sealnote.access.permissions import Permission
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.boundary.deidentify import deidentify
from sealnote.boundary.known import KnownIdentifiers
from sealnote.boundary.reidentify import reidentify
from sealnote.boundary.release import BoundaryViolation, ReleasedText, release
from sealnote.boundary.sensitive import Category, find_sensitive
from sealnote.boundary.surrogates import Surrogates
from sealnote.compliance import service as compliance
from sealnote.drafting import grounding, risk
from sealnote.drafting.formats import NoteFormat
from sealnote.drafting.modalities import Modality
from sealnote.drafting.models import Dictation
from sealnote.drafting.providers import DraftRequest, Provider, ProviderError
from sealnote.errors import AuditedFailure, InvalidInput
from sealnote.practice import Practice
from sealnote.records import service as records
from sealnote.records.models import Client, Consent

MIN_WORDS = 12


@dataclass
class DraftOutcome:
    """What drafting produced (and, with a data directory, where it was stored)."""

    draft: str
    note_format: NoteFormat
    modality: Modality | None
    provider: str
    released: ReleasedText
    flags: list[grounding.Flag] = field(default_factory=list)
    note_id: str | None = None
    dictation_id: str | None = None

    def sections(self) -> dict[str, str]:
        """The draft split by the format's section titles."""
        titles = [s.title for s in self.note_format.sections] + [
            "Risk assessment (to be completed by the clinician)"]
        pattern = re.compile(r"^\s*(?:#+\s*)?\**(" + "|".join(re.escape(t) for t in titles)
                             + r")\**\s*:?\s*$", re.IGNORECASE | re.MULTILINE)
        found: dict[str, str] = {}
        matches = list(pattern.finditer(self.draft))
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(self.draft)
            found[match.group(1)] = self.draft[match.end():end].strip()
        return found

    def to_json(self) -> dict[str, Any]:
        return {"draft": self.draft, "format": self.note_format.key,
                "modality": self.modality.key if self.modality else None,
                "provider": self.provider, "released_text": self.released.text,
                "sections": self.sections(), "flags": [f.to_dict() for f in self.flags],
                "note_id": self.note_id}


def check_dictation(text: str) -> str:
    """Refuse empty or near-empty input: never a note about a session not described."""
    if len(re.findall(r"\w+", text)) < MIN_WORDS:
        raise InvalidInput(f"The dictation has fewer than {MIN_WORDS} words, too little to "
                           "write a note from.",
                           hint="Describe what was discussed, what you did and what comes next.")
    return text


def _compose(text: str, *, released: ReleasedText, surrogates: Surrogates,
             note_format: NoteFormat, modality: Modality | None,
             provider: Provider) -> tuple[str, list[grounding.Flag]]:
    raw = provider.draft(DraftRequest(released, note_format, modality))
    restored = reidentify(raw, surrogates=surrogates)
    flags = [grounding.Flag("placeholder", token, "the model wrote a placeholder that was not in "
                            "the dictation; it was left as is")
             for token in restored.unknown_placeholders]
    draft, conclusion_flags = risk.remove_conclusions(restored.text)
    _, ground_flags = grounding.ground(draft, text)  # the model's words, before our section
    section, section_flags = risk.section_for(text)
    if section is not None:
        draft = f"{draft}\n\n{section}"
    return draft, flags + ground_flags + conclusion_flags + section_flags


def draft_stateless(text: str, *, note_format: NoteFormat, modality: Modality | None,
                    provider: Provider, known: KnownIdentifiers | None = None) -> DraftOutcome:
    """Draft with no data directory: no chart, no audit, and only local endpoints."""
    check_dictation(text)
    decision = compliance.endpoint_allowed(None, base_url=_url(provider))
    if not decision.allowed:
        raise InvalidInput(f"Drafting refused before connecting: {decision.reason}.",
                           hint="Use --provider offline or a model on this machine.")
    result = deidentify(text, known=known)
    released = release(result.text, practice_known=known)
    draft, flags = _compose(text, released=released, surrogates=result.deidentified.surrogates,
                            note_format=note_format, modality=modality, provider=provider)
    return DraftOutcome(draft, note_format, modality, provider.name, released, flags)


def _url(provider: Provider) -> str:
    return provider.endpoint if provider.endpoint.startswith("http") else "http://127.0.0.1"


def _refusal(message: str, hint: str, *, actor: Actor, client_id: str, reason: str,
             extra: dict[str, Any] | None = None) -> AuditedFailure:
    def followup(db: Session) -> None:
        audit.record(db, actor=actor, action="draft.refused", object_type="client",
                     object_id=client_id, client_id=client_id, outcome="denied",
                     details={"reason": reason, **(extra or {})})

    return AuditedFailure(message, hint=hint, followup=followup)


def _part2_client(db: Session, client_id: str) -> bool:
    # A client with any Part 2 consent on file is treated by a Part 2 program.
    return db.scalar(select(Consent.id).where(Consent.client_id == client_id,
                                              Consent.kind == "part2").limit(1)) is not None


def practice_identifiers(practice: Practice, db: Session) -> KnownIdentifiers:
    """Every client's known identifiers: the release check's view of the whole practice."""
    return KnownIdentifiers.combine(
        KnownIdentifiers.from_record(records.open_chart(practice.keys, client)
                                     .model_dump(mode="json"), owner=client.id)
        for client in db.scalars(select(Client)))


def preview(practice: Practice, *, actor: Actor, client_id: str, text: str) -> ReleasedText:
    """Exactly what would leave for this dictation, without sending or storing anything."""
    check_dictation(text)
    with practice.transaction() as db:
        access.authorize(db, actor=actor, permission=Permission.NOTE_WRITE, client_id=client_id)
        client = db.get(Client, client_id)
        assert client is not None
        known = KnownIdentifiers.from_record(
            records.open_chart(practice.keys, client).model_dump(mode="json"))
        everyone = practice_identifiers(practice, db)
        audit.record(db, actor=actor, action="draft.preview", object_type="client",
                     object_id=client_id, client_id=client_id, details={"chars": len(text)})
    return release(deidentify(text, known=known).text, practice_known=everyone)


def draft_note(practice: Practice, *, actor: Actor, client_id: str, text: str,
               note_format: NoteFormat, modality: Modality | None, provider: Provider,
               session_id: str | None = None,
               clock: Callable[[], float] = time.perf_counter) -> DraftOutcome:
    """Draft a note for a client: every check first, the model last, the draft stored."""
    check_dictation(text)
    url = _url(provider)
    with practice.transaction() as db:
        access.authorize(db, actor=actor, permission=Permission.NOTE_WRITE, client_id=client_id)
        if records.consent_in_force(db, client_id=client_id, kind="ai_documentation") is None:
            raise _refusal("This client has no AI-documentation consent on file (or revoked it).",
                           "Record the client's consent, or write this note yourself.",
                           actor=actor, client_id=client_id, reason="no_ai_consent")
        mentions_substances = any(m.category is Category.SUBSTANCE_USE
                                  for m in find_sensitive(text))
        if mentions_substances and _part2_client(db, client_id) and records.consent_in_force(
                db, client_id=client_id, kind="part2") is None:
            raise _refusal("This dictation holds Part 2 substance-use information and the "
                           "client's Part 2 consent has expired or been revoked.",
                           "Obtain a new 42 CFR Part 2 consent, or leave substance-use details "
                           "out of the dictation.",
                           actor=actor, client_id=client_id, reason="no_part2_consent")
        decision = compliance.endpoint_allowed(db, base_url=url)
        if not decision.allowed:
            raise _refusal(f"Drafting refused before connecting to {url}: {decision.reason}.",
                           "An administrator must file a current BAA that forbids training and "
                           "limits retention, or use the offline drafter.",
                           actor=actor, client_id=client_id, reason="endpoint_not_allowed",
                           extra={"endpoint": url[:200]})
        client = db.get(Client, client_id)
        assert client is not None
        known = KnownIdentifiers.from_record(
            records.open_chart(practice.keys, client).model_dump(mode="json"))
        everyone = practice_identifiers(practice, db)
        dictation = Dictation(id=str(uuid.uuid4()), client_id=client_id, author_id=actor.user_id,
                              session_id=session_id, body=b"", status="received",
                              created_at=datetime.now(UTC))
        dictation.body = practice.keys.seal(table="dictations", column="body",
                                            row_id=dictation.id, value=text) or b""
        db.add(dictation)
        db.flush()
        audit.record(db, actor=actor, action="dictation.create", object_type="dictation",
                     object_id=dictation.id, client_id=client_id, details={"chars": len(text)})
    started = clock()
    try:
        result = deidentify(text, known=known)
        released = release(result.text, practice_known=everyone)
        boundary_ms = round((clock() - started) * 1000, 1)
        model_started = clock()
        draft, flags = _compose(text, released=released,
                                surrogates=result.deidentified.surrogates,
                                note_format=note_format, modality=modality, provider=provider)
        model_ms = round((clock() - model_started) * 1000, 1)
    except (BoundaryViolation, ProviderError) as err:
        blocked = isinstance(err, BoundaryViolation)
        with practice.transaction() as db:
            row = db.get(Dictation, dictation.id)
            assert row is not None
            row.status = "blocked" if blocked else "failed"
            audit.record(db, actor=actor, action="draft.blocked" if blocked else "draft.failed",
                         object_type="dictation", object_id=dictation.id, client_id=client_id,
                         outcome="failure", details={
                             "provider": provider.name, "endpoint": url[:200],
                             "findings": len(getattr(err, "findings", ())),
                             "error": type(err).__name__})
        raise
    with practice.transaction() as db:
        note_id = records.create_draft(db, keys=practice.keys, actor=actor, client_id=client_id,
                                       note_format=note_format.key, body=draft,
                                       session_id=session_id,
                                       flags=[f.to_dict() for f in flags])
        row = db.get(Dictation, dictation.id)
        assert row is not None
        row.status, row.note_id = "drafted", note_id
        audit.record(db, actor=actor, action="draft.create", object_type="note",
                     object_id=note_id, client_id=client_id, details={
                         "provider": provider.name, "model": provider.model[:100],
                         "endpoint": url[:200], "released_sha256": released.sha256,
                         "boundary_ms": boundary_ms, "model_ms": model_ms,
                         "flags": len(flags), "format": note_format.key,
                         "format_version": note_format.version,
                         "modality": modality.key if modality else None})
    return DraftOutcome(draft, note_format, modality, provider.name, released, flags,
                        note_id=note_id, dictation_id=dictation.id)
