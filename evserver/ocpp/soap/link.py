"""The gateway's way to OCPP-S stations: ChargePointService calls POSTed to the station's endpoint.

A SOAP station holds no connection open: every command is one HTTP request to the address the
station announced in `wsa:From` (or the one an admin set), built and read by `client_messages`.
Transport failures become the gateway's typed errors, so a REST caller cannot tell a SOAP
station from a WebSocket one except by what each version supports.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from evserver.charging.errors import NotSupported, StationOffline, StationRejected, StationTimeout
from evserver.charging.gateway import LinkFactory, StationLink
from evserver.ocpp.soap.client_messages import (
    InvalidCallResponseError,
    StationFaultError,
    build_call,
    call_content_type,
    parse_call_response,
)
from evserver.ocpp.soap.convert import PayloadError, UnsupportedOperationError
from evserver.ocpp.soap.schema import VERSIONS, Version
from evserver.ocpp.soap.xmlsafe import MAX_MESSAGE_BYTES
from evserver.storage.documents.station import ChargingStation

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
"""A station that does not accept the connection by then is unreachable, not slow."""

# Statuses a proxy in front of the station answers when the station itself is not there.
_GATEWAY_STATUSES = frozenset({502, 503, 504})

FromUrl = Callable[[ChargingStation], Awaitable[str]]
"""Our own endpoint as the station should know it, sent as `wsa:From` of each call."""


def new_http_client() -> httpx.AsyncClient:
    """An HTTP client for station calls, with no pool limit a slow station could exhaust."""
    return httpx.AsyncClient(
        limits=httpx.Limits(max_connections=None, max_keepalive_connections=256,
                            keepalive_expiry=30.0),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": "evserver"},
    )


def station_endpoint(station: ChargingStation) -> str | None:
    """The URL where `station` takes calls: the admin's override, else what it announced."""
    url = station.endpoint_url_override or station.endpoint_url
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return None
    return url


class SoapStationLink:
    """Sends 1.6-shaped commands to one OCPP-S station and returns its 1.6-shaped replies."""

    def __init__(self, client: httpx.AsyncClient, station: ChargingStation, endpoint_url: str,
                 version: Version, from_url: FromUrl) -> None:
        self.client = client
        self.station = station
        self.endpoint_url = endpoint_url
        self.version: Version = version
        self._from_url = from_url

    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        """POST `action` to the station and return its reply, or raise the gateway's errors."""
        station_id = self.station.station_id
        try:
            message_id, envelope = build_call(self.version, action, payload, station_id,
                                              self.endpoint_url,
                                              await self._from_url(self.station))
        except UnsupportedOperationError as exc:
            raise NotSupported(str(exc)) from None
        except PayloadError as exc:
            # What 1.6 can say but this station's version cannot (or a malformed command).
            raise NotSupported(f"cannot be sent to an OCPP {self.version} station: "
                               f"{exc.reason}") from None
        headers = {"Content-Type": call_content_type(self.version, action)}
        try:
            async with asyncio.timeout(timeout_s):
                status, raw = await self._post(envelope, headers, timeout_s)
        except TimeoutError:
            raise StationTimeout(f"station `{station_id}` did not answer {action} "
                                 f"within {timeout_s:g} s") from None
        try:
            return parse_call_response(self.version, action, raw, message_id=message_id)
        except StationFaultError as exc:
            raise StationRejected(f"{action} refused: {exc.code} {exc.reason}",
                                  error_code=exc.code, details={"reason": exc.reason}) from None
        except InvalidCallResponseError as exc:
            if status in _GATEWAY_STATUSES:
                raise StationOffline(f"station `{station_id}` endpoint answered HTTP "
                                     f"{status}") from None
            raise StationRejected(f"invalid {action} reply (HTTP {status}): {exc.reason}",
                                  error_code="InvalidReply") from None

    async def _post(self, envelope: bytes, headers: dict[str, str],
                    timeout_s: float) -> tuple[int, bytes]:
        station_id = self.station.station_id
        timeout = httpx.Timeout(timeout_s, connect=min(CONNECT_TIMEOUT_S, timeout_s))
        try:
            async with self.client.stream("POST", self.endpoint_url, content=envelope,
                                          headers=headers, timeout=timeout) as response:
                raw = await _read_capped(response, MAX_MESSAGE_BYTES)
                return response.status_code, raw
        except httpx.ConnectTimeout:
            raise StationOffline(f"station `{station_id}` endpoint did not accept a "
                                 "connection") from None
        except httpx.TimeoutException:
            raise TimeoutError from None
        except httpx.TransportError as exc:
            raise StationOffline(f"station `{station_id}` endpoint unreachable: "
                                 f"{type(exc).__name__}") from None


async def _read_capped(response: httpx.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise StationRejected(f"reply larger than {limit} bytes", error_code="InvalidReply")
        chunks.append(chunk)
    return b"".join(chunks)


def soap_link_factory(client: httpx.AsyncClient, from_url: FromUrl) -> LinkFactory:
    """A gateway link factory for `soap` stations; None for a station without a usable endpoint."""

    def build(station: ChargingStation) -> StationLink | None:
        endpoint = station_endpoint(station)
        version = station.ocpp_version
        if endpoint is None or version not in VERSIONS or client.is_closed:
            return None
        return SoapStationLink(client, station, endpoint, version, from_url)

    return build
