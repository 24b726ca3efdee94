"""Tenant A cannot see or touch tenant B's objects: every such request answers 404."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def other_objects(world: World) -> dict[str, Any]:
    """One object of each kind in the world's tenant."""
    tenant = world.tenant
    user = await make.a_user(tenant)
    station = await make.a_station(tenant)
    session = await make.a_session(tenant, station.station_id, user_id=user.id,
                                   status="active", stopped_at=None)
    return {
        "tenant": tenant, "user": user, "badge": await make.a_badge(tenant, user_id=user.id),
        "site": await make.a_site(tenant), "station": station, "session": session,
        "token": await make.a_token(tenant), "log": await make.a_log(tenant.id),
    }


def requests_on(objs: dict[str, Any]) -> list[tuple[str, str, dict[str, Any] | None]]:
    station = objs["station"].station_id
    session = objs["session"].id
    return [
        ("GET", f"/tenants/{objs['tenant'].id}", None),
        ("PATCH", f"/tenants/{objs['tenant'].id}", {"name": "Mine now"}),
        ("GET", f"/users/{objs['user'].id}", None),
        ("PATCH", f"/users/{objs['user'].id}", {"firstName": "x"}),
        ("DELETE", f"/users/{objs['user'].id}", None),
        ("GET", f"/badges/{objs['badge'].id}", None),
        ("PATCH", f"/badges/{objs['badge'].id}", {"description": "x"}),
        ("DELETE", f"/badges/{objs['badge'].id}", None),
        ("GET", f"/sites/{objs['site'].id}", None),
        ("PATCH", f"/sites/{objs['site'].id}", {"name": "x"}),
        ("DELETE", f"/sites/{objs['site'].id}", None),
        ("GET", f"/charging-stations/{station}", None),
        ("PATCH", f"/charging-stations/{station}", {"public": True}),
        ("DELETE", f"/charging-stations/{station}", None),
        ("POST", f"/charging-stations/{station}/commands/reset", {"type": "Hard"}),
        ("GET", f"/charging-stations/{station}/configuration", None),
        ("GET", f"/sessions/{session}", None),
        ("GET", f"/sessions/{session}/consumption", None),
        ("POST", f"/sessions/{session}/stop", None),
        ("POST", f"/sessions/{session}/soft-stop", None),
        ("DELETE", f"/sessions/{session}", None),
        ("GET", f"/registration-tokens/{objs['token'].id}", None),
        ("PATCH", f"/registration-tokens/{objs['token'].id}", {"description": "x"}),
        ("POST", f"/registration-tokens/{objs['token'].id}/revoke", None),
        ("DELETE", f"/registration-tokens/{objs['token'].id}", None),
        ("GET", f"/logs/{objs['log'].id}", None),
    ]


async def test_another_tenants_objects_answer_404(world: World) -> None:
    objs = await other_objects(world)
    _, tokens = await world.add_tenant(make.unique("rival-"))
    headers = {"Authorization": f"Bearer {tokens['Admin']}"}
    for method, url, body in requests_on(objs):
        response = await world.client.request(method, "/api/v1" + url, json=body,
                                               headers=headers)
        assert response.status_code == 404, (method, url, response.text)
        assert response.json()["status"] == 404
    # Nothing was changed or removed.
    again = await world.client.get(f"/api/v1/sessions/{objs['session'].id}",
                                   headers=world.headers("Admin"))
    assert again.status_code == 200
    assert again.json()["status"] == "active"


@pytest.mark.parametrize("collection", ["users", "badges", "sites", "charging-stations",
                                        "sessions", "registration-tokens", "logs"])
async def test_lists_hold_only_the_callers_tenant(world: World, collection: str) -> None:
    await other_objects(world)
    _, tokens = await world.add_tenant(make.unique("rival-"))
    response = await world.client.get(f"/api/v1/{collection}?withTotal=true",
                                      headers={"Authorization": f"Bearer {tokens['Admin']}"})
    assert response.status_code == 200
    body = response.json()
    expected = 3 if collection == "users" else 0  # the rival's own Admin, Basic and Demo
    assert body["total"] == expected, body
    assert len(body["items"]) == expected


async def test_superadmins_never_act_inside_a_tenant(world: World) -> None:
    objs = await other_objects(world)
    headers = world.headers("SuperAdmin")
    for url in (f"/users/{objs['user'].id}", f"/badges/{objs['badge'].id}",
                f"/sessions/{objs['session'].id}"):
        response = await world.client.get("/api/v1" + url, headers=headers)
        assert response.status_code in (403, 404), url
    # Its own user list is the platform's.
    listed = (await world.client.get("/api/v1/users", headers=headers)).json()["items"]
    assert {u["role"] for u in listed} == {"SuperAdmin"}
