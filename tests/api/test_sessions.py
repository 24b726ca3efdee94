"""Sessions: filters, totals, the consumption curve, stopping, CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_filters_by_status_station_user_and_time(world: World) -> None:
    station = await make.a_station(world.tenant)
    driver = await make.a_user(world.tenant)
    old = await make.a_session(world.tenant, station.station_id, user_id=driver.id,
                               started_at=datetime(2025, 1, 5, 8, tzinfo=UTC))
    live = await make.a_session(world.tenant, station.station_id, status="active",
                                stopped_at=None)
    await make.a_session(world.tenant, "CP-ELSEWHERE")
    get = world.client.get
    headers = world.headers("Admin")

    async def ids(query: str) -> list[str]:
        response = await get(f"/api/v1/sessions?{query}", headers=headers)
        assert response.status_code == 200, response.text
        return [s["id"] for s in response.json()["items"]]

    assert await ids(f"stationId={station.station_id}&status=active") == [live.id]
    assert set(await ids(f"stationId={station.station_id}")) == {old.id, live.id}
    assert await ids(f"userId={driver.id}") == [old.id]
    assert await ids("from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z") == [old.id]
    assert await ids(f"stationId={station.station_id}&sort=startedAt") == [old.id, live.id]


async def test_detail_has_totals_and_live_values(world: World) -> None:
    session = await make.a_session(world.tenant, "CP-1", status="active", stopped_at=None,
                                   power_w=7400.0, soc=55.0, inactivity_s=120)
    body = (await world.client.get(f"/api/v1/sessions/{session.id}",
                                   headers=world.headers("Admin"))).json()
    assert (body["energyWh"], body["durationS"], body["inactivityS"]) == (12000, 3000, 120)
    assert (body["price"], body["currency"]) == ("4.56", "EUR")
    assert (body["powerW"], body["soc"], body["status"]) == (7400.0, 55.0, "active")


async def test_consumption_curve_from_meter_samples(world: World) -> None:
    session = await make.a_session(world.tenant, "CP-1", meter_start_wh=1000)
    await make.samples_of(session, [1000, 1100, 1250])
    response = await world.client.get(f"/api/v1/sessions/{session.id}/consumption",
                                      headers=world.headers("Admin"))
    assert response.status_code == 200
    points = response.json()
    assert [p["energyWh"] for p in points] == [0, 100, 250]
    assert [p["powerW"] for p in points] == [7400, 7400, 7400]
    assert [p["soc"] for p in points] == [20, 21, 22]
    assert points[0]["amount"] is None
    assert datetime.fromisoformat(points[1]["at"]) - datetime.fromisoformat(points[0]["at"]) \
        == timedelta(minutes=1)


async def test_stop_remote_when_connected_else_on_the_server(world: World) -> None:
    station = await make.a_station(world.tenant)
    link = make.FakeLink()
    world.container.gateway.attach(world.tenant.id, station.station_id, link)
    remote = await make.a_session(world.tenant, station.station_id, status="active",
                                  stopped_at=None)
    response = await world.client.post(f"/api/v1/sessions/{remote.id}/stop",
                                       headers=world.headers("Admin"))
    assert response.status_code == 200, response.text
    assert (response.json()["mode"], response.json()["status"]) == ("remote", "Accepted")
    assert link.calls == [("RemoteStopTransaction", {"transactionId": remote.transaction_id})]

    offline = await make.a_station(world.tenant)
    stranded = await make.a_session(world.tenant, offline.station_id, status="active",
                                    stopped_at=None, last_register_wh=5000,
                                    last_meter_at=remote.started_at + timedelta(minutes=30))
    response = await world.client.post(f"/api/v1/sessions/{stranded.id}/stop",
                                       headers=world.headers("Admin"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["mode"], body["session"]["status"]) == ("server", "completed")
    assert body["session"]["energyWh"] == 4000
    again = await world.client.post(f"/api/v1/sessions/{stranded.id}/stop",
                                    headers=world.headers("Admin"))
    assert again.status_code == 409


async def test_export_uses_the_sites_timezone(world: World) -> None:
    station = await make.a_station(world.tenant)
    session = await make.a_session(world.tenant, station.station_id, timezone="Europe/Paris",
                                   started_at=datetime(2026, 7, 1, 6, 30, tzinfo=UTC),
                                   stopped_at=datetime(2026, 7, 1, 7, 45, tzinfo=UTC))
    response = await world.client.get(
        f"/api/v1/sessions/export.csv?stationId={station.station_id}",
        headers=world.headers("Admin"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="sessions.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == session.id
    assert (row["startDate"], row["startTime"], row["endTime"]) == ("2026-07-01", "08:30:00",
                                                                    "09:45:00")
    assert (row["energyKWh"], row["price"], row["currency"]) == ("12.0", "4.56", "EUR")


async def test_delete_completed_sessions_only(world: World) -> None:
    active = await make.a_session(world.tenant, "CP-1", status="active", stopped_at=None)
    done = await make.a_session(world.tenant, "CP-1")
    headers = world.headers("Admin")
    assert (await world.client.delete(f"/api/v1/sessions/{active.id}",
                                      headers=headers)).status_code == 409
    assert (await world.client.delete(f"/api/v1/sessions/{done.id}",
                                      headers=headers)).status_code == 204
    assert (await world.client.get(f"/api/v1/sessions/{done.id}",
                                   headers=headers)).status_code == 404
