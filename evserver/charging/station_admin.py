"""What an administrator changes on a station: site, visibility, power, endpoint, password."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from evserver.auth.passwords import hash_password_in_thread
from evserver.charging.sites import sites
from evserver.core.errors import Conflict, InvalidInput, NotFound
from evserver.storage.documents.session import Session
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository

stations = TenantRepository(ChargingStation)
sessions = TenantRepository(Session)

MIN_PASSWORD_LENGTH = 8
EDITABLE = frozenset({"site_id", "public", "max_power_w", "endpoint_url", "password"})


class StationAdministration:
    """Updates and deletes stations; every method takes the tenant first."""

    async def update(self, tenant_id: str, station_id: str,
                     changes: dict[str, Any]) -> ChargingStation:
        """Apply `changes` (`site_id`, `public`, `max_power_w`, `endpoint_url`, `password`)."""
        station = await self._get(tenant_id, station_id)
        unknown = set(changes) - EDITABLE
        if unknown:
            name = sorted(unknown)[0]
            raise InvalidInput(f"`{name}` cannot be changed", field=name)
        values = dict(changes)
        if values.get("site_id") is not None and await sites.get(tenant_id,
                                                                 values["site_id"]) is None:
            raise InvalidInput(f"no site `{values['site_id']}`", field="site_id")
        if values.get("max_power_w") is not None and values["max_power_w"] <= 0:
            raise InvalidInput("the maximum power must be positive", field="max_power_w")
        if "endpoint_url" in values:
            url = values.pop("endpoint_url")
            if url is not None and urlsplit(url).scheme not in ("http", "https"):
                raise InvalidInput("the endpoint URL must be an http(s) URL",
                                   field="endpoint_url")
            # The override wins over the address a SOAP station announces itself.
            values["endpoint_url_override"] = url
        if "password" in values:
            password = values.pop("password")
            if password is not None and len(password) < MIN_PASSWORD_LENGTH:
                raise InvalidInput(
                    f"station password must be at least {MIN_PASSWORD_LENGTH} characters",
                    field="password")
            values["password_hash"] = (await hash_password_in_thread(password, station=True)
                                          if password else None)
        updated = await stations.update(tenant_id, station.id, values)
        if updated is None:
            raise NotFound(f"no station `{station_id}`")
        return updated

    async def delete(self, tenant_id: str, station_id: str) -> None:
        """Delete a station; refused while one of its sessions is active."""
        station = await self._get(tenant_id, station_id)
        active = await sessions.find_one(tenant_id, {"station_id": station_id,
                                                     "status": "active"})
        if active is not None:
            raise Conflict(f"station `{station_id}` has an active session: stop it first")
        await stations.delete(tenant_id, station.id)

    @staticmethod
    async def _get(tenant_id: str, station_id: str) -> ChargingStation:
        station = await stations.find_one(tenant_id, {"station_id": station_id})
        if station is None:
            raise NotFound(f"no station `{station_id}`")
        return station
