from sqlalchemy import select

from sealnote.audit import service as audit
from sealnote.practice import Practice
from sealnote.records.models import Note


def test_demo_practice_has_a_valid_chain_and_signed_and_draft_notes(demo: Practice) -> None:
    with demo.transaction() as db:
        statuses = [n.status for n in db.scalars(select(Note))]
        verdict = audit.verify(db, store=demo.checkpoints, origin=demo.id)
    assert verdict.ok, verdict.summary()
    assert statuses.count("signed") >= 5 and statuses.count("draft") >= 2
