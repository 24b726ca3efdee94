"""One simulated charging station speaking OCPP-J 1.6 or 2.0.1 over a raw WebSocket.

The station frames its own messages with msgspec instead of using the ``ocpp`` package's
``ChargePoint``: a single process can then drive thousands of stations, which is what the
load generator of the benchmark needs.
"""

from __future__ import annotations

import array
import asyncio
import base64
import contextlib
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Literal, TypeAlias
from urllib.parse import quote

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Subprotocol

__all__ = [
    "PROTOCOLS",
    "CallFailed",
    "CallTimeout",
    "Protocol",
    "SimulatedStation",
    "SimulationStats",
    "StationProfile",
    "station_url",
]

logger = logging.getLogger(__name__)

Protocol: TypeAlias = Literal["ocpp1.6", "ocpp2.0.1"]
PROTOCOLS: Final[tuple[Protocol, ...]] = ("ocpp1.6", "ocpp2.0.1")

Payload: TypeAlias = dict[str, Any]
FollowUp: TypeAlias = Callable[[], Coroutine[Any, Any, None]]
CommandReply: TypeAlias = tuple[Payload, FollowUp | None]

_CALL: Final = 2
_CALL_RESULT: Final = 3
_CALL_ERROR: Final = 4

# Enough samples for stable percentiles, bounded so a long demo does not grow without limit.
_MAX_LATENCY_SAMPLES: Final = 1_000_000
# Used when the server's BootNotification reply carries no usable interval.
_DEFAULT_INTERVAL_S: Final = 60.0

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


class CallFailed(Exception):
    """The server answered a CALL with a CALLERROR."""

    def __init__(self, action: str, code: str, description: str) -> None:
        super().__init__(f"{action}: {code} {description}".rstrip())
        self.action = action
        self.code = code
        self.description = description


class CallTimeout(Exception):
    """The server did not answer a CALL in time."""


@dataclass(slots=True)
class SimulationStats:
    """Counters and CALL latencies shared by the stations of one simulation."""

    connected: int = 0
    connections_opened: int = 0
    connect_failures: int = 0
    disconnects: int = 0
    accepted: int = 0
    pending: int = 0
    rejected: int = 0
    calls_sent: int = 0
    call_errors: int = 0
    timeouts: int = 0
    commands_answered: int = 0
    latency_count: int = 0
    latencies_s: array.array[float] = field(default_factory=lambda: array.array("d"))
    # Sampling, not secrets: a seeded generator keeps runs reproducible.
    _rng: random.Random = field(default_factory=lambda: random.Random(0),  # noqa: S311
                                init=False, repr=False)

    def record_latency(self, seconds: float) -> None:
        """Keep one CALL round-trip time (reservoir-sampled beyond a million samples)."""
        self.latency_count += 1
        if len(self.latencies_s) < _MAX_LATENCY_SAMPLES:
            self.latencies_s.append(seconds)
            return
        slot = self._rng.randrange(self.latency_count)
        if slot < _MAX_LATENCY_SAMPLES:
            self.latencies_s[slot] = seconds

    def reset_calls(self) -> None:
        """Forget CALL counts and latencies, e.g. at the end of a warm-up."""
        self.calls_sent = self.call_errors = self.timeouts = self.latency_count = 0
        self.latencies_s = array.array("d")

    def percentile_ms(self, q: float) -> float | None:
        """The `q`-th percentile (0-100) of the recorded latencies in milliseconds."""
        if not self.latencies_s:
            return None
        ordered = sorted(self.latencies_s)
        index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
        return ordered[index] * 1000


@dataclass(frozen=True, slots=True)
class StationProfile:
    """What a simulated station is and how it behaves."""

    station_id: str
    protocol: Protocol = "ocpp1.6"
    id_tag: str = "DEMO-BADGE-1"
    meter_interval_s: float = 10.0
    connectors: int = 1
    password: str | None = None
    vendor: str = "evserver"
    model: str = "Simulator"
    firmware_version: str = "1.0.0"
    max_power_w: int = 11_000
    battery_wh: int = 60_000
    call_timeout_s: float = 30.0
    # Seconds a demo session lasts, and the pause between two sessions, as (low, high) ranges.
    session_s: tuple[float, float] = (120.0, 600.0)
    idle_s: tuple[float, float] = (10.0, 60.0)


def station_url(base_url: str, station_id: str) -> str:
    """The WebSocket URL of a station: ``<base_url>/<station-id>``, the id percent-encoded."""
    return f"{base_url.rstrip('/')}/{quote(station_id, safe='')}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _timestamp(at: datetime) -> str:
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(slots=True)
class _Connector:
    """A connector and the charging session on it, if any."""

    connector_id: int
    register_wh: int
    status: str = "Available"
    transaction_id: int | str | None = None
    id_tag: str | None = None
    soc: float = 0.0
    power_w: float = 0.0
    seq_no: int = 0
    last_sample: float = 0.0
    remote_start_id: int | None = None
    stop_reason: str | None = None

    @property
    def charging(self) -> bool:
        return self.transaction_id is not None


class SimulatedStation:
    """A charging station: boots, heartbeats, charges, and answers the server's commands.

    Every CALL the station sends waits for its answer before the next one goes out (OCPP-J
    allows one outstanding CALL per direction); answers are matched by message id.
    """

    def __init__(
        self,
        profile: StationProfile,
        stats: SimulationStats | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.profile = profile
        self.stats = stats if stats is not None else SimulationStats()
        self.clock = clock
        self.registration: str | None = None
        self.connection_count = 0
        self.heartbeat_interval_s = _DEFAULT_INTERVAL_S
        self.configuration: dict[str, str] = {
            "HeartbeatInterval": str(int(_DEFAULT_INTERVAL_S)),
            "MeterValueSampleInterval": str(int(profile.meter_interval_s)),
            "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import,SoC",
            "AuthorizeRemoteTxRequests": "false",
            "NumberOfConnectors": str(profile.connectors),
        }
        # Seeded by the id: a station behaves the same in every run.
        self._rng = random.Random(profile.station_id)  # noqa: S311
        self.connectors = {
            n: _Connector(n, register_wh=self._rng.randrange(0, 5_000_000))
            for n in range(1, profile.connectors + 1)
        }
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._pending: dict[str, tuple[str, asyncio.Future[Payload]]] = {}
        self._next_id = 0
        self._call_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self._closed = asyncio.Event()
        self._closed.set()
        self._commands = _COMMANDS_16 if profile.protocol == "ocpp1.6" else _COMMANDS_201

    @property
    def v16(self) -> bool:
        """True when the station speaks OCPP 1.6, false for 2.0.1."""
        return self.profile.protocol == "ocpp1.6"

    @property
    def connected(self) -> bool:
        """True while the WebSocket is open."""
        return not self._closed.is_set()

    # -- connection -------------------------------------------------------------------------

    async def connect(self, base_url: str, *, open_timeout_s: float = 30.0) -> None:
        """Open the WebSocket to ``<base_url>/<station-id>`` and start reading frames."""
        headers: dict[str, str] = {}
        if self.profile.password is not None:
            secret = f"{self.profile.station_id}:{self.profile.password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(secret).decode("ascii")
        try:
            self._ws = await connect(
                station_url(base_url, self.profile.station_id),
                subprotocols=[Subprotocol(self.profile.protocol)],
                additional_headers=headers,
                # Stations seldom negotiate deflate, and it costs ~100 KiB per connection.
                compression=None,
                # The server pings; answering is automatic, so the station need not ping too.
                ping_interval=None,
                open_timeout=open_timeout_s,
                close_timeout=2,
                proxy=None,
                user_agent_header=None,
            )
        except Exception:
            self.stats.connect_failures += 1
            raise
        self._closed.clear()
        self.connection_count += 1
        self.stats.connected += 1
        self.stats.connections_opened += 1
        self._reader = asyncio.create_task(self._read(self._ws), name=self.profile.station_id)

    async def close(self) -> None:
        """Close the WebSocket and stop the station's background work."""
        for task in list(self._background):
            task.cancel()
        ws = self._ws
        if ws is not None:
            await ws.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        self._ws = None
        self._reader = None

    async def wait_closed(self) -> None:
        """Return when the connection is closed, by either side."""
        await self._closed.wait()

    async def _read(self, ws: ClientConnection) -> None:
        try:
            while True:
                data = await ws.recv(decode=False)
                await self._on_frame(ws, data)
        except ConnectionClosed:
            pass
        finally:
            self.stats.connected -= 1
            self._closed.set()
            for action, future in self._pending.values():
                if not future.done():
                    future.set_exception(ConnectionError(f"{action}: connection closed"))
            self._pending.clear()

    async def _on_frame(self, ws: ClientConnection, data: bytes | str) -> None:
        try:
            frame = _decode(data)
            kind, message_id = frame[0], frame[1]
        except (msgspec.DecodeError, TypeError, IndexError, KeyError):
            logger.warning("unreadable frame", extra={"station_id": self.profile.station_id})
            return
        if kind in (_CALL_RESULT, _CALL_ERROR):
            entry = self._pending.pop(message_id, None)
            if entry is None or entry[1].done():
                return
            action, future = entry
            if kind == _CALL_RESULT and len(frame) >= 3 and isinstance(frame[2], dict):
                future.set_result(frame[2])
            else:
                code = str(frame[2]) if len(frame) > 2 else "GenericError"
                description = str(frame[3]) if len(frame) > 3 else ""
                future.set_exception(CallFailed(action, code, description))
        elif kind == _CALL and len(frame) >= 4:
            await self._answer(ws, str(message_id), str(frame[2]), frame[3])

    # -- CALLs from the station ---------------------------------------------------------------

    async def call(self, action: str, payload: Payload) -> Payload:
        """Send a CALL and return the CALLRESULT payload; raise `CallFailed` on a CALLERROR."""
        async with self._call_lock:
            ws = self._ws
            if ws is None or not self.connected:
                raise ConnectionError(f"{action}: not connected")
            self._next_id += 1
            message_id = str(self._next_id)
            future: asyncio.Future[Payload] = asyncio.get_running_loop().create_future()
            self._pending[message_id] = (action, future)
            started = time.perf_counter()
            try:
                await ws.send(_encode([_CALL, message_id, action, payload]), text=True)
            except ConnectionClosed:
                self._pending.pop(message_id, None)
                raise
            self.stats.calls_sent += 1
            try:
                async with asyncio.timeout(self.profile.call_timeout_s):
                    result = await future
            except TimeoutError:
                self._pending.pop(message_id, None)
                self.stats.timeouts += 1
                raise CallTimeout(f"{action}: no answer in {self.profile.call_timeout_s} s") \
                    from None
            except CallFailed:
                self.stats.call_errors += 1
                raise
            self.stats.record_latency(time.perf_counter() - started)
            return result

    async def boot(self, reason: str = "PowerUp") -> str:
        """Send BootNotification; once Accepted, report every connector's status."""
        p = self.profile
        if self.v16:
            payload: Payload = {
                "chargePointVendor": p.vendor, "chargePointModel": p.model,
                "chargePointSerialNumber": p.station_id[-25:],
                "firmwareVersion": p.firmware_version,
            }
        else:
            payload = {
                "chargingStation": {
                    "model": p.model, "vendorName": p.vendor,
                    "serialNumber": p.station_id[-25:], "firmwareVersion": p.firmware_version,
                },
                "reason": reason,
            }
        reply = await self.call("BootNotification", payload)
        status = str(reply.get("status", ""))
        self._count_registration(status)
        interval = reply.get("interval")
        if isinstance(interval, int | float) and interval > 0:
            self.heartbeat_interval_s = float(interval)
            self.configuration["HeartbeatInterval"] = str(int(interval))
        if status == "Accepted":
            await self.send_status_all()
        return status

    def _count_registration(self, status: str) -> None:
        # A station counts once, under its latest registration status.
        for previous, delta in ((self.registration, -1), (status, 1)):
            if previous == "Accepted":
                self.stats.accepted += delta
            elif previous == "Pending":
                self.stats.pending += delta
            elif previous == "Rejected":
                self.stats.rejected += delta
        self.registration = status

    async def boot_until_accepted(self, deadline: float) -> bool:
        """Boot, and while Pending or Rejected boot again after the interval, until `deadline`.

        `deadline` is on the `time.monotonic()` clock. Returns True once Accepted.
        """
        while True:
            if await self.boot() == "Accepted":
                return True
            wait = min(self.heartbeat_interval_s, deadline - time.monotonic())
            if wait <= 0:
                return False
            await asyncio.sleep(wait)

    async def heartbeat(self) -> None:
        """Send one Heartbeat."""
        await self.call("Heartbeat", {})

    async def heartbeat_loop(self) -> None:
        """Send a Heartbeat every `heartbeat_interval_s` (it may change while running)."""
        while True:
            await asyncio.sleep(self.heartbeat_interval_s)
            try:
                await self.heartbeat()
            except (CallFailed, CallTimeout):
                continue  # counted in the stats; the next one may well go through
            except (ConnectionError, ConnectionClosed):
                return

    async def send_status(self, connector_id: int) -> None:
        """Send StatusNotification for one connector (0: the whole station, 1.6 only)."""
        status = self.connectors[connector_id].status if connector_id else "Available"
        now = _timestamp(self.clock())
        if self.v16:
            await self.call("StatusNotification", {
                "connectorId": connector_id, "errorCode": "NoError", "status": status,
                "timestamp": now,
            })
        else:
            status = "Occupied" if status in ("Preparing", "Charging", "Finishing") else status
            await self.call("StatusNotification", {
                "timestamp": now, "connectorStatus": status,
                "evseId": connector_id, "connectorId": 1,
            })

    async def send_status_all(self) -> None:
        """StatusNotification for the station (1.6) and then each connector."""
        if self.v16:
            await self.send_status(0)
        for connector_id in self.connectors:
            await self.send_status(connector_id)

    async def _set_status(self, connector: _Connector, status: str) -> None:
        connector.status = status
        await self.send_status(connector.connector_id)

    async def authorize(self, id_tag: str) -> str:
        """Send Authorize and return the idTag status."""
        if self.v16:
            reply = await self.call("Authorize", {"idTag": id_tag})
            return str(reply.get("idTagInfo", {}).get("status", ""))
        reply = await self.call("Authorize", {"idToken": self._id_token(id_tag)})
        return str(reply.get("idTokenInfo", {}).get("status", ""))

    @staticmethod
    def _id_token(id_tag: str) -> Payload:
        return {"idToken": id_tag, "type": "ISO14443"}

    async def start_transaction(
        self, connector_id: int = 1, *, id_tag: str | None = None, authorize: bool = True,
        remote_start_id: int | None = None,
    ) -> bool:
        """Plug in, authorize and start a transaction; True when the server accepted it."""
        connector = self.connectors[connector_id]
        if connector.charging:
            return False
        tag = id_tag or self.profile.id_tag
        if self.v16:
            await self._set_status(connector, "Preparing")
        if authorize and await self.authorize(tag) != "Accepted":
            await self._set_status(connector, "Available")
            return False
        connector.id_tag = tag
        connector.soc = float(self._rng.randint(10, 60))
        connector.power_w = float(self.profile.max_power_w)
        connector.last_sample = time.monotonic()
        connector.seq_no = 0
        connector.remote_start_id = remote_start_id
        connector.stop_reason = None
        now = _timestamp(self.clock())
        if self.v16:
            reply = await self.call("StartTransaction", {
                "connectorId": connector_id, "idTag": tag,
                "meterStart": connector.register_wh, "timestamp": now,
            })
            status = str(reply.get("idTagInfo", {}).get("status", ""))
            connector.transaction_id = int(reply.get("transactionId", 0))
            await self._set_status(connector, "Charging")
            if status != "Accepted":
                await self.stop_transaction(connector_id, reason="DeAuthorized")
                return False
            return True
        connector.transaction_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        connector.status = "Occupied"
        await self.send_status(connector_id)
        info: Payload = {"transactionId": connector.transaction_id, "chargingState": "Charging"}
        if remote_start_id is not None:
            info["remoteStartId"] = remote_start_id
        reply = await self._transaction_event(
            connector, "Started",
            "RemoteStart" if remote_start_id is not None else "Authorized",
            info, context="Transaction.Begin", id_token=True,
        )
        status = str(reply.get("idTokenInfo", {}).get("status", "Accepted"))
        if status != "Accepted":
            await self.stop_transaction(connector_id, reason="DeAuthorized")
            return False
        return True

    def _advance_meter(self, connector: _Connector) -> None:
        now = time.monotonic()
        elapsed, connector.last_sample = now - connector.last_sample, now
        if connector.soc >= 100:
            connector.power_w = 0.0
            return
        # Constant power up to 80 % SoC, then tapering, as a real battery does.
        taper = 1.0 if connector.soc < 80 else max(0.05, (100 - connector.soc) / 20)
        connector.power_w = self.profile.max_power_w * taper
        # At least 1 Wh per sample, so that back-to-back samples still increase.
        delta_wh = max(1, round(connector.power_w * elapsed / 3600))
        connector.register_wh += delta_wh
        connector.soc = min(100.0, connector.soc + delta_wh / self.profile.battery_wh * 100)

    def _meter_value(self, connector: _Connector, context: str) -> Payload:
        at = _timestamp(self.clock())
        samples: list[tuple[str, float | int, str, str]] = [
            ("Energy.Active.Import.Register", connector.register_wh, "Wh", "Outlet"),
            ("Power.Active.Import", round(connector.power_w), "W", "Outlet"),
            ("SoC", int(connector.soc), "Percent", "EV"),
        ]
        sampled: list[Payload]
        if self.v16:
            sampled = [
                {"value": str(value), "context": context, "measurand": measurand,
                 "location": location, "unit": unit}
                for measurand, value, unit, location in samples
            ]
        else:
            sampled = [
                {"value": value, "context": context, "measurand": measurand,
                 "location": location, "unitOfMeasure": {"unit": unit}}
                for measurand, value, unit, location in samples
            ]
        return {"timestamp": at, "sampledValue": sampled}

    async def send_meter_values(self, connector_id: int = 1, *,
                                context: str = "Sample.Periodic") -> None:
        """Send one meter sample: MeterValues (1.6) or TransactionEvent Updated (2.0.1)."""
        connector = self.connectors[connector_id]
        if connector.charging:
            self._advance_meter(connector)
        meter_value = self._meter_value(connector, context)
        if self.v16:
            payload: Payload = {"connectorId": connector_id, "meterValue": [meter_value]}
            if connector.transaction_id is not None:
                payload["transactionId"] = connector.transaction_id
            await self.call("MeterValues", payload)
        elif connector.charging:
            trigger = "MeterValuePeriodic" if context == "Sample.Periodic" else "Trigger"
            await self._transaction_event(
                connector, "Updated", trigger,
                {"transactionId": connector.transaction_id, "chargingState": "Charging"},
                meter_value=meter_value,
            )
        else:
            await self.call("MeterValues", {"evseId": connector_id, "meterValue": [meter_value]})

    async def stop_transaction(self, connector_id: int = 1, *, reason: str = "Local") -> None:
        """Stop the connector's transaction and unplug."""
        connector = self.connectors[connector_id]
        if not connector.charging:
            return
        self._advance_meter(connector)
        if self.v16:
            await self._set_status(connector, "Finishing")
            await self.call("StopTransaction", {
                "transactionId": connector.transaction_id, "idTag": connector.id_tag,
                "meterStop": connector.register_wh, "timestamp": _timestamp(self.clock()),
                "reason": reason,
            })
        else:
            trigger = {"Remote": "RemoteStop", "DeAuthorized": "Deauthorized",
                       "EVDisconnected": "EVCommunicationLost"}.get(reason, "StopAuthorized")
            await self._transaction_event(
                connector, "Ended", trigger,
                {"transactionId": connector.transaction_id, "chargingState": "Idle",
                 "stoppedReason": reason},
                context="Transaction.End",
            )
        connector.transaction_id = None
        connector.id_tag = None
        connector.power_w = 0.0
        await self._set_status(connector, "Available")

    async def _transaction_event(
        self, connector: _Connector, event_type: str, trigger: str, info: Payload, *,
        context: str = "Sample.Periodic", meter_value: Payload | None = None,
        id_token: bool = False,
    ) -> Payload:
        payload: Payload = {
            "eventType": event_type, "timestamp": _timestamp(self.clock()),
            "triggerReason": trigger, "seqNo": connector.seq_no, "transactionInfo": info,
            "meterValue": [meter_value or self._meter_value(connector, context)],
        }
        if event_type == "Started":
            payload["evse"] = {"id": connector.connector_id, "connectorId": 1}
        if id_token and connector.id_tag is not None:
            payload["idToken"] = self._id_token(connector.id_tag)
        connector.seq_no += 1
        return await self.call("TransactionEvent", payload)

    # -- the station's life in a demo ---------------------------------------------------------

    async def run(self, base_url: str, *, until: float, reconnect: bool = True) -> None:
        """Connect, boot, and charge session after session until `until` (monotonic clock).

        On a lost connection the station reconnects with a growing back-off, as real ones do.
        """
        backoff = 1.0
        while time.monotonic() < until:
            heartbeats: asyncio.Task[None] | None = None
            fatal = False
            try:
                await self.connect(base_url)
                backoff = 1.0
                if await self.boot_until_accepted(until):
                    heartbeats = asyncio.create_task(self.heartbeat_loop())
                    await self._charge_until(until)
                else:
                    await self._wait_until(until)
            except (CallFailed, CallTimeout) as exc:
                logger.info("station call failed", extra={
                    "station_id": self.profile.station_id, "error": str(exc)})
            except (OSError, ConnectionClosed, ConnectionError, TimeoutError) as exc:
                logger.info("station disconnected", extra={
                    "station_id": self.profile.station_id, "error": str(exc)})
            except InvalidStatus as exc:
                # 5xx: the server is starting or overloaded, try again; 4xx: it refuses us.
                fatal = exc.response.status_code < 500
                logger.log(logging.WARNING if fatal else logging.INFO, "station refused", extra={
                    "station_id": self.profile.station_id,
                    "http_status": exc.response.status_code})
            except Exception as exc:  # whatever else: stop this station, keep the others running
                logger.warning("station stopped", extra={
                    "station_id": self.profile.station_id, "error": repr(exc)})
                fatal = True
            finally:
                if heartbeats is not None:
                    heartbeats.cancel()
            if time.monotonic() >= until:
                break
            if self._ws is not None:
                self.stats.disconnects += 1
                await self.close()
            if fatal or not reconnect:
                return
            # Jitter spreads the reconnections of a fleet that lost its server all at once.
            delay = backoff * self._rng.uniform(0.5, 1.5)
            await asyncio.sleep(min(delay, max(0.0, until - time.monotonic())))
            backoff = min(backoff * 2, 60.0)
        await self._finish()

    async def _finish(self) -> None:
        with contextlib.suppress(Exception):
            if self.connected:
                for connector_id, connector in self.connectors.items():
                    if connector.charging:
                        await self.stop_transaction(connector_id, reason="Local")
        await self.close()

    async def _wait_until(self, until: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(0.0, until - time.monotonic())):
                await self.wait_closed()

    async def _charge_until(self, until: float) -> None:
        connector = self.connectors[1]
        # A car is plugged in soon after boot, so a short demo shows sessions at once.
        idle = (1.0, 5.0)
        while time.monotonic() < until and self.connected:
            if not connector.charging:
                await self._pause(self._rng.uniform(*idle), until)
                idle = self.profile.idle_s
                if time.monotonic() >= until or not self.connected:
                    return
                await self._attempt(self.start_transaction(1))
                if not connector.charging:
                    continue
            session_end = time.monotonic() + self._rng.uniform(*self.profile.session_s)
            while connector.charging and self.connected:
                now = time.monotonic()
                if now >= until:
                    return
                if now >= session_end or connector.soc >= 100:
                    reason = "EVDisconnected" if connector.soc >= 100 else "Local"
                    if await self._attempt(self.stop_transaction(1, reason=reason)):
                        break
                await self._pause(self.profile.meter_interval_s, min(until, session_end)
                                  if now < session_end else until)
                if connector.charging and self.connected and time.monotonic() < until:
                    await self._attempt(self.send_meter_values(1))

    async def _attempt(self, step: Awaitable[Any]) -> bool:
        """Run one step of a session; a CALLERROR or a timeout is logged, not fatal."""
        try:
            await step
        except (CallFailed, CallTimeout) as exc:
            logger.info("station call failed", extra={
                "station_id": self.profile.station_id, "error": str(exc)})
            return False
        return True

    async def _pause(self, seconds: float, until: float) -> None:
        await asyncio.sleep(max(0.0, min(seconds, until - time.monotonic())))

    # -- CALLs from the server ----------------------------------------------------------------

    async def _answer(self, ws: ClientConnection, message_id: str, action: str,
                      payload: Any) -> None:
        handler = self._commands.get(action)
        follow_up: FollowUp | None = None
        if handler is None:
            frame: list[Any] = [_CALL_ERROR, message_id, "NotImplemented",
                                f"{action} is not supported", {}]
        elif not isinstance(payload, dict):
            frame = [_CALL_ERROR, message_id, self._format_error, "payload is not an object", {}]
        else:
            try:
                reply, follow_up = handler(self, payload)
                frame = [_CALL_RESULT, message_id, reply]
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                frame = [_CALL_ERROR, message_id, self._format_error, f"bad payload: {exc}", {}]
            except Exception as exc:  # a bug here must not kill the station's reader
                logger.exception("command failed", extra={
                    "station_id": self.profile.station_id, "action": action})
                frame = [_CALL_ERROR, message_id, "InternalError", type(exc).__name__, {}]
        with contextlib.suppress(ConnectionClosed):
            await ws.send(_encode(frame), text=True)
        self.stats.commands_answered += 1
        if follow_up is not None:
            self._spawn(follow_up)

    @property
    def _format_error(self) -> str:
        # 1.6 spells it FormationViolation, 2.x FormatViolation.
        return "FormationViolation" if self.v16 else "FormatViolation"

    def _spawn(self, follow_up: FollowUp) -> None:
        async def guarded() -> None:
            try:
                await follow_up()
            except (CallFailed, CallTimeout, ConnectionError, ConnectionClosed) as exc:
                logger.info("station follow-up failed", extra={
                    "station_id": self.profile.station_id, "error": str(exc)})

        task = asyncio.create_task(guarded())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _connector_for(self, payload: Payload, key: str) -> _Connector | None:
        connector_id = payload.get(key)
        if connector_id is None or connector_id == 0:
            return next((c for c in self.connectors.values() if not c.charging), None)
        return self.connectors.get(int(connector_id))

    def _connector_with_transaction(self, transaction_id: Any) -> _Connector | None:
        return next((c for c in self.connectors.values()
                     if c.charging and c.transaction_id == transaction_id), None)

    def _on_reset(self, payload: Payload) -> CommandReply:
        kind = str(payload["type"])

        async def reboot() -> None:
            reason = f"{kind}Reset" if self.v16 else "Other"
            for connector_id, connector in self.connectors.items():
                if connector.charging:
                    await self.stop_transaction(connector_id, reason=reason)
            await self.boot(reason="RemoteReset")

        return {"status": "Accepted"}, reboot

    def _on_remote_start(self, payload: Payload) -> CommandReply:
        key = "connectorId" if self.v16 else "evseId"
        connector = self._connector_for(payload, key)
        if connector is None or connector.charging:
            return {"status": "Rejected"}, None
        if self.v16:
            tag, remote_start_id = str(payload["idTag"]), None
        else:
            tag, remote_start_id = str(payload["idToken"]["idToken"]), int(payload["remoteStartId"])
        authorize = self.configuration.get("AuthorizeRemoteTxRequests") == "true"

        async def start() -> None:
            await self.start_transaction(connector.connector_id, id_tag=tag,
                                         authorize=authorize, remote_start_id=remote_start_id)

        return {"status": "Accepted"}, start

    def _on_remote_stop(self, payload: Payload) -> CommandReply:
        connector = self._connector_with_transaction(payload["transactionId"])
        if connector is None:
            return {"status": "Rejected"}, None

        async def stop() -> None:
            await self.stop_transaction(connector.connector_id, reason="Remote")

        return {"status": "Accepted"}, stop

    def _on_change_configuration(self, payload: Payload) -> CommandReply:
        key, value = str(payload["key"]), str(payload["value"])
        self._set_configuration(key, value)
        return {"status": "Accepted"}, None

    def _set_configuration(self, key: str, value: str) -> None:
        self.configuration[key] = value
        if key == "HeartbeatInterval" and value.isdigit() and int(value) > 0:
            self.heartbeat_interval_s = float(value)

    def _on_get_configuration(self, payload: Payload) -> CommandReply:
        keys = payload.get("key") or list(self.configuration)
        known = [{"key": k, "readonly": False, "value": self.configuration[k]}
                 for k in keys if k in self.configuration]
        reply: Payload = {"configurationKey": known}
        unknown = [k for k in keys if k not in self.configuration]
        if unknown:
            reply["unknownKey"] = unknown
        return reply, None

    def _on_set_variables(self, payload: Payload) -> CommandReply:
        results = []
        for item in payload["setVariableData"]:
            component, variable = item["component"], item["variable"]
            name = str(variable["name"])
            self._set_configuration(name, str(item["attributeValue"]))
            results.append({"attributeStatus": "Accepted", "component": component,
                            "variable": variable})
        return {"setVariableResult": results}, None

    def _on_get_variables(self, payload: Payload) -> CommandReply:
        results = []
        for item in payload["getVariableData"]:
            component, variable = item["component"], item["variable"]
            value = self.configuration.get(str(variable["name"]))
            result: Payload = {"component": component, "variable": variable,
                               "attributeStatus": "Accepted" if value is not None
                               else "UnknownVariable"}
            if value is not None:
                result["attributeValue"] = value
            results.append(result)
        return {"getVariableResult": results}, None

    def _on_trigger_message(self, payload: Payload) -> CommandReply:
        requested = str(payload["requestedMessage"])
        evse = payload.get("evse")
        target = payload.get("connectorId") if self.v16 else (evse or {}).get("id")
        connector_ids = [int(target)] if target else list(self.connectors)
        if any(c not in self.connectors for c in connector_ids):
            return {"status": "Rejected"}, None
        sends: dict[str, Callable[[], Awaitable[object]]] = {
            "BootNotification": lambda: self.boot(reason="Triggered"),
            "Heartbeat": self.heartbeat,
            "StatusNotification": lambda: self._for_each(connector_ids, self.send_status),
            "MeterValues": lambda: self._for_each(
                connector_ids, lambda c: self.send_meter_values(c, context="Trigger")),
        }
        if not self.v16:
            sends["TransactionEvent"] = lambda: self._for_each(
                [c for c in connector_ids if self.connectors[c].charging],
                lambda c: self.send_meter_values(c, context="Trigger"))
        send = sends.get(requested)
        if send is None:
            return {"status": "NotImplemented"}, None

        async def follow_up() -> None:
            await send()

        return {"status": "Accepted"}, follow_up

    @staticmethod
    async def _for_each(connector_ids: list[int],
                        send: Callable[[int], Awaitable[None]]) -> None:
        for connector_id in connector_ids:
            await send(connector_id)

    def _on_change_availability(self, payload: Payload) -> CommandReply:
        key = "connectorId" if self.v16 else "evse"
        target = payload.get(key)
        if isinstance(target, dict):
            target = target.get("id")
        busy = any(c.charging for n, c in self.connectors.items() if not target or n == target)
        return {"status": "Scheduled" if busy else "Accepted"}, None

    def _on_get_composite_schedule(self, payload: Payload) -> CommandReply:
        start = _timestamp(self.clock())
        period = [{"startPeriod": 0, "limit": self.profile.max_power_w}]
        duration = int(payload.get("duration", 86_400))
        if self.v16:
            return {"status": "Accepted", "connectorId": payload["connectorId"],
                    "scheduleStart": start,
                    "chargingSchedule": {"duration": duration, "chargingRateUnit": "W",
                                         "chargingSchedulePeriod": period}}, None
        return {"status": "Accepted",
                "schedule": {"evseId": payload["evseId"], "duration": duration,
                             "scheduleStart": start, "chargingRateUnit": "W",
                             "chargingSchedulePeriod": period}}, None

    def _on_get_transaction_status(self, payload: Payload) -> CommandReply:
        wanted = payload.get("transactionId")
        ongoing = self._connector_with_transaction(wanted) is not None if wanted else False
        reply: Payload = {"messagesInQueue": False}
        if wanted:
            reply["ongoingIndicator"] = ongoing
        return reply, None


def _reply(payload: Payload) -> Callable[[SimulatedStation, Payload], CommandReply]:
    """A command handler that always gives the same answer."""

    def handler(_station: SimulatedStation, _payload: Payload) -> CommandReply:
        return dict(payload), None

    return handler


_Handler: TypeAlias = Callable[[SimulatedStation, Payload], CommandReply]
_ACCEPTED = _reply({"status": "Accepted"})

_COMMANDS_COMMON: dict[str, _Handler] = {
    "Reset": SimulatedStation._on_reset,
    "TriggerMessage": SimulatedStation._on_trigger_message,
    "UnlockConnector": _reply({"status": "Unlocked"}),
    "ChangeAvailability": SimulatedStation._on_change_availability,
    "ClearCache": _ACCEPTED,
    "DataTransfer": _ACCEPTED,
    "SetChargingProfile": _ACCEPTED,
    "ClearChargingProfile": _ACCEPTED,
    "GetCompositeSchedule": SimulatedStation._on_get_composite_schedule,
    "ReserveNow": _ACCEPTED,
    "CancelReservation": _ACCEPTED,
    "SendLocalList": _ACCEPTED,
}

_COMMANDS_16: dict[str, _Handler] = {
    **_COMMANDS_COMMON,
    "RemoteStartTransaction": SimulatedStation._on_remote_start,
    "RemoteStopTransaction": SimulatedStation._on_remote_stop,
    "ChangeConfiguration": SimulatedStation._on_change_configuration,
    "GetConfiguration": SimulatedStation._on_get_configuration,
    "GetLocalListVersion": _reply({"listVersion": 0}),
    "GetDiagnostics": _reply({"fileName": "diagnostics.log"}),
    "UpdateFirmware": _reply({}),
}

_COMMANDS_201: dict[str, _Handler] = {
    **_COMMANDS_COMMON,
    "RequestStartTransaction": SimulatedStation._on_remote_start,
    "RequestStopTransaction": SimulatedStation._on_remote_stop,
    "SetVariables": SimulatedStation._on_set_variables,
    "GetVariables": SimulatedStation._on_get_variables,
    "GetLocalListVersion": _reply({"versionNumber": 0}),
    "GetBaseReport": _ACCEPTED,
    "GetLog": _reply({"status": "Accepted", "filename": "station.log"}),
    "UpdateFirmware": _ACCEPTED,
    "GetTransactionStatus": SimulatedStation._on_get_transaction_status,
}
