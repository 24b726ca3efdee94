"""Meter values, one document per sampled value."""

from __future__ import annotations

from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime


class MeterSample(TenantDocument):
    """One sampled value; `session_id` is None for values sent outside a session."""

    session_id: str | None = None
    station_id: str
    connector_id: int
    at: UtcDateTime
    measurand: str = "Energy.Active.Import.Register"
    phase: str | None = None
    location: str | None = None
    context: str = "Sample.Periodic"
    value: float
    unit: str = "Wh"
    # Samples are written once and never changed: no bookkeeping times, which would make up a
    # quarter of every sample document.
    created_at: UtcDateTime | None = None  # type: ignore[assignment]
    updated_at: UtcDateTime | None = None  # type: ignore[assignment]

    class Settings:
        name = "meter_samples"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("session_id", ASCENDING), ("at", ASCENDING)],
                       name="tenant_session_at"),
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING), ("at", ASCENDING)],
                       name="tenant_station_at"),
        ]
