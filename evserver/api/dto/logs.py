"""Log entries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from evserver.api.dto.common import Output


class LogEntry(Output):
    """One log line about the tenant."""

    id: str
    at: datetime
    level: str
    source: str
    action: str | None
    station_id: str | None
    user_id: str | None
    message: str
    details: dict[str, Any]
