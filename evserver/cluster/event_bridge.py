"""Carry domain events between nodes over Redis pub/sub.

Every event published on this process's bus goes to one channel, tagged with its origin; every
event another process put there is published on this bus. So an events stream client sees what
happened on any node, whichever node it is connected to.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Final

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from evserver.core.events import DomainEvent, EventBus

logger = logging.getLogger(__name__)

CHANNEL: Final = "evserver:events"
OUTBOX_SIZE: Final = 10_000
BATCH_SIZE: Final = 500
RETRY_MAX_S: Final = 5.0


class ClusterUnavailable(Exception):
    """Redis cannot be reached; the message says why without repeating the URL."""


class _Envelope(msgspec.Struct, frozen=True):
    """What goes over the channel: the publishing process and its event."""

    node: str
    event: DomainEvent


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(_Envelope)


def channel_message(origin: str, event: DomainEvent) -> bytes:
    """`event` as the process `origin` puts it on the channel."""
    return _encoder.encode(_Envelope(origin, event))


class RedisEventBridge:
    """Publishes local events to Redis and re-publishes other nodes' events locally."""

    def __init__(self, bus: EventBus, redis: Redis, node_id: str, *,
                 channel: str = CHANNEL) -> None:
        """Bridge `bus` through `redis` as `node_id`; the bridge closes `redis` on stop."""
        if not node_id:
            raise ValueError("a node id is required to tell own events from others'")
        self.bus = bus
        self.redis = redis
        self.node_id = node_id
        # Tag with this process, not just the node id: two processes on one host would share
        # a default node id (the host name) and take each other's events for their own.
        self.origin = f"{node_id}/{uuid.uuid4().hex[:8]}"
        self.channel = channel
        self._outbox: asyncio.Queue[DomainEvent] = asyncio.Queue(OUTBOX_SIZE)
        self._relaying = False
        self._lost = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._pubsub = redis.pubsub()

    async def start(self, timeout_s: float = 10.0) -> None:
        """Reach Redis (retrying up to `timeout_s`), subscribe, then start relaying."""
        await wait_for_redis(self.redis, timeout_s)
        await subscribe_confirmed(self._pubsub, [self.channel], timeout_s, "events")
        self._unsubscribe = self.bus.subscribe(self._outgoing)
        self._tasks = [asyncio.create_task(self._publish_loop(), name="events-to-redis"),
                       asyncio.create_task(self._listen_loop(), name="events-from-redis")]
        logger.info("events bridged over redis", extra={"node": self.node_id,
                                                        "channel": self.channel})

    async def stop(self, flush_timeout_s: float = 2.0) -> None:
        """Stop taking events, send those still queued (briefly), then close the connection."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._outbox.join(), flush_timeout_s)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        with contextlib.suppress(RedisError, OSError):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]  # untyped upstream
        with contextlib.suppress(RedisError, OSError):
            await self.redis.aclose()

    def _outgoing(self, event: DomainEvent) -> None:
        if self._relaying:
            return  # another node's event, already on the channel
        try:
            self._outbox.put_nowait(event)
        except asyncio.QueueFull:
            # Redis is down or too slow: other nodes miss this event, this node still has it.
            self._lost += 1
            if self._lost == 1 or self._lost % 1000 == 0:
                logger.warning("redis events outbox full, events not shared",
                               extra={"node": self.node_id, "lost": self._lost})

    async def _publish_loop(self) -> None:
        delay = 0.1
        while True:
            batch = [await self._outbox.get()]
            while len(batch) < BATCH_SIZE and not self._outbox.empty():
                batch.append(self._outbox.get_nowait())
            payloads = [channel_message(self.origin, e) for e in batch]
            try:
                await self._send(payloads)
                delay = 0.1
            except RedisError as exc:
                logger.warning("cannot publish events to redis", extra={
                    "node": self.node_id, "events": len(batch), "error": type(exc).__name__})
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_S)
            finally:
                for _ in batch:
                    self._outbox.task_done()

    async def _send(self, payloads: list[bytes]) -> None:
        if len(payloads) == 1:
            await self.redis.publish(self.channel, payloads[0])
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            for payload in payloads:
                pipe.publish(self.channel, payload)
            await pipe.execute()

    async def _listen_loop(self) -> None:
        delay = 0.1
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["type"] == "message":
                        self._incoming(message["data"])
                    delay = 0.1
            except RedisError as exc:
                # The client reconnects and subscribes again on the next read.
                logger.warning("redis events subscription lost, retrying", extra={
                    "node": self.node_id, "error": type(exc).__name__, "retry_s": delay})
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_S)

    def _incoming(self, payload: Any) -> None:
        try:
            envelope = _decoder.decode(payload)
        except (msgspec.DecodeError, TypeError):
            logger.warning("unreadable event on the redis channel", extra={"node": self.node_id})
            return
        if envelope.node == self.origin:
            return
        self._relaying = True
        try:
            self.bus.publish(envelope.event)
        finally:
            self._relaying = False


async def subscribe_confirmed(pubsub: Any, channels: list[str], timeout_s: float,
                              what: str) -> None:
    """Subscribe and wait for Redis to confirm every channel, so nothing published from now
    on is missed."""
    await pubsub.subscribe(*channels)
    confirmed = 0
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        message = await pubsub.get_message(timeout=0.5)
        if message is not None and message["type"] == "subscribe":
            confirmed += 1
            if confirmed == len(channels):
                return
    raise ClusterUnavailable(f"redis did not confirm the {what} subscription")


async def wait_for_redis(redis: Redis, timeout_s: float) -> None:
    """Ping until Redis answers; raise `ClusterUnavailable` after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    delay = 0.1
    while True:
        try:
            await redis.ping()
            return
        except (RedisError, OSError) as exc:
            if time.monotonic() + delay > deadline:
                raise ClusterUnavailable(
                    f"redis unreachable after {timeout_s:.0f} s: {type(exc).__name__}") from None
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)


@asynccontextmanager
async def bridged_events(bus: EventBus, redis_url: str, node_id: str, *,
                         channel: str = CHANNEL, timeout_s: float = 10.0
                         ) -> AsyncIterator[RedisEventBridge | None]:
    """Bridge `bus` over Redis for the duration of the block; a no-op without `redis_url`."""
    if not redis_url:
        yield None
        return
    bridge = RedisEventBridge(bus, Redis.from_url(redis_url), node_id, channel=channel)
    try:
        await bridge.start(timeout_s)
    except BaseException:
        await bridge.stop(flush_timeout_s=0)
        raise
    try:
        yield bridge
    finally:
        await bridge.stop()
