"""Station templates (files) and log entries."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from evserver.core.clock import utcnow
from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_templates_crud_as_files(world: World) -> None:
    headers = world.headers("SuperAdmin")
    body = {"id": "abb-terra", "chargePointVendor": "ABB",
            "extraFilters": {"chargePointModel": "^Terra"},
            "ocppStandardParameters": [{"key": "MeterValueSampleInterval", "value": "60"}]}
    created = await world.client.post("/api/v1/station-templates", headers=headers, json=body)
    assert created.status_code == 201, created.text
    folder = world.services.templates.folder
    assert (folder / "abb-terra.json").is_file()
    read = await world.client.get("/api/v1/station-templates/abb-terra",
                                  headers=world.headers("Admin"))
    assert read.json()["extraFilters"] == {"chargePointModel": "^Terra"}
    changed = await world.client.patch("/api/v1/station-templates/abb-terra", headers=headers,
                                       json={"chargePointVendor": "ABB E-mobility"})
    assert changed.json()["chargePointVendor"] == "ABB E-mobility"
    listed = (await world.client.get("/api/v1/station-templates?search=e-mob&withTotal=true",
                                     headers=world.headers("Admin"))).json()
    assert (listed["total"], listed["items"][0]["id"]) == (1, "abb-terra")
    assert (await world.client.post("/api/v1/station-templates", headers=headers,
                                    json=body)).status_code == 409
    escape = await world.client.post("/api/v1/station-templates", headers=headers,
                                     json={**body, "id": "../../etc/passwd"})
    assert escape.status_code == 422
    assert (await world.client.delete("/api/v1/station-templates/abb-terra",
                                      headers=headers)).status_code == 204
    assert not (folder / "abb-terra.json").exists()


async def test_logs_filters_and_export(world: World) -> None:
    # Recent: entries older than the retention (14 days) are removed by a TTL index.
    at = utcnow() - timedelta(hours=2)
    await make.a_log(world.tenant.id, level="ERROR", station_id="CP-9", at=at,
                     message="connector fault")
    await make.a_log(world.tenant.id, level="INFO", station_id="CP-9", at=at)
    await make.a_log(None, level="ERROR", message="platform trouble")
    headers = world.headers("Admin")
    errors = (await world.client.get("/api/v1/logs?level=ERROR&stationId=CP-9",
                                     headers=headers)).json()["items"]
    assert [e["message"] for e in errors] == ["connector fault"]
    since = (at - timedelta(minutes=1)).isoformat().replace("+00:00", "Z")
    until = (at + timedelta(minutes=1)).isoformat().replace("+00:00", "Z")
    window = (await world.client.get(
        f"/api/v1/logs?from={since}&to={until}&withTotal=true", headers=headers)).json()
    assert window["total"] == 2
    exported = await world.client.get("/api/v1/logs/export.csv?search=fault", headers=headers)
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["level"], r["stationId"], r["message"]) for r in rows] == [
        ("ERROR", "CP-9", "connector fault")]
    platform = (await world.client.get("/api/v1/logs?search=platform",
                                       headers=world.headers("SuperAdmin"))).json()["items"]
    assert [e["message"] for e in platform] == ["platform trouble"]
