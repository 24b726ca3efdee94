"""Independent OCPP-S peers built on zeep and the official WSDLs.

`ZeepStation` plays a charge point calling the CentralSystemService; `ChargePointEndpoint`
plays its ChargePointService endpoint, reading our calls and writing its replies with zeep's
bindings of the official WSDL, so neither side goes through our codec.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import requests
import uvicorn
from lxml import etree
from zeep import Client, Plugin
from zeep.helpers import serialize_object
from zeep.plugins import HistoryPlugin
from zeep.transports import Transport

from evserver.ocpp.soap import schema
from tests.support import listening_socket

SHARED_WSDL_DIR = Path("/work/shared/ocpp/wsdl")
WSDL_DIR = SHARED_WSDL_DIR if SHARED_WSDL_DIR.is_dir() else Path(schema.__file__).parent / "wsdl"
CS_WSDL = {
    "1.5": ("ocpp_centralsystemservice_1.5_final.wsdl", "urn://Ocpp/Cs/2012/06/"),
    "1.6": ("OCPP_CentralSystemService_1.6.wsdl", "urn://Ocpp/Cs/2015/10/"),
}
CP_WSDL = {
    "1.5": ("ocpp_chargepointservice_1.5_final.wsdl", "urn://Ocpp/Cp/2012/06/"),
    "1.6": ("OCPP_ChargePointService_1.6.wsdl", "urn://Ocpp/Cp/2015/10/"),
}
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
WSA = "http://www.w3.org/2005/08/addressing"
ENV = f"{{{SOAP12}}}"
WSA_ = f"{{{WSA}}}"


def plain(value: Any) -> Any:
    """zeep values as JSON-like data: absent fields dropped, datetimes as ISO strings."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, Decimal):
        return float(value)
    return value


class WsaFrom(Plugin):  # type: ignore[misc]
    """Adds `wsa:From/wsa:Address`, the station's own endpoint, which zeep does not write."""

    def __init__(self, address: str) -> None:
        self.address = address

    def egress(self, envelope: Any, http_headers: Any, operation: Any,
               binding_options: Any) -> tuple[Any, Any]:
        header = envelope.find(f"{ENV}Header")
        sender = etree.SubElement(header, f"{WSA_}From")
        etree.SubElement(sender, f"{WSA_}Address").text = self.address
        return envelope, http_headers


class ZeepStation:
    """A charge point speaking OCPP-S through zeep; calls run in a thread (zeep is blocking)."""

    def __init__(self, version: str, url: str, station_id: str, *,
                 from_address: str | None = None, password: str | None = None,
                 user: str | None = None) -> None:
        self.version = version
        self.station_id = station_id
        self.history = HistoryPlugin()
        session = requests.Session()
        if password is not None:
            session.auth = (user or station_id, password)
        plugins: list[Any] = [self.history]
        if from_address:
            plugins.insert(0, WsaFrom(from_address))
        name, namespace = CS_WSDL[version]
        client = Client(str(WSDL_DIR / name), plugins=plugins,
                        transport=Transport(session=session, timeout=10))
        self.service = client.create_service(f"{{{namespace}}}CentralSystemServiceSoap", url)

    async def call(self, operation: str, **kwargs: Any) -> Any:
        """Send `operation` and return the reply as plain data."""
        return await asyncio.to_thread(self._call, operation, kwargs)

    def _call(self, operation: str, kwargs: dict[str, Any]) -> Any:
        result = getattr(self.service, operation)(
            **kwargs, _soapheaders={"ChargeBoxIdentity": self.station_id})
        return plain(serialize_object(result, dict))

    def last_exchange(self) -> tuple[etree._Element, etree._Element]:
        """The envelopes of the last request and reply."""
        return self.history.last_sent["envelope"], self.history.last_received["envelope"]


@cache
def cp_binding(version: str) -> Any:
    """zeep's binding of the official ChargePointService WSDL."""
    name, namespace = CP_WSDL[version]
    client = Client(str(WSDL_DIR / name))
    return client.create_service(f"{{{namespace}}}ChargePointServiceSoap",
                                 "http://station.test/")._binding


@dataclass
class Received:
    """One call the endpoint received."""

    path_station: str
    version: str
    operation: str
    charge_box_identity: str
    to: str | None
    from_address: str | None
    message_id: str | None
    body: dict[str, Any]


@dataclass
class ChargePointEndpoint:
    """ChargePointService endpoints at `/cp/<version>/<station-id>`, one per station.

    Answers with `replies[version][operation]` (zeep arguments of the reply element);
    stations in `delays` answer that many seconds late, those in `faults` with a SOAP Fault.
    """

    replies: Mapping[str, Mapping[str, Mapping[str, Any]]]
    received: list[Received] = field(default_factory=list)
    delays: dict[str, float] = field(default_factory=dict)
    faults: set[str] = field(default_factory=set)

    def of(self, station_id: str) -> list[Received]:
        """The calls received for one station, in order."""
        return [r for r in self.received if r.path_station == station_id]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """The ASGI application."""
        if scope["type"] != "http":
            return
        _, _, version, station_id = scope["path"].split("/", 3)
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        envelope = etree.fromstring(body)
        header = envelope.find(f"{ENV}Header")
        operation = header.findtext(f"{WSA_}Action").strip("/")
        read = cp_binding(version).get(operation).input.deserialize(envelope)
        message_id = header.findtext(f"{WSA_}MessageID")
        self.received.append(Received(
            path_station=station_id, version=version, operation=operation,
            charge_box_identity=read.header.ChargeBoxIdentity,
            to=header.findtext(f"{WSA_}To"),
            from_address=header.findtext(f"{WSA_}From/{WSA_}Address"),
            message_id=message_id,
            body=plain(serialize_object(read.body, dict)) or {}))
        if station_id in self.delays:
            await asyncio.sleep(self.delays[station_id])
        if station_id in self.faults:
            status, content = 400, _fault("Sender", f"{operation} is not allowed now")
        else:
            reply = cp_binding(version).get(operation).output.serialize(
                **self.replies[version][operation])
            envelope = reply.content
            header = envelope.find(f"{ENV}Header")
            if header is None:
                header = etree.Element(f"{ENV}Header")
                envelope.insert(0, header)
            etree.SubElement(header, f"{WSA_}RelatesTo").text = message_id
            status, content = 200, etree.tostring(envelope)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/soap+xml; charset=utf-8")]})
        await send({"type": "http.response.body", "body": content})


def _fault(code: str, reason: str) -> bytes:
    return (f'<env:Envelope xmlns:env="{SOAP12}"><env:Body><env:Fault>'
            f"<env:Code><env:Value>env:{code}</env:Value></env:Code>"
            f'<env:Reason><env:Text xml:lang="en">{reason}</env:Text></env:Reason>'
            "</env:Fault></env:Body></env:Envelope>").encode()


class _QuietServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield



@dataclass
class Served:
    """An ASGI app served by uvicorn in the test's event loop."""

    server: uvicorn.Server
    task: asyncio.Task[None]
    port: int

    async def stop(self) -> None:
        """Stop serving."""
        self.server.should_exit = True
        await self.task


async def serve_asgi(app: Any) -> Served:
    """Serve `app` on a free loopback port."""
    sock = listening_socket()
    port = sock.getsockname()[1]
    server = _QuietServer(uvicorn.Config(app, interface="asgi3", lifespan="off",
                                         log_config=None, access_log=False))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    return Served(server, task, port)
