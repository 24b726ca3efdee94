"""The list convention: limit, skip, sort, search and withTotal, the same for every list."""

from __future__ import annotations

import pytest

from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_paging_sorting_searching_and_counting(world: World) -> None:
    for name in ("Depot Lyon", "depot Nice", "Harbour", "Depot Brest", "Airport"):
        await make.a_site(world.tenant, name=name)
    get = world.client.get
    headers = world.headers("Admin")
    first = (await get("/api/v1/sites?limit=2&sort=name", headers=headers)).json()
    assert [s["name"] for s in first["items"]] == ["Airport", "Depot Brest"]
    assert (first["limit"], first["skip"]) == (2, 0)
    assert "total" not in first
    second = (await get("/api/v1/sites?limit=2&skip=2&sort=name&withTotal=true",
                        headers=headers)).json()
    assert [s["name"] for s in second["items"]] == ["Depot Lyon", "Harbour"]
    assert second["total"] == 5
    newest = (await get("/api/v1/sites?sort=-createdAt,name", headers=headers)).json()
    assert newest["items"][0]["name"] == "Airport"
    found = (await get("/api/v1/sites?search=DEPOT&withTotal=true&sort=name",
                       headers=headers)).json()
    assert [s["name"] for s in found["items"]] == ["Depot Brest", "Depot Lyon", "depot Nice"]
    assert found["total"] == 3
    # Search input is text, never a pattern.
    assert (await get("/api/v1/sites?search=.*", headers=headers)).json()["items"] == []
    assert len((await get("/api/v1/sites", headers=headers)).json()["items"]) == 5


async def test_sort_names_the_allowed_fields(world: World) -> None:
    response = await world.client.get("/api/v1/users?sort=passwordHash",
                                      headers=world.headers("Admin"))
    assert response.status_code == 422
    assert "email" in response.json()["detail"]


async def test_users_filters_and_export(world: World) -> None:
    await make.a_user(world.tenant, first_name="=cmd|' /C calc'!A0", role="Demo")
    headers = world.headers("Admin")
    demos = (await world.client.get("/api/v1/users?role=Demo&withTotal=true",
                                    headers=headers)).json()
    assert demos["total"] == 2
    export = await world.client.get("/api/v1/users/export.csv?role=Demo", headers=headers)
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("text/csv")
    lines = export.text.splitlines()
    assert lines[0].startswith("id,email,firstName")
    assert len(lines) == 3
    assert "'=cmd" in export.text  # a formula is defused for spreadsheets
