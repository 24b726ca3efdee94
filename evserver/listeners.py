"""The OCPP listeners of the process, built from `[[central_systems]]`."""

from __future__ import annotations

import functools
import socket
from typing import Protocol

from evserver.app import Container
from evserver.ocpp import v16
from evserver.ocpp.context import StationContext
from evserver.ocpp.json import commands, v2
from evserver.ocpp.json.connection import ToStation
from evserver.ocpp.json.server import JsonCentralSystem
from evserver.ocpp.soap.server import SoapCentralSystem
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


def to_station_for(ctx: StationContext) -> ToStation:
    """Outgoing translation for one station (2.x needs its sessions to map transaction ids)."""
    return functools.partial(commands.to_station,
                             resolve_tx=commands.transaction_resolver(ctx.services.sessions,
                                                                      ctx.station))


def build_listeners(container: Container) -> list[Listener]:
    """One listener per configured central system."""
    listeners: list[Listener] = []
    for cs in container.settings.central_systems:
        if cs.implementation == "json":
            listeners.append(JsonCentralSystem(
                cs, container.settings.charging_station, admission=container.admission,
                services=container.ocpp, gateway=container.gateway,
                handlers={"ocpp1.6": v16.HANDLERS, "ocpp2.0.1": v2.HANDLERS_201,
                          "ocpp2.1": v2.HANDLERS_21},
                to_station=to_station_for, from_station=commands.from_station,
                on_message=container.metrics.ocpp_message, metrics=container.metrics))
        elif cs.implementation == "soap":
            listeners.append(SoapCentralSystem(container, cs))
    return listeners
