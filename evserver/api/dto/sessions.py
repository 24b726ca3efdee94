"""Charging sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from evserver.api.dto.common import Output


class Session(Output):
    """A charging session with its totals and live values (`powerW`, `soc`)."""

    id: str
    transaction_id: int
    station_id: str
    connector_id: int
    site_id: str | None
    user_id: str | None
    id_tag: str | None
    badge_id: str | None
    status: str
    started_at: datetime
    stopped_at: datetime | None
    stop_reason: str | None
    energy_wh: float
    duration_s: int
    inactivity_s: int
    extra_inactivity_s: int | None
    price: str | None
    currency: str | None
    power_w: float | None
    soc: float | None
    timezone: str


class ConsumptionPoint(Output):
    """The session at one sampled instant; `amount` is the price so far (once priced)."""

    at: datetime
    energy_wh: float | None
    power_w: float | None
    soc: float | None
    amount: str | None


class SessionStop(Output):
    """How a session was stopped: by the station (`remote`) or by the server (`server`)."""

    mode: Literal["remote", "server"]
    status: str
    session: Session
