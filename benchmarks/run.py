"""`make bench`: throughput of the foundation's hot paths, printed as one table.

Speed goals live here, never in timed tests. Every figure comes from this one run on this
machine, so ratios between rows are meaningful; absolute numbers depend on the hardware.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sealnote.actor import Actor, operator
from sealnote.audit import service as audit
from sealnote.config import Settings
from sealnote.practice import Practice

ACTOR = Actor(user_id="bench", roles=frozenset({"clinician"}), auth_method="password")


def timed(label: str, unit: str, count: int, action: Callable[[], None],
          rows: list[tuple[str, str, str]]) -> None:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    best = min(runs)
    rows.append((label, f"{count / best:,.0f} {unit}/s",
                 f"best of 3; median {statistics.median(runs) * 1000:,.1f} ms for {count:,}"))


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        practice, _ = Practice.initialise(Settings(data_dir=Path(tmp) / "data"),
                                          actor=operator())
        with practice.transaction() as db:
            practice.keys.sync(db)

        def append_batch() -> None:
            with practice.transaction() as db:
                for n in range(2000):
                    audit.record(db, actor=ACTOR, action="chart.read", object_type="client",
                                 object_id=str(n))

        def append_single() -> None:
            for n in range(200):
                with practice.transaction() as db:
                    audit.record(db, actor=ACTOR, action="chart.read", object_type="client",
                                 object_id=str(n))

        timed("audit append, one transaction", "events", 2000, append_batch, rows)
        timed("audit append, commit each (SQLite WAL)", "events", 200, append_single, rows)
        with practice.sessions() as db:
            count = audit.verify(db, store=practice.checkpoints, origin=practice.id).count

        def verify_all() -> None:
            with practice.sessions() as db:
                assert audit.verify(db, store=practice.checkpoints, origin=practice.id).ok

        timed("audit verify (whole chain)", "events", count, verify_all, rows)
        text = "S: client reports improved sleep and mood; PHQ-9 9. " * 40

        def seal_open() -> None:
            for n in range(5000):
                blob = practice.keys.seal(table="notes", column="body", row_id=str(n), value=text)
                practice.keys.open(table="notes", column="body", row_id=str(n), blob=blob)

        timed(f"field seal+open ({len(text):,} chars)", "fields", 5000, seal_open, rows)
        from sealnote.access.service import hash_password

        timed("argon2id password hash", "hashes", 5,
              lambda: [hash_password("a long enough password") for _ in range(5)], rows)
        practice.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak memory (this process)", f"{peak_mb:,.0f} MB", "ru_maxrss"))
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'throughput':>18}  notes")
    print(f"{'-' * width}  {'-' * 18}  -----")
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:>18}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
