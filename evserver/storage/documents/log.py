"""Operational log entries shown to admins, kept for a limited time."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from evserver.core.clock import utcnow
from evserver.storage.documents.base import BaseDocument, UtcDateTime

LOG_RETENTION_S = 14 * 24 * 3600


class LogEntry(BaseDocument):
    """A log line about a tenant (or the platform when `tenant_id` is None)."""

    tenant_id: str | None = None
    at: UtcDateTime = Field(default_factory=utcnow)
    level: str = "INFO"
    source: str = "server"
    action: str | None = None
    station_id: str | None = None
    user_id: str | None = None
    message: str
    details: dict[str, Any] = {}

    class Settings:
        name = "logs"
        indexes = [
            IndexModel([("at", ASCENDING)], name="at_ttl", expireAfterSeconds=LOG_RETENTION_S),
            IndexModel([("tenant_id", ASCENDING), ("at", DESCENDING)], name="tenant_at"),
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING), ("at", DESCENDING)],
                       name="tenant_station_at"),
        ]
