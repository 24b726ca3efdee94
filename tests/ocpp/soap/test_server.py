"""The OCPP-S listener: who may talk to it, and a SOAP 1.2 Fault for every bad request."""

from __future__ import annotations

import base64
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest
from lxml import etree

from evserver.ocpp.soap.server import SoapCentralSystem
from evserver.settings.model import CentralSystemSettings
from evserver.storage.documents import ChargingStation, Session, StationMessage
from evserver.storage.repository import TenantRepository
from tests.ocpp.soap.conftest import PASSWORD, Csms
from tests.ocpp.soap.peers import ENV, WSA_, ZeepStation
from tests.support import listening_socket

pytestmark = pytest.mark.asyncio(loop_scope="session")

CS16 = "urn://Ocpp/Cs/2015/10/"
CS15 = "urn://Ocpp/Cs/2012/06/"
SOAP12 = "application/soap+xml; charset=utf-8"
BOOT = ("<ocpp:bootNotificationRequest><ocpp:chargePointVendor>V</ocpp:chargePointVendor>"
        "<ocpp:chargePointModel>M</ocpp:chargePointModel></ocpp:bootNotificationRequest>")
HEARTBEAT = "<ocpp:heartbeatRequest/>"

stations = TenantRepository(ChargingStation)
sessions = TenantRepository(Session)
messages = TenantRepository(StationMessage)


def envelope(body: str, *, identity: str | None = "CP-RAW", namespace: str = CS16,
             action: str | None = None, extra_header: str = "") -> bytes:
    """A SOAP 1.2 request as a station would write it."""
    headers = extra_header
    if identity is not None:
        headers += f"<ocpp:chargeBoxIdentity>{identity}</ocpp:chargeBoxIdentity>"
    if action:
        headers += f"<wsa:Action>{action}</wsa:Action>"
    headers += ("<wsa:MessageID>urn:uuid:raw-1</wsa:MessageID>"
                "<wsa:From><wsa:Address>http://127.0.0.1:9/cp</wsa:Address></wsa:From>")
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" '
            f'xmlns:wsa="http://www.w3.org/2005/08/addressing" xmlns:ocpp="{namespace}">'
            f"<env:Header>{headers}</env:Header><env:Body>{body}</env:Body>"
            "</env:Envelope>").encode()


def read_fault(response: httpx.Response) -> tuple[str, str]:
    """(code, reason) of a SOAP 1.2 Fault reply, checking its envelope on the way."""
    assert response.headers["content-type"].startswith("application/soap+xml")
    root = etree.fromstring(response.content)
    fault = root.find(f"{ENV}Body/{ENV}Fault")
    assert fault is not None, response.text
    assert root.findtext(f"{ENV}Header/{WSA_}Action") == (
        "http://www.w3.org/2005/08/addressing/soap/fault")
    code = fault.findtext(f"{ENV}Code/{ENV}Value") or ""
    return code.removeprefix("env:"), fault.findtext(f"{ENV}Reason/{ENV}Text") or ""


async def post(csms: Csms, raw: bytes, *, tenant: str = "acme", content_type: str = SOAP12,
               **kw: Any) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as client:
        return await client.post(f"{csms.url}/{tenant}", content=raw,
                                 headers={"content-type": content_type, **kw.pop("headers", {})},
                                 **kw)


async def counts(csms: Csms) -> tuple[int, int, int]:
    # Messages from stations only: commands pushed after an earlier boot may still be running.
    return (await stations.count(csms.acme.id, {}),
            await messages.count(csms.acme.id, {"direction": "in"}),
            await sessions.count(csms.acme.id, {}))


# ---- who may talk ---------------------------------------------------------------------------


async def test_a_known_station_is_answered(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP-RAW")
    response = await post(csms, envelope(HEARTBEAT, action="/Heartbeat"))
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    assert root.findtext(f"{ENV}Header/{WSA_}RelatesTo") == "urn:uuid:raw-1"
    assert root.findtext(f"{ENV}Header/{WSA_}Action") == "/HeartbeatResponse"
    assert root.find(f"{ENV}Body/{{{CS16}}}heartbeatResponse/{{{CS16}}}currentTime") is not None


@pytest.mark.parametrize(("tenant", "identity", "status", "reason"), [
    ("acme", "CP-UNKNOWN", 404, "unknown station `CP-UNKNOWN`"),
    ("nobody", "CP-RAW", 404, "unknown tenant `nobody`"),
    ("other", "CP-UNKNOWN", 404, "unknown station `CP-UNKNOWN`"),
    ("acme", "bad/id", 400, "invalid station id `bad/id`"),
])
async def test_refused_stations_get_a_sender_fault(csms: Csms, tenant: str, identity: str,
                                                   status: int, reason: str) -> None:
    before = await counts(csms)
    response = await post(csms, envelope(BOOT, identity=identity), tenant=tenant)
    assert response.status_code == status
    assert read_fault(response) == ("Sender", reason)
    assert await counts(csms) == before


async def test_a_registration_token_admits_a_new_station(csms: Csms) -> None:
    wrong = await post(csms, envelope(BOOT, identity="CP-NEW"), params={"token": "nope"})
    assert wrong.status_code == 404
    assert await csms.container.stations.find(csms.acme.id, "CP-NEW") is None

    cp = ZeepStation("1.6", f"{csms.url}/acme?token={csms.token}", "CP-NEW",
                     from_address="http://127.0.0.1:9/cp")
    boot = await cp.call("BootNotification", chargePointVendor="V", chargePointModel="M")
    assert boot["status"] == "Accepted"
    station = await csms.container.stations.find(csms.acme.id, "CP-NEW")
    assert station is not None and station.registration_status == "Accepted"
    assert station.ocpp_protocol == "soap"


async def test_a_station_with_a_password_must_authenticate(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP-PW", password=PASSWORD)
    raw = envelope(HEARTBEAT, identity="CP-PW")

    missing = await post(csms, raw)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == 'Basic realm="evserver"'
    assert read_fault(missing) == ("Sender", "this station must authenticate (HTTP Basic)")
    wrong = await post(csms, raw, auth=("CP-PW", "not-the-password"))
    assert (wrong.status_code, read_fault(wrong)[1]) == (401, "wrong station password")
    other_user = await post(csms, raw, auth=("CP-OTHER", PASSWORD))
    assert other_user.status_code == 401
    garbled = await post(csms, raw, headers={"authorization": "Basic %%%"})
    assert garbled.status_code == 401

    cp = ZeepStation("1.6", f"{csms.url}/acme", "CP-PW", password=PASSWORD)
    assert (await cp.call("BootNotification", chargePointVendor="V",
                          chargePointModel="M"))["status"] == "Accepted"
    token = base64.b64encode(f"CP-PW:{PASSWORD}".encode()).decode()
    ok = await post(csms, raw, headers={"authorization": f"basic {token}"})
    assert ok.status_code == 200


# ---- bad input ------------------------------------------------------------------------------

SOAP11 = ('<?xml version="1.0"?><soap:Envelope '
          'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
          f'<heartbeatRequest xmlns="{CS16}"/></soap:Body></soap:Envelope>').encode()
BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        + envelope(HEARTBEAT).split(b"?>", 1)[1].replace(b"CP-RAW", b"&lol3;"))
XXE = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       + envelope(HEARTBEAT).split(b"?>", 1)[1].replace(b"CP-RAW", b"&xxe;"))
NO_DECL_DOCTYPE = b'<!DOCTYPE env:Envelope SYSTEM "http://192.0.2.1/x.dtd">' + envelope(
    HEARTBEAT).split(b"?>", 1)[1]

BAD_REQUESTS: dict[str, tuple[bytes, str, int, str, str]] = {
    # name: (body, content type, HTTP status, fault code, start of the reason)
    "not XML": (b"hello, central system", SOAP12, 400, "Sender", "not well-formed XML"),
    "empty": (b"", SOAP12, 400, "Sender", "empty message"),
    "SOAP 1.1 envelope": (SOAP11, "text/xml; charset=utf-8", 500, "VersionMismatch",
                          "SOAP 1.1 envelope received"),
    "SOAP 1.1 envelope sent as 1.2": (SOAP11, SOAP12, 500, "VersionMismatch",
                                      "SOAP 1.1 envelope received"),
    "SOAP 1.2 envelope as text/xml": (envelope(HEARTBEAT), "text/xml", 415, "Sender",
                                      "SOAP 1.2 messages are sent as application/soap+xml"),
    "JSON content type": (b'{"a": 1}', "application/json", 415, "Sender",
                          "Content-Type 'application/json' is not SOAP 1.2"),
    "not an envelope": (b"<hello/>", SOAP12, 400, "Sender", "not a SOAP envelope"),
    "unknown operation": (envelope("<ocpp:rebootRequest/>"), SOAP12, 400, "Sender",
                          "unknown operation 'rebootRequest' for the OCPP 1.6"),
    "a reply instead of a request": (envelope("<ocpp:heartbeatResponse/>"), SOAP12, 400,
                                     "Sender", "unknown operation 'heartbeatResponse'"),
    "charge point namespace": (envelope(HEARTBEAT, namespace="urn://Ocpp/Cp/2015/10/"), SOAP12,
                               400, "Sender", "'urn://Ocpp/Cp/2015/10/' is the ChargePoint"),
    "unknown namespace": (envelope(HEARTBEAT, namespace="urn://Ocpp/Cs/2099/01/"), SOAP12, 400,
                          "Sender", "unknown body namespace 'urn://Ocpp/Cs/2099/01/'"),
    "action and body disagree": (envelope(HEARTBEAT, action="/Authorize"), SOAP12, 400,
                                 "Sender", "wsa:Action '/Authorize' does not match the body"),
    "missing chargeBoxIdentity": (envelope(HEARTBEAT, identity=None), SOAP12, 400, "Sender",
                                  "missing chargeBoxIdentity header"),
    "missing element": (envelope("<ocpp:bootNotificationRequest><ocpp:chargePointVendor>V"
                                 "</ocpp:chargePointVendor></ocpp:bootNotificationRequest>"),
                        SOAP12, 400, "Sender", "BootNotification: element 'chargePointModel'"),
    "bad enumeration": (envelope("<ocpp:statusNotificationRequest><ocpp:connectorId>1"
                                 "</ocpp:connectorId><ocpp:status>Sleeping</ocpp:status>"
                                 "<ocpp:errorCode>NoError</ocpp:errorCode>"
                                 "</ocpp:statusNotificationRequest>"), SOAP12, 400, "Sender",
                        "StatusNotification: element 'status' has value 'Sleeping'"),
    "not a number": (envelope("<ocpp:startTransactionRequest><ocpp:connectorId>one"
                              "</ocpp:connectorId><ocpp:idTag>TAG-OK</ocpp:idTag>"
                              "<ocpp:timestamp>2026-01-01T00:00:00Z</ocpp:timestamp>"
                              "<ocpp:meterStart>0</ocpp:meterStart>"
                              "</ocpp:startTransactionRequest>"), SOAP12, 400, "Sender",
                     "StartTransaction: element 'connectorId'"),
    "date without a time zone": (envelope("<ocpp:startTransactionRequest><ocpp:connectorId>1"
                                          "</ocpp:connectorId><ocpp:idTag>TAG-OK</ocpp:idTag>"
                                          "<ocpp:timestamp>2026-01-01T00:00:00</ocpp:timestamp>"
                                          "<ocpp:meterStart>0</ocpp:meterStart>"
                                          "</ocpp:startTransactionRequest>"), SOAP12, 400,
                                 "Sender", "StartTransaction: Expected `datetime` with a "
                                 "timezone component - at `$.timestamp`"),
    "unknown mustUnderstand header": (
        envelope(HEARTBEAT, extra_header='<x:Security xmlns:x="urn:x" '
                 'env:mustUnderstand="true"/>'), SOAP12, 500, "MustUnderstand",
        "header block 'Security' (urn:x) is not understood"),
    "XML bomb": (BOMB, SOAP12, 400, "Sender", "document type declarations are not allowed"),
    "external entity": (XXE, SOAP12, 400, "Sender", "document type declarations are not allowed"),
    "external DTD": (NO_DECL_DOCTYPE, SOAP12, 400, "Sender",
                     "document type declarations are not allowed"),
    "too large": (envelope(HEARTBEAT, extra_header="<!--" + "x" * 20_000 + "-->"), SOAP12, 413,
                  "Sender", "message exceeds the limit of 16384 bytes"),
}


@pytest.mark.parametrize("case", list(BAD_REQUESTS))
async def test_bad_requests_get_a_fault_and_store_nothing(csms: Csms, case: str) -> None:
    # A valid registration token in the URL: even a new station must not be registered.
    raw, content_type, status, code, reason = BAD_REQUESTS[case]
    before = await counts(csms)
    response = await post(csms, raw, content_type=content_type, params={"token": csms.token})
    assert response.status_code == status
    got_code, got_reason = read_fault(response)
    assert (got_code, got_reason[: len(reason)]) == (code, reason), got_reason
    assert await counts(csms) == before
    assert await csms.container.stations.find(csms.acme.id, "CP-RAW-NEW") is None


async def test_a_chunked_body_over_the_limit_is_refused(csms: Csms) -> None:
    async def chunks() -> Any:
        for _ in range(40):
            yield b"<!--" + b"x" * 1000 + b"-->"

    response = await post(csms, chunks())  # type: ignore[arg-type]
    assert response.status_code == 413
    assert read_fault(response)[0] == "Sender"


async def test_fault_relates_to_the_request(csms: Csms) -> None:
    response = await post(csms, envelope(HEARTBEAT, identity=None))
    root = etree.fromstring(response.content)
    assert root.findtext(f"{ENV}Header/{WSA_}RelatesTo") == "urn:uuid:raw-1"


async def test_a_storage_failure_is_a_receiver_fault_not_an_acknowledgement(
        csms: Csms, monkeypatch: pytest.MonkeyPatch) -> None:
    await csms.container.stations.add(csms.acme.id, "CP-FAIL")

    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("database gone")

    monkeypatch.setattr(csms.container.sessions, "start", broken)
    raw = envelope("<ocpp:startTransactionRequest><ocpp:connectorId>1</ocpp:connectorId>"
                   "<ocpp:idTag>TAG-OK</ocpp:idTag>"
                   "<ocpp:timestamp>2026-01-01T00:00:00Z</ocpp:timestamp>"
                   "<ocpp:meterStart>0</ocpp:meterStart></ocpp:startTransactionRequest>",
                   identity="CP-FAIL")
    before = await sessions.count(csms.acme.id, {})
    response = await post(csms, raw)
    assert response.status_code == 500
    assert read_fault(response) == (
        "Receiver", "StartTransaction could not be processed; send it again later")
    assert await sessions.count(csms.acme.id, {}) == before


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/ocpp/acme", 405),
    ("PUT", "/ocpp/acme", 405),
    ("POST", "/elsewhere", 404),
    ("POST", "/ocpp/acme/CP-RAW", 404),
])
async def test_other_paths_and_methods(csms: Csms, method: str, path: str, status: int) -> None:
    base = csms.url.removesuffix("/ocpp")
    async with httpx.AsyncClient() as client:
        response = await client.request(method, base + path, content=envelope(HEARTBEAT),
                                        headers={"content-type": SOAP12})
    assert response.status_code == status


async def test_1_5_requests_are_answered_in_1_5(csms: Csms) -> None:
    await csms.container.stations.add(csms.acme.id, "CP-RAW15")
    raw = envelope(BOOT, identity="CP-RAW15", namespace=CS15)
    response = await post(csms, raw)
    assert response.status_code == 200
    reply = etree.fromstring(response.content).find(
        f"{ENV}Body/{{{CS15}}}bootNotificationResponse")
    assert reply is not None
    assert reply.findtext(f"{{{CS15}}}heartbeatInterval") is not None
    station = await csms.container.stations.find(csms.acme.id, "CP-RAW15")
    assert station is not None and station.ocpp_version == "1.5"


async def test_https_listener(csms: Csms, certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    sock = listening_socket()
    port = sock.getsockname()[1]
    settings = CentralSystemSettings(implementation="soap", protocol="https", host="127.0.0.1",
                                     port=port, tls_cert=str(cert), tls_key=str(key))
    server = SoapCentralSystem(csms.container, settings)
    await server.start(sock)
    try:
        async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(cert))) as c:
            response = await c.post(f"https://127.0.0.1:{port}/ocpp/acme",
                                    content=envelope(HEARTBEAT, identity="CP-RAW"),
                                    headers={"content-type": SOAP12})
        assert response.status_code == 200
        assert b"heartbeatResponse" in response.content
    finally:
        await server.stop()
