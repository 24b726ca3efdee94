"""Version-agnostic inputs and outputs of the charging domain (what every adapter translates to)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

AuthorizationStatus = Literal["Accepted", "Invalid", "Blocked", "Expired", "ConcurrentTx"]


class BootInfo(msgspec.Struct, kw_only=True):
    """Identity a station reports when it boots."""

    vendor: str
    model: str
    serial_number: str | None = None
    charge_box_serial_number: str | None = None
    firmware_version: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_type: str | None = None
    meter_serial_number: str | None = None
    reason: str | None = None


class BootResult(msgspec.Struct, kw_only=True):
    """The answer to a boot."""

    status: Literal["Accepted", "Pending", "Rejected"]
    interval_s: int
    current_time: datetime


class StatusReport(msgspec.Struct, kw_only=True):
    """A connector (or, for connector 0, station) status change."""

    connector_id: int
    status: str
    error_code: str = "NoError"
    evse_id: int | None = None
    info: str | None = None
    vendor_id: str | None = None
    vendor_error_code: str | None = None
    at: datetime | None = None


class IdTagInfo(msgspec.Struct, kw_only=True):
    """The verdict on a badge."""

    status: AuthorizationStatus
    expiry_date: datetime | None = None
    parent_id_tag: str | None = None


class SampledValue(msgspec.Struct, kw_only=True):
    """One measured value, already a number, in the unit the station gave."""

    value: float
    measurand: str = "Energy.Active.Import.Register"
    unit: str | None = None
    phase: str | None = None
    location: str | None = None
    context: str = "Sample.Periodic"


class MeterReading(msgspec.Struct, kw_only=True):
    """Values sampled at one instant."""

    at: datetime
    values: list[SampledValue]


class StartRequest(msgspec.Struct, kw_only=True):
    """A station started charging."""

    connector_id: int
    id_tag: str | None
    meter_start_wh: float
    at: datetime
    reservation_id: int | None = None
    evse_id: int | None = None
    ocpp_transaction_id: str | None = None


class StartResult(msgspec.Struct, kw_only=True):
    """The session that was opened (or found again, for a retransmission)."""

    transaction_id: int
    session_id: str
    id_tag_info: IdTagInfo


class StopRequest(msgspec.Struct, kw_only=True):
    """A station stopped charging."""

    at: datetime
    meter_stop_wh: float | None = None
    transaction_id: int | None = None
    ocpp_transaction_id: str | None = None
    id_tag: str | None = None
    reason: str | None = None
    readings: list[MeterReading] = []


class StopResult(msgspec.Struct, kw_only=True):
    """The answer to a stop: the verdict on the stopping badge, if one was given."""

    id_tag_info: IdTagInfo | None
    session_id: str | None
