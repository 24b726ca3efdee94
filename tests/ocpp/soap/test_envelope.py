"""Requests zeep builds from the official WSDLs, read and answered by us, answers read by zeep."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from lxml import etree
from zeep import Client, Plugin
from zeep.exceptions import Fault
from zeep.transports import Transport

from evserver.ocpp.soap import envelope, schema
from evserver.ocpp.soap.envelope import SoapFault, SoapRequest, build_fault, parse_request

# zeep reads the official files; the bundled copies (checked byte for byte) stand in elsewhere.
SHARED_WSDL_DIR = Path("/work/shared/ocpp/wsdl")
WSDL_DIR = SHARED_WSDL_DIR if SHARED_WSDL_DIR.is_dir() else Path(schema.__file__).parent / "wsdl"
# Published sizes and sha256 prefixes of the four WSDLs, as recorded when they were fetched.
OFFICIAL_WSDLS = {
    "OCPP_CentralSystemService_1.6.wsdl": (32_918, "7362c69bb8dcb62e"),
    "OCPP_ChargePointService_1.6.wsdl": (51_688, "f01cbe77d6f49e4d"),
    "ocpp_centralsystemservice_1.5_final.wsdl": (31_391, "ba518802906f205c"),
    "ocpp_chargepointservice_1.5_final.wsdl": (36_136, "cd9fa4b9a88cfa72"),
}
CS_WSDL = {
    "1.5": ("ocpp_centralsystemservice_1.5_final.wsdl", "urn://Ocpp/Cs/2012/06/"),
    "1.6": ("OCPP_CentralSystemService_1.6.wsdl", "urn://Ocpp/Cs/2015/10/"),
}
ENV = "{http://www.w3.org/2003/05/soap-envelope}"
WSA = "{http://www.w3.org/2005/08/addressing}"
STATION_URL = "http://10.0.0.7:8080/ocpp/CP-SOAP-1"
CSMS_URL = "http://csms.test/ocpp/acme"
NOW = "2024-05-01T10:00:00Z"


@dataclass
class Exchange:
    """What the loopback saw: requests we parsed, bytes we answered."""

    requests: list[SoapRequest] = field(default_factory=list)
    replies: list[bytes] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)


class WsaFrom(Plugin):
    """Add the station's callback address, which zeep does not write by itself."""

    def egress(self, env: Any, http_headers: Any, operation: Any, binding_options: Any) -> Any:
        header = env.find(f"{ENV}Header")
        sender = etree.SubElement(header, f"{WSA}From")
        etree.SubElement(sender, f"{WSA}Address").text = STATION_URL
        return env, http_headers


class Loopback(Transport):
    """Hand zeep's request bytes to our codec instead of the network."""

    def __init__(self, answer: Callable[[SoapRequest], dict[str, Any]], seen: Exchange) -> None:
        super().__init__()
        self.answer = answer
        self.seen = seen

    def post_xml(self, address: str, envelope_: Any, headers: Any) -> requests.Response:
        raw = etree.tostring(envelope_, xml_declaration=True, encoding="utf-8")
        try:
            request = parse_request(raw)
            self.seen.requests.append(request)
            status, body = (
                200,
                envelope.build_response(request, request.operation, self.answer(request)),
            )
        except SoapFault as fault:
            status, body = fault.http_status, build_fault(fault)
        self.seen.replies.append(body)
        self.seen.statuses.append(status)
        response = requests.Response()
        response.status_code = status
        response._content = body
        response.headers["Content-Type"] = envelope.CONTENT_TYPE
        response.encoding = "utf-8"
        return response


def station(version: str, answer: Callable[[SoapRequest], dict[str, Any]]) -> tuple[Any, Exchange]:
    """A zeep charge point wired to our codec."""
    name, namespace = CS_WSDL[version]
    seen = Exchange()
    client = Client(str(WSDL_DIR / name), transport=Loopback(answer, seen), plugins=[WsaFrom()])
    service = client.create_service(f"{{{namespace}}}CentralSystemServiceSoap", CSMS_URL)
    return service, seen


def call(service: Any, operation: str, **kwargs: Any) -> Any:
    return getattr(service, operation)(**kwargs, _soapheaders={"ChargeBoxIdentity": "CP-SOAP-1"})


ID_TAG_INFO = {"status": "Accepted", "expiryDate": "2030-01-01T00:00:00Z", "parentIdTag": "PARENT"}

# (operation, zeep kwargs per version, payload we expect, reply we give)
CASES: list[tuple[str, dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, Any]]] = [
    (
        "Authorize",
        {"1.5": {"idTag": "TAG1"}, "1.6": {"idTag": "TAG1"}},
        {"1.5": {"idTag": "TAG1"}, "1.6": {"idTag": "TAG1"}},
        {"idTagInfo": ID_TAG_INFO},
    ),
    (
        "BootNotification",
        {
            v: {
                "chargePointVendor": "zeep",
                "chargePointModel": "acceptance",
                "chargePointSerialNumber": "CPS-1",
                "chargeBoxSerialNumber": "CBS-1",
                "firmwareVersion": "1.2.3",
                "iccid": "8931",
                "imsi": "2620",
                "meterType": "ABB",
                "meterSerialNumber": "M-1",
            }
            for v in ("1.5", "1.6")
        },
        {
            v: {
                "chargePointVendor": "zeep",
                "chargePointModel": "acceptance",
                "chargePointSerialNumber": "CPS-1",
                "chargeBoxSerialNumber": "CBS-1",
                "firmwareVersion": "1.2.3",
                "iccid": "8931",
                "imsi": "2620",
                "meterType": "ABB",
                "meterSerialNumber": "M-1",
            }
            for v in ("1.5", "1.6")
        },
        {"status": "Accepted", "currentTime": NOW, "interval": 300},
    ),
    (
        "DataTransfer",
        {v: {"vendorId": "com.acme", "messageId": "hello", "data": "{}"} for v in ("1.5", "1.6")},
        {v: {"vendorId": "com.acme", "messageId": "hello", "data": "{}"} for v in ("1.5", "1.6")},
        {"status": "Accepted", "data": "ok"},
    ),
    (
        "DiagnosticsStatusNotification",
        {v: {"status": "Uploaded"} for v in ("1.5", "1.6")},
        {v: {"status": "Uploaded"} for v in ("1.5", "1.6")},
        {},
    ),
    (
        "FirmwareStatusNotification",
        {v: {"status": "Installed"} for v in ("1.5", "1.6")},
        {v: {"status": "Installed"} for v in ("1.5", "1.6")},
        {},
    ),
    ("Heartbeat", {"1.5": {}, "1.6": {}}, {"1.5": {}, "1.6": {}}, {"currentTime": NOW}),
    (
        "MeterValues",
        {
            "1.5": {
                "connectorId": 1,
                "transactionId": 42,
                "values": [
                    {
                        "timestamp": NOW,
                        "value": [
                            {"_value_1": "1500"},
                            {
                                "_value_1": "16",
                                "context": "Sample.Periodic",
                                "format": "Raw",
                                "measurand": "Current.Import",
                                "location": "Outlet",
                                "unit": "Amp",
                            },
                        ],
                    }
                ],
            },
            "1.6": {
                "connectorId": 1,
                "transactionId": 42,
                "meterValue": [
                    {
                        "timestamp": NOW,
                        "sampledValue": [
                            {"value": "1500"},
                            {
                                "value": "16",
                                "context": "Sample.Periodic",
                                "format": "Raw",
                                "measurand": "Current.Import",
                                "phase": "L1",
                                "location": "Outlet",
                                "unit": "A",
                            },
                        ],
                    }
                ],
            },
        },
        {
            "1.5": {
                "connectorId": 1,
                "transactionId": 42,
                "meterValue": [
                    {
                        "timestamp": NOW,
                        "sampledValue": [
                            {"value": "1500"},
                            {
                                "value": "16",
                                "context": "Sample.Periodic",
                                "format": "Raw",
                                "measurand": "Current.Import",
                                "location": "Outlet",
                                "unit": "A",
                            },
                        ],
                    }
                ],
            },
            "1.6": {
                "connectorId": 1,
                "transactionId": 42,
                "meterValue": [
                    {
                        "timestamp": NOW,
                        "sampledValue": [
                            {"value": "1500"},
                            {
                                "value": "16",
                                "context": "Sample.Periodic",
                                "format": "Raw",
                                "measurand": "Current.Import",
                                "phase": "L1",
                                "location": "Outlet",
                                "unit": "A",
                            },
                        ],
                    }
                ],
            },
        },
        {},
    ),
    (
        "StartTransaction",
        {
            v: {
                "connectorId": 2,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStart": 1000,
                "reservationId": 7,
            }
            for v in ("1.5", "1.6")
        },
        {
            v: {
                "connectorId": 2,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStart": 1000,
                "reservationId": 7,
            }
            for v in ("1.5", "1.6")
        },
        {"transactionId": 42, "idTagInfo": {"status": "Accepted"}},
    ),
    (
        "StatusNotification",
        {
            "1.5": {
                "connectorId": 1,
                "status": "Occupied",
                "errorCode": "Mode3Error",
                "info": "pilot",
                "timestamp": NOW,
                "vendorId": "acme",
                "vendorErrorCode": "E12",
            },
            "1.6": {
                "connectorId": 1,
                "status": "SuspendedEV",
                "errorCode": "NoError",
                "info": "waiting",
                "timestamp": NOW,
                "vendorId": "acme",
                "vendorErrorCode": "E0",
            },
        },
        {
            "1.5": {
                "connectorId": 1,
                "status": "Charging",
                "errorCode": "EVCommunicationError",
                "info": "pilot",
                "timestamp": NOW,
                "vendorId": "acme",
                "vendorErrorCode": "E12",
            },
            "1.6": {
                "connectorId": 1,
                "status": "SuspendedEV",
                "errorCode": "NoError",
                "info": "waiting",
                "timestamp": NOW,
                "vendorId": "acme",
                "vendorErrorCode": "E0",
            },
        },
        {},
    ),
    (
        "StopTransaction",
        {
            "1.5": {
                "transactionId": 42,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStop": 2500,
                "transactionData": [
                    {"values": [{"timestamp": NOW, "value": [{"_value_1": "2500", "unit": "Wh"}]}]}
                ],
            },
            "1.6": {
                "transactionId": 42,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStop": 2500,
                "reason": "EVDisconnected",
                "transactionData": [
                    {"timestamp": NOW, "sampledValue": [{"value": "2500", "unit": "Wh"}]}
                ],
            },
        },
        {
            "1.5": {
                "transactionId": 42,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStop": 2500,
                "transactionData": [
                    {"timestamp": NOW, "sampledValue": [{"value": "2500", "unit": "Wh"}]}
                ],
            },
            "1.6": {
                "transactionId": 42,
                "idTag": "TAG1",
                "timestamp": NOW,
                "meterStop": 2500,
                "reason": "EVDisconnected",
                "transactionData": [
                    {"timestamp": NOW, "sampledValue": [{"value": "2500", "unit": "Wh"}]}
                ],
            },
        },
        {"idTagInfo": {"status": "Accepted"}},
    ),
]


def test_bundled_wsdls_are_the_official_files() -> None:
    for (service, version), name in schema.WSDL_FILES.items():
        data = schema.wsdl_bytes(service, version)
        assert (len(data), hashlib.sha256(data).hexdigest()[:16]) == OFFICIAL_WSDLS[name]


def test_every_central_system_operation_is_covered() -> None:
    for version in ("1.5", "1.6"):
        assert set(schema.load("cs", version).operations) == {case[0] for case in CASES}


@pytest.mark.parametrize("version", ["1.5", "1.6"])
@pytest.mark.parametrize(
    ("operation", "sent", "expected", "reply"), CASES, ids=[c[0] for c in CASES]
)
def test_zeep_station_round_trip(
    version: str,
    operation: str,
    sent: dict[str, dict[str, Any]],
    expected: dict[str, dict[str, Any]],
    reply: dict[str, Any],
) -> None:
    service, seen = station(version, lambda request: reply)

    result = call(service, operation, **sent[version])

    request = seen.requests[0]
    assert (request.version, request.operation) == (version, operation)
    assert request.charge_box_identity == "CP-SOAP-1"
    assert request.action == f"/{operation}"
    assert request.to == CSMS_URL
    assert request.from_address == STATION_URL
    assert request.message_id is not None and request.message_id.startswith("urn:uuid:")
    assert request.payload == expected[version]
    assert seen.statuses == [200]
    answer = etree.fromstring(seen.replies[0])
    assert answer.findtext(f"{ENV}Header/{WSA}RelatesTo") == request.message_id
    assert answer.findtext(f"{ENV}Header/{WSA}Action") == f"/{operation}Response"
    if len(reply) == 1:
        # zeep unwraps a reply with a single element into that element's value.
        result = {next(iter(reply)): result}
    for key, value in reply.items():
        if key == "interval" and version == "1.5":
            key = "heartbeatInterval"
        if key == "idTagInfo":
            assert result[key]["status"] == value["status"]
        elif key == "currentTime":
            assert result[key].isoformat() == "2024-05-01T10:00:00+00:00"
        else:
            assert result[key] == value


def test_boot_notification_reply_names_the_interval_per_version() -> None:
    reply = {"status": "Accepted", "currentTime": NOW, "interval": 300}
    for version, name in (("1.5", "heartbeatInterval"), ("1.6", "interval")):
        service, seen = station(version, lambda request: reply)
        result = call(service, "BootNotification", chargePointVendor="v", chargePointModel="m")
        assert result[name] == 300
        body = etree.fromstring(seen.replies[0]).find(f"{ENV}Body")
        assert body is not None
        assert [etree.QName(child).localname for child in body[0]] == [
            "status",
            "currentTime",
            name,
        ]


def test_pending_registration_is_rejected_in_1_5() -> None:
    service, _ = station(
        "1.5", lambda request: {"status": "Pending", "currentTime": NOW, "interval": 60}
    )
    result = call(service, "BootNotification", chargePointVendor="v", chargePointModel="m")
    assert result["status"] == "Rejected"


@pytest.mark.parametrize("version", ["1.5", "1.6"])
def test_bad_enumeration_value_is_a_sender_fault_zeep_can_read(version: str) -> None:
    service, seen = station(version, lambda request: {})

    with pytest.raises(Fault) as caught:
        call(service, "StatusNotification", connectorId=1, status="NotAStatus", errorCode="NoError")

    assert seen.statuses == [400]
    assert caught.value.code == "env:Sender"
    assert caught.value.message.startswith(
        "StatusNotification: element 'status' has value 'NotAStatus', expected one of: Available"
    )


def test_our_own_bad_reply_is_a_receiver_fault() -> None:
    service, seen = station("1.6", lambda request: {"currentTime": "not a date"})

    with pytest.raises(Fault) as caught:
        call(service, "Heartbeat")

    assert seen.statuses == [500]
    assert caught.value.code == "env:Receiver"
    assert "currentTime" in caught.value.message


class Captured(Exception):
    """Stops zeep once it has written its request."""

    def __init__(self, envelope_: etree._Element) -> None:
        super().__init__("captured")
        self.envelope = envelope_


class Capture(Transport):
    def post_xml(self, address: str, envelope_: Any, headers: Any) -> requests.Response:
        raise Captured(envelope_)


def zeep_envelope(version: str, operation: str, **kwargs: Any) -> etree._Element:
    """A request exactly as zeep sends it, to be tampered with."""
    name, namespace = CS_WSDL[version]
    client = Client(str(WSDL_DIR / name), transport=Capture(), plugins=[WsaFrom()])
    service = client.create_service(f"{{{namespace}}}CentralSystemServiceSoap", CSMS_URL)
    with pytest.raises(Captured) as caught:
        call(service, operation, **kwargs)
    return caught.value.envelope


def fault_of(raw: bytes) -> SoapFault:
    with pytest.raises(SoapFault) as caught:
        parse_request(raw)
    return caught.value


def boot_request(version: str = "1.6") -> etree._Element:
    return zeep_envelope(version, "BootNotification", chargePointVendor="v", chargePointModel="m")


def test_not_xml() -> None:
    fault = fault_of(b"this is not xml")
    assert (fault.code, fault.http_status) == ("Sender", 400)
    assert fault.reason.startswith("not well-formed XML")


def test_soap_11_envelope_is_a_version_mismatch() -> None:
    raw = (
        b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        b'<b:heartbeatRequest xmlns:b="urn://Ocpp/Cs/2015/10/"/></s:Body></s:Envelope>'
    )
    fault = fault_of(raw)
    assert (fault.code, fault.http_status) == ("VersionMismatch", 500)
    assert "SOAP 1.1" in fault.reason
    answer = etree.fromstring(build_fault(fault))
    assert answer.find(f"{ENV}Header/{ENV}Upgrade/{ENV}SupportedEnvelope") is not None
    assert answer.findtext(f"{ENV}Body/{ENV}Fault/{ENV}Code/{ENV}Value") == "env:VersionMismatch"


def test_root_is_not_an_envelope() -> None:
    fault = fault_of(b"<hello/>")
    assert (fault.code, fault.reason) == ("Sender", "not a SOAP envelope: root element is 'hello'")


def test_unknown_operation() -> None:
    env = boot_request()
    body = env.find(f"{ENV}Body")
    assert body is not None
    body[0].tag = "{urn://Ocpp/Cs/2015/10/}launchRocketRequest"
    fault = fault_of(etree.tostring(env))
    assert fault.code == "Sender"
    assert (
        fault.reason
        == "unknown operation 'launchRocketRequest' for the OCPP 1.6 CentralSystemService"
    )
    assert fault.relates_to is not None


def test_charge_point_namespace_is_refused() -> None:
    raw = (
        b'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>'
        b'<c:resetRequest xmlns:c="urn://Ocpp/Cp/2015/10/"><c:type>Soft</c:type></c:resetRequest>'
        b"</e:Body></e:Envelope>"
    )
    fault = fault_of(raw)
    assert fault.code == "Sender"
    assert "ChargePointService namespace" in fault.reason


def test_unknown_namespace_names_the_known_ones() -> None:
    raw = (
        b'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>'
        b'<c:heartbeatRequest xmlns:c="urn://Ocpp/Cs/2010/08/"/></e:Body></e:Envelope>'
    )
    fault = fault_of(raw)
    assert "urn://Ocpp/Cs/2010/08/" in fault.reason
    assert "'urn://Ocpp/Cs/2015/10/' (1.6)" in fault.reason


def test_missing_charge_box_identity() -> None:
    env = boot_request()
    header = env.find(f"{ENV}Header")
    assert header is not None
    header.remove(header[0])
    fault = fault_of(etree.tostring(env))
    assert (fault.code, fault.http_status, fault.reason) == (
        "Sender",
        400,
        "missing chargeBoxIdentity header",
    )
    answer = etree.fromstring(build_fault(fault))
    assert answer.findtext(f"{ENV}Header/{WSA}RelatesTo") == fault.relates_to
    assert answer.findtext(f"{ENV}Body/{ENV}Fault/{ENV}Reason/{ENV}Text") == fault.reason


@pytest.mark.parametrize("version", ["1.5", "1.6"])
def test_missing_required_element(version: str) -> None:
    env = boot_request(version)
    body = env.find(f"{ENV}Body")
    assert body is not None
    request = body[0]
    request.remove(request[1])
    fault = fault_of(etree.tostring(env))
    assert (fault.code, fault.reason) == (
        "Sender",
        "BootNotification: element 'chargePointModel' is missing",
    )


def test_wrong_type_and_too_long_values() -> None:
    env = zeep_envelope(
        "1.6", "StartTransaction", connectorId=1, idTag="T", timestamp=NOW, meterStart=0
    )
    body = env.find(f"{ENV}Body")
    assert body is not None
    body[0][0].text = "one"
    assert fault_of(etree.tostring(env)).reason == (
        "StartTransaction: element 'connectorId' has value 'one', which is not a valid int"
    )
    body[0][0].text = "1"
    body[0][1].text = "X" * 21
    assert fault_of(etree.tostring(env)).reason == (
        "StartTransaction: element 'idTag' is 21 characters long, at most 20 allowed"
    )


def test_unqualified_child_is_not_expected() -> None:
    env = boot_request()
    body = env.find(f"{ENV}Body")
    assert body is not None
    body[0][0].tag = "chargePointVendor"
    assert fault_of(etree.tostring(env)).reason == (
        "BootNotification: element 'chargePointVendor' is not expected here "
        "(expected 'chargePointVendor')"
    )


def test_action_must_match_the_body() -> None:
    env = boot_request()
    action = env.find(f"{ENV}Header/{WSA}Action")
    assert action is not None
    action.text = "/Heartbeat"
    fault = fault_of(etree.tostring(env))
    assert (
        fault.reason
        == "wsa:Action '/Heartbeat' does not match the body, a BootNotification request"
    )


def test_unknown_must_understand_header() -> None:
    env = boot_request()
    header = env.find(f"{ENV}Header")
    assert header is not None
    block = etree.SubElement(header, "{urn:example}Security")
    block.set(f"{ENV}mustUnderstand", "true")
    fault = fault_of(etree.tostring(env))
    assert (fault.code, fault.http_status) == ("MustUnderstand", 500)


def test_body_with_two_elements() -> None:
    env = boot_request()
    body = env.find(f"{ENV}Body")
    assert body is not None
    body.append(etree.Element("{urn://Ocpp/Cs/2015/10/}heartbeatRequest"))
    assert fault_of(etree.tostring(env)).reason == "the SOAP Body holds 2 elements instead of one"


def test_billion_laughs_is_refused() -> None:
    raw = (
        b'<?xml version="1.0"?><!DOCTYPE e:Envelope [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>&c;</e:Body>'
        b"</e:Envelope>"
    )
    fault = fault_of(raw)
    assert (fault.code, fault.http_status) == ("Sender", 400)
    assert "document type declarations are not allowed" in fault.reason


def test_external_entity_is_refused() -> None:
    raw = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY id SYSTEM "file:///etc/hostname">]>'
        b'<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Header>'
        b'<c:chargeBoxIdentity xmlns:c="urn://Ocpp/Cs/2015/10/">&id;</c:chargeBoxIdentity>'
        b'</e:Header><e:Body><c:heartbeatRequest xmlns:c="urn://Ocpp/Cs/2015/10/"/></e:Body>'
        b"</e:Envelope>"
    )
    assert "document type declarations" in fault_of(raw).reason


def test_oversize_body_is_refused_before_parsing() -> None:
    env = zeep_envelope("1.6", "DataTransfer", vendorId="v", data="x" * 600_000)
    fault = fault_of(etree.tostring(env))
    assert (fault.code, fault.http_status) == ("Sender", 413)
    with pytest.raises(SoapFault):
        parse_request(etree.tostring(boot_request()), max_bytes=100)


def test_fault_envelope_shape() -> None:
    raw = build_fault(SoapFault("Receiver", "database unavailable", relates_to="urn:uuid:1"))
    answer = etree.fromstring(raw)
    assert answer.tag == f"{ENV}Envelope"
    assert answer.findtext(f"{ENV}Header/{WSA}Action") == (
        "http://www.w3.org/2005/08/addressing/soap/fault"
    )
    assert answer.findtext(f"{ENV}Header/{WSA}RelatesTo") == "urn:uuid:1"
    fault = answer.find(f"{ENV}Body/{ENV}Fault")
    assert fault is not None
    assert fault.findtext(f"{ENV}Code/{ENV}Value") == "env:Receiver"
    text = fault.find(f"{ENV}Reason/{ENV}Text")
    assert text is not None and text.text == "database unavailable"
    assert text.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_reply_address_falls_back_to_reply_to() -> None:
    env = boot_request()
    header = env.find(f"{ENV}Header")
    assert header is not None
    sender = header.find(f"{WSA}From")
    assert sender is not None
    sender.tag = f"{WSA}ReplyTo"
    assert parse_request(etree.tostring(env)).from_address == STATION_URL
    address = sender.find(f"{WSA}Address")
    assert address is not None
    address.text = "http://www.w3.org/2005/08/addressing/anonymous"
    assert parse_request(etree.tostring(env)).from_address is None
