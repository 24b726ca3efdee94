"""The permission matrix of spec/authorization.md as the REST API exposes it: one test per
cell (role x resource x action), plus the `[own]` and `[hidden]` cases."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from evserver.charging.gateway import COMMANDS
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository
from tests.api import factories as make
from tests.api.conftest import ROLES, World

pytestmark = pytest.mark.asyncio(loop_scope="session")


@dataclass
class Ctx:
    """One request of one role: the world and where that role acts."""

    world: World
    role: str

    @property
    def home(self) -> Any:
        """The tenant the role lives in."""
        return self.world.platform if self.role == "SuperAdmin" else self.world.tenant

    async def call(self, method: str, url: str, *, headers: dict[str, str] | None = None,
                   **kwargs: Any) -> httpx.Response:
        return await self.world.client.request(
            method, "/api/v1" + url, headers={**self.world.headers(self.role), **(headers or {})},
            **kwargs)


Request = Callable[[Ctx], Awaitable[httpx.Response]]


async def scratch_tenant(ctx: Ctx) -> Any:
    # SuperAdmins act on a throwaway tenant; others on their own (refused before any change).
    if ctx.role == "SuperAdmin":
        return await ctx.world.container.tenants.create(make.unique("scratch-"), "Scratch")
    return ctx.world.tenant


async def station_with_link(ctx: Ctx) -> Any:
    station = await make.a_station(ctx.world.tenant)
    ctx.world.container.gateway.attach(ctx.world.tenant.id, station.station_id, make.FakeLink())
    return station


async def tenant_update(ctx: Ctx, body: dict[str, Any]) -> httpx.Response:
    tenant = await scratch_tenant(ctx)
    return await ctx.call("PATCH", f"/tenants/{tenant.id}", json=body)


async def command(ctx: Ctx, name: str, body: dict[str, Any]) -> httpx.Response:
    station = await station_with_link(ctx)
    return await ctx.call("POST", f"/charging-stations/{station.station_id}/commands/{name}",
                          json=body)


async def active_session(ctx: Ctx) -> Any:
    station = await station_with_link(ctx)
    return await make.a_session(ctx.world.tenant, station.station_id, status="active",
                                stopped_at=None, user_id=(await make.a_user(ctx.world.tenant)).id)


COMMAND_BODIES: dict[str, dict[str, Any]] = {
    "reset": {"type": "Soft"}, "change-configuration": {"key": "K", "value": "1"},
    "remote-start": {"idTag": "NOT-MINE"}, "remote-stop": {"transactionId": 999999},
    "unlock-connector": {"connectorId": 1},
    "change-availability": {"connectorId": 0, "type": "Operative"},
    "trigger-message": {"requestedMessage": "Heartbeat"},
}

# (resource, action) -> (request, status when allowed)
CELLS: dict[tuple[str, str], tuple[Request, int]] = {
    ("Tenant", "list"): (lambda c: c.call("GET", "/tenants"), 200),
    ("Tenant", "create"): (lambda c: c.call("POST", "/tenants", json={
        "slug": make.unique("new-"), "name": "New",
        "admin": {"email": "boss@new.example.com"}}), 201),
    ("Tenant", "read"): (lambda c: c.call("GET", f"/tenants/{c.home.id}"), 200),
    ("Tenant", "update_settings"): (lambda c: tenant_update(c, {"name": "Renamed"}), 200),
    ("Tenant", "update"): (lambda c: tenant_update(c, {"components": {"pricing": True}}), 200),
    ("Tenant", "delete"): (lambda c: _delete_tenant(c), 204),
    ("User", "list"): (lambda c: c.call("GET", "/users"), 200),
    ("User", "create"): (lambda c: c.call("POST", "/users", json={
        "email": f"{make.unique('new')}@example.com",
        "role": "SuperAdmin" if c.role == "SuperAdmin" else "Basic"}), 201),
    ("User", "read"): (lambda c: _on_user(c, "GET", None), 200),
    ("User", "update"): (lambda c: _on_user(c, "PATCH", {"firstName": "Ann"}), 200),
    ("User", "delete"): (lambda c: _on_user(c, "DELETE", None), 204),
    ("User", "export"): (lambda c: c.call("GET", "/users/export.csv"), 200),
    ("Badge", "list"): (lambda c: c.call("GET", "/badges"), 200),
    ("Badge", "create"): (lambda c: c.call("POST", "/badges", json={"uid": make.unique("B")}),
                          201),
    ("Badge", "read"): (lambda c: _on_badge(c, "GET", None), 200),
    ("Badge", "update"): (lambda c: _on_badge(c, "PATCH", {"description": "x"}), 200),
    ("Badge", "delete"): (lambda c: _on_badge(c, "DELETE", None), 204),
    ("Badge", "assign"): (lambda c: _assign_badge(c), 200),
    ("Badge", "import"): (lambda c: c.call("POST", "/badges/import", content=(
        f"uid,visualId\n{make.unique('IMP')},V1\n").encode(),
        headers={"Content-Type": "text/csv"}), 201),
    ("Badge", "export"): (lambda c: c.call("GET", "/badges/export.csv"), 200),
    ("Site", "list"): (lambda c: c.call("GET", "/sites"), 200),
    ("Site", "create"): (lambda c: c.call("POST", "/sites", json={"name": "Depot"}), 201),
    ("Site", "read"): (lambda c: _on_site(c, "GET", None), 200),
    ("Site", "update"): (lambda c: _on_site(c, "PATCH", {"name": "Depot 2"}), 200),
    ("Site", "delete"): (lambda c: _on_site(c, "DELETE", None), 204),
    ("ChargingStation", "list"): (lambda c: c.call("GET", "/charging-stations"), 200),
    ("ChargingStation", "read"): (lambda c: _on_station(c, "GET", None), 200),
    ("ChargingStation", "update"): (lambda c: _on_station(c, "PATCH", {"public": True}), 200),
    ("ChargingStation", "delete"): (lambda c: _on_station(c, "DELETE", None), 204),
    ("Session", "list"): (lambda c: c.call("GET", "/sessions"), 200),
    ("Session", "read"): (lambda c: _on_session(c, "GET", ""), 200),
    ("Session", "read_consumption"): (lambda c: _on_session(c, "GET", "/consumption"), 200),
    ("Session", "export"): (lambda c: c.call("GET", "/sessions/export.csv"), 200),
    ("Session", "stop"): (lambda c: _stop_session(c, "/stop"), 200),
    ("Session", "soft_stop"): (lambda c: _stop_session(c, "/soft-stop"), 200),
    ("Session", "delete"): (lambda c: _on_session(c, "DELETE", ""), 204),
    ("RegistrationToken", "list"): (lambda c: c.call("GET", "/registration-tokens"), 200),
    ("RegistrationToken", "create"): (lambda c: c.call("POST", "/registration-tokens",
                                                       json={}), 201),
    ("RegistrationToken", "read"): (lambda c: _on_token(c, "GET", "", None), 200),
    ("RegistrationToken", "update"): (lambda c: _on_token(c, "PATCH", "", {"description": "x"}),
                                      200),
    ("RegistrationToken", "revoke"): (lambda c: _on_token(c, "POST", "/revoke", None), 200),
    ("RegistrationToken", "delete"): (lambda c: _on_token(c, "DELETE", "", None), 204),
    ("StationTemplate", "list"): (lambda c: c.call("GET", "/station-templates"), 200),
    ("StationTemplate", "create"): (lambda c: c.call("POST", "/station-templates", json={
        "id": make.unique("tpl-"), "chargePointVendor": "Acme"}), 201),
    ("StationTemplate", "read"): (lambda c: _on_template(c, "GET", None), 200),
    ("StationTemplate", "update"): (lambda c: _on_template(c, "PATCH", {
        "chargePointVendor": "Other"}), 200),
    ("StationTemplate", "delete"): (lambda c: _on_template(c, "DELETE", None), 204),
    ("Log", "list"): (lambda c: c.call("GET", "/logs"), 200),
    ("Log", "read"): (lambda c: _on_log(c), 200),
    ("Log", "export"): (lambda c: c.call("GET", "/logs/export.csv"), 200),
}
for _name, _ocpp in COMMANDS.items():
    CELLS[("ChargingStation", _ocpp.removesuffix("Transaction"))] = (
        lambda c, n=_name: command(c, n, COMMAND_BODIES.get(n, {})), 200)


async def _delete_tenant(ctx: Ctx) -> httpx.Response:
    tenant = await scratch_tenant(ctx)
    return await ctx.call("DELETE", f"/tenants/{tenant.id}")


async def _on_user(ctx: Ctx, method: str, body: dict[str, Any] | None) -> httpx.Response:
    user = await make.a_user(ctx.home)
    return await ctx.call(method, f"/users/{user.id}", json=body)


async def _on_badge(ctx: Ctx, method: str, body: dict[str, Any] | None) -> httpx.Response:
    owner = await make.a_user(ctx.world.tenant)
    badge = await make.a_badge(ctx.world.tenant, user_id=owner.id)
    return await ctx.call(method, f"/badges/{badge.id}", json=body)


async def _assign_badge(ctx: Ctx) -> httpx.Response:
    badge = await make.a_badge(ctx.world.tenant)
    owner = await make.a_user(ctx.world.tenant)
    return await ctx.call("PATCH", f"/badges/{badge.id}", json={"userId": owner.id})


async def _on_site(ctx: Ctx, method: str, body: dict[str, Any] | None) -> httpx.Response:
    site = await make.a_site(ctx.world.tenant)
    return await ctx.call(method, f"/sites/{site.id}", json=body)


async def _on_station(ctx: Ctx, method: str, body: dict[str, Any] | None) -> httpx.Response:
    station = await make.a_station(ctx.world.tenant)
    query = f"?tenant={ctx.world.tenant.slug}" if ctx.role == "SuperAdmin" else ""
    return await ctx.call(method, f"/charging-stations/{station.station_id}{query}", json=body)


async def _on_session(ctx: Ctx, method: str, suffix: str) -> httpx.Response:
    other = await make.a_user(ctx.world.tenant)
    session = await make.a_session(ctx.world.tenant, "CP-X", user_id=other.id)
    return await ctx.call(method, f"/sessions/{session.id}{suffix}")


async def _stop_session(ctx: Ctx, suffix: str) -> httpx.Response:
    session = await active_session(ctx)
    return await ctx.call("POST", f"/sessions/{session.id}{suffix}")


async def _on_token(ctx: Ctx, method: str, suffix: str,
                    body: dict[str, Any] | None) -> httpx.Response:
    token = await make.a_token(ctx.world.tenant)
    return await ctx.call(method, f"/registration-tokens/{token.id}{suffix}", json=body)


async def _on_template(ctx: Ctx, method: str, body: dict[str, Any] | None) -> httpx.Response:
    template_id = make.unique("tpl-")
    ctx.world.services.templates.create(template_id, {"chargePointVendor": "Acme"})
    return await ctx.call(method, f"/station-templates/{template_id}", json=body)


async def _on_log(ctx: Ctx) -> httpx.Response:
    entry = await make.a_log(ctx.home.id)
    return await ctx.call("GET", f"/logs/{entry.id}")


# The matrix, transcribed from spec/authorization.md: what each role may do through the API.
# `own` cells are allowed only on the caller's own objects; the generic request targets
# someone else's, so it must be refused there (the own case is tested below).
ALL_COMMANDS = {o.removesuffix("Transaction") for o in COMMANDS.values()}
ALLOWED: dict[str, dict[str, set[str]]] = {
    "SuperAdmin": {
        "Tenant": {"list", "create", "read", "update", "update_settings", "delete"},
        "User": {"list", "create", "read", "update", "delete"},
        "ChargingStation": {"list", "read"},
        "StationTemplate": {"list", "create", "read", "update", "delete"},
        "Log": {"list", "read"},
    },
    "Admin": {
        "Tenant": {"read", "update_settings"},
        "User": {"list", "create", "read", "update", "delete", "export"},
        "Badge": {"list", "create", "read", "update", "delete", "assign", "import", "export"},
        "Site": {"list", "create", "read", "update", "delete"},
        "ChargingStation": {"list", "read", "update", "delete", *ALL_COMMANDS},
        "Session": {"list", "read", "read_consumption", "export", "stop", "soft_stop",
                    "delete"},
        "RegistrationToken": {"list", "create", "read", "update", "revoke", "delete"},
        "StationTemplate": {"list", "read"},
        "Log": {"list", "read", "export"},
    },
    "Basic": {
        "Badge": {"list"},
        "Site": {"list", "read"},
        "ChargingStation": {"list", "read"},
        "Session": {"list"},
    },
    "Demo": {
        "Site": {"list", "read"},
        "ChargingStation": {"list", "read"},
        "Session": {"list", "read", "read_consumption"},
    },
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("resource", "action"), sorted(CELLS), ids=lambda v: str(v))
async def test_cell(world: World, role: str, resource: str, action: str) -> None:
    request, allowed_status = CELLS[resource, action]
    response = await request(Ctx(world, role))
    allowed = action in ALLOWED[role].get(resource, set())
    expected = allowed_status if allowed else 403
    assert response.status_code == expected, response.text
    if not allowed:
        assert response.headers["content-type"] == "application/problem+json"


# ---- [own] ---------------------------------------------------------------------------------

async def test_basic_reads_and_updates_itself_but_not_its_role(world: World) -> None:
    me = world.users["Basic"]
    ctx = Ctx(world, "Basic")
    assert (await ctx.call("GET", f"/users/{me.id}")).status_code == 200
    response = await ctx.call("PATCH", f"/users/{me.id}", json={"lastName": "Driver"})
    assert response.status_code == 200
    assert response.json()["lastName"] == "Driver"
    assert (await ctx.call("PATCH", f"/users/{me.id}", json={"role": "Admin"})).status_code \
        == 403
    assert (await ctx.call("PATCH", f"/users/{me.id}",
                           json={"status": "Active"})).status_code == 200  # no change


async def test_demo_reads_itself_only(world: World) -> None:
    ctx = Ctx(world, "Demo")
    assert (await ctx.call("GET", f"/users/{world.users['Demo'].id}")).status_code == 200
    assert (await ctx.call("PATCH", f"/users/{world.users['Demo'].id}",
                           json={"firstName": "x"})).status_code == 403


async def test_admin_cannot_delete_itself(world: World) -> None:
    response = await Ctx(world, "Admin").call("DELETE", f"/users/{world.users['Admin'].id}")
    assert response.status_code == 403


async def test_basic_sees_its_own_badges_only(world: World) -> None:
    me = world.users["Basic"]
    mine = await make.a_badge(world.tenant, user_id=me.id)
    await make.a_badge(world.tenant, user_id=(await make.a_user(world.tenant)).id)
    ctx = Ctx(world, "Basic")
    listed = (await ctx.call("GET", "/badges?limit=1000")).json()["items"]
    assert {b["userId"] for b in listed} == {me.id}
    assert mine.id in {b["id"] for b in listed}
    assert (await ctx.call("GET", f"/badges/{mine.id}")).status_code == 200


async def test_basic_sees_and_stops_its_own_sessions_only(world: World) -> None:
    me = world.users["Basic"]
    station = await station_with_link(Ctx(world, "Admin"))
    mine = await make.a_session(world.tenant, station.station_id, user_id=me.id,
                                status="active", stopped_at=None)
    await make.a_session(world.tenant, station.station_id,
                         user_id=(await make.a_user(world.tenant)).id)
    ctx = Ctx(world, "Basic")
    listed = (await ctx.call("GET", "/sessions?limit=1000")).json()["items"]
    assert {s["userId"] for s in listed} == {me.id}
    assert (await ctx.call("GET", f"/sessions/{mine.id}")).status_code == 200
    assert (await ctx.call("GET", f"/sessions/{mine.id}/consumption")).status_code == 200
    stopped = await ctx.call("POST", f"/sessions/{mine.id}/stop")
    assert stopped.status_code == 200, stopped.text
    assert stopped.json()["mode"] == "remote"


async def test_basic_starts_with_its_own_badge_and_stops_its_own_session(world: World) -> None:
    me = world.users["Basic"]
    badge = await make.a_badge(world.tenant, user_id=me.id)
    station = await station_with_link(Ctx(world, "Admin"))
    ctx = Ctx(world, "Basic")
    url = f"/charging-stations/{station.station_id}/commands"
    assert (await ctx.call("POST", f"{url}/remote-start",
                           json={"idTag": badge.uid, "connectorId": 1})).status_code == 200
    session = await make.a_session(world.tenant, station.station_id, user_id=me.id,
                                   status="active", stopped_at=None, connector_id=2)
    assert (await ctx.call("POST", f"{url}/remote-stop",
                           json={"transactionId": session.transaction_id})).status_code == 200
    assert (await ctx.call("POST", f"{url}/unlock-connector",
                           json={"connectorId": 2})).status_code == 200
    assert (await ctx.call("POST", f"{url}/reset", json={"type": "Soft"})).status_code == 403


# ---- [hidden] ------------------------------------------------------------------------------

async def test_demo_sees_sessions_without_personal_data(world: World) -> None:
    driver = await make.a_user(world.tenant)
    session = await make.a_session(world.tenant, "CP-H", user_id=driver.id, badge_id="b1")
    ctx = Ctx(world, "Demo")
    body = (await ctx.call("GET", f"/sessions/{session.id}")).json()
    assert body["userId"] == body["idTag"] == body["badgeId"] == "[hidden]"
    assert body["energyWh"] == 12000
    listed = (await ctx.call("GET", "/sessions?limit=1000")).json()["items"]
    assert listed and all(s["userId"] in ("[hidden]", None) for s in listed)
    admin = (await Ctx(world, "Admin").call("GET", f"/sessions/{session.id}")).json()
    assert admin["userId"] == driver.id


async def test_station_drivers_are_hidden_except_for_admins(world: World) -> None:
    driver = await make.a_user(world.tenant)
    station = await make.a_station(world.tenant)
    session = await make.a_session(world.tenant, station.station_id, user_id=driver.id,
                                   status="active", stopped_at=None)
    await TenantRepository(ChargingStation).collection.update_one(
        {"tenant_id": world.tenant.id, "_id": station.id, "connectors.connector_id": 1},
        {"$set": {"connectors.$.current_session_id": session.id}})
    url = f"/charging-stations/{station.station_id}"
    seen = {role: (await Ctx(world, role).call("GET", url + (
        f"?tenant={world.tenant.slug}" if role == "SuperAdmin" else ""))).json()
        for role in ROLES}
    assert seen["Admin"]["connectors"][0]["currentUserId"] == driver.id
    for role in ("SuperAdmin", "Basic", "Demo"):
        assert seen[role]["connectors"][0]["currentUserId"] == "[hidden]"


async def test_basic_changes_its_notifications_but_not_its_account_kind(world: World) -> None:
    me = world.users["Basic"]
    ctx = Ctx(world, "Basic")
    response = await ctx.call("PATCH", f"/users/{me.id}",
                              json={"notifications": {"endOfCharge": False}})
    assert response.status_code == 200, response.text
    assert response.json()["notifications"]["endOfCharge"] is False
    assert response.json()["notifications"]["sessionStarted"] is True
    assert (await ctx.call("PATCH", f"/users/{me.id}",
                           json={"technical": True})).status_code == 403
