"""The OCPP listeners of the process, built from `[[central_systems]]`."""

from __future__ import annotations

import socket
from typing import Any, Protocol

from evserver.app import Container
from evserver.charging.errors import NotSupported
from evserver.ocpp import v16
from evserver.ocpp.json.frames import OcppVersion
from evserver.ocpp.json.server import JsonCentralSystem
from evserver.settings.model import CentralSystemSettings


class Listener(Protocol):
    """A server that listens on its own port."""

    settings: CentralSystemSettings

    async def start(self, sock: socket.socket) -> None:
        """Start serving on an already bound socket."""
        ...

    async def stop(self) -> None:
        """Stop serving and close every connection."""
        ...


async def to_station(version: OcppVersion, action: str,
                     payload: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Commands are written in 1.6; 1.6 stations take them as they are."""
    if version == "ocpp1.6":
        return action, payload
    raise NotSupported(f"{action} is not available for {version} stations yet")


def from_station(version: OcppVersion, action: str, reply: dict[str, Any]) -> dict[str, Any]:
    """Replies of 1.6 stations are already in the 1.6 shape."""
    return reply


def build_listeners(container: Container) -> list[Listener]:
    """One listener per configured central system."""
    listeners: list[Listener] = []
    for cs in container.settings.central_systems:
        if cs.implementation == "json":
            listeners.append(JsonCentralSystem(
                cs, container.settings.charging_station, admission=container.admission,
                services=container.ocpp, gateway=container.gateway,
                handlers={"ocpp1.6": v16.HANDLERS}, to_station=to_station,
                from_station=from_station))
    return listeners
