"""Server-to-station commands through the gateway, answered by a raw WebSocket station."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from websockets.asyncio.client import ClientConnection, connect

from evserver.charging.errors import NotSupported, StationOffline, StationRejected, StationTimeout
from evserver.charging.gateway import COMMANDS
from evserver.storage.documents import ChargingStation, StationMessage
from evserver.storage.repository import TenantRepository
from tests.ocpp.json.conftest import Csms

pytestmark = pytest.mark.asyncio(loop_scope="session")

# A valid (1.6 schema) request and reply for every command.
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "reset": ({"type": "Hard"}, {"status": "Accepted"}),
    "clear-cache": ({}, {"status": "Accepted"}),
    "get-configuration": ({"key": ["HeartbeatInterval"]}, {
        "configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}],
        "unknownKey": []}),
    "change-configuration": ({"key": "HeartbeatInterval", "value": "60"},
                             {"status": "Accepted"}),
    "remote-start": ({"idTag": "TAG-OK", "connectorId": 1}, {"status": "Accepted"}),
    "remote-stop": ({"transactionId": 7}, {"status": "Accepted"}),
    "unlock-connector": ({"connectorId": 1}, {"status": "Unlocked"}),
    "change-availability": ({"connectorId": 0, "type": "Inoperative"},
                            {"status": "Scheduled"}),
    "trigger-message": ({"requestedMessage": "StatusNotification", "connectorId": 1},
                        {"status": "Accepted"}),
    "set-charging-profile": ({"connectorId": 1, "csChargingProfiles": {
        "chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Absolute", "chargingSchedule": {
            "chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0,
                                                                 "limit": 16.0}]}}},
        {"status": "Accepted"}),
    "clear-charging-profile": ({"id": 1}, {"status": "Accepted"}),
    "get-composite-schedule": ({"connectorId": 1, "duration": 3600}, {"status": "Rejected"}),
    "get-diagnostics": ({"location": "ftp://logs.example/"}, {"fileName": "diag.zip"}),
    "update-firmware": ({"location": "https://fw.example/1.bin",
                         "retrieveDate": "2026-11-24T00:00:00Z"}, {}),
    "reserve-now": ({"connectorId": 1, "expiryDate": "2026-11-24T00:00:00Z",
                     "idTag": "TAG-OK", "reservationId": 3}, {"status": "Accepted"}),
    "cancel-reservation": ({"reservationId": 3}, {"status": "Accepted"}),
    "send-local-list": ({"listVersion": 2, "updateType": "Full", "localAuthorizationList": [
        {"idTag": "TAG-OK", "idTagInfo": {"status": "Accepted"}}]}, {"status": "Accepted"}),
    "get-local-list-version": ({}, {"listVersion": 2}),
    "data-transfer": ({"vendorId": "acme", "messageId": "ping", "data": "1"},
                      {"status": "Accepted", "data": "pong"}),
}


class Responder:
    """A station that answers each CALL with a canned reply (or not at all)."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.received: list[list[Any]] = []
        self.replies: dict[str, Any] = {}
        self.silent: set[str] = set()
        self.errors: set[str] = set()
        self.delay = 0.0

    async def run(self) -> None:
        async for raw in self.ws:
            frame = json.loads(raw)
            if frame[0] != 2:
                continue
            self.received.append(frame)
            _, message_id, action, _payload = frame
            if action in self.silent:
                continue
            await asyncio.sleep(self.delay)
            if action in self.errors:
                await self.ws.send(json.dumps([4, message_id, "OccurenceConstraintViolation",
                                               "nope", {}]))
            else:
                await self.ws.send(json.dumps([3, message_id, self.replies.get(action, {})]))


@pytest_asyncio.fixture(loop_scope="session")
async def station(csms: Csms) -> AsyncIterator[Responder]:
    if await csms.container.stations.find(csms.tenant.id, "CP-CMD") is None:
        await csms.container.stations.add(csms.tenant.id, "CP-CMD")
    ws = await connect(f"{csms.url}/acme/CP-CMD", subprotocols=["ocpp1.6"])  # type: ignore[list-item]
    responder = Responder(ws)
    task = asyncio.create_task(responder.run())
    for _ in range(100):
        if csms.container.gateway.is_connected(csms.tenant.id, "CP-CMD"):
            break
        await asyncio.sleep(0.01)
    try:
        yield responder
    finally:
        await ws.close()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.parametrize("command", list(COMMANDS))
async def test_every_command_round_trip(csms: Csms, station: Responder, command: str) -> None:
    params, reply = CASES[command]
    action = COMMANDS[command]
    station.replies[action] = reply
    result = await csms.container.gateway.command(csms.tenant.id, "CP-CMD", command, params)
    assert result == reply
    assert station.received[-1][2] == action and station.received[-1][3] == params
    logged = await TenantRepository(StationMessage).find(
        csms.tenant.id, {"station_id": "CP-CMD", "action": action, "direction": "out"})
    assert logged and logged[-1].result == reply


async def test_errors_are_typed(csms: Csms, station: Responder) -> None:
    gateway = csms.container.gateway
    station.errors.add("Reset")
    with pytest.raises(StationRejected) as rejected:
        await gateway.reset(csms.tenant.id, "CP-CMD")
    assert rejected.value.error_code == "OccurrenceConstraintViolation"
    station.silent.add("ClearCache")
    with pytest.raises(StationTimeout):
        await gateway.send(csms.tenant.id, "CP-CMD", "ClearCache", {}, timeout_s=0.2)
    with pytest.raises(StationOffline):
        await gateway.reset(csms.tenant.id, "CP1")
    with pytest.raises(NotSupported):
        await gateway.command(csms.tenant.id, "CP-CMD", "make-coffee", {})
    station.replies["Reset"] = {"status": "Bogus"}
    station.errors.discard("Reset")
    with pytest.raises(StationRejected, match="invalid Reset reply"):
        await gateway.reset(csms.tenant.id, "CP-CMD")


async def test_one_outstanding_call_per_station_in_order(csms: Csms, station: Responder) -> None:
    station.delay = 0.05
    station.replies["ChangeConfiguration"] = {"status": "Accepted"}
    keys = [f"K{i}" for i in range(5)]
    results = await asyncio.gather(*(
        csms.container.gateway.change_configuration(csms.tenant.id, "CP-CMD", key, "1")
        for key in keys))
    assert all(r["status"] == "Accepted" for r in results)
    sent = [f[3]["key"] for f in station.received if f[2] == "ChangeConfiguration"][-5:]
    assert sent == keys


async def test_template_pushed_after_accepted_boot(csms: Csms, station: Responder) -> None:
    station.replies["ChangeConfiguration"] = {"status": "Accepted"}
    await station.ws.send(json.dumps([2, "boot", "BootNotification", {
        "chargePointVendor": "Acme", "chargePointModel": "T1"}]))
    template = csms.container.templates.catalog.match("Acme", "T1")
    assert template is not None
    for _ in range(100):
        stored = await TenantRepository(ChargingStation).find_one(
            csms.tenant.id, {"station_id": "CP-CMD"})
        if stored is not None and stored.template_id == template.id:
            break
        await asyncio.sleep(0.02)
    assert stored is not None and stored.template_id == template.id
    pushed = {f[3]["key"]: f[3]["value"] for f in station.received
              if f[2] == "ChangeConfiguration"}
    assert template.configuration.items() <= pushed.items()
    assert template.configuration.items() <= stored.configuration.items()


async def test_configuration_read_after_accepted_boot(csms: Csms, station: Responder) -> None:
    station.replies["ChangeConfiguration"] = {"status": "Accepted"}
    station.replies["GetConfiguration"] = {"configurationKey": [
        {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
        {"key": "ChargePointModel", "readonly": True, "value": "T1"},
        {"key": "Vendor.Setting", "readonly": False, "value": "x"}], "unknownKey": []}
    await station.ws.send(json.dumps([2, "boot-cfg", "BootNotification", {
        "chargePointVendor": "Acme", "chargePointModel": "T1"}]))
    for _ in range(100):
        stored = await TenantRepository(ChargingStation).find_one(
            csms.tenant.id, {"station_id": "CP-CMD"})
        if stored is not None and stored.configuration_read_at is not None:
            break
        await asyncio.sleep(0.02)
    assert stored is not None and stored.configuration_read_at is not None
    # The template goes first; what the station then reports is what it holds.
    actions = [f[2] for f in station.received]
    assert actions.index("GetConfiguration") > actions.index("ChangeConfiguration")
    assert station.received[-1][2:] == ["GetConfiguration", {}]
    # A key MongoDB cannot hold as a field name is left out, not mangled.
    assert stored.configuration == {"HeartbeatInterval": "300", "ChargePointModel": "T1"}
    assert stored.configuration_readonly == ["ChargePointModel"]
