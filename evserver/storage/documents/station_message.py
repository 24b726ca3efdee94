"""History of what stations reported (boots, status changes, data transfers, firmware...)."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from evserver.core.clock import utcnow
from evserver.storage.documents.base import TenantDocument, UtcDateTime

HISTORY_RETENTION_S = 90 * 24 * 3600


class StationMessage(TenantDocument):
    """One message from (or command to) a station, kept for support and audits."""

    station_id: str
    action: str
    direction: str = "in"
    at: UtcDateTime = Field(default_factory=utcnow)
    payload: dict[str, Any] = {}
    result: dict[str, Any] | None = None

    class Settings:
        name = "station_messages"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING), ("at", DESCENDING)],
                       name="tenant_station_at"),
            IndexModel([("at", ASCENDING)], name="at_ttl", expireAfterSeconds=HISTORY_RETENTION_S),
        ]
