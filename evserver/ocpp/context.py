"""What a protocol handler gets: the station it talks to and the domain services."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from evserver.charging.authorization import BadgeAuthorizer
from evserver.charging.data_transfer import DataTransferRegistry
from evserver.charging.sessions import SessionService
from evserver.charging.stations import StationService
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant

# Work to do after the reply is sent (e.g. pushing a template's configuration): a handler must
# never wait for a station's answer while the station waits for ours.
Background = Callable[[Awaitable[Any]], None]


@dataclass
class OcppServices:
    """The domain services every OCPP adapter translates to."""

    stations: StationService
    sessions: SessionService
    badges: BadgeAuthorizer
    data_transfer: DataTransferRegistry
    on_accepted_boot: Callable[[ChargingStation], Awaitable[object]] | None = None


@dataclass
class StationContext:
    """One station's conversation: tenant, station document, protocol and version."""

    tenant: Tenant
    station: ChargingStation
    protocol: str
    version: str
    services: OcppServices
    background: Background
