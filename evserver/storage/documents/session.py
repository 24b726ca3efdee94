"""Charging sessions (OCPP transactions)."""

from __future__ import annotations

from typing import Literal

from pymongo import ASCENDING, DESCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime

SessionStatus = Literal["active", "completed"]


class Session(TenantDocument):
    """One charging session, from start to stop, with live values and totals."""

    transaction_id: int
    ocpp_transaction_id: str | None = None
    station_id: str
    connector_id: int
    evse_id: int | None = None
    site_id: str | None = None
    id_tag: str | None = None
    badge_id: str | None = None
    user_id: str | None = None
    reservation_id: int | None = None
    status: SessionStatus = "active"
    started_at: UtcDateTime
    stopped_at: UtcDateTime | None = None
    meter_start_wh: float = 0
    meter_stop_wh: float | None = None
    stop_reason: str | None = None
    stopped_by_id_tag: str | None = None
    energy_wh: float = 0
    duration_s: int = 0
    inactivity_s: int = 0
    # Time the car stayed plugged in after the stop, known when the connector is Available
    # again (None until then); pending from the stop until it is known or a new session starts.
    extra_inactivity_s: int | None = None
    extra_inactivity_pending: bool = False
    power_w: float | None = None
    current_a: float | None = None
    soc: float | None = None
    last_meter_at: UtcDateTime | None = None
    last_register_wh: float | None = None
    authorization_status: str = "Accepted"
    last_seq_no: int | None = None
    timezone: str = "UTC"
    # Money in integer minor units of `currency`.
    price_minor: int | None = None
    currency: str | None = None
    unknown_start: bool = False

    class Settings:
        name = "sessions"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("transaction_id", ASCENDING)],
                       name="tenant_transaction_unique", unique=True),
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING),
                        ("ocpp_transaction_id", ASCENDING)], name="tenant_station_txid"),
            IndexModel([("tenant_id", ASCENDING), ("status", ASCENDING),
                        ("stopped_at", DESCENDING)], name="tenant_status_stopped"),
            IndexModel([("tenant_id", ASCENDING), ("user_id", ASCENDING),
                        ("started_at", DESCENDING)], name="tenant_user_started"),
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING),
                        ("started_at", DESCENDING)], name="tenant_station_started"),
        ]
