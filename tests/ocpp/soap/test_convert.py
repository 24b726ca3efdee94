"""Bodies to 1.6-shaped dicts and back, with the 1.5 differences and the XSD's element order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from lxml import etree

from evserver.ocpp.soap import convert, schema

CS15 = "urn://Ocpp/Cs/2012/06/"
CS16 = "urn://Ocpp/Cs/2015/10/"
CP15 = "urn://Ocpp/Cp/2012/06/"
CP16 = "urn://Ocpp/Cp/2015/10/"


def body(namespace: str, xml: str) -> etree._Element:
    """A body element written with the `o:` prefix, checked against its XSD like a request."""
    element = etree.fromstring(f'<wrap xmlns:o="{namespace}">{xml}</wrap>')[0]
    service = schema.find_by_namespace("cs", namespace)
    assert service is not None
    schema.validate(service, element)
    return element


def children(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element]


def test_1_5_meter_values_become_sampled_values() -> None:
    element = body(
        CS15,
        """<o:meterValuesRequest><o:connectorId>2</o:connectorId><o:transactionId>7</o:transactionId>
        <o:values><o:timestamp>2024-05-01T10:00:00+02:00</o:timestamp>
          <o:value>1500</o:value>
          <o:value context="Sample.Clock" measurand="Voltage" unit="Volt">231.5</o:value>
          <o:value measurand="Current.Import" location="Inlet" unit="Amp" format="Raw">16</o:value>
        </o:values>
        <o:values><o:timestamp>2024-05-01T10:15:00+02:00</o:timestamp><o:value>1700</o:value></o:values>
        </o:meterValuesRequest>""",
    )

    assert convert.cs_request_to_dict("1.5", "MeterValues", element) == {
        "connectorId": 2,
        "transactionId": 7,
        "meterValue": [
            {
                "timestamp": "2024-05-01T10:00:00+02:00",
                "sampledValue": [
                    {"value": "1500"},
                    {
                        "value": "231.5",
                        "context": "Sample.Clock",
                        "measurand": "Voltage",
                        "unit": "V",
                    },
                    {
                        "value": "16",
                        "format": "Raw",
                        "measurand": "Current.Import",
                        "location": "Inlet",
                        "unit": "A",
                    },
                ],
            },
            {"timestamp": "2024-05-01T10:15:00+02:00", "sampledValue": [{"value": "1700"}]},
        ],
    }


def test_meter_values_without_samples_still_carry_the_list() -> None:
    for namespace, version in ((CS15, "1.5"), (CS16, "1.6")):
        element = body(
            namespace,
            "<o:meterValuesRequest><o:connectorId>1</o:connectorId></o:meterValuesRequest>",
        )
        assert convert.cs_request_to_dict(version, "MeterValues", element) == {
            "connectorId": 1,
            "meterValue": [],
        }


def test_1_5_stop_transaction_data_is_flattened() -> None:
    element = body(
        CS15,
        """<o:stopTransactionRequest><o:transactionId>7</o:transactionId>
        <o:timestamp>2024-05-01T11:00:00Z</o:timestamp><o:meterStop>2000</o:meterStop>
        <o:transactionData><o:values><o:timestamp>2024-05-01T10:00:00Z</o:timestamp>
          <o:value context="Transaction.Begin">1000</o:value></o:values></o:transactionData>
        <o:transactionData><o:values><o:timestamp>2024-05-01T11:00:00Z</o:timestamp>
          <o:value context="Transaction.End">2000</o:value></o:values></o:transactionData>
        </o:stopTransactionRequest>""",
    )

    assert convert.cs_request_to_dict("1.5", "StopTransaction", element) == {
        "transactionId": 7,
        "timestamp": "2024-05-01T11:00:00Z",
        "meterStop": 2000,
        "transactionData": [
            {
                "timestamp": "2024-05-01T10:00:00Z",
                "sampledValue": [{"value": "1000", "context": "Transaction.Begin"}],
            },
            {
                "timestamp": "2024-05-01T11:00:00Z",
                "sampledValue": [{"value": "2000", "context": "Transaction.End"}],
            },
        ],
    }


def test_1_5_status_names_become_1_6_names() -> None:
    element = body(
        CS15,
        """<o:statusNotificationRequest><o:connectorId>1</o:connectorId><o:status>Occupied</o:status>
        <o:errorCode>Mode3Error</o:errorCode></o:statusNotificationRequest>""",
    )
    assert convert.cs_request_to_dict("1.5", "StatusNotification", element) == {
        "connectorId": 1,
        "status": "Charging",
        "errorCode": "EVCommunicationError",
    }


def test_strings_keep_their_whitespace_numbers_do_not() -> None:
    element = body(
        CS16,
        """<o:dataTransferRequest><o:vendorId>acme</o:vendorId><o:data>  spaced  </o:data>
        </o:dataTransferRequest>""",
    )
    assert convert.cs_request_to_dict("1.6", "DataTransfer", element)["data"] == "  spaced  "
    element = body(
        CS16, "<o:meterValuesRequest><o:connectorId> 3 </o:connectorId></o:meterValuesRequest>"
    )
    assert convert.cs_request_to_dict("1.6", "MeterValues", element)["connectorId"] == 3


def test_reply_is_written_in_schema_order_whatever_the_dict_order() -> None:
    element = convert.cs_response_to_element(
        "1.6",
        "StartTransaction",
        {
            "idTagInfo": {
                "parentIdTag": "P",
                "expiryDate": "2030-01-01T00:00:00Z",
                "status": "Blocked",
            },
            "transactionId": 5,
        },
    )
    assert children(element) == ["transactionId", "idTagInfo"]
    assert children(element[1]) == ["status", "expiryDate", "parentIdTag"]
    assert element.tag == f"{{{CS16}}}startTransactionResponse"


def test_1_5_send_local_list_order_differs_from_1_6() -> None:
    payload = {
        "localAuthorizationList": [{"idTag": "T"}],
        "updateType": "Full",
        "listVersion": 2,
    }
    assert children(convert.cp_request_to_element("1.6", "SendLocalList", payload)) == [
        "listVersion",
        "localAuthorizationList",
        "updateType",
    ]
    assert children(convert.cp_request_to_element("1.5", "SendLocalList", payload)) == [
        "updateType",
        "listVersion",
        "localAuthorisationList",
    ]


def test_1_5_boot_reply_uses_heartbeat_interval() -> None:
    reply = {"status": "Pending", "currentTime": "2024-05-01T10:00:00Z", "interval": 30}
    element = convert.cs_response_to_element("1.5", "BootNotification", reply)
    assert [(etree.QName(child).localname, child.text) for child in element] == [
        ("status", "Rejected"),
        ("currentTime", "2024-05-01T10:00:00Z"),
        ("heartbeatInterval", "30"),
    ]
    assert reply["interval"] == 30, "the caller's dict is left alone"
    element = convert.cs_response_to_element("1.6", "BootNotification", reply)
    assert children(element) == ["status", "currentTime", "interval"]


def test_datetimes_are_written_in_utc() -> None:
    paris = timezone(timedelta(hours=2))
    element = convert.cs_response_to_element(
        "1.6", "Heartbeat", {"currentTime": datetime(2024, 5, 1, 12, 0, tzinfo=paris)}
    )
    assert element[0].text == "2024-05-01T10:00:00Z"
    element = convert.cs_response_to_element(
        "1.6", "Heartbeat", {"currentTime": datetime(2024, 5, 1, 10, 0, 0, 250_000, tzinfo=UTC)}
    )
    assert element[0].text == "2024-05-01T10:00:00.250000Z"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(convert.PayloadError) as caught:
        convert.cs_response_to_element("1.6", "Heartbeat", {"currentTime": datetime(2024, 5, 1)})
    assert caught.value.reason == "Heartbeat: field 'currentTime': datetime without a timezone"


def test_decimals_booleans_and_lists() -> None:
    element = convert.cp_request_to_element(
        "1.6",
        "GetCompositeSchedule",
        {"connectorId": 0, "duration": 60, "chargingRateUnit": "W"},
    )
    assert [child.text for child in element] == ["0", "60", "W"]
    reply = etree.fromstring(
        f"""<o:getConfigurationResponse xmlns:o="{CP16}">
        <o:configurationKey><o:key>A</o:key><o:readonly>1</o:readonly></o:configurationKey>
        <o:configurationKey><o:key>B</o:key><o:readonly>false</o:readonly><o:value/></o:configurationKey>
        </o:getConfigurationResponse>"""
    )
    assert convert.cp_response_to_dict("1.6", "GetConfiguration", reply) == {
        "configurationKey": [
            {"key": "A", "readonly": True},
            {"key": "B", "readonly": False, "value": ""},
        ]
    }
    profile = {
        "chargingProfileId": 1,
        "stackLevel": 0,
        "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {
            "chargingRateUnit": "W",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": Decimal("11000.0")}],
        },
    }
    element = convert.cp_request_to_element(
        "1.6", "SetChargingProfile", {"connectorId": 0, "csChargingProfiles": profile}
    )
    assert element.findtext(f".//{{{CP16}}}limit") == "11000.0"


def test_none_means_absent() -> None:
    element = convert.cp_request_to_element(
        "1.6",
        "RemoteStartTransaction",
        {"idTag": "T", "connectorId": None, "chargingProfile": None},
    )
    assert children(element) == ["idTag"]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"idTag": "T", "colour": "red"}, "RemoteStartTransaction: unknown field 'colour'"),
        (
            {"idTag": "T", "chargingProfile": {"chargingProfileId": 1, "x": 1}},
            "RemoteStartTransaction: field 'chargingProfile': unknown field 'x'",
        ),
        (
            {"idTag": "T", "chargingProfile": "fast"},
            "RemoteStartTransaction: field 'chargingProfile': expected an object, got str",
        ),
        ({"idTag": ["T"]}, "RemoteStartTransaction: field 'idTag': unexpected value of type list"),
        ({}, "RemoteStartTransaction: element 'idTag' is missing"),
    ],
)
def test_payload_errors_name_the_field(payload: dict[str, object], reason: str) -> None:
    with pytest.raises(convert.PayloadError) as caught:
        convert.cp_request_to_element("1.6", "RemoteStartTransaction", payload)
    assert caught.value.reason == reason


def test_repeated_field_needs_a_list() -> None:
    with pytest.raises(convert.PayloadError) as caught:
        convert.cp_request_to_element("1.6", "GetConfiguration", {"key": "HeartbeatInterval"})
    assert caught.value.reason == "GetConfiguration: field 'key': expected a list, got str"


def test_unknown_operation() -> None:
    with pytest.raises(convert.UnsupportedOperationError):
        convert.cs_response_to_element("1.6", "Reset", {"status": "Accepted"})


def test_every_message_type_is_modelled() -> None:
    for service in ("cs", "cp"):
        for version in schema.VERSIONS:
            model = schema.load(service, version)
            for operation in model.operations.values():
                for element in (operation.request_element, operation.response_element):
                    complex_type = model.element_type(element)
                    for field in complex_type.fields:
                        assert not field.is_complex or field.type_name in model.types


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (
            "Element '{urn:x}bootNotificationRequest': Missing child element(s). "
            "Expected is ( {urn:x}chargePointModel ).",
            "element 'chargePointModel' is missing",
        ),
        (
            "Element '{urn:x}a': Missing child element(s). "
            "Expected is one of ( {urn:x}b, {urn:x}c ).",
            "one of the elements 'b', 'c' is missing in 'a'",
        ),
        (
            "Element '{urn:x}foo': This element is not expected.",
            "element 'foo' is not expected here",
        ),
        (
            "Element '{urn:x}value', attribute 'unit': [facet 'enumeration'] The value 'Amps' is "
            "not an element of the set {'Wh', 'Amp'}.",
            "attribute 'unit' of element 'value' has value 'Amps', expected one of: Wh, Amp",
        ),
        (
            "Element '{urn:x}connectorId': '" + "9" * 100 + "' is not a valid value of the atomic "
            "type 'xs:int'.",
            "element 'connectorId' has value '" + "9" * 64 + "...', which is not a valid int",
        ),
        (
            "Element '{urn:x}limit': [facet 'fractionDigits'] The value '1.25' has more "
            "fractional digits than are allowed ('1').",
            "element 'limit': [facet 'fractionDigits'] The value '1.25' has more fractional "
            "digits than are allowed ('1')",
        ),
        ("Something else about {urn:x}thing", "Something else about thing"),
    ],
)
def test_schema_errors_read_as_sentences(message: str, sentence: str) -> None:
    assert schema.describe_error(message) == sentence
