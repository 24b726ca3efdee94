"""The simulated station against a tiny central system that records every frame."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from websockets.asyncio.server import Server, ServerConnection, serve

from evserver.simulator import (
    CallFailed,
    SimulatedStation,
    SimulationStats,
    StationProfile,
    make_fleet,
    run_simulation,
)
from evserver.simulator.station import station_url

NOW = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
STAMP = "2025-03-14T09:26:53.000Z"

REPLIES: dict[str, dict[str, Any]] = {
    "BootNotification": {"currentTime": STAMP, "interval": 300, "status": "Accepted"},
    "Heartbeat": {"currentTime": STAMP},
    "StatusNotification": {},
    "Authorize": {"idTagInfo": {"status": "Accepted"}, "idTokenInfo": {"status": "Accepted"}},
    "StartTransaction": {"transactionId": 42, "idTagInfo": {"status": "Accepted"}},
    "MeterValues": {},
    "StopTransaction": {},
    "TransactionEvent": {},
}


class RecordingCentralSystem:
    """Answers each station CALL from `REPLIES` (or `errors`) and records every frame."""

    def __init__(self) -> None:
        self.frames: list[list[Any]] = []
        self.paths: list[str] = []
        self.subprotocols: list[str | None] = []
        self.authorizations: list[str | None] = []
        self.errors: dict[str, str] = {}
        self.connections: list[ServerConnection] = []
        self._answers: dict[str, asyncio.Future[list[Any]]] = {}
        self._changed = asyncio.Event()
        self.server: Server | None = None
        self.url = ""

    async def __aenter__(self) -> RecordingCentralSystem:
        self.server = await serve(self._handle, "127.0.0.1", 0,
                                  subprotocols=["ocpp1.6", "ocpp2.0.1"])  # type: ignore[list-item]
        port = next(iter(self.server.sockets)).getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/ocpp/test"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        self.paths.append(ws.request.path)
        self.subprotocols.append(ws.subprotocol)
        self.authorizations.append(ws.request.headers.get("Authorization"))
        self.connections.append(ws)
        async for text in ws:
            frame = json.loads(text)
            self.frames.append(frame)
            self._changed.set()
            if frame[0] == 2:
                action = frame[2]
                if action in self.errors:
                    await ws.send(json.dumps([4, frame[1], self.errors[action], "no", {}]))
                else:
                    await ws.send(json.dumps([3, frame[1], REPLIES[action]]))
            elif frame[1] in self._answers:
                self._answers.pop(frame[1]).set_result(frame)

    async def command(self, message_id: str, action: str, payload: dict[str, Any]) -> list[Any]:
        """Send a CALL to the connected station and return its answer frame."""
        answer: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self._answers[message_id] = answer
        await self.connections[-1].send(json.dumps([2, message_id, action, payload]))
        return await asyncio.wait_for(answer, 2)

    def actions(self) -> list[str]:
        """The actions of the CALLs received, in order."""
        return [f[2] for f in self.frames if f[0] == 2]

    async def wait_for(self, action: str, count: int = 1) -> None:
        """Return once `count` CALLs of `action` have arrived."""
        async with asyncio.timeout(2):
            while self.actions().count(action) < count:
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
async def central() -> AsyncIterator[RecordingCentralSystem]:
    async with RecordingCentralSystem() as cs:
        yield cs


def a_station(protocol: str = "ocpp1.6", **overrides: Any) -> SimulatedStation:
    profile = StationProfile(station_id=overrides.pop("station_id", "CS-1"),
                             protocol=protocol,  # type: ignore[arg-type]
                             **overrides)
    return SimulatedStation(profile, SimulationStats(), clock=lambda: NOW)


async def test_boot_sends_boot_notification_then_every_connector_status_in_16(
    central: RecordingCentralSystem,
) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        assert await station.boot() == "Accepted"
    finally:
        await station.close()

    assert central.paths == ["/ocpp/test/CS-1"]
    assert central.subprotocols == ["ocpp1.6"]
    assert central.frames == [
        [2, "1", "BootNotification", {"chargePointVendor": "evserver",
                                      "chargePointModel": "Simulator",
                                      "chargePointSerialNumber": "CS-1",
                                      "firmwareVersion": "1.0.0"}],
        [2, "2", "StatusNotification", {"connectorId": 0, "errorCode": "NoError",
                                        "status": "Available", "timestamp": STAMP}],
        [2, "3", "StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                        "status": "Available", "timestamp": STAMP}],
    ]
    assert station.heartbeat_interval_s == 300
    assert station.stats.accepted == 1
    assert station.stats.calls_sent == 3


async def test_boot_in_201_reports_each_evse(central: RecordingCentralSystem) -> None:
    station = a_station("ocpp2.0.1", connectors=2)
    await station.connect(central.url)
    try:
        await station.boot()
    finally:
        await station.close()

    assert central.subprotocols == ["ocpp2.0.1"]
    assert central.frames == [
        [2, "1", "BootNotification", {"chargingStation": {"model": "Simulator",
                                                          "vendorName": "evserver",
                                                          "serialNumber": "CS-1",
                                                          "firmwareVersion": "1.0.0"},
                                      "reason": "PowerUp"}],
        [2, "2", "StatusNotification", {"timestamp": STAMP, "connectorStatus": "Available",
                                        "evseId": 1, "connectorId": 1}],
        [2, "3", "StatusNotification", {"timestamp": STAMP, "connectorStatus": "Available",
                                        "evseId": 2, "connectorId": 1}],
    ]


async def test_reset_is_accepted_and_followed_by_a_new_boot(
    central: RecordingCentralSystem,
) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        await station.boot()
        answer = await central.command("srv-1", "Reset", {"type": "Soft"})
        await central.wait_for("BootNotification", 2)
    finally:
        await station.close()

    assert answer == [3, "srv-1", {"status": "Accepted"}]


async def test_unknown_action_gets_not_implemented(central: RecordingCentralSystem) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        answer = await central.command("srv-2", "InstallCertificate", {})
    finally:
        await station.close()

    assert answer[:3] == [4, "srv-2", "NotImplemented"]
    assert len(answer) == 5


async def test_a_malformed_command_gets_a_format_error(central: RecordingCentralSystem) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        answer = await central.command("srv-3", "ChangeConfiguration", {"value": "1"})
    finally:
        await station.close()

    assert answer[:3] == [4, "srv-3", "FormationViolation"]


async def test_configuration_round_trip_in_16(central: RecordingCentralSystem) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        changed = await central.command("a", "ChangeConfiguration",
                                        {"key": "HeartbeatInterval", "value": "42"})
        read = await central.command("b", "GetConfiguration",
                                     {"key": ["HeartbeatInterval", "Nope"]})
    finally:
        await station.close()

    assert changed == [3, "a", {"status": "Accepted"}]
    assert read == [3, "b", {"configurationKey": [{"key": "HeartbeatInterval",
                                                   "readonly": False, "value": "42"}],
                             "unknownKey": ["Nope"]}]
    assert station.heartbeat_interval_s == 42


async def test_session_in_16_sends_increasing_energy(central: RecordingCentralSystem) -> None:
    station = a_station(id_tag="TAG-1")
    await station.connect(central.url)
    try:
        await station.boot()
        assert await station.start_transaction(1)
        await station.send_meter_values(1)
        await station.send_meter_values(1)
        await station.stop_transaction(1)
    finally:
        await station.close()

    calls = [f for f in central.frames if f[0] == 2]
    assert [c[2] for c in calls[3:]] == [
        "StatusNotification", "Authorize", "StartTransaction", "StatusNotification",
        "MeterValues", "MeterValues", "StatusNotification", "StopTransaction",
        "StatusNotification",
    ]
    assert calls[4][3] == {"idTag": "TAG-1"}
    start = calls[5][3]
    meters = [c[3] for c in calls if c[2] == "MeterValues"]
    assert all(m["transactionId"] == 42 and m["connectorId"] == 1 for m in meters)
    energy = [start["meterStart"]]
    for m in meters:
        sampled = {s["measurand"]: s for s in m["meterValue"][0]["sampledValue"]}
        assert sampled["Energy.Active.Import.Register"]["unit"] == "Wh"
        assert sampled["Power.Active.Import"]["unit"] == "W"
        assert sampled["SoC"]["unit"] == "Percent"
        energy.append(int(sampled["Energy.Active.Import.Register"]["value"]))
    stop = calls[-2][3]
    energy.append(stop["meterStop"])
    assert energy == sorted(set(energy))
    assert stop["transactionId"] == 42 and stop["reason"] == "Local"
    assert [c[3]["status"] for c in calls if c[2] == "StatusNotification"][2:] == [
        "Preparing", "Charging", "Finishing", "Available"]


async def test_session_in_201_uses_transaction_events(central: RecordingCentralSystem) -> None:
    station = a_station("ocpp2.0.1")
    await station.connect(central.url)
    try:
        await station.boot()
        assert await station.start_transaction(1)
        await station.send_meter_values(1)
        await station.stop_transaction(1, reason="Remote")
    finally:
        await station.close()

    events = [f[3] for f in central.frames if f[0] == 2 and f[2] == "TransactionEvent"]
    assert [(e["eventType"], e["triggerReason"], e["seqNo"]) for e in events] == [
        ("Started", "Authorized", 0), ("Updated", "MeterValuePeriodic", 1),
        ("Ended", "RemoteStop", 2)]
    assert len({e["transactionInfo"]["transactionId"] for e in events}) == 1
    assert events[0]["idToken"] == {"idToken": "DEMO-BADGE-1", "type": "ISO14443"}
    assert events[2]["transactionInfo"]["stoppedReason"] == "Remote"
    sample = events[1]["meterValue"][0]["sampledValue"][0]
    assert sample["measurand"] == "Energy.Active.Import.Register"
    assert sample["unitOfMeasure"] == {"unit": "Wh"}


async def test_remote_start_and_stop_in_16(central: RecordingCentralSystem) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        started = await central.command("r1", "RemoteStartTransaction",
                                        {"connectorId": 1, "idTag": "REMOTE"})
        await central.wait_for("StartTransaction")
        rejected = await central.command("r2", "RemoteStopTransaction", {"transactionId": 7})
        stopped = await central.command("r3", "RemoteStopTransaction", {"transactionId": 42})
        await central.wait_for("StopTransaction")
    finally:
        await station.close()

    assert started == [3, "r1", {"status": "Accepted"}]
    assert rejected == [3, "r2", {"status": "Rejected"}]
    assert stopped == [3, "r3", {"status": "Accepted"}]
    start = next(f[3] for f in central.frames if f[0] == 2 and f[2] == "StartTransaction")
    assert start["idTag"] == "REMOTE"
    stop = next(f[3] for f in central.frames if f[0] == 2 and f[2] == "StopTransaction")
    assert stop["reason"] == "Remote"


async def test_request_start_and_get_variables_in_201(central: RecordingCentralSystem) -> None:
    station = a_station("ocpp2.0.1")
    await station.connect(central.url)
    try:
        started = await central.command("q1", "RequestStartTransaction", {
            "idToken": {"idToken": "APP", "type": "Central"}, "remoteStartId": 9})
        await central.wait_for("TransactionEvent")
        read = await central.command("q2", "GetVariables", {"getVariableData": [
            {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
        ]})
    finally:
        await station.close()

    assert started == [3, "q1", {"status": "Accepted"}]
    event = next(f[3] for f in central.frames if f[0] == 2 and f[2] == "TransactionEvent")
    assert event["triggerReason"] == "RemoteStart"
    assert event["transactionInfo"]["remoteStartId"] == 9
    assert read[2]["getVariableResult"][0]["attributeStatus"] == "Accepted"


async def test_trigger_message_sends_the_requested_message(
    central: RecordingCentralSystem,
) -> None:
    station = a_station()
    await station.connect(central.url)
    try:
        answer = await central.command("t1", "TriggerMessage", {"requestedMessage": "Heartbeat"})
        await central.wait_for("Heartbeat")
    finally:
        await station.close()

    assert answer == [3, "t1", {"status": "Accepted"}]


async def test_a_callerror_raises_and_is_counted(central: RecordingCentralSystem) -> None:
    central.errors["Heartbeat"] = "InternalError"
    station = a_station()
    await station.connect(central.url)
    try:
        with pytest.raises(CallFailed) as failed:
            await station.heartbeat()
    finally:
        await station.close()

    assert failed.value.code == "InternalError"
    assert station.stats.call_errors == 1


async def test_password_is_sent_as_basic_auth(central: RecordingCentralSystem) -> None:
    station = a_station(station_id="CS:2", password="s3cret-pass")
    await station.connect(central.url)
    await station.close()

    assert central.paths == ["/ocpp/test/CS%3A2"]
    assert central.authorizations == [
        "Basic " + base64.b64encode(b"CS:2:s3cret-pass").decode()]


def test_station_url_joins_and_encodes() -> None:
    assert station_url("ws://h/ocpp/t/", "A B") == "ws://h/ocpp/t/A%20B"


async def test_run_simulation_prints_a_summary(
    central: RecordingCentralSystem, capsys: pytest.CaptureFixture[str],
) -> None:
    started = time.monotonic()
    code = await run_simulation(central.url, 3, "ocpp1.6", 1.0, id_prefix="DEMO",
                                meter_interval_s=0.2)

    assert code == 0
    assert time.monotonic() - started < 3
    assert sorted(central.paths) == ["/ocpp/test/DEMO-00001", "/ocpp/test/DEMO-00002",
                                     "/ocpp/test/DEMO-00003"]
    out = capsys.readouterr().out
    assert "3/3 station(s) connected" in out
    assert "latency" in out


async def test_run_simulation_refuses_an_unknown_protocol(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert await run_simulation("ws://127.0.0.1:1", 1, "ocpp1.5", 1) == 2
    assert "protocol" in capsys.readouterr().err


async def test_run_simulation_fails_when_the_server_refuses_the_stations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refuse(connection: ServerConnection, request: Any) -> Any:
        return connection.respond(404, "no such tenant\n")

    async with serve(lambda ws: ws.wait_closed(), "127.0.0.1", 0, process_request=refuse,
                     subprotocols=["ocpp1.6"]) as server:  # type: ignore[list-item]
        port = next(iter(server.sockets)).getsockname()[1]
        code = await run_simulation(f"ws://127.0.0.1:{port}/ocpp/nope", 2, "ocpp1.6", 1.0)

    assert code == 1
    assert "0/2 station(s) connected" in capsys.readouterr().out


def test_make_fleet_numbers_stations_and_badges() -> None:
    fleet = make_fleet(2, "ocpp2.0.1", SimulationStats(), id_prefix="LOAD", id_tag="TAG-{n}")

    assert [(s.profile.station_id, s.profile.id_tag) for s in fleet] == [
        ("LOAD-00001", "TAG-00001"), ("LOAD-00002", "TAG-00002")]
