"""One OCPP-S request, from its bytes to our reply: validate, admit, record, handle, answer.

Everything a station says goes through the OCPP 1.6 handlers shared with OCPP-J, so the same
message stores the same documents whatever the transport. Nothing is stored for a request that
is refused: the envelope, the body and its 1.6 shape are all checked before the station is
admitted (admission may register a new station) or anything is written.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import msgspec

from evserver.charging.admission import AdmissionRefused, StationAdmission
from evserver.core.clock import utcnow
from evserver.core.logs import station_var, tenant_var
from evserver.core.server_metrics import ServerMetrics
from evserver.ocpp import v16
from evserver.ocpp.context import OcppServices, StationContext
from evserver.ocpp.json.schemas import v16 as messages
from evserver.ocpp.soap.envelope import (
    CONTENT_TYPE,
    SoapFault,
    SoapRequest,
    build_fault,
    build_response,
    parse_request,
)
from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant

logger = logging.getLogger(__name__)

SOAP12_MEDIA_TYPE = "application/soap+xml"
_SOAP11_MEDIA_TYPES = frozenset({"text/xml", "application/xml"})

SEEN_REFRESH = timedelta(seconds=60)
"""How stale `last_seen` may get before a request refreshes it: one write a minute at most."""

Background = Callable[[Awaitable[Any]], None]
CallbackHook = Callable[[Tenant, ChargingStation, SoapRequest], None]


@dataclass
class Reply:
    """What to answer over HTTP, and work to start once the answer is on its way."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    after: list[Awaitable[Any]] = field(default_factory=list)

    @classmethod
    def fault(cls, fault: SoapFault) -> Reply:
        """A SOAP 1.2 Fault with the HTTP status of its code."""
        headers = [("content-type", CONTENT_TYPE)]
        if fault.http_status == 401:
            headers.append(("www-authenticate", 'Basic realm="evserver"'))
        return cls(fault.http_status, build_fault(fault), headers)


@dataclass(frozen=True, slots=True)
class HttpFacts:
    """What the HTTP layer knows about a request besides its body."""

    tenant_slug: str
    content_type: str
    token: str | None = None
    authorization: str | None = None
    remote_address: str | None = None


class SoapExchange:
    """Answers CentralSystemService requests for one listener."""

    def __init__(self, admission: StationAdmission, services: OcppServices, *,
                 max_message_bytes: int, metrics: ServerMetrics | None = None,
                 on_admitted: CallbackHook | None = None) -> None:
        self.admission = admission
        self.services = services
        self.max_message_bytes = max_message_bytes
        self.metrics = metrics
        self._on_admitted = on_admitted

    async def answer(self, raw: bytes, http: HttpFacts) -> Reply:
        """Answer one POSTed envelope: our reply, or a Fault saying whose mistake it was."""
        try:
            return await self._answer(raw, http)
        except SoapFault as fault:
            return Reply.fault(fault)

    async def _answer(self, raw: bytes, http: HttpFacts) -> Reply:
        request = self._read(raw, http.content_type)
        message = self._decode(request)
        tenant_var.set(http.tenant_slug[:60])
        station_var.set(request.charge_box_identity[:60])
        tenant, station = await self._admit(request, http)
        if self._on_admitted is not None:
            self._on_admitted(tenant, station, request)
        after: list[Awaitable[Any]] = []
        ctx = StationContext(tenant=tenant, station=station, protocol="soap",
                             version=request.version, services=self.services,
                             background=after.append)
        try:
            await self._record_presence(station, request, http.remote_address)
            response = await v16.HANDLERS[request.operation](ctx, message)
        except Exception:
            for work in after:
                _discard(work)
            # Nothing is acknowledged that was not stored: the station will send it again.
            logger.exception("request failed", extra={"action": request.operation})
            raise SoapFault("Receiver", f"{request.operation} could not be processed; "
                            "send it again later", relates_to=request.message_id) from None
        body = build_response(request, request.operation, msgspec.to_builtins(response))
        if self.metrics is not None:
            self.metrics.ocpp_message(request.operation, request.version, "in")
        return Reply(200, body, [("content-type", CONTENT_TYPE)], after)

    def _read(self, raw: bytes, content_type: str) -> SoapRequest:
        media_type = content_type.partition(";")[0].strip().lower()
        if media_type == SOAP12_MEDIA_TYPE:
            return parse_request(raw, max_bytes=self.max_message_bytes)
        if media_type in _SOAP11_MEDIA_TYPES:
            # The SOAP 1.1 media type: a 1.1 envelope gets the VersionMismatch it deserves.
            request = parse_request(raw, max_bytes=self.max_message_bytes)
            raise SoapFault("Sender", f"SOAP 1.2 messages are sent as {SOAP12_MEDIA_TYPE}, "
                            f"not {media_type}", http_status=415,
                            relates_to=request.message_id)
        shown = media_type[:60] or "none"
        raise SoapFault("Sender", f"Content-Type '{shown}' is not SOAP 1.2: send "
                        f"{SOAP12_MEDIA_TYPE}", http_status=415)

    @staticmethod
    def _decode(request: SoapRequest) -> Any:
        types = messages.ACTIONS.get(request.operation)
        if types is None or request.operation not in v16.HANDLERS:
            raise SoapFault("Receiver", f"{request.operation} is not supported by this "
                            "central system", relates_to=request.message_id)
        try:
            return msgspec.convert(request.payload, types[0])
        except msgspec.ValidationError as exc:
            raise SoapFault("Sender", f"{request.operation}: {exc}",
                            relates_to=request.message_id) from None

    async def _admit(self, request: SoapRequest,
                     http: HttpFacts) -> tuple[Tenant, ChargingStation]:
        station_id = request.charge_box_identity
        try:
            admission = await self.admission.admit(http.tenant_slug, station_id,
                                                   token=http.token,
                                                   password=basic_password(http.authorization,
                                                                           station_id))
        except AdmissionRefused as exc:
            logger.info("station refused", extra={"reason": exc.message, "status": exc.status})
            raise SoapFault("Sender", exc.message, http_status=exc.status,
                            relates_to=request.message_id) from None
        except Exception:
            logger.exception("admission failed")
            raise SoapFault("Receiver", "the station could not be checked; send it again "
                            "later", relates_to=request.message_id) from None
        return admission.tenant, admission.station

    async def _record_presence(self, station: ChargingStation, request: SoapRequest,
                               remote_address: str | None) -> None:
        """Note the station's protocol, version and endpoint when they change, else that it is
        alive, at most once per `SEEN_REFRESH`."""
        endpoint = request.from_address or station.endpoint_url
        stations = self.services.stations
        if (station.ocpp_protocol != "soap" or station.ocpp_version != request.version
                or endpoint != station.endpoint_url or not station.online):
            await stations.connected(station, protocol="soap", version=request.version,
                                     remote_address=remote_address, endpoint_url=endpoint)
            station.ocpp_protocol = "soap"
            station.ocpp_version = request.version
            station.endpoint_url = endpoint
            station.online = True
            station.last_seen = utcnow()
        elif station.last_seen is None or utcnow() - station.last_seen > SEEN_REFRESH:
            await stations.seen(station)
            station.last_seen = utcnow()


def basic_password(authorization: str | None, station_id: str) -> str | None:
    """The password of an HTTP Basic `Authorization` whose user is the station id.

    None when there is no Basic authorization; an empty string (always wrong) when the header
    is unreadable or names another user.
    """
    if not authorization or authorization[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""
    user, _, password = decoded.partition(":")
    return password if user == station_id else ""


def _discard(work: Awaitable[Any]) -> None:
    # A coroutine that will never run must be closed, or Python warns about it.
    close = getattr(work, "close", None)
    if callable(close):
        close()
