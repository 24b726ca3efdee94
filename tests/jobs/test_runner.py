"""Periodic jobs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from evserver.app import Container
from evserver.core.clock import utcnow
from evserver.core.events import DomainEvent
from evserver.jobs.runner import JobRunner, forget_own_connections
from evserver.storage.documents import ChargingStation
from evserver.storage.repository import TenantRepository

pytestmark = pytest.mark.asyncio(loop_scope="session")
stations = TenantRepository(ChargingStation)


async def test_stations_not_heard_from_go_offline(container: Container) -> None:
    tenant = await container.tenants.create("jobs", "Jobs")
    stale = await container.stations.add(tenant.id, "STALE")
    fresh = await container.stations.add(tenant.id, "FRESH")
    limit = container.settings.charging_station.offline_after_s
    await stations.update(tenant.id, stale.id, {
        "online": True, "last_seen": utcnow() - timedelta(seconds=limit + 5)})
    await stations.update(tenant.id, fresh.id, {"online": True, "last_seen": utcnow()})
    events: list[DomainEvent] = []
    container.bus.subscribe(events.append)

    assert await JobRunner(container).mark_offline() == 1
    assert (await stations.get(tenant.id, stale.id)).online is False  # type: ignore[union-attr]
    assert (await stations.get(tenant.id, fresh.id)).online is True  # type: ignore[union-attr]
    assert [(e.type, e.data) for e in events] == [
        ("station.status", {"stationId": "STALE", "online": False})]


async def test_start_up_forgets_connections_of_this_node(container: Container) -> None:
    tenant = await container.tenants.create("jobs-node", "Jobs node")
    mine = await container.stations.add(tenant.id, "MINE")
    theirs = await container.stations.add(tenant.id, "THEIRS")
    await stations.update(tenant.id, mine.id, {"online": True, "node_id": "node-a"})
    await stations.update(tenant.id, theirs.id, {"online": True, "node_id": "node-b"})
    await forget_own_connections("node-a")
    assert (await stations.get(tenant.id, mine.id)).online is False  # type: ignore[union-attr]
    assert (await stations.get(tenant.id, theirs.id)).online is True  # type: ignore[union-attr]
