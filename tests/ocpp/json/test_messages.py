"""OCPP-J payloads: registry, round trips, CALLERROR codes, and agreement with the schemas."""

import copy
import importlib.resources
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import msgspec
import pytest
from jsonschema.validators import validator_for

from evserver.ocpp.json import messages
from evserver.ocpp.json.frames import (
    VERSIONS,
    Call,
    CallResult,
    OcppVersion,
    encode_call,
    parse_frame,
)
from evserver.ocpp.json.messages import (
    PayloadError,
    action_exists,
    actions,
    decode_payload,
    decode_request,
    decode_response,
    encode,
    payload_types,
)
from evserver.ocpp.json.schemas import Payload, v16, v21, v201

FOLDERS: dict[OcppVersion, str] = {"ocpp1.6": "v16", "ocpp2.0.1": "v201", "ocpp2.1": "v21"}
SCHEMA_COUNTS: dict[OcppVersion, int] = {"ocpp1.6": 78, "ocpp2.0.1": 128, "ocpp2.1": 181}


def same_json(encoded: bytes, original: str) -> bool:
    return bool(msgspec.json.decode(encoded) == msgspec.json.decode(original))


def payload_error(version: OcppVersion, action: str, payload: Any) -> PayloadError:
    with pytest.raises(PayloadError) as caught:
        decode_request(version, action, payload)
    return caught.value


# --- registry -------------------------------------------------------------------------------


def schema_files(version: OcppVersion) -> list[str]:
    folder = importlib.resources.files("ocpp") / FOLDERS[version] / "schemas"
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("version", VERSIONS)
def test_every_schema_file_has_a_registered_struct(version: OcppVersion) -> None:
    files = schema_files(version)
    assert len(files) == SCHEMA_COUNTS[version]
    registered: set[str] = set()
    for action in actions(version):
        types = payload_types(version, action)
        registered.add(types.request.__name__)
        if types.response is not None:
            registered.add(types.response.__name__)
            assert types.response.__name__ == f"{action}Response"
        assert types.request.__name__ == f"{action}Request"
    expected = set()
    for name in files:
        stem = name.removesuffix(".json")
        expected.add(stem if stem.endswith(("Request", "Response")) else f"{stem}Request")
    assert registered == expected
    assert len(registered) == SCHEMA_COUNTS[version]


def test_registry_sizes_and_the_one_unanswered_message() -> None:
    assert [len(actions(v)) for v in VERSIONS] == [39, 64, 91]
    unanswered = [(v, a) for v in VERSIONS for a in actions(v) if not payload_types(v, a).response]
    assert unanswered == [("ocpp2.1", "NotifyPeriodicEventStream")]


@pytest.mark.parametrize(
    ("version", "action", "exists"),
    [
        ("ocpp1.6", "StartTransaction", True),
        ("ocpp1.6", "RemoteStartTransaction", True),
        ("ocpp1.6", "TransactionEvent", False),
        ("ocpp2.0.1", "TransactionEvent", True),
        ("ocpp2.0.1", "StartTransaction", False),
        ("ocpp2.0.1", "AFRRSignal", False),
        ("ocpp2.1", "AFRRSignal", True),
        ("ocpp2.1", "NotifyPeriodicEventStream", True),
        ("ocpp2.1", "heartbeat", False),
    ],
)
def test_action_exists(version: OcppVersion, action: str, exists: bool) -> None:
    assert action_exists(version, action) is exists


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_action_is_not_implemented(version: OcppVersion) -> None:
    for decode in (decode_request, decode_response):
        with pytest.raises(PayloadError) as caught:
            decode(version, "FlyToTheMoon", b"{}")
        error = caught.value
        assert error.code == "NotImplemented"
        assert error.description == f"action 'FlyToTheMoon' is not defined in {version}"
        assert error.details == {"action": "FlyToTheMoon"}


def test_a_send_only_message_has_no_response() -> None:
    with pytest.raises(PayloadError) as caught:
        decode_response("ocpp2.1", "NotifyPeriodicEventStream", b"{}")
    assert caught.value.code == "ProtocolError"


# --- round trips ----------------------------------------------------------------------------

BOOT_16 = (
    '{"chargePointVendor":"ACME","chargePointModel":"Wallbox 22","chargePointSerialNumber":'
    '"SN-1","firmwareVersion":"1.2.3","iccid":"8931","meterType":"EM340"}'
)
METER_VALUES_16 = (
    '{"connectorId":2,"transactionId":1287,"meterValue":[{"timestamp":"2025-03-14T09:26:53Z",'
    '"sampledValue":[{"value":"123456.7","context":"Sample.Periodic","measurand":'
    '"Energy.Active.Import.Register","location":"Outlet","unit":"Wh"},{"value":"11040",'
    '"measurand":"Power.Active.Import","unit":"W"},{"value":"16.0","measurand":"Current.Import",'
    '"phase":"L1","unit":"A"},{"value":"54","measurand":"SoC","location":"EV","unit":"Percent"}'
    ']},{"timestamp":"2025-03-14T09:27:53+01:00","sampledValue":[{"value":"1"}]}]}'
)
START_16 = (
    '{"connectorId":1,"idTag":"04A2B3C4D5","meterStart":1000,"reservationId":7,'
    '"timestamp":"2025-03-14T09:00:00Z"}'
)
START_RESPONSE_16 = (
    '{"idTagInfo":{"expiryDate":"2025-12-31T23:59:59Z","parentIdTag":"FLEET","status":'
    '"Accepted"},"transactionId":42}'
)
REMOTE_START_16 = (
    '{"connectorId":1,"idTag":"04A2B3C4D5","chargingProfile":{"chargingProfileId":1,'
    '"stackLevel":0,"chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute",'
    '"chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,'
    '"limit":16.5},{"startPeriod":3600,"limit":10,"numberPhases":3}]}}}'
)
TRANSACTION_EVENT_201 = (
    '{"eventType":"Updated","timestamp":"2025-03-14T09:30:00Z","triggerReason":"MeterValuePeriodic",'
    '"seqNo":3,"transactionInfo":{"transactionId":"f3b1c2d4-tx","chargingState":"Charging"},'
    '"evse":{"id":1,"connectorId":1},"idToken":{"idToken":"04A2B3C4D5","type":"ISO14443"},'
    '"meterValue":[{"timestamp":"2025-03-14T09:30:00Z","sampledValue":[{"value":1234.5,'
    '"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}},{"value":7200,'
    '"measurand":"Power.Active.Import"}]}],"customData":{"vendorId":"com.acme"}}'
)


@pytest.mark.parametrize(
    ("version", "action", "kind", "text"),
    [
        ("ocpp1.6", "BootNotification", "request", BOOT_16),
        (
            "ocpp1.6",
            "BootNotification",
            "response",
            '{"status":"Accepted","currentTime":"2025-03-14T09:00:00Z","interval":300}',
        ),
        ("ocpp1.6", "MeterValues", "request", METER_VALUES_16),
        ("ocpp1.6", "MeterValues", "response", "{}"),
        ("ocpp1.6", "StartTransaction", "request", START_16),
        ("ocpp1.6", "StartTransaction", "response", START_RESPONSE_16),
        ("ocpp1.6", "RemoteStartTransaction", "request", REMOTE_START_16),
        ("ocpp1.6", "RemoteStartTransaction", "response", '{"status":"Rejected"}'),
        ("ocpp1.6", "Heartbeat", "request", "{}"),
        ("ocpp2.0.1", "TransactionEvent", "request", TRANSACTION_EVENT_201),
        (
            "ocpp2.0.1",
            "TransactionEvent",
            "response",
            '{"totalCost":1.25,"idTokenInfo":{"status":"Accepted"}}',
        ),
        (
            "ocpp2.0.1",
            "BootNotification",
            "request",
            '{"chargingStation":{"model":"M1","vendorName":"ACME"},"reason":"PowerUp"}',
        ),
        (
            "ocpp2.0.1",
            "RequestStartTransaction",
            "request",
            '{"evseId":1,"remoteStartId":99,"idToken":{"idToken":"A1","type":"Central"}}',
        ),
        (
            "ocpp2.0.1",
            "RequestStartTransaction",
            "response",
            '{"status":"Accepted","transactionId":"tx-1"}',
        ),
        (
            "ocpp2.1",
            "BootNotification",
            "request",
            '{"chargingStation":{"model":"M1","vendorName":"ACME"},"reason":"PowerUp"}',
        ),
        (
            "ocpp2.1",
            "DataTransfer",
            "request",
            '{"vendorId":"com.acme","messageId":"m","data":{"any":[1,"json",null]}}',
        ),
        ("ocpp2.1", "Reset", "request", '{"type":"OnIdle","evseId":1}'),
        ("ocpp2.1", "Reset", "response", '{"status":"Scheduled"}'),
    ],
)
def test_round_trip(version: OcppVersion, action: str, kind: str, text: str) -> None:
    decode = decode_request if kind == "request" else decode_response
    for source in (text, text.encode(), msgspec.json.decode(text)):
        payload = decode(version, action, source)
        types = payload_types(version, action)
        assert type(payload) is (types.request if kind == "request" else types.response)
        assert same_json(encode(payload), text)


def test_meter_values_16_reads_as_python_values() -> None:
    payload = decode_request("ocpp1.6", "MeterValues", METER_VALUES_16)
    assert isinstance(payload, v16.MeterValuesRequest)
    assert (payload.connector_id, payload.transaction_id) == (2, 1287)
    first, second = payload.meter_value
    assert first.timestamp == datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
    assert second.timestamp.utcoffset() == timedelta(hours=1)
    assert [(s.measurand, s.phase, s.unit, s.value) for s in first.sampled_value] == [
        ("Energy.Active.Import.Register", None, "Wh", "123456.7"),
        ("Power.Active.Import", None, "W", "11040"),
        ("Current.Import", "L1", "A", "16.0"),
        ("SoC", None, "Percent", "54"),
    ]


def test_transaction_event_201_reads_as_python_values() -> None:
    payload = decode_request("ocpp2.0.1", "TransactionEvent", TRANSACTION_EVENT_201)
    assert isinstance(payload, v201.TransactionEventRequest)
    assert payload.transaction_info.transaction_id == "f3b1c2d4-tx"
    assert payload.seq_no == 3
    assert payload.meter_value is not None
    values = [s.value for s in payload.meter_value[0].sampled_value]
    assert values == [1234.5, 7200.0]
    assert payload.custom_data == v201.CustomDataType(vendor_id="com.acme")


def test_custom_data_accepts_vendor_properties() -> None:
    text = '{"status":"Accepted","customData":{"vendorId":"com.acme","extra":1}}'
    payload = decode_response("ocpp2.0.1", "RequestStartTransaction", text)
    assert isinstance(payload, v201.RequestStartTransactionResponse)
    assert payload.custom_data == v201.CustomDataType(vendor_id="com.acme")


def test_csms_builds_a_command_and_reads_the_answer_from_frames() -> None:
    command = v16.RemoteStopTransactionRequest(transaction_id=42)
    assert encode_call("c-1", "RemoteStopTransaction", command) == (
        b'[2,"c-1","RemoteStopTransaction",{"transactionId":42}]'
    )
    result = parse_frame('[3,"c-1",{"status":"Accepted"}]', "ocpp1.6")
    assert isinstance(result, CallResult)
    answer = decode_response("ocpp1.6", "RemoteStopTransaction", result.payload)
    assert answer == v16.RemoteStopTransactionResponse(status="Accepted")


def test_station_call_decodes_from_its_raw_frame_payload() -> None:
    frame = parse_frame(f'[2,"s-1","StartTransaction",{START_16}]', "ocpp1.6")
    assert isinstance(frame, Call)
    payload = decode_request("ocpp1.6", frame.action, frame.payload)
    assert payload == v16.StartTransactionRequest(
        connector_id=1,
        id_tag="04A2B3C4D5",
        meter_start=1000,
        reservation_id=7,
        timestamp=datetime(2025, 3, 14, 9, 0, tzinfo=UTC),
    )


def test_encoding_leaves_out_unset_optional_fields() -> None:
    response = v16.StartTransactionResponse(
        id_tag_info=v16.IdTagInfo(status="Accepted"), transaction_id=7
    )
    assert encode(response) == b'{"idTagInfo":{"status":"Accepted"},"transactionId":7}'
    boot = v201.BootNotificationResponse(
        current_time=datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=2))),
        interval=300,
        status="Pending",
    )
    assert encode(boot) == (
        b'{"currentTime":"2025-01-01T00:00:00+02:00","interval":300,"status":"Pending"}'
    )


def test_decode_payload_with_a_known_type() -> None:
    payload = decode_payload(
        "ocpp2.1", v21.HeartbeatResponse, b'{"currentTime":"2025-01-01T00:00:00Z"}'
    )
    assert payload.current_time == datetime(2025, 1, 1, tzinfo=UTC)


# --- errors, with both spellings ------------------------------------------------------------

OCCURRENCE = {"ocpp1.6": "OccurenceConstraintViolation"}
FORMAT = {"ocpp1.6": "FormationViolation"}


def spelled(table: dict[str, str], version: OcppVersion, default: str) -> str:
    return table.get(version, default)


@pytest.mark.parametrize("version", VERSIONS)
def test_missing_required_field_is_an_occurrence_violation(version: OcppVersion) -> None:
    error = payload_error(version, "Authorize", b"{}")
    field = "idTag" if version == "ocpp1.6" else "idToken"
    assert error.code == spelled(OCCURRENCE, version, "OccurrenceConstraintViolation")
    assert error.description == f"`$.{field}`: required field is missing"
    assert error.details == {"path": f"$.{field}"}


def test_nested_missing_field_names_its_path() -> None:
    text = METER_VALUES_16.replace('{"value":"1"}', '{"unit":"Wh"}')
    error = payload_error("ocpp1.6", "MeterValues", text)
    assert error.code == "OccurenceConstraintViolation"
    assert error.description == "`$.meterValue[1].sampledValue[0].value`: required field is missing"


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
def test_wrong_type_is_a_type_constraint_violation(version: OcppVersion) -> None:
    text = (
        '{"connectorId":1,"meterValue":[{"timestamp":"2025-01-01T00:00:00Z","sampledValue":'
        '[{"value":"1"},{"value":2}]}]}'
        if version == "ocpp1.6"
        else '{"evseId":1,"meterValue":[{"timestamp":"2025-01-01T00:00:00Z","sampledValue":'
        '[{"value":1},{"value":"2"}]}]}'
    )
    error = payload_error(version, "MeterValues", text)
    assert error.code == "TypeConstraintViolation"
    expected = (
        "Expected `str`, got `int`" if version == "ocpp1.6" else "Expected `float`, got `str`"
    )
    assert error.description == f"`$.meterValue[0].sampledValue[1].value`: {expected}"


@pytest.mark.parametrize(
    ("version", "action", "text", "description"),
    [
        (
            "ocpp1.6",
            "StatusNotification",
            '{"connectorId":1,"errorCode":"NoError","status":"Parked"}',
            "`$.status`: Invalid enum value 'Parked'",
        ),
        (
            "ocpp1.6",
            "Authorize",
            '{"idTag":"123456789012345678901"}',
            "`$.idTag`: Expected `str` of length <= 20",
        ),
        (
            "ocpp1.6",
            "StartTransaction",
            '{"connectorId":1,"idTag":"A","meterStart":1,"timestamp":"2025-03-14T09:00:00"}',
            "`$.timestamp`: Expected `datetime` with a timezone component",
        ),
        (
            "ocpp1.6",
            "StartTransaction",
            '{"connectorId":1,"idTag":"A","meterStart":1,"timestamp":"yesterday"}',
            "`$.timestamp`: Invalid RFC3339 encoded datetime",
        ),
        (
            "ocpp1.6",
            "StartTransaction",
            '{"connectorId":1.5,"idTag":"A","meterStart":1,"timestamp":"2025-03-14T09:00:00Z"}',
            "`$.connectorId`: Expected `int`, got `float`",
        ),
        (
            "ocpp2.0.1",
            "BootNotification",
            '{"chargingStation":{"model":"M","vendorName":"V"},"reason":"Unplugged"}',
            "`$.reason`: Invalid enum value 'Unplugged'",
        ),
        (
            "ocpp2.1",
            "Reset",
            '{"type":"Immediate","evseId":-1}',
            "`$.evseId`: Expected `int` >= 0",
        ),
    ],
)
def test_bad_values_are_type_constraint_violations(
    version: OcppVersion, action: str, text: str, description: str
) -> None:
    error = payload_error(version, action, text)
    assert (error.code, error.description) == ("TypeConstraintViolation", description)


@pytest.mark.parametrize("version", VERSIONS)
def test_unknown_field_is_a_property_constraint_violation(version: OcppVersion) -> None:
    error = payload_error(version, "Heartbeat", b'{"uptime":12}')
    assert (error.code, error.description) == (
        "PropertyConstraintViolation",
        "`$.uptime`: field is not allowed",
    )


def test_nested_unknown_field_names_its_path() -> None:
    text = METER_VALUES_16.replace('{"value":"1"}', '{"value":"1","raw":true}')
    error = payload_error("ocpp1.6", "MeterValues", text)
    assert error.description == "`$.meterValue[1].sampledValue[0].raw`: field is not allowed"


def test_empty_required_array_is_an_occurrence_violation() -> None:
    error = payload_error("ocpp1.6", "MeterValues", '{"connectorId":1,"meterValue":[]}')
    assert (error.code, error.description) == (
        "OccurenceConstraintViolation",
        "`$.meterValue`: Expected `array` of length >= 1",
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_payload_that_is_not_an_object(version: OcppVersion) -> None:
    error = payload_error(version, "Heartbeat", b"[]")
    assert (error.code, error.description) == (
        "TypeConstraintViolation",
        "`$`: Expected `object`, got `array`",
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_unparsable_payload_is_a_format_violation(version: OcppVersion) -> None:
    error = payload_error(version, "Heartbeat", b"{")
    assert error.code == spelled(FORMAT, version, "FormatViolation")
    assert error.description == "payload is not valid JSON: Input data was truncated"


def test_already_parsed_payloads_get_the_same_errors() -> None:
    error = payload_error("ocpp1.6", "Authorize", {"idTag": 5})
    assert (error.code, error.description) == (
        "TypeConstraintViolation",
        "`$.idTag`: Expected `str`, got `int`",
    )


def test_messages_module_exports() -> None:
    assert set(messages.__all__) >= {"decode_request", "decode_response", "encode"}


# --- the generated structs agree with the JSON schemas --------------------------------------
#
# For every schema file: a minimal and a maximal valid instance must pass both jsonschema and
# msgspec and encode back unchanged; each single mutation that jsonschema rejects (missing
# required field, string over maxLength, unknown enum value, unknown property, wrong type) must
# be rejected by msgspec with the expected code and path.


def load_schema(version: OcppVersion, name: str) -> dict[str, Any]:
    path = importlib.resources.files("ocpp") / FOLDERS[version] / "schemas" / name
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8-sig"))
    return schema


def resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["definitions"][node["$ref"].removeprefix("#/definitions/")]
    return node


def sample(root: dict[str, Any], node: dict[str, Any], full: bool) -> Any:
    node = resolve(root, node)
    if "enum" in node:
        return node["enum"][-1]
    kind = node.get("type")
    if kind == "object":
        required = set(node.get("required", []))
        return {
            name: sample(root, sub, full)
            for name, sub in node.get("properties", {}).items()
            if full or name in required
        }
    if kind == "array":
        count = max(node.get("minItems", 1), 2 if full else 1)
        count = min(count, node.get("maxItems", count))
        return [sample(root, node["items"], full) for _ in range(count)]
    if kind == "string":
        if node.get("format") == "date-time":
            return "2025-01-02T03:04:05Z"
        return "x" * node.get("maxLength", 8) if full else "s"
    if kind == "integer":
        return int(node.get("minimum", node.get("maximum", 1)))
    if kind == "number":
        return float(node.get("minimum", node.get("maximum", 2.0)))
    if kind == "boolean":
        return True
    return {"anything": [1, "x"]}


Mutation = tuple[str, Any, str, str]  # (label, mutated instance, expected code, JSON path)


def mutations(root: dict[str, Any], instance: Any) -> Iterator[Mutation]:
    def walk(node: dict[str, Any], value: Any, path: list[str | int]) -> Iterator[Mutation]:
        node = resolve(root, node)
        here = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)
        kind = node.get("type")
        if "enum" in node:
            yield "enum", "NotAValidEnumValue", "TypeConstraintViolation", here
        elif kind == "string" and "maxLength" in node and node.get("format") != "date-time":
            yield "maxLength", "x" * (node["maxLength"] + 1), "TypeConstraintViolation", here
        if kind in ("string", "integer", "number", "boolean", "array"):
            wrong = {"string": 1, "integer": "1", "number": "1", "boolean": 1, "array": {}}[kind]
            yield "type", wrong, "TypeConstraintViolation", here
        if kind == "object":
            if node.get("additionalProperties") is False:
                yield (
                    "extra",
                    {**value, "zzUnknown": 1},
                    "PropertyConstraintViolation",
                    (f"{here}.zzUnknown"),
                )
            for name in node.get("required", []):
                smaller = {k: v for k, v in value.items() if k != name}
                yield "required", smaller, "OccurrenceConstraintViolation", f"{here}.{name}"
            for name, sub in node.get("properties", {}).items():
                if name in value:
                    yield from walk(sub, value[name], [*path, name])
        if kind == "array" and value:
            yield from walk(node["items"], value[0], [*path, 0])

    yield from walk(root, instance, [])


def replace_at(instance: Any, path: str, replacement: Any, label: str) -> Any:
    """Return a copy of ``instance`` with the value at ``path`` (or its parent) replaced."""
    result = copy.deepcopy(instance)
    steps = [s for s in path[1:].replace("[", ".[").split(".") if s]
    if label in ("extra", "required"):
        steps = steps[:-1]
    if not steps:
        return replacement
    target = result
    for step in steps[:-1]:
        target = target[int(step[1:-1])] if step.startswith("[") else target[step]
    last = steps[-1]
    if last.startswith("["):
        target[int(last[1:-1])] = replacement
    else:
        target[last] = replacement
    return result


SCHEMAS = [(version, name) for version in VERSIONS for name in schema_files(version)]


@pytest.mark.parametrize(("version", "name"), SCHEMAS, ids=[f"{v}/{n}" for v, n in SCHEMAS])
def test_structs_agree_with_the_json_schema(version: OcppVersion, name: str) -> None:
    root = load_schema(version, name)
    validator = validator_for(root)(root)
    stem = name.removesuffix(".json")
    action = stem.removesuffix("Response").removesuffix("Request")
    types = payload_types(version, action)
    kind: type[Payload] | None = types.response if stem.endswith("Response") else types.request
    assert kind is not None

    for full in (False, True):
        instance = sample(root, root, full)
        assert validator.is_valid(instance), (full, list(validator.iter_errors(instance)))
        decoded = decode_payload(version, kind, json.dumps(instance))
        assert msgspec.json.decode(encode(decoded)) == instance

    instance = sample(root, root, True)
    occurrence = "OccurenceConstraintViolation" if version == "ocpp1.6" else None
    checked = 0
    for label, replacement, code, path in mutations(root, instance):
        mutated = replace_at(instance, path, replacement, label)
        assert not validator.is_valid(mutated), (label, path)
        with pytest.raises(PayloadError) as caught:
            decode_payload(version, kind, json.dumps(mutated))
        expected = occurrence if occurrence and code.startswith("Occurrence") else code
        assert (caught.value.code, caught.value.details["path"]) == (expected, path), label
        checked += 1
    assert checked > 0 or not root.get("properties")
