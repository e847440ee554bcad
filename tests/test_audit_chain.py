"""The hash chain by itself: any edit, deletion, reordering or truncation is detected."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sealnote.audit.chain import GENESIS_HASH, Checkpoint, entry_hash, verify_events

ACTIONS = ["login.success", "chart.read", "note.create", "note.sign", "access.denied"]


def build_chain(size: int) -> list[dict[str, Any]]:
    events, prev = [], GENESIS_HASH
    for seq in range(1, size + 1):
        event = {"seq": seq, "event_id": f"e{seq}", "occurred_at": f"2026-01-01T00:00:{seq:02d}Z",
                 "actor_id": f"u{seq % 3}", "actor_role": "clinician", "auth_method": "password",
                 "source_addr": "127.0.0.1", "action": ACTIONS[seq % len(ACTIONS)],
                 "object_type": "note", "object_id": f"n{seq}", "client_id": f"c{seq % 2}",
                 "outcome": "success", "details": "{}", "prev_hash": prev}
        event["entry_hash"] = entry_hash(event)
        prev = event["entry_hash"]
        events.append(event)
    return events


def head_checkpoint(events: list[dict[str, Any]]) -> Checkpoint:
    return Checkpoint(size=len(events), head=events[-1]["entry_hash"], source="test")


EDITABLE = ["event_id", "occurred_at", "actor_id", "actor_role", "auth_method", "source_addr",
            "action", "object_type", "object_id", "client_id", "outcome", "details"]


def test_an_untouched_chain_verifies() -> None:
    events = build_chain(20)
    verdict = verify_events(events, checkpoints=[head_checkpoint(events)])
    assert verdict.ok and verdict.count == 20 and verdict.head == events[-1]["entry_hash"]


@settings(max_examples=200, deadline=None)
@given(size=st.integers(2, 30), data=st.data())
def test_editing_any_field_of_any_event_is_caught_at_that_event(size: int, data: st.DataObject):
    events = build_chain(size)
    index = data.draw(st.integers(0, size - 1))
    field = data.draw(st.sampled_from(EDITABLE))
    tampered = copy.deepcopy(events)
    tampered[index][field] = str(tampered[index][field]) + "x"
    verdict = verify_events(tampered, checkpoints=[head_checkpoint(events)])
    assert not verdict.ok
    assert verdict.bad_seq == index + 1


@settings(max_examples=200, deadline=None)
@given(size=st.integers(2, 30), data=st.data())
def test_an_edit_with_recomputed_hashes_is_caught_by_the_checkpoint(size: int, data: st.DataObject):
    events = build_chain(size)
    index = data.draw(st.integers(0, size - 1))
    forged, prev = copy.deepcopy(events), GENESIS_HASH
    forged[index]["outcome"] = "denied"
    for event in forged:  # the attacker rewrites every hash after the edit
        event["prev_hash"] = prev
        event["entry_hash"] = entry_hash(event)
        prev = event["entry_hash"]
    assert verify_events(forged).ok  # without a checkpoint a full rewrite is self-consistent
    verdict = verify_events(forged, checkpoints=[head_checkpoint(events)])
    assert not verdict.ok and "checkpoint" in verdict.problem


@settings(max_examples=200, deadline=None)
@given(size=st.integers(2, 30), data=st.data())
def test_deleting_any_event_is_caught(size: int, data: st.DataObject) -> None:
    events = build_chain(size)
    index = data.draw(st.integers(0, size - 1))
    tampered = events[:index] + events[index + 1:]
    verdict = verify_events(tampered, checkpoints=[head_checkpoint(events)])
    assert not verdict.ok


@settings(max_examples=200, deadline=None)
@given(size=st.integers(2, 30), data=st.data())
def test_reordering_events_is_caught(size: int, data: st.DataObject) -> None:
    events = build_chain(size)
    permutation = data.draw(st.permutations(range(size)))
    if list(permutation) == list(range(size)):
        return
    tampered = [events[i] for i in permutation]
    assert not verify_events(tampered, checkpoints=[head_checkpoint(events)]).ok


@settings(max_examples=200, deadline=None)
@given(size=st.integers(2, 30), data=st.data())
def test_cutting_off_the_newest_events_is_caught_by_the_checkpoint(size: int, data: st.DataObject):
    events = build_chain(size)
    keep = data.draw(st.integers(0, size - 1))
    verdict = verify_events(events[:keep], checkpoints=[head_checkpoint(events)])
    assert not verdict.ok
    assert "newest events removed" in verdict.problem


def test_renumbering_after_a_deletion_is_caught() -> None:
    events = build_chain(10)
    tampered = copy.deepcopy(events[:4] + events[5:])
    for seq, event in enumerate(tampered, start=1):
        event["seq"] = seq
    verdict = verify_events(tampered)
    assert not verdict.ok and verdict.bad_seq == 5
