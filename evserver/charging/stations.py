"""Charging stations: registration, connection state, boot, status and station-level reports."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import msgspec

from evserver.auth.passwords import hash_password_in_thread
from evserver.charging.model import BootInfo, BootResult, StatusReport
from evserver.core.clock import utcnow
from evserver.core.errors import AlreadyExists, InvalidInput
from evserver.core.events import DomainEvent, EventBus
from evserver.core.ids import is_valid_station_id
from evserver.storage.documents.station import ChargingStation, Connector, RegistrationStatus
from evserver.storage.documents.station_message import StationMessage
from evserver.storage.repository import TenantRepository
from evserver.storage.values import storable

logger = logging.getLogger(__name__)

stations = TenantRepository(ChargingStation)
station_messages = TenantRepository(StationMessage)


async def add_connector(tenant_id: str, station_doc_id: str, connector: Connector) -> None:
    """Append a connector seen for the first time (unless a concurrent message just did)."""
    # Read-modify-write with `$set`: `$push` of sub-documents is not portable to the embedded
    # server, and one station's messages are handled one at a time anyway.
    station = await stations.get(tenant_id, station_doc_id)
    if station is None or any(c.connector_id == connector.connector_id
                              and c.evse_id == connector.evse_id for c in station.connectors):
        return
    await stations.collection.update_one(
        {"tenant_id": tenant_id, "_id": station_doc_id},
        {"$set": {"connectors": [c.model_dump() for c in [*station.connectors, connector]]}})


class StationService:
    """Stations of a tenant; every method takes the tenant first."""

    def __init__(self, bus: EventBus | None = None, *, heartbeat_interval_s: int = 300,
                 node_id: str = "") -> None:
        self.bus = bus or EventBus()
        self.heartbeat_interval_s = heartbeat_interval_s
        self.node_id = node_id
        # Awaited when a connector reports Available (its sessions learn their parking time).
        self.on_connector_available: Callable[[ChargingStation, int, int | None, datetime],
                                              Awaitable[object]] | None = None

    async def add(
        self,
        tenant_id: str,
        station_id: str,
        *,
        password: str | None = None,
        site_id: str | None = None,
        endpoint_url: str | None = None,
        registration_status: RegistrationStatus = "Accepted",
        registration_token_id: str | None = None,
    ) -> ChargingStation:
        """Register a station (by an admin: Accepted when it connects)."""
        if not is_valid_station_id(station_id):
            raise InvalidInput(
                "station id must be 1-48 characters of A-Z a-z 0-9 _ . - ~ :", field="id"
            )
        if password is not None and len(password) < 8:
            # OCPP security profiles ask for at least 16; 8 keeps old stations usable.
            raise InvalidInput("station password must be at least 8 characters", field="password")
        station = ChargingStation(
            tenant_id=tenant_id,
            station_id=station_id,
            site_id=site_id,
            registration_status=registration_status,
            registration_token_id=registration_token_id,
            password_hash=(await hash_password_in_thread(password, station=True)
                           if password else None),
            endpoint_url_override=endpoint_url,
        )
        try:
            station = await stations.insert(tenant_id, station)
        except AlreadyExists:
            raise AlreadyExists(f"station `{station_id}` exists", field="id") from None
        self._publish(tenant_id, "station.created", {"stationId": station_id})
        return station

    async def find(self, tenant_id: str, station_id: str) -> ChargingStation | None:
        """The tenant's station with this id, or None."""
        return await stations.find_one(tenant_id, {"station_id": station_id})

    async def connected(self, station: ChargingStation, *, protocol: str, version: str,
                        remote_address: str | None, endpoint_url: str | None = None) -> None:
        """Record that the station is connected to this node."""
        now = utcnow()
        changes: dict[str, Any] = {
            "online": True, "node_id": self.node_id, "connected_since": now, "last_seen": now,
            "remote_address": remote_address, "ocpp_protocol": protocol, "ocpp_version": version,
        }
        if endpoint_url:
            changes["endpoint_url"] = endpoint_url
        await stations.update(station.tenant_id, station.id, changes)
        self._publish(station.tenant_id, "station.status",
                      {"stationId": station.station_id, "online": True,
                       "protocol": protocol, "version": version})

    async def disconnected(self, station: ChargingStation) -> None:
        """Record that the station's connection to this node closed."""
        # Only if this node still holds it: a reconnection elsewhere must not be undone.
        await stations.collection.update_one(
            {"tenant_id": station.tenant_id, "_id": station.id, "node_id": self.node_id},
            {"$set": {"online": False, "updated_at": utcnow()}},
        )
        self._publish(station.tenant_id, "station.status",
                      {"stationId": station.station_id, "online": False})

    async def seen(self, station: ChargingStation) -> None:
        """Record that the station was heard from just now."""
        await stations.collection.update_one(
            {"tenant_id": station.tenant_id, "_id": station.id},
            {"$set": {"last_seen": utcnow(), "online": True}},
        )

    async def seen_all(self, tenant_id: str, station_ids: list[str]) -> int:
        """Record that these stations of one tenant are connected and alive just now."""
        return await stations.update_many(
            tenant_id, {"station_id": {"$in": station_ids}},
            {"$set": {"last_seen": utcnow(), "online": True}})

    async def boot(self, station: ChargingStation, info: BootInfo) -> BootResult:
        """Store what a booting station says about itself and decide on its registration."""
        now = utcnow()
        status: RegistrationStatus
        if station.registration_status == "Rejected":
            status = "Rejected"
        elif (station.vendor and station.vendor != info.vendor) or (
            station.model and station.model != info.model
        ):
            # Another device is using this identity: refuse it until an admin resolves it.
            status = "Rejected"
        elif station.registration_status == "Pending":
            status = "Pending"
        else:
            status = "Accepted"
        if status != "Rejected":
            changes: dict[str, Any] = {
                "vendor": info.vendor, "model": info.model,
                "serial_number": info.serial_number,
                "charge_box_serial_number": info.charge_box_serial_number,
                "firmware_version": info.firmware_version, "iccid": info.iccid,
                "imsi": info.imsi, "meter_type": info.meter_type,
                "meter_serial_number": info.meter_serial_number,
                "last_boot_at": now, "last_seen": now,
            }
            updated = await stations.update(station.tenant_id, station.id, changes)
            if updated is not None:
                station.__dict__.update(updated.__dict__)
        await self.record(station, "BootNotification", _jsonable(info), {"status": status})
        self._publish(station.tenant_id, "station.booted",
                      {"stationId": station.station_id, "status": status,
                       "vendor": info.vendor, "model": info.model})
        interval = self.heartbeat_interval_s
        return BootResult(status=status, interval_s=interval, current_time=now)

    async def heartbeat(self, station: ChargingStation) -> None:
        """A heartbeat: the station is alive."""
        await self.seen(station)

    async def status(self, station: ChargingStation, report: StatusReport) -> None:
        """Store a connector status (creating the connector on first sight) and its history."""
        at = report.at or utcnow()
        fields = {
            "status": report.status, "error_code": report.error_code, "info": report.info,
            "vendor_id": report.vendor_id, "vendor_error_code": report.vendor_error_code,
            "status_at": at,
        }
        key = {"tenant_id": station.tenant_id, "_id": station.id}
        match = {"connector_id": report.connector_id}
        if report.evse_id is not None:
            match["evse_id"] = report.evse_id
        result = await stations.collection.update_one(
            key | {f"connectors.{k}": v for k, v in match.items()},
            {"$set": {f"connectors.$.{k}": v for k, v in fields.items()}
             | {"last_seen": utcnow()}},
        )
        if not result.matched_count:
            await add_connector(station.tenant_id, station.id, Connector(
                connector_id=report.connector_id, evse_id=report.evse_id, **fields))
        if (report.status == "Available" and report.connector_id
                and self.on_connector_available is not None):
            await self.on_connector_available(station, report.connector_id, report.evse_id, at)
        await self.record(station, "StatusNotification", _jsonable(report))
        self._publish(station.tenant_id, "connector.status", {
            "stationId": station.station_id, "connectorId": report.connector_id,
            "evseId": report.evse_id, "status": report.status, "errorCode": report.error_code,
            "at": at.isoformat()})

    async def set_field(self, station: ChargingStation, field: str, value: Any,
                        action: str, payload: dict[str, Any]) -> None:
        """Store a station-level report (firmware, diagnostics...) and its history."""
        await stations.update(station.tenant_id, station.id, {field: value})
        await self.record(station, action, payload)

    async def record(self, station: ChargingStation, action: str, payload: dict[str, Any],
                     result: dict[str, Any] | None = None, *, direction: str = "in") -> None:
        """Append a message to the station's history."""
        # Free-form parts (DataTransfer data...) may hold integers BSON cannot store.
        await station_messages.insert(station.tenant_id, StationMessage(
            tenant_id=station.tenant_id, station_id=station.station_id, action=action,
            direction=direction, payload=storable(payload), result=storable(result)))

    async def mark_stale_offline(self, tenant_id: str, offline_after_s: int) -> int:
        """Mark the tenant's stations not heard from for `offline_after_s` offline."""
        cutoff = utcnow() - timedelta(seconds=offline_after_s)
        stale = await stations.find(tenant_id, {"online": True, "last_seen": {"$lt": cutoff}},
                                    limit=0)
        for station in stale:
            await stations.update(tenant_id, station.id, {"online": False})
            self._publish(tenant_id, "station.status",
                          {"stationId": station.station_id, "online": False})
        return len(stale)

    def _publish(self, tenant_id: str, event_type: str, data: dict[str, Any]) -> None:
        self.bus.publish(DomainEvent(type=event_type, tenant_id=tenant_id, data=data))


def _jsonable(value: Any) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(value)
    return result
