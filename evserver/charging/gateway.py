"""The version-agnostic command gateway: REST, OCPI and jobs call stations through it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, Protocol

from evserver.charging.errors import (
    NotSupported,
    StationCommandError,
    StationOffline,
    StationRejected,
    StationTimeout,
)
from evserver.charging.stations import StationService
from evserver.core.errors import NotFound
from evserver.storage.documents.station import ChargingStation

logger = logging.getLogger(__name__)

# REST command names (kebab-case) -> OCPP 1.6 action names. Payloads use the 1.6 JSON field
# names whatever the station speaks; each adapter translates for its protocol and version.
COMMANDS: dict[str, str] = {
    "reset": "Reset",
    "clear-cache": "ClearCache",
    "get-configuration": "GetConfiguration",
    "change-configuration": "ChangeConfiguration",
    "remote-start": "RemoteStartTransaction",
    "remote-stop": "RemoteStopTransaction",
    "unlock-connector": "UnlockConnector",
    "change-availability": "ChangeAvailability",
    "trigger-message": "TriggerMessage",
    "set-charging-profile": "SetChargingProfile",
    "clear-charging-profile": "ClearChargingProfile",
    "get-composite-schedule": "GetCompositeSchedule",
    "get-diagnostics": "GetDiagnostics",
    "update-firmware": "UpdateFirmware",
    "reserve-now": "ReserveNow",
    "cancel-reservation": "CancelReservation",
    "send-local-list": "SendLocalList",
    "get-local-list-version": "GetLocalListVersion",
    "data-transfer": "DataTransfer",
}


class StationLink(Protocol):
    """A way to reach one station: an open OCPP-J socket, or a SOAP endpoint."""

    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        """Send a 1.6-shaped command and return the 1.6-shaped reply.

        Raises `NotSupported`, `StationTimeout`, `StationRejected` or `StationOffline`.
        """
        ...


class Relay(Protocol):
    """Reaches stations whose socket another server process holds (see `evserver.cluster`)."""

    async def forward(self, station: ChargingStation, action: str, payload: dict[str, Any],
                      timeout_s: float) -> dict[str, Any]:
        """Send through the process holding the station; raise like a `StationLink`."""
        ...


# Builds a link for stations reached on demand (SOAP), or None when it cannot.
LinkFactory = Callable[[ChargingStation], StationLink | None]


class StationGateway:
    """Sends commands to stations: one outstanding call per station, the others queued in order."""

    def __init__(self, stations: StationService, *, timeout_s: float = 30.0) -> None:
        self.stations = stations
        self.timeout_s = timeout_s
        self._links: dict[tuple[str, str], StationLink] = {}
        self._factories: dict[str, LinkFactory] = {}
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._relay: Relay | None = None

    def attach(self, tenant_id: str, station_id: str, link: StationLink) -> None:
        """Register the live connection of a station on this node (replacing an older one)."""
        self._links[(tenant_id, station_id)] = link

    def detach(self, tenant_id: str, station_id: str, link: StationLink) -> None:
        """Forget a connection, unless a newer one already replaced it."""
        if self._links.get((tenant_id, station_id)) is link:
            del self._links[(tenant_id, station_id)]

    def register_factory(self, protocol: str, factory: LinkFactory) -> None:
        """Reach stations of `protocol` (e.g. `soap`) through links built on demand."""
        self._factories[protocol] = factory

    def use_relay(self, relay: Relay | None) -> None:
        """Reach stations connected to other nodes through `relay` (None: only this node's)."""
        self._relay = relay

    def is_connected(self, tenant_id: str, station_id: str) -> bool:
        """Tell whether this node holds a live connection to the station."""
        return (tenant_id, station_id) in self._links

    def lock(self, tenant_id: str, station_id: str) -> asyncio.Lock:
        """The lock that keeps one outstanding server-to-station call per station."""
        return self._locks.setdefault((tenant_id, station_id), asyncio.Lock())

    async def send(self, tenant_id: str, station_id: str, action: str,
                   payload: dict[str, Any] | None = None, *,
                   timeout_s: float | None = None, local_only: bool = False) -> dict[str, Any]:
        """Send `action` (a 1.6 action name) with a 1.6-shaped payload; return the reply.

        A station connected to another node is reached through the relay, whose node sends
        and logs the command (`local_only`: not, as when serving the relay).
        """
        payload = payload or {}
        # The lock is taken first so that commands reach the station in the order they came.
        async with self.lock(tenant_id, station_id):
            station = await self.stations.find(tenant_id, station_id)
            if station is None:
                raise NotFound(f"no station `{station_id}`")
            link = self._links.get((tenant_id, station_id))
            if link is None and station.ocpp_protocol in self._factories:
                link = self._factories[station.ocpp_protocol](station)
            if (link is None and not local_only and self._relay is not None and station.online
                    and station.node_id and station.node_id != self.stations.node_id):
                return await self._relay.forward(station, action, payload,
                                                 timeout_s or self.timeout_s)
            if link is None:
                raise StationOffline(f"station `{station_id}` is not connected")
            try:
                result = await link.call(action, payload, timeout_s or self.timeout_s)
            except StationCommandError as exc:
                await self.stations.record(station, action, payload,
                                           {"error": exc.code, "message": exc.message},
                                           direction="out")
                raise
            except TimeoutError:
                await self.stations.record(station, action, payload, {"error": "station_timeout"},
                                           direction="out")
                raise StationTimeout(f"station `{station_id}` did not answer {action}") from None
        await self.stations.record(station, action, payload, result, direction="out")
        logger.info("command sent", extra={"tenant_id": tenant_id, "station": station_id,
                                           "action": action, "status": result.get("status")})
        return result

    async def command(self, tenant_id: str, station_id: str, name: str,
                      params: dict[str, Any]) -> dict[str, Any]:
        """Send a command by its REST name (`reset`, `remote-start`...)."""
        action = COMMANDS.get(name)
        if action is None:
            raise NotSupported(f"unknown command `{name}`")
        return await self.send(tenant_id, station_id, action, params)

    # Typed helpers for callers inside the server (jobs, OCPI, templates).

    async def reset(self, tenant_id: str, station_id: str, kind: str = "Soft") -> dict[str, Any]:
        """Reset the station (`Soft` or `Hard`)."""
        return await self.send(tenant_id, station_id, "Reset", {"type": kind})

    async def change_configuration(self, tenant_id: str, station_id: str, key: str,
                                   value: str) -> dict[str, Any]:
        """Set one configuration key."""
        return await self.send(tenant_id, station_id, "ChangeConfiguration",
                               {"key": key, "value": value})

    async def get_configuration(self, tenant_id: str, station_id: str,
                                keys: list[str] | None = None) -> dict[str, Any]:
        """Read configuration keys (all when `keys` is None)."""
        return await self.send(tenant_id, station_id, "GetConfiguration",
                               {"key": keys} if keys else {})

    async def remote_start(self, tenant_id: str, station_id: str, id_tag: str,
                           connector_id: int | None = None) -> dict[str, Any]:
        """Ask the station to start charging for `id_tag`."""
        payload: dict[str, Any] = {"idTag": id_tag}
        if connector_id is not None:
            payload["connectorId"] = connector_id
        return await self.send(tenant_id, station_id, "RemoteStartTransaction", payload)

    async def remote_stop(self, tenant_id: str, station_id: str,
                          transaction_id: int) -> dict[str, Any]:
        """Ask the station to stop a transaction."""
        return await self.send(tenant_id, station_id, "RemoteStopTransaction",
                               {"transactionId": transaction_id})

    async def unlock_connector(self, tenant_id: str, station_id: str,
                               connector_id: int) -> dict[str, Any]:
        """Unlock a connector."""
        return await self.send(tenant_id, station_id, "UnlockConnector",
                               {"connectorId": connector_id})


__all__ = ["COMMANDS", "LinkFactory", "NotSupported", "StationGateway", "StationLink",
           "StationOffline", "StationRejected", "StationTimeout"]
