"""1.6-shaped commands translated for 2.0.1 and 2.1 stations, and their replies translated back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from evserver.app import Container
from evserver.charging.errors import NotSupported
from evserver.charging.gateway import COMMANDS
from evserver.charging.model import StartRequest
from evserver.core.clock import utcnow
from evserver.core.errors import InvalidInput, NotFound
from evserver.ocpp.json.commands import from_station, to_station, transaction_resolver
from evserver.ocpp.json.frames import OcppVersion
from evserver.ocpp.json.messages import decode_request, decode_response

pytestmark = pytest.mark.asyncio(loop_scope="session")

V2: list[OcppVersion] = ["ocpp2.0.1", "ocpp2.1"]
both_versions = pytest.mark.parametrize("version", V2)

# Ids the translation draws at random, compared by presence only.
DRAWN = ("remoteStartId", "requestId")

PROFILE_16 = {
    "chargingProfileId": 8, "stackLevel": 1, "chargingProfilePurpose": "ChargePointMaxProfile",
    "chargingProfileKind": "Absolute", "validFrom": "2026-11-24T00:00:00+00:00",
    "chargingSchedule": {"chargingRateUnit": "W", "duration": 3600,
                         "startSchedule": "2026-11-24T00:00:00Z", "minChargingRate": 1000.0,
                         "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.0},
                                                    {"startPeriod": 1800, "limit": 7400.0,
                                                     "numberPhases": 1}]}}
PROFILE_2X = {
    "id": 8, "stackLevel": 1, "chargingProfilePurpose": "ChargingStationMaxProfile",
    "chargingProfileKind": "Absolute", "validFrom": "2026-11-24T00:00:00+00:00",
    "chargingSchedule": [{"id": 8, "chargingRateUnit": "W", "duration": 3600,
                          "startSchedule": "2026-11-24T00:00:00Z", "minChargingRate": 1000.0,
                          "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.0},
                                                     {"startPeriod": 1800, "limit": 7400.0,
                                                      "numberPhases": 1}]}]}

# 1.6 action, 1.6 body -> 2.x action, 2.x payload (without the drawn ids).
REQUESTS: dict[str, tuple[str, dict[str, Any], str, dict[str, Any]]] = {
    "reset-hard": ("Reset", {"type": "Hard"}, "Reset", {"type": "Immediate"}),
    "reset-soft": ("Reset", {"type": "Soft"}, "Reset", {"type": "OnIdle"}),
    "clear-cache": ("ClearCache", {}, "ClearCache", {}),
    "get-configuration-keys": (
        "GetConfiguration", {"key": ["HeartbeatInterval", "EVSE#2/Power",
                                     "OCPPCommCtrlr/MessageAttempts(TransactionEvent)"]},
        "GetVariables", {"getVariableData": [
            {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
            {"component": {"name": "EVSE", "evse": {"id": 2}}, "variable": {"name": "Power"}},
            {"component": {"name": "OCPPCommCtrlr"},
             "variable": {"name": "MessageAttempts", "instance": "TransactionEvent"}}]}),
    "get-configuration-all": ("GetConfiguration", {}, "GetBaseReport",
                              {"reportBase": "ConfigurationInventory"}),
    "change-configuration": (
        "ChangeConfiguration", {"key": "Connector#1:2/Enabled", "value": "false"},
        "SetVariables", {"setVariableData": [{
            "attributeValue": "false",
            "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 2}},
            "variable": {"name": "Enabled"}}]}),
    "remote-start": (
        "RemoteStartTransaction", {"idTag": "TAG-OK", "connectorId": 2},
        "RequestStartTransaction", {"idToken": {"idToken": "TAG-OK", "type": "ISO14443"},
                                    "evseId": 2}),
    "remote-start-anywhere-with-profile": (
        "RemoteStartTransaction", {"idTag": "TAG-OK", "chargingProfile": {
            **PROFILE_16, "chargingProfilePurpose": "TxProfile"}},
        "RequestStartTransaction", {"idToken": {"idToken": "TAG-OK", "type": "ISO14443"},
                                    "chargingProfile": {**PROFILE_2X,
                                                        "chargingProfilePurpose": "TxProfile"}}),
    "remote-stop": ("RemoteStopTransaction", {"transactionId": "f3a9-77"},
                    "RequestStopTransaction", {"transactionId": "f3a9-77"}),
    "unlock-connector": ("UnlockConnector", {"connectorId": 2},
                         "UnlockConnector", {"evseId": 2, "connectorId": 1}),
    "change-availability-station": (
        "ChangeAvailability", {"connectorId": 0, "type": "Inoperative"},
        "ChangeAvailability", {"operationalStatus": "Inoperative"}),
    "change-availability-evse": (
        "ChangeAvailability", {"connectorId": 1, "type": "Operative"},
        "ChangeAvailability", {"operationalStatus": "Operative", "evse": {"id": 1}}),
    "trigger-message": (
        "TriggerMessage", {"requestedMessage": "StatusNotification", "connectorId": 1},
        "TriggerMessage", {"requestedMessage": "StatusNotification", "evse": {"id": 1}}),
    "trigger-diagnostics-status": (
        "TriggerMessage", {"requestedMessage": "DiagnosticsStatusNotification"},
        "TriggerMessage", {"requestedMessage": "LogStatusNotification"}),
    "set-charging-profile": (
        "SetChargingProfile", {"connectorId": 0, "csChargingProfiles": PROFILE_16},
        "SetChargingProfile", {"evseId": 0, "chargingProfile": PROFILE_2X}),
    "clear-charging-profile-by-id": ("ClearChargingProfile", {"id": 8},
                                     "ClearChargingProfile", {"chargingProfileId": 8}),
    "clear-charging-profile-by-criteria": (
        "ClearChargingProfile", {"connectorId": 1, "chargingProfilePurpose": "TxDefaultProfile",
                                 "stackLevel": 0},
        "ClearChargingProfile", {"chargingProfileCriteria": {
            "evseId": 1, "chargingProfilePurpose": "TxDefaultProfile", "stackLevel": 0}}),
    "clear-charging-profile-all": ("ClearChargingProfile", {}, "ClearChargingProfile", {}),
    "get-composite-schedule": (
        "GetCompositeSchedule", {"connectorId": 1, "duration": 3600, "chargingRateUnit": "A"},
        "GetCompositeSchedule", {"evseId": 1, "duration": 3600, "chargingRateUnit": "A"}),
    "get-diagnostics": (
        "GetDiagnostics", {"location": "ftp://logs.example/", "retries": 2, "retryInterval": 60,
                           "startTime": "2026-11-20T00:00:00Z",
                           "stopTime": "2026-11-23T00:00:00Z"},
        "GetLog", {"logType": "DiagnosticsLog", "retries": 2, "retryInterval": 60, "log": {
            "remoteLocation": "ftp://logs.example/", "oldestTimestamp": "2026-11-20T00:00:00Z",
            "latestTimestamp": "2026-11-23T00:00:00Z"}}),
    "update-firmware": (
        "UpdateFirmware", {"location": "https://fw.example/2.bin",
                           "retrieveDate": "2026-11-24T00:00:00Z", "retries": 3},
        "UpdateFirmware", {"retries": 3, "firmware": {
            "location": "https://fw.example/2.bin", "retrieveDateTime": "2026-11-24T00:00:00Z"}}),
    "reserve-now": (
        "ReserveNow", {"connectorId": 1, "expiryDate": "2026-11-24T00:00:00Z", "idTag": "TAG-OK",
                       "parentIdTag": "FLEET-1", "reservationId": 3},
        "ReserveNow", {"id": 3, "expiryDateTime": "2026-11-24T00:00:00Z", "evseId": 1,
                       "idToken": {"idToken": "TAG-OK", "type": "ISO14443"},
                       "groupIdToken": {"idToken": "FLEET-1", "type": "Central"}}),
    "cancel-reservation": ("CancelReservation", {"reservationId": 3},
                           "CancelReservation", {"reservationId": 3}),
    "send-local-list": (
        "SendLocalList", {"listVersion": 2, "updateType": "Differential",
                          "localAuthorizationList": [
                              {"idTag": "TAG-OK", "idTagInfo": {
                                  "status": "Accepted", "expiryDate": "2027-01-01T00:00:00Z",
                                  "parentIdTag": "FLEET-1"}},
                              {"idTag": "TAG-GONE"}]},
        "SendLocalList", {"versionNumber": 2, "updateType": "Differential",
                          "localAuthorizationList": [
                              {"idToken": {"idToken": "TAG-OK", "type": "ISO14443"},
                               "idTokenInfo": {
                                   "status": "Accepted",
                                   "cacheExpiryDateTime": "2027-01-01T00:00:00Z",
                                   "groupIdToken": {"idToken": "FLEET-1", "type": "Central"}}},
                              {"idToken": {"idToken": "TAG-GONE", "type": "ISO14443"}}]}),
    "send-empty-local-list": ("SendLocalList", {"listVersion": 3, "updateType": "Full",
                                                "localAuthorizationList": []},
                              "SendLocalList", {"versionNumber": 3, "updateType": "Full"}),
    "get-local-list-version": ("GetLocalListVersion", {}, "GetLocalListVersion", {}),
    "data-transfer": ("DataTransfer", {"vendorId": "acme", "messageId": "ping", "data": "1"},
                      "DataTransfer", {"vendorId": "acme", "messageId": "ping", "data": "1"}),
}

# 1.6 action, the 2.x reply -> the 1.6-shaped reply.
REPLIES: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "reset": ("Reset", {"status": "Accepted"}, {"status": "Accepted"}),
    "reset-scheduled": ("Reset", {"status": "Scheduled"},
                        {"status": "Accepted", "stationStatus": "Scheduled"}),
    "clear-cache": ("ClearCache", {"status": "Rejected", "statusInfo": {"reasonCode": "Busy"}},
                    {"status": "Rejected", "statusInfo": {"reasonCode": "Busy"}}),
    "get-configuration": ("GetConfiguration", {"getVariableResult": [
        {"attributeStatus": "Accepted", "attributeValue": "300",
         "component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}},
        {"attributeStatus": "Accepted", "component": {"name": "EVSE", "evse": {"id": 2}},
         "variable": {"name": "Power"}},
        {"attributeStatus": "UnknownVariable", "component": {"name": "OCPPCommCtrlr"},
         "variable": {"name": "Nope", "instance": "X"}}]}, {
        "configurationKey": [
            {"key": "OCPPCommCtrlr/HeartbeatInterval", "value": "300", "readonly": False},
            {"key": "EVSE#2/Power", "readonly": False}],
        "unknownKey": ["OCPPCommCtrlr/Nope(X)"]}),
    "get-configuration-report": ("GetConfiguration", {"status": "Accepted"},
                                 {"status": "Accepted"}),
    "change-configuration": ("ChangeConfiguration", {"setVariableResult": [
        {"attributeStatus": "RebootRequired", "component": {"name": "OCPPCommCtrlr"},
         "variable": {"name": "HeartbeatInterval"}}]}, {"status": "RebootRequired"}),
    "change-configuration-unknown": ("ChangeConfiguration", {"setVariableResult": [
        {"attributeStatus": "UnknownComponent", "component": {"name": "Nope"},
         "variable": {"name": "X"}, "attributeStatusInfo": {"reasonCode": "NoSuchComponent"}}]},
        {"status": "NotSupported", "stationStatus": "UnknownComponent",
         "statusInfo": {"reasonCode": "NoSuchComponent"}}),
    "remote-start": ("RemoteStartTransaction", {"status": "Accepted", "transactionId": "t-1"},
                     {"status": "Accepted", "ocppTransactionId": "t-1"}),
    "remote-stop": ("RemoteStopTransaction", {"status": "Rejected"}, {"status": "Rejected"}),
    "unlock-connector": ("UnlockConnector", {"status": "Unlocked"}, {"status": "Unlocked"}),
    "unlock-connector-busy": ("UnlockConnector", {"status": "OngoingAuthorizedTransaction"}, {
        "status": "UnlockFailed", "stationStatus": "OngoingAuthorizedTransaction"}),
    "change-availability": ("ChangeAvailability", {"status": "Scheduled"},
                            {"status": "Scheduled"}),
    "trigger-message": ("TriggerMessage", {"status": "NotImplemented"},
                        {"status": "NotImplemented"}),
    "set-charging-profile": ("SetChargingProfile", {"status": "Accepted"},
                             {"status": "Accepted"}),
    "clear-charging-profile": ("ClearChargingProfile", {"status": "Unknown"},
                               {"status": "Unknown"}),
    "get-composite-schedule": ("GetCompositeSchedule", {"status": "Accepted", "schedule": {
        "evseId": 1, "duration": 3600, "scheduleStart": "2026-11-24T00:00:00Z",
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0, "phaseToUse": 1}]}}, {
        "status": "Accepted", "connectorId": 1, "scheduleStart": "2026-11-24T00:00:00Z",
        "chargingSchedule": {"duration": 3600, "startSchedule": "2026-11-24T00:00:00Z",
                             "chargingRateUnit": "A",
                             "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}]}}),
    "get-composite-schedule-rejected": ("GetCompositeSchedule", {"status": "Rejected"},
                                        {"status": "Rejected"}),
    "get-diagnostics": ("GetDiagnostics", {"status": "Accepted", "filename": "diag.zip"},
                        {"status": "Accepted", "fileName": "diag.zip"}),
    "update-firmware": ("UpdateFirmware", {"status": "Accepted"}, {"status": "Accepted"}),
    "reserve-now": ("ReserveNow", {"status": "Occupied"}, {"status": "Occupied"}),
    "cancel-reservation": ("CancelReservation", {"status": "Accepted"}, {"status": "Accepted"}),
    "send-local-list": ("SendLocalList", {"status": "VersionMismatch"},
                        {"status": "VersionMismatch"}),
    "get-local-list-version": ("GetLocalListVersion", {"versionNumber": 2}, {"listVersion": 2}),
    "data-transfer": ("DataTransfer", {"status": "Accepted", "data": {"n": 1}},
                      {"status": "Accepted", "data": {"n": 1}}),
}

# The 2.x action each 1.6 command reply comes from (GetConfiguration: keys given or not).
REPLY_ACTIONS = {case[0]: REQUESTS[name][2] for name, case in REQUESTS.items()
                 if name != "get-configuration-all"} | {"GetConfiguration": "GetVariables"}


def without_drawn_ids(payload: Mapping[str, Any]) -> dict[str, Any]:
    for name in DRAWN:
        if name in payload:
            assert isinstance(payload[name], int) and 0 < payload[name] < 2**31
    return {k: v for k, v in payload.items() if k not in DRAWN}


async def no_transactions(transaction_id: int) -> str | None:
    return None


# ---- requests --------------------------------------------------------------------------------

@both_versions
async def test_every_gateway_command_reaches_a_2x_station(version: OcppVersion) -> None:
    translated = {case[0] for case in REQUESTS.values()}
    assert translated == set(COMMANDS.values())
    for action16, body16, _, _ in REQUESTS.values():
        action, payload = await to_station(version, action16, body16)
        decode_request(version, action, payload)


@both_versions
@pytest.mark.parametrize("case", list(REQUESTS))
async def test_request_is_translated(version: OcppVersion, case: str) -> None:
    action16, body16, expected_action, expected = REQUESTS[case]
    action, payload = await to_station(version, action16, body16)
    assert (action, without_drawn_ids(payload)) == (expected_action, expected)
    decode_request(version, action, payload)


@both_versions
async def test_random_ids_are_drawn_where_2x_needs_them(version: OcppVersion) -> None:
    _, start = await to_station(version, "RemoteStartTransaction", {"idTag": "T"})
    _, log = await to_station(version, "GetDiagnostics", {"location": "ftp://x/"})
    _, firmware = await to_station(version, "UpdateFirmware", {
        "location": "ftp://x/", "retrieveDate": "2026-11-24T00:00:00Z"})
    _, report = await to_station(version, "GetConfiguration", {"key": []})
    for payload, name in ((start, "remoteStartId"), (log, "requestId"),
                          (firmware, "requestId"), (report, "requestId")):
        without_drawn_ids(payload)
        assert name in payload


async def test_1_6_stations_get_commands_and_replies_unchanged() -> None:
    for action16, body16, _, _ in REQUESTS.values():
        if action16 == "RemoteStopTransaction":
            body16 = {"transactionId": 7}
        assert await to_station("ocpp1.6", action16, body16) == (action16, body16)
    reply = {"configurationKey": [{"key": "HeartbeatInterval", "readonly": False}]}
    assert from_station("ocpp1.6", "GetConfiguration", reply) == reply


@both_versions
async def test_a_2x_action_is_sent_as_it_is(version: OcppVersion) -> None:
    body = {"requestId": 5, "reportBase": "FullInventory"}
    assert await to_station(version, "GetBaseReport", body) == ("GetBaseReport", body)
    assert from_station(version, "GetBaseReport", {"status": "Accepted"}) == {
        "status": "Accepted"}


# ---- transaction ids -------------------------------------------------------------------------

@both_versions
async def test_integer_transaction_ids_are_resolved_to_the_station_s(
        version: OcppVersion) -> None:
    async def resolve(transaction_id: int) -> str | None:
        return {7: "f3a9-77"}.get(transaction_id)

    assert await to_station(version, "RemoteStopTransaction", {"transactionId": 7},
                            resolve_tx=resolve) == ("RequestStopTransaction",
                                                    {"transactionId": "f3a9-77"})
    profile = {**PROFILE_16, "chargingProfilePurpose": "TxProfile", "transactionId": 7}
    _, payload = await to_station(version, "SetChargingProfile",
                                  {"connectorId": 1, "csChargingProfiles": profile},
                                  resolve_tx=resolve)
    assert payload["chargingProfile"]["transactionId"] == "f3a9-77"
    with pytest.raises(NotFound):
        await to_station(version, "RemoteStopTransaction", {"transactionId": 8},
                         resolve_tx=resolve)
    with pytest.raises(InvalidInput) as caught:
        await to_station(version, "RemoteStopTransaction", {"transactionId": 7})
    assert caught.value.field == "transactionId"


async def test_the_resolver_only_knows_the_station_s_own_transactions(
        container: Container) -> None:
    tenant = await container.tenants.create("acme", "Acme")
    mine = await container.stations.add(tenant.id, "CS-MINE")
    other = await container.stations.add(tenant.id, "CS-OTHER")
    started = await container.sessions.start(mine, StartRequest(
        connector_id=1, evse_id=1, id_tag=None, meter_start_wh=0, at=utcnow(),
        ocpp_transaction_id="f3a9-77"))
    assert await transaction_resolver(container.sessions, mine)(
        started.transaction_id) == "f3a9-77"
    assert await transaction_resolver(container.sessions, other)(started.transaction_id) is None
    assert await transaction_resolver(container.sessions, mine)(10**9) is None


# ---- what cannot be translated ---------------------------------------------------------------

@both_versions
async def test_commands_without_a_2x_equivalent_are_not_supported(version: OcppVersion) -> None:
    with pytest.raises(NotSupported):
        await to_station(version, "SignedUpdateFirmware", {})
    with pytest.raises(NotSupported):
        await to_station(version, "NoSuchAction", {})
    with pytest.raises(NotSupported, match="MinimumStatusDuration"):
        await to_station(version, "ChangeConfiguration",
                         {"key": "MinimumStatusDuration", "value": "5"})
    with pytest.raises(NotSupported, match="NumberOfConnectors"):
        await to_station(version, "GetConfiguration",
                         {"key": ["HeartbeatInterval", "NumberOfConnectors"]})


@both_versions
async def test_bodies_that_do_not_fit_are_invalid_input(version: OcppVersion) -> None:
    with pytest.raises(InvalidInput) as missing:
        await to_station(version, "RemoteStartTransaction", {"connectorId": 1})
    assert missing.value.field == "idTag"
    with pytest.raises(InvalidInput) as wrong:
        await to_station(version, "Reset", {"type": "Warm"})
    assert wrong.value.field == "$.type"
    with pytest.raises(InvalidInput):
        await to_station("ocpp1.6", "Reset", {"type": "Warm"})


# ---- replies ---------------------------------------------------------------------------------

@both_versions
@pytest.mark.parametrize("case", list(REPLIES))
async def test_reply_is_translated_back(version: OcppVersion, case: str) -> None:
    action16, reply, expected = REPLIES[case]
    action = "GetBaseReport" if case == "get-configuration-report" else REPLY_ACTIONS[action16]
    decode_response(version, action, reply)
    assert from_station(version, action16, reply) == expected


async def test_every_command_has_a_reply_case() -> None:
    assert {case[0] for case in REPLIES.values()} == set(COMMANDS.values())
