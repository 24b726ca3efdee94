"""Badges: assignment, CSV import and export."""

from __future__ import annotations

import csv
import io

import pytest

from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_create_assign_and_refuse_duplicates(world: World) -> None:
    driver = await make.a_user(world.tenant)
    headers = world.headers("Admin")
    created = await world.client.post("/api/v1/badges", headers=headers,
                                      json={"uid": "04AABB", "userId": driver.id})
    assert created.status_code == 201, created.text
    assert (created.json()["userId"], created.json()["visualId"]) == (driver.id, "04AABB")
    duplicate = await world.client.post("/api/v1/badges", headers=headers, json={"uid": "04AABB"})
    assert duplicate.status_code == 409
    assert duplicate.json()["errors"][0]["field"] == "uid"
    ghost = await world.client.post("/api/v1/badges", headers=headers,
                                    json={"uid": "04CCDD", "userId": "0" * 24})
    assert ghost.status_code == 422
    assert ghost.json()["errors"][0]["field"] == "userId"
    unassigned = await world.client.patch(f"/api/v1/badges/{created.json()['id']}",
                                          headers=headers, json={"userId": None})
    assert unassigned.json()["userId"] is None


async def test_export_then_import(world: World) -> None:
    driver = await make.a_user(world.tenant, email="csv.driver@example.com")
    await make.a_badge(world.tenant, uid="EXP-1", user_id=driver.id, description="van")
    await make.a_badge(world.tenant, uid="EXP-2", active=False)
    headers = world.headers("Admin")
    exported = await world.client.get("/api/v1/badges/export.csv?search=EXP-", headers=headers)
    assert exported.status_code == 200
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["uid"], r["userEmail"], r["active"]) for r in rows] == [
        ("EXP-1", "csv.driver@example.com", "true"), ("EXP-2", "", "false")]

    text = ("uid,visualId,description,active,userEmail,expiresAt\n"
            "IMP-1,V-1,first,true,csv.driver@example.com,2030-01-01T00:00:00+00:00\n"
            "IMP-2,,second,false,,\n"
            "EXP-1,,duplicate,true,,\n"
            "IMP-3,,,true,nobody@example.com,\n")
    imported = await world.client.post("/api/v1/badges/import", content=text.encode(),
                                       headers={**headers, "Content-Type": "text/csv"})
    assert imported.status_code == 201, imported.text
    body = imported.json()
    assert body["created"] == 2
    assert [(e["line"], e["field"]) for e in body["errors"]] == [(4, "uid"), (5, "userEmail")]
    listed = (await world.client.get("/api/v1/badges?search=IMP-&sort=uid",
                                     headers=headers)).json()["items"]
    assert [(b["uid"], b["userId"], b["active"]) for b in listed] == [
        ("IMP-1", driver.id, True), ("IMP-2", None, False)]
