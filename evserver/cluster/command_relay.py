"""Commands for stations whose OCPP-J socket another server process holds, over Redis pub/sub.

The station document names the node holding its socket. A command issued on any other node
is published on that node's command channel; the process that holds the socket sends it
through its own gateway (so its queue, lock and message log apply) and publishes the outcome
on the asking process's reply channel. Processes that share a node id all receive the request;
those without the socket say so, and when all of them have, the station is offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Final, Literal

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from evserver.charging.errors import (
    NotSupported,
    StationCommandError,
    StationOffline,
    StationRejected,
    StationTimeout,
)
from evserver.charging.gateway import StationGateway
from evserver.cluster.event_bridge import RETRY_MAX_S, subscribe_confirmed, wait_for_redis
from evserver.core.errors import NotFound
from evserver.storage.documents.station import ChargingStation

logger = logging.getLogger(__name__)

COMMANDS: Final = "evserver:commands:{node}"
REPLIES: Final = "evserver:replies:{origin}"
# Beyond the station's own timeout: the hops through Redis and the other node's queue.
REPLY_MARGIN_S: Final = 5.0


class _Request(msgspec.Struct, frozen=True):
    id: str
    reply_to: str
    tenant_id: str
    station_id: str
    action: str
    payload: dict[str, Any]
    timeout_s: float


class _Reply(msgspec.Struct, frozen=True):
    id: str
    outcome: Literal["done", "failed", "absent"]
    result: dict[str, Any] | None = None
    error: str = ""
    message: str = ""
    error_code: str = ""


@dataclass
class _Waiting:
    future: asyncio.Future[dict[str, Any]]
    node: str
    receivers: float = math.inf  # known once the request is published
    absent: int = 0


_ERRORS: Final[dict[str, type[StationCommandError]]] = {
    cls.__name__: cls for cls in (StationOffline, StationTimeout, NotSupported)}
_encode = msgspec.json.Encoder().encode
_requests = msgspec.json.Decoder(_Request)
_replies = msgspec.json.Decoder(_Reply)


class CommandRelay:
    """Forwards commands to the process holding a station, and serves those sent to this one."""

    def __init__(self, gateway: StationGateway, redis: Redis, node_id: str) -> None:
        """Relay for `gateway` through `redis` as `node_id`; the relay closes `redis` on stop."""
        if not node_id:
            raise ValueError("a node id is required to receive commands")
        self.gateway = gateway
        self.redis = redis
        self.node_id = node_id
        self.origin = f"{node_id}/{uuid.uuid4().hex[:8]}"
        self._pubsub = redis.pubsub()
        self._waiting: dict[str, _Waiting] = {}
        self._serving: set[asyncio.Task[None]] = set()
        self._listener: asyncio.Task[None] | None = None

    async def start(self, timeout_s: float = 10.0) -> None:
        """Reach Redis, subscribe to this node's commands and this process's replies."""
        await wait_for_redis(self.redis, timeout_s)
        await subscribe_confirmed(
            self._pubsub, [COMMANDS.format(node=self.node_id), REPLIES.format(origin=self.origin)],
            timeout_s, "commands")
        self._listener = asyncio.create_task(self._listen(), name="commands-from-redis")
        self.gateway.use_relay(self)
        logger.info("station commands relayed over redis", extra={"node": self.node_id})

    async def stop(self) -> None:
        """Stop serving and forwarding; waiting callers learn the station is unreachable."""
        self.gateway.use_relay(None)
        tasks = [t for t in (self._listener, *self._serving) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for waiting in self._waiting.values():
            if not waiting.future.done():
                waiting.future.set_exception(StationOffline("the server is stopping"))
        with contextlib.suppress(RedisError, OSError):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]  # untyped upstream
        with contextlib.suppress(RedisError, OSError):
            await self.redis.aclose()

    async def forward(self, station: ChargingStation, action: str, payload: dict[str, Any],
                      timeout_s: float) -> dict[str, Any]:
        """Send `action` through the node that holds `station`'s socket; return the reply."""
        node = station.node_id or ""
        request = _Request(id=uuid.uuid4().hex, reply_to=self.origin,
                           tenant_id=station.tenant_id, station_id=station.station_id,
                           action=action, payload=payload, timeout_s=timeout_s)
        waiting = self._waiting[request.id] = _Waiting(
            asyncio.get_running_loop().create_future(), node)
        try:
            try:
                receivers = await self.redis.publish(COMMANDS.format(node=node),
                                                     _encode(request))
            except RedisError as exc:
                raise StationOffline(f"station `{station.station_id}` is connected to node "
                                     f"`{node}`, which cannot be reached now") from exc
            waiting.receivers = receivers
            _settle_absent(waiting)
            try:
                return await asyncio.wait_for(asyncio.shield(waiting.future),
                                              timeout_s + REPLY_MARGIN_S)
            except TimeoutError:
                raise StationTimeout(f"station `{station.station_id}` did not answer {action} "
                                     f"through node `{node}`") from None
        finally:
            self._waiting.pop(request.id, None)

    async def _listen(self) -> None:
        delay = 0.1
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["type"] == "message":
                        self._incoming(message["channel"], message["data"])
                    delay = 0.1
            except RedisError as exc:
                logger.warning("redis commands subscription lost, retrying", extra={
                    "node": self.node_id, "error": type(exc).__name__, "retry_s": delay})
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_S)

    def _incoming(self, channel: bytes | str, data: bytes) -> None:
        name = channel.decode() if isinstance(channel, bytes) else channel
        try:
            if name == REPLIES.format(origin=self.origin):
                self._on_reply(_replies.decode(data))
            else:
                task = asyncio.create_task(self._serve(_requests.decode(data)))
                self._serving.add(task)
                task.add_done_callback(self._serving.discard)
        except msgspec.DecodeError:
            logger.warning("unreadable message on a redis commands channel",
                           extra={"node": self.node_id, "channel": name[:100]})

    def _on_reply(self, reply: _Reply) -> None:
        waiting = self._waiting.get(reply.id)
        if waiting is None or waiting.future.done():
            return  # answered already, or given up on
        if reply.outcome == "done":
            waiting.future.set_result(reply.result or {})
        elif reply.outcome == "failed":
            waiting.future.set_exception(_rebuild(reply))
        else:
            waiting.absent += 1
            _settle_absent(waiting)

    async def _serve(self, request: _Request) -> None:
        if not self.gateway.is_connected(request.tenant_id, request.station_id):
            reply = _Reply(id=request.id, outcome="absent")
        else:
            try:
                result = await self.gateway.send(
                    request.tenant_id, request.station_id, request.action, request.payload,
                    timeout_s=request.timeout_s, local_only=True)
                reply = _Reply(id=request.id, outcome="done", result=result)
            except StationRejected as exc:
                reply = _Reply(id=request.id, outcome="failed", error="StationRejected",
                               message=exc.message, error_code=exc.error_code)
            except (StationCommandError, NotFound) as exc:
                reply = _Reply(id=request.id, outcome="failed", error=type(exc).__name__,
                               message=exc.message)
        try:
            await self.redis.publish(REPLIES.format(origin=request.reply_to), _encode(reply))
        except RedisError:
            # The asking process times out; the command itself reached the station.
            logger.warning("could not return a command's outcome over redis", extra={
                "node": self.node_id, "station": request.station_id, "action": request.action})


def _settle_absent(waiting: _Waiting) -> None:
    # Every process that received the request lacks the socket (none received it: 0 >= 0).
    if waiting.absent >= waiting.receivers and not waiting.future.done():
        waiting.future.set_exception(StationOffline(
            f"no server process of node `{waiting.node}` holds the station's connection"))


def _rebuild(reply: _Reply) -> Exception:
    if reply.error == "StationRejected":
        return StationRejected(reply.message, error_code=reply.error_code)
    if reply.error == "NotFound":
        return NotFound(reply.message)
    return _ERRORS.get(reply.error, StationOffline)(reply.message)


@asynccontextmanager
async def relayed_commands(gateway: StationGateway, redis_url: str, node_id: str, *,
                           timeout_s: float = 10.0) -> AsyncIterator[CommandRelay | None]:
    """Relay commands between nodes for the duration of the block; a no-op without Redis."""
    if not redis_url:
        yield None
        return
    relay = CommandRelay(gateway, Redis.from_url(redis_url), node_id)
    try:
        await relay.start(timeout_s)
    except BaseException:
        await relay.stop()
        raise
    try:
        yield relay
    finally:
        await relay.stop()
