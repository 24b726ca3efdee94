"""Commands for a station connected to another node, over a real Redis.

Each "node" here is a gateway with its own station service and relay, all in this process and
on the test database; their node ids are unique to the test so parallel runs never meet.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import pytest
import pytest_asyncio
from redis.asyncio import Redis

from evserver.app import Container
from evserver.charging.errors import StationOffline, StationRejected, StationTimeout
from evserver.charging.gateway import StationGateway
from evserver.charging.stations import StationService
from evserver.cluster.command_relay import CommandRelay
from evserver.storage.documents import StationMessage, Tenant
from evserver.storage.repository import TenantRepository
from tests.api.factories import FakeLink
from tests.cluster.conftest import REDIS_URL

pytestmark = pytest.mark.asyncio(loop_scope="session")


class RejectingLink:
    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        raise StationRejected("no", error_code="NotSupported")


class SilentLink:
    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        await asyncio.sleep(timeout_s)
        raise TimeoutError


@dataclass
class Node:
    gateway: StationGateway
    stations: StationService
    relay: CommandRelay


@pytest_asyncio.fixture(loop_scope="session")
async def cluster(container: Container, channel: str) -> AsyncIterator[Any]:
    tenant = await container.tenants.create(f"relay-{uuid.uuid4().hex[:6]}", "Relay")
    suffix = uuid.uuid4().hex[:8]
    async with AsyncExitStack() as stack:
        async def node(name: str) -> Node:
            stations = StationService(node_id=f"{name}-{suffix}")
            gateway = StationGateway(stations, timeout_s=5)
            relay = CommandRelay(gateway, Redis.from_url(REDIS_URL), stations.node_id)
            await relay.start()
            stack.push_async_callback(relay.stop)
            return Node(gateway, stations, relay)

        yield tenant, node


async def connect_on(node: Node, tenant: Tenant, station_id: str, link: Any) -> None:
    station = await node.stations.find(tenant.id, station_id) or await node.stations.add(
        tenant.id, station_id)
    await node.stations.connected(station, protocol="json", version="1.6",
                                  remote_address="10.0.0.9")
    node.gateway.attach(tenant.id, station_id, link)


async def test_a_command_reaches_the_station_through_its_node(cluster: Any) -> None:
    tenant, node = cluster
    a, b = await node("a"), await node("b")
    link = FakeLink({"status": "Accepted"})
    await connect_on(b, tenant, "CP-B", link)
    assert not a.gateway.is_connected(tenant.id, "CP-B")
    reply = await a.gateway.reset(tenant.id, "CP-B", "Hard")
    assert reply == {"status": "Accepted"}
    assert link.calls == [("Reset", {"type": "Hard"})]
    # Logged once, by the node that talked to the station.
    logged = await TenantRepository(StationMessage).find(
        tenant.id, {"station_id": "CP-B", "action": "Reset"})
    assert len(logged) == 1 and logged[0].result == {"status": "Accepted"}


async def test_the_station_errors_come_back_typed(cluster: Any) -> None:
    tenant, node = cluster
    a, b = await node("a"), await node("b")
    await connect_on(b, tenant, "CP-NO", RejectingLink())
    with pytest.raises(StationRejected) as rejected:
        await a.gateway.send(tenant.id, "CP-NO", "ClearCache")
    assert rejected.value.error_code == "NotSupported"
    await connect_on(b, tenant, "CP-MUTE", SilentLink())
    began = time.monotonic()
    with pytest.raises(StationTimeout):
        await a.gateway.send(tenant.id, "CP-MUTE", "ClearCache", {}, timeout_s=0.3)
    # The node holding the station timed out and said so: no wait for the relay's margin.
    assert time.monotonic() - began < 3


async def test_offline_is_known_without_waiting(cluster: Any) -> None:
    tenant, node = cluster
    a, b = await node("a"), await node("b")
    await connect_on(b, tenant, "CP-GONE", FakeLink())
    b.gateway.detach(tenant.id, "CP-GONE", b.gateway._links[(tenant.id, "CP-GONE")])
    began = time.monotonic()
    with pytest.raises(StationOffline, match="holds the station's connection"):
        await a.gateway.reset(tenant.id, "CP-GONE")  # b answers that it lacks the socket
    await b.relay.stop()
    with pytest.raises(StationOffline):
        await a.gateway.reset(tenant.id, "CP-GONE")  # nobody listens for node b any more
    assert time.monotonic() - began < 3


async def test_processes_sharing_a_node_id_find_the_one_holding_the_socket(
        cluster: Any) -> None:
    tenant, node = cluster
    a, b1 = await node("a"), await node("b")
    # A second process of node b, on the same host: same node id, its own relay.
    gateway = StationGateway(b1.stations)
    b2 = Node(gateway, b1.stations,
              CommandRelay(gateway, Redis.from_url(REDIS_URL), b1.stations.node_id))
    await b2.relay.start()
    try:
        await connect_on(b2, tenant, "CP-B2", FakeLink({"listVersion": 4}))
        assert await a.gateway.send(tenant.id, "CP-B2", "GetLocalListVersion") == {
            "listVersion": 4}
    finally:
        await b2.relay.stop()
