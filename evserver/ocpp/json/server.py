"""The OCPP-J central system: one WebSocket listener per `[[central_systems]]` json entry."""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import socket
import ssl
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from evserver.charging.admission import Admission, AdmissionRefused, StationAdmission
from evserver.charging.gateway import StationGateway
from evserver.core.server_metrics import ServerMetrics
from evserver.ocpp.context import OcppServices, StationContext
from evserver.ocpp.json.connection import (
    FromStation,
    Handler,
    MessageHook,
    StationConnection,
    ToStation,
)
from evserver.ocpp.json.frames import VERSIONS, OcppVersion
from evserver.settings.model import CentralSystemSettings, ChargingStationSettings

logger = logging.getLogger(__name__)


def parse_station_path(path: str) -> tuple[str, str | None, str] | None:
    """`/ocpp/<tenant>/<station>` or `/ocpp/<tenant>/<token>/<station>`, URL-decoded."""
    parts = [unquote(p) for p in urlsplit(path).path.strip("/").split("/")]
    if len(parts) == 3 and parts[0] == "ocpp":
        return parts[1], None, parts[2]
    if len(parts) == 4 and parts[0] == "ocpp":
        return parts[1], parts[2], parts[3]
    return None


def basic_auth(headers: Headers, station_id: str) -> str | None:
    """The password of an HTTP Basic `Authorization` header whose user is the station id."""
    value = headers.get("Authorization")
    if not value or not value.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(value[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
    user, _, password = decoded.partition(":")
    return password if user == station_id else ""


def certificate_subject(connection: ServerConnection) -> dict[str, str]:
    """The subject of the verified client certificate (`commonName`, `organizationName`...)."""
    tls = connection.transport.get_extra_info("ssl_object")
    certificate = tls.getpeercert() if tls is not None else None
    return {str(name): str(value) for rdn in (certificate or {}).get("subject", ())
            for name, value in rdn}


def offered_subprotocols(headers: Headers) -> list[str]:
    """Subprotocols the client offered, in its order of preference."""
    return [p.strip() for value in headers.get_all("Sec-WebSocket-Protocol")
            for p in value.split(",") if p.strip()]


SEEN_BATCH = 100
"""Stations recorded as seen per write by the keepalive sweep."""
MIN_SEEN_PERIOD_S = 5.0


class JsonCentralSystem:
    """Accepts stations over OCPP-J and keeps one `StationConnection` per station."""

    def __init__(self, settings: CentralSystemSettings, station_settings: ChargingStationSettings,
                 *, admission: StationAdmission, services: OcppServices,
                 gateway: StationGateway, handlers: Mapping[OcppVersion, Mapping[str, Handler]],
                 to_station: Callable[[StationContext], ToStation], from_station: FromStation,
                 on_message: MessageHook | None = None,
                 metrics: ServerMetrics | None = None) -> None:
        self.settings = settings
        self.station_settings = station_settings
        self.admission = admission
        self.services = services
        self.gateway = gateway
        self.handlers = handlers
        self._to_station = to_station
        self._from_station = from_station
        self._on_message = on_message
        self._metrics = metrics
        self._admitted: dict[ServerConnection, Admission] = {}
        self._connections: dict[tuple[str, str], StationConnection] = {}
        self._server: Server | None = None
        self._keepalive: asyncio.Task[None] | None = None

    @property
    def connection_count(self) -> int:
        """Stations connected to this listener."""
        return len(self._connections)

    async def start(self, sock: socket.socket) -> None:
        """Serve on `sock` (already bound, so a taken port fails before anything starts)."""
        ping = self.station_settings.ping_interval_s or None
        self._server = await serve(
            self._serve_station, sock=sock,
            subprotocols=[v for v in VERSIONS if v in self.handlers],  # type: ignore[misc]
            process_request=self._check_request,
            compression=None,  # permessage-deflate costs ~100 KiB per connection
            max_size=self.settings.max_message_bytes,
            ping_interval=ping, ping_timeout=ping,
            ssl=self._ssl_context(),
            server_header="evserver",
        )
        self._keepalive = asyncio.create_task(self._keep_seen(), name="ocpp-json:seen")

    def _ssl_context(self) -> ssl.SSLContext | None:
        if self.settings.protocol != "wss":
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        assert self.settings.tls_cert and self.settings.tls_key
        context.load_cert_chain(self.settings.tls_cert, self.settings.tls_key)
        if self.settings.tls_client_ca:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(cafile=self.settings.tls_client_ca)
        return context

    async def stop(self) -> None:
        """Close every station connection and the listener."""
        if self._server is None:
            return
        if self._keepalive is not None:
            self._keepalive.cancel()
            self._keepalive = None
        self._server.close(close_connections=True)
        await self._server.wait_closed()
        self._server = None

    async def _check_request(self, connection: ServerConnection,
                             request: Request) -> Response | None:
        target = parse_station_path(request.path)
        if target is None:
            return connection.respond(HTTPStatus.NOT_FOUND,
                                      "expected /ocpp/<tenant>/<station-id>\n")
        offered = offered_subprotocols(request.headers)
        if not any(p in self.handlers for p in offered):
            return connection.respond(
                HTTPStatus.BAD_REQUEST,
                f"offer one of the subprotocols {', '.join(self.handlers)}\n")
        tenant_slug, token, station_id = target
        certified = False
        if self.settings.tls_client_ca:
            # The TLS layer has verified the chain; the certificate must also name this station
            # (common name) of this tenant (organization, the CPO): a station id is unique only
            # within its tenant.
            subject = certificate_subject(connection)
            if (subject.get("commonName") != station_id or
                    subject.get("organizationName", "").casefold() != tenant_slug.casefold()):
                return connection.respond(
                    HTTPStatus.FORBIDDEN, f"the client certificate is not issued to station "
                    f"`{station_id[:60]}` of `{tenant_slug[:60]}`\n")
            certified = True
        try:
            admission = await self.admission.admit(
                tenant_slug, station_id, token=token,
                password=basic_auth(request.headers, station_id), certified=certified)
        except AdmissionRefused as exc:
            logger.info("station refused", extra={"tenant": tenant_slug[:60],
                                                  "station": station_id[:60],
                                                  "reason": exc.message})
            response = connection.respond(exc.status, exc.message + "\n")
            if exc.status == HTTPStatus.UNAUTHORIZED:
                response.headers["WWW-Authenticate"] = 'Basic realm="evserver"'
            return response
        self._admitted[connection] = admission
        return None

    async def _serve_station(self, ws: ServerConnection) -> None:
        admission = self._admitted.pop(ws, None)
        version: Any = ws.subprotocol
        if admission is None or version not in self.handlers:
            await ws.close(1002, "no admission")
            return
        station = admission.station
        key = (admission.tenant.id, station.station_id)
        conn: StationConnection
        ctx = StationContext(tenant=admission.tenant, station=station, protocol="json",
                             version=str(version).removeprefix("ocpp"), services=self.services,
                             background=lambda work: conn.background(work))
        conn = StationConnection(ws, version, ctx, self.handlers[version],
                                 to_station=self._to_station(ctx),
                                 from_station=self._from_station,
                                 on_message=self._on_message)
        previous = self._connections.get(key)
        self._connections[key] = conn
        self._count_connections()
        if previous is not None:
            # The newest connection wins: the station rebooted or its old socket is half-dead.
            conn.background(previous.close(1000, "replaced by a new connection"))
        self.gateway.attach(admission.tenant.id, station.station_id, conn)
        remote = ws.remote_address[0] if ws.remote_address else None
        logger.info("station connected", extra={"tenant": admission.tenant.slug,
                                                "tenant_id": admission.tenant.id,
                                                "station": station.station_id,
                                                "version": version, "remote": remote})
        try:
            await self.services.stations.connected(station, protocol="json", version=ctx.version,
                                                   remote_address=remote)
            await conn.serve()
        finally:
            self.gateway.detach(admission.tenant.id, station.station_id, conn)
            if self._connections.get(key) is conn:
                del self._connections[key]
                self._count_connections()
                await self.services.stations.disconnected(station)
            logger.info("station disconnected", extra={"tenant": admission.tenant.slug,
                                                       "tenant_id": admission.tenant.id,
                                                       "station": station.station_id})

    def _count_connections(self) -> None:
        if self._metrics is not None:
            self._metrics.set_connected_stations(len(self._connections), "json")

    async def _keep_seen(self) -> None:
        # The WebSocket keepalive proves a connected station alive: record that well within
        # offline_after, in small batched writes spread over the first half of the period, so
        # the sweep never holds the database long enough to delay the stations' messages.
        period = max(MIN_SEEN_PERIOD_S, self.station_settings.offline_after_s / 3)
        while True:
            await asyncio.sleep(period / 2)
            batches = [(tenant_id, station_ids[start:start + SEEN_BATCH])
                       for tenant_id, station_ids in self._connected_by_tenant().items()
                       for start in range(0, len(station_ids), SEEN_BATCH)]
            gap = min(1.0, period / 2 / max(1, len(batches)))
            began = asyncio.get_running_loop().time()
            for tenant_id, station_ids in batches:
                try:
                    await self.services.stations.seen_all(tenant_id, station_ids)
                except Exception:
                    logger.warning("could not record stations as seen", exc_info=True)
                await asyncio.sleep(gap)
            await asyncio.sleep(max(0.0, period / 2 - (asyncio.get_running_loop().time()
                                                        - began)))

    def _connected_by_tenant(self) -> dict[str, list[str]]:
        by_tenant: dict[str, list[str]] = {}
        for tenant_id, station_id in list(self._connections):
            by_tenant.setdefault(tenant_id, []).append(station_id)
        return by_tenant
