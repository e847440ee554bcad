"""The hash chain itself: canonical encoding, hashing and verification, with no database."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64

# The fields an event's hash covers, in a fixed order; `entry_hash` is the output.
HASHED_FIELDS = (
    "seq", "event_id", "occurred_at", "actor_id", "actor_role", "auth_method", "source_addr",
    "action", "object_type", "object_id", "client_id", "outcome", "details", "prev_hash",
)


def canonical(fields: Mapping[str, Any]) -> bytes:
    """A byte encoding that is the same for the same values on every database and platform."""
    return json.dumps({name: fields[name] for name in HASHED_FIELDS}, sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and this event's canonical encoding."""
    return hashlib.sha256(fields["prev_hash"].encode() + b"\n" + canonical(fields)).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement that the chain had `size` events ending in `head`."""

    size: int
    head: str
    source: str


@dataclass
class Verdict:
    """What verification found: intact, or the first event (or checkpoint) that is wrong."""

    ok: bool
    count: int
    head: str
    bad_seq: int | None = None
    problem: str = ""

    def summary(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.count} events, head {self.head[:16]}"
        where = f"event #{self.bad_seq}" if self.bad_seq is not None else "the chain"
        return f"audit chain BROKEN at {where}: {self.problem}"


def verify_events(
    events: Iterable[Mapping[str, Any]],
    *,
    start_seq: int = 0,
    start_hash: str = GENESIS_HASH,
    checkpoints: Iterable[Checkpoint] = (),
) -> Verdict:
    """Walk events in `seq` order; any edit, deletion, reordering or truncation shows up.

    Edits change an event's hash; deletions and reorderings break `seq` continuity or the
    `prev_hash` link; truncation of the newest events is caught against the checkpoints.
    """
    expected_seq = start_seq + 1
    prev = start_hash
    count = 0
    wanted = {cp.size: cp for cp in checkpoints if cp.size > start_seq}
    for event in events:
        seq = event["seq"]
        if seq != expected_seq:
            missing = "missing" if seq > expected_seq else "out of order"
            return Verdict(False, count, prev, expected_seq,
                           f"expected event #{expected_seq}, found #{seq} (events {missing})")
        if event["prev_hash"] != prev:
            return Verdict(False, count, prev, seq,
                           "its link to the previous event does not match (an event before it "
                           "was changed, removed or reordered)")
        if entry_hash(event) != event["entry_hash"]:
            return Verdict(False, count, prev, seq, "its contents do not match its hash (edited)")
        prev = event["entry_hash"]
        count += 1
        expected_seq += 1
        checkpoint = wanted.pop(seq, None)
        if checkpoint is not None and checkpoint.head != prev:
            return Verdict(False, count, prev, seq,
                           f"differs from signed checkpoint {checkpoint.source} "
                           "(the chain was rewritten)")
    if wanted:
        largest = max(wanted.values(), key=lambda cp: cp.size)
        return Verdict(False, count, prev, expected_seq,
                       f"the chain ends at #{expected_seq - 1} but signed checkpoint "
                       f"{largest.source} covers {largest.size} events (newest events removed)")
    return Verdict(True, count, prev)
