"""Charging stations: list filters, settings, deletion rules and commands."""

from __future__ import annotations

from typing import Any

import pytest

from evserver.charging.errors import NotSupported, StationRejected
from evserver.storage.documents.station import ChargingStation
from evserver.storage.repository import TenantRepository
from tests.api import factories as make
from tests.api.conftest import World

pytestmark = pytest.mark.asyncio(loop_scope="session")

stations = TenantRepository(ChargingStation)


class FailingLink:
    def __init__(self, error: Exception) -> None:
        self.error = error

    async def call(self, action: str, payload: dict[str, Any],
                   timeout_s: float) -> dict[str, Any]:
        raise self.error


async def test_list_filters_and_search(world: World) -> None:
    site = await make.a_site(world.tenant)
    online = await make.a_station(world.tenant, site_id=site.id, online=True, vendor="Volta")
    await make.a_station(world.tenant, vendor="Other")
    headers = world.headers("Admin")
    get = world.client.get
    by_site = (await get(f"/api/v1/charging-stations?siteId={site.id}", headers=headers)).json()
    assert [s["id"] for s in by_site["items"]] == [online.station_id]
    assert by_site["items"][0]["online"] is True
    assert by_site["items"][0]["connectors"][0]["status"] == "Available"
    assert [s["id"] for s in (await get("/api/v1/charging-stations?online=true",
                                        headers=headers)).json()["items"]] == [online.station_id]
    assert [s["id"] for s in (await get("/api/v1/charging-stations?search=volt",
                                        headers=headers)).json()["items"]] == [online.station_id]
    charging = await make.a_station(world.tenant)
    await stations.collection.update_one(
        {"tenant_id": world.tenant.id, "_id": charging.id, "connectors.connector_id": 2},
        {"$set": {"connectors.$.status": "Charging"}})
    found = (await get("/api/v1/charging-stations?status=Charging", headers=headers)).json()
    assert [s["id"] for s in found["items"]] == [charging.station_id]


async def test_platform_support_lists_every_tenant(world: World) -> None:
    station = await make.a_station(world.tenant)
    other, _ = await world.add_tenant(make.unique("elsewhere-"))
    elsewhere = await make.a_station(other)
    headers = world.headers("SuperAdmin")
    listed = (await world.client.get("/api/v1/charging-stations?limit=1000",
                                     headers=headers)).json()["items"]
    assert {station.station_id, elsewhere.station_id} <= {s["id"] for s in listed}
    scoped = (await world.client.get(f"/api/v1/charging-stations?tenant={other.slug}",
                                     headers=headers)).json()["items"]
    assert [s["id"] for s in scoped] == [elsewhere.station_id]
    unknown = await world.client.get("/api/v1/charging-stations?tenant=nope", headers=headers)
    assert unknown.status_code == 422


async def test_update_settings(world: World) -> None:
    site = await make.a_site(world.tenant)
    station = await make.a_station(world.tenant)
    url = f"/api/v1/charging-stations/{station.station_id}"
    response = await world.client.patch(url, headers=world.headers("Admin"), json={
        "siteId": site.id, "public": True, "maxPowerW": 22000,
        "endpointUrl": "http://10.0.0.7:8080/ocpp", "password": "long-enough-pw"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["siteId"], body["public"], body["maxPowerW"], body["endpointUrl"],
            body["hasPassword"]) == (site.id, True, 22000, "http://10.0.0.7:8080/ocpp", True)
    assert "password" not in body and "passwordHash" not in body
    cleared = await world.client.patch(url, headers=world.headers("Admin"),
                                       json={"password": None, "siteId": None})
    assert (cleared.json()["hasPassword"], cleared.json()["siteId"]) == (False, None)
    for bad in ({"siteId": "0" * 24}, {"maxPowerW": -1}, {"endpointUrl": "ftp://x"},
                {"password": "short"}):
        refused = await world.client.patch(url, headers=world.headers("Admin"), json=bad)
        assert refused.status_code == 422, (bad, refused.text)


async def test_delete_is_refused_while_a_session_is_active(world: World) -> None:
    station = await make.a_station(world.tenant)
    session = await make.a_session(world.tenant, station.station_id, status="active",
                                   stopped_at=None)
    url = f"/api/v1/charging-stations/{station.station_id}"
    refused = await world.client.delete(url, headers=world.headers("Admin"))
    assert refused.status_code == 409
    await world.client.post(f"/api/v1/sessions/{session.id}/soft-stop",
                            headers=world.headers("Admin"))
    assert (await world.client.delete(url, headers=world.headers("Admin"))).status_code == 204
    assert (await world.client.get(url, headers=world.headers("Admin"))).status_code == 404


async def test_commands_go_through_the_gateway(world: World) -> None:
    station = await make.a_station(world.tenant)
    link = make.FakeLink({"configurationKey": [{"key": "HeartbeatInterval", "value": "300"}]})
    world.container.gateway.attach(world.tenant.id, station.station_id, link)
    url = f"/api/v1/charging-stations/{station.station_id}/commands"
    response = await world.client.post(f"{url}/get-configuration", headers=world.headers("Admin"),
                                       json={"key": ["HeartbeatInterval"]})
    assert response.status_code == 200, response.text
    assert response.json() == {"status": "Accepted", "data": link.reply}
    link.reply = {"status": "Rejected"}
    started = await world.client.post(f"{url}/remote-start", headers=world.headers("Admin"),
                                      json={"idTag": "ANY", "connectorId": 1})
    assert started.json()["status"] == "Rejected"
    assert link.calls == [("GetConfiguration", {"key": ["HeartbeatInterval"]}),
                          ("RemoteStartTransaction", {"idTag": "ANY", "connectorId": 1})]
    cleared = await world.client.post(f"{url}/clear-cache", headers=world.headers("Admin"))
    assert cleared.status_code == 200
    unknown = await world.client.post(f"{url}/self-destruct", headers=world.headers("Admin"))
    assert unknown.status_code == 404


async def test_configuration_is_kept_from_full_readings(world: World) -> None:
    station = await make.a_station(world.tenant)
    url = f"/api/v1/charging-stations/{station.station_id}"
    empty = await world.client.get(f"{url}/configuration", headers=world.headers("Admin"))
    assert empty.status_code == 200 and empty.json() == {"keys": [], "readAt": None}
    link = make.FakeLink({"configurationKey": [
        {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
        {"key": "NumberOfConnectors", "readonly": True, "value": "2"},
        {"key": "AuthorizationKey", "readonly": False}], "unknownKey": []})
    world.container.gateway.attach(world.tenant.id, station.station_id, link)
    # A reading of some keys leaves the stored copy alone; a reading of all replaces it.
    await world.client.post(f"{url}/commands/get-configuration", headers=world.headers("Admin"),
                            json={"key": ["HeartbeatInterval"]})
    assert (await world.client.get(f"{url}/configuration",
                                   headers=world.headers("Admin"))).json()["keys"] == []
    await world.client.post(f"{url}/commands/get-configuration", headers=world.headers("Admin"))
    body = (await world.client.get(f"{url}/configuration", headers=world.headers("Admin"))).json()
    assert body["keys"] == [
        {"key": "AuthorizationKey", "value": None, "readonly": False},
        {"key": "HeartbeatInterval", "value": "300", "readonly": False},
        {"key": "NumberOfConnectors", "value": "2", "readonly": True}]
    assert body["readAt"] is not None
    # Configuration can hold credentials: only those who may read it from the station see it.
    basic = await world.client.get(f"{url}/configuration", headers=world.headers("Basic"))
    assert basic.status_code == 403


@pytest.mark.parametrize(("error", "status"), [
    (TimeoutError(), 504),
    (NotSupported("no such command in OCPP 1.5"), 422),
    (StationRejected("NotImplemented", error_code="NotImplemented"), 502),
])
async def test_command_failures_map_to_statuses(world: World, error: Exception,
                                                status: int) -> None:
    station = await make.a_station(world.tenant)
    world.container.gateway.attach(world.tenant.id, station.station_id, FailingLink(error))
    response = await world.client.post(
        f"/api/v1/charging-stations/{station.station_id}/commands/reset",
        headers=world.headers("Admin"), json={"type": "Hard"})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"


async def test_offline_station_answers_409(world: World) -> None:
    station = await make.a_station(world.tenant)
    response = await world.client.post(
        f"/api/v1/charging-stations/{station.station_id}/commands/reset",
        headers=world.headers("Admin"), json={"type": "Soft"})
    assert response.status_code == 409
    assert response.json()["type"] == "urn:evserver:problem:station_offline"
