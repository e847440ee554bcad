"""Appending to the audit chain, verifying it, checkpoints, reports and lawful purges."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from sealnote.actor import Actor
from sealnote.audit.chain import GENESIS_HASH, HASHED_FIELDS, Checkpoint, Verdict, entry_hash
from sealnote.audit.chain import verify_events as verify_event_stream
from sealnote.audit.models import AuditAnchor, AuditEvent
from sealnote.crypto import write_secret_file
from sealnote.errors import ConfigurationError, InvalidInput, RetentionError

# Any constant works; it only has to be the same for every process appending to one chain.
ADVISORY_LOCK_KEY = 0x5EA1A0D17
SIGNING_KEY_FILE = "audit-signing.key"
PUBLIC_KEY_FILE = "audit-signing.pub"
DETAIL_VALUE_LIMIT = 200


def utc_stamp(moment: datetime | None = None) -> str:
    """A UTC timestamp with a fixed width, so that text order is time order."""
    moment = (moment or datetime.now(UTC)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _check_details(details: dict[str, Any]) -> str:
    # Details carry ids, counts, flags and codes. Long free text is where PHI would creep in,
    # so the audit log refuses it outright rather than trusting every caller.
    for key, value in details.items():
        if isinstance(value, str) and len(value) > DETAIL_VALUE_LIMIT:
            raise InvalidInput(f"Audit detail {key!r} is too long to be a code or an id.",
                               hint="Audit details hold identifiers and codes, never text.")
        if not isinstance(value, str | int | float | bool | type(None)):
            raise InvalidInput(f"Audit detail {key!r} must be a plain value.")
    return json.dumps(details, sort_keys=True, separators=(",", ":"))


def record(
    db: Session,
    *,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: str | None = None,
    client_id: str | None = None,
    outcome: str = "success",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction."""
    if db.get_bind().dialect.name == "postgresql":
        # Serialises appenders across connections and app instances until this commits.
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    head = db.execute(
        select(AuditEvent.seq, AuditEvent.entry_hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    if head is None:
        anchor = db.scalars(select(AuditAnchor).order_by(AuditAnchor.id.desc()).limit(1)).first()
        head_seq, head_hash = (anchor.up_to_seq, anchor.head_hash) if anchor else (0, GENESIS_HASH)
    else:
        head_seq, head_hash = head
    fields: dict[str, Any] = {
        "seq": head_seq + 1,
        "event_id": str(uuid.uuid4()),
        "occurred_at": utc_stamp(),
        "actor_id": actor.user_id,
        "actor_role": actor.role,
        "auth_method": actor.auth_method,
        "source_addr": actor.source_addr,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "client_id": client_id,
        "outcome": outcome,
        "details": _check_details(details or {}),
        "prev_hash": head_hash,
    }
    event = AuditEvent(**fields, entry_hash=entry_hash(fields))
    db.add(event)
    db.flush()
    return event


def _event_rows(db: Session, *, after_seq: int) -> Iterator[dict[str, Any]]:
    query = select(AuditEvent).where(AuditEvent.seq > after_seq).order_by(AuditEvent.seq)
    for event in db.scalars(query.execution_options(yield_per=2000)):
        row = {name: getattr(event, name) for name in HASHED_FIELDS}
        row["entry_hash"] = event.entry_hash
        yield row


@dataclass(frozen=True)
class CheckpointStore:
    """Signed checkpoint files and the Ed25519 key that signs them."""

    checkpoints_dir: Path
    keys_dir: Path

    def _private_key(self, *, create: bool) -> Ed25519PrivateKey:
        path = self.keys_dir / SIGNING_KEY_FILE
        if not path.exists():
            if not create:
                raise ConfigurationError(f"No audit signing key at {path}.",
                                         hint="Run `sealnote audit checkpoint` to create one.")
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes_raw()
            write_secret_file(path, base64.b64encode(raw).decode() + "\n")
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(path.read_text()))

    def public_key(self) -> Ed25519PublicKey | None:
        path = self.checkpoints_dir / PUBLIC_KEY_FILE
        if not path.exists():
            return None
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(path.read_text()))

    def write(self, *, origin: str, size: int, head: str) -> Path:
        key = self._private_key(create=True)
        self.checkpoints_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        public = base64.b64encode(key.public_key().public_bytes_raw()).decode()
        (self.checkpoints_dir / PUBLIC_KEY_FILE).write_text(public + "\n")
        statement = {"origin": origin, "size": size, "head": head, "created_at": utc_stamp()}
        signature = key.sign(_statement_bytes(statement))
        path = self.checkpoints_dir / f"checkpoint-{size:012d}.json"
        payload = {**statement, "public_key": public,
                   "signature": base64.b64encode(signature).decode()}
        path.write_text(json.dumps(payload, indent=2) + "\n")
        return path

    def load(self, *, origin: str) -> list[Checkpoint]:
        """Every checkpoint file, each checked against the signing key; a bad one raises."""
        public = self.public_key()
        found: list[Checkpoint] = []
        for path in sorted(self.checkpoints_dir.glob("checkpoint-*.json")):
            payload = json.loads(path.read_text())
            statement = {k: payload[k] for k in ("origin", "size", "head", "created_at")}
            if public is None:
                raise ConfigurationError(f"{path.name} has no public key beside it.",
                                         hint=f"Restore {PUBLIC_KEY_FILE} from your copy.")
            try:
                public.verify(base64.b64decode(payload["signature"]), _statement_bytes(statement))
            except InvalidSignature as err:
                raise ConfigurationError(f"Checkpoint {path.name} has an invalid signature.",
                                         hint="Restore checkpoints from an off-site copy.") from err
            if statement["origin"] != origin:
                continue
            found.append(Checkpoint(size=int(statement["size"]), head=statement["head"],
                                    source=path.name))
        return found


def _statement_bytes(statement: dict[str, Any]) -> bytes:
    return json.dumps(statement, sort_keys=True, separators=(",", ":")).encode()


def _anchor(db: Session) -> tuple[int, str]:
    anchor = db.scalars(select(AuditAnchor).order_by(AuditAnchor.id.desc()).limit(1)).first()
    return (anchor.up_to_seq, anchor.head_hash) if anchor else (0, GENESIS_HASH)


def verify(db: Session, *, store: CheckpointStore, origin: str) -> Verdict:
    """Recompute the whole chain and hold it against every signed checkpoint."""
    start_seq, start_hash = _anchor(db)
    try:
        checkpoints = store.load(origin=origin)
    except ConfigurationError as err:
        return Verdict(False, 0, start_hash, None, err.message)
    return verify_event_stream(_event_rows(db, after_seq=start_seq), start_seq=start_seq,
                               start_hash=start_hash, checkpoints=checkpoints)


def checkpoint(db: Session, *, store: CheckpointStore, origin: str) -> tuple[Path, Verdict]:
    """Verify the chain, then sign its head; a broken chain is never checkpointed."""
    verdict = verify(db, store=store, origin=origin)
    if not verdict.ok:
        raise ConfigurationError(verdict.summary(),
                                 hint="Investigate before checkpointing: run `sealnote audit "
                                 "verify` and treat this as a possible security incident.")
    start_seq, _ = _anchor(db)
    path = store.write(origin=origin, size=start_seq + verdict.count, head=verdict.head)
    return path, verdict


def client_report(db: Session, *, actor: Actor, client_id: str) -> list[dict[str, Any]]:
    """Who did what to one client's record, and when, oldest first (the reading is audited)."""
    query = select(AuditEvent).where(AuditEvent.client_id == client_id).order_by(AuditEvent.seq)
    rows = [
        {"seq": e.seq, "time": e.occurred_at, "actor": e.actor_id, "role": e.actor_role,
         "auth_method": e.auth_method, "source": e.source_addr, "action": e.action,
         "object_type": e.object_type, "object_id": e.object_id, "outcome": e.outcome,
         "details": e.details}
        for e in db.scalars(query)
    ]
    record(db, actor=actor, action="audit.report", object_type="client", object_id=client_id,
           client_id=client_id, details={"events": len(rows)})
    return rows


def purge(db: Session, *, actor: Actor, before: datetime, retention_years: int) -> int:
    """Delete events older than `before`, which must itself be past the retention period."""
    now = datetime.now(UTC)
    limit = now.replace(year=now.year - retention_years, day=min(now.day, 28))
    if before.astimezone(UTC) > limit:
        raise RetentionError(
            f"Audit events are kept {retention_years} years; nothing after {limit:%Y-%m-%d} "
            "can be purged.",
            hint=f"Choose a date on or before {limit:%Y-%m-%d}.",
        )
    cutoff = utc_stamp(before)
    last = db.execute(select(AuditEvent.seq, AuditEvent.entry_hash)
                      .where(AuditEvent.occurred_at < cutoff)
                      .order_by(AuditEvent.seq.desc()).limit(1)).first()
    if last is None:
        return 0
    count = db.scalar(select(func.count(AuditEvent.seq)).where(AuditEvent.seq <= last.seq)) or 0
    db.add(AuditAnchor(up_to_seq=last.seq, head_hash=last.entry_hash, created_at=utc_stamp()))
    db.execute(delete(AuditEvent).where(AuditEvent.seq <= last.seq))
    record(db, actor=actor, action="audit.purge", object_type="audit_log",
           details={"up_to_seq": last.seq, "events": count})
    return count
