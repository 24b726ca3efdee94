"""One station's WebSocket: incoming CALLs to handlers, outgoing CALLs with their replies."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import msgspec
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from evserver.charging.errors import (
    NotSupported,
    StationOffline,
    StationRejected,
)
from evserver.core.logs import station_var, tenant_id_var, tenant_var
from evserver.core.tasks import BackgroundTasks
from evserver.ocpp.context import StationContext
from evserver.ocpp.json.frames import (
    Call,
    CallError,
    CallResult,
    CallResultError,
    ErrorCode,
    FrameError,
    OcppVersion,
    Send,
    encode_call,
    encode_call_error,
    encode_call_result,
    normalize_error_code,
    parse_frame,
    wire_error_code,
)
from evserver.ocpp.json.messages import PayloadError, action_exists, decode_request, decode_response
from evserver.ocpp.json.schemas import Payload

logger = logging.getLogger(__name__)

Handler = Callable[[StationContext, Any], Awaitable[Payload]]
# Outgoing translation: (version, 1.6 action, 1.6 payload) -> (action, payload) for the station.
ToStation = Callable[[OcppVersion, str, dict[str, Any]], Awaitable[tuple[str, dict[str, Any]]]]
# Reply translation back to the 1.6 shape.
FromStation = Callable[[OcppVersion, str, dict[str, Any]], dict[str, Any]]
MessageHook = Callable[[str, str, str], None]


class StationConnection:
    """Serves one open WebSocket; is also the gateway's link to that station."""

    def __init__(self, ws: ServerConnection, version: OcppVersion, ctx: StationContext,
                 handlers: Mapping[str, Handler], *, to_station: ToStation,
                 from_station: FromStation, on_message: MessageHook | None = None) -> None:
        self.ws = ws
        self.version = version
        self.ctx = ctx
        self.handlers = handlers
        self._to_station = to_station
        self._from_station = from_station
        self._on_message = on_message
        self._pending: dict[str, tuple[str, asyncio.Future[dict[str, Any]]]] = {}
        self._background = BackgroundTasks()

    # ---- incoming ------------------------------------------------------------------------

    async def serve(self) -> None:
        """Read frames until the socket closes; CALLs are handled one at a time, in order."""
        tenant_var.set(self.ctx.tenant.slug)
        tenant_id_var.set(self.ctx.tenant.id)
        station_var.set(self.ctx.station.station_id)
        try:
            async for raw in self.ws:
                await self._on_frame(raw)
        except ConnectionClosed:
            pass
        finally:
            for _, future in self._pending.values():
                if not future.done():
                    future.set_exception(StationOffline("connection closed"))
            self._pending.clear()

    async def _on_frame(self, raw: str | bytes) -> None:
        try:
            frame = parse_frame(raw, self.version)
        except FrameError as exc:
            logger.warning("bad frame", extra={"code": exc.code, "detail": exc.description})
            reply = exc.reply()
            if reply is not None:
                await self._send(reply)
            return
        if isinstance(frame, Call):
            await self._on_call(frame)
        elif isinstance(frame, CallResult | CallError | CallResultError):
            self._on_reply(frame)
        elif isinstance(frame, Send):
            await self._on_send(frame)

    async def _on_call(self, call: Call) -> None:
        if self._on_message is not None:
            self._on_message(call.action, self.version, "in")
        if not action_exists(self.version, call.action):
            await self._error(call.message_id, ErrorCode.NOT_IMPLEMENTED,
                              f"{call.action} is not an action of {self.version}")
            return
        handler = self.handlers.get(call.action)
        if handler is None:
            await self._error(call.message_id, ErrorCode.NOT_SUPPORTED,
                              f"{call.action} is not supported by this central system")
            return
        try:
            request = decode_request(self.version, call.action, call.payload)
        except PayloadError as exc:
            await self._send(encode_call_error(call.message_id, exc.code, exc.description,
                                               exc.details))
            return
        try:
            response = await handler(self.ctx, request)
        except Exception:
            # Nothing is acknowledged that was not stored: the station will retry.
            logger.exception("handler failed", extra={"action": call.action})
            await self._error(call.message_id, ErrorCode.INTERNAL_ERROR,
                              f"{call.action} could not be processed")
            return
        await self._send(encode_call_result(call.message_id, response))

    async def _on_send(self, frame: Send) -> None:
        # 2.1 SEND frames are never answered; they are handled like CALLs without a reply.
        handler = self.handlers.get(frame.action)
        if handler is None:
            return
        try:
            await handler(self.ctx, decode_request(self.version, frame.action, frame.payload))
        except Exception:
            logger.exception("SEND handler failed", extra={"action": frame.action})

    async def _error(self, message_id: str, code: ErrorCode, description: str) -> None:
        await self._send(encode_call_error(message_id, wire_error_code(code, self.version),
                                           description))

    async def _send(self, data: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(data.decode())

    # ---- outgoing ------------------------------------------------------------------------

    def _on_reply(self, frame: CallResult | CallError | CallResultError) -> None:
        entry = self._pending.pop(frame.message_id, None)
        if entry is None:
            logger.warning("reply to an unknown message id dropped",
                           extra={"message_id": frame.message_id})
            return
        action, future = entry
        if future.done():
            return
        if isinstance(frame, CallResult):
            try:
                decoded = decode_response(self.version, action, frame.payload)
            except PayloadError as exc:
                future.set_exception(StationRejected(
                    f"invalid {action} reply: {exc.description}", error_code=exc.code))
                return
            future.set_result(msgspec.to_builtins(decoded))
        else:
            code = normalize_error_code(frame.code)
            future.set_exception(StationRejected(
                f"{action} refused: {frame.code} {frame.description}".strip(),
                error_code=str(code), details=frame.details))

    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        """Send a 1.6-shaped command (translated for this version) and await the reply."""
        station_action, station_payload = await self._to_station(self.version, action, payload)
        if not action_exists(self.version, station_action):
            raise NotSupported(f"{station_action} does not exist in {self.version}")
        message_id = uuid.uuid4().hex
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[message_id] = (station_action, future)
        try:
            await self.ws.send(encode_call(message_id, station_action, station_payload).decode())
        except ConnectionClosed:
            self._pending.pop(message_id, None)
            raise StationOffline("connection closed") from None
        if self._on_message is not None:
            self._on_message(station_action, self.version, "out")
        try:
            reply = await asyncio.wait_for(future, timeout_s)
        finally:
            self._pending.pop(message_id, None)
        return self._from_station(self.version, action, reply)

    def background(self, work: Awaitable[Any]) -> None:
        """Run `work` after the current reply has been sent, logging any failure."""
        self._background.spawn(work, after_current=True)

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the socket."""
        await self.ws.close(code, reason)
