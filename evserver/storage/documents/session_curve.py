"""A session's consumption curve: one small point per reading, written with its samples."""

from __future__ import annotations

from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime


class CurvePointDoc(TenantDocument):
    """What one reading says about its session: energy since the start, power, SoC.

    The samples stay the record; these points let a curve of thousands of readings be read
    without rebuilding it from three or more samples per reading.
    """

    session_id: str
    at: UtcDateTime
    energy_wh: float | None = None
    power_w: float | None = None
    soc: float | None = None
    created_at: UtcDateTime | None = None  # type: ignore[assignment]
    updated_at: UtcDateTime | None = None  # type: ignore[assignment]

    class Settings:
        name = "session_curves"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("session_id", ASCENDING), ("at", ASCENDING)],
                       name="tenant_session_at"),
        ]
