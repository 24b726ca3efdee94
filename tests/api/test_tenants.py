"""Tenants: created with their first Admin, tuned, switched, deleted with their data."""

from __future__ import annotations

import pytest

from evserver.storage.documents.outbox import OutboxMessage
from evserver.storage.documents.site import Site
from evserver.storage.repository import TenantRepository
from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_create_with_first_admin(world: World) -> None:
    headers = world.headers("SuperAdmin")
    created = await world.client.post("/api/v1/tenants", headers=headers, json={
        "slug": "newco", "name": "NewCo", "currency": "CHF", "locale": "fr_FR",
        "timezone": "Europe/Zurich", "components": {"pricing": True},
        "admin": {"email": "boss@newco.example.com", "firstName": "Boss"}})
    assert created.status_code == 201, created.text
    tenant = created.json()["tenant"]
    assert (tenant["slug"], tenant["currency"], tenant["components"]["pricing"]) == (
        "newco", "CHF", True)
    mail = await TenantRepository(OutboxMessage).find_one(tenant["id"], {"kind": "password_reset"})
    assert mail is not None and mail.payload["to"] == "boss@newco.example.com"
    taken = await world.client.post("/api/v1/tenants", headers=headers, json={
        "slug": "newco", "name": "Again", "admin": {"email": "x@example.com"}})
    assert taken.status_code == 409
    bad = await world.client.post("/api/v1/tenants", headers=headers, json={
        "slug": "Bad Slug", "name": "X", "admin": {"email": "x@example.com"}})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "slug"


async def test_admin_reads_and_tunes_its_own_tenant_only(world: World) -> None:
    headers = world.headers("Admin")
    own = await world.client.patch(f"/api/v1/tenants/{world.tenant.id}", headers=headers,
                                   json={"currency": "USD", "timezone": "America/New_York"})
    assert own.status_code == 200, own.text
    assert (own.json()["currency"], own.json()["timezone"]) == ("USD", "America/New_York")
    switch = await world.client.patch(f"/api/v1/tenants/{world.tenant.id}", headers=headers,
                                      json={"components": {"billing": True}})
    assert switch.status_code == 403
    other = await world.client.get(f"/api/v1/tenants/{world.platform.id}", headers=headers)
    assert other.status_code == 404
    listed = await world.client.get("/api/v1/tenants", headers=headers)
    assert listed.status_code == 403


async def test_delete_removes_the_tenants_data_but_never_the_platform(world: World) -> None:
    tenant, _ = await world.add_tenant(make.unique("gone-"))
    await make.a_site(tenant)
    headers = world.headers("SuperAdmin")
    assert (await world.client.delete(f"/api/v1/tenants/{tenant.id}",
                                      headers=headers)).status_code == 204
    assert await TenantRepository(Site).count(tenant.id) == 0
    assert (await world.client.get(f"/api/v1/tenants/{tenant.id}",
                                   headers=headers)).status_code == 404
    platform = await world.client.delete(f"/api/v1/tenants/{world.platform.id}",
                                         headers=headers)
    assert platform.status_code == 403
