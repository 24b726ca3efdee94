"""Domain events between nodes over a real Redis (EVSERVER_TEST_REDIS_URL, default local)."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

import pytest
from redis.asyncio import Redis

from evserver.cluster.event_bridge import ClusterUnavailable, RedisEventBridge, bridged_events
from evserver.core.events import DomainEvent, EventBus
from evserver.storage.embedded import free_port
from tests.cluster.conftest import REDIS_URL

pytestmark = pytest.mark.asyncio(loop_scope="session")

class Recorder:
    """A bus subscriber that keeps what it is given and can wait for it."""

    def __init__(self, bus: EventBus) -> None:
        self.events: list[DomainEvent] = []
        self._arrived = asyncio.Event()
        bus.subscribe(self)

    def __call__(self, event: DomainEvent) -> None:
        self.events.append(event)
        self._arrived.set()

    async def wait_for(self, count: int) -> list[DomainEvent]:
        async with asyncio.timeout(5):
            while len(self.events) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.events


def event(n: int, tenant_id: str = "t-1") -> DomainEvent:
    return DomainEvent(type="connector.status", tenant_id=tenant_id,
                       data={"stationId": "CP-1", "connectorId": 1, "n": n})


async def nodes(stack: AsyncExitStack, channel: str, *names: str) -> list[EventBus]:
    buses = []
    for name in names:
        bus = EventBus()
        await stack.enter_async_context(bridged_events(bus, REDIS_URL, name, channel=channel))
        buses.append(bus)
    return buses


async def test_events_reach_every_other_node_once_and_in_order(channel: str) -> None:
    async with AsyncExitStack() as stack:
        a, b, c = await nodes(stack, channel, "node-a", "node-b", "node-c")
        seen_a, seen_b, seen_c = Recorder(a), Recorder(b), Recorder(c)
        for n in range(50):
            a.publish(event(n))
        b.publish(event(100, tenant_id="t-2"))
        got_b = await seen_b.wait_for(51)
        got_c = await seen_c.wait_for(51)
        await asyncio.sleep(0.2)  # time for a wrong echo to come back
    # B published its own event first, then received A's in A's order; A sees its own events
    # once (from its bus), never again from Redis; C sees both streams, each in order.
    assert [e.data["n"] for e in got_b] == [100, *range(50)]
    assert [e.data["n"] for e in seen_a.events] == [*range(50), 100]
    assert [e.data["n"] for e in got_c if e.tenant_id == "t-1"] == list(range(50))
    assert [e.data["n"] for e in got_c if e.tenant_id == "t-2"] == [100]


async def test_processes_sharing_a_node_id_still_hear_each_other(channel: str) -> None:
    async with AsyncExitStack() as stack:
        a, b = await nodes(stack, channel, "same-host", "same-host")
        seen_b = Recorder(b)
        a.publish(event(1))
        [relayed] = await seen_b.wait_for(1)
    assert relayed.data["n"] == 1


async def test_relayed_event_keeps_its_facts(channel: str) -> None:
    async with AsyncExitStack() as stack:
        a, b = await nodes(stack, channel, "node-a", "node-b")
        seen_b = Recorder(b)
        original = event(7)
        a.publish(original)
        [relayed] = await seen_b.wait_for(1)
    assert relayed == original


async def test_unreadable_messages_are_skipped(channel: str) -> None:
    async with AsyncExitStack() as stack:
        [b] = await nodes(stack, channel, "node-b")
        seen_b = Recorder(b)
        redis = Redis.from_url(REDIS_URL)
        try:
            await redis.publish(channel, b"not json")
            await redis.publish(channel, b'{"node": "x", "event": {"type": 1}}')
            await redis.publish(channel, b'{"node": "node-a", "event": {"type": "station.status",'
                                         b' "tenant_id": "t", "data": {}}}')
        finally:
            await redis.aclose()
        [only] = await seen_b.wait_for(1)
    assert only.type == "station.status"


async def test_without_redis_url_there_is_no_bridge() -> None:
    async with bridged_events(EventBus(), "", "node-a") as bridge:
        assert bridge is None


async def test_unreachable_redis_fails_start_clearly() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    with pytest.raises(ClusterUnavailable, match=r"redis unreachable after 1 s"):
        async with bridged_events(EventBus(), url, "node-a", timeout_s=1):
            pass


async def test_a_node_id_is_required() -> None:
    redis = Redis.from_url(REDIS_URL)
    try:
        with pytest.raises(ValueError, match="node id"):
            RedisEventBridge(EventBus(), redis, "")
    finally:
        await redis.aclose()
