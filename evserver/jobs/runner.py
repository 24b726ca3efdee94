"""Runs the periodic jobs of the process and stops them cleanly."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from evserver.storage.documents.station import ChargingStation
from evserver.storage.documents.tenant import Tenant

if TYPE_CHECKING:
    from evserver.app import Container

logger = logging.getLogger(__name__)

Job = Callable[[], Awaitable[object]]


class JobRunner:
    """Each job runs every `period` seconds; a failing run is logged and tried again later."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self._tasks: list[asyncio.Task[None]] = []
        offline_after = container.settings.charging_station.offline_after_s
        self.jobs: list[tuple[str, float, Job]] = [
            ("offline-stations", max(5.0, min(60.0, offline_after / 4)), self.mark_offline),
            ("outbox", 5.0, container.outbox.drain),
        ]

    def start(self) -> None:
        """Start every job in the background."""
        for name, period, job in self.jobs:
            self._tasks.append(asyncio.create_task(self._loop(name, period, job), name=name))

    async def stop(self) -> None:
        """Cancel every job and wait for them."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def _loop(self, name: str, period: float, job: Job) -> None:
        while True:
            await asyncio.sleep(period)
            try:
                await job()
            except Exception:
                logger.exception("job failed", extra={"job": name})

    async def mark_offline(self) -> int:
        """Mark stations not heard from for `offline_after_s` offline, tenant by tenant."""
        offline_after = self.container.settings.charging_station.offline_after_s
        total = 0
        async for tenant in Tenant.find_all():
            total += await self.container.stations.mark_stale_offline(tenant.id, offline_after)
        if total:
            logger.info("stations marked offline", extra={"count": total})
        return total


async def forget_own_connections(node_id: str) -> None:
    """At start-up no station is connected to this node, whatever the last run left behind."""
    async for tenant in Tenant.find_all():
        await ChargingStation.get_pymongo_collection().update_many(
            {"tenant_id": tenant.id, "node_id": node_id, "online": True},
            {"$set": {"online": False}})
