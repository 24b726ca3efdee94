"""Charging stations and their commands."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from msgspec import Meta

from evserver.api.dto.common import UNSET, DocumentId, Input, Output, Unset

EndpointUrl = Annotated[str, Meta(min_length=1, max_length=2048,
                                  examples=["http://10.0.0.7:8080/ocpp"])]
StationPassword = Annotated[str, Meta(min_length=8, max_length=128)]
PowerW = Annotated[int, Meta(gt=0, le=10_000_000)]


class Connector(Output):
    """A connector (or EVSE) and who charges on it."""

    connector_id: int
    evse_id: int | None
    status: str
    error_code: str
    info: str | None
    status_at: datetime | None
    current_session_id: str | None
    current_transaction_id: int | None
    current_user_id: str | None
    power_w: int | None


class ChargingStationUpdate(Input):
    """Changes an administrator makes to a station; `null` clears a value."""

    site_id: DocumentId | Unset | None = UNSET
    public: bool | Unset = UNSET
    max_power_w: PowerW | Unset | None = UNSET
    endpoint_url: EndpointUrl | Unset | None = UNSET
    password: StationPassword | Unset | None = UNSET


class ChargingStation(Output):
    """A charging station with its connection state and connectors."""

    id: str
    tenant_id: str
    site_id: str | None
    vendor: str | None
    model: str | None
    serial_number: str | None
    firmware_version: str | None
    ocpp_protocol: str | None
    ocpp_version: str | None
    endpoint_url: str | None
    registration_status: str
    public: bool
    max_power_w: int | None
    has_password: bool
    online: bool
    last_seen: datetime | None
    connected_since: datetime | None
    last_boot_at: datetime | None
    connectors: list[Connector]
    created_at: datetime


class ConfigurationKey(Output):
    """One configuration key as the station last reported it."""

    key: str
    value: str | None
    readonly: bool


class StationConfiguration(Output):
    """The station's configuration keys, read after every accepted boot.

    `read_at` is when the station last listed all of them (null for OCPP 2.x stations, whose
    values arrive in reports, and before the first reading).
    """

    keys: list[ConfigurationKey]
    read_at: datetime | None


class CommandResult(Output):
    """The station's answer to a command: its `status` and the whole reply in `data`."""

    status: str
    data: dict[str, Any]
