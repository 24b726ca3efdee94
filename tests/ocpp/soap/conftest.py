"""A running OCPP-S central system over the test module's database, and a station endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest_asyncio

from evserver.app import Container
from evserver.charging.registration_tokens import RegistrationTokenService
from evserver.ocpp.soap.server import SoapCentralSystem
from evserver.settings.model import CentralSystemSettings
from evserver.storage.documents.tenant import Tenant
from tests.ocpp.soap.peers import ChargePointEndpoint, serve_asgi
from tests.ocpp.soap.test_client_messages import CALLS, REPLY_15, cases
from tests.support import listening_socket

PASSWORD = "s3cret-station-pw"


@dataclass
class Csms:
    """What a test needs: where to send, the services, tenants and the station endpoint."""

    url: str
    """`http://127.0.0.1:<port>/ocpp`; append `/<tenant-slug>`."""
    container: Container
    server: SoapCentralSystem
    acme: Tenant
    other: Tenant
    endpoint: ChargePointEndpoint
    endpoint_url: str
    """`http://127.0.0.1:<port>/cp`; append `/<version>/<station-id>`."""
    token: str

    def station_endpoint(self, version: str, station_id: str) -> str:
        """The endpoint URL a station announces in `wsa:From`."""
        return f"{self.endpoint_url}/{version}/{station_id}"


def station_replies() -> dict[str, dict[str, dict[str, object]]]:
    """What the endpoint answers to each ChargePointService operation, per version."""
    replies: dict[str, dict[str, dict[str, object]]] = {}
    for version in ("1.5", "1.6"):
        replies[version] = {
            name: dict(REPLY_15.get(name, CALLS[name][1]) if version == "1.5" else CALLS[name][1])
            for name in cases(version)
        }
    return replies


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def csms(container: Container) -> AsyncIterator[Csms]:
    acme = await container.tenants.create("acme", "Acme", registration_policy="token")
    other = await container.tenants.create("other", "Other", registration_policy="reject")
    driver = await container.users.create(acme, "driver@acme.example", "Driv3r!pass")
    await container.badges.create(acme.id, "TAG-OK", user_id=driver.id)
    rival = await container.users.create(other, "driver@other.example", "Driv3r!pass")
    await container.badges.create(other.id, "TAG-OTHER", user_id=rival.id)
    token = await RegistrationTokenService().create(acme.id, description="soap tests")
    endpoint = ChargePointEndpoint(replies=station_replies())
    served = await serve_asgi(endpoint)
    sock = listening_socket()
    port = sock.getsockname()[1]
    settings = CentralSystemSettings(implementation="soap", protocol="http", host="127.0.0.1",
                                     port=port, max_message_bytes=16384)
    server = SoapCentralSystem(container, settings)
    await server.start(sock)
    try:
        yield Csms(url=f"http://127.0.0.1:{port}/ocpp", container=container, server=server,
                   acme=acme, other=other, endpoint=endpoint,
                   endpoint_url=f"http://127.0.0.1:{served.port}/cp", token=token.token)
    finally:
        await server.stop()
        await served.stop()
