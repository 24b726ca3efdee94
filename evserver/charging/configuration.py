"""What a station's configuration holds: read after every accepted boot and kept on the station.

OCPP 1.6 (JSON and SOAP) answers GetConfiguration with every key; the full answer replaces the
stored copy. OCPP 2.x answers with GetBaseReport and sends the values in NotifyReport messages,
which `device_model.store_reported_values` merges as they arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from evserver.charging.errors import StationCommandError
from evserver.charging.gateway import StationGateway
from evserver.charging.templates import TemplateApplier
from evserver.core.clock import utcnow
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository
from evserver.storage.values import is_field_name

logger = logging.getLogger(__name__)
stations = TenantRepository(ChargingStation)


class StationConfiguration:
    """Reads a station's configuration keys and keeps the latest full reading."""

    def __init__(self, gateway: StationGateway) -> None:
        self.gateway = gateway

    async def refresh(self, station: ChargingStation) -> bool:
        """Ask for every key; tell whether the reply held them (2.x reports them later)."""
        reply = await self.gateway.get_configuration(station.tenant_id, station.station_id)
        return await self.store_full_reading(station, reply)

    async def store_full_reading(self, station: ChargingStation,
                                 reply: Mapping[str, Any]) -> bool:
        """Keep a GetConfiguration reply that lists every key (asked without keys)."""
        keys = reply.get("configurationKey")
        if not isinstance(keys, list):
            return False
        values: dict[str, str | None] = {}
        readonly: list[str] = []
        for entry in keys:
            key = entry.get("key") if isinstance(entry, Mapping) else None
            # A key that cannot be a field name is left out (and logged) rather than mangled.
            if not isinstance(key, str) or not is_field_name(key):
                logger.info("configuration key not kept", extra={
                    "tenant_id": station.tenant_id, "station": station.station_id,
                    "key": str(key)[:100]})
                continue
            value = entry.get("value")
            values[key] = None if value is None else str(value)
            if entry.get("readonly"):
                readonly.append(key)
        await stations.update(station.tenant_id, station.id, {
            "configuration": values, "configuration_readonly": sorted(readonly),
            "configuration_read_at": utcnow()})
        return True


class AfterBoot:
    """What follows an accepted boot: the template's keys, then a fresh configuration reading."""

    def __init__(self, templates: TemplateApplier, configuration: StationConfiguration) -> None:
        self.templates = templates
        self.configuration = configuration

    async def __call__(self, station: ChargingStation) -> None:
        await self.templates.apply(station)
        try:
            await self.configuration.refresh(station)
        except StationCommandError as exc:
            logger.info("station configuration not read", extra={
                "tenant_id": station.tenant_id, "station": station.station_id,
                "reason": exc.code})
