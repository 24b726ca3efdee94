"""OCPP-J over TLS (wss): security profile 2 is TLS with HTTP Basic auth."""

from __future__ import annotations

import base64
import json
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidMessage, InvalidStatus

from evserver.settings.model import CentralSystemSettings
from tests.ocpp.json.conftest import Csms, central_system, listening_socket

pytestmark = pytest.mark.asyncio(loop_scope="session")
PASSWORD = "tls-station-secret"


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def wss_url(csms: Csms, certificate: tuple[Path, Path]) -> AsyncIterator[str]:
    cert, key = certificate
    sock = listening_socket()
    port = sock.getsockname()[1]
    settings = CentralSystemSettings(implementation="json", protocol="wss", host="127.0.0.1",
                                     port=port, tls_cert=str(cert), tls_key=str(key))
    server = central_system(csms.container, settings)
    await server.start(sock)
    await csms.container.stations.add(csms.tenant.id, "CP-TLS", password=PASSWORD)
    try:
        yield f"wss://127.0.0.1:{port}/ocpp"
    finally:
        await server.stop()


def trusting(cert: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert))


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


async def test_profile_2_station_boots_over_tls(wss_url: str,
                                               certificate: tuple[Path, Path]) -> None:
    async with connect(f"{wss_url}/acme/CP-TLS", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                       ssl=trusting(certificate[0]),
                       additional_headers=basic("CP-TLS", PASSWORD)) as ws:
        await ws.send(json.dumps([2, "b1", "BootNotification", {
            "chargePointVendor": "V", "chargePointModel": "M"}]))
        reply = json.loads(await ws.recv())
        assert reply[:2] == [3, "b1"] and reply[2]["status"] == "Accepted"
        assert ws.transport.get_extra_info("ssl_object").version() in ("TLSv1.2", "TLSv1.3")


async def test_wrong_password_over_tls_is_refused(wss_url: str,
                                                 certificate: tuple[Path, Path]) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(f"{wss_url}/acme/CP-TLS", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                           ssl=trusting(certificate[0]),
                           additional_headers=basic("CP-TLS", "guess")):
            pass
    assert refused.value.response.status_code == 401


async def test_the_tls_port_speaks_only_tls(wss_url: str) -> None:
    # A station that does not trust the certificate never gets to send its password.
    with pytest.raises(ssl.SSLCertVerificationError):
        async with connect(f"{wss_url}/acme/CP-TLS", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                           ssl=ssl.create_default_context()):
            pass
    plain = wss_url.replace("wss://", "ws://")
    with pytest.raises((InvalidMessage, ConnectionError, EOFError)):
        async with connect(f"{plain}/acme/CP-TLS", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                           open_timeout=5):
            pass
