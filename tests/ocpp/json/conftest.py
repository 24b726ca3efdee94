"""A running OCPP-J central system over the test module's database."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest_asyncio

from evserver.app import Container
from evserver.listeners import to_station_for
from evserver.ocpp import v16
from evserver.ocpp.json import commands, v2
from evserver.ocpp.json.server import JsonCentralSystem
from evserver.settings.model import CentralSystemSettings, ChargingStationSettings
from evserver.storage.documents.tenant import Tenant
from tests.support import listening_socket


def basic_auth(user: str, password: str) -> dict[str, str]:
    """The HTTP Basic `Authorization` header a station sends."""
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@dataclass
class Csms:
    """What a test needs: the URL base, the services and one tenant with a driver."""

    url: str
    container: Container
    server: JsonCentralSystem
    tenant: Tenant
    other: Tenant


def central_system(container: Container, settings: CentralSystemSettings,
                   station_settings: ChargingStationSettings | None = None) -> JsonCentralSystem:
    """An OCPP-J listener for every version over the container's services (not started)."""
    return JsonCentralSystem(
        settings, station_settings or container.settings.charging_station,
        admission=container.admission,
        services=container.ocpp, gateway=container.gateway,
        handlers={"ocpp1.6": v16.HANDLERS, "ocpp2.0.1": v2.HANDLERS_201,
                  "ocpp2.1": v2.HANDLERS_21},
        to_station=to_station_for, from_station=commands.from_station)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def csms(container: Container) -> AsyncIterator[Csms]:
    tenant = await container.tenants.create("acme", "Acme", registration_policy="token")
    other = await container.tenants.create("other", "Other", registration_policy="pending")
    driver = await container.users.create(tenant, "driver@acme.example", "Driv3r!pass")
    await container.badges.create(tenant.id, "TAG-OK", user_id=driver.id)
    await container.stations.add(tenant.id, "CP1")
    sock = listening_socket()
    port = sock.getsockname()[1]
    cs = CentralSystemSettings(implementation="json", protocol="ws", host="127.0.0.1",
                               port=port, max_message_bytes=16384)
    server = central_system(container, cs)
    await server.start(sock)
    try:
        yield Csms(f"ws://127.0.0.1:{port}/ocpp", container, server, tenant, other)
    finally:
        await server.stop()
