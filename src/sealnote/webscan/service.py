"""Keeping scans in the compliance center, and re-scanning on schedule."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sealnote.actor import Actor
from sealnote.audit import service as audit
from sealnote.webscan.models import WebScan

RESCAN_AFTER = timedelta(days=7)


def keep(db: Session, *, actor: Actor, result: dict[str, Any]) -> WebScan:
    """Store a scan's result; the newest per site drives the website alert."""
    row = WebScan(id=str(uuid.uuid4()), site=result["site"], scanned_at=datetime.now(UTC),
                  worst=result["summary"]["worst"], result=json.dumps(result))
    db.add(row)
    db.flush()
    audit.record(db, actor=actor, action="webscan.keep", object_type="web_scan",
                 object_id=row.id, details={"worst": row.worst,
                                            "pages": result["summary"]["pages"]})
    return row


def latest(db: Session) -> list[WebScan]:
    """The newest scan of each site scanned."""
    newest: dict[str, WebScan] = {}
    for row in db.scalars(select(WebScan).order_by(WebScan.scanned_at)):
        newest[row.site] = row
    return list(newest.values())


def due(db: Session, *, now: datetime | None = None) -> list[str]:
    """Sites whose newest scan is older than a week."""
    moment = now or datetime.now(UTC)
    return [row.site for row in latest(db)
            if moment - (row.scanned_at if row.scanned_at.tzinfo
                         else row.scanned_at.replace(tzinfo=UTC)) > RESCAN_AFTER]
