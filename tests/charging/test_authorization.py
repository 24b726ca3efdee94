"""Badge authorization rules (the same for every protocol)."""

from __future__ import annotations

from datetime import timedelta

import pytest
import pytest_asyncio

from evserver.app import Container
from evserver.charging.model import StartRequest
from evserver.core.clock import utcnow
from evserver.storage.documents import ChargingStation, Tenant

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(container: Container) -> tuple[Tenant, ChargingStation, ChargingStation]:
    tenant = await container.tenants.create("auth", "Auth")
    active = await container.users.create(tenant, "active@x.example", "Acti0n!pass")
    blocked = await container.users.create(tenant, "blocked@x.example", "Bl0cked!pass",
                                           status="Blocked")
    demo = await container.users.create(tenant, "demo@x.example", "D3mo!pass", role="Demo")
    badges = container.badges
    await badges.create(tenant.id, "OK", user_id=active.id)
    await badges.create(tenant.id, "INACTIVE", user_id=active.id, active=False)
    await badges.create(tenant.id, "EXPIRED", user_id=active.id,
                        expires_at=utcnow() - timedelta(days=1))
    await badges.create(tenant.id, "BLOCKED-USER", user_id=blocked.id)
    await badges.create(tenant.id, "NO-USER")
    await badges.create(tenant.id, "DEMO", user_id=demo.id)
    await badges.create(tenant.id, "BUSY", user_id=active.id)
    free_site = await container.sites.create(tenant.id, "Free", access_control=False)
    closed_site = await container.sites.create(tenant.id, "Closed", access_control=True)
    station = await container.stations.add(tenant.id, "A1", site_id=closed_site.id)
    free = await container.stations.add(tenant.id, "FREE1", site_id=free_site.id)
    await container.sessions.start(station, StartRequest(
        connector_id=2, id_tag="BUSY", meter_start_wh=0, at=utcnow()))
    return tenant, station, free


@pytest.mark.parametrize(("uid", "status"), [
    ("OK", "Accepted"),
    ("UNKNOWN", "Invalid"),
    ("INACTIVE", "Blocked"),
    ("EXPIRED", "Expired"),
    ("BLOCKED-USER", "Blocked"),
    ("NO-USER", "Blocked"),
    ("DEMO", "Blocked"),  # Demo users may not start charging
    ("BUSY", "ConcurrentTx"),
])
async def test_verdicts(container: Container, world: tuple[Tenant, ChargingStation,
                                                           ChargingStation],
                        uid: str, status: str) -> None:
    _, station, _ = world
    verdict = await container.badge_rule.authorize(station, uid)
    assert verdict.info.status == status


async def test_expired_badge_reports_its_expiry(container: Container, world: tuple[
        Tenant, ChargingStation, ChargingStation]) -> None:
    verdict = await container.badge_rule.authorize(world[1], "EXPIRED")
    assert verdict.info.expiry_date is not None and verdict.info.expiry_date < utcnow()


@pytest.mark.parametrize("uid", ["UNKNOWN", "INACTIVE", "BLOCKED-USER", "DEMO"])
async def test_free_charging_site_accepts_any_badge(container: Container, world: tuple[
        Tenant, ChargingStation, ChargingStation], uid: str) -> None:
    verdict = await container.badge_rule.authorize(world[2], uid)
    assert verdict.info.status == "Accepted"


async def test_a_badge_of_another_tenant_is_unknown(container: Container, world: tuple[
        Tenant, ChargingStation, ChargingStation]) -> None:
    other = await container.tenants.create("auth-other", "Other")
    station = await container.stations.add(other.id, "A1")
    assert (await container.badge_rule.authorize(station, "OK")).info.status == "Invalid"
