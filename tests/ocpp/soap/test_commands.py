"""Server-to-station commands over OCPP-S: every ChargePointService operation, and failures."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
import pytest_asyncio

from evserver.charging.errors import NotSupported, StationOffline, StationRejected, StationTimeout
from evserver.charging.gateway import COMMANDS
from evserver.storage.documents import ChargingStation, StationMessage
from evserver.storage.repository import TenantRepository
from tests.ocpp.soap.conftest import Csms
from tests.ocpp.soap.peers import ZeepStation
from tests.ocpp.soap.test_client_messages import CALLS, ONLY_16, WIRE_15, cases
from tests.support import listening_socket

pytestmark = pytest.mark.asyncio(loop_scope="session")

stations = TenantRepository(ChargingStation)
messages = TenantRepository(StationMessage)
TEMPLATE_PUSH = 4  # ChangeConfiguration calls the repository's template sends after a boot


async def boot(csms: Csms, version: str, station_id: str) -> None:
    """Register and boot a station announcing its endpoint; wait for the template push."""
    await csms.container.stations.add(csms.acme.id, station_id)
    cp = ZeepStation(version, f"{csms.url}/acme", station_id,
                     from_address=csms.station_endpoint(version, station_id))
    await cp.call("BootNotification", chargePointVendor="Zeep", chargePointModel="C")
    for _ in range(200):
        if len(csms.endpoint.of(station_id)) >= TEMPLATE_PUSH:
            break
        await asyncio.sleep(0.02)
    # The gateway's per-station lock: once free, the template push is over.
    async with csms.container.gateway.lock(csms.acme.id, station_id):
        pass


async def soap_station(csms: Csms, station_id: str, endpoint: str | None,
                       version: str = "1.6", *, override: str | None = None) -> None:
    """A SOAP station known from an earlier conversation, without booting it here."""
    station = await csms.container.stations.add(csms.acme.id, station_id, endpoint_url=override)
    await stations.update(csms.acme.id, station.id, {
        "ocpp_protocol": "soap", "ocpp_version": version, "endpoint_url": endpoint})


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def booted(csms: Csms) -> Csms:
    await boot(csms, "1.6", "CMD16")
    await boot(csms, "1.5", "CMD15")
    return csms


@pytest.mark.parametrize(("version", "operation"), [
    (version, name) for version in ("1.5", "1.6") for name in cases(version)])
async def test_every_command_reaches_the_station(booted: Csms, version: str,
                                                 operation: str) -> None:
    csms = booted
    station_id = f"CMD{version.replace('.', '')}"
    request, _, expected = CALLS[operation]

    reply = await csms.container.gateway.send(csms.acme.id, station_id, operation, dict(request))

    assert reply == expected
    got = csms.endpoint.of(station_id)[-1]
    assert (got.operation, got.version, got.charge_box_identity) == (
        operation, version, station_id)
    assert got.to == csms.station_endpoint(version, station_id)
    assert got.from_address == f"{csms.url}/acme"
    wire = dict(request)
    if version == "1.5" and operation in WIRE_15:
        ours, theirs = WIRE_15[operation]
        wire[theirs] = wire.pop(ours)
    assert got.body == wire
    recorded = await messages.find(csms.acme.id, {"station_id": station_id,
                                                  "direction": "out", "action": operation},
                                   limit=0)
    assert recorded and recorded[-1].result == expected


async def test_rest_command_names_reach_the_station(booted: Csms) -> None:
    csms = booted
    assert set(COMMANDS.values()) == set(cases("1.6"))
    reply = await csms.container.gateway.command(csms.acme.id, "CMD15", "remote-start",
                                                 {"idTag": "TAG-OK", "connectorId": 1})
    assert reply == {"status": "Accepted"}
    assert csms.endpoint.of("CMD15")[-1].operation == "RemoteStartTransaction"


@pytest.mark.parametrize("operation", sorted(ONLY_16))
async def test_1_6_only_commands_are_not_supported_by_1_5_stations(booted: Csms,
                                                                   operation: str) -> None:
    csms = booted
    sent = len(csms.endpoint.of("CMD15"))
    with pytest.raises(NotSupported):
        await csms.container.gateway.send(csms.acme.id, "CMD15", operation,
                                          dict(CALLS[operation][0]))
    assert len(csms.endpoint.of("CMD15")) == sent


async def test_1_6_only_fields_are_not_supported_by_1_5_stations(booted: Csms) -> None:
    profile = CALLS["SetChargingProfile"][0]["csChargingProfiles"]
    with pytest.raises(NotSupported, match="unknown field 'chargingProfile'"):
        await booted.container.gateway.send(booted.acme.id, "CMD15", "RemoteStartTransaction",
                                            {"idTag": "TAG-OK", "chargingProfile": profile})


async def test_the_admin_override_wins_over_the_announced_endpoint(csms: Csms) -> None:
    await soap_station(csms, "CMD-OVR", csms.station_endpoint("1.6", "announced"),
                       override=csms.station_endpoint("1.6", "override-target"))
    assert await csms.container.gateway.reset(csms.acme.id, "CMD-OVR") == {"status": "Accepted"}
    assert csms.endpoint.of("override-target")[-1].charge_box_identity == "CMD-OVR"
    assert not csms.endpoint.of("announced")


async def test_a_station_without_a_known_endpoint_is_offline(csms: Csms) -> None:
    await soap_station(csms, "CMD-NOWHERE", None)
    with pytest.raises(StationOffline):
        await csms.container.gateway.reset(csms.acme.id, "CMD-NOWHERE")


async def test_an_unreachable_endpoint_is_offline(csms: Csms) -> None:
    closed = listening_socket()
    port = closed.getsockname()[1]
    closed.close()
    await soap_station(csms, "CMD-DEAD", f"http://127.0.0.1:{port}/cp")
    started = time.monotonic()
    with pytest.raises(StationOffline, match="unreachable"):
        await csms.container.gateway.reset(csms.acme.id, "CMD-DEAD")
    assert time.monotonic() - started < 2
    recorded = await messages.find_one(csms.acme.id, {"station_id": "CMD-DEAD"})
    assert recorded is not None and recorded.result == {
        "error": "station_offline", "message": recorded.result["message"]}


async def test_a_fault_is_a_rejection(csms: Csms) -> None:
    await soap_station(csms, "CMD-FAULT", csms.station_endpoint("1.6", "CMD-FAULT"))
    csms.endpoint.faults.add("CMD-FAULT")
    with pytest.raises(StationRejected) as caught:
        await csms.container.gateway.reset(csms.acme.id, "CMD-FAULT")
    assert caught.value.error_code == "Sender"
    assert "Reset is not allowed now" in caught.value.message


async def test_a_slow_station_times_out_without_holding_up_another(booted: Csms) -> None:
    csms = booted
    await soap_station(csms, "CMD-SLOW", csms.station_endpoint("1.6", "CMD-SLOW"))
    csms.endpoint.delays["CMD-SLOW"] = 1.5
    gateway = csms.container.gateway

    async def timed(station_id: str, timeout_s: float) -> tuple[float, Any]:
        started = time.monotonic()
        try:
            result: Any = await gateway.send(csms.acme.id, station_id, "Reset", {"type": "Soft"},
                                             timeout_s=timeout_s)
        except StationTimeout as exc:
            result = exc
        return time.monotonic() - started, result

    slow, fast = await asyncio.gather(timed("CMD-SLOW", 0.5), timed("CMD16", 5))
    assert isinstance(slow[1], StationTimeout) and 0.4 < slow[0] < 1.4
    assert fast[1] == {"status": "Accepted"} and fast[0] < 0.4
