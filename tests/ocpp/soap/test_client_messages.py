"""Our ChargePointService calls read by zeep's CP binding, and zeep-written replies read by us."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from zeep import Client
from zeep.helpers import serialize_object

from evserver.ocpp.soap import schema
from evserver.ocpp.soap.client_messages import (
    InvalidCallResponseError,
    StationFaultError,
    build_call,
    call_content_type,
    parse_call_response,
)
from evserver.ocpp.soap.convert import PayloadError, UnsupportedOperationError
from evserver.ocpp.soap.envelope import SoapFault, build_fault

# zeep reads the official files; the bundled copies (checked byte for byte) stand in elsewhere.
SHARED_WSDL_DIR = Path("/work/shared/ocpp/wsdl")
WSDL_DIR = SHARED_WSDL_DIR if SHARED_WSDL_DIR.is_dir() else Path(schema.__file__).parent / "wsdl"
CP_WSDL = {
    "1.5": ("ocpp_chargepointservice_1.5_final.wsdl", "urn://Ocpp/Cp/2012/06/"),
    "1.6": ("OCPP_ChargePointService_1.6.wsdl", "urn://Ocpp/Cp/2015/10/"),
}
ENV = "{http://www.w3.org/2003/05/soap-envelope}"
WSA = "{http://www.w3.org/2005/08/addressing}"
STATION_URL = "http://10.0.0.7:8080/ocpp/CP-SOAP-1"
CSMS_URL = "http://csms.test/ocpp/acme"
T1 = "2024-05-01T10:00:00Z"
T2 = "2024-05-01T12:00:00Z"

SCHEDULE = {
    "duration": 3600,
    "startSchedule": T1,
    "chargingRateUnit": "A",
    "chargingSchedulePeriod": [
        {"startPeriod": 0, "limit": 16.0},
        {"startPeriod": 1800, "limit": 8.5, "numberPhases": 3},
    ],
    "minChargingRate": 6.0,
}
PROFILE = {
    "chargingProfileId": 9,
    "transactionId": 42,
    "stackLevel": 1,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Absolute",
    "validFrom": T1,
    "validTo": T2,
    "chargingSchedule": SCHEDULE,
}

# operation -> (1.6-shaped request, zeep kwargs of the station's reply, 1.6-shaped reply we expect)
CALLS: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "CancelReservation": ({"reservationId": 3}, {"status": "Accepted"}, {"status": "Accepted"}),
    "ChangeAvailability": (
        {"connectorId": 1, "type": "Inoperative"},
        {"status": "Scheduled"},
        {"status": "Scheduled"},
    ),
    "ChangeConfiguration": (
        {"key": "HeartbeatInterval", "value": "300"},
        {"status": "Accepted"},
        {"status": "Accepted"},
    ),
    "ClearCache": ({}, {"status": "Rejected"}, {"status": "Rejected"}),
    "DataTransfer": (
        {"vendorId": "com.acme", "messageId": "ping", "data": "{}"},
        {"status": "Accepted", "data": "pong"},
        {"status": "Accepted", "data": "pong"},
    ),
    "GetConfiguration": (
        {"key": ["HeartbeatInterval", "Nope"]},
        {
            "configurationKey": [
                {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
                {"key": "NumberOfConnectors", "readonly": True},
            ],
            "unknownKey": ["Nope"],
        },
        {
            "configurationKey": [
                {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
                {"key": "NumberOfConnectors", "readonly": True},
            ],
            "unknownKey": ["Nope"],
        },
    ),
    "GetDiagnostics": (
        {
            "location": "ftp://logs.test/up",
            "startTime": T1,
            "stopTime": T2,
            "retries": 3,
            "retryInterval": 60,
        },
        {"fileName": "diag.zip"},
        {"fileName": "diag.zip"},
    ),
    "GetLocalListVersion": ({}, {"listVersion": 12}, {"listVersion": 12}),
    "RemoteStartTransaction": (
        {"connectorId": 1, "idTag": "TAG1"},
        {"status": "Accepted"},
        {"status": "Accepted"},
    ),
    "RemoteStopTransaction": (
        {"transactionId": 42},
        {"status": "Rejected"},
        {"status": "Rejected"},
    ),
    "ReserveNow": (
        {
            "connectorId": 1,
            "expiryDate": T2,
            "idTag": "TAG1",
            "parentIdTag": "PARENT",
            "reservationId": 3,
        },
        {"status": "Occupied"},
        {"status": "Occupied"},
    ),
    "Reset": ({"type": "Soft"}, {"status": "Accepted"}, {"status": "Accepted"}),
    "SendLocalList": (
        {
            "listVersion": 13,
            "updateType": "Differential",
            "localAuthorizationList": [
                {"idTag": "TAG1", "idTagInfo": {"status": "Accepted", "expiryDate": T2}},
                {"idTag": "TAG2"},
            ],
        },
        {"status": "Accepted"},
        {"status": "Accepted"},
    ),
    "UnlockConnector": ({"connectorId": 2}, {"status": "Unlocked"}, {"status": "Unlocked"}),
    "UpdateFirmware": (
        {
            "location": "https://fw.test/1.2.bin",
            "retrieveDate": T1,
            "retries": 2,
            "retryInterval": 30,
        },
        {},
        {},
    ),
    "ClearChargingProfile": (
        {"id": 9, "connectorId": 1, "chargingProfilePurpose": "TxProfile", "stackLevel": 1},
        {"status": "Unknown"},
        {"status": "Unknown"},
    ),
    "GetCompositeSchedule": (
        {"connectorId": 1, "duration": 3600, "chargingRateUnit": "W"},
        {"status": "Accepted", "connectorId": 1, "scheduleStart": T1, "chargingSchedule": SCHEDULE},
        {"status": "Accepted", "connectorId": 1, "scheduleStart": T1, "chargingSchedule": SCHEDULE},
    ),
    "SetChargingProfile": (
        {"connectorId": 1, "csChargingProfiles": PROFILE},
        {"status": "NotSupported"},
        {"status": "NotSupported"},
    ),
    "TriggerMessage": (
        {"requestedMessage": "StatusNotification", "connectorId": 1},
        {"status": "NotImplemented"},
        {"status": "NotImplemented"},
    ),
}
ONLY_16 = {"ClearChargingProfile", "GetCompositeSchedule", "SetChargingProfile", "TriggerMessage"}
# 1.5 names a few things differently on the wire; the 1.6 dict stays the same.
WIRE_15 = {
    "SendLocalList": ("localAuthorizationList", "localAuthorisationList"),
}
REPLY_15 = {"UnlockConnector": {"status": "Accepted"}}


@cache
def binding(version: str) -> Any:
    name, namespace = CP_WSDL[version]
    client = Client(str(WSDL_DIR / name))
    return client.create_service(f"{{{namespace}}}ChargePointServiceSoap", STATION_URL)._binding


def plain(value: Any) -> Any:
    """zeep values as JSON-like data: absent fields dropped, datetimes as ISO strings."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, Decimal):
        return float(value)
    return value


def cases(version: str) -> list[str]:
    return [name for name in CALLS if version == "1.6" or name not in ONLY_16]


def test_every_charge_point_operation_is_covered() -> None:
    for version in ("1.5", "1.6"):
        assert set(schema.load("cp", version).operations) == set(cases(version))


@pytest.mark.parametrize(
    ("version", "operation"),
    [(version, name) for version in ("1.5", "1.6") for name in cases(version)],
)
def test_zeep_reads_our_call(version: str, operation: str) -> None:
    payload = CALLS[operation][0]

    message_id, raw = build_call(version, operation, payload, "CP-SOAP-1", STATION_URL, CSMS_URL)

    envelope = etree.fromstring(raw)
    assert envelope.findtext(f"{ENV}Header/{WSA}Action") == f"/{operation}"
    assert envelope.findtext(f"{ENV}Header/{WSA}MessageID") == message_id
    assert envelope.findtext(f"{ENV}Header/{WSA}To") == STATION_URL
    assert envelope.findtext(f"{ENV}Header/{WSA}From/{WSA}Address") == CSMS_URL
    read = binding(version).get(operation).input.deserialize(envelope)
    assert read.header.ChargeBoxIdentity == "CP-SOAP-1"
    body = plain(serialize_object(read.body, dict)) or {}
    expected = dict(payload)
    if version == "1.5" and operation in WIRE_15:
        ours, theirs = WIRE_15[operation]
        expected[theirs] = expected.pop(ours)
    assert body == expected


@pytest.mark.parametrize(
    ("version", "operation"),
    [(version, name) for version in ("1.5", "1.6") for name in cases(version)],
)
def test_we_read_zeeps_reply(version: str, operation: str) -> None:
    _, sent, expected = CALLS[operation]
    if version == "1.5":
        sent = REPLY_15.get(operation, sent)
    message_id, _ = build_call(
        version, operation, CALLS[operation][0], "CP-SOAP-1", STATION_URL, CSMS_URL
    )
    reply = binding(version).get(operation).output.serialize(**sent)
    raw = etree.tostring(reply.content, xml_declaration=True, encoding="utf-8")

    assert parse_call_response(version, operation, raw, message_id=message_id) == expected


def test_charging_profile_limits_are_written_as_decimals() -> None:
    _, raw = build_call(
        "1.6", "SetChargingProfile", CALLS["SetChargingProfile"][0], "CP", STATION_URL, CSMS_URL
    )
    limits = etree.fromstring(raw).iter("{urn://Ocpp/Cp/2015/10/}limit")
    assert [limit.text for limit in limits] == ["16.0", "8.5"]


def test_1_6_only_operations_are_refused_for_1_5() -> None:
    with pytest.raises(UnsupportedOperationError) as caught:
        build_call("1.5", "TriggerMessage", {"requestedMessage": "Heartbeat"}, "CP", "a", "b")
    assert (
        str(caught.value) == "TriggerMessage is not an operation of the OCPP 1.5 ChargePointService"
    )


def test_1_6_only_fields_are_refused_for_1_5() -> None:
    payload = {"idTag": "TAG1", "chargingProfile": PROFILE}
    with pytest.raises(PayloadError) as caught:
        build_call("1.5", "RemoteStartTransaction", payload, "CP", "a", "b")
    assert caught.value.reason == "RemoteStartTransaction: unknown field 'chargingProfile'"


def test_payload_that_breaks_the_schema_is_refused() -> None:
    with pytest.raises(PayloadError) as caught:
        build_call("1.6", "Reset", {"type": "Gentle"}, "CP", "a", "b")
    assert caught.value.reason.startswith("Reset: element 'type' has value 'Gentle'")
    with pytest.raises(PayloadError) as caught:
        build_call("1.6", "ChangeAvailability", {"connectorId": 1}, "CP", "a", "b")
    assert caught.value.reason == "ChangeAvailability: element 'type' is missing"


def test_station_fault_is_raised() -> None:
    raw = build_fault(SoapFault("Sender", "connector 9 does not exist"))
    with pytest.raises(StationFaultError) as caught:
        parse_call_response("1.6", "UnlockConnector", raw)
    assert (caught.value.code, caught.value.reason) == ("Sender", "connector 9 does not exist")


def test_reply_to_another_message_is_refused() -> None:
    reply = binding("1.6").get("Reset").output.serialize(status="Accepted")
    header = etree.SubElement(reply.content, f"{ENV}Header")
    reply.content.insert(0, header)
    etree.SubElement(header, f"{WSA}RelatesTo").text = "urn:uuid:other"
    raw = etree.tostring(reply.content)
    assert parse_call_response("1.6", "Reset", raw) == {"status": "Accepted"}
    with pytest.raises(InvalidCallResponseError) as caught:
        parse_call_response("1.6", "Reset", raw, message_id="urn:uuid:ours")
    assert "urn:uuid:other" in caught.value.reason


def test_reply_for_another_operation_is_refused() -> None:
    reply = binding("1.6").get("ClearCache").output.serialize(status="Accepted")
    with pytest.raises(InvalidCallResponseError) as caught:
        parse_call_response("1.6", "Reset", etree.tostring(reply.content))
    assert caught.value.reason.startswith("expected resetResponse")


def test_invalid_reply_is_refused() -> None:
    reply = binding("1.6").get("Reset").output.serialize(status="Maybe")
    with pytest.raises(InvalidCallResponseError) as caught:
        parse_call_response("1.6", "Reset", etree.tostring(reply.content))
    assert caught.value.reason.startswith("Reset: element 'status' has value 'Maybe'")


def test_unreadable_reply_is_refused() -> None:
    for raw in (b"<html>502 Bad Gateway", b"<html/>"):
        with pytest.raises(InvalidCallResponseError):
            parse_call_response("1.6", "Reset", raw)


def test_1_5_local_list_hash_error_reads_as_failed() -> None:
    reply = binding("1.5").get("SendLocalList").output.serialize(status="HashError", hash="abc")
    raw = etree.tostring(reply.content)
    assert parse_call_response("1.5", "SendLocalList", raw) == {"status": "Failed"}


def test_1_5_unlock_rejected_reads_as_unlock_failed() -> None:
    reply = binding("1.5").get("UnlockConnector").output.serialize(status="Rejected")
    raw = etree.tostring(reply.content)
    assert parse_call_response("1.5", "UnlockConnector", raw) == {"status": "UnlockFailed"}


def test_content_type_carries_the_action() -> None:
    assert call_content_type("1.6", "Reset") == (
        'application/soap+xml; charset=utf-8; action="/Reset"'
    )
