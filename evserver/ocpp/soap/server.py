"""The OCPP-S central system: one HTTP listener per `[[central_systems]]` soap entry.

`POST /ocpp/<tenant-slug>` takes SOAP 1.2 CentralSystemService requests of OCPP 1.5 and 1.6
(see `exchange`); `GET /ocpp/<tenant-slug>?wsdl[&version=1.5]` serves the official WSDL with
this endpoint as its address. The listener also gives the command gateway its way to SOAP
stations (`link`), remembering for each station the address it uses to reach us.

The application is plain ASGI served by uvicorn: a request is a few hundred microseconds of
work, and a framework's routing and middleware would cost more than the work itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Awaitable, Generator, Mapping
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, urlsplit, urlunsplit

import httpx
import uvicorn
from lxml import etree

from evserver.charging.admission import StationAdmission
from evserver.charging.gateway import StationGateway
from evserver.core.errors import TenantNotFound
from evserver.core.server_metrics import ServerMetrics
from evserver.core.tasks import BackgroundTasks
from evserver.ocpp.context import OcppServices
from evserver.ocpp.soap import schema
from evserver.ocpp.soap.envelope import SoapFault, SoapRequest
from evserver.ocpp.soap.exchange import HttpFacts, Reply, SoapExchange
from evserver.ocpp.soap.link import new_http_client, soap_link_factory
from evserver.settings.model import CentralSystemSettings
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant
from evserver.tenants.service import TenantService

logger = logging.getLogger(__name__)

PROTOCOL = "soap"
"""The gateway's name for stations reached through this listener."""

STOP_GRACE_S = 5.0
_SOAP12_ADDRESS = "{http://schemas.xmlsoap.org/wsdl/soap12/}address"
_TEXT = [("content-type", "text/plain; charset=utf-8")]

Scope = Mapping[str, Any]
Message = dict[str, Any]


class Receive(Protocol):
    """The ASGI `receive` callable."""

    def __call__(self) -> Awaitable[Message]: ...


class Send(Protocol):
    """The ASGI `send` callable."""

    def __call__(self, message: Message, /) -> Awaitable[None]: ...


class SoapContainer(Protocol):
    """What the listener takes from the composition root."""

    admission: StationAdmission
    ocpp: OcppServices
    gateway: StationGateway
    tenants: TenantService


class _Uvicorn(uvicorn.Server):
    # The process owns the signals: one handler stops every listener, then the database.
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class SoapCentralSystem:
    """Serves OCPP-S stations on one port and reaches them for the command gateway."""

    def __init__(self, container: SoapContainer, settings: CentralSystemSettings, *,
                 metrics: ServerMetrics | None = None) -> None:
        self.settings = settings
        self.gateway = container.gateway
        self.tenants = container.tenants
        if metrics is None:
            found = getattr(container, "metrics", None)
            metrics = found if isinstance(found, ServerMetrics) else None
        self.exchange = SoapExchange(container.admission, container.ocpp,
                                     max_message_bytes=settings.max_message_bytes,
                                     metrics=metrics, on_admitted=self._remember_callback)
        self.http_client: httpx.AsyncClient | None = None
        # (tenant id, station id) -> our endpoint as that station addresses it (its wsa:To).
        self._callback_urls: dict[tuple[str, str], str] = {}
        self._background = BackgroundTasks()
        self._server: _Uvicorn | None = None
        self._task: asyncio.Task[None] | None = None

    # ---- lifecycle -------------------------------------------------------------------------

    async def start(self, sock: socket.socket | None = None) -> None:
        """Serve on `sock` (bound now from the settings if not given) and reach SOAP stations."""
        sock = _bind(self.settings.host, self.settings.port) if sock is None else _as_tcp(sock)
        tls = self.settings.protocol == "https"
        config = uvicorn.Config(
            self, interface="asgi3", lifespan="off", log_config=None, access_log=False,
            ssl_certfile=self.settings.tls_cert if tls else None,
            ssl_keyfile=self.settings.tls_key if tls else None,
            timeout_keep_alive=15, timeout_graceful_shutdown=int(STOP_GRACE_S),
            server_header=False)
        self._server = _Uvicorn(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]),
                                         name=f"soap:{self.settings.port}")
        # uvicorn exposes start-up only as a flag, so poll it briefly.
        while not self._server.started and not self._task.done():  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        if self._task.done():
            self._task.result()
            raise RuntimeError(f"the OCPP-S listener on port {self.settings.port} stopped "
                               "during start-up")
        self.http_client = new_http_client()
        self.gateway.register_factory(PROTOCOL, soap_link_factory(self.http_client,
                                                                  self._our_url))
        logger.info("OCPP-S listening", extra={"port": self.settings.port,
                                               "protocol": self.settings.protocol})

    async def stop(self) -> None:
        """Stop taking requests, let the ones in progress finish, and close station calls."""
        if self._server is not None and self._task is not None:
            self._server.should_exit = True
            try:
                await asyncio.wait_for(asyncio.shield(self._task), STOP_GRACE_S + 1)
            except TimeoutError:
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)
        await self._background.cancel_all()
        if self.http_client is not None:
            await self.http_client.aclose()
        self._server = self._task = None

    @property
    def bound_port(self) -> int | None:
        """The port actually listened on (useful when the settings asked for port 0)."""
        if self._server is None:
            return None
        for server in self._server.servers:
            for sock in server.sockets:
                port: int = sock.getsockname()[1]
                return port
        return None

    # ---- ASGI ------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI application."""
        if scope["type"] != "http":
            return
        try:
            reply = await self._route(scope, receive)
        except _ClientGone:
            return
        except Exception:
            logger.exception("OCPP-S request failed")
            reply = Reply.fault(SoapFault("Receiver", "internal error"))
        headers = [(k.encode(), v.encode()) for k, v in reply.headers]
        # A length lets the reply go out in one write instead of chunks.
        headers.append((b"content-length", str(len(reply.body)).encode()))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body",
                    "body": b"" if scope["method"] == "HEAD" else reply.body})
        for work in reply.after:
            self._run_later(work)

    async def _route(self, scope: Scope, receive: Receive) -> Reply:
        slug = tenant_slug_of(scope["path"])
        if slug is None:
            return Reply(404, b"expected /ocpp/<tenant-slug>\n", list(_TEXT))
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"),
                         keep_blank_values=True)
        method = scope["method"]
        if method == "POST":
            limit = self.settings.max_message_bytes
            raw = await _read_body(scope, receive, limit)
            if raw is None:
                return Reply.fault(SoapFault("Sender", f"message exceeds the limit of {limit} "
                                             "bytes", http_status=413))
            facts = HttpFacts(
                tenant_slug=slug, content_type=_header(scope, b"content-type") or "",
                token=(query.get("token") or [None])[0],
                authorization=_header(scope, b"authorization"),
                remote_address=scope["client"][0] if scope.get("client") else None)
            return await self.exchange.answer(raw, facts)
        if method in ("GET", "HEAD") and any(key.lower() == "wsdl" for key in query):
            return await self._wsdl(scope, slug, query)
        allowed = [("allow", "POST, GET")]
        return Reply(405, b"POST SOAP 1.2 requests here; GET ?wsdl for the WSDL\n",
                     [*_TEXT, *allowed])

    async def _wsdl(self, scope: Scope, slug: str, query: Mapping[str, list[str]]) -> Reply:
        version = (query.get("version") or ["1.6"])[0]
        if version not in schema.VERSIONS:
            return Reply(400, b"version must be 1.5 or 1.6\n", list(_TEXT))
        try:
            await self.tenants.get_by_slug(slug, cached=True)
        except TenantNotFound:
            return Reply(404, f"unknown tenant `{slug[:60]}`\n".encode(), list(_TEXT))
        host = _header(scope, b"host") or _server_host(scope)
        location = f"{scope['scheme']}://{host}/ocpp/{quote(slug)}"
        return Reply(200, central_system_wsdl(version, location),
                     [("content-type", "text/xml; charset=utf-8")])

    def _run_later(self, work: Awaitable[Any]) -> None:
        self._background.spawn(work)

    # ---- our address, as stations know it ----------------------------------------------------

    def _remember_callback(self, tenant: Tenant, station: ChargingStation,
                           request: SoapRequest) -> None:
        if request.to and urlsplit(request.to).scheme in ("http", "https"):
            # The token in a registration URL is not part of our address.
            parts = urlsplit(request.to)
            url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
            self._callback_urls[(tenant.id, station.station_id)] = url

    async def _our_url(self, station: ChargingStation) -> str:
        known = self._callback_urls.get((station.tenant_id, station.station_id))
        if known:
            return known
        tenant = await self.tenants.get(station.tenant_id)
        return f"{self._base_url()}/ocpp/{quote(tenant.slug)}"

    def _base_url(self) -> str:
        host = self.settings.host
        if host in ("0.0.0.0", "::", ""):
            host = socket.getfqdn()
        elif ":" in host:
            host = f"[{host}]"
        return f"{self.settings.protocol}://{host}:{self.bound_port or self.settings.port}"


class _ClientGone(Exception):
    """The client closed the connection before sending its whole request."""


def tenant_slug_of(path: str) -> str | None:
    """The tenant slug of `/ocpp/<slug>` (a trailing slash allowed), else None."""
    parts = path.strip("/").split("/")
    if len(parts) == 2 and parts[0] == "ocpp" and parts[1]:
        return parts[1]
    return None


@lru_cache(maxsize=64)
def central_system_wsdl(version: schema.Version, location: str) -> bytes:
    """The official CentralSystemService WSDL of `version`, with `location` as its address."""
    # The bundled file is ours, not a station's: parsing it needs none of `xmlsafe`'s guards.
    root = etree.fromstring(schema.wsdl_bytes("cs", version))
    for address in root.iter(_SOAP12_ADDRESS):
        address.set("location", location)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


async def _read_body(scope: Scope, receive: Receive, limit: int) -> bytes | None:
    declared = _header(scope, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            text: str = value.decode("latin-1")
            return text
    return None


def _server_host(scope: Scope) -> str:
    server = scope.get("server")
    if not server:
        return "localhost"
    host, port = server
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _as_tcp(sock: socket.socket) -> socket.socket:
    """`sock`, or the same listening socket in an object that says it is TCP.

    asyncio sets TCP_NODELAY on accepted connections only when the listening socket object
    says IPPROTO_TCP; one made as `socket(AF_INET, SOCK_STREAM)` says 0, and then every reply
    written in two parts waits for the client's delayed ACK (40 ms on Linux).
    """
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
        return sock
    # The descriptor moves to the new object: closing the old one afterwards is harmless.
    tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    tcp.setblocking(False)
    return tcp


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(1024)
    sock.setblocking(False)
    return sock
