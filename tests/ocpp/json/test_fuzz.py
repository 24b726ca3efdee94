"""No input a station sends can crash the server or cost it the connection.

A real server process is fed generated frames over one OCPP-J connection per version: any
text, JSON of any shape, and CALLs of every action with payloads built from the field names
the schemas use. Every CALL must get a CALLRESULT or a specific CALLERROR with its message id
(never InternalError, which is kept for storage failures), and after every example the same
connection must still answer a Heartbeat. At the end a station on another connection is still
served and the process is still running.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from websockets.sync.client import ClientConnection, connect

from evserver.ocpp import v16
from evserver.ocpp.json import v2
from tests.api.live_server import LiveServer, live_server
from tests.ocpp.fuzzing import FUZZ, json_values, mutate, payloads

ERROR_CODES = {
    "ocpp1.6": {"NotImplemented", "NotSupported", "ProtocolError", "SecurityError",
                "FormationViolation", "PropertyConstraintViolation",
                "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError"},
    "ocpp2.0.1": {"NotImplemented", "NotSupported", "ProtocolError", "SecurityError",
                  "FormatViolation", "PropertyConstraintViolation",
                  "OccurrenceConstraintViolation", "TypeConstraintViolation", "GenericError",
                  "MessageTypeNotSupported", "RpcFrameworkError"},
}
ERROR_CODES["ocpp2.1"] = ERROR_CODES["ocpp2.0.1"]
ACTIONS = {"ocpp1.6": sorted(v16.HANDLERS), "ocpp2.0.1": sorted(v2.HANDLERS_201),
           "ocpp2.1": sorted(v2.HANDLERS_21)}
# Valid CALLs, to be mutated one field at a time: the handlers behind validation get values
# of the right shape but surprising content.
VALID_16: dict[str, dict[str, Any]] = {
    "BootNotification": {"chargePointVendor": "Demo", "chargePointModel": "Simulator",
                         "firmwareVersion": "1.0", "meterSerialNumber": "M-1"},
    "StatusNotification": {"connectorId": 1, "status": "Charging", "errorCode": "NoError",
                           "timestamp": "2026-11-23T10:00:00Z"},
    "Authorize": {"idTag": "DEMO-TAG"},
    "StartTransaction": {"connectorId": 1, "idTag": "DEMO-TAG", "meterStart": 1000,
                         "timestamp": "2026-11-23T10:00:00Z"},
    "MeterValues": {"connectorId": 1, "transactionId": 1, "meterValue": [
        {"timestamp": "2026-11-23T10:01:00Z", "sampledValue": [
            {"value": "1500", "measurand": "Energy.Active.Import.Register", "unit": "Wh",
             "context": "Sample.Periodic"},
            {"value": "7.2", "measurand": "Power.Active.Import", "unit": "kW", "phase": "L1"}]}]},
    "StopTransaction": {"transactionId": 1, "meterStop": 2000, "idTag": "DEMO-TAG",
                        "timestamp": "2026-11-23T10:30:00Z", "reason": "Local",
                        "transactionData": [{"timestamp": "2026-11-23T10:30:00Z",
                                             "sampledValue": [{"value": "2000"}]}]},
    "DataTransfer": {"vendorId": "acme", "messageId": "ping", "data": "1"},
    "DiagnosticsStatusNotification": {"status": "Uploaded"},
    "FirmwareStatusNotification": {"status": "Installed"},
}
_TS = "2026-11-23T10:00:00Z"
_TOKEN = {"idToken": "DEMO-TAG", "type": "ISO14443"}
_METER = [{"timestamp": _TS, "sampledValue": [
    {"value": 1500.0, "measurand": "Energy.Active.Import.Register",
     "unitOfMeasure": {"unit": "Wh"}},
    {"value": 7.2, "measurand": "Power.Active.Import", "phase": "L1",
     "unitOfMeasure": {"unit": "kW", "multiplier": 0}}]}]
VALID_201: dict[str, dict[str, Any]] = {
    "BootNotification": {"reason": "PowerUp", "chargingStation": {
        "model": "Simulator", "vendorName": "Demo", "firmwareVersion": "1.0"}},
    "StatusNotification": {"timestamp": _TS, "connectorStatus": "Occupied", "evseId": 1,
                           "connectorId": 1},
    "Authorize": {"idToken": _TOKEN},
    "TransactionEvent": {"eventType": "Updated", "timestamp": _TS, "seqNo": 1,
                         "triggerReason": "MeterValuePeriodic", "offline": False,
                         "transactionInfo": {"transactionId": "fuzz-tx",
                                             "chargingState": "Charging"},
                         "idToken": _TOKEN, "evse": {"id": 1, "connectorId": 1},
                         "meterValue": _METER},
    "MeterValues": {"evseId": 1, "meterValue": _METER},
    "NotifyReport": {"requestId": 1, "generatedAt": _TS, "seqNo": 0, "tbc": False,
                     "reportData": [{"component": {"name": "OCPPCommCtrlr"},
                                     "variable": {"name": "HeartbeatInterval"},
                                     "variableAttribute": [{"value": "300"}]}]},
    "NotifyEvent": {"generatedAt": _TS, "seqNo": 0, "eventData": [{
        "eventId": 1, "timestamp": _TS, "trigger": "Alerting", "actualValue": "1",
        "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Problem"},
        "eventNotificationType": "HardWiredNotification"}]},
    "FirmwareStatusNotification": {"status": "Installed"},
    "LogStatusNotification": {"status": "Uploaded", "requestId": 1},
    "SecurityEventNotification": {"type": "StartupOfTheDevice", "timestamp": _TS},
    "DataTransfer": {"vendorId": "acme", "messageId": "ping", "data": "1"},
}
# The 2.0.1 messages are valid 2.1 messages too.
VALID = {"ocpp1.6": VALID_16, "ocpp2.0.1": VALID_201, "ocpp2.1": VALID_201}
_ids = itertools.count()

@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("ocpp-fuzz")) as running:
        yield running


def ocpp_url(server: LiveServer, station_id: str) -> str:
    port = server.env["EVSERVER_CENTRAL_SYSTEMS__0__PORT"]
    return f"ws://127.0.0.1:{port}/ocpp/demo/{station_id}"


@pytest.fixture(scope="module", params=["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
def station(request: pytest.FixtureRequest, server: LiveServer) -> Iterator[ClientConnection]:
    version: str = request.param
    # DEMO-CP1 is registered (Accepted), so messages reach the handlers behind the admission;
    # each version's connection is closed before the next one opens.
    with connect(ocpp_url(server, "DEMO-CP1"), subprotocols=[version],  # type: ignore[list-item]
                 open_timeout=10) as ws:
        yield ws


def version_of(ws: ClientConnection) -> str:
    return str(ws.subprotocol)


def reply_to(ws: ClientConnection, message_id: str, *, only: bool = True) -> list[Any]:
    """The CALLRESULT or CALLERROR for `message_id`; server CALLs in between are answered.

    `only`: no other reply may come first (when the frames sent before could be CALLs of any
    message id, their replies may).
    """
    while True:
        frame = json.loads(ws.recv(timeout=10))
        assert isinstance(frame, list) and frame and frame[0] in (2, 3, 4), frame
        if frame[0] == 2:
            ws.send(json.dumps([4, frame[1], "NotImplemented", "", {}]))
            continue
        if frame[1] == message_id:
            return frame
        if not only:
            continue
        # Only a reply to a frame that had no readable message id may come unasked for.
        assert frame[0] == 4 and frame[1] in ("-1", ""), frame


def assert_alive(ws: ClientConnection, *, only: bool = True) -> None:
    message_id = f"alive-{next(_ids)}"
    ws.send(json.dumps([2, message_id, "Heartbeat", {}]))
    reply = reply_to(ws, message_id, only=only)
    assert reply[0] == 3 and "currentTime" in reply[2], reply


def assert_answered(ws: ClientConnection, message_id: str) -> None:
    reply = reply_to(ws, message_id)
    if reply[0] == 3:
        assert isinstance(reply[2], dict), reply
    else:
        assert len(reply) == 5 and reply[2] in ERROR_CODES[version_of(ws)], reply
        assert isinstance(reply[3], str) and isinstance(reply[4], dict), reply


@FUZZ
@given(text=st.text(max_size=200))
def test_any_text(station: ClientConnection, text: str) -> None:
    station.send(text)
    assert_alive(station, only=False)


@FUZZ
@given(value=json_values)
def test_any_json(station: ClientConnection, value: Any) -> None:
    station.send(json.dumps(value))
    assert_alive(station, only=False)


@FUZZ
@given(data=st.data())
def test_calls_of_every_action(station: ClientConnection, data: st.DataObject) -> None:
    action = data.draw(st.sampled_from(ACTIONS[version_of(station)]) | st.text(max_size=20))
    payload = data.draw(payloads)
    message_id = f"fuzz-{next(_ids)}"
    station.send(json.dumps([2, message_id, action, payload]))
    assert_answered(station, message_id)
    assert_alive(station)


@FUZZ
@given(data=st.data())
def test_valid_calls_with_one_field_changed(station: ClientConnection,
                                            data: st.DataObject) -> None:
    valid = VALID[version_of(station)]
    action = data.draw(st.sampled_from(sorted(valid)))
    payload = mutate(data, valid[action])
    message_id = f"mutant-{next(_ids)}"
    station.send(json.dumps([2, message_id, action, payload]))
    assert_answered(station, message_id)
    assert_alive(station)


def test_other_stations_and_the_process_live_on(server: LiveServer, tmp_path: Path) -> None:
    with connect(ocpp_url(server, "WITNESS"), subprotocols=["ocpp1.6"],  # type: ignore[list-item]
                 open_timeout=10) as ws:
        assert_alive(ws)
    assert server.process.poll() is None
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]
