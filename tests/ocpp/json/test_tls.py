"""OCPP-J over TLS (wss): profile 2 is TLS with HTTP Basic auth, profile 3 client certificates."""

from __future__ import annotations

import json
import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidMessage, InvalidStatus

from evserver.settings.model import CentralSystemSettings
from tests.ocpp.json.conftest import Csms, basic_auth, central_system
from tests.support import listening_socket

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


async def test_profile_2_station_boots_over_tls(wss_url: str,
                                               certificate: tuple[Path, Path]) -> None:
    async with connect(f"{wss_url}/acme/CP-TLS", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                       ssl=trusting(certificate[0]),
                       additional_headers=basic_auth("CP-TLS", PASSWORD)) as ws:
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
                           additional_headers=basic_auth("CP-TLS", "guess")):
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


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], capture_output=True, check=True)


@pytest.fixture(scope="module")
def client_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA for station certificates, and certificates of tenant `acme` (organization) for
    CP-CERT and CP-OTHER beside it."""
    folder = tmp_path_factory.mktemp("station-ca")
    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    openssl("req", "-x509", *curve, "-days", "1", "-subj", "/O=Acme/CN=Acme Station CA",
            "-keyout", str(folder / "ca.key"), "-out", str(folder / "ca.pem"))
    for name in ("CP-CERT", "CP-OTHER"):
        openssl("req", *curve, "-subj", f"/O=Acme/CN={name}",
                "-keyout", str(folder / f"{name}.key"), "-out", str(folder / f"{name}.csr"))
        openssl("x509", "-req", "-in", str(folder / f"{name}.csr"), "-CA", str(folder / "ca.pem"),
                "-CAkey", str(folder / "ca.key"), "-CAcreateserial", "-days", "1",
                "-out", str(folder / f"{name}.pem"))
    return folder


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def profile_3_url(csms: Csms, certificate: tuple[Path, Path],
                        client_ca: Path) -> AsyncIterator[str]:
    cert, key = certificate
    sock = listening_socket()
    port = sock.getsockname()[1]
    settings = CentralSystemSettings(implementation="json", protocol="wss", host="127.0.0.1",
                                     port=port, tls_cert=str(cert), tls_key=str(key),
                                     tls_client_ca=str(client_ca / "ca.pem"))
    server = central_system(csms.container, settings)
    await server.start(sock)
    # A password on the station too: the certificate takes its place on this listener.
    await csms.container.stations.add(csms.tenant.id, "CP-CERT", password=PASSWORD)
    await csms.container.stations.add(csms.other.id, "CP-CERT")
    try:
        yield f"wss://127.0.0.1:{port}/ocpp"
    finally:
        await server.stop()


def presenting(certificate: tuple[Path, Path], client_ca: Path, name: str) -> ssl.SSLContext:
    context = trusting(certificate[0])
    context.load_cert_chain(client_ca / f"{name}.pem", client_ca / f"{name}.key")
    return context


async def test_profile_3_station_authenticates_with_its_certificate(
        profile_3_url: str, certificate: tuple[Path, Path], client_ca: Path) -> None:
    async with connect(f"{profile_3_url}/acme/CP-CERT", subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                       ssl=presenting(certificate, client_ca, "CP-CERT")) as ws:
        await ws.send(json.dumps([2, "h", "Heartbeat", {}]))
        assert json.loads(await ws.recv())[:2] == [3, "h"]


@pytest.mark.parametrize(("path", "name"), [
    ("acme/CP-CERT", "CP-OTHER"),   # another station's certificate
    ("other/CP-CERT", "CP-CERT"),   # the same station id in another tenant
])
async def test_profile_3_certificate_of_another_station_is_refused(
        profile_3_url: str, certificate: tuple[Path, Path], client_ca: Path, path: str,
        name: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(f"{profile_3_url}/{path}",
                           subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                           ssl=presenting(certificate, client_ca, name),
                           additional_headers=basic_auth("CP-CERT", PASSWORD)):
            pass
    assert refused.value.response.status_code == 403


async def test_profile_3_needs_a_certificate(profile_3_url: str,
                                             certificate: tuple[Path, Path]) -> None:
    # Without a certificate the TLS handshake fails, whatever password is offered. With TLS 1.3
    # the client's side completes first, so the refusal shows while reading the HTTP upgrade.
    with pytest.raises((ssl.SSLError, ConnectionError, InvalidMessage, EOFError)):
        async with connect(f"{profile_3_url}/acme/CP-CERT",
                           subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                           ssl=trusting(certificate[0]), open_timeout=5,
                           additional_headers=basic_auth("CP-CERT", PASSWORD)):
            pass
