"""Charging stations and their connectors."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from pymongo import ASCENDING, IndexModel

from evserver.storage.documents.base import TenantDocument, UtcDateTime

RegistrationStatus = Literal["Accepted", "Pending", "Rejected"]


class Connector(BaseModel):
    """A connector (or EVSE); connector 0 in OCPP 1.6 is the station itself."""

    connector_id: int
    evse_id: int | None = None
    status: str = "Unavailable"
    error_code: str = "NoError"
    info: str | None = None
    vendor_id: str | None = None
    vendor_error_code: str | None = None
    status_at: UtcDateTime | None = None
    current_session_id: str | None = None
    current_transaction_id: int | None = None
    power_w: int | None = None


class ChargingStation(TenantDocument):
    """A charging station, unique by `station_id` in its tenant."""

    station_id: str
    site_id: str | None = None
    vendor: str | None = None
    model: str | None = None
    serial_number: str | None = None
    charge_box_serial_number: str | None = None
    firmware_version: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_type: str | None = None
    meter_serial_number: str | None = None
    ocpp_protocol: Literal["json", "soap"] | None = None
    ocpp_version: str | None = None
    endpoint_url: str | None = None
    endpoint_url_override: str | None = None
    password_hash: str | None = None
    registration_status: RegistrationStatus = "Pending"
    registration_token_id: str | None = None
    connectors: list[Connector] = []
    public: bool = False
    max_power_w: int | None = None
    online: bool = False
    node_id: str | None = None
    connected_since: UtcDateTime | None = None
    remote_address: str | None = None
    last_seen: UtcDateTime | None = None
    last_boot_at: UtcDateTime | None = None
    firmware_status: str | None = None
    diagnostics_status: str | None = None
    template_id: str | None = None
    configuration: dict[str, str | None] = {}
    configuration_readonly: list[str] = []
    configuration_read_at: UtcDateTime | None = None

    class Settings:
        name = "charging_stations"
        indexes = [
            IndexModel([("tenant_id", ASCENDING), ("station_id", ASCENDING)],
                       name="tenant_station_unique", unique=True),
            IndexModel([("tenant_id", ASCENDING), ("site_id", ASCENDING)], name="tenant_site"),
            IndexModel([("tenant_id", ASCENDING), ("online", ASCENDING), ("last_seen", ASCENDING)],
                       name="tenant_online_seen"),
        ]
