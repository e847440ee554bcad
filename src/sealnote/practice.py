"""One practice's data directory, opened: settings, database, key ring and units of work."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from sealnote import db as database
from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.audit.service import CheckpointStore
from sealnote.config import Settings
from sealnote.crypto import KeyRing, MasterKeySource
from sealnote.errors import AuditedFailure, ConfigurationError
from sealnote.records.models import Practice as PracticeRow


class Practice:
    """Everything a service call needs, for one data directory."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.sessions: sessionmaker = database.make_sessionmaker(engine)
        self.keys = KeyRing(MasterKeySource(settings.keys_dir, settings.master_key))
        self.checkpoints = CheckpointStore(settings.checkpoints_dir, settings.keys_dir)
        self._practice_id: str | None = None

    @classmethod
    def open(cls, settings: Settings) -> Practice:
        """Open an initialised data directory, or say how to initialise it."""
        if settings.uses_sqlite and not settings.sqlite_path.exists():
            raise ConfigurationError(
                f"No Sealnote data in {settings.data_dir}.",
                hint=f"Run `sealnote init --data-dir {settings.data_dir}` first.")
        engine = database.make_engine(settings.effective_database_url)
        if not inspect(engine).has_table("practice") or not database.schema_is_current(engine):
            engine.dispose()
            raise ConfigurationError(
                "The database has not been initialised or upgraded for this version.",
                hint=f"Run `sealnote init --data-dir {settings.data_dir}`; it is safe to repeat.")
        practice = cls(settings, engine)
        _ = practice.id
        return practice

    @classmethod
    def initialise(cls, settings: Settings, *, actor: Actor, name: str = "My practice",
                   is_demo: bool = False) -> tuple[Practice, bool]:
        """Create or upgrade a data directory; safe to repeat. Returns (practice, created)."""
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(settings.data_dir, 0o700)
        MasterKeySource(settings.keys_dir, settings.master_key).ensure()
        engine = database.make_engine(settings.effective_database_url)
        database.upgrade(engine)
        practice = cls(settings, engine)
        with practice.transaction() as db:
            row = db.scalars(select(PracticeRow)).first()
            created = row is None
            if row is None:
                row = PracticeRow(id=str(uuid.uuid4()), name=name, is_demo=is_demo,
                                  created_at=datetime.now(UTC))
                db.add(row)
                db.flush()
            audit.record(db, actor=actor, action="practice.init" if created else "practice.upgrade",
                         object_type="practice", object_id=row.id)
            practice._practice_id = row.id
        return practice, created

    @property
    def id(self) -> str:
        """The practice's id: the origin named in signed audit checkpoints.

        Loaded when the practice is opened, because on SQLite a second connection opened
        inside a running transaction would wait for that transaction to end.
        """
        if self._practice_id is None:
            with self.sessions() as db:
                row = db.scalars(select(PracticeRow)).first()
                if row is None:
                    raise ConfigurationError("This database holds no practice.",
                                             hint="Run `sealnote init`.")
                self._practice_id = row.id
        return self._practice_id

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work: commit on success, roll back on error, keep refusals in the log.

        A refusal (denied access, failed sign-in) rolls the work back, then its followup
        writes the audit event in a fresh transaction, so the log keeps what was refused.
        """
        db = self.sessions()
        try:
            self.keys.sync(db)
            yield db
            db.commit()
        except AuditedFailure as failure:
            db.rollback()
            if failure.followup is not None:
                with self.sessions() as fresh:
                    failure.followup(fresh)
                    fresh.commit()
            raise
        except BaseException:
            db.rollback()
            raise
        finally:
            db.close()

    def rotate_keys(self, *, actor: Actor) -> dict[str, Any]:
        """Re-wrap every data key under a new master key (audited) and promote the new key."""
        with self.transaction() as db:
            result = self.keys.rotate(db, new_master_key=self.settings.new_master_key)
            audit.record(db, actor=actor, action="keys.rotate", object_type="key_ring",
                         details=result)
        self.keys.finish_rotation()
        return result

    def close(self) -> None:
        self.engine.dispose()
